"""CardDAV sync: linked address books and one status row per synced card

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_books',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(), nullable=False),
        sa.Column('url', sa.String(), nullable=False),
        sa.Column('username', sa.String(), nullable=False),
        sa.Column('sync_token', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('last_synced_at', sa.DateTime(), nullable=True),
        sa.Column('last_report', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_books')),
        sa.UniqueConstraint('label', name=op.f('uq_sync_books_label')),
    )
    op.create_table(
        'sync_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('book_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=True),
        sa.Column('uid', sa.String(), nullable=False),
        sa.Column('href', sa.String(), nullable=False),
        sa.Column('etag', sa.String(length=200), nullable=True),
        sa.Column('remote_hash', sa.String(length=64), nullable=False),
        sa.Column('local_hash', sa.String(length=64), nullable=False),
        sa.Column('local_fields', sa.Text(), nullable=False),
        sa.Column('card', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['book_id'], ['sync_books.id'], name=op.f('fk_sync_items_book_id_sync_books'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_sync_items_contact_id_contacts'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_items')),
        sa.UniqueConstraint('book_id', 'uid', name='uq_sync_items_book_uid'),
        sa.UniqueConstraint('book_id', 'href', name='uq_sync_items_book_href'),
    )
    op.create_index(op.f('ix_sync_items_contact_id'), 'sync_items', ['contact_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_sync_items_contact_id'), table_name='sync_items')
    op.drop_table('sync_items')
    op.drop_table('sync_books')
