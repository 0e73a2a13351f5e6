"""sort names by pronunciation

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 12:04:58.586496
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_name', sa.String(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_contacts_sort_name'), ['sort_name'], unique=False)
    # A first approximation; the app recomputes derived columns (pinyin and all) on start
    # when their version changes (app/services/derived.py, DERIVED_VERSION).
    op.execute("UPDATE contacts SET sort_name = lower(display_name)")


def downgrade() -> None:
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_sort_name'))
        batch_op.drop_column('sort_name')

