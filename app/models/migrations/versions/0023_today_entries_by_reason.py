"""today's entries indexed by reason, in the list's order

The window's first screen reads a kept list's first screenful section by section, and the counts its
headers show, from this index alone instead of reading all of a busy day's 18,000 rows (issue 18).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 02:40:00
"""
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_today_entries_by_reason', 'today_entries',
                    ['list_id', 'reason', 'part', 'k_order', 'k_rank', 'k_name', 'k_group', 'k_contact', 'k_follow',
                     'k_detail', 'id'])


def downgrade() -> None:
    op.drop_index('ix_today_entries_by_reason', table_name='today_entries')
