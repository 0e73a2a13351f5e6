"""Tiers get a visit cadence beside their call cadence

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('tiers') as batch:
        batch.add_column(sa.Column('visit_cadence_days', sa.Integer(), nullable=True))
    # The defaults, literal (not from app.models): key customers visited monthly, important ones
    # quarterly; C and D are called only. A tier the user renamed keeps its code, so this still finds it.
    op.execute("UPDATE tiers SET visit_cadence_days = 30 WHERE code = 'A'")
    op.execute("UPDATE tiers SET visit_cadence_days = 90 WHERE code = 'B'")


def downgrade() -> None:
    with op.batch_alter_table('tiers') as batch:
        batch.drop_column('visit_cadence_days')
