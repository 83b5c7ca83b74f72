"""an incoming return's figures, summarised when it is taken in

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 19:30:00

- ``return_doc.figures``: what consolidation adds up of an incoming return (its figure lines
  per activity, its event kinds, totals and narrative excerpts; for a consolidated return
  its activities' consolidated figures and its leaves), as JSON written at intake, so that a
  directorate's consolidation reads a few kilobytes per school instead of parsing each
  return's whole payload again. Rows taken in before this revision keep ``""`` and are read
  from their payload, as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.add_column(sa.Column("figures", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.drop_column("figures")
