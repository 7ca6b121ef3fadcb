"""A throwaway PostgreSQL cluster for a benchmark, as .ci/run starts one for the tests:
Debian's binaries (/usr/lib/postgresql/*/bin), a temporary folder, loopback on a free port,
a random scram password in a PGPASSFILE, fsync off; as the `postgres` user when run as root.
Everything is removed when the context ends.

    with throwaway_cluster() as url:   # None when no PostgreSQL binaries are installed
        ...
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_cluster() -> Iterator[str | None]:
    """Yields a postgresql+psycopg URL (no password in it: PGPASSFILE is set in this
    process's environment, so child processes inherit it), or None without binaries."""
    bin_dir = binaries()
    if bin_dir is None:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="buurtboek-bench-pg."))
    as_pg: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    port, password = _free_port(), secrets.token_hex(18)
    pw = folder / "pw"
    pw.write_text(password + "\n")
    pw.chmod(0o600)
    if as_pg:
        shutil.chown(pw, "postgres")
    data, previous = folder / "data", os.environ.get("PGPASSFILE")
    quiet = {"stdout": subprocess.DEVNULL, "check": True}
    try:
        subprocess.run([*as_pg, str(bin_dir / "initdb"), "-D", str(data), "-U", "buurtboek",
                        f"--pwfile={pw}", "--auth-local=trust", "--auth-host=scram-sha-256",
                        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], **quiet)
        pw.unlink()
        subprocess.run([*as_pg, str(bin_dir / "pg_ctl"), "-D", str(data), "-l",
                        str(folder / "server.log"), "-w", "-o",
                        f"-k {folder} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off "
                        "-c synchronous_commit=off -c full_page_writes=off "
                        "-c max_connections=60", "start"], **quiet)
        passfile = folder / "pgpass"
        passfile.write_text(f"127.0.0.1:{port}:*:buurtboek:{password}\n")
        passfile.chmod(0o600)
        os.environ["PGPASSFILE"] = str(passfile)
        yield f"postgresql+psycopg://buurtboek@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        shutil.rmtree(folder, ignore_errors=True)
