"""Alembic environment: runs migrations on the engine handed over by ``upgrade``."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from monitor.store import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(os.environ.get("MONITOR_DATABASE_URL", "sqlite:///var/monitor.db"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        context.run_migrations()


run()
