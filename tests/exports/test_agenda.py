"""The agenda and minutes in Excel, as e-mail text and from the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from db.services.errors import ValidationError
from db.vocabulary import ActionStatus, AttendanceStatus
from desktop import cli
from exports.agenda import agenda_text, export_agenda, minutes_text
from tests.exports.test_workbook import formulas_in

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def meetings(services):
    """Two meetings of a series: the first with minutes, a decision and action points."""
    ans = services.people.create_person(first_name="Ans", last_name="Jansen")
    bram = services.people.create_person(first_name="Bram", last_name="Kok")
    first = services.meetings.create_meeting(day=DAY, start_time="19:30",
                                             new_series="Bewonersavond", location="Buurthuis")
    agenda = services.agenda
    items = agenda.agenda(first).items
    topic = agenda.add_item(first, title="=Groen in de straat", duration_minutes=25,
                            presenter="+Ans", description="@iedereen: neem ideeën mee",
                            index=2)
    agenda.set_minutes(topic, "-Veel ideeën.\nTweede regel")
    agenda.add_decision(first, "=Besloten: geveltuinen aanvragen", topic)
    open_point = services.action_points.create(
        description="Gemeente bellen over geveltuinen", owner_actor_id=ans, due_on=DAY +
        dt.timedelta(days=14), meeting_id=first, agenda_item_id=topic)
    services.action_points.create(description="Verslag rondsturen", meeting_id=first,
                                  status=ActionStatus.DONE)
    services.attendance.invite(first, [ans, bram])
    services.attendance.set_status(first, [ans], AttendanceStatus.PRESENT)
    services.attendance.set_status(first, [bram], AttendanceStatus.EXCUSED)
    series_id = services.meetings.detail(first).series_id
    second = services.meetings.create_meeting(day=DAY + dt.timedelta(days=28),
                                              start_time="20:00", series_id=series_id)
    return {"first": first, "second": second, "items": items, "topic": topic,
            "open_point": open_point}


def test_the_agenda_sheet_has_the_items_in_order_with_their_times(services, meetings,
                                                                  tmp_path):
    path = export_agenda(services.db, meetings["first"], tmp_path / "agenda.xlsx")
    assert formulas_in(path) == []
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Agenda", "Notulen"]
    ws = workbook["Agenda"]
    header = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Nr")
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value,
             ws.cell(r, 4).value) for r in range(header + 1, ws.max_row + 1)
            if ws.cell(r, 1).value is not None]
    assert rows == [
        (1, dt.time(19, 30), "Opening en mededelingen", 5),
        (2, dt.time(19, 35), "Actielijst", 10),
        (3, dt.time(19, 45), "=Groen in de straat", 25),
        (4, dt.time(20, 10), "Rondvraag en sluiting", 5),
    ]
    assert ws.cell(header + 1, 2).number_format == "hh:mm"
    topic = next(r for r in range(header, ws.max_row + 1)
                 if ws.cell(r, 3).value == "=Groen in de straat")
    assert ws.cell(topic, 5).value == "+Ans"
    assert ws.cell(topic, 6).value == "@iedereen: neem ideeën mee"
    assert ws["C3"].value == dt.datetime(2026, 3, 10) and ws["C3"].number_format == "dd-mm-yyyy"
    # print-ready: A4 portrait, one page wide, the column titles on every page
    assert str(ws.page_setup.paperSize) == "9" and ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.fitToWidth) == 1
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.freeze_panes == f"A{header + 1}"
    assert "&P" in ws.oddFooter.center.text


def test_the_next_meeting_carries_the_open_point_and_the_minutes_sheet_has_it_all(
        services, meetings, tmp_path):
    path = export_agenda(services.db, meetings["second"], tmp_path / "volgende.xlsx")
    ws = load_workbook(path)["Agenda"]
    texts = [ws.cell(r, 3).value for r in range(1, ws.max_row + 1)]
    action_row = texts.index("Actielijst") + 1
    assert texts[action_row].startswith("• Gemeente bellen over geveltuinen (uit 10-03-2026)")
    assert ws.cell(action_row + 1, 5).value == "Ans Jansen"
    assert ws.cell(action_row + 1, 6).value == dt.datetime(2026, 3, 24)
    assert not any("Verslag rondsturen" in str(t) for t in texts)  # it was done

    first = load_workbook(export_agenda(services.db, meetings["first"],
                                        tmp_path / "eerste.xlsx"))["Notulen"]
    values = [first.cell(r, c).value for r in range(1, first.max_row + 1) for c in range(1, 7)]
    assert "-Veel ideeën.\nTweede regel" in values
    assert "Besluit: =Besloten: geveltuinen aanvragen" in values
    assert "Ans Jansen" in values and "Bram Jansen" not in values
    assert "Bram Kok" in values  # afgemeld
    assert "Actie: Gemeente bellen over geveltuinen" in values
    assert first.print_title_rows == "$1:$1"


def test_a_long_agenda_breaks_pages_between_items_never_inside_one(services, tmp_path):
    meeting = services.meetings.create_meeting(day=DAY, start_time="09:00", title="Lang")
    for n in range(40):
        services.agenda.add_item(meeting, title=f"Onderwerp {n}", duration_minutes=5,
                                 description="Een toelichting die over meerdere regels loopt "
                                             * 3)
    ws = load_workbook(export_agenda(services.db, meeting, tmp_path / "lang.xlsx"))["Agenda"]
    breaks = [b.id for b in ws.row_breaks.brk]
    assert len(breaks) >= 2
    assert all(isinstance(ws.cell(b + 1, 1).value, int) for b in breaks)  # an item starts


def test_plain_text_for_an_email(services, meetings):
    document = services.agenda.document(meetings["second"])
    text = agenda_text(document)
    assert "Agenda Bewonersavond 7 april 2026\ndinsdag 7 april 2026, 20:00–20:20, Buurthuis" \
        in text
    assert " 2. 20:05  Actielijst (10 min)\n           - Gemeente bellen over geveltuinen " \
           "(Ans Jansen, vóór 24-03-2026)" in text
    minutes = minutes_text(services.agenda.document(meetings["first"]))
    assert "Aanwezig: Ans Jansen\nAfgemeld: Bram Kok" in minutes
    assert "    -Veel ideeën.\n    Tweede regel\n    Besluit: =Besloten: geveltuinen" in minutes
    assert "    - Verslag rondsturen (ikzelf, gedaan)" in minutes


def test_an_unknown_meeting_is_a_clear_message_and_writes_nothing(services, tmp_path):
    with pytest.raises(ValidationError, match="bestaat niet"):
        export_agenda(services.db, 999, tmp_path / "niets.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_command_line_writes_the_agenda(data_dir, tmp_path, capsys):
    from db.database import open_database
    from db.services import Services
    from desktop import paths

    database = open_database(paths.database_url(data_dir))  # the folder the CLI uses
    services = Services.for_database(database)
    first = services.meetings.create_meeting(day=DAY, start_time="19:30",
                                             new_series="Bewonersavond")
    services.action_points.create(description="Gemeente bellen", meeting_id=first)
    second = services.meetings.create_meeting(day=DAY + dt.timedelta(days=28),
                                              start_time="19:30",
                                              series_id=services.meetings.detail(first).series_id)
    database.close()
    target = tmp_path / "uit.xlsx"
    assert cli.main(["agenda", str(first), "-o", str(target)]) == 0, capsys.readouterr().err
    assert "geschreven naar" in capsys.readouterr().out
    assert load_workbook(target)["Agenda"]["A1"].value == \
        "Agenda Bewonersavond 10 maart 2026"
    assert cli.main(["agenda", "999", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
    assert cli.main(["agenda", str(second), "--tekst", "agenda"]) == 0
    assert "- Gemeente bellen (ikzelf)" in capsys.readouterr().out
