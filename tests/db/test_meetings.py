"""Meetings, agendas, attendance, minutes, decisions and the action list that carries over."""

from __future__ import annotations

import datetime as dt

import pytest

from db.services.errors import ValidationError
from db.services.meetings import TemplateItem
from db.vocabulary import ActionStatus, AttendanceStatus

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def people(services):
    ans = services.people.create_person(first_name="Ans", last_name="Jansen")
    bram = services.people.create_person(first_name="Bram", last_name="Kok")
    return ans, bram


@pytest.fixture
def series_meeting(services):
    """A meeting in a new series, 19:30, starting from the default template."""
    return services.meetings.create_meeting(day=DAY, start_time="19:30",
                                            new_series="Regiegroep huiskamers")


def test_a_new_meeting_in_a_series_starts_from_its_template(services, series_meeting):
    agenda = services.agenda.agenda(series_meeting)
    assert agenda.meeting.title == "Regiegroep huiskamers 10 maart 2026"
    assert [(i.title, i.is_action_list) for i in agenda.items] == [
        ("Opening en mededelingen", False), ("Actielijst", True),
        ("Rondvraag en sluiting", False)]
    assert [i.starts_at.strftime("%H:%M") for i in agenda.items] == ["19:30", "19:35", "19:45"]
    assert agenda.ends_at == dt.datetime(2026, 3, 10, 19, 50)
    series_id = agenda.meeting.series_id
    services.meetings.set_template(series_id, [TemplateItem("Welkom", 10),
                                              TemplateItem("Actielijst", 15, True)])
    second = services.meetings.create_meeting(day=DAY + dt.timedelta(days=28),
                                              start_time="10:00", series_id=series_id)
    assert [(i.title, i.duration_minutes) for i in services.agenda.agenda(second).items] == [
        ("Welkom", 10), ("Actielijst", 15)]
    draft = services.meetings.draft(series_id, today=DAY)
    assert draft.day == DAY + dt.timedelta(days=56) and draft.start_time == dt.time(10, 0)


def test_start_times_follow_the_order_and_durations(services):
    meeting = services.meetings.create_meeting(day=DAY, start_time="19.30", title="Buurtavond")
    agenda = services.agenda
    first = agenda.agenda(meeting).items
    a = agenda.add_item(meeting, title="Groen in de straat", duration_minutes=20,
                        presenter="Ans")
    b = agenda.add_item(meeting, title="Wijkagent", duration_minutes=15, index=0)
    items = agenda.agenda(meeting).items
    assert [i.id for i in items] == [b, first[0].id, first[1].id, a]
    assert [i.starts_at.strftime("%H:%M") for i in items] == ["19:30", "19:45", "19:50", "19:55"]
    old = agenda.move_item(a, 0)
    items = agenda.agenda(meeting).items
    assert [i.id for i in items][:2] == [a, b]
    assert [i.starts_at.strftime("%H:%M") for i in items] == ["19:30", "19:50", "20:05", "20:10"]
    agenda.reorder(meeting, old)  # undo
    assert [i.id for i in agenda.agenda(meeting).items] == old
    previous = agenda.update_item(b, duration_minutes=45, title="Vragen aan de wijkagent")
    assert previous == {"duration_minutes": 15, "title": "Wijkagent"}
    assert agenda.agenda(meeting).ends_at == dt.datetime(2026, 3, 10, 20, 45)  # 45+5+5+20


def test_bad_input_gets_a_clear_dutch_message(services, series_meeting):
    with pytest.raises(ValidationError, match="datum nodig"):
        services.meetings.create_meeting(day="", start_time="19:30", title="Zonder datum")
    with pytest.raises(ValidationError, match="datum nodig"):
        services.meetings.create_meeting(day=None, start_time="19:30", title="Zonder datum")
    with pytest.raises(ValidationError, match="geen geldige datum"):
        services.meetings.create_meeting(day="31-02-2026", start_time="19:30", title="x")
    with pytest.raises(ValidationError, match="geen geldige tijd"):
        services.meetings.create_meeting(day=DAY, start_time="25:00", title="x")
    with pytest.raises(ValidationError, match="titel"):
        services.meetings.create_meeting(day=DAY, start_time="19:30")
    item = services.agenda.agenda(series_meeting).items[0]
    with pytest.raises(ValidationError, match="niet negatief") as error:
        services.agenda.update_item(item.id, duration_minutes=-5)
    assert error.value.field == "duration_minutes"
    with pytest.raises(ValidationError, match="niet negatief"):
        services.agenda.add_item(series_meeting, title="Min", duration_minutes=-1)
    with pytest.raises(ValidationError, match="niet negatief"):
        services.meetings.set_template(services.agenda.agenda(series_meeting).meeting.series_id,
                                       [TemplateItem("Min", -10)])
    with pytest.raises(ValidationError, match="Onderwerp is verplicht"):
        services.agenda.update_item(item.id, title="  ")
    # nothing was half-written
    assert services.agenda.agenda(series_meeting).items[0].duration_minutes == 5
    assert len(services.meetings.list()) == 1


def test_attendance_marks_and_counts(services, series_meeting, people):
    ans, bram = people
    club = services.people.create_person(first_name="Cor", last_name="Dekker")
    assert services.attendance.invite(series_meeting, [ans, bram, club]) == [ans, bram, club]
    assert services.attendance.invite(series_meeting, [ans]) == []  # already on the list
    before = services.attendance.set_status(series_meeting, [ans, bram],
                                            AttendanceStatus.PRESENT)
    assert before == {ans: AttendanceStatus.INVITED, bram: AttendanceStatus.INVITED}
    services.attendance.set_status(series_meeting, [club], AttendanceStatus.EXCUSED)
    counts = services.attendance.counts(series_meeting)
    assert (counts.invited, counts.present, counts.excused, counts.unmarked) == (3, 2, 1, 0)
    row = services.meetings.list()[0]
    assert (row.present, row.invited) == (2, 3)
    removed = services.attendance.remove(series_meeting, [bram])
    assert services.attendance.counts(series_meeting).present == 1
    services.attendance.restore_statuses(series_meeting, removed)
    assert services.attendance.counts(series_meeting).present == 2
    totals = services.attendance.totals(DAY, DAY)
    assert (totals.present, totals.excused) == (2, 1)
    with pytest.raises(ValidationError, match="aanwezigheidslijst"):
        services.attendance.set_status(series_meeting, [999], AttendanceStatus.PRESENT)
    assert [c.name for c in services.attendance.find_actors("jans")] == ["Ans Jansen"]


def test_open_action_points_carry_over_until_done(services, series_meeting, people):
    ans, _ = people
    agenda = services.agenda.agenda(series_meeting)
    topic = agenda.items[0]
    point = services.action_points.create(
        description="Zaal reserveren", owner_actor_id=ans, due_on="24-03-2026",
        meeting_id=series_meeting, agenda_item_id=topic.id)
    mine = services.action_points.create(description="Verslag rondsturen",
                                         meeting_id=series_meeting)
    series_id = agenda.meeting.series_id
    nxt = services.meetings.create_meeting(day=DAY + dt.timedelta(days=28), start_time="19:30",
                                           series_id=series_id)
    after = services.meetings.create_meeting(day=DAY + dt.timedelta(days=56),
                                             start_time="19:30", series_id=series_id)
    carried = services.action_points.carried(nxt)
    assert [(c.description, c.owner, c.due_on) for c in carried] == [
        ("Zaal reserveren", "Ans Jansen", dt.date(2026, 3, 24)),
        ("Verslag rondsturen", "", None)]
    assert carried[1].owner_is_worker
    assert services.action_points.carried(series_meeting) == []  # nothing earlier
    assert [c.id for c in services.action_points.carried(after)] == [point, mine]
    previous = services.action_points.set_status(point, ActionStatus.DONE,
                                                 today=dt.date(2026, 3, 20))
    assert services.action_points.get(point).done_on == dt.date(2026, 3, 20)
    assert [c.id for c in services.action_points.carried(nxt)] == [mine]
    assert [c.id for c in services.action_points.carried(after)] == [mine]
    services.action_points.update(point, **previous)  # undo
    assert services.action_points.get(point).done_on is None
    assert [c.id for c in services.action_points.carried(after)] == [point, mine]
    # the point stays with the meeting it was made at, under its agenda item
    made = services.action_points.for_meeting(series_meeting)
    assert [(m.id, m.agenda_item) for m in made] == [(point, topic.title), (mine, "")]
    with pytest.raises(ValidationError, match="Omschrijving is verplicht"):
        services.action_points.create(description="", meeting_id=nxt)
    with pytest.raises(ValidationError, match="hoort niet bij"):
        services.action_points.create(description="x", meeting_id=nxt,
                                      agenda_item_id=topic.id)


def test_open_action_points_overdue_first_in_pages(services):
    today = dt.date.today()
    dues = [today + dt.timedelta(days=d) for d in (5, -3, 0, -10)] + [None, None]
    ids = [services.action_points.create(description=f"Punt {n}", due_on=due)
           for n, due in enumerate(dues)]
    done = services.action_points.create(description="Al klaar", due_on=today,
                                         status=ActionStatus.DONE)
    expected = [ids[3], ids[1], ids[2], ids[0], ids[4], ids[5]]
    first = services.action_points.open_page(limit=2)
    rows = list(first)
    while True:
        more = services.action_points.open_page(rows[-1], limit=2)
        if not more:
            break
        rows += more
    assert [r.id for r in rows] == expected and done not in [r.id for r in rows]
    assert [r.overdue(today) for r in rows] == [True, True, False, False, False, False]
    assert services.action_points.count_open(today) == (6, 2)


def test_minutes_and_decisions(services, series_meeting):
    changes = []
    services.db.bus.subscribe(changes.append)
    item = services.agenda.agenda(series_meeting).items[0]
    services.agenda.set_minutes(item.id, "Welkom aan de nieuwe vrijwilligers.\nKoffie!")
    assert services.agenda.agenda(series_meeting).items[0].minutes.endswith("Koffie!")
    assert changes[-1].kind == "minutes"
    decision = services.agenda.add_decision(series_meeting, "Besloten: zomerprogramma",
                                            item.id)
    assert services.agenda.update_decision(decision, "Besloten: zomerprogramma met BBQ") == \
        "Besloten: zomerprogramma"
    snapshot = services.agenda.remove_decision(decision)
    assert services.agenda.decisions(series_meeting) == []
    services.agenda.restore_decision(snapshot)
    assert [d.text for d in services.agenda.decisions(series_meeting)] == [
        "Besloten: zomerprogramma met BBQ"]


def test_removing_and_restoring_keeps_ids_and_links(services, series_meeting, people):
    ans, _ = people
    item = services.agenda.agenda(series_meeting).items[0]
    services.attendance.invite(series_meeting, [ans])
    decision = services.agenda.add_decision(series_meeting, "Akkoord", item.id)
    point = services.action_points.create(description="Bellen", meeting_id=series_meeting,
                                          agenda_item_id=item.id)
    snap = services.agenda.remove_item(item.id)
    assert services.action_points.get(point).agenda_item_id is None
    services.agenda.restore_item(snap)
    assert services.agenda.agenda(series_meeting).items[0].id == item.id
    assert services.action_points.get(point).agenda_item_id == item.id
    assert services.agenda.decisions(series_meeting)[0].agenda_item_id == item.id

    meeting = services.meetings.remove_meeting(series_meeting, with_series=True)
    assert services.meetings.list() == [] and services.meetings.series() == []
    assert services.action_points.get(point).meeting_id is None  # the point itself stays
    services.meetings.restore_meeting(meeting)
    assert [m.id for m in services.meetings.list()] == [series_meeting]
    assert services.meetings.series()[0].template[1].is_action_list
    document = services.agenda.document(series_meeting)
    assert document.decisions_for(item.id)[0].id == decision
    assert document.actions_for(item.id)[0].id == point
    assert [a.actor_id for a in document.attendance] == [ans]


def test_list_filters_by_series_neighbourhood_and_period(services):
    hoods = []
    from db.models import Neighbourhood

    with services.db.session.begin() as s:
        for name in ("Oude Westen", "Hillesluis"):
            hood = Neighbourhood(name=name)
            s.add(hood)
            s.flush()
            hoods.append(hood.id)
    a = services.meetings.create_meeting(day=DAY, start_time="19:30", new_series="Avond",
                                         neighbourhood_id=hoods[0])
    series_id = services.meetings.detail(a).series_id
    b = services.meetings.create_meeting(day=DAY + dt.timedelta(days=40), start_time="19:30",
                                         series_id=series_id)
    c = services.meetings.create_meeting(day=DAY, start_time="14:00", title="Overleg",
                                         neighbourhood_id=hoods[1])
    ids = lambda **kw: {m.id for m in services.meetings.list(**kw)}  # noqa: E731
    assert ids(series_id=series_id) == {a, b}
    assert ids(neighbourhood_id=hoods[0]) == {a, b}  # b takes its series' neighbourhood
    assert ids(neighbourhood_id=hoods[1]) == {c}
    assert ids(start=DAY, end=DAY) == {a, c}
    assert ids(start=DAY + dt.timedelta(days=1)) == {b}
