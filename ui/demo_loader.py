"""Load the demo neighbourhood from the interface, off the UI thread, with Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from db import demo
from db.events import Change
from db.services import Services
from ui.tasks import Task
from ui.text import number, tr

GUI_DEMO_PEOPLE = 600


def load_demo(parent: QWidget, services: Services, people: int = GUI_DEMO_PEOPLE) -> Task | None:
    """Start loading; returns the running task (or None when the database is not empty)."""
    if services.profile.has_data():
        QMessageBox.information(
            parent, tr("Demowijk laden"),
            tr("Er staan al gegevens in deze database. De demowijk kan alleen in een lege "
               "database worden geladen; je eigen gegevens blijven zoals ze zijn."))
        return None
    profile = services.profile.current()
    worker_id = profile.id if profile else None

    def work(progress, cancelled):
        return demo.run(services.db.engine, demo.DemoSize(people=people),
                        progress=progress, cancelled=cancelled, worker_id=worker_id)

    task = Task(parent, tr("Demowijk laden"), work)

    def finished(summary) -> None:
        if profile is None and summary.worker_id is not None:
            services.profile.adopt(summary.worker_id)
        services.db.bus.publish(Change("*", "created"))
        status = getattr(parent, "statusBar", None)
        if status:
            status().showMessage(tr("Demowijk geladen: {p} bewoners en {c} contactmomenten.")
                                 .format(p=number(summary.people),
                                         c=number(summary.contact_moments)), 8000)

    def failed(error) -> None:
        if isinstance(error, demo.Cancelled):
            status = getattr(parent, "statusBar", None)
            if status:
                status().showMessage(tr("Laden geannuleerd; er is niets opgeslagen."), 8000)
            return
        QMessageBox.critical(parent, tr("Demowijk laden"),
                             tr("Het laden van de demowijk is mislukt; er is niets opgeslagen."
                                "\n\n{error}").format(error=error))

    task.finished.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task
