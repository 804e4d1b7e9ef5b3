"""Alembic environment: uses the caller's connection when given one (the app applies migrations
on open), else the URL in the config (developers running ``alembic`` by hand)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from shopprivacy.storage.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn: object) -> None:
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)
