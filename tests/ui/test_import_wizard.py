"""The import wizard: file -> mapping with preview -> check -> import, off the UI thread;
"Alles importeren" is refused while rows are refused, unless the user chooses the valid
rows only; one Ctrl+Z takes the whole import back."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from db.vocabulary import ActorKind
from tests.import_messy import messy_csv, messy_xlsx
from ui.context import AppContext
from ui.dialogs.import_wizard import CHECK, DONE, MAPPING, ImportWizard


def make_wizard(qtbot, services):
    context = AppContext()
    context.attach(services)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, context


def step(qtbot, wizard, action, expected):
    with qtbot.waitSignal(wizard.stage_changed, timeout=20_000) as signal:
        action()
    QThreadPool.globalInstance().waitForDone(5_000)
    assert signal.args == [expected], wizard.error.text()


def test_refused_rows_import_nothing_until_the_user_chooses_the_valid_rows(qtbot, services,
                                                                            tmp_path):
    wizard, context = make_wizard(qtbot, services)
    step(qtbot, wizard, lambda: wizard.open_file(messy_xlsx(tmp_path / "leden.xlsx")), MAPPING)
    preview = wizard.mapping.table
    assert preview.horizontalHeaderItem(4).text() == "Straat"
    assert preview.item(1, 0).text() == "Zoë"  # row 0 holds the field choices
    assert wizard.mapping.combos[2].currentData() == "last_name"
    step(qtbot, wizard, wizard.next, CHECK)
    assert "2 rijen zijn geweigerd" in wizard.checking.summary.text()
    reasons = [wizard.checking.table.item(r, 2).text()
               for r in range(wizard.checking.table.rowCount())]
    assert "E-mailadres 'x@' is geen geldig adres." in reasons
    assert wizard.next_button.text() == "Alles &importeren"
    assert not wizard.next_button.isEnabled()
    wizard.next()  # refused: nothing happens
    assert services.people.count(ActorKind.PERSON) == 0
    wizard.checking.valid_only.setChecked(True)
    assert wizard.next_button.isEnabled()
    assert wizard.next_button.text() == "5 geldige rijen &importeren"
    step(qtbot, wizard, wizard.next, DONE)
    assert services.people.count(ActorKind.PERSON) == 5
    assert "5 bewoners geïmporteerd" in wizard.done_text.text()
    context.undo_stack.undo()
    assert services.people.count(ActorKind.PERSON) == 0
    context.undo_stack.redo()
    assert services.people.count(ActorKind.PERSON) == 5


def test_a_clean_file_imports_everything_at_once(qtbot, services, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text("Voornaam;Achternaam;E-mailadres\nAnna;Smit;anna@example.org\n"
                    "Bram;de Boer;bram@example.org\n", encoding="utf-8")
    wizard, _ = make_wizard(qtbot, services)
    step(qtbot, wizard, lambda: wizard.open_file(path), MAPPING)
    step(qtbot, wizard, wizard.next, CHECK)
    assert not wizard.checking.valid_only.isVisible()
    assert wizard.next_button.isEnabled()
    step(qtbot, wizard, wizard.next, DONE)
    assert services.people.count(ActorKind.PERSON) == 2


def test_mapping_needs_a_name_column(qtbot, services, tmp_path):
    wizard, _ = make_wizard(qtbot, services)
    step(qtbot, wizard, lambda: wizard.open_file(messy_csv(tmp_path / "lijst.csv")), MAPPING)
    assert wizard.next_button.isEnabled()
    wizard.mapping.set_field(0, "")
    assert not wizard.next_button.isEnabled()
    assert "Kies welke kolom de naam bevat" in wizard.mapping.hint.text()


def test_a_file_that_is_not_a_list_gives_the_dutch_message(qtbot, services, tmp_path):
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"%PDF-1.7 ...")
    wizard, _ = make_wizard(qtbot, services)
    with qtbot.waitSignal(wizard.failed, timeout=20_000) as signal:
        wizard.open_file(path)
    assert "PDF-bestand, geen spreadsheet" in signal.args[0]
    assert wizard.error.text() == signal.args[0]
    assert wizard.pages.currentIndex() == 0


def test_file_menu_opens_the_wizard(make_window, services, monkeypatch):
    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    window = make_window(services)
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "Contactlijst &importeren…")
    action.trigger()
    assert len(opened) == 1


def test_cancel_during_the_import_imports_nothing(qtbot, services, tmp_path, monkeypatch):
    from db.services.person_import import PersonImportService

    real_run = PersonImportService.run
    monkeypatch.setattr(PersonImportService, "run", lambda self, check, **kw: real_run(
        self, check, **{**kw, "cancelled": lambda: True}))  # Cancel pressed at once
    wizard, context = make_wizard(qtbot, services)
    step(qtbot, wizard, lambda: wizard.open_file(messy_csv(tmp_path / "lijst.csv")), MAPPING)
    step(qtbot, wizard, wizard.next, CHECK)
    wizard.checking.valid_only.setChecked(True)
    with qtbot.waitSignal(wizard.failed, timeout=20_000) as signal:
        wizard.next()
    assert signal.args == ["Afgebroken: er is niets geïmporteerd."]
    assert services.people.count(ActorKind.PERSON) == 0
    assert context.undo_stack.count() == 0
    assert wizard.pages.currentIndex() == CHECK and wizard.next_button.isEnabled()
