"""identity roles and tokens: the head's identity and the institution's seal; keys on tokens

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 18:00:00

- ``signing_identity.role``: ``head`` (the person who signs, the default) or ``seal`` (the
  institution's seal, signing after the head). One active identity per role.
- A key on a PKCS#11 token is kept by where it is, never by its PIN: ``token_module`` (the
  module's path), ``token_label``, ``key_label`` and ``key_id`` (hex); its certificate and
  chain as for a key file; ``pkcs12`` stays empty.
- ``crl_pem``: the certificate revocation list of the identity's own root (identities created
  here), embedded with the chain in every signed PDF (PAdES B-LT-shaped validation data).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("role", sa.String(length=8), server_default="head", nullable=False),
        sa.Column("token_module", sa.Text(), server_default="", nullable=False),
        sa.Column("token_label", sa.Text(), server_default="", nullable=False),
        sa.Column("key_label", sa.Text(), server_default="", nullable=False),
        sa.Column("key_id", sa.String(length=128), server_default="", nullable=False),
        sa.Column("crl_pem", sa.Text(), server_default="", nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("signing_identity", schema=None) as batch_op:
        for column in _columns():
            batch_op.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table("signing_identity", schema=None) as batch_op:
        for column in reversed(_columns()):
            batch_op.drop_column(column.name)
