"""initial customer store

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 11:38:21.367618
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_groups_name'))
    )
    op.create_table('interaction_kinds',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('counts_as_contact', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_interaction_kinds'))
    )
    op.create_table('tiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('cadence_days', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tiers')),
    sa.UniqueConstraint('code', name=op.f('uq_tiers_code'))
    )
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('given_name', sa.String(), nullable=True),
    sa.Column('family_name', sa.String(), nullable=True),
    sa.Column('middle_name', sa.String(), nullable=True),
    sa.Column('prefix', sa.String(), nullable=True),
    sa.Column('suffix', sa.String(), nullable=True),
    sa.Column('nickname', sa.String(), nullable=True),
    sa.Column('phonetic_given_name', sa.String(), nullable=True),
    sa.Column('phonetic_family_name', sa.String(), nullable=True),
    sa.Column('organization', sa.String(), nullable=True),
    sa.Column('department', sa.String(), nullable=True),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('gender', sa.String(), nullable=True),
    sa.Column('birthday', sa.String(length=10), nullable=True),
    sa.Column('anniversary', sa.String(length=10), nullable=True),
    sa.Column('tier_id', sa.Integer(), nullable=True),
    sa.Column('cadence_days', sa.Integer(), nullable=True),
    sa.Column('cadence_since', sa.DateTime(), nullable=True),
    sa.Column('source_channel', sa.String(), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('sales_stage', sa.String(), nullable=True),
    sa.Column('needs', sa.Text(), nullable=True),
    sa.Column('pain_points', sa.Text(), nullable=True),
    sa.Column('family', sa.Text(), nullable=True),
    sa.Column('hobbies', sa.Text(), nullable=True),
    sa.Column('personality', sa.Text(), nullable=True),
    sa.Column('preferences', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('lost_on', sa.Date(), nullable=True),
    sa.Column('lost_reason', sa.String(), nullable=True),
    sa.Column('uid', sa.String(), nullable=True),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('next_due', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['referred_by_id'], ['contacts.id'], name=op.f('fk_contacts_referred_by_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tier_id'], ['tiers.id'], name=op.f('fk_contacts_tier_id_tiers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_display_name'), ['display_name'], unique=False)
        batch_op.create_index('ix_contacts_live_due', ['deleted_at', 'status', 'next_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_referred_by_id'), ['referred_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_tier_id'), ['tier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_uid'), ['uid'], unique=False)

    op.create_table('addresses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.Column('street', sa.Text(), nullable=True),
    sa.Column('city', sa.String(), nullable=True),
    sa.Column('region', sa.String(), nullable=True),
    sa.Column('postal_code', sa.String(), nullable=True),
    sa.Column('country', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_addresses_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addresses'))
    )
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addresses_contact_id'), ['contact_id'], unique=False)

    op.create_table('contact_groups',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_contact_groups_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_contact_groups_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'group_id', name=op.f('pk_contact_groups'))
    )
    with op.batch_alter_table('contact_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_groups_group_id'), ['group_id'], unique=False)

    op.create_table('custom_fields',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_custom_fields_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custom_fields'))
    )
    with op.batch_alter_table('custom_fields', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custom_fields_contact_id'), ['contact_id'], unique=False)

    op.create_table('emails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('address_key', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_emails_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emails'))
    )
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emails_address_key'), ['address_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_contact_id'), ['contact_id'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_interactions_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kind'], ['interaction_kinds.code'], name=op.f('fk_interactions_kind_interaction_kinds')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_contact_when', ['contact_id', 'occurred_at'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_notes_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_contact_id'), ['contact_id'], unique=False)

    op.create_table('phones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('raw', sa.String(), nullable=False),
    sa.Column('e164', sa.String(), nullable=True),
    sa.Column('extension', sa.String(), nullable=True),
    sa.Column('label', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_phones_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phones'))
    )
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phones_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phones_e164'), ['e164'], unique=False)

    op.create_table('photos',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=40), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_photos_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', name=op.f('pk_photos'))
    )
    op.create_table('purchases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(), nullable=False),
    sa.Column('model', sa.String(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('purchased_on', sa.Date(), nullable=False),
    sa.Column('warranty_until', sa.Date(), nullable=True),
    sa.Column('usage_notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_purchases_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchases'))
    )
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.create_index('ix_purchases_contact_date', ['contact_id', 'purchased_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchases_warranty_until'), ['warranty_until'], unique=False)

    op.create_table('websites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_websites_contact_id_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_websites'))
    )
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_websites_contact_id'), ['contact_id'], unique=False)

    _seed_defaults()


def _seed_defaults() -> None:
    # Literal copies, not imports from app.models: a migration must keep doing
    # what it did on the day it was written, whatever the models become.
    tiers = sa.table("tiers", sa.column("code"), sa.column("name"), sa.column("colour"),
                     sa.column("cadence_days"), sa.column("rank"))
    op.bulk_insert(tiers, [
        {"code": "A", "name": "A: key customers", "colour": "#d64541", "cadence_days": 7, "rank": 1},
        {"code": "B", "name": "B: important", "colour": "#f39c12", "cadence_days": 14, "rank": 2},
        {"code": "C", "name": "C: regular", "colour": "#2e86de", "cadence_days": 30, "rank": 3},
        {"code": "D", "name": "D: occasional", "colour": "#7f8c8d", "cadence_days": 90, "rank": 4},
    ])
    kinds = sa.table("interaction_kinds", sa.column("code"), sa.column("name"), sa.column("counts_as_contact"))
    op.bulk_insert(kinds, [
        {"code": code, "name": name, "counts_as_contact": counts}
        for code, name, counts in (
            ("call", "Call", True), ("visit", "Visit", True), ("message", "Message", True),
            ("email", "Email", True), ("meeting", "Meeting", True), ("gift", "Gift", False),
            ("complaint", "Complaint", False), ("other", "Other", False),
        )
    ])


def downgrade() -> None:
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_websites_contact_id'))

    op.drop_table('websites')
    with op.batch_alter_table('purchases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchases_warranty_until'))
        batch_op.drop_index('ix_purchases_contact_date')

    op.drop_table('purchases')
    op.drop_table('photos')
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phones_e164'))
        batch_op.drop_index(batch_op.f('ix_phones_contact_id'))

    op.drop_table('phones')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_contact_id'))

    op.drop_table('notes')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_contact_when')

    op.drop_table('interactions')
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emails_contact_id'))
        batch_op.drop_index(batch_op.f('ix_emails_address_key'))

    op.drop_table('emails')
    with op.batch_alter_table('custom_fields', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custom_fields_contact_id'))

    op.drop_table('custom_fields')
    with op.batch_alter_table('contact_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_groups_group_id'))

    op.drop_table('contact_groups')
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_addresses_contact_id'))

    op.drop_table('addresses')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_uid'))
        batch_op.drop_index(batch_op.f('ix_contacts_tier_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_referred_by_id'))
        batch_op.drop_index('ix_contacts_live_due')
        batch_op.drop_index(batch_op.f('ix_contacts_display_name'))
        batch_op.drop_index(batch_op.f('ix_contacts_deleted_at'))

    op.drop_table('contacts')
    op.drop_table('tiers')
    op.drop_table('interaction_kinds')
    op.drop_table('groups')
