"""several clerks: row versions, each incoming return once, who recorded a return, changes told

Revision ID: 0006
Revises: 0005
Create Date: 2027-01-12 10:00:00

- ``version_id`` on the rows clerks edit (institution, plan_item, progress, event,
  narrative_section): an edit names the version it read; another clerk's edit in between makes
  it write nothing (optimistic versions, SQLAlchemy's ``version_id_col``).
- ``return_doc.recorded_by``: the clerk who recorded a return ("signed meanwhile by ...").
- Incoming returns are stored once: one row per file (its SHA-256), one per institution, period
  and signed data among those taken in, and one accepted return per institution and period.
  Copies left by earlier concurrent intakes are folded into the first one first (identical
  files: references moved to the first, the copy removed; the same data in another file: kept
  as refused "the same return is already in"; two accepted: the newest stays accepted).
- PostgreSQL: every table but the audit trail notifies the channel ``plandesk_changes`` with its
  name after each statement (delivered at commit), so open windows notice other clerks' work.
  A table added by a later revision gets the same trigger there.
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

VERSIONED = ("institution", "plan_item", "progress", "event", "narrative_section")
NOTIFYING = (
    "institution",
    "trusted_certificate",
    "plan",
    "plan_period",
    "plan_item",
    "planned_period",
    "footnote",
    "progress",
    "event",
    "attachment",
    "narrative_section",
    "return_doc",
    "review",
    "issued_certificate",
    "subject_binding",
    "signing_identity",
    "setting",
)
INCOMING = "direction = 'incoming'"


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version_id", sa.Integer(), server_default="1", nullable=False)
            )
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recorded_by", sa.String(length=128), server_default="", nullable=False)
        )
    _fold_copies(op.get_bind())
    where = sa.text(INCOMING)
    payload_where = sa.text(f"{INCOMING} AND status IN ('accepted', 'superseded')")
    accepted_where = sa.text(f"{INCOMING} AND status = 'accepted'")
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.create_index(
            "uq_return_doc_incoming_file",
            ["file_sha256"],
            unique=True,
            sqlite_where=where,
            postgresql_where=where,
        )
        batch_op.create_index(
            "uq_return_doc_incoming_payload",
            ["institution_code", "period_key", "payload_sha256"],
            unique=True,
            sqlite_where=payload_where,
            postgresql_where=payload_where,
        )
        batch_op.create_index(
            "uq_return_doc_incoming_accepted",
            ["institution_code", "period_key"],
            unique=True,
            sqlite_where=accepted_where,
            postgresql_where=accepted_where,
        )
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION plandesk_notify() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_notify('plandesk_changes', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in NOTIFYING:
            op.execute(
                f"CREATE TRIGGER plandesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION plandesk_notify()"
            )


def _fold_copies(conn: sa.engine.Connection) -> None:
    """Make the incoming returns satisfy the new unique indexes (see the module's text)."""
    rows = conn.execute(
        sa.text(
            "SELECT id, file_sha256, institution_code, period_key, payload_sha256, status, "
            f"version FROM return_doc WHERE {INCOMING} ORDER BY id"
        )
    ).fetchall()
    first_of_file: dict[str, int] = {}
    copies: list[tuple[int, int]] = []  # (copy, first)
    kept = []
    for row in rows:
        first = first_of_file.setdefault(row.file_sha256, row.id)
        if first != row.id:
            copies.append((row.id, first))
        else:
            kept.append(row)
    for copy, first in copies:
        params = {"copy": copy, "first": first}
        conn.execute(
            sa.text("UPDATE review SET return_id = :first WHERE return_id = :copy"), params
        )
        conn.execute(
            sa.text("UPDATE return_doc SET supersedes_id = :first WHERE supersedes_id = :copy"),
            params,
        )
        conn.execute(sa.text("DELETE FROM return_doc WHERE id = :copy"), params)
    taken_in = ("accepted", "superseded")
    first_of_data: dict[tuple[str, str, str], int] = {}
    status = {row.id: row.status for row in kept}
    for row in kept:
        if row.status not in taken_in:
            continue
        key = (row.institution_code, row.period_key, row.payload_sha256)
        if first_of_data.setdefault(key, row.id) != row.id:
            status[row.id] = "rejected"
            conn.execute(
                sa.text(
                    "UPDATE return_doc SET status = 'rejected', result_code = 'same_return', "
                    "result_reason = 'the same return is already in' WHERE id = :id"
                ),
                {"id": row.id},
            )
    accepted: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for row in kept:
        if status[row.id] == "accepted":
            accepted[(row.institution_code, row.period_key)].append((row.version, row.id))
    for versions in accepted.values():
        for _version, row_id in sorted(versions)[:-1]:
            conn.execute(
                sa.text("UPDATE return_doc SET status = 'superseded' WHERE id = :id"),
                {"id": row_id},
            )


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for table in NOTIFYING:
            op.execute(f"DROP TRIGGER IF EXISTS plandesk_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS plandesk_notify()")
    with op.batch_alter_table("return_doc", schema=None) as batch_op:
        batch_op.drop_index("uq_return_doc_incoming_accepted")
        batch_op.drop_index("uq_return_doc_incoming_payload")
        batch_op.drop_index("uq_return_doc_incoming_file")
        batch_op.drop_column("recorded_by")
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version_id")
