"""Residents' initiatives and the stories that show what changed."""

from __future__ import annotations

import datetime as dt

from db.demo import texts
from db.demo.people import info_version
from db.demo.world import World

# (title, body, change, theme); {first}, {pron} (ze/hij), {street}, {topic}.
STORIES = (
    ("Van bezoeker tot trekker",
     ("{first} kwam twee jaar geleden voor het eerst naar de huiskamer aan de {street}, vooral "
     "voor de koffie. Na een paar maanden hielp {pron} met opruimen, later met koken. Nu "
     "organiseert {pron} zelf de woensdagochtend."),
     "Van bezoeker naar trekker; {first} heeft nu een eigen netwerk van vijftien buurtgenoten.",
     "Participatie"),
    ("De gordijnen gaan weer open",
     ("Buren maakten zich zorgen: bij {first} bleven de gordijnen dicht. Na drie keer aanbellen "
     "ging de deur open. Via de koffieochtend kwam {first} weer onder de mensen."),
     "{first} komt nu elke week naar de koffieochtend en heeft weer contact met twee buren.",
     "Eenzaamheid"),
    ("Samen naar de gebiedscommissie",
     ("{first} had nog nooit ingesproken. Samen schreven we drie zinnen op. In de commissie "
     "sprak {pron} namens dertig gezinnen over {topic}."),
     "De commissie nam het punt over; {first} wil vaker het woord doen.", "Participatie"),
    ("Een wasmachine via de weggeefwinkel",
     ("De wasmachine van {first} was kapot en er was geen geld voor een nieuwe. Via de "
     "weggeefwinkel en een buurman die klust stond er binnen een week een andere."),
     "{first} helpt nu zelf mee in de weggeefwinkel.", "Armoede"),
    ("Taalmaatjes in de leeszaal",
     ("{first} durfde geen Nederlands te spreken. In het taalcafé kreeg {pron} een taalmaatje "
     "uit de straat. Ze spreken elke week af."),
     "{first} belt nu zelf de huisarts; de maatjes zijn vriendinnen geworden.", "Taal"),
    ("Buurtvaders op het plein",
     ("Na een paar onrustige avonden besloot {first} met een paar andere vaders zelf een rondje "
     "te lopen. Ze spreken de jongeren aan, niet de politie."),
     "Minder overlast; de jongeren vroegen zelf om een voetbaltoernooi.", "Veiligheid"),
    ("Een moestuin waar eerst afval lag",
     ("Op het braakliggende stuk grond aan de {street} lag afval. {first} vroeg de gemeente of "
     "bewoners er iets mochten doen. Nu staan er twintig bakken."),
     "Twintig gezinnen tuinieren; buren die elkaar niet kenden eten samen van de oogst.", "Groen"),
    ("Het energieloket aan de keukentafel",
     ("{first} durfde de energierekening niet open te maken. Met een vrijwilliger van het "
     "energiecafé keken we samen naar de cijfers en plakten we tochtstrips."),
     "De rekening is veertig euro per maand lager en {first} helpt nu zelf buren.", "Energie"),
)


def initiatives(world: World) -> None:
    rng = world.rng("initiatives")
    wid, today = world.worker_id, world.today
    by_name = {g.name: g.id for g in world.groups}
    for k in range(10 + world.people // 2000):
        title, theme, description = texts.INITIATIVES[k % len(texts.INITIATIVES)]
        a = (k // len(texts.INITIATIVES) + k) % len(world.areas)
        info = world.areas[a]
        title = title.format(area=info.area.name, street=rng.choice(info.streets).name)
        informal = [g.id for g in world.groups if g.area == a and g.kind == "informal"]
        group_id = by_name.get(title) or (rng.choice(informal) if informal and
                                          rng.random() < 0.6 else None)
        status = rng.choices(("running", "idea", "finished", "stopped"),
                             weights=(45, 15, 25, 15))[0]
        started = None if status == "idea" and rng.random() < 0.5 else \
            world.days_ago(rng.randint(30, 900))
        ended = None
        if status in ("finished", "stopped") and started is not None:
            ended = started + dt.timedelta(days=rng.randint(1, (today - started).days))
        iid = world.ids("initiatives")
        world.add("initiatives", {
            "id": iid, "title": title, "description": description, "status": status,
            "neighbourhood_id": info.id, "group_id": group_id, "theme_id": world.themes[theme],
            "started_on": started, "ended_on": ended, "worker_id": wid,
            **world.stamps(started or world.days_ago(rng.randint(1, 60)), iid)})
        pool = world.engaged[a] or world.by_area[a]
        people = rng.sample(pool, min(len(pool), rng.randint(3, 12)))
        for index, pid in enumerate(people):
            role = "trekker" if index == 0 else rng.choice(texts.INITIATIVE_ROLES[1:])
            world.add("initiative_people", {"initiative_id": iid, "person_id": pid, "role": role})
        world.writer.advance(10)


def stories(world: World) -> None:
    rng = world.rng("stories")
    wid, today = world.worker_id, world.today
    linked = list(world.story_contacts)
    rng.shuffle(linked)
    for k in range(12 + world.people // 1000):
        template = STORIES[k % len(STORIES)]
        contact_id, people = None, ()
        told = world.days_ago(rng.randint(0, 360))
        if linked and rng.random() < 0.6:
            contact_id, day, _contact_theme, people = linked.pop()
            told = min(today, day + dt.timedelta(days=rng.randint(0, 14)))
        a = rng.randrange(len(world.areas))
        if not people:
            people = (world.pick_resident(rng, a),)
        hero = people[0]
        i = hero - world.p0
        if world.female[i] and "vaders" in template[1]:  # the buurtvaders story needs a father
            template = STORIES[(k + 1) % len(STORIES)]
        title, body, change, theme = template
        theme_id = world.themes[theme]
        a = world.area_of[i]
        fmt = {"first": world.first[i], "pron": "ze" if world.female[i] else "hij",
               "street": world.areas[a].streets[world.street_of[i]].name,
               "topic": rng.choice(texts.TOPICS[theme])}
        sid = world.ids("stories")
        world.add("stories", {
            "id": sid, "title": f"{title}", "body": body.format(**fmt),
            "change": change.format(**fmt), "told_on": told, "theme_id": theme_id,
            "contact_moment_id": contact_id, "selected_for_report": rng.random() < 0.35,
            "sensitive": rng.random() < 0.1, "worker_id": wid, **world.stamps(told, sid)})
        actors = list(dict.fromkeys(people))
        groups = [g.id for g in world.groups if g.area == a and g.kind == "informal"]
        if groups and rng.random() < 0.5:
            actors.append(rng.choice(groups))
        for actor_id in actors:
            world.add("story_actors", {"story_id": sid, "actor_id": actor_id})
        if rng.random() < 0.7:
            cid = world.ids("consents")
            world.add("consents", {
                "id": cid, "person_id": hero, "purpose": "Verhaal gebruiken in verantwoording",
                "given_on": told, "means": rng.choice(("verbal", "written")),
                "info_version": info_version(told), "withdrawn_on": None, "worker_id": wid,
                **world.stamps(told, cid)})
        world.writer.advance(10)
