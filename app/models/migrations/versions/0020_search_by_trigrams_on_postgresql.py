"""Search by trigrams on PostgreSQL (pg_trgm)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04 21:00:00
"""
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

# Search is `search_text LIKE '%word%'` on both databases: SQLite scans the column (a few ms at
# 100,000 contacts); on a server a trigram index serves words of three characters or more. Shorter
# words (one Chinese character: 李) are still answered, by the same LIKE over the rows.
_INDEXES = (("ix_contacts_search_trgm", "contacts"), ("ix_playbook_entries_search_trgm", "playbook_entries"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    available = bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first()
    if available is None:
        return  # a server without PostgreSQL's contrib modules: search works, unindexed
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table in _INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
