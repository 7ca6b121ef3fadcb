"""Verhalen: stories and contact moments marked as story, and which go into the next report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.database import Database
from db.events import Change
from db.models import ContactMoment, Story, Theme, contact_themes
from db.services.errors import ValidationError
from db.services.periods import Period


@dataclass(frozen=True)
class StoryRow:
    story_id: int | None  # None: a contact moment marked as story, not yet written up
    contact_moment_id: int | None
    told_on: dt.date
    title: str
    theme: str
    change: str
    selected: bool
    sensitive: bool


def _first_line(text: str, width: int = 80) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


class StoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, period: Period | None = None, limit: int = 500) -> list[StoryRow]:
        """Stories, and contact moments marked as story that have no story of their own,
        newest first."""
        cm_theme = (select(func.min(Theme.name)).join(
            contact_themes, contact_themes.c.theme_id == Theme.id)
            .where(contact_themes.c.contact_moment_id == ContactMoment.id)
            .correlate(ContactMoment).scalar_subquery())
        stories = (select(Story.id, Story.contact_moment_id, Story.told_on, Story.title,
                          Theme.name, Story.change, Story.selected_for_report, Story.sensitive)
                   .outerjoin(Theme, Theme.id == Story.theme_id))
        written = select(Story.contact_moment_id).where(Story.contact_moment_id.is_not(None))
        moments = (select(ContactMoment.id, ContactMoment.occurred_on, ContactMoment.note,
                          cm_theme, ContactMoment.sensitive)
                   .where(ContactMoment.is_story.is_(True), ContactMoment.id.not_in(written)))
        if period is not None:
            stories = stories.where(Story.told_on >= period.start, Story.told_on < period.stop)
            moments = moments.where(ContactMoment.occurred_on >= period.start,
                                    ContactMoment.occurred_on < period.stop)
        with self.db.session() as s:
            rows = [StoryRow(i, cm, day, title, theme or "", change or "", bool(sel), bool(sen))
                    for i, cm, day, title, theme, change, sel, sen in s.execute(
                        stories.order_by(Story.told_on.desc(), Story.id.desc()).limit(limit))]
            rows += [StoryRow(None, i, day, _first_line(note) or "(contactmoment)", theme or "",
                              "", False, bool(sen))
                     for i, day, note, theme, sen in s.execute(
                         moments.order_by(ContactMoment.occurred_on.desc()).limit(limit))]
        rows.sort(key=lambda r: (r.told_on, r.story_id or 0), reverse=True)
        return rows[:limit]

    def selected(self) -> list[StoryRow]:
        """The stories selected for the next report (oldest first), for the exports."""
        return sorted((r for r in self.list(limit=10_000) if r.selected),
                      key=lambda r: r.told_on)

    def set_selected(self, story_id: int, selected: bool) -> None:
        """Select a story for the next report, or take it out again."""
        with self.db.session.begin() as s:
            story = s.get(Story, story_id)
            if story is None:
                raise ValidationError("Dit verhaal bestaat niet (meer).", "story")
            story.selected_for_report = selected
        self.db.bus.publish(Change("story", "updated", (story_id,)))

    def write_up(self, contact_moment_id: int, selected: bool = True) -> int:
        """Turn a contact moment marked as story into a story (title from its note, theme
        from its first theme), selected for the report; returns the story's id. A second call
        returns the same story."""
        with self.db.session.begin() as s:
            moment = s.get(ContactMoment, contact_moment_id)
            if moment is None:
                raise ValidationError("Dit contactmoment bestaat niet (meer).", "contact_moment")
            existing = s.scalar(select(Story).where(
                Story.contact_moment_id == contact_moment_id).limit(1))
            if existing is not None:
                existing.selected_for_report = selected
                story_id = existing.id
            else:
                theme_id = s.scalar(select(func.min(contact_themes.c.theme_id)).where(
                    contact_themes.c.contact_moment_id == contact_moment_id))
                story = Story(title=_first_line(moment.note) or "Verhaal", body=moment.note,
                              told_on=moment.occurred_on, theme_id=theme_id,
                              contact_moment_id=contact_moment_id,
                              selected_for_report=selected, sensitive=moment.sensitive,
                              worker_id=moment.worker_id)
                s.add(story)
                s.flush()
                story_id = story.id
        self.db.bus.publish(Change("story", "created", (story_id,)))
        return story_id
