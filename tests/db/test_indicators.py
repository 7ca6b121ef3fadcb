"""The chart indicators on a hand-made neighbourhood with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import (
    Attendance, ContactMoment, Dossier, DossierPhaseStep, Group, Initiative, Meeting,
    Neighbourhood, ParticipationStep, Person, Signal, Story, Theme, Tie,
)
from db.services import ValidationError
from db.services.indicators import NEW, NO_STRATEGY
from db.services.periods import Period, bucket, month_edges, quarter_of, week_edges
from db.vocabulary import (
    AttendanceStatus, ContactSetting, DossierPhase, GroupKind, InitiativeStatus,
    ParticipationLevel, Strategy,
)

D = dt.date
Q1 = Period(D(2026, 1, 1), D(2026, 3, 31))
H1 = Period(D(2026, 1, 1), D(2026, 6, 30))
V, P, VOL = (ParticipationLevel.VISITOR, ParticipationLevel.PARTICIPANT,
             ParticipationLevel.VOLUNTEER)


@pytest.fixture
def hood(database):
    """Noord: Ans, Bram, Dina; Zuid: Cor. Ids of the neighbourhoods in the returned dict."""
    with database.session.begin() as s:
        noord, zuid = Neighbourhood(name="Noord"), Neighbourhood(name="Zuid")
        s.add_all([noord, zuid])
        s.flush()
        ans, bram, dina = (Person(name=n, first_name=n, neighbourhood_id=noord.id)
                           for n in ("Ans", "Bram", "Dina"))
        cor = Person(name="Cor", first_name="Cor", neighbourhood_id=zuid.id)
        club = Group(name="Moestuin", group_kind=GroupKind.INFORMAL)
        city = Group(name="Gemeente", group_kind=GroupKind.INSTITUTION)
        s.add_all([ans, bram, cor, dina, club, city])
        s.flush()
        for day, setting, strategy, where, anonymous, people, story in [
            (D(2025, 12, 31), ContactSetting.STREET, None, noord, 0, [dina], False),
            (D(2026, 1, 5), ContactSetting.STREET, Strategy.BONDING, noord, 3, [ans, bram], False),
            (D(2026, 1, 7), ContactSetting.STREET, None, noord, 0, [ans, club], False),
            (D(2026, 1, 12), ContactSetting.HOME_VISIT, Strategy.BRIDGING, zuid, 0, [cor], False),
            (D(2026, 2, 10), ContactSetting.ACTIVITY, Strategy.LINKING, noord, 10, [ans], True),
            (D(2026, 4, 8), ContactSetting.PHONE, None, noord, 0, [bram], False),
            (D(2026, 6, 20), ContactSetting.PHONE, None, noord, 0, [ans], False),
        ]:
            s.add(ContactMoment(occurred_on=day, setting=setting, strategy=strategy,
                                neighbourhood_id=where.id, anonymous_count=anonymous,
                                participants=people, is_story=story,
                                note=f"Taalles bij Eva\n{day}" if story else ""))
        s.add_all([
            Tie(source_id=ans.id, target_id=bram.id, strategy=Strategy.BONDING,
                since=D(2026, 1, 20)),
            Tie(source_id=ans.id, target_id=club.id, strategy=Strategy.BRIDGING,
                since=D(2026, 3, 2)),
            Tie(source_id=club.id, target_id=city.id, strategy=Strategy.LINKING,
                since=D(2026, 3, 15)),
            Tie(source_id=cor.id, target_id=dina.id, strategy=Strategy.BONDING,
                since=D(2025, 11, 1)),
        ])
        s.add_all([ParticipationStep(person_id=pid, level=level, since=day) for pid, level, day in [
            (ans.id, V, D(2025, 10, 1)), (ans.id, P, D(2026, 2, 1)), (ans.id, VOL, D(2026, 3, 10)),
            (bram.id, P, D(2026, 1, 15)), (bram.id, VOL, D(2026, 1, 20)),
            (cor.id, VOL, D(2026, 3, 5)),
            (dina.id, V, D(2026, 4, 1)), (dina.id, V, D(2026, 5, 1)),  # same level: no move
        ]])
        july, september, january = (
            Meeting(title=t, starts_at=at) for t, at in [
                ("Zomeravond", dt.datetime(2026, 7, 9, 19)),
                ("Buurtfeest", dt.datetime(2026, 9, 3, 15)),
                ("Nieuwjaar", dt.datetime(2027, 1, 14, 20))])
        s.add_all([july, september, january])
        s.flush()
        s.add_all([
            Attendance(meeting_id=july.id, actor_id=bram.id, status=AttendanceStatus.ABSENT),
            Attendance(meeting_id=september.id, actor_id=ans.id, status=AttendanceStatus.PRESENT),
            Attendance(meeting_id=september.id, actor_id=cor.id, status=AttendanceStatus.PRESENT),
            Attendance(meeting_id=january.id, actor_id=bram.id, status=AttendanceStatus.PRESENT),
        ])
        a = Dossier(title="Speeltuin", phase=DossierPhase.EXPLORING, neighbourhood_id=noord.id)
        b = Dossier(title="Portiek", phase=DossierPhase.EXPLORING, neighbourhood_id=zuid.id)
        a.phase_history = [
            DossierPhaseStep(phase=DossierPhase.SIGNALLING, reached_on=D(2026, 1, 10)),
            DossierPhaseStep(phase=DossierPhase.EXPLORING, reached_on=D(2026, 3, 5))]
        s.add_all([a, b])
        s.flush()
        # two steps on one day: the later one (higher id) is the dossier's phase
        s.add(DossierPhaseStep(dossier_id=b.id, phase=DossierPhase.SIGNALLING,
                               reached_on=D(2026, 2, 20)))
        s.flush()
        s.add(DossierPhaseStep(dossier_id=b.id, phase=DossierPhase.EXPLORING,
                               reached_on=D(2026, 2, 20)))
        green = Theme(name="Groen")
        s.add(green)
        s.flush()
        s.add(Story(title="Moestuin opent", told_on=D(2026, 3, 1), theme_id=green.id,
                    change="Buren kennen elkaar nu"))
        s.add(Signal(observed_on=D(2025, 5, 1), description="Zwerfafval"))
        s.add(Initiative(title="Taalcafé", status=InitiativeStatus.RUNNING,
                         started_on=D(2026, 2, 1)))
        return {"noord": noord.id, "zuid": zuid.id}


def test_buckets_follow_weeks_and_months():
    assert week_edges(Q1)[:3] == [D(2025, 12, 29), D(2026, 1, 5), D(2026, 1, 12)]
    assert week_edges(Q1)[-1] == D(2026, 4, 6)
    assert month_edges(Q1) == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1)]
    assert quarter_of(D(2026, 11, 24)) == Period(D(2026, 10, 1), D(2026, 12, 31))
    assert bucket(None, [1, 2]).value == 0  # one bucket needs no comparison


def test_contacts_per_week_by_setting_and_strategy(services, hood):
    series = services.reports.indicators.contacts_per_week(Q1)
    assert len(series.starts) == 14 and series.starts[1] == D(2026, 1, 5)
    street = series.values[ContactSetting.STREET]
    assert street[:3] == (0, 2, 0)  # 31 December is before the period
    assert series.values[ContactSetting.HOME_VISIT][2] == 1
    assert series.values[ContactSetting.ACTIVITY][6] == 1  # week of Monday 9 February
    assert sum(series.total(k) for k in series.keys) == 4
    by_strategy = services.reports.indicators.contacts_per_week(Q1, by="strategy")
    assert by_strategy.values[Strategy.BONDING][1] == 1
    assert by_strategy.values[NO_STRATEGY][1] == 1
    assert by_strategy.values[Strategy.BRIDGING][2] == 1
    assert by_strategy.values[Strategy.LINKING][6] == 1
    noord = services.reports.indicators.contacts_per_week(Q1, hood["noord"])
    assert noord.total(ContactSetting.HOME_VISIT) == 0 and noord.total(ContactSetting.STREET) == 2


def test_reach_counts_residents_once_a_month_plus_anonymous(services, hood):
    reach = services.reports.indicators.reach_per_month(H1)
    assert reach.values["named"] == (3, 1, 0, 1, 0, 1)  # the Moestuin group is no resident
    assert reach.values["anonymous"] == (3, 10, 0, 0, 0, 0)
    assert reach.values["reach"] == (6, 11, 0, 1, 0, 1)
    noord = services.reports.indicators.reach_per_month(H1, hood["noord"])
    assert noord.values["reach"][0] == 2 + 3


def test_new_ties_per_month_by_strategy(services, hood):
    ties = services.reports.indicators.new_ties_per_month(Q1)
    assert ties.values[Strategy.BONDING] == (1, 0, 0)  # the November tie is before
    assert ties.values[Strategy.BRIDGING] == (0, 0, 1)
    assert ties.values[Strategy.LINKING] == (0, 0, 1)
    noord = services.reports.indicators.new_ties_per_month(Q1, hood["noord"])
    assert noord.values[Strategy.LINKING] == (0, 0, 0)  # started by a group outside Noord


def test_ladder_moves_from_the_previous_level(services, hood):
    moves = {(m.source, m.target): m.count
             for m in services.reports.indicators.ladder_moves(H1)}
    assert moves == {(P, VOL): 2, (V, P): 1, (NEW, P): 1, (NEW, VOL): 1, (NEW, V): 1}
    noord = {(m.source, m.target): m.count
             for m in services.reports.indicators.ladder_moves(H1, hood["noord"])}
    assert (NEW, VOL) not in noord and noord[(P, VOL)] == 2
    assert services.reports.indicators.ladder_moves(H1)[0].count == 2  # biggest flow first


def test_volunteer_retention_cohorts(services, hood):
    cohorts = services.reports.retention.cohorts(H1, today=D(2027, 2, 15))
    by_month = {c.month: c for c in cohorts}
    january, march = by_month[D(2026, 1, 1)], by_month[D(2026, 3, 1)]
    # Bram: a contact in April, only absent in July, present at a meeting in January 2027
    assert (january.size, january.active) == (1, {3: 1, 6: 0, 12: 1})
    # Ans (contact in June, meeting in September) and Cor (meeting in September only);
    # March 2027 has not ended yet, so the 12-month figure is not known
    assert (march.size, march.active) == (2, {3: 1, 6: 2, 12: None})
    assert march.share(3) == 0.5 and march.share(12) is None
    assert by_month[D(2026, 2, 1)].size == 0
    zuid = services.reports.retention.cohorts(H1, hood["zuid"], today=D(2027, 2, 15))
    assert [c.size for c in zuid] == [0, 0, 1, 0, 0, 0]


def test_dossiers_by_phase_at_the_end_of_each_month(services, hood):
    phases = services.reports.indicators.dossiers_by_phase(Q1)
    assert phases.values[DossierPhase.SIGNALLING] == (1, 1, 0)
    assert phases.values[DossierPhase.EXPLORING] == (0, 1, 2)
    zuid = services.reports.indicators.dossiers_by_phase(Q1, hood["zuid"])
    assert zuid.values[DossierPhase.EXPLORING] == (0, 1, 1)


def test_quarters_compared_with_the_previous_and_last_year(services, hood):
    comparison = services.reports.comparison.quarters(D(2026, 5, 15))
    assert comparison.current == Period(D(2026, 4, 1), D(2026, 6, 30))
    assert comparison.previous.start == D(2026, 1, 1)
    assert comparison.year_ago.start == D(2025, 4, 1)
    v = comparison.values
    assert v["contacts"] == (2, 4, 0)
    assert v["reach"] == (2, 3 + 13, 0)
    assert v["ties"] == (0, 3, 0)
    assert v["volunteers"] == (0, 3, 0)
    assert v["signals"] == (0, 0, 1)
    assert v["initiatives"] == (0, 1, 0)
    assert comparison.change(2, 4) == -0.5 and comparison.change(3, 0) is None


def test_stories_list_selection_and_write_up(services, database, hood):
    seen = []
    database.bus.subscribe(seen.append)
    rows = services.stories.list(H1)
    assert [(r.title, r.theme, r.change, r.story_id is None) for r in rows] == [
        ("Moestuin opent", "Groen", "Buren kennen elkaar nu", False),
        ("Taalles bij Eva", "", "", True)]
    services.stories.set_selected(rows[0].story_id, True)
    assert [r.title for r in services.stories.selected()] == ["Moestuin opent"]
    assert seen[-1].kind == "story"
    story_id = services.stories.write_up(rows[1].contact_moment_id)
    assert services.stories.write_up(rows[1].contact_moment_id) == story_id  # no duplicate
    assert [r.title for r in services.stories.selected()] == ["Taalles bij Eva", "Moestuin opent"]
    assert len(services.stories.list(H1)) == 2
    services.stories.set_selected(story_id, False)
    assert [r.title for r in services.stories.selected()] == ["Moestuin opent"]
    with pytest.raises(ValidationError):
        services.stories.set_selected(9999, True)
