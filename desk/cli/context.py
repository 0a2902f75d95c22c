"""What every CLI command shares: where the data is, and the database opened (and migrated) once."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path

from desk.paths import data_dir, default_database_url
from desk.store.database import Database, open_database
from desk.store.errors import StoreError


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class CliContext:
    data_dir: Path
    database_url: str | None
    _db: Database | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        url = args.database_url or os.environ.get("DESK_DATABASE_URL") or None
        return cls(data_dir=data_dir(args.data_dir), database_url=url)

    @property
    def url(self) -> str:
        return self.database_url or default_database_url(self.data_dir)

    def db(self) -> Database:
        """The database, migrated and seeded; a problem becomes a clear CLI error."""
        if self._db is None:
            try:
                self._db = open_database(self.url, self.data_dir)
            except StoreError as exc:
                raise CliError(exc.message, 2) from exc
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
