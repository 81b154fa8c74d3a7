"""A throwaway PostgreSQL cluster that a test may stop and start (fault tests).

The shared test server must never be stopped: other test runs use it at the same time. Tests
that take the database away start their own cluster with ``scripts/pg-test-server`` (initdb in
a temp dir, own port and socket) and stop and start only that one, with ``pg_ctl`` as the
script does it.
"""

from __future__ import annotations

import glob
import os
import shlex
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import create_pg_database

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "pg-test-server"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(found[-1]) if found else None


@dataclass
class PrivateCluster:
    directory: Path
    admin_url: str
    bindir: Path

    @property
    def port(self) -> int:
        port = make_url(self.admin_url).port
        assert port is not None
        return port

    def _pg_ctl(self, *args: str) -> None:
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        command = [*run_as, str(self.bindir / "pg_ctl"), "-D", str(self.directory / "data"), *args]
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=90)
        if done.returncode != 0:
            log = (self.directory / "server.log").read_text(errors="replace")[-1500:]
            raise RuntimeError(f"pg_ctl {args[-1]} failed: {done.stdout}{done.stderr}\n{log}")

    def stop(self) -> None:
        """Stop the server at once, as a crash or a pulled cable would."""
        self._pg_ctl("-m", "immediate", "stop")

    def start(self) -> None:
        """Start the server again with the options ``scripts/pg-test-server`` gave it."""
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c max_connections=200"
        )
        self._pg_ctl(
            "-l", str(self.directory / "server.log"), "-w", "-t", "60", "-o", options, "start"
        )

    def ensure_running(self) -> None:
        """Start the server if an earlier test failed before it could start it again."""
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        status = subprocess.run(
            [*run_as, str(self.bindir / "pg_ctl"), "-D", str(self.directory / "data"), "status"],
            check=False,
            capture_output=True,
            timeout=30,
        )
        if status.returncode != 0:
            self.start()

    def database(self, name: str, *, password: str | None = None) -> str:
        """A new database on this cluster; its URL (a password is accepted and ignored)."""
        url = create_pg_database(self.admin_url, name)
        # The server runs with synchronous_commit off (fast); an immediate stop would then lose
        # the last acknowledged commits, which would look like data lost by the application.
        # A database setting overrides the command line, so this database commits durably.
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = on'))
        finally:
            engine.dispose()
        if password is not None:
            url = make_url(url).set(password=password).render_as_string(hide_password=False)
        return url


@contextmanager
def private_cluster() -> Iterator[PrivateCluster]:
    """Start a private cluster, or skip the test where PostgreSQL is not installed."""
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("STADSPUNT_REQUIRE_PG") == "1":
            pytest.fail("STADSPUNT_REQUIRE_PG=1 but the PostgreSQL binaries are missing")
        pytest.skip("PostgreSQL binaries are not installed (needed for a private cluster)")
    out = subprocess.run(
        ["bash", str(SCRIPT), "start"], check=True, capture_output=True, text=True, timeout=120
    ).stdout
    values: dict[str, str] = {}
    for line in out.splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        values[key] = shlex.split(value)[0] if value else ""
    cluster = PrivateCluster(Path(values["PG_TEST_DIR"]), values["STADSPUNT_TEST_PG_URL"], bindir)
    try:
        yield cluster
    finally:
        subprocess.run(
            ["bash", str(SCRIPT), "stop", str(cluster.directory)], check=False, timeout=120
        )


_shared: list[PrivateCluster] = []


def shared_private_cluster(config: pytest.Config) -> PrivateCluster:
    """One private cluster for the whole run (initdb costs seconds), stopped at its end.

    Tests using it must leave it running when they finish.
    """
    if not _shared:
        context = private_cluster()
        _shared.append(context.__enter__())
        config.add_cleanup(lambda: context.__exit__(None, None, None))
    cluster = _shared[0]
    cluster.ensure_running()
    return cluster
