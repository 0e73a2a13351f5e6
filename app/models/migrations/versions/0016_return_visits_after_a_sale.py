"""Return visits after a sale: a follow-up knows the purchase it is about and which visit it is

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 20:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# Batch mode (SQLite cannot add a constraint otherwise) without following foreign keys: reflecting
# `contacts` would meet its birthday expression indexes, which SQLite cannot reflect.
_NO_FK_TABLES = {"resolve_fks": False}


def upgrade() -> None:
    with op.batch_alter_table('follow_ups', reflect_kwargs=_NO_FK_TABLES) as batch:
        batch.add_column(sa.Column('purchase_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('return_visit', sa.String(length=20), nullable=True))
        batch.create_foreign_key('fk_follow_ups_purchase_id_purchases', 'purchases', ['purchase_id'], ['id'],
                                 ondelete='SET NULL')
        batch.create_index(batch.f('ix_follow_ups_purchase_id'), ['purchase_id'])


def downgrade() -> None:
    with op.batch_alter_table('follow_ups', reflect_kwargs=_NO_FK_TABLES) as batch:
        batch.drop_index(batch.f('ix_follow_ups_purchase_id'))
        batch.drop_constraint('fk_follow_ups_purchase_id_purchases', type_='foreignkey')
        batch.drop_column('return_visit')
        batch.drop_column('purchase_id')
