"""Losses kept after a win-back

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 03:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'losses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('lost_on', sa.Date(), nullable=True),
        sa.Column('reason', sa.String(), nullable=True),
        sa.Column('won_back_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_losses_contact_id_contacts'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_losses')),
    )
    op.create_index('ix_losses_contact', 'losses', ['contact_id', 'won_back_on'])
    # The customers lost now: their loss, from what the contact holds. Earlier win-backs left no trace.
    op.execute("INSERT INTO losses (contact_id, lost_on, reason) "
               "SELECT id, lost_on, lost_reason FROM contacts WHERE status = 'lost'")


def downgrade() -> None:
    op.drop_index('ix_losses_contact', table_name='losses')
    op.drop_table('losses')
