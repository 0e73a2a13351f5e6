"""The contact list in name order read from an index alone

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 20:40:00
"""
from alembic import op


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_contacts_live_by_name', 'contacts', ['deleted_at', 'sort_name', 'id'])


def downgrade() -> None:
    op.drop_index('ix_contacts_live_by_name', table_name='contacts')
