"""Crash safety, proven by killing (bench/soak.py is the long version): a child process makes
single edits through the services and acknowledges each after its commit; SIGKILL at a
random moment; every acknowledged edit must be there and integrity_check must be ok."""

from __future__ import annotations

import random

import pytest

from bench import soak


@pytest.fixture(scope="module")
def launcher():
    launcher = soak.Launcher()
    yield launcher
    launcher.close()


def test_twenty_killed_editors_lose_no_acknowledged_edit(launcher, tmp_path):
    result = soak.Result()
    soak.edit_rounds(launcher, tmp_path, rounds=20, edits=100, rng=random.Random(9),
                     result=result)
    assert result.rounds == 20
    assert result.killed_midway >= 18  # the kills really land during the edits
    assert result.acknowledged > 100
    assert result.lost == 0
    assert result.problems == []


def test_a_killed_demo_import_leaves_nothing_behind(launcher, tmp_path):
    result = soak.Result()
    soak.import_rounds(launcher, tmp_path, rounds=2, people=300, rng=random.Random(4),
                       result=result)
    assert result.killed_midway == 2
    assert result.problems == []


def test_a_killed_backup_leaves_no_damaged_backup_under_a_real_name(launcher, tmp_path):
    from db import demo
    from db.database import open_database
    from db.engine import sqlite_url

    source = tmp_path / "source.sqlite"
    database = open_database(sqlite_url(source))
    demo.run(database.engine, demo.DemoSize(people=60, seed=2))
    database.close()
    result = soak.Result()
    soak.backup_rounds(launcher, tmp_path, rounds=4, source=source, rng=random.Random(2),
                       result=result)
    assert result.killed_midway >= 1  # the first round runs to the end on purpose
    assert result.problems == []


def test_the_verifier_notices_a_lost_edit(tmp_path):
    """The check itself can fail: an acknowledged edit that is not there counts as lost."""
    path, people = soak.make_template(tmp_path)
    acked, lost, problems = soak.verify_edits(path, ["P 1 999", f"U 2 {people[0]}"])
    assert (acked, lost, problems) == (2, 2, [])
