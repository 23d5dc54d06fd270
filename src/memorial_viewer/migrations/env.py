"""Alembic environment: always runs on the connection handed over by `memorial_viewer.schema`."""

from alembic import context

from memorial_viewer.models import Base
from memorial_viewer.schema import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
