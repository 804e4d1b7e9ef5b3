"""Where the database lives: ``--db``, else ``$SHOPPRIVACY_DB``, else the per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "shopprivacy"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "shopprivacy.db"


def resolve_database(arg: str | None) -> str:
    """A SQLAlchemy URL from a command-line value, the environment or the default path."""
    value = arg or os.environ.get("SHOPPRIVACY_DB") or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
