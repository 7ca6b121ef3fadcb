"""installer.iss agrees with pyproject, the bundle and the app, and spares the user's data."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer.iss"
BUNDLE = ROOT / "dist" / "buurtboek"
GUID = re.compile(r"^\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")


def sections(text: str) -> dict[str, list[str]]:
    """Inno Setup's sections and their lines (comments and blank lines left out)."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].lower()
            found.setdefault(current, [])
        elif current:
            found[current].append(line)
    return found


def entries(lines: list[str]) -> list[dict[str, str]]:
    """'Name: "x"; Type: files' → {"name": "x", "type": "files"}."""
    parsed = []
    for line in lines:
        fields = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0].lower()] = part[1].strip().strip('"')
        parsed.append(fields)
    return parsed


def setup_values(text: str) -> dict[str, str]:
    return {k.strip().lower(): v.strip() for k, v in
            (line.split("=", 1) for line in sections(text)["setup"] if "=" in line)}


@pytest.fixture(scope="module")
def text() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def test_app_id_is_a_fixed_guid(text):
    app_id = setup_values(text)["appid"]
    assert GUID.match(app_id), f"AppId moet een vaste GUID zijn, niet {app_id!r}"


def test_version_comes_from_the_command_line_with_pyproject_as_default(text):
    default = re.search(r'#ifndef MyAppVersion\s+#define MyAppVersion "([^"]+)"', text)
    assert default, "installer.iss mist '#ifndef MyAppVersion / #define MyAppVersion \"…\"'"
    assert default.group(1) == pyproject_version()
    assert setup_values(text)["appversion"] == "{#MyAppVersion}"
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "iscc /DMyAppVersion=$(VERSION) installer.iss" in makefile


def test_per_user_install_without_administrator(text):
    setup = setup_values(text)
    assert setup["privilegesrequired"] == "lowest"
    assert setup["defaultdirname"].startswith("{autopf}")


def test_setup_waits_for_the_mutex_the_app_holds(text):
    from desktop.instance import APP_MUTEX

    setup = setup_values(text)
    assert setup["closeapplications"].lower() == "yes"
    assert APP_MUTEX in setup["appmutex"].split(",")


def test_dutch_and_english_installer_languages(text):
    languages = {e["name"]: e["messagesfile"] for e in entries(sections(text)["languages"])}
    assert languages["dutch"].endswith("Dutch.isl")
    assert languages["english"].endswith("Default.isl")


def test_start_menu_shortcut_starts_the_bundled_program(text):
    icons = entries(sections(text)["icons"])
    start_menu = [i for i in icons if i["name"].startswith("{group}")]
    assert start_menu and start_menu[0]["filename"] == "{app}\\{#MyAppExe}"
    assert '#define MyAppExe "buurtboek.exe"' in text
    spec = (ROOT / "packaging" / "buurtboek.spec").read_text("utf-8")
    assert 'name="buurtboek"' in spec  # the exe and the bundle folder the script expects


def test_data_folder_is_never_deleted(text):
    """Uninstall and upgrade may clean the program folder, never the user's data."""
    found = sections(text)
    assert "uninstalldelete" not in found, "[UninstallDelete] hoort niet in installer.iss"
    for entry in entries(found.get("installdelete", [])):
        assert entry["name"].startswith("{app}\\"), entry
        assert entry["name"] != "{app}\\", entry
    for line in found.get("code", []):
        assert "DelTree" not in line and "DeleteFile" not in line, line
    lowered = text.lower()
    for data_place in ("{localappdata}", "{userappdata}", "{commonappdata}", "{%localappdata"):
        assert data_place not in lowered, data_place


@pytest.mark.skipif(not BUNDLE.exists(),
                    reason="dist/buurtboek ontbreekt: draai `make bundle` om de bundel te maken")
def test_every_files_source_exists_in_the_bundle(text):
    sources = [e["source"] for e in entries(sections(text)["files"])]
    assert sources
    for source in sources:
        path = source.replace("\\", "/")
        matches = list(ROOT.glob(path)) if "*" in path else [ROOT / path]
        assert matches and all(m.exists() for m in matches), f"{source} ontbreekt"
    exe = "buurtboek.exe" if sys.platform == "win32" else "buurtboek"
    assert (BUNDLE / exe).exists()
    assert (BUNDLE / "_internal" / "db" / "migrations" / "env.py").exists()


def test_app_mutex_is_a_no_op_off_windows(monkeypatch):
    from desktop import instance

    monkeypatch.setattr(instance, "_mutex_handles", [])
    instance.hold_app_mutex()
    if sys.platform != "win32":
        assert instance._mutex_handles == []  # nothing created, nothing raised
    else:
        assert instance._mutex_handles
