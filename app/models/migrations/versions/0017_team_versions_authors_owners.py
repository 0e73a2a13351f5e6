"""Several people on one store: a version on each contact, who wrote what, a customer's owner, and a
change marker the window polls

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 20:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contacts') as batch:
        # server_default: every contact already there starts at version 1.
        batch.add_column(sa.Column('version_id', sa.Integer(), server_default='1', nullable=False))
        batch.add_column(sa.Column('updated_by', sa.String(), nullable=True))
        batch.add_column(sa.Column('owner', sa.String(), nullable=True))
    op.create_index(op.f('ix_contacts_owner'), 'contacts', ['owner'])
    for table in ('interactions', 'notes', 'purchases'):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column('created_by', sa.String(), nullable=True))
    revision_table = op.create_table(
        'store_revision',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_store_revision')),
    )
    op.bulk_insert(revision_table, [{'id': 1, 'revision': 0}])


def downgrade() -> None:
    op.drop_table('store_revision')
    for table in ('purchases', 'notes', 'interactions'):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('created_by')
    op.drop_index(op.f('ix_contacts_owner'), table_name='contacts')
    with op.batch_alter_table('contacts') as batch:
        batch.drop_column('owner')
        batch.drop_column('updated_by')
        batch.drop_column('version_id')
