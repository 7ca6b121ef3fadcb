"""As a reviewer would: fill a data folder with `buurtboek demo`, check it, screenshot it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def buurtboek(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eind")
    result = buurtboek("--data-dir", str(folder), "demo", "--people", "120", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "Demowijk klaar" in result.stdout and "120 bewoners" in result.stdout
    return folder


def test_demo_then_check_passes(demo_folder):
    result = buurtboek("--data-dir", str(demo_folder), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integriteit: ok" in result.stdout and "contact_moments: 1200" in result.stdout


def test_demo_refuses_a_folder_that_already_has_data(demo_folder):
    result = buurtboek("--data-dir", str(demo_folder), "demo", "--people", "20")
    assert result.returncode == 1
    assert "lege database" in result.stderr


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    step = max(1, image.width() // 200)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.parametrize("page", ["overzicht", "netwerk", "contactmomenten"])
def test_screenshot_writes_a_png_with_the_data_shown(demo_folder, tmp_path, page):
    target = tmp_path / f"{page}.png"
    result = buurtboek("--data-dir", str(demo_folder), "--screenshot", str(target),
                       "--page", page)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000
    assert _distinct_colours(target) > 20  # not a blank or single-colour window
