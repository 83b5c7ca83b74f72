"""reviews: a directorate's decision on a return it took in, and the receipt it sent back

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 17:20:00

One row per decision (accepted / sent back with a reason), kept by the directorate that
issued the receipt (``issued``) and by the school that imported it (``received``), each linked
to the return it is about and to the receipt file's SHA-256.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("issuer_code", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("receipt_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["return_id"],
            ["return_doc.id"],
            name=op.f("fk_review_return_id_return_doc"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_return_id"), ["return_id"])
        batch_op.create_index(batch_op.f("ix_review_receipt_sha256"), ["receipt_sha256"])


def downgrade() -> None:
    op.drop_table("review")
