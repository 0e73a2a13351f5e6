"""Call list reads who is due from one covering index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 14:25:23.118963
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_DUE_CARD = ['deleted_at', 'status', 'next_due', 'tier_id', 'cadence_days', 'last_contact_at', 'display_name',
             'organization']


def upgrade() -> None:
    # Plain index operations, not batch mode: recreating `contacts` would lose the birthday
    # expression indexes, which SQLite cannot reflect.
    op.drop_index('ix_contacts_live_due', table_name='contacts')
    op.create_index('ix_contacts_due_card', 'contacts', _DUE_CARD)
    # (contact_id, purchased_on) is the start of ix_purchases_value already.
    op.drop_index('ix_purchases_contact_date', table_name='purchases')
    op.create_index('ix_purchases_date', 'purchases', ['purchased_on', 'contact_id'])
    op.drop_index('ix_purchases_warranty_until', table_name='purchases')
    op.create_index('ix_purchases_warranty', 'purchases', ['warranty_until', 'contact_id', 'product', 'model'])


def downgrade() -> None:
    op.drop_index('ix_purchases_warranty', table_name='purchases')
    op.create_index('ix_purchases_warranty_until', 'purchases', ['warranty_until'])
    op.drop_index('ix_purchases_date', table_name='purchases')
    op.create_index('ix_purchases_contact_date', 'purchases', ['contact_id', 'purchased_on'])
    op.drop_index('ix_contacts_due_card', table_name='contacts')
    op.create_index('ix_contacts_live_due', 'contacts', ['deleted_at', 'status', 'next_due'])
