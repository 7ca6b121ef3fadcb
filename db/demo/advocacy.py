"""Collective advocacy: dossiers in every phase, and the signals that feed them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from db.demo.world import DossierInfo, World
from db.vocabulary import DossierPhase

PHASES = [phase.value for phase in DossierPhase]


@dataclass(frozen=True)
class DossierTemplate:
    title: str
    area: int
    theme: str
    phase: str
    problem: str
    desired: str
    targets: tuple[tuple[str, str, int], ...]  # (name, stance, influence); a group's name links it
    actions: tuple[tuple[str, str, str], ...]  # (kind, description, result), in order
    topics: tuple[str, ...]  # what contact notes about this dossier talk about
    signals: tuple[str, ...]
    outcome: str = ""
    lessons: str = ""


DOSSIERS = (
    DossierTemplate(
        "Weggeefwinkel verliest haar pand", 0, "Armoede", "influencing",
        "De corporatie wil het pand aan de {street} verkopen. De weggeefwinkel, waar elke week "
        "zo'n 200 buurtbewoners komen, staat dan op straat.",
        "Een betaalbare nieuwe plek in de wijk voordat het huurcontract afloopt.",
        (("Woonstad Rotterdam", "against", 5), ("Gemeente Rotterdam", "neutral", 4),
         ("Gebiedscommissie {district}", "for", 3), ("Wethouder Armoedebestrijding", "neutral", 5)),
        (("meeting", "Verkennend gesprek met vrijwilligers en vaste bezoekers.",
          "Twaalf mensen willen meedoen."),
         ("petition", "Petitie 'De weggeefwinkel blijft!' in de wijk opgehaald.",
          "640 handtekeningen."),
         ("letter", "Brief aan de corporatie en de gebiedscommissie.",
          "Ontvangstbevestiging, nog geen antwoord."),
         ("council_speech", "Twee vrijwilligers spreken in bij de gebiedscommissie.",
          "Commissie vraagt het college om een oplossing."),
         ("media", "Artikel en foto in de wijkkrant.", "")),
        ("de toekomst van de weggeefwinkel", "de verkoop van het pand van de weggeefwinkel"),
        ("Vrijwilligers van de weggeefwinkel horen dat het pand verkocht wordt.",
         "Bezoekers vragen waar ze straks nog terechtkunnen voor kleding.",
         "Moeders van het schoolplein maken zich zorgen over de weggeefwinkel.")),
    DossierTemplate(
        "Sloopplannen zonder inspraak van bewoners", 1, "Wonen", "agenda_setting",
        "De corporatie wil 240 woningen rond de {street} slopen. Bewoners hoorden het via een "
        "brief; er is geen klankbordgroep en niemand weet waar ze straks kunnen wonen.",
        "Een echte stem in de plannen: een bewonerscommissie met ondersteuning en "
        "terugkeergarantie voor wie dat wil.",
        (("Havensteder", "against", 5), ("Gemeente Rotterdam", "neutral", 4),
         ("Gebiedscommissie {district}", "for", 2)),
        (("meeting", "Bewonersbijeenkomst in het buurthuis: 80 bewoners.",
          "Bewonerscommissie opgericht."),
         ("letter", "Brief van de bewonerscommissie aan de directie van de corporatie.",
          "Uitnodiging voor een gesprek."),
         ("petition", "Handtekeningen voor inspraak opgehaald.", "410 handtekeningen.")),
        ("de sloopplannen", "wat de sloop betekent voor haar gezin", "de terugkeergarantie"),
        ("Bewoners van de {street} kregen een brief over sloop zonder uitleg.",
         "Ouderen in de flat raken in paniek over verhuizen.",
         "Bewoners durven geen reparaties meer te vragen sinds de sloopbrief.")),
    DossierTemplate(
        "Burgerberaad over de toekomst van Hillesluis", 3, "Participatie", "result",
        "Beslissingen over de wijk worden genomen zonder de bewoners die er wonen; op "
        "inspraakavonden komen steeds dezelfde mensen.",
        "Een burgerberaad met gelote bewoners dat advies geeft over het wijkbudget.",
        (("Gemeente Rotterdam", "for", 5), ("Gebiedscommissie {district}", "for", 3)),
        (("meeting", "Verkenning met bewoners en de gebiedscommissie.", ""),
         ("alderman_talk", "Gesprek met de wethouder over een burgerberaad.",
          "Wethouder steunt een pilot."),
         ("citizens_assembly", "Burgerberaad met 40 gelote bewoners, vier avonden.",
          "Advies over het wijkbudget opgesteld."),
         ("letter", "Advies aangeboden aan de gemeente.",
          "Gemeente neemt 7 van de 9 adviezen over.")),
        ("het burgerberaad", "meedoen aan het burgerberaad"),
        ("Bewoners zeggen dat inspraakavonden 'toch niks uitmaken'.",),
        outcome="Het burgerberaad is gehouden; de gemeente neemt zeven van de negen adviezen "
                "over."),
    DossierTemplate(
        "Gordijnen overdag dicht in de Bloemhof", 2, "Eenzaamheid", "signalling",
        "Bij steeds meer woningen blijven de gordijnen overdag dicht. Buren maken zich zorgen "
        "over ouderen die niemand meer ziet.", "",
        (), (), ("de dichte gordijnen bij de buren", "een buurman die niemand meer ziet"),
        ("Op de {street} zijn bij vier woningen al weken de gordijnen dicht.",
         "De postbode zegt dat bij een oudere buurvrouw de post blijft liggen.",
         "Buurvrouw maakt zich zorgen om de man op nummer 12.")),
    DossierTemplate(
        "Schimmel en vocht in de portiekflats", 1, "Wonen", "exploring",
        "In de portiekflats aan de {street} hebben veel huishoudens schimmel; kinderen hoesten.",
        "Een onderzoek naar de oorzaak en een plan van aanpak van de corporatie.",
        (("Havensteder", "neutral", 5), ("GGD Rotterdam-Rijnmond", "for", 3)),
        (("meeting", "Ronde langs de portieken met twee bewoners.",
          "23 huishoudens met schimmel."),),
        ("schimmel in de slaapkamer", "de vochtmeting"),
        ("Kinderen in de flat hoesten de hele winter.",
         "Bewoners melden schimmel, corporatie komt niet.")),
    DossierTemplate(
        "Speeltuin dreigt te sluiten", 3, "Jongeren", "evaluation",
        "De gemeente wilde de speeltuin aan de {street} sluiten wegens bezuinigingen.",
        "De speeltuin blijft open, beheerd door bewoners.",
        (("Gemeente Rotterdam – Stadsbeheer", "against", 4), ("Gemeente Rotterdam", "neutral", 5)),
        (("petition", "Kinderen en ouders verzamelen handtekeningen.", "900 handtekeningen."),
         ("council_speech", "Moeders spreken in bij de gemeenteraad.", "Motie aangenomen."),
         ("alderman_talk", "Gesprek met de wethouder over beheer door bewoners.",
          "Afspraak over beheer.")),
        ("de speeltuin", "vrijwilligers voor de speeltuin"),
        ("Ouders horen dat de speeltuin dicht moet.",),
        outcome="De speeltuin blijft open; een speeltuinvereniging van bewoners beheert haar.",
        lessons="Kinderen zelf laten inspreken maakte indruk. Te laat begonnen met de "
                "vereniging: de overdracht kostte maanden."),
    DossierTemplate(
        "Hoge energierekeningen in de oude huurwoningen", 0, "Energie", "result",
        "Huurders in slecht geïsoleerde woningen betalen veel te veel aan energie.",
        "Isolatie door de corporatie en hulp bij de rekening.",
        (("Woonstad Rotterdam", "neutral", 5), ("Gemeente Rotterdam", "for", 3)),
        (("meeting", "Energiecafé met 35 bewoners.", ""),
         ("letter", "Brief aan de corporatie met 60 voorbeelden.", "Corporatie zegt isolatie toe."),
         ("media", "Reportage op de lokale tv.", "")),
        ("de energierekening", "isolatie van de ramen"),
        ("Bewoners zitten 's winters met de jas aan binnen.",
         "Veel vragen over de eindafrekening."),
        outcome="De corporatie isoleert 120 woningen volgend jaar; het energieloket helpt nu "
                "aan huis."),
    DossierTemplate(
        "Onveilige oversteek bij de school", 3, "Veiligheid", "signalling",
        "Bij het schoolhek wordt hard gereden; ouders zijn bang voor ongelukken.", "",
        (), (), ("de oversteek bij de school",),
        ("Twee bijna-ongelukken bij de school deze maand.",
         "Ouders laten kinderen niet meer alleen lopen.")),
)
# Larger demo sizes get more dossiers: (title, theme, topic of contacts, first signal).
EXTRA_DOSSIERS = (
    ("Geen plek voor jongeren in de {street}", "Jongeren", "een plek voor de jongeren",
     "Jongeren worden overal weggestuurd."),
    ("Lift in de seniorenflat steeds kapot", "Wonen", "de kapotte lift",
     "Ouderen zitten dagen vast op de vierde verdieping."),
    ("Zwerfafval rond de containers aan de {street}", "Groen", "het afval bij de containers",
     "Ratten gezien bij de containers."),
    ("Wachtlijst huisarts voor nieuwkomers", "Gezondheid", "geen huisarts kunnen vinden",
     "Nieuwe bewoners worden door elke praktijk geweigerd."),
    ("Taalles verdwijnt uit de bibliotheek", "Taal", "het stoppen van de taalles",
     "Cursisten horen dat de taalles na de zomer stopt."),
    ("Ontmoetingsruimte in de flat gesloten", "Ontmoeting", "de gesloten ontmoetingsruimte",
     "De sleutel van de ontmoetingsruimte is ingenomen."),
)


DOSSIER_TODO = ("Bewoners bellen voor de volgende bijeenkomst",
                "Feiten op een rij zetten voor de brief", "Afspraak maken met de corporatie")


def dossiers(world: World) -> None:
    """Dossiers with phase history, people involved, targets, actions and action points."""
    rng = world.rng("dossiers")
    wid, today = world.worker_id, world.today
    templates = list(DOSSIERS)
    for k in range(world.people // 25_000):
        title, theme, topic, signal = EXTRA_DOSSIERS[k % len(EXTRA_DOSSIERS)]
        templates.append(DossierTemplate(
            title, k % len(world.areas), theme, PHASES[k % len(PHASES)],
            "Bewoners van de {street} lopen hier al lang tegenaan.", "Een oplossing met bewoners.",
            (("Gemeente Rotterdam", "neutral", 4),), (("meeting", "Gesprek met bewoners.", ""),),
            (topic,), (signal, "Meerdere bewoners melden hetzelfde.")))
    groups = {g.name: g.id for g in world.groups}
    for template in templates:
        a = template.area % len(world.areas)
        info = world.areas[a]
        street = rng.choice(info.streets).name
        fmt = {"street": street, "district": info.area.district, "area": info.area.name}
        title = template.title.format(**fmt)
        phase_index = PHASES.index(template.phase)
        started = world.days_ago(rng.randint(60 + 45 * phase_index, 200 + 90 * phase_index))
        span = (today - started).days - 7
        offsets = sorted(rng.sample(range(1, span), phase_index)) if phase_index else []
        reached = [started] + [started + dt.timedelta(days=d) for d in offsets]
        closed = None
        if template.phase == "evaluation":
            closed = reached[-1] + dt.timedelta(days=rng.randint(1, 6))
        did = world.ids("dossiers")
        world.add("dossiers", {
            "id": did, "title": title, "theme_id": world.themes[template.theme],
            "neighbourhood_id": info.id, "problem": template.problem.format(**fmt),
            "desired": template.desired, "phase": template.phase, "outcome": template.outcome,
            "lessons": template.lessons, "closed_on": closed, "worker_id": wid,
            **world.stamps(started, did)})
        for phase, day in zip(PHASES, reached, strict=False):
            world.add("dossier_phase_steps", {"id": world.ids("dossier_phase_steps"),
                                              "dossier_id": did, "phase": phase, "reached_on": day})
        # Who is involved: trekkers, meedenkers, and the households it is about.
        people = rng.sample(world.by_area[a], min(len(world.by_area[a]), rng.randint(5, 14)))
        pool = world.active[a] or world.engaged[a] or world.by_area[a]
        leaders = rng.sample(pool, min(rng.randint(1, 2), len(pool)))
        involved: dict[int, str] = {p: "organiser" for p in leaders}
        for k, pid in enumerate(people):
            involved.setdefault(pid, "thinker" if k < 3 else "affected")
        local = [g for g in world.groups if g.area == a and g.kind == "informal"]
        if local:
            involved.setdefault(rng.choice(local).id, "thinker")
        for actor_id, role in involved.items():
            world.add("dossier_involvements", {"dossier_id": did, "actor_id": actor_id,
                                               "role": role, **world.stamps(started)})
        for name, stance, influence in template.targets:
            name = name.format(**fmt)
            world.add("dossier_targets", {"id": world.ids("dossier_targets"), "dossier_id": did,
                                          "actor_id": groups.get(name), "name": name,
                                          "stance": stance, "influence": influence,
                                          **world.stamps(started)})
        # Actions in order, spread from the start to the last phase reached (or today).
        end = reached[-1] if phase_index >= 2 else today
        gap = max(1, (end - started).days)
        days = sorted(rng.sample(range(gap + 1), min(len(template.actions), gap + 1)))
        for (kind, description, result), d in zip(template.actions, days, strict=False):
            day = started + dt.timedelta(days=d)
            world.add("dossier_actions", {"id": world.ids("dossier_actions"), "dossier_id": did,
                                          "occurred_on": day, "kind": kind,
                                          "description": description, "result": result,
                                          "worker_id": wid, **world.stamps(day)})
        if closed is None:
            for text in DOSSIER_TODO[: rng.randint(1, 3)]:
                owner = rng.choice(leaders) if leaders and rng.random() < 0.5 else None
                due = today + dt.timedelta(days=rng.randint(-20, 30))
                world.add("action_points", action_point(world, text, owner, due,
                                                        "open" if rng.random() < 0.6 else
                                                        "in_progress", None, dossier_id=did))
        world.dossiers.append(DossierInfo(did, title, a, template.theme, started,
                                          template.topics, template.phase))
        world.signal_texts[did] = tuple(s.format(**fmt) for s in template.signals)
        world.writer.advance(30)


def action_status(rng: random.Random, today: dt.date, made: dt.date,
                  due: dt.date) -> tuple[str, dt.date | None]:
    """A believable status for an action point made on `made` and due on `due`."""
    late = (today - due).days
    if late < 0:
        status = rng.choices(("open", "in_progress", "done"), weights=(55, 35, 10))[0]
    elif late < 30:
        status = rng.choices(("open", "in_progress", "done"), weights=(35, 25, 40))[0]
    else:
        status = rng.choices(("done", "cancelled", "open", "in_progress"),
                             weights=(78, 7, 10, 5))[0]
    done_on = None
    if status == "done":
        last = min(today, due + dt.timedelta(days=14))
        done_on = made + dt.timedelta(days=rng.randint(0, max(0, (last - made).days)))
    return status, done_on


def action_point(world: World, description: str, owner: int | None, due: dt.date | None,
                 status: str, done_on: dt.date | None, *, meeting_id: int | None = None,
                 agenda_item_id: int | None = None, contact_moment_id: int | None = None,
                 dossier_id: int | None = None, made: dt.date | None = None) -> dict:
    apid = world.ids("action_points")
    return {"id": apid, "description": description, "owner_actor_id": owner,
            "owner_worker_id": None if owner else world.worker_id, "due_on": due,
            "status": status, "done_on": done_on, "meeting_id": meeting_id,
            "agenda_item_id": agenda_item_id, "contact_moment_id": contact_moment_id,
            "dossier_id": dossier_id, "worker_id": world.worker_id,
            **world.stamps(made or world.today, apid)}


LOOSE_SIGNALS = {
    "Wonen": ("Lekkage in de portiek aan de {street} al maanden niet verholpen.",
              "Bewoners van de {street} krijgen geen antwoord op reparatieverzoeken."),
    "Armoede": ("Meer gezinnen vragen naar de voedselbank.",
                "Kinderen komen zonder ontbijt op school."),
    "Eenzaamheid": ("Oudere bewoners komen niet meer naar de koffieochtend.",),
    "Veiligheid": ("Straatverlichting op de {street} al weken kapot.",
                   "Drugsafval in de portiek aan de {street}."),
    "Groen": ("Zwerfafval rond de containers aan de {street}.",),
    "Jongeren": ("Jongeren hebben 's avonds geen plek sinds het jongerencentrum dicht is.",),
    "Gezondheid": ("Nieuwkomers kunnen zich niet inschrijven bij een huisarts.",),
    "Taal": ("Bewoners begrijpen de brieven over de nieuwe afvalregels niet.",),
    "Energie": ("Veel vragen over de eindafrekening van de energie.",),
}


def signals(world: World) -> None:
    """Signals: collective ones (combining a few) feeding dossiers, and loose ones."""
    rng = world.rng("signals")
    wid = world.worker_id

    def source(a: int) -> dict:
        r = rng.random()
        if r < 0.55:
            return {"source_actor_id": rng.choice(world.by_area[a]), "anonymous_source": False}
        return {"source_actor_id": None, "anonymous_source": r < 0.8}

    def add(day: dt.date, text: str, a: int, theme: str | None, households: int,
            combined: int | None = None, dossier: int | None = None) -> int:
        sid = world.ids("signals")
        info = world.areas[a]
        world.add("signals", {
            "id": sid, "observed_on": day, "description": text,
            "location": rng.choice(info.streets).name if rng.random() < 0.7 else "",
            "neighbourhood_id": info.id, **source(a),
            "theme_id": world.themes[theme] if theme else None, "households": households,
            "combined_into_id": combined, "dossier_id": dossier, "worker_id": wid,
            **world.stamps(day, sid)})
        world.writer.advance(2)
        return sid

    for dossier in world.dossiers:
        texts = world.signal_texts[dossier.id]
        parts = [rng.randint(1, 6) for _ in texts]
        collective = add(dossier.started,
                         f"Gebundeld: {dossier.title[:1].lower()}{dossier.title[1:]}", dossier.area,
                         dossier.theme, sum(parts) + rng.randint(0, 10), dossier=dossier.id)
        for text, households in zip(texts, parts, strict=True):
            day = dossier.started - dt.timedelta(days=rng.randint(3, 120))
            add(day, text, dossier.area, dossier.theme, households, combined=collective)
    loose = list(LOOSE_SIGNALS.items())
    for k in range(15 + world.people // 100):
        theme, options = loose[k % len(loose)]
        a = rng.randrange(len(world.areas))
        text = rng.choice(options).format(street=rng.choice(world.areas[a].streets).name)
        day = world.days_ago(rng.randint(0, 540))
        if k % 10 == 9:
            # Now and then several residents report the same thing: bundle them.
            parts = [rng.randint(1, 4) for _ in range(rng.randint(2, 4))]
            collective = add(day, f"Gebundeld: {text}", a, theme, sum(parts))
            for households in parts:
                earlier = day - dt.timedelta(days=rng.randint(1, 60))
                add(earlier, text, a, theme, households, combined=collective)
        else:
            add(day, text, a, theme, rng.randint(0, 8))
