"""Alembic environment: migrations run on the connection Rapport hands in
(app.models.db.upgrade); `alembic` on the command line works with -x db=PATH or -x db=postgresql+psycopg://…"""
from alembic import context

from app.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # developer running `alembic revision --autogenerate -x db=...`
        from app.models.backend import location_of, make_engine

        where = location_of(context.get_x_argument(as_dictionary=True).get("db", "rapport-dev.db"))
        with make_engine(where).connect() as connection:
            _run(connection)
            connection.commit()
    else:
        _run(connection)


def _run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode recreates the table. PostgreSQL
    # alters in place, so batch operations there are plain ALTERs.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
