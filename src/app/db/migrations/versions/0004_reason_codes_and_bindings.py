"""reason codes for returns; certificates issued here; subjects bound to subordinates

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 17:00:00

- ``return_doc.result_code`` / ``result_params``: why a file was refused (or kept with a
  note) as a code with parameters, translated where it is shown. Reasons stored as English
  sentences before are read back into codes once, here.
- ``issued_certificate``: the identities this institution's root issued to subordinates (a
  directorate's root vouches exactly for the codes it issued to).
- ``subject_binding``: a subordinate bound to the subject of its certificate from a national
  authority trusted for many (the authority alone vouches for nobody in particular).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("result_code", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("result_params", sa.JSON(), nullable=False, server_default="{}")
        )
    op.create_table(
        "issued_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_code", sa.String(length=64), nullable=False),
        sa.Column("serial", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_certificate")),
        sa.UniqueConstraint("sha256", name=op.f("uq_issued_certificate_sha256")),
    )
    with op.batch_alter_table("issued_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_certificate_institution_code"), ["institution_code"]
        )
    op.create_table(
        "subject_binding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("institution_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["institution.id"],
            name=op.f("fk_subject_binding_institution_id_institution"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_binding")),
        sa.UniqueConstraint("institution_id", "subject", name="uq_subject_binding_pair"),
    )
    with op.batch_alter_table("subject_binding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subject_binding_institution_id"), ["institution_id"])
    _codes_for_stored_reasons()


def _codes_for_stored_reasons() -> None:
    """Reasons kept as English sentences become codes (those that match no sentence keep
    their text, shown as it is)."""
    from app.services.reasons import parse_legacy

    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, result_reason FROM return_doc WHERE result_reason != ''")
    ).fetchall()
    for row_id, stored in rows:
        found = parse_legacy(stored)
        if found is None:
            continue
        bind.execute(
            sa.text("UPDATE return_doc SET result_code = :c, result_params = :p WHERE id = :i"),
            {"c": found.code.value, "p": json.dumps(found.params, ensure_ascii=False), "i": row_id},
        )


def downgrade() -> None:
    op.drop_table("subject_binding")
    op.drop_table("issued_certificate")
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.drop_column("result_params")
        batch_op.drop_column("result_code")
