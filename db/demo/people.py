"""Themes, the worker, residents (languages, talents, ladder steps, consents), groups, places."""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from sqlalchemy import select

from db.demo import texts
from db.demo.names import AREAS, MAIL_DOMAINS, ORIGINS, female_form, mail_name, split_dutch_surname
from db.demo.world import Node, World, postcode

LEVELS = ("visitor", "participant", "volunteer", "organiser")
LEVEL_WEIGHTS = (50, 28, 15, 7)
LEVEL_ACTIVITY = {None: 1.0, "visitor": 2.0, "participant": 4.0, "volunteer": 8.0,
                  "organiser": 14.0}
STEP_NOTES = {"visitor": ("Eerste keer bij de huiskamer.", "Kwam mee met de buurvrouw.", ""),
              "participant": ("Komt nu elke week.", "Doet mee aan de kookavond.", ""),
              "volunteer": ("Helpt in de weggeefwinkel.", "Kookt mee in het buurtrestaurant.",
                            "Schenkt koffie op de inloop."),
              "organiser": ("Trekt de balkonbingo.", "Organiseert zelf de koffieochtend.",
                            "Voorzitter van de bewonerscommissie.")}
HOUSE_SUFFIXES = ("a", "b", "c", "A", "B", "-A", "-B", "-1", "-2")
CONSENT_MEANS = ("verbal", "written", "digital")


def info_version(day: dt.date) -> str:
    return f"{day.year}-{1 if day.month <= 6 else 2}"


def themes_and_worker(world: World, worker_id: int | None) -> None:
    table = world.tables["themes"]
    world.themes = dict(world.conn.execute(select(table.c.name, table.c.id)).all())
    for name in texts.THEMES:
        if name not in world.themes:
            world.themes[name] = world.ids("themes")
            world.add("themes", {"id": world.themes[name], "name": name})
    workers = world.tables["workers"]
    if worker_id is None:
        worker_id = world.ids("workers")
        world.worker_name = "Samira Ouali"
        world.add("workers", {"id": worker_id, "name": world.worker_name,
                              "organisation": "Stichting Welzijn Rotterdam-Zuid",
                              "team": "Opbouwwerk Oude Westen en Zuid", "role": "opbouwwerker",
                              "email": "samira.ouali@welzijn-rotterdam-zuid.nl",
                              **world.stamps(None)})
    else:
        name = world.conn.execute(select(workers.c.name).where(workers.c.id == worker_id)).scalar()
        if name is None:
            raise ValueError(f"Medewerker {worker_id} bestaat niet in deze database.")
        world.worker_name = name
    world.worker_id = worker_id


def persons(world: World) -> None:
    rng = world.rng("persons")
    n, wid, today = world.people, world.worker_id, world.today
    world.p0 = p0 = world.ids("actors", n)
    origin_cw = list(accumulate(o.weight for o in ORIGINS))
    area_cw = list(accumulate(a.weight for a in AREAS))
    theme_ids = list(world.themes.values())
    world.by_area = [[] for _ in world.areas]
    world.by_street = [[[] for _ in a.streets] for a in world.areas]
    world.engaged = [[] for _ in world.areas]
    world.active = [[] for _ in world.areas]
    weights: list[float] = []
    stamps = world.stamps(None)
    ids = {name: world.next_ids[name] for name in ("talents", "participation_steps", "consents")}
    for i in range(n):
        pid = p0 + i
        origin = rng.choices(ORIGINS, cum_weights=origin_cw)[0]
        female = rng.random() < 0.52
        first = rng.choice(origin.female if female else origin.male)
        last = rng.choice(origin.last)
        infix = ""
        if origin.key == "nl":
            infix, last = split_dutch_surname(last)
        elif origin.gendered and female:
            last = female_form(last)
        # The first residents go one to each neighbourhood, so none is ever empty.
        a = i if i < len(world.areas) else rng.choices(range(len(world.areas)),
                                                      cum_weights=area_cw)[0]
        area = world.areas[a]
        s = rng.randrange(len(area.streets))
        street = area.streets[s]
        house = rng.randint(1, 180)
        house_number = str(house) + (rng.choice(HOUSE_SUFFIXES) if rng.random() < 0.3 else "")
        age = int(rng.triangular(16, 94, 36))
        birth_year = today.year - age if rng.random() < 0.85 else None
        phone = f"06-{rng.randrange(10_000_000, 70_000_000):08d}" if rng.random() < 0.55 else ""
        email = ""
        if rng.random() < 0.22:
            local = rng.choice((f"{first}.{infix}{last}", f"{first}{rng.randint(1, 99)}",
                                f"{first[0]}{infix}{last}", f"{first}_{last}",
                                f"{first}{last}{rng.randint(60, 99)}"))
            email = f"{mail_name(local)}@{rng.choice(MAIL_DOMAINS)}"
        steps = _ladder(rng, today) if rng.random() < 0.3 else []
        level = steps[-1][0] if steps else None
        note, sensitive = "", False
        r = rng.random()
        if r < 0.015:
            note, sensitive = rng.choice(texts.SENSITIVE_NOTES), True
        elif r < 0.1:
            note = rng.choice(texts.PERSON_NOTES)
        archived = None
        if rng.random() < 0.01 and i >= len(world.areas):
            archived = dt.datetime.combine(world.days_ago(rng.randint(10, 300)), dt.time(10))
            note = (note + " " if note else "") + "Verhuisd uit de wijk."
        name = " ".join(p for p in (first, infix, last) if p)
        world.add("actors", {"id": pid, "kind": "person", "name": name, "neighbourhood_id": area.id,
                             "note": note, "note_sensitive": sensitive, "archived_at": archived,
                             "worker_id": wid, **stamps})
        world.add("persons", {"id": pid, "first_name": first, "infix": infix, "last_name": last,
                              "phone": phone, "email": email, "street": street.name,
                              "house_number": house_number, "postcode": postcode(street, house),
                              "city": "Rotterdam", "birth_year": birth_year,
                              "participation_level": level})
        # Languages: heritage languages, and Nederlands less often for older first generations.
        spoken = [lang for lang, p in origin.languages if rng.random() < p] or \
            [origin.languages[0][0]]
        dutch = origin.dutch if age < 60 else origin.dutch * 0.6
        if age < 30:
            dutch = max(dutch, 0.97)
        if "Nederlands" not in spoken and rng.random() < dutch:
            spoken.insert(0, "Nederlands")
        heritage = origin.languages[0][0]
        for language in spoken:
            if language == heritage:
                proficiency = "native"
            elif language == "Nederlands":
                proficiency = "good" if age < 30 or rng.random() < 0.6 else "some"
            else:
                proficiency = "good"
            world.add("person_languages", {"person_id": pid, "language": language,
                                           "proficiency": proficiency})
        if "Nederlands" not in spoken:  # the weakest voice: who needs easy Dutch or a tolk
            world.add("person_languages", {"person_id": pid, "language": "Nederlands",
                                           "proficiency": "some" if rng.random() < 0.6
                                           else "none"})
        for step_level, since, step_note in steps:
            sid = ids["participation_steps"]
            ids["participation_steps"] += 1
            world.add("participation_steps", {"id": sid, "person_id": pid, "level": step_level,
                                              "since": since, "note": step_note, "worker_id": wid,
                                              **world.stamps(since, sid)})
        if rng.random() < (0.6 if level in ("volunteer", "organiser") else 0.15):
            categories = rng.sample(list(texts.TALENTS), rng.randint(1, 2))
            for category in categories:
                tid = ids["talents"]
                ids["talents"] += 1
                world.add("talents", {"id": tid, "person_id": pid, "category": category,
                                      "description": rng.choice(texts.TALENTS[category]),
                                      **stamps})
        if rng.random() < 0.1:
            for theme_id in rng.sample(theme_ids, rng.randint(1, 2)):
                world.add("actor_themes", {"actor_id": pid, "theme_id": theme_id})
        # AVG consents: to keep contact details, and for photos from the more involved.
        purposes = []
        if (phone or email) and rng.random() < 0.85:
            purposes.append("Contactgegevens bewaren")
        if level in ("participant", "volunteer", "organiser") and rng.random() < 0.35:
            purposes.append("Foto's gebruiken in nieuwsbrief")
        for purpose in purposes:
            cid = ids["consents"]
            ids["consents"] += 1
            given = steps[0][1] if steps else world.days_ago(rng.randint(1, 720))
            withdrawn = None
            if rng.random() < 0.04 and given < today:
                withdrawn = given + dt.timedelta(days=rng.randint(1, (today - given).days))
            world.add("consents", {"id": cid, "person_id": pid, "purpose": purpose,
                                   "given_on": given, "means": rng.choice(CONSENT_MEANS),
                                   "info_version": info_version(given),
                                   "withdrawn_on": withdrawn, "worker_id": wid,
                                   **world.stamps(given, cid)})
        world.first.append(first)
        world.infix.append(infix)
        world.last.append(last)
        world.female.append(female)
        world.area_of.append(a)
        world.street_of.append(s)
        world.birth.append(birth_year or 0)
        world.level.append(level)
        world.by_area[a].append(pid)
        world.by_street[a][s].append(pid)
        if level:
            world.engaged[a].append(pid)
            if level in ("volunteer", "organiser"):
                world.active[a].append(pid)
        activity = LEVEL_ACTIVITY[level] * (0.3 if rng.random() < 0.4 else 1.0)
        weights.append(0.0 if archived else activity)
        world.writer.advance(5)
    world.next_ids.update(ids)
    world.finish_people_index(weights)


def _ladder(rng: random.Random, today: dt.date) -> list[tuple[str, dt.date, str]]:
    """Steps up the participation ladder; most stay visitor, a few step back down later."""
    top = rng.choices(range(4), weights=LEVEL_WEIGHTS)[0]
    levels = list(LEVELS[: top + 1])
    if top >= 2 and rng.random() < 0.12:
        levels.append("participant")
    first = rng.randint(30, 1400)
    later = sorted(rng.sample(range(first), len(levels) - 1), reverse=True)
    steps = []
    for index, (level, ago) in enumerate(zip(levels, [first, *later], strict=True)):
        note = "Minder tijd door nieuwe baan." if index == len(levels) - 1 and index and \
            LEVELS.index(level) < LEVELS.index(levels[index - 1]) else rng.choice(STEP_NOTES[level])
        steps.append((level, today - dt.timedelta(days=ago), note))
    return steps


def groups_and_places(world: World) -> None:
    rng = world.rng("groups")
    wid = world.worker_id
    used: set[str] = set()
    theme_ids = list(world.themes.values())

    def fill(template: str, a: int | None) -> str:
        if a is None:
            return template
        info = world.areas[a]
        k = a % len(texts.SCHOOLS)
        return template.format(
            area=info.area.name, district=info.area.district,
            street=rng.choice(info.streets).name, buurthuis=info.buurthuis,
            school=texts.SCHOOLS[k], mosque=texts.MOSQUES[k], church=texts.CHURCHES[k])

    def address(a: int | None) -> str:
        if a is None:
            return ""
        street = rng.choice(world.areas[a].streets)
        house = rng.randint(1, 120)
        return f"{street.name} {house}, {postcode(street, house)} Rotterdam"

    def add_actor(kind: str, name: str, a: int | None, note: str) -> int:
        actor_id = world.ids("actors")
        world.add("actors", {"id": actor_id, "kind": kind, "name": name,
                             "neighbourhood_id": world.areas[a].id if a is not None else None,
                             "note": note, "note_sensitive": False, "archived_at": None,
                             "worker_id": wid, **world.stamps(None)})
        world.writer.advance(5)
        return actor_id

    def add_group(template: str, kind: str, a: int | None, suffix: str = "") -> None:
        name = fill(template, a) + suffix
        if name in used:
            return
        used.add(name)
        informal = kind == "informal"
        gid = add_actor("group", name, a, rng.choice(texts.GROUP_NOTES) if informal else "")
        slug = mail_name(name)[:40]
        if informal:
            phone = f"06-{rng.randrange(10_000_000, 70_000_000):08d}" if rng.random() < 0.4 else ""
        else:
            phone = f"010-{rng.randrange(2_000_000, 5_000_000)}"
        world.add("groups", {"id": gid, "group_kind": kind, "phone": phone,
                             "email": f"info@{slug}.nl" if kind == "formal" else "",
                             "website": f"www.{slug}.nl" if kind == "formal" else "",
                             "address": address(a)})
        for theme_id in rng.sample(theme_ids, rng.randint(0 if informal else 1, 2)):
            world.add("actor_themes", {"actor_id": gid, "theme_id": theme_id})
        world.groups.append(Node(gid, name, kind, template, a))

    def add_place(template: str, kind: str, a: int, suffix: str = "") -> None:
        name = fill(template, a) + suffix
        if name in used:
            return
        used.add(name)
        pid = add_actor("place", name, a, "")
        world.add("places", {"id": pid, "place_type": kind, "address": address(a)})
        world.places.append(Node(pid, name, "place", kind, a))

    for template in texts.INSTITUTIONS_CITY:
        add_group(template, "institution", None)
    for a in range(len(world.areas)):
        for template in texts.INSTITUTIONS_AREA:
            add_group(template, "institution", a)
        for template in texts.FORMAL_GROUPS:
            if rng.random() < 0.75 or "buurthuis" in template:
                add_group(template, "formal", a)
        for template in texts.INFORMAL_GROUPS:
            add_group(template, "informal", a)
        for template, kind in texts.PLACES:
            add_place(template, kind, a)
    for k in range(world.people // 500):
        template = rng.choice(texts.EXTRA_INFORMAL)
        a = k % len(world.areas)
        add_group(template, "informal", a, "" if rng.random() < 0.9 else " II")
    for k in range(world.people // 1000):
        template, kind = rng.choice(texts.EXTRA_PLACES)
        add_place(template, kind, k % len(world.areas))


def group_and_place_count(people: int) -> int:
    """Upper bound of groups plus places for a size (for the progress total)."""
    per_area = len(texts.INSTITUTIONS_AREA) + len(texts.FORMAL_GROUPS) + \
        len(texts.INFORMAL_GROUPS) + len(texts.PLACES)
    return len(texts.INSTITUTIONS_CITY) + per_area * len(AREAS) + people // 500 + people // 1000
