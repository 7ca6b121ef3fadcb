"""The pages of the main window; each module is imported when its page is first opened."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    name: str  # stable id, used on the command line and in settings
    title: str  # Dutch, translated where shown
    module: str
    cls: str
    shortcut: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overzicht", "Overzicht", "ui.pages.overview", "OverviewPage", "Ctrl+1"),
    PageSpec("mensen", "Mensen & groepen", "ui.pages.people", "PeoplePage", "Ctrl+2"),
    PageSpec("netwerk", "Netwerk", "ui.pages.network", "NetworkPage", "Ctrl+3"),
    PageSpec("contactmomenten", "Contactmomenten", "ui.pages.contacts", "ContactsPage", "Ctrl+4"),
    PageSpec("bijeenkomsten", "Bijeenkomsten", "ui.pages.meetings", "MeetingsPage", "Ctrl+5"),
    PageSpec("dossiers", "Dossiers", "ui.pages.dossiers", "DossiersPage", "Ctrl+6"),
    PageSpec("rapportages", "Rapportages", "ui.pages.reports", "ReportsPage", "Ctrl+7"),
)
