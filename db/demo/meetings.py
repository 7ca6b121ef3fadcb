"""Meeting series with agenda templates; a year of meetings and a few upcoming ones,
with agenda items, minutes, attendance, decisions and action points."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from db.demo.advocacy import action_point, action_status
from db.demo.world import World, dutch_date


@dataclass(frozen=True)
class SeriesTemplate:
    name: str
    area: int
    every: int  # days between meetings
    starts: dt.time
    minutes: int
    audience: str  # "volunteers", "residents", "institutions", "network"
    location: str  # {buurthuis}, {district}
    items: tuple[tuple[str, int, bool], ...]  # (title, minutes, is_action_list)
    topics: tuple[str, ...]


SERIES = (
    SeriesTemplate(
        "Regiegroep huiskamers", 0, 28, dt.time(10, 0), 90, "volunteers", "Buurthuis {buurthuis}",
        (("Opening en mededelingen", 5, False), ("Verslag vorige keer", 10, False),
         ("Actielijst", 15, True), ("Rondje huiskamers", 30, False),
         ("Wat komt eraan", 15, False), ("Rondvraag en sluiting", 5, False)),
        ("Nieuwe huiskamer in de {street}", "Vrijwilligers werven", "Budget huiskamers",
         "Samenwerking met de bibliotheek", "Zomerprogramma")),
    SeriesTemplate(
        "Bewonersavond Oude Westen", 0, 42, dt.time(19, 30), 120, "residents",
        "Buurthuis {buurthuis}",
        (("Welkom en voorstelronde", 10, False), ("Nieuws uit de wijk", 15, False),
         ("Actielijst", 10, True), ("Thema van de avond", 45, False),
         ("Vragen aan de wijkagent", 15, False), ("Rondvraag", 10, False)),
        ("Renovatieplannen {street}", "Veiligheid rond het plein", "Ideeën voor het buurtbudget",
         "De weggeefwinkel", "Groen in de straat")),
    SeriesTemplate(
        "Overleg gemeente", 0, 28, dt.time(14, 0), 60, "institutions", "Gebiedskantoor {district}",
        (("Opening", 5, False), ("Actielijst", 10, True), ("Signalen uit de wijk", 20, False),
         ("Lopende dossiers", 20, False), ("Afspraken en sluiting", 5, False)),
        ("Wijkprogramma", "Inzet wijkteam", "Subsidie bewonersinitiatieven", "Schoon en heel")),
    SeriesTemplate(
        "Buurtrestaurant-overleg", 1, 21, dt.time(16, 0), 60, "volunteers", "Buurthuis {buurthuis}",
        (("Terugblik afgelopen weken", 10, False), ("Actielijst", 10, True),
         ("Menu en inkoop", 15, False), ("Rooster vrijwilligers", 15, False), ("Geld", 10, False)),
        ("Hygiënecursus voor de koks", "Samenwerking met de voedselbank", "Feestmaaltijd",
         "Nieuwe koelkast")),
    SeriesTemplate(
        "Bewonersavond Hillesluis", 3, 56, dt.time(19, 30), 120, "residents",
        "Buurthuis {buurthuis}",
        (("Welkom", 10, False), ("Actielijst", 10, True), ("Thema van de avond", 50, False),
         ("Uit de gebiedscommissie", 15, False), ("Rondvraag", 10, False)),
        ("Burgerberaad", "Parkeren in de {street}", "Jongeren en het plein", "Het wijkbudget")),
    SeriesTemplate(
        "Netwerkoverleg Bloemhof", 2, 42, dt.time(10, 0), 90, "network", "Buurthuis {buurthuis}",
        (("Voorstelronde partners", 15, False), ("Actielijst", 10, True),
         ("Presentatie van een partner", 25, False), ("Signalen en kansen", 25, False),
         ("Rondvraag", 10, False)),
        ("Eenzaamheid onder ouderen", "Taalaanbod in de wijk", "Zomeractiviteiten")),
)

MINUTES = ("Besproken; iedereen kon zijn verhaal kwijt.", "Kort besproken, geen bijzonderheden.",
           "Veel vragen uit de zaal; volgende keer verder.",
           "Goed gesprek, er is energie om door te gaan.",
           "Meningen liepen uiteen; de voorzitter vat samen en stelt voor het uit te zoeken.",
           "Bewoners vertellen over hun ervaringen; de tolk hielp mee.")
DECISIONS = ("Besloten: {topic} komt terug op de volgende agenda.",
             "Besloten om een werkgroep te starten voor {topic}.",
             "Afgesproken: brief over {topic} namens de bewoners.",
             "Akkoord met het voorstel over {topic}.",
             "Besloten een buurtbudget aan te vragen voor {topic}.")
ACTIONS = ("Uitzoeken wat de regels zijn rond {topic}", "Flyers maken voor {topic}",
           "Contact opnemen met de gemeente over {topic}", "Vrijwilligers bellen voor {topic}",
           "Offerte opvragen voor {topic}", "Verslag rondsturen",
           "Zaal reserveren voor de volgende keer",
           "Bewoners uitnodigen die niet kwamen")
NOTES = ("Goede sfeer, veel nieuwe gezichten.", "Discussie liep uit; agenda niet af.",
         "Tolk Arabisch en Turks aanwezig; werkte goed.",
         "Koffie en zelfgebakken koek van bewoners.",
         "Minder opkomst door het slechte weer.")


DOSSIER_DECISIONS = ("Besloten: de bewoners schrijven zelf een brief over '{title}'.",
                     "Afgesproken: '{title}' komt op de agenda van het overleg met de gemeente.",
                     "Besloten om getroffen huishoudens uit te nodigen over '{title}'.")
DOSSIER_ACTIONS = ("Getroffen bewoners bellen over '{title}'",
                   "Conceptbrief schrijven over '{title}'",
                   "Feiten en cijfers verzamelen voor '{title}'",
                   "Afspraak maken met de corporatie over '{title}'")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _say(templates: tuple[str, ...], dossier_templates: tuple[str, ...], title: str,
         rng: random.Random) -> str:
    """A decision or action about an agenda item; dossier items get their own wording."""
    if title.startswith("Dossier: "):
        return rng.choice(dossier_templates).format(title=title.removeprefix("Dossier: "))
    return rng.choice(templates).format(topic=_lower_first(title))


def meeting_count(every: int) -> int:
    return 365 // every + 3


def _holiday(day: dt.date) -> bool:
    """Summer holidays and Christmas: no meetings."""
    month, date = day.month, day.day
    return (month == 7 and date >= 20) or (month == 8 and date <= 25) or \
        (month == 12 and date >= 22) or (month == 1 and date <= 3)


def _dates(rng: random.Random, today: dt.date, every: int) -> list[dt.date]:
    day = today - dt.timedelta(days=365 - rng.randint(0, every - 1))
    dates, upcoming = [], rng.randint(1, 2)
    while upcoming:
        day += dt.timedelta(days=every + rng.randint(-3, 3))
        moment = day - dt.timedelta(days=max(0, day.weekday() - 3))  # Monday to Thursday
        if _holiday(moment):
            continue
        dates.append(moment)
        if moment >= today:
            upcoming -= 1
    return dates


def meetings(world: World) -> None:
    rng = world.rng("meetings")
    wid, today = world.worker_id, world.today
    table = world.tables["meeting_series"]
    taken = set(world.conn.execute(select(table.c.name)).scalars())
    for template in SERIES:
        a = template.area % len(world.areas)
        info = world.areas[a]
        streets = [s.name for s in info.streets]
        location = template.location.format(buurthuis=info.buurthuis, district=info.area.district)
        place_id = next((p.id for p in world.places if p.name == location), None)
        name = template.name if template.name not in taken else f"{template.name} (demo)"
        series_id = world.ids("meeting_series")
        world.add("meeting_series", {"id": series_id, "name": name, "neighbourhood_id": info.id,
                                     "default_location": location,
                                     "default_duration_minutes": template.minutes,
                                     "worker_id": wid, **world.stamps(world.days_ago(400))})
        for position, (title, minutes, is_list) in enumerate(template.items, 1):
            world.add("series_template_items", {"id": world.ids("series_template_items"),
                                                "series_id": series_id, "position": position,
                                                "title": title, "duration_minutes": minutes,
                                                "is_action_list": is_list})
        pool, extra = _audience(world, rng, template.audience, a)
        people = [p for p in pool if world.p0 <= p < world.p0 + world.people]
        chair = world.person_name(people[0]) if people and template.audience in (
            "volunteers", "residents") else world.worker_name
        for day in _dates(rng, today, template.every):
            _meeting(world, rng, template, series_id, day, a, location, place_id, chair,
                     pool, extra, streets)
            world.writer.advance(40)


def _audience(world: World, rng: random.Random, audience: str, a: int) -> tuple[list[int], int]:
    """Who is invited to a series, and how many walk-ins a meeting gets at most."""
    groups = [g for g in world.groups if g.area == a]
    def named(*prefixes: str) -> list[int]:
        return [g.id for g in world.groups
                if g.name.startswith(prefixes) and g.area in (a, None)]
    active = world.active[a] or world.engaged[a] or world.by_area[a]
    if audience == "volunteers":
        persons = rng.sample(active, min(len(active), rng.randint(8, 12)))
        informal = [g.id for g in groups if g.kind == "informal"]
        return persons + rng.sample(informal, min(2, len(informal))), 0
    if audience == "residents":
        persons = rng.sample(active, min(len(active), 6))
        return persons + named("Politie", "Woonstad", "Wijkteam"), 20
    if audience == "institutions":
        persons = rng.sample(active, min(len(active), 2))
        return persons + named("Gemeente Rotterdam", "Woonstad", "GGD", "Wijkteam",
                               "Gebiedscommissie", "Politie"), 0
    partners = [g.id for g in groups if g.kind != "institution"]
    return rng.sample(partners, min(len(partners), 9)) + named("Wijkteam", "GGD"), 0


def _meeting(world: World, rng: random.Random, template: SeriesTemplate, series_id: int,
             day: dt.date, a: int, location: str, place_id: int | None, chair: str,
             pool: list[int], extra: int, streets: list[str]) -> None:
    today, wid = world.today, world.worker_id
    past = day < today
    mid = world.ids("meetings")
    made = day - dt.timedelta(days=21)
    attendance = {actor: "invited" for actor in pool}
    if past:
        for actor in pool:
            attendance[actor] = rng.choices(("present", "excused", "absent"), weights=(65, 20,
                                                                                       15))[0]
        for _ in range(rng.randint(0, extra)):
            attendance.setdefault(world.pick_resident(rng, a), "present")
    present = [actor for actor, status in attendance.items() if status == "present"]
    present_people = [p for p in present if world.p0 <= p < world.p0 + world.people]
    world.add("meetings", {
        "id": mid, "series_id": series_id, "title": f"{template.name} {dutch_date(day)}",
        "starts_at": dt.datetime.combine(day, template.starts), "location": location,
        "place_id": place_id, "neighbourhood_id": world.areas[a].id, "chair": chair,
        "minute_taker": world.person_name(present_people[-1]) if past and present_people and
        rng.random() < 0.4 else world.worker_name,
        "notes": f"{len(present)} aanwezigen. {rng.choice(NOTES)}" if past else "",
        "worker_id": wid, **world.stamps(made, mid)})
    for actor, status in attendance.items():
        world.add("attendance", {"meeting_id": mid, "actor_id": actor, "status": status,
                                 **world.stamps(day if past else made)})
    # The agenda: the series template, with one or two topics of the day after the action list.
    items = list(template.items)
    split = next(i for i, item in enumerate(items) if item[2]) + 1
    topics = rng.sample(template.topics, rng.randint(1, 2))
    open_dossiers = [d for d in world.dossiers if d.area == a and d.started < day and
                     d.phase != "evaluation"]
    agenda: list[tuple[str, int, bool, int | None]] = [(t, m, is_list, None) for t, m,
                                                       is_list in items]
    new = [(topic.format(street=rng.choice(streets)), 20, False, None) for topic in topics]
    if open_dossiers and rng.random() < 0.5:
        dossier = rng.choice(open_dossiers)
        new.append((f"Dossier: {dossier.title}", 15, False, dossier.id))
        world.add("dossier_meetings", {"dossier_id": dossier.id, "meeting_id": mid})
    agenda[split:split] = new
    topic_items, action_list = [], None
    for position, (title, minutes, is_list, dossier_id) in enumerate(agenda, 1):
        item_id = world.ids("agenda_items")
        text = ""
        if past:
            text = (f"Actielijst doorgenomen: {rng.randint(1, 5)} punten afgerond, "
                    f"{rng.randint(0, 4)} lopen nog.") if is_list else rng.choice(MINUTES)
        world.add("agenda_items", {
            "id": item_id, "meeting_id": mid, "position": position, "title": title,
            "duration_minutes": minutes, "presenter": chair if position == 1 else "",
            "description": "", "minutes": text, "is_action_list": is_list,
            "dossier_id": dossier_id, "actor_id": None, **world.stamps(made, item_id)})
        if is_list:
            action_list = item_id
        elif (title, minutes, is_list) not in template.items:
            topic_items.append((item_id, title))
    if not past:
        return
    decided: set[str] = set()
    for _ in range(rng.randint(1, 3)):
        item_id, title = rng.choice(topic_items)
        text = _say(DECISIONS, DOSSIER_DECISIONS, title, rng)
        if text in decided:
            continue
        decided.add(text)
        world.add("decisions", {"id": world.ids("decisions"), "meeting_id": mid,
                                "agenda_item_id": item_id, "text": text, **world.stamps(day)})
    for _ in range(rng.randint(2, 4)):
        item_id, title = rng.choice(topic_items)
        owner = rng.choice(present_people) if present_people and rng.random() < 0.6 else None
        due = day + dt.timedelta(days=rng.randint(14, 42))
        status, done_on = action_status(rng, today, day, due)
        world.add("action_points", action_point(
            world, _say(ACTIONS, DOSSIER_ACTIONS, title, rng), owner, due, status, done_on,
            meeting_id=mid, agenda_item_id=rng.choice((item_id, action_list)), made=day))
