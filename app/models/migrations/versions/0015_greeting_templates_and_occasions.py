"""The greetings desk: edited templates per occasion and language, and the user's own occasions

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 20:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'greeting_occasions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('day', sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_greeting_occasions')),
        sa.UniqueConstraint('name', name=op.f('uq_greeting_occasions_name')),
    )
    op.create_table(
        'greeting_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('occasion', sa.String(length=40), nullable=False),
        sa.Column('language', sa.String(length=2), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_greeting_templates')),
        sa.UniqueConstraint('occasion', 'language', name='uq_greeting_templates_occasion_language'),
    )


def downgrade() -> None:
    op.drop_table('greeting_templates')
    op.drop_table('greeting_occasions')
