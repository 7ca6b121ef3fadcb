"""The network's figures to Excel: per actor (ties by strategy, betweenness, part), the parts,
the bridges, isolated actors and new ties per month. No Qt; written with the safe writer."""

from __future__ import annotations

from pathlib import Path

from db.services.network import NetworkFigures, NetworkMap
from db.vocabulary import GroupKind, Strategy
from exports.workbook import (
    add_sheet, freeze_below, header_row, new_workbook, put, save_atomic, set_widths, write_row,
)

MONTH_FORMAT = "mm-yyyy"


def write_network_workbook(path: Path | str, graph: NetworkMap, figures: NetworkFigures,
                           description: str = "") -> Path:
    workbook = new_workbook()
    ws = add_sheet(workbook, "Samenvatting")
    put(ws, 1, 1, "Netwerk", bold=True, size=14)
    put(ws, 2, 1, "Op datum")
    put(ws, 2, 2, graph.day)
    put(ws, 3, 1, description, wrap=True)
    counts = graph.ties_by_strategy()
    rows = [("Actoren op de kaart", len(graph.nodes)), ("Relaties", len(graph.edges)),
            *((f"Relaties {s.label.lower()}", counts[s]) for s in Strategy),
            ("Losse delen", len(figures.component_sizes)),
            ("Grootste deel (actoren)", figures.component_sizes[0]
             if figures.component_sizes else 0),
            ("Zonder relatie", len(figures.isolated)), ("Bruggen", len(figures.bridges))]
    for r, (name, value) in enumerate(rows, start=5):
        write_row(ws, r, (name, value))
    if figures.betweenness_estimated:
        put(ws, len(rows) + 6, 1, "Brugfunctie is geschat uit een steekproef van de actoren.",
            italic=True)
    set_widths(ws, (30, 14))

    ws = add_sheet(workbook, "Actoren")
    header_row(ws, 1, ("Naam", "Soort", "Relaties", *(s.label for s in Strategy),
                       "Brugfunctie", "Deel"))
    for r, row in enumerate(figures.actors, start=2):
        kind = GroupKind.INSTITUTION.label if row.group_kind == GroupKind.INSTITUTION \
            else row.kind.label
        write_row(ws, r, (row.name, kind, row.ties, row.bonding, row.bridging, row.linking,
                          round(row.betweenness, 5), row.component))
    freeze_below(ws, 1)
    ws.auto_filter.ref = f"A1:H{max(1, len(figures.actors) + 1)}"
    set_widths(ws, (30, 14, 10, 12, 12, 12, 12, 8))

    ws = add_sheet(workbook, "Bruggen")
    header_row(ws, 1, ("Van", "Naar", "Strategie"))
    for r, bridge in enumerate(figures.bridges, start=2):
        write_row(ws, r, (bridge.source, bridge.target, bridge.strategy.label))
    freeze_below(ws, 1)
    set_widths(ws, (30, 30, 14))

    ws = add_sheet(workbook, "Zonder relatie")
    header_row(ws, 1, ("Naam",))
    for r, name in enumerate(figures.isolated, start=2):
        put(ws, r, 1, name)
    set_widths(ws, (30,))

    ws = add_sheet(workbook, "Nieuwe relaties per maand")
    header_row(ws, 1, ("Maand", *(s.label for s in Strategy)))
    for r, month in enumerate(figures.per_month, start=2):
        put(ws, r, 1, month.start, fmt=MONTH_FORMAT)
        for c, strategy in enumerate(Strategy, start=2):
            put(ws, r, c, month.by_strategy[strategy])
    freeze_below(ws, 1)
    set_widths(ws, (12, 12, 12, 12))
    return save_atomic(workbook, path)
