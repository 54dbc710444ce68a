"""Database fixtures: every store test runs against SQLite and a throwaway PostgreSQL.

The PostgreSQL 15 cluster is created with ``initdb`` in a temporary directory and listens
only on a Unix socket in that directory (no TCP port, nothing reachable from outside).
``initdb`` refuses to run as root, so as root the cluster is run as the ``postgres``
system user. When no PostgreSQL binaries exist the PostgreSQL half is skipped locally but
fails under CI (``CI=true``), so a broken CI machine cannot pass silently.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from monitor.store import Store


def _pg_bindir() -> Path | None:
    env = os.environ.get("MONITOR_TEST_PG_BINDIR")
    if env:
        return Path(env)
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class PostgresCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
        self.data = self.root / "data"
        self.sock = self.root / "sock"
        self.sock.mkdir()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            shutil.chown(self.root, self.user)
            shutil.chown(self.sock, self.user)
            os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "monitor", "--auth=trust",
                  "-E", "UTF8", "--no-sync")
        opts = f"-k {self.sock} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-w", "-l",
                  str(self.root / "log"), "start")

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://monitor@/{dbname}?host={self.sock}"

    def create_database(self, dbname: str) -> str:
        self._run(str(self.bindir / "createdb"), "-h", str(self.sock), "-U", "monitor", dbname)
        return self.url(dbname)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    bindir = _pg_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found on the CI machine")
        pytest.skip("PostgreSQL binaries not installed")
    cluster = PostgresCluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "monitor.db"
    store = Store(f"sqlite:///{path}")
    store.migrate()
    store.dispose()
    return path


@pytest.fixture(scope="session")
def _postgres_database(postgres_cluster) -> str:
    url = postgres_cluster.create_database(f"monitor_tests_{os.getpid()}")
    store = Store(url)
    store.migrate()
    store.dispose()
    return url


def _empty_postgres(url: str) -> None:
    """Reset every table to the freshly migrated state (far faster than a new database)."""
    from sqlalchemy import text

    from monitor.store import Base

    store = Store(url)
    try:
        with store.engine.begin() as conn:
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            conn.execute(text("INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, :h)"), {"h": "0" * 64})
    finally:
        store.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    """A migrated, empty database URL: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "monitor.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("_postgres_database")
    _empty_postgres(url)
    return url


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.dispose()


@pytest.fixture
def sqlite_store(tmp_path, _sqlite_template):
    path = tmp_path / "monitor.db"
    shutil.copyfile(_sqlite_template, path)
    s = Store(f"sqlite:///{path}")
    yield s
    s.dispose()
