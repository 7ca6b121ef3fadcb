"""Demo neighbourhoods for benchmarks, built once and reused while the models and the demo
generator stay the same (the cache key is a hash of their source; a newer migration is
applied when a benchmark opens the database)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: benchmarks there run one at a time
    fcntl = None

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"


def source_key() -> str:
    digest = hashlib.sha256()
    for folder in ("db/models", "db/demo"):
        for path in sorted((ROOT / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextmanager
def _locked(path: Path):
    """One process at a time builds or migrates a cached neighbourhood; the others wait
    for it and then use what it made (benchmarks of several people run at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def demo_folder(people: int, seed: int = 1, cache: Path = CACHE) -> Path:
    """A data folder holding a demo neighbourhood of `people` residents (10 contact moments
    each); built on first use, in a temporary folder of this process that is renamed when
    complete."""
    folder = cache / f"demo-{people}-s{seed}-{source_key()}"
    with _locked(cache / f"{folder.name}.lock"):
        if (folder / "buurtboek.sqlite").exists():
            _migrate(folder)
            return folder
        building = folder.with_name(f"{folder.name}.bezig-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        try:
            subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(building),
                            "demo", "--people", str(people), "--seed", str(seed)], check=True,
                           cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        try:
            building.rename(folder)
        except OSError:  # built meanwhile by a process that does not take the lock
            if not (folder / "buurtboek.sqlite").exists():
                raise
            shutil.rmtree(building, ignore_errors=True)
    return folder


def _migrate(folder: Path) -> None:
    """Bring a cached database to the newest revision once (a new migration does not
    change the cache key), and drop the safety copy the upgrade made of it."""
    from db.database import open_database
    from db.engine import probe_engine, sqlite_url
    from db.migrate import SchemaState, inspect_schema

    url = sqlite_url(folder / "buurtboek.sqlite")
    probe = probe_engine(url)
    try:
        current = inspect_schema(probe).state is SchemaState.CURRENT
    finally:
        probe.dispose()
    if not current:
        open_database(url).close()
        for copy in folder.glob("*voor-upgrade*"):
            copy.unlink()
