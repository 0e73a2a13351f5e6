"""Events (lecture, member day, launch, dinner) and their guests' answers

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-04 21:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('place', sa.Text(), nullable=True),
        sa.Column('capacity', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    )
    op.create_index(op.f('ix_events_starts_at'), 'events', ['starts_at'])
    op.create_table(
        'event_guests',
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('status_on', sa.Date(), nullable=False),
        sa.Column('invited_on', sa.Date(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_guests_event_id_events'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_event_guests_contact_id_contacts'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['meeting_id'], ['interactions.id'],
                                name=op.f('fk_event_guests_meeting_id_interactions'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('event_id', 'contact_id', name=op.f('pk_event_guests')),
    )
    op.create_index(op.f('ix_event_guests_contact_id'), 'event_guests', ['contact_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_event_guests_contact_id'), table_name='event_guests')
    op.drop_table('event_guests')
    op.drop_index(op.f('ix_events_starts_at'), table_name='events')
    op.drop_table('events')
