"""Collective-advocacy dossiers with their phase and who is involved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.database import Database
from db.models import Dossier, DossierInvolvement, DossierPhaseStep, Neighbourhood, Signal, Theme
from db.vocabulary import DossierPhase


@dataclass(frozen=True)
class DossierRow:
    id: int
    title: str
    phase: DossierPhase
    phase_since: dt.date | None
    theme: str
    neighbourhood: str
    involved: int
    signals: int


class DossierService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[DossierRow]:
        """All dossiers, ordered by phase (earliest first) and then title."""
        involved = (select(func.count()).where(DossierInvolvement.dossier_id == Dossier.id)
                    .scalar_subquery())
        signals = select(func.count()).where(Signal.dossier_id == Dossier.id).scalar_subquery()
        since = (
            select(func.max(DossierPhaseStep.reached_on))
            .where(DossierPhaseStep.dossier_id == Dossier.id,
                   DossierPhaseStep.phase == Dossier.phase)
            .scalar_subquery()
        )
        with self.db.session() as s:
            rows = s.execute(
                select(Dossier.id, Dossier.title, Dossier.phase, since, Theme.name,
                       Neighbourhood.name, involved, signals)
                .outerjoin(Theme, Theme.id == Dossier.theme_id)
                .outerjoin(Neighbourhood, Neighbourhood.id == Dossier.neighbourhood_id)
            ).all()
        order = {phase: i for i, phase in enumerate(DossierPhase)}
        result = [DossierRow(i, t, DossierPhase(ph), sn, th or "", nb or "", inv, sig)
                  for i, t, ph, sn, th, nb, inv, sig in rows]
        return sorted(result, key=lambda r: (order[r.phase], r.title.lower()))
