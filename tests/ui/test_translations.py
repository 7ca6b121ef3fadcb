"""Every visible text is translatable, and English is complete (translations/*.ts, *.qm)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.ui.visible_strings import offenders

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations as ut  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
FIX = ("run `.venv/bin/python packaging/update_translations.py` and fill in the English in "
       "translations/buurtboek_en.ts (Qt Linguist: pyside6-linguist), then run it again")


@pytest.fixture(scope="module")
def current():
    found = ut.extract()
    return found, ut.read_ts()


def test_no_visible_text_skips_translation():
    found = offenders()
    assert not found, "Tekst op het scherm zonder tr():\n" + "\n".join(found)


def test_the_scan_finds_an_untranslated_label(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text(
        'label.setText("Nog geen bewoners")\nbox = QLabel(f"{n} bewoners")\n'
        'ok.setText(tr("Vertaald"))\nQMessageBox.warning(self, tr("Let op"), "Mislukt")\n',
        encoding="utf-8")
    found = offenders(tmp_path / "ui")
    assert len(found) == 3, found


def test_every_text_in_the_code_has_an_english_translation(current):
    found, entries = current
    assert not found.unresolved, "tr() met tekst die het script niet kan volgen:\n" + \
        "\n".join(found.unresolved)
    missing = [f"[{c}] {s!r}" for (c, s) in found.messages
               if (c, s) not in entries or not entries[c, s].translation
               or entries[c, s].kind in ("unfinished", "obsolete")]
    assert not missing, f"{len(missing)} teksten zonder Engelse vertaling; {FIX}:\n" + \
        "\n".join(missing[:40])


def test_placeholders_and_accelerators_survive_translation(current):
    _found, entries = current
    wrong = []
    for (_context, source), entry in entries.items():
        if not entry.translation:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(entry.translation)):
            wrong.append(f"{source!r} → {entry.translation!r}")
        if source.replace("&&", "").count("&") != entry.translation.replace("&&", "").count("&") \
                and "<" not in source:
            wrong.append(f"& in {source!r} → {entry.translation!r}")
    assert not wrong, "\n".join(wrong)


def test_compiled_qm_matches_the_ts(qapp, current):
    _found, entries = current
    translator = QTranslator()
    assert translator.load(str(ut.TS_FILE.with_suffix(".qm")))
    stale = [s for (c, s), e in entries.items() if e.kind == "" and e.translation
             and translator.translate(c, s) != e.translation]
    assert not stale, f"buurtboek_en.qm is ouder dan de .ts ({len(stale)} teksten); {FIX}"


def test_english_interface_after_choosing_english(qapp, make_window, settings):
    from ui import i18n
    from ui.text import label, tr
    from db.vocabulary import Strategy

    settings.setValue(i18n.SETTING, "en")
    try:
        assert i18n.install_translator(qapp, settings) == "en"
        assert tr("Contactmomenten") == "Contact moments"
        assert label(Strategy.LINKING) == "Linking"
        window = make_window()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&File", "&Edit"]
        assert window.nav.item(0).text() == "Overview"
    finally:
        settings.setValue(i18n.SETTING, "nl")
        i18n.install_translator(qapp, settings)
    assert QCoreApplication.translate("Buurtboek", "Contactmomenten") == "Contactmomenten"


def test_dutch_is_the_default_and_qt_speaks_dutch_too(qapp, settings):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n

    assert i18n.install_translator(qapp, settings) == "nl"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
