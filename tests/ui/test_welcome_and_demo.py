"""First run: the welcome dialog and loading the demo neighbourhood off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from db.vocabulary import ActorKind
from ui.demo_loader import load_demo
from ui.dialogs.welcome import ProfileDialog


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_welcome_refuses_an_empty_name_then_saves_the_profile(services, qtbot):
    dialog = ProfileDialog(services, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "Naam is verplicht" in dialog.error.text()
    assert dialog.isVisible() and services.profile.current() is None
    qtbot.keyClicks(dialog.name, "Samira Ouali")
    qtbot.keyClicks(dialog.organisation, "Welzijn Rotterdam-Zuid")
    dialog.demo_choice.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    profile = services.profile.current()
    assert (profile.name, profile.organisation) == ("Samira Ouali", "Welzijn Rotterdam-Zuid")
    assert dialog.wants_demo


def test_demo_loads_in_the_background_and_every_view_hears_of_it(make_window, services, qtbot):
    services.profile.save("Samira Ouali")
    window = make_window(services)
    with qtbot.waitExposed(window):
        window.show()
    overview = window.page("overzicht")
    assert overview.figures.is_empty
    task = load_demo(window, services, people=40)
    # the Overzicht page refreshes itself when the change is announced
    qtbot.waitUntil(lambda: not overview.figures.is_empty, timeout=60_000)
    assert services.people.count(ActorKind.PERSON) == 40
    assert services.profile.current().name == "Samira Ouali"  # the worker's own profile stays
    assert task is not None


def test_cancelled_demo_leaves_the_database_empty(make_window, services, qtbot):
    window = make_window(services)
    failures, results = [], []
    task = load_demo(window, services, people=5000)
    task.failed.connect(failures.append)  # queued from the worker thread: not yet delivered
    task.finished.connect(results.append)
    qtbot.waitUntil(task.dialog.isVisible, timeout=30_000)  # shown once it takes a while
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "Annuleren"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures or results), timeout=60_000)
    from db.demo import Cancelled

    assert isinstance(failures[0], Cancelled)
    assert not services.profile.has_data()
    assert "geannuleerd" in window.statusBar().currentMessage()


def test_demo_is_refused_on_a_database_with_data(make_window, demo_services, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.demo_loader.QMessageBox.information",
                        lambda *args: shown.append(args[2]))
    window = make_window(demo_services)
    assert load_demo(window, demo_services) is None
    assert "al gegevens" in shown[0]


def test_closing_the_window_stops_a_running_demo_load_and_keeps_nothing(make_window, services,
                                                                       qtbot):
    window = make_window(services)
    task = load_demo(window, services, people=5000)
    qtbot.waitUntil(lambda: task.dialog.isVisible(), timeout=30_000)  # it is under way
    window.close()  # cancels and waits for the worker before the window goes
    assert task.cancel_event.is_set()
    assert not services.profile.has_data()
