"""The frozen app's entry point (PyInstaller runs this file; `buurtboek` otherwise)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
