"""phone numbers keep their display forms

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-04 23:50:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

_CHUNK = 5000


def upgrade() -> None:
    bind = op.get_bind()
    # Added unless there (a store whose version was set back by hand keeps its columns).
    present = {column["name"] for column in sa.inspect(bind).get_columns('phones')}
    with op.batch_alter_table('phones', schema=None) as batch_op:
        if 'display_region' not in present:
            batch_op.add_column(sa.Column('display_region', sa.String(length=3), nullable=True))
        if 'display_national' not in present:
            batch_op.add_column(sa.Column('display_national', sa.String(), nullable=True))
        if 'display_international' not in present:
            batch_op.add_column(sa.Column('display_international', sa.String(), nullable=True))
    # Every stored number gets the forms it is shown in now (phones.display_forms: the app's own
    # formatting, as the rows written from now on get them).
    from app.services.phones import display_forms

    rows = bind.execute(sa.text("SELECT id, e164, raw FROM phones")).all()
    update = sa.text("UPDATE phones SET display_region = :region, display_national = :national, "
                     "display_international = :international WHERE id = :id")
    for start in range(0, len(rows), _CHUNK):
        values = []
        for phone_id, e164, raw in rows[start:start + _CHUNK]:
            number = e164 or raw
            region, national, international = display_forms(number) if number else (None, None, None)
            values.append({"id": phone_id, "region": region, "national": national, "international": international})
        bind.execute(update, values)


def downgrade() -> None:
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.drop_column('display_international')
        batch_op.drop_column('display_national')
        batch_op.drop_column('display_region')
