"""The demo neighbourhood generator (db.demo): contents, determinism, cancel and refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

import db.demo.writer as demo_writer
from db.demo import Cancelled, DemoSize, DemoSummary, run
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import Base
from db.vocabulary import ActorKind, DossierPhase, GroupKind, Strategy, default_strategy

TODAY = dt.date(2026, 11, 24)
PEOPLE = 200

# Every table the demo fills; the rest (positions, attachments, audit log) stay empty.
FILLED = (
    "workers", "app_meta", "neighbourhoods", "themes", "actors", "persons", "groups", "places",
    "actor_themes", "person_languages", "talents", "participation_steps", "memberships", "ties",
    "contact_moments", "contact_participants", "contact_themes", "initiatives",
    "initiative_people", "meeting_series", "series_template_items", "meetings", "agenda_items",
    "attendance", "decisions", "action_points", "signals", "dossiers", "dossier_phase_steps",
    "dossier_involvements", "dossier_targets", "dossier_actions", "dossier_meetings",
    "dossier_contacts", "stories", "story_actors", "consents",
)
NOT_FILLED = ("actor_positions", "attachments", "audit_log")


def _engine(path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    return engine


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar()
                for name, table in Base.metadata.tables.items()}


def _rows(engine, table: str) -> list[tuple]:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    engine = _engine(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    calls: list[tuple[int, int, str]] = []
    summary = run(engine, DemoSize(people=PEOPLE, seed=7), progress=lambda *a: calls.append(a),
                  today=TODAY)
    yield engine, summary, calls
    engine.dispose()


def test_fills_every_table(demo):
    engine, summary, _ = demo
    counts = _counts(engine)
    empty = [name for name in FILLED if counts[name] == 0]
    assert not empty, f"tables left empty: {empty}"
    assert all(counts[name] == 0 for name in NOT_FILLED)
    assert counts["persons"] == PEOPLE
    assert counts["contact_moments"] == 10 * PEOPLE
    assert counts["actors"] == counts["persons"] + counts["groups"] + counts["places"]
    assert isinstance(summary, DemoSummary)
    assert summary.people == PEOPLE and summary.contact_moments == 10 * PEOPLE
    assert summary.ties == counts["ties"] and summary.dossiers == counts["dossiers"]
    assert summary.total_rows == sum(counts[name] for name in FILLED)


def test_database_is_consistent(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_worker_and_meta(demo):
    engine, summary, _ = demo
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM workers")).scalars().all() == ["Samira Ouali"]
        meta = dict(conn.execute(text("SELECT key, value FROM app_meta")).all())
        assert meta["demo_seed"] == "7" and meta["demo_people"] == str(PEOPLE)
        for table in ("actors", "contact_moments", "ties", "meetings", "dossiers", "stories"):
            workers = conn.execute(text(f"SELECT DISTINCT worker_id FROM {table}")).scalars().all()
            assert workers == [summary.worker_id], table


def test_strategies_follow_the_vocabulary(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT t.source_id, t.target_id, t.strategy, a.kind, ga.group_kind, b.kind, "
            "gb.group_kind, t.strength FROM ties t "
            "JOIN actors a ON a.id = t.source_id LEFT JOIN groups ga ON ga.id = a.id "
            "JOIN actors b ON b.id = t.target_id LEFT JOIN groups gb ON gb.id = b.id")).all()
    assert {row[2] for row in rows} == {s.value for s in Strategy}
    for source, target, strategy, kind_a, gk_a, kind_b, gk_b, strength in rows:
        assert source != target
        assert 1 <= strength <= 5
        expected = default_strategy(ActorKind(kind_a), GroupKind(gk_a) if gk_a else None,
                                    ActorKind(kind_b), GroupKind(gk_b) if gk_b else None)
        assert strategy == expected.value
    assert len(rows) >= 2 * PEOPLE


def test_dossiers_cover_every_phase_in_order(demo):
    engine, _, _ = demo
    with engine.connect() as conn:
        phases = set(conn.execute(text("SELECT phase FROM dossiers")).scalars())
        steps = conn.execute(text(
            "SELECT dossier_id, phase, reached_on FROM dossier_phase_steps "
            "ORDER BY dossier_id, id")).all()
        combined = conn.execute(text(
            "SELECT count(*) FROM signals WHERE combined_into_id IS NOT NULL")).scalar()
        linked = conn.execute(text("SELECT count(*) FROM signals WHERE dossier_id IS NOT NULL"))
        assert linked.scalar() > 0
    assert phases == {p.value for p in DossierPhase}
    order = [p.value for p in DossierPhase]
    by_dossier: dict[int, list[tuple[str, str]]] = {}
    for dossier_id, phase, reached in steps:
        by_dossier.setdefault(dossier_id, []).append((phase, reached))
    for history in by_dossier.values():
        assert [phase for phase, _ in history] == order[: len(history)]
        dates = [reached for _, reached in history]
        assert dates == sorted(dates)
    assert combined > 0


def test_dates_are_relative_to_today(demo):
    engine, _, _ = demo
    today, year_ago = TODAY.isoformat(), (TODAY - dt.timedelta(days=364)).isoformat()
    with engine.connect() as conn:
        first, last = conn.execute(text(
            "SELECT min(occurred_on), max(occurred_on) FROM contact_moments")).one()
        upcoming = conn.execute(text(
            "SELECT count(*) FROM meetings WHERE starts_at >= :t"), {"t": today}).scalar()
        past = conn.execute(text(
            "SELECT count(*) FROM meetings WHERE starts_at < :t"), {"t": today}).scalar()
        overdue = conn.execute(text(
            "SELECT count(*) FROM action_points WHERE status IN ('open', 'in_progress') "
            "AND due_on < :t"), {"t": today}).scalar()
        soon = conn.execute(text(
            "SELECT count(*) FROM action_points WHERE status <> 'done' AND due_on >= :t"),
            {"t": today}).scalar()
        anonymous = conn.execute(text(
            "SELECT count(*) FROM contact_moments c WHERE anonymous_count > 0 AND NOT EXISTS "
            "(SELECT 1 FROM contact_participants p WHERE p.contact_moment_id = c.id)")).scalar()
        silent = conn.execute(text(
            "SELECT count(*) FROM contact_moments c WHERE anonymous_count = 0 AND NOT EXISTS "
            "(SELECT 1 FROM contact_participants p WHERE p.contact_moment_id = c.id)")).scalar()
        created = conn.execute(text("SELECT max(created_at) FROM contact_moments")).scalar()
    assert year_ago <= first and last <= today
    assert past > 30 and upcoming >= 6
    assert overdue > 0 and soon > 0
    assert anonymous > 0 and silent == 0
    assert created[:10] <= today


def test_progress_has_a_fixed_total_and_ends_done(demo):
    _, _, calls = demo
    totals = {total for _, total, _ in calls}
    assert len(totals) == 1
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]
    labels = [label for _, _, label in calls]
    assert "Bewoners aanmaken" in labels and "Contactmomenten" in labels


def test_same_seed_same_rows_whatever_the_batch_size(demo, tmp_path, monkeypatch):
    engine, _, _ = demo
    # Tiny batches: many flushes in foreign-key order, same rows as one big batch.
    monkeypatch.setattr(demo_writer, "BATCH_ROWS", 97)
    monkeypatch.setattr(demo_writer, "REPORT_ROWS", 500)
    other = _engine(tmp_path / "again.sqlite")
    run(other, DemoSize(people=PEOPLE, seed=7), today=TODAY)
    for table in ("persons", "actors", "contact_moments", "contact_participants", "ties",
                  "action_points", "signals"):
        assert _rows(other, table) == _rows(engine, table), table
    different = _engine(tmp_path / "other-seed.sqlite")
    run(different, DemoSize(people=PEOPLE, seed=8), today=TODAY)
    assert _rows(different, "persons") != _rows(engine, "persons")
    for e in (other, different):
        e.dispose()


def test_cancel_midway_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_writer, "BATCH_ROWS", 200)
    monkeypatch.setattr(demo_writer, "REPORT_ROWS", 200)
    engine = _engine(tmp_path / "cancel.sqlite")
    labels: list[str] = []

    def cancelled() -> bool:  # stop after a good part of the contact moments is written
        return labels.count("Contactmomenten") > 20

    with pytest.raises(Cancelled):
        run(engine, DemoSize(people=300), progress=lambda d, t, label: labels.append(label),
            cancelled=cancelled, today=TODAY)
    assert labels.count("Contactmomenten") > 20
    counts = _counts(engine)
    assert {name: n for name, n in counts.items() if n} == {}
    engine.dispose()


@pytest.mark.parametrize("seed", range(4))
def test_smallest_size_and_no_contacts(tmp_path, seed):
    engine = _engine(tmp_path / "tiny.sqlite")
    summary = run(engine, DemoSize(people=10, contacts=0 if seed == 0 else None, seed=seed),
                  today=TODAY)
    assert summary.people == 10
    assert summary.contact_moments == (0 if seed == 0 else 100)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()


def test_refuses_bad_sizes_and_a_database_with_actors(demo, tmp_path):
    engine, _, _ = demo
    with pytest.raises(ValueError, match="lege database"):
        run(engine, DemoSize(people=PEOPLE), today=TODAY)
    fresh = _engine(tmp_path / "fresh.sqlite")
    for people in (9, 1_000_001):
        with pytest.raises(ValueError, match="bewoners"):
            run(fresh, DemoSize(people=people), today=TODAY)
    assert _counts(fresh)["workers"] == 0
    fresh.dispose()


def test_uses_a_given_worker_and_contact_count(tmp_path):
    engine = _engine(tmp_path / "worker.sqlite")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO workers (id, name, organisation, team, role, email, created_at, "
            "updated_at) VALUES (5, 'Jan Jansen', 'Welzijn', 'Team', 'opbouwwerker', '', "
            "'2026-01-01', '2026-01-01')"))
    summary = run(engine, DemoSize(people=50, contacts=123), worker_id=5, today=TODAY)
    assert summary.worker_id == 5 and summary.contact_moments == 123
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM workers")).scalar() == 1
        workers = conn.execute(text("SELECT DISTINCT worker_id FROM contact_moments")).scalars()
        assert workers.all() == [5]
    with pytest.raises(ValueError, match="Medewerker"):
        run(_engine(tmp_path / "nobody.sqlite"), DemoSize(people=50), worker_id=99, today=TODAY)
    engine.dispose()
