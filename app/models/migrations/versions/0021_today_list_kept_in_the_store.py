"""Today's list kept in the store, for a new process to read at once

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 00:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'today_lists',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('days_ahead', sa.Integer(), nullable=False),
        sa.Column('language', sa.String(length=10), nullable=False),
        sa.Column('region', sa.String(length=3), nullable=False),
        sa.Column('locale_key', sa.String(length=400), nullable=True),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_today_lists')),
    )
    op.create_table(
        'today_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('list_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=True),
        sa.Column('part', sa.SmallInteger(), nullable=False),
        sa.Column('k_order', sa.Float(), nullable=False),
        sa.Column('k_rank', sa.Integer(), nullable=False),
        sa.Column('k_name', sa.Text(), nullable=False),
        sa.Column('k_group', sa.Integer(), nullable=False),
        sa.Column('k_contact', sa.Integer(), nullable=False),
        sa.Column('k_follow', sa.Integer(), nullable=False),
        sa.Column('k_detail', sa.Text(), nullable=False),
        sa.Column('display_name', sa.Text(), nullable=False),
        sa.Column('tier', sa.String(length=8), nullable=True),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('days_overdue', sa.Integer(), nullable=False),
        sa.Column('last_contact', sa.Date(), nullable=True),
        sa.Column('phone_display', sa.Text(), nullable=True),
        sa.Column('data', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['list_id'], ['today_lists.id'], name=op.f('fk_today_entries_list_id_today_lists'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_today_entries')),
    )
    op.create_index('ix_today_entries_list_contact', 'today_entries', ['list_id', 'contact_id'])
    op.create_index('ix_today_entries_in_order', 'today_entries',
                    ['list_id', 'part', 'k_order', 'k_rank', 'k_name', 'k_group', 'k_contact', 'k_follow', 'k_detail',
                     'id'])


def downgrade() -> None:
    op.drop_index('ix_today_entries_in_order', table_name='today_entries')
    op.drop_index('ix_today_entries_list_contact', table_name='today_entries')
    op.drop_table('today_entries')
    op.drop_table('today_lists')
