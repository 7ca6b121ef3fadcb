"""The contact-moment list: filters, sort orders and keyset paging on hand-made data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from db.models import ContactMoment, Group, Neighbourhood, Person, Theme, Worker
from db.services.contacts import (
    WITHOUT_STRATEGY, ContactCount, ContactFilter, ContactKey, ContactSort, SortKey,
)
from db.vocabulary import ContactSetting, GroupKind, Strategy

D = dt.date
SECRET = "schulden bij de bank en de huur niet betaald"


@dataclass(frozen=True)
class Spec:
    name: str
    day: dt.date
    setting: ContactSetting
    hood: str | None
    worker: str
    strategy: Strategy | None = None
    themes: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    anonymous: int = 0
    sensitive: bool = False


# Two moments share a date (ties broken by id); one has no neighbourhood; one is sensitive.
SPECS = [
    Spec("portiek", D(2026, 3, 2), ContactSetting.STAIRWELL, "Bloemhof", "Samira",
         themes=("Wonen",), people=("Ans Jansen",)),
    Spec("wandeling", D(2026, 3, 2), ContactSetting.NEIGHBOURHOOD_WALK, "Bloemhof", "Samira",
         anonymous=12, themes=("Groen", "Wonen")),
    Spec("huisbezoek", D(2026, 3, 31), ContactSetting.HOME_VISIT, "Afrikaanderwijk", "Joost",
         themes=("Armoede",), people=("Bram Kok",), sensitive=True),
    Spec("schoolplein", D(2026, 4, 1), ContactSetting.SCHOOL_GATE, "Afrikaanderwijk", "Samira",
         strategy=Strategy.BONDING, people=("Ans Jansen", "Bram Kok")),
    Spec("buurthuis", D(2026, 4, 15), ContactSetting.COMMUNITY_CENTRE, "Bloemhof", "Joost",
         strategy=Strategy.BRIDGING, themes=("Groen",), people=("Moestuin",)),
    Spec("gemeente", D(2026, 5, 1), ContactSetting.MEETING, None, "Samira",
         strategy=Strategy.LINKING, themes=("Wonen",)),
    Spec("straat", D(2026, 5, 1), ContactSetting.STREET, "Bloemhof", "Samira",
         themes=("Armoede", "Wonen"), people=("Bram Kok",)),
    Spec("telefoon", D(2026, 6, 30), ContactSetting.PHONE, "Afrikaanderwijk", "Joost",
         strategy=Strategy.BONDING, people=("Ans Jansen",)),
    Spec("portiek2", D(2026, 6, 30), ContactSetting.STAIRWELL, "Afrikaanderwijk", "Samira",
         themes=("Wonen",)),
]


@dataclass
class Data:
    ids: dict[str, int]
    hoods: dict[str, int]
    themes: dict[str, int]
    workers: dict[str, int]

    def names(self, rows) -> list[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return [by_id[r.id] for r in rows]


@pytest.fixture
def data(database) -> Data:
    with database.session.begin() as s:
        hoods = {n: Neighbourhood(name=n) for n in ("Bloemhof", "Afrikaanderwijk")}
        themes = {n: Theme(name=n) for n in ("Wonen", "Armoede", "Groen")}
        workers = {n: Worker(name=n) for n in ("Samira", "Joost")}
        actors = {"Ans Jansen": Person(name="Ans Jansen", first_name="Ans"),
                  "Bram Kok": Person(name="Bram Kok", first_name="Bram"),
                  "Moestuin": Group(name="Moestuin", group_kind=GroupKind.INFORMAL)}
        s.add_all([*hoods.values(), *themes.values(), *workers.values(), *actors.values()])
        moments = {}
        for spec in SPECS:
            moments[spec.name] = ContactMoment(
                occurred_on=spec.day, setting=spec.setting, strategy=spec.strategy,
                note=SECRET if spec.sensitive else f"Notitie {spec.name}",
                sensitive=spec.sensitive, anonymous_count=spec.anonymous,
                participants=[actors[p] for p in spec.people],
                themes=[themes[t] for t in spec.themes])
            s.add(moments[spec.name])
        s.flush()
        for spec in SPECS:
            moment = moments[spec.name]
            moment.neighbourhood_id = hoods[spec.hood].id if spec.hood else None
            moment.worker_id = workers[spec.worker].id
        return Data({k: m.id for k, m in moments.items()}, {k: h.id for k, h in hoods.items()},
                    {k: t.id for k, t in themes.items()}, {k: w.id for k, w in workers.items()})


def every_page(services, f=None, sort=None, limit=2):
    """The whole list, fetched `limit` rows at a time as the table model does."""
    rows, after = [], None
    while True:
        page = services.contacts.page(f, sort, after, limit)
        rows += page
        if len(page) < limit:
            return rows
        after = page[-1]


def newest_first(specs, data):
    return sorted(specs, key=lambda sp: (sp.day, data.ids[sp.name]), reverse=True)


FILTERS = {
    "period": (lambda d: ContactFilter(date_from=D(2026, 4, 1), date_to=D(2026, 5, 1)),
               lambda sp: D(2026, 4, 1) <= sp.day <= D(2026, 5, 1)),
    "setting": (lambda d: ContactFilter(settings=frozenset({ContactSetting.STAIRWELL})),
                lambda sp: sp.setting == ContactSetting.STAIRWELL),
    "two settings": (lambda d: ContactFilter(settings=frozenset({ContactSetting.PHONE,
                                                                   ContactSetting.STREET})),
                     lambda sp: sp.setting in (ContactSetting.PHONE, ContactSetting.STREET)),
    "neighbourhood": (lambda d: ContactFilter(neighbourhood_id=d.hoods["Afrikaanderwijk"]),
                      lambda sp: sp.hood == "Afrikaanderwijk"),
    "theme": (lambda d: ContactFilter(theme_id=d.themes["Wonen"]),
              lambda sp: "Wonen" in sp.themes),
    "strategy": (lambda d: ContactFilter(strategy=Strategy.BONDING),
                 lambda sp: sp.strategy == Strategy.BONDING),
    "geen strategie": (lambda d: ContactFilter(strategy=WITHOUT_STRATEGY),
                       lambda sp: sp.strategy is None),
    "worker": (lambda d: ContactFilter(worker_id=d.workers["Joost"]),
               lambda sp: sp.worker == "Joost"),
    "theme and neighbourhood": (
        lambda d: ContactFilter(theme_id=d.themes["Wonen"], neighbourhood_id=d.hoods["Bloemhof"]),
        lambda sp: "Wonen" in sp.themes and sp.hood == "Bloemhof"),
    "setting, neighbourhood and worker": (
        lambda d: ContactFilter(settings=frozenset({ContactSetting.STAIRWELL}),
                                neighbourhood_id=d.hoods["Afrikaanderwijk"],
                                worker_id=d.workers["Samira"]),
        lambda sp: sp.setting == ContactSetting.STAIRWELL and sp.hood == "Afrikaanderwijk"
        and sp.worker == "Samira"),
    "period, theme and geen strategie": (
        lambda d: ContactFilter(date_from=D(2026, 3, 2), date_to=D(2026, 5, 1),
                                theme_id=d.themes["Armoede"], strategy=WITHOUT_STRATEGY),
        lambda sp: D(2026, 3, 2) <= sp.day <= D(2026, 5, 1) and "Armoede" in sp.themes
        and sp.strategy is None),
    "strategy and worker: nothing": (
        lambda d: ContactFilter(strategy=Strategy.LINKING, worker_id=d.workers["Joost"]),
        lambda sp: False),
}


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_and_combination_gives_the_known_rows(services, data, name):
    make, keep = FILTERS[name]
    f = make(data)
    expected = [sp.name for sp in newest_first([sp for sp in SPECS if keep(sp)], data)]
    assert data.names(every_page(services, f)) == expected
    assert services.contacts.count(f) == len(expected)
    assert services.contacts.count_capped(f) == ContactCount(len(expected))


def test_period_bounds_are_inclusive(services, data):
    f = ContactFilter(date_from=D(2026, 3, 31), date_to=D(2026, 4, 15))
    assert data.names(every_page(services, f)) == ["buurthuis", "schoolplein", "huisbezoek"]
    one_day = ContactFilter(date_from=D(2026, 3, 2), date_to=D(2026, 3, 2))
    assert sorted(data.names(every_page(services, one_day))) == ["portiek", "wandeling"]
    assert services.contacts.count(ContactFilter(date_from=D(2026, 6, 30))) == 2
    assert services.contacts.count(ContactFilter(date_to=D(2026, 3, 2))) == 2


def _expected_order(sort: ContactSort, data: Data) -> list[str]:
    by_date = newest_first(SPECS, data)
    if sort.key is SortKey.DATE:
        ordered = by_date if sort.descending else by_date[::-1]
        return [sp.name for sp in ordered]
    if sort.key is SortKey.SETTING:
        groups = sorted({sp.setting.label.lower() for sp in SPECS}, reverse=sort.descending)
        return [sp.name for g in groups for sp in by_date if sp.setting.label.lower() == g]
    hoods = sorted({sp.hood for sp in SPECS if sp.hood}, reverse=sort.descending) + [None]
    return [sp.name for h in hoods for sp in by_date if sp.hood == h]


@pytest.mark.parametrize("sort", [ContactSort(k, d) for k in SortKey for d in (True, False)],
                         ids=lambda s: f"{s.key}-{'desc' if s.descending else 'asc'}")
@pytest.mark.parametrize("limit", [1, 2, 4, 200])
def test_every_sort_order_pages_without_gaps_or_overlaps(services, data, sort, limit):
    rows = every_page(services, None, sort, limit)
    assert data.names(rows) == _expected_order(sort, data)


def test_sort_by_setting_follows_the_dutch_labels_and_groups_newest_first(services, data):
    rows = services.contacts.page(sort=ContactSort(SortKey.SETTING, descending=False))
    labels = [r.setting.label for r in rows]
    assert labels == sorted(labels, key=str.lower) and len(set(labels)) == 8
    assert labels.index(ContactSetting.COMMUNITY_CENTRE.label) < labels.index(
        ContactSetting.STAIRWELL.label)  # Buurthuis before Portiekgesprek, not by code
    stairwell = [r for r in rows if r.setting == ContactSetting.STAIRWELL]
    assert [r.occurred_on for r in stairwell] == [D(2026, 6, 30), D(2026, 3, 2)]


def test_sort_by_neighbourhood_puts_moments_without_one_last(services, data):
    for descending in (False, True):
        rows = every_page(services, None, ContactSort(SortKey.NEIGHBOURHOOD, descending))
        assert rows[-1].neighbourhood == "" and data.names(rows)[-1] == "gemeente"
    asc = every_page(services, None, ContactSort(SortKey.NEIGHBOURHOOD, False))
    assert asc[0].neighbourhood == "Afrikaanderwijk"


def test_filters_and_sorts_combine(services, data):
    f = ContactFilter(theme_id=data.themes["Wonen"])
    rows = every_page(services, f, ContactSort(SortKey.NEIGHBOURHOOD, False), limit=1)
    assert data.names(rows) == ["portiek2", "straat", "wandeling", "portiek", "gemeente"]


def test_sensitive_notes_never_reach_the_preview(services, data):
    rows = every_page(services)
    visit = next(r for r in rows if r.id == data.ids["huisbezoek"])
    assert visit.sensitive and visit.note == ""
    assert all(SECRET not in r.note for r in rows)
    assert services.contacts.row(data.ids["huisbezoek"]).note == ""
    assert next(r for r in rows if r.id == data.ids["portiek"]).note == "Notitie portiek"


def test_rows_carry_what_the_list_shows(services, data):
    rows = {r.id: r for r in every_page(services)}
    walk = rows[data.ids["wandeling"]]
    assert (walk.anonymous_count, walk.participants, walk.themes) == (12, "", "Groen, Wonen")
    assert (walk.neighbourhood, walk.worker) == ("Bloemhof", "Samira")
    gate = rows[data.ids["schoolplein"]]
    assert gate.participants == "Ans Jansen, Bram Kok" and gate.strategy == Strategy.BONDING
    assert rows[data.ids["buurthuis"]].participants == "Moestuin"


def test_old_style_keys_still_page_by_date(services, data):
    first = services.contacts.page(limit=3)
    key = ContactKey(first[-1].occurred_on, first[-1].id)
    rest = services.contacts.page(after=key, limit=100)
    assert data.names(first + rest) == _expected_order(ContactSort(), data)


def test_counts_are_capped(services, data):
    samira = ContactFilter(worker_id=data.workers["Samira"])
    assert services.contacts.count_capped(samira, cap=5) == ContactCount(5, capped=True)
    assert services.contacts.count_capped(samira, cap=6) == ContactCount(6)
    # exact where an index-only count is cheap: the whole list, or one theme
    assert services.contacts.count_capped(cap=3) == ContactCount(len(SPECS))
    theme = ContactFilter(theme_id=data.themes["Wonen"])
    assert services.contacts.count_capped(theme, cap=3) == ContactCount(5)
    assert services.contacts.count() == len(SPECS)


def test_which_counts_are_cheap_enough_for_the_ui_thread(services):
    cheap = services.contacts.count_is_cheap
    assert cheap(ContactFilter()) and cheap(ContactFilter(theme_id=1))
    assert cheap(ContactFilter(date_from=D(2026, 1, 1), worker_id=1))
    assert not cheap(ContactFilter(theme_id=1, worker_id=1))
    assert not cheap(ContactFilter(strategy=WITHOUT_STRATEGY, neighbourhood_id=1))


def test_loosen_names_the_filters_that_bring_rows_back(services, data):
    f = ContactFilter(strategy=Strategy.LINKING, worker_id=data.workers["Joost"],
                      date_from=D(2026, 5, 1))
    assert services.contacts.count(f) == 0
    # without the worker the linking moment of 1 May is back; without the strategy,
    # Joost's phone call of 30 June; the period alone does not help
    assert services.contacts.loosen(f) == ("strategy", "worker_id")
    assert f.without("period").date_from is None and f.without("worker_id").worker_id is None
    assert f.active() == ("period", "strategy", "worker_id") and ContactFilter().is_empty


def test_matches_and_row(services, data):
    f = ContactFilter(neighbourhood_id=data.hoods["Bloemhof"])
    assert services.contacts.matches(f, data.ids["portiek"])
    assert not services.contacts.matches(f, data.ids["telefoon"])
    assert services.contacts.row(data.ids["telefoon"]).setting == ContactSetting.PHONE
    assert services.contacts.row(999_999) is None


def test_filter_options_have_names_in_order(services, data):
    options = services.contacts.filter_options()
    assert [n for _, n in options.neighbourhoods] == ["Afrikaanderwijk", "Bloemhof"]
    assert [n for _, n in options.themes] == ["Armoede", "Groen", "Wonen"]
    assert [n for _, n in options.workers] == ["Joost", "Samira"]
    assert options.settings[:2] == (ContactSetting.ACTIVITY, ContactSetting.OTHER)  # A, A
    assert set(options.settings) == set(ContactSetting)
    assert options.strategies == tuple(Strategy)


def test_an_empty_database_gives_an_empty_list(services):
    assert services.contacts.page() == [] and services.contacts.count() == 0
    for key in SortKey:
        assert services.contacts.page(sort=ContactSort(key)) == []

