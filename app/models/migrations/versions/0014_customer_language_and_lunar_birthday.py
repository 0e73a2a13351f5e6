"""Each customer's language for greetings, and a birthday kept in the lunar calendar

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 19:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contacts') as batch:
        batch.add_column(sa.Column('lunar_birthday', sa.String(length=5), nullable=True))
        batch.add_column(sa.Column('lunar_leap', sa.Boolean(), server_default='0', nullable=False))
        batch.add_column(sa.Column('language', sa.String(length=2), nullable=True))
    op.create_index(op.f('ix_contacts_lunar_birthday'), 'contacts', ['lunar_birthday'])


def downgrade() -> None:
    op.drop_index(op.f('ix_contacts_lunar_birthday'), table_name='contacts')
    with op.batch_alter_table('contacts') as batch:
        batch.drop_column('language')
        batch.drop_column('lunar_leap')
        batch.drop_column('lunar_birthday')
