"""Alembic environment: always run with a connection handed in by db.migrate."""

from alembic import context

from db.migrate import include_name
from db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("Voer migraties uit via `buurtboek` (db.migrate), niet via alembic zelf.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_name=include_name,  # the FTS5 search index is not in the models
)
with context.begin_transaction():
    context.run_migrations()
