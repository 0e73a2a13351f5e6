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
    op.create_index("ix_contacts_birthday_md", "contacts", [sa.text("substr(birthday, -5)")])
    op.create_index("ix_contacts_anniversary_md", "contacts", [sa.text("substr(anniversary, -5)")])


def downgrade() -> None:
    op.drop_index("ix_contacts_anniversary_md", table_name="contacts")
    op.drop_index("ix_contacts_birthday_md", table_name="contacts")
