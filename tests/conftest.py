"""Shared test set-up: offscreen Qt, a temporary data folder, a migrated database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from db.database import open_database  # noqa: E402
from db.engine import sqlite_url  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user data folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BUURTBOEK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_dir(_isolated_data_dir):
    return _isolated_data_dir


@pytest.fixture
def database(tmp_path):
    db = open_database(sqlite_url(tmp_path / "test.sqlite"))
    yield db
    db.close()


@pytest.fixture
def services(database):
    from db.services import Services

    return Services.for_database(database)
