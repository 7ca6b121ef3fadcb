"""Relationship notes through the real widgets: people, ties, contact moments, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.services.recording import ContactInput
from db.vocabulary import ActorKind, ContactSetting, ParticipationLevel
from ui.context import AppContext
from ui.dialogs.contact_entry import ContactEntryDialog, split_name
from ui.dialogs.new_actor import NewActorDialog
from ui.dialogs.tie import TieDialog
from ui.people.merge import MergeDialog


@pytest.fixture
def context(services):
    services.profile.save("Samira Ouali", "Welzijn Zuid")
    ctx = AppContext()
    ctx.attach(services)
    return ctx


def save(dialog, qtbot):
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_person(context, qtbot, first, last, **extra):
    dialog = NewActorDialog(context, ActorKind.PERSON)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.inputs["first_name"], first)
    qtbot.keyClicks(dialog.inputs["last_name"], last)
    for key, value in extra.items():
        qtbot.keyClicks(dialog.inputs[key], value)
    save(dialog, qtbot)
    return dialog


def test_add_a_person_then_undo_and_redo_it(context, qtbot):
    dialog = add_person(context, qtbot, "Fatima", "El Amrani", phone="06-11112222")
    people = context.services.people
    assert dialog.result() and [r.name for r in people.page(ActorKind.PERSON)] == [
        "Fatima El Amrani"]
    person_id = dialog.created_id
    context.undo_stack.undo()
    assert people.count(ActorKind.PERSON) == 0
    context.undo_stack.redo()
    assert [r.id for r in people.page(ActorKind.PERSON)] == [person_id]  # same id back


def test_an_empty_name_gets_a_message_and_saves_nothing(context, qtbot):
    dialog = add_person(context, qtbot, "", "")
    assert "voornaam of achternaam" in dialog.error.text()
    assert not dialog.result() and context.services.people.count(ActorKind.PERSON) == 0
    assert context.undo_stack.count() == 0


def test_a_likely_duplicate_is_shown_before_saving(context, qtbot):
    existing = context.services.people.create_person(first_name="Zoë", infix="de",
                                                     last_name="Vries")
    dialog = add_person(context, qtbot, "Zoe de", "Vries")
    assert not dialog.duplicates.isHidden() and dialog.duplicates.count() == 1
    assert "Zoë de Vries" in dialog.duplicates.item(0).text()
    assert context.services.people.count(ActorKind.PERSON) == 1  # nothing saved yet
    qtbot.mouseClick(dialog.use_existing, Qt.MouseButton.LeftButton)
    assert dialog.existing_id == existing and dialog.created_id is None
    # or, after looking, add the new one anyway
    again = add_person(context, qtbot, "Zoe", "de Vries")
    save(again, qtbot)
    assert again.created_id is not None
    assert context.services.people.count(ActorKind.PERSON) == 2


def test_add_a_tie_by_typing_a_name_with_its_strategy_defaulted(context, qtbot):
    services = context.services
    ans = services.people.create_person(first_name="Ans", last_name="Jansen")
    services.people.create_person(first_name="Bram", last_name="Kok")
    dialog = TieDialog(context, ans, "Ans Jansen")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.picker, "bra")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    assert dialog.other[1] == "Bram Kok"
    assert dialog.strategy.currentText() == "Verbinden"
    dialog.strength.setValue(4)
    save(dialog, qtbot)
    ties = services.ties.of_actor(ans)
    assert [(t.other_name, t.strength) for t in ties] == [("Bram Kok", 4)]
    context.undo_stack.undo()
    assert services.ties.of_actor(ans) == []
    context.undo_stack.redo()
    assert [t.id for t in services.ties.of_actor(ans)] == [ties[0].id]


def test_record_a_contact_moment_with_a_new_person_and_a_follow_up(context, qtbot):
    services = context.services
    ans = services.people.create_person(first_name="Ans", last_name="Jansen")
    dialog = ContactEntryDialog(context, participants=((ans, "Ans Jansen"),))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClicks(dialog.picker, "Karim van der Berg")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)  # no match: offered as new resident
    assert dialog.people.count() == 2 and "(nieuw)" in dialog.people.item(1).text()
    dialog.setting.setCurrentIndex(dialog.setting.findData(ContactSetting.STAIRWELL.value))
    qtbot.keyClicks(dialog.note, "Schimmel in de gang; Karim wil meedenken.")
    qtbot.keyClicks(dialog.follow_up, "Woonstad bellen over de schimmel")
    dialog.themes.setFocus()
    qtbot.keyClicks(dialog.themes, "Wonen, Schimmel")
    if dialog.themes.completer().popup().isVisible():
        qtbot.keyClick(dialog.themes.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result(), dialog.error.text()
    timeline = services.timeline.of_actor(ans)
    assert timeline[0].title == "Portiekgesprek"
    assert timeline[0].detail.startswith("Schimmel in de gang")
    karim = services.people.suggest("karim")[0]
    assert karim.name == "Karim van der Berg"
    overview = services.overview.figures()
    assert overview.open_action_points == 1
    context.undo_stack.undo()
    assert services.timeline.of_actor(ans) == []
    assert services.people.suggest("karim") == []
    context.undo_stack.redo()
    assert services.timeline.of_actor(ans)[0].record_id == timeline[0].record_id


def test_a_contact_moment_needs_someone(context, qtbot):
    dialog = ContactEntryDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note, "Niemand?")
    save(dialog, qtbot)
    assert "Met wie" in dialog.error.text() and not dialog.result()
    assert dialog.date.maximumDate().toPython() == dt.date.today()  # no future dates


def test_edit_a_field_on_the_detail_page_and_undo_it(context, qtbot, make_window):
    services = context.services
    window = make_window(services)
    with qtbot.waitExposed(window):
        window.show()
    person = services.people.create_person(first_name="Ans", last_name="Jansen")
    window.open_record("person", person)
    people = window.page("mensen")
    assert people.detail_stack.currentWidget() is people.detail
    first = people.detail.line_edits["first_name"]
    first.setFocus()
    first.selectAll()
    qtbot.keyClicks(first, "Anna")
    first.editingFinished.emit()
    assert services.actors.detail(person).name == "Anna Jansen"
    # the page hears of the change through the bus (queued) and shows it
    qtbot.waitUntil(lambda: people.detail.title.text() == "Anna Jansen")
    window.undo_stack.undo()
    assert services.actors.detail(person).name == "Ans Jansen"
    qtbot.waitUntil(lambda: people.detail.line_edits["first_name"].text() == "Ans")


def test_participation_step_from_the_detail_page(context, make_window, qtbot):
    services = context.services
    window = make_window(services)
    with qtbot.waitExposed(window):
        window.show()
    person = services.people.create_person(first_name="Ans", last_name="Jansen")
    window.open_record("person", person)
    detail = window.page("mensen").detail
    detail.level.setCurrentIndex(detail.level.findData(ParticipationLevel.VOLUNTEER.value))
    detail._add_step()
    assert services.actors.detail(person).level is ParticipationLevel.VOLUNTEER
    qtbot.waitUntil(lambda: "Vrijwilliger" in detail.ladder_history.text())
    assert detail.timeline.item(0).text().endswith("Werd vrijwilliger")


def test_merge_two_duplicates_and_see_one_timeline(context, qtbot, monkeypatch):
    services = context.services
    ans = services.people.create_person(first_name="Ans", last_name="Jansen")
    twin = services.people.create_person(first_name="Ans", last_name="Janssen")
    for person, note in ((ans, "eerste gesprek"), (twin, "tweede gesprek")):
        services.recording.record(ContactInput(occurred_on=dt.date.today(),
                                               setting=ContactSetting.STREET,
                                               participant_ids=(person,), note=note))
    dialog = MergeDialog(context, ans, "Ans Jansen")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(MergeDialog, "confirm", lambda self: True)
    qtbot.keyClicks(dialog.picker, "Ans Janss")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)
    save(dialog, qtbot)
    assert dialog.result()
    assert {e.detail for e in services.timeline.of_actor(ans)} == {"eerste gesprek",
                                                                  "tweede gesprek"}
    assert services.people.count(ActorKind.PERSON) == 1


def test_a_person_appears_out_of_sight_after_the_configured_weeks(context, make_window):
    services = context.services
    person = services.people.create_person(first_name="Ans", last_name="Jansen")
    services.recording.record(ContactInput(
        occurred_on=dt.date.today() - dt.timedelta(weeks=10), setting=ContactSetting.STREET,
        participant_ids=(person,)))
    window = make_window(services, page="mensen")
    people = window.page("mensen")
    people.tabs.setCurrentIndex(3)
    view = people.out_of_sight
    assert view.table.rowCount() == 0  # without a level: 26 weeks
    view.spins[None].setValue(8)
    view.spins[None].editingFinished.emit()
    assert view.table.rowCount() == 1 and view.table.item(0, 0).text() == "Ans Jansen"
    assert view.table.item(0, 3).text() == "10"


def test_split_name_keeps_dutch_infixes():
    assert split_name("Karim van der Berg") == split_name("Karim  van der  Berg")
    person = split_name("Karim van der Berg")
    assert (person.first_name, person.infix, person.last_name) == ("Karim", "van der", "Berg")
    assert split_name("Fatima").first_name == "Fatima"


def test_deleting_a_person_asks_about_their_action_points(context, make_window, qtbot,
                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from db.models import ActionPoint
    from db.vocabulary import ActionStatus

    services = context.services
    person = services.people.create_person(first_name="Ans", last_name="Jansen")
    with services.db.session.begin() as s:
        s.add(ActionPoint(description="Zaal regelen", status=ActionStatus.OPEN,
                          owner_actor_id=person))
    shown = []

    def answer(box):
        shown.append(box.text())
        box._chosen = next(b for b in box.buttons() if "toewijzen" in b.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._chosen)
    window = make_window(services)
    window.open_record("person", person)
    people = window.page("mensen")
    people.detail.delete_button.click()
    assert "eigenaar van 1 actiepunt" in shown[0]
    assert services.actors.detail(person) is None
    assert services.overview.figures().open_action_points == 1  # now the worker's
    assert people.detail_stack.currentWidget() is people.nothing


def test_a_person_added_through_the_dialog_is_found_by_search(context, qtbot):
    from ui.dialogs.search import ROLE_TARGET, SearchDialog

    added = NewActorDialog(context, ActorKind.PERSON)
    qtbot.addWidget(added)
    added.inputs["first_name"].setText("Zoë")  # QTest cannot type an ë; a keyboard can
    qtbot.keyClicks(added.inputs["last_name"], "Wilgenhof")
    save(added, qtbot)
    search = SearchDialog(context)
    qtbot.addWidget(search)
    with qtbot.waitExposed(search):
        search.show()
    opened = []
    search.open_requested.connect(lambda kind, record_id: opened.append((kind, record_id)))
    qtbot.keyClicks(search.field, "zoe wilg")  # accent-insensitive, prefix while typing
    qtbot.waitUntil(lambda: search.last_results is not None
                    and search.last_results.text == "zoe wilg", timeout=3000)
    targets = [search.results.item(i).data(ROLE_TARGET) for i in range(search.results.count())]
    assert ("person", added.created_id) in targets
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert opened == [("person", added.created_id)]


def test_the_out_of_sight_list_opens_from_elsewhere(context, make_window):
    window = make_window(context.services)
    window.open_record("out_of_sight", 0)
    people = window.page("mensen")
    assert window.current_page_name() == "mensen"
    assert people.tabs.currentWidget() is people.out_of_sight
