"""All or nothing: several service calls as one transaction.

Every service opens its own short transaction (`with db.begin()`), which is right for one
user action. A change made of several actions (`rapport set` with a tier, a phone and a
referrer; an edited customer file) must not stop halfway: `all_or_nothing(db)` gives a
session factory whose transactions are savepoints inside one outer transaction, so the
services run unchanged and a failure in any of them leaves the store as it was.

SQLite's Python driver opens transactions lazily and would turn the first SAVEPOINT into a
transaction of its own (released, it commits); the outer BEGIN is therefore said explicitly,
on this one connection, with the driver's own transaction handling switched off meanwhile.
PostgreSQL's driver has none of that: there the outer transaction is SQLAlchemy's own.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session, sessionmaker


@contextmanager
def all_or_nothing(db: sessionmaker[Session]) -> Iterator[sessionmaker[Session]]:
    engine = db.kw["bind"]
    if engine.dialect.name != "sqlite":
        with engine.connect() as connection, connection.begin():
            yield sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
        return
    with engine.connect() as connection:
        driver = connection.connection.dbapi_connection
        saved_level = driver.isolation_level
        driver.isolation_level = None  # autocommit at the driver: our BEGIN/COMMIT are the only ones
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the writer's lock now, not at the first write
            try:
                yield sessionmaker(bind=connection, expire_on_commit=False,
                                   join_transaction_mode="create_savepoint")
            except BaseException:
                connection.exec_driver_sql("ROLLBACK")
                raise
            connection.exec_driver_sql("COMMIT")
        finally:
            driver.isolation_level = saved_level
