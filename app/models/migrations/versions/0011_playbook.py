"""Playbook: talk tracks, objections, cases and templates, tagged by stage, product and tier

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 18:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'playbook_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('slug', sa.String(), nullable=False),
        sa.Column('title', sa.String(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('format', sa.String(length=8), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('stages', sa.Text(), nullable=False),
        sa.Column('products', sa.Text(), nullable=False),
        sa.Column('tiers', sa.Text(), nullable=False),
        sa.Column('search_text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_playbook_entries')),
        sa.UniqueConstraint('slug', name=op.f('uq_playbook_entries_slug')),
    )


def downgrade() -> None:
    op.drop_table('playbook_entries')
