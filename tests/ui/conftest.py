"""UI fixtures: one demo neighbourhood built once per run, copied for each test."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QSettings

from db.database import open_database
from db.engine import sqlite_url

DEMO_PEOPLE = 150


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    from db import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(sqlite_url(path))
    summary = demo.run(database.engine, demo.DemoSize(people=DEMO_PEOPLE, seed=7))
    from db.services.profile import ProfileService

    ProfileService(database).adopt(summary.worker_id)
    database.close()
    return path


@pytest.fixture
def demo_services(demo_file, tmp_path):
    from db.services import Services

    path = tmp_path / "buurtboek.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(sqlite_url(path))
    yield Services.for_database(database)
    database.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    def make(services=None, page=None):
        window = MainWindow(AppContext(), settings, "test")
        qtbot.addWidget(window)
        window.restore_state(page)
        if services is not None:
            window.attach(services)
        return window

    return make


@pytest.fixture
def today():
    return dt.date.today()
