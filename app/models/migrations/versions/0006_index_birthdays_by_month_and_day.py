"""index birthdays by month and day

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 13:37:36.729717
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Expression indexes: SQLite uses them for `substr(birthday, -5) IN (...)`, the call list's
    # birthday and anniversary windows (a scan of every contact before: 26 ms each at 100k).
    # PostgreSQL reads a negative substr start differently: `right(x, 5)` is its "last five" (see
    # app/models/portable.py month_day, which queries write, so the index is used on both).
    last_five = "substr({}, -5)" if op.get_bind().dialect.name == "sqlite" else "right({}, 5)"
    op.create_index("ix_contacts_birthday_md", "contacts", [sa.text(last_five.format("birthday"))])
    op.create_index("ix_contacts_anniversary_md", "contacts", [sa.text(last_five.format("anniversary"))])


def downgrade() -> None:
    op.drop_index("ix_contacts_anniversary_md", table_name="contacts")
    op.drop_index("ix_contacts_birthday_md", table_name="contacts")
