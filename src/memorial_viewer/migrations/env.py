"""Alembic environment: always runs on the connection handed over by `memorial_viewer.schema`."""

from alembic import context

from memorial_viewer.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
