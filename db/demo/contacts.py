"""A year of contact moments, oldest first, with participants, themes and notes.

This is the bulk of the demo (10 per resident by default), so the loop binds what it
uses to locals and takes all randomness from one stream.
"""

from __future__ import annotations

import datetime as dt
from itertools import accumulate

from db.demo import texts
from db.demo.advocacy import action_point, action_status
from db.demo.names import AREAS
from db.demo.world import ENTRY_TIMES, World

# (chance, fewest, most) of meeting people without registering names, per setting.
ANONYMOUS = {"walk": (0.55, 3, 25), "popup": (0.45, 5, 30), "street": (0.08, 2, 6),
             "community_centre": (0.1, 4, 15), "activity": (0.2, 4, 20)}
MIXED = ("activity",)  # anonymous people met alongside named ones
GROUP_SETTINGS = ("activity", "community_centre", "meeting")
THEME_BOOSTS = {
    "stairwell": {"Wonen": 4, "Veiligheid": 2, "Eenzaamheid": 2},
    "home_visit": {"Armoede": 3, "Eenzaamheid": 3, "Gezondheid": 3, "Wonen": 2},
    "school_gate": {"Jongeren": 3, "Taal": 2, "Veiligheid": 2},
    "activity": {"Ontmoeting": 4, "Participatie": 2, "Groen": 2},
    "community_centre": {"Ontmoeting": 3, "Taal": 2, "Armoede": 2},
    "popup": {"Ontmoeting": 3, "Groen": 2},
    "walk": {"Veiligheid": 3, "Groen": 3, "Wonen": 2},
    "meeting": {"Participatie": 4, "Wonen": 2},
}
WEEKDAY_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 0.85, 0.3, 0.12)
SENSITIVE_THEMES = ("Armoede", "Gezondheid", "Eenzaamheid")


def day_weights(world: World) -> list[float]:
    """Weight of each of the last 365 days (index = days ago): quiet weekends and holidays."""
    weights = []
    for ago in range(365):
        day = world.days_ago(ago)
        weight = WEEKDAY_WEIGHTS[day.weekday()]
        if (day.month == 7 and day.day >= 15) or (day.month == 8 and day.day <= 20):
            weight *= 0.5
        if (day.month == 12 and day.day >= 23) or (day.month == 1 and day.day <= 2):
            weight *= 0.25
        weights.append(weight)
    return weights


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def contacts(world: World) -> None:
    rng = world.rng("contacts")
    n, today, wid = world.contacts, world.today, world.worker_id
    per_day = [0] * 365
    day_cw = list(accumulate(day_weights(world)))
    for start in range(0, n, 100_000):
        for ago in rng.choices(range(365), cum_weights=day_cw, k=min(100_000, n - start)):
            per_day[ago] += 1
    settings = [s for s, _ in texts.SETTING_WEIGHTS]
    setting_cw = list(accumulate(w for _, w in texts.SETTING_WEIGHTS))
    areas = range(len(world.areas))
    area_cw = list(accumulate(AREAS[a].weight for a in areas))
    theme_names = list(texts.THEMES)
    theme_cw = {s: list(accumulate(THEME_BOOSTS.get(s, {}).get(t, 1) for t in theme_names))
                for s in settings}
    theme_id = world.themes
    places: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for node in world.places:
        for setting, kinds in texts.SETTING_PLACES.items():
            if node.type in kinds:
                places.setdefault((node.area, setting), []).append((node.id, node.name))
    local_groups = [[(g.id,
                      g.name) for g in world.groups if g.area == a and g.kind != "institution"]
                    for a in areas]
    dossiers: dict[tuple[int, str], list] = {}
    for dossier in world.dossiers:
        dossiers.setdefault((dossier.area, dossier.theme), []).append(dossier)
    # Each dossier gathers a few dozen contacts, whatever the size of the demo.
    link_chance = min(0.5, 30 / max(1.0, n * 0.2 / len(theme_names)))
    # "{who} hielp mee" needs one person; with more, only templates where {who} is no subject.
    plural = {k: tuple(t for t in v if not t.startswith("{who}"))
              or ("Gesprek met {who} over {topic}.",) for k, v in texts.OPENERS.items()}
    streets = [[s.name for s in info.streets] for info in world.areas]
    buurthuis = [f"buurthuis {info.buurthuis}" for info in world.areas]
    p0, first_street, area_of = world.p0, world.street_of, world.area_of
    add, advance, random, choice, choices = world.add, world.writer.advance, rng.random, \
        rng.choice, rng.choices
    cid = world.ids("contact_moments", n)
    for ago in range(364, -1, -1):
        day = world.days_ago(ago)
        day_stamps = [dt.datetime.combine(day, t) for t in ENTRY_TIMES]
        for _ in range(per_day[ago]):
            setting = choices(settings, cum_weights=setting_cw)[0]
            a = choices(areas, cum_weights=area_cw)[0]
            anonymous, named = 0, choices((1, 2, 3), weights=(60, 28, 12))[0]
            anon = ANONYMOUS.get(setting)
            if anon and random() < anon[0]:
                anonymous = rng.randint(anon[1], anon[2])
                named = rng.randint(1, 2) if setting in MIXED else 0
            people: list[int] = []
            for _ in range(named):
                pid = world.pick_resident(rng, a)
                if pid not in people:
                    people.append(pid)
            names = [world.how_to_call(pid, rng) for pid in people]
            participants = list(people)
            if setting in GROUP_SETTINGS and random() < 0.1 and local_groups[a]:
                group_id, group_name = choice(local_groups[a])
                participants.append(group_id)
                names.append(group_name)
            themes: list[str] = []
            for theme in choices(theme_names, cum_weights=theme_cw[setting],
                                 k=choices((0, 1, 2, 3), weights=(10, 60, 25, 5))[0]):
                if theme not in themes:
                    themes.append(theme)
            dossier = None
            if themes and random() < link_chance:
                candidates = dossiers.get((a, themes[0]))
                if candidates:
                    dossier = choice(candidates)
                    if dossier.started > day:
                        dossier = None
            if dossier is not None:
                topic = choice(dossier.topics)
            else:
                topic = choice(texts.TOPICS[themes[0]] if themes else texts.GENERAL_TOPICS)
            place_id, place_name = None, buurthuis[a]
            options = places.get((a, setting))
            if options and random() < 0.7:
                place_id, place_name = choice(options)
            street = streets[a][first_street[people[0] - p0]] if people and \
                area_of[people[0] - p0] == a else choice(streets[a])
            if len(names) > 1:
                template = choice(plural[setting])
            elif names:
                template = choice(texts.OPENERS[setting])
            else:
                template = choice(texts.ANONYMOUS_OPENERS[setting])
            note = template.format(who=_join(names) if names else "", street=street, topic=topic,
                                   n=anonymous, activity=choice(texts.ACTIVITIES),
                                   place=place_name)
            note = note[0].upper() + note[1:]
            if anonymous and names:
                note += f" Verder {anonymous} bewoners gesproken zonder namen te noteren."
            if people and random() < 0.5:
                note += " " + choice(texts.SECOND_SENTENCES).format(
                    interest=choice(texts.INTERESTS), observation=choice(texts.OBSERVATIONS),
                    wish=choice(texts.WISHES), request=choice(texts.REQUESTS))
            follow_up = ""
            if random() < 0.25:
                follow_up = choice(texts.FOLLOW_UPS[themes[0]] if themes and themes[0] in
                                   texts.FOLLOW_UPS else texts.GENERAL_FOLLOW_UPS)
            delicate = any(t in SENSITIVE_THEMES for t in themes)
            sensitive = random() < (0.25 if delicate else 0.03) * (1.5 if setting == "home_visit"
                                                                     else 1.0)
            is_story = bool(people) and random() < 0.004
            stamp = day_stamps[cid % len(day_stamps)]
            # What kind of connecting work this was: towards who decides, with a network,
            # between residents; a talk with one resident builds the relationship itself.
            strategy = ("linking" if dossier is not None
                        else "bridging" if len(participants) > len(people)
                        else "bonding" if len(people) > 1 else None)
            add("contact_moments", {
                "id": cid, "occurred_on": day, "setting": setting, "place_id": place_id,
                "neighbourhood_id": world.areas[a].id, "strategy": strategy, "note": note,
                "sensitive": sensitive,
                "follow_up": follow_up, "anonymous_count": anonymous, "is_story": is_story,
                "worker_id": wid, "created_at": stamp, "updated_at": stamp})
            for actor_id in participants:
                add("contact_participants", {"contact_moment_id": cid, "actor_id": actor_id})
            for theme in themes:
                add("contact_themes", {"contact_moment_id": cid, "theme_id": theme_id[theme]})
            if dossier is not None:
                add("dossier_contacts", {"dossier_id": dossier.id, "contact_moment_id": cid})
            if follow_up and random() < 0.05:
                due = day + dt.timedelta(days=rng.randint(5, 28))
                status, done_on = action_status(rng, today, day, due)
                add("action_points", action_point(world, follow_up.rstrip("."), None, due, status,
                                                  done_on, contact_moment_id=cid, made=day))
            if is_story:
                world.story_contacts.append(
                    (cid, day, theme_id[themes[0]] if themes else None, tuple(people)))
            cid += 1
            advance(4)
