"""Addresses placed on a map (district or city, offline) for the day's route

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 17:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Left empty here: the app places the existing addresses in the background after the
    # upgrade (app/services/geo/stored.py), so opening a large store is not held up.
    with op.batch_alter_table('addresses') as batch:
        batch.add_column(sa.Column('geo_level', sa.String(length=8), nullable=True))
        batch.add_column(sa.Column('geo_lat', sa.Double(), nullable=True))
        batch.add_column(sa.Column('geo_lon', sa.Double(), nullable=True))
        batch.add_column(sa.Column('geo_place', sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('addresses') as batch:
        batch.drop_column('geo_place')
        batch.drop_column('geo_lon')
        batch.drop_column('geo_lat')
        batch.drop_column('geo_level')
