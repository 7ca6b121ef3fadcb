"""AVG retention: the worker's decisions on records past their retention period.

The periods themselves are settings (app_meta, see db.services.storage_periods); a record
past its period shows in the review list until a decision here says otherwise.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, MadeByWorker, Timestamps


class RetentionDecision(Timestamps, MadeByWorker, Base):
    """The current decision on one record (a newer one replaces it):
    `keep`: kept on purpose, with a reason, until `keep_until` (then reviewed again);
    `anonymised`: the identity and free text are gone, nothing left to review."""

    __tablename__ = "retention_decisions"

    record_kind: Mapped[str] = mapped_column(String(30), primary_key=True)  # person, ...
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    decision: Mapped[str] = mapped_column(String(20))  # keep | anonymised
    reason: Mapped[str] = mapped_column(Text, default="")
    keep_until: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date] = mapped_column(Date)
