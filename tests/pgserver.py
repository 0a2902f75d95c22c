"""A real PostgreSQL 15 server for the test session, started in a temporary folder.

Runs initdb/pg_ctl from the Debian packages (as the `postgres` user when the
tests run as root), listening only on a Unix socket in the temporary folder
and on a free loopback port. Databases for single tests are cloned from a
migrated and seeded template, which takes a fraction of a second.

The benchmark keeps its servers: `PgServer(root)` uses a folder that outlives the
server (initdb only when the folder holds no cluster yet, a clean stop that leaves
it for the next run).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")


class PgUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    def __init__(self, root: Path | None = None, settings: dict[str, str] | None = None) -> None:
        if not (PG_BIN / "initdb").exists():
            raise PgUnavailable(f"PostgreSQL 15 tidak terpasang ({PG_BIN}/initdb); pasang paket postgresql-15.")
        self.kept = root is not None  # a folder kept between runs (the benchmark's), else a temporary one
        self.settings = settings or {}  # server settings beyond the tests' own (`-c name=value`)
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def start(self) -> PgServer:
        if not (self.data / "PG_VERSION").exists():
            init = self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                             "-E", "UTF8", "--no-sync")
            if init.returncode != 0:
                raise PgUnavailable("initdb gagal: " + init.stderr[-500:])
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.socket_dir} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
                   + "".join(f" -c {name}={value}" for name, value in self.settings.items()))
        start = self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                          str(self.root / "server.log"), "-w", "-t", "60", "start")
        if start.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            raise PgUnavailable("pg_ctl start gagal: " + start.stderr[-300:] + log[-500:])
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def psql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=self.user, dbname=database,
                             autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        for attempt in range(20):
            try:
                self.psql(f'CREATE DATABASE "{name}"{clause}')
                break
            except Exception as exc:  # the template may still have a closing connection
                if "being accessed by other users" not in str(exc) or attempt == 19:
                    raise
                time.sleep(0.1)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        # A kept cluster is shut down cleanly (everything written, no recovery at the next start).
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast" if self.kept else "immediate", "-w",
                  "-t", "120", "stop")
        if not self.kept:
            shutil.rmtree(self.root, ignore_errors=True)
