"""bench/results.md from the outcomes of bench/suite.py: the figures against their targets
and peers, what limits each missed target, the machine, and each benchmark's own output."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.suite import Benchmark, Outcome

MODE_TEXT = {"full": "volledig (`python -m bench.suite`, `make bench`)",
             "quick": "snel (`python -m bench.suite --quick`: minder runs, kleinere schalen)",
             "tiny": "testschaal (`--tiny`: alleen de leidingen, de cijfers betekenen niets)"}
STATUS_TEXT = {"ok": "alle doelen gehaald", "gemist": "doel gemist", "mislukt": "MISLUKT",
               "ontbreekt": "ONTBREEKT", "geen cijfers": "GEEN CIJFERS"}


def cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "–"
    size = abs(value)
    digits = 0 if size >= 100 or float(value).is_integer() else 1 if size >= 10 else 2
    text = f"{value:.{digits}f}"
    return f"{text} {unit}".strip()


def verdict(met: bool | None) -> str:
    return "–" if met is None else "gehaald" if met else "**GEMIST**"


def figure_rows(outcome: Outcome) -> list[str]:
    rows = []
    for r in outcome.records:
        peer = r.get("peer") or ""
        if r.get("peer_value") is not None:
            peer = f"{peer}: {number(r['peer_value'], r.get('unit', ''))}" if peer else \
                number(r["peer_value"], r.get("unit", ""))
        ratio = "–" if r.get("ratio") is None else f"{number(r['ratio'])}×"
        rows.append(f"| {cell(outcome.name)} | {cell(r.get('figure', '?'))} "
                    f"| {cell(r.get('target') or '–')} "
                    f"| {cell(number(r.get('measured'), r.get('unit', '')))} "
                    f"| {cell(peer or '–')} | {ratio} | {verdict(r.get('met'))} |")
    if outcome.status in ("mislukt", "ontbreekt", "geen cijfers"):
        rows.append(f"| {cell(outcome.name)} | {cell(outcome.what)} | – | – | – | – "
                    f"| **{STATUS_TEXT[outcome.status]}** |")
    return rows


def limits(outcomes: Sequence[Outcome]) -> list[str]:
    """One line per missed target; targets of one benchmark with the same explanation share
    a line, so the reason is said once."""
    lines = []
    for o in outcomes:
        groups: dict[str, list[dict]] = {}
        for r in o.records:
            if r.get("met") is False:
                groups.setdefault(r.get("note") or "", []).append(r)
        for note, missed in groups.items():
            what = "; ".join(f"{r.get('figure')}: {number(r.get('measured'), r.get('unit', ''))}"
                             f" tegen doel {r.get('target')}" for r in missed)
            lines.append(f"- **{o.name}** — {what}. **Wat het beperkt:** "
                         f"{note or '(de benchmark gaf geen toelichting)'}")
        if o.status in ("mislukt", "ontbreekt", "geen cijfers"):
            problem = o.problem.strip().splitlines()
            said = problem[0].split(":")[0] if problem else ""
            last = problem[-1] if problem else ""
            text = last if said in last else f"{said}: {last}"
            lines.append(f"- **{o.name}: {STATUS_TEXT[o.status].lower()}** — {text}")
    return lines


def overload(outcomes: Sequence[Outcome], machine: dict[str, str]) -> str:
    """A warning when the machine had more runnable processes than cores during the run."""
    loads = []
    for o in outcomes:
        try:
            loads.append(float(o.load.split("/")[0]))
        except ValueError:
            continue
    try:
        cores = int(machine.get("kernen", "0"))
    except ValueError:
        cores = 0
    if not loads or not cores or max(loads) <= cores:
        return ""
    return (f"**Let op:** de machine was overbelast tijdens deze metingen (belasting tot "
            f"{max(loads):.1f} bij {cores} kernen, door processen buiten de benchmark): een "
            f"proces kreeg vaak maar een deel van een kern, dus tijden zijn tot "
            f"~{max(loads) / cores:.0f}× te hoog en een doel kan daardoor gemist zijn. Herhaal "
            f"een gemist doel op een rustige machine met `python -m bench.suite --only NAAM`.")


def render(registry: Sequence[Benchmark], outcomes: Sequence[Outcome | None], mode: str,
           machine: dict[str, str], run_seconds: float, ran_now: Sequence[str]) -> str:
    shown = [o for o in outcomes if o is not None]
    not_run = [b.name for b, o in zip(registry, outcomes, strict=True) if o is None]
    records = [r for o in shown for r in o.records]
    met = sum(r.get("met") is True for r in records)
    missed = sum(r.get("met") is False for r in records)
    broken = [o for o in shown if o.status in ("mislukt", "ontbreekt", "geen cijfers")]
    dates = sorted(o.started for o in shown if o.started)
    total = sum(o.seconds for o in shown)
    out = ["# Benchmarkresultaten", ""]
    out.append(f"Geschreven {dt.datetime.now():%d-%m-%Y %H:%M}; modus {MODE_TEXT[mode]}.")
    if dates:
        out.append(f"Gemeten tussen {dates[0].replace('T', ' ')} en "
                   f"{dates[-1].replace('T', ' ')}; de benchmarks samen {total / 60:.1f} min"
                   + (f", de laatste run ({', '.join(ran_now)}) {run_seconds / 60:.1f} min"
                      if ran_now else "") + ".")
    out += ["", f"**{met} doelen gehaald, {missed} gemist**"
            + (f"; {len(broken)} benchmark(s) mislukt of ontbrekend: "
               f"{', '.join(o.name for o in broken)}" if broken else "")
            + (f"; niet gedraaid: {', '.join(not_run)}" if not_run else "") + ".", ""]
    out += ["Elk cijfer is de mediaan van meerdere runs (min–max staan in de uitvoer per "
            "benchmark, onderaan); de peer is in dezelfde run gemeten. De verhouding is zoals "
            "het doel haar noemt: bij \"× sneller\" peer ÷ Buurtboek, bij \"× een kaal venster\" "
            "Buurtboek ÷ peer.", ""]
    out += ["| benchmark | meting | doel | gemeten | peer | verhouding | oordeel |",
            "|---|---|---|---|---|---|---|"]
    for o in shown:
        out += figure_rows(o)
    for name in not_run:
        out.append(f"| {cell(name)} | niet gedraaid in deze modus | – | – | – | – | – |")
    lines = limits(shown)
    out += ["", "## Wat de gemiste doelen beperkt", ""]
    warning = overload(shown, machine)
    if warning and lines:
        out += [warning, ""]
    out += lines or ["Geen: elk doel is gehaald."]
    out += ["", "## Machine", "", "| | |", "|---|---|"]
    out += [f"| {cell(k)} | {cell(v)} |" for k, v in machine.items()]
    out += ["", "Een gedeelde machine: andere processen (tests van andere ontwikkelaars) "
            "draaiden tegelijk, dus de cijfers ruisen; de belasting bij de start van elke "
            "benchmark staat hieronder."
            + (" De benchmarks draaiden met voorrang (zie prioriteit): processen van anderen "
               "kregen een kern vooral als de benchmark hem niet nodig had."
               if machine.get("prioriteit", "").startswith("nice -") else ""), ""]
    out += ["## Benchmarks", "", "| benchmark | wat | status | gestart | duur | belasting "
            "(1/5/15 min) | exit |", "|---|---|---|---|---|---|---|"]
    for o in shown:
        out.append(f"| {cell(o.name)} | {cell(o.what)} | {STATUS_TEXT[o.status]} "
                   f"| {o.started.replace('T', ' ')} | {o.seconds:.0f} s | {o.load} "
                   f"| {'–' if o.returncode is None else o.returncode} |")
    out += ["", "## Uitvoer per benchmark", ""]
    for o in shown:
        if not o.output.strip() and not o.problem:
            continue
        out += [f"<details><summary>{o.name} ({o.status}, {o.seconds:.0f} s)</summary>", "",
                "```text", o.output.rstrip() or o.problem.rstrip(), "```", "", "</details>", ""]
    return "\n".join(out).rstrip() + "\n"
