"""A screenshot in a chosen language and colour scheme, for looking at translations and
dark mode:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/preview.py \\
        --data-dir DIR --language en --scheme dark --page netwerk --screenshot out.png

The same start-up as `buurtboek --screenshot` (desktop.app.run_app), with ui.appearance
applied first with these choices (the app itself reads them from instellingen.ini).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--screenshot", required=True)
    parser.add_argument("--page", default="overzicht")
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    parser.add_argument("--scheme", choices=("system", "light", "dark"), default="light")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import run_app
    from ui import appearance, i18n

    app = QApplication(sys.argv[:1])
    scratch = tempfile.mkdtemp(prefix="buurtboek-preview-")  # the data folder's file is left alone
    settings = QSettings(os.path.join(scratch, "voorbeeld.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, args.language)
    settings.setValue(appearance.SETTING, args.scheme)
    appearance.prepare(app, settings)
    return run_app(Path(args.data_dir), screenshot=args.screenshot, page=args.page)


if __name__ == "__main__":
    sys.exit(main())
