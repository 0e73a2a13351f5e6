"""Product catalogue: products, and each purchase linked to one (free-text purchases grouped)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 17:50:00
"""
import re
import unicodedata
from collections import Counter, defaultdict

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _fold(text):
    # As app/services/catalogue.fold at the time of this migration (a migration does not follow
    # later changes to the app): NFKC, case-folded, spaces collapsed.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().casefold()


def upgrade() -> None:
    op.create_table(
        'products',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(), nullable=False),
        sa.Column('model', sa.String(), nullable=True),
        sa.Column('match_key', sa.String(), nullable=False),
        sa.Column('category', sa.String(), nullable=True),
        sa.Column('list_price', sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column('currency', sa.String(length=3), nullable=True),
        sa.Column('warranty_months', sa.Integer(), nullable=True),
        sa.Column('replacement_days', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
        sa.UniqueConstraint('match_key', name=op.f('uq_products_match_key')),
    )
    # SQLite adds a nullable column with its REFERENCES in place: no copy of a million purchases.
    op.execute("ALTER TABLE purchases ADD COLUMN product_id INTEGER "
               "CONSTRAINT fk_purchases_product_id_products REFERENCES products (id)")
    op.create_index('ix_purchases_product_id', 'purchases', ['product_id'])

    # Today's free-text purchases grouped into products: one per name and model as matching folds
    # them ("Toner", "toner ", "ＴＯＮＥＲ"), named as most purchases spell it. Every purchase is linked.
    conn = op.get_bind()
    groups = defaultdict(list)
    spellings = defaultdict(Counter)
    for pid, name, model in conn.execute(sa.text("SELECT id, product, model FROM purchases ORDER BY id")):
        key = f"{_fold(name)}\x1f{_fold(model)}"
        groups[key].append(pid)
        spellings[key][((name or "").strip(), (model or "").strip() or None)] += 1
    for key, ids in groups.items():
        (name, model), _ = spellings[key].most_common(1)[0]  # ties: the first seen
        product_id = conn.execute(
            sa.text("INSERT INTO products (name, model, match_key, created_at) VALUES (:n, :m, :k, datetime('now'))"),
            {"n": name or "?", "m": model, "k": key}).lastrowid
        conn.execute(sa.text("UPDATE purchases SET product_id = :p WHERE id = :id"),
                     [{"p": product_id, "id": pid} for pid in ids])


def downgrade() -> None:
    with op.batch_alter_table('purchases') as batch:
        batch.drop_index('ix_purchases_product_id')
        batch.drop_constraint(op.f('fk_purchases_product_id_products'), type_='foreignkey')
        batch.drop_column('product_id')
    op.drop_table('products')
