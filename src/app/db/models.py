"""SQLAlchemy 2 typed models for everything PlanDesk keeps.

Alembic owns the schema (``app/db/migrations``); change a model, add a revision.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def version_column() -> Mapped[int]:
    """The optimistic version of a row several clerks edit (``__mapper_args__``'s
    ``version_id_col``): an UPDATE or DELETE names the version it read, and one that finds
    another (a clerk changed the row meanwhile) writes nothing (``ChangedMeanwhile``)."""
    return mapped_column(Integer, default=1, server_default="1")


def _incoming(extra: str = "") -> dict[str, Any]:
    """The WHERE of a partial index over incoming returns, for both engines."""
    where = text("direction = 'incoming'" + (f" AND {extra}" if extra else ""))
    return {"sqlite_where": where, "postgresql_where": where}


class Institution(Base):
    """This institution (``is_self``), its parent, and the subordinates that report to it."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="school")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("institution.id", ondelete="SET NULL"), index=True
    )
    language: Mapped[str] = mapped_column(String(8), default="en")
    head_name: Mapped[str] = mapped_column(Text, default="")
    head_title: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    is_subordinate: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version_id: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version_id}

    parent: Mapped[Institution | None] = relationship(remote_side=[id])
    certificates: Mapped[list[TrustedCertificate]] = relationship(
        back_populates="institution", cascade="all, delete-orphan"
    )


class TrustedCertificate(Base):
    """A certificate whose signatures are accepted for an institution (or as a root)."""

    __tablename__ = "trusted_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institution.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(Text, default="")
    pem: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    is_root: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    institution: Mapped[Institution | None] = relationship(back_populates="certificates")


class Plan(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[int] = mapped_column(Integer)
    scheme: Mapped[str] = mapped_column(String(16))
    window_start: Mapped[date | None] = mapped_column(Date)
    window_end: Mapped[date | None] = mapped_column(Date)
    due_days: Mapped[int] = mapped_column(Integer, default=10)
    language: Mapped[str] = mapped_column(String(8), default="")
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institution.id", ondelete="SET NULL")
    )
    issuer_code: Mapped[str] = mapped_column(String(64), default="")
    issuer_name: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    source_template_sha256: Mapped[str] = mapped_column(String(64), default="")
    narrative_outline: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    items: Mapped[list[PlanItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True
    )
    periods: Mapped[list[PlanPeriod]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PlanPeriod.start",
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True
    )


class PlanPeriod(Base):
    """A reporting period of a plan, with its own due date."""

    __tablename__ = "plan_period"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    due_overridden: Mapped[bool] = mapped_column(Boolean, default=False)

    plan: Mapped[Plan] = relationship(back_populates="periods")


class PlanItem(Base):
    """A goal, sub-goal or activity; a tree of any depth through ``parent_id``."""

    __tablename__ = "plan_item"
    __table_args__ = (
        UniqueConstraint("plan_id", "code"),
        # the tree read (parents, then siblings in order) walks this index: no sort
        Index("ix_plan_item_tree", "plan_id", "parent_id", "position", "sort_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    sort_key: Mapped[str] = mapped_column(String(255), default="", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    target_text: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str] = mapped_column(String(64), default="")
    footnote_marks: Mapped[list[str]] = mapped_column(JSON, default=list)
    not_planned_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="local")  # local | template
    version_id: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version_id}

    plan: Mapped[Plan] = relationship(back_populates="items")
    parent: Mapped[PlanItem | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[PlanItem]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", passive_deletes=True
    )
    planned_periods: Mapped[list[PlannedPeriod]] = relationship(
        back_populates="item", cascade="all, delete-orphan", passive_deletes=True
    )


class PlannedPeriod(Base):
    __tablename__ = "planned_period"
    __table_args__ = (UniqueConstraint("item_id", "period_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    period_key: Mapped[str] = mapped_column(String(16))
    planned_text: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[PlanItem] = relationship(back_populates="planned_periods")


class Footnote(Base):
    __tablename__ = "footnote"
    __table_args__ = (UniqueConstraint("plan_id", "mark"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    mark: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)

    plan: Mapped[Plan] = relationship(back_populates="footnotes")


class Progress(Base):
    """The state of one activity in one period."""

    __tablename__ = "progress"
    __table_args__ = (UniqueConstraint("item_id", "period_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("plan_period.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="planned")
    done_on: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[int | None] = mapped_column(Integer)
    achieved_value: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(128), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version_id}

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="progress", cascade="all, delete-orphan", passive_deletes=True
    )


class Event(Base):
    """Something that was actually held: a seminar, a round table, a flash mob..."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(64), default="other")
    venue: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    project: Mapped[str] = mapped_column(Text, default="")  # project / funding
    participants: Mapped[int] = mapped_column(Integer, default=0)
    women: Mapped[int | None] = mapped_column(Integer)
    men: Mapped[int | None] = mapped_column(Integer)
    pupils: Mapped[int | None] = mapped_column(Integer)
    teachers: Mapped[int | None] = mapped_column(Integer)
    parents: Mapped[int | None] = mapped_column(Integer)
    staff: Mapped[int | None] = mapped_column(Integer)
    materials: Mapped[str] = mapped_column(Text, default="")
    materials_count: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version_id}

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )


class Attachment(Base):
    """An evidence file (photo, attendance list) kept inside the database with its hash."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    progress_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    mime_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    progress: Mapped[Progress | None] = relationship(back_populates="attachments")
    event: Mapped[Event | None] = relationship(back_populates="attachments")


class NarrativeSection(Base):
    """Free text of a return, one section of the outline per period."""

    __tablename__ = "narrative_section"
    __table_args__ = (UniqueConstraint("period_id", "section_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("plan_period.id", ondelete="CASCADE"), index=True
    )
    section_key: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version_id: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version_id}


class Return(Base):
    """A return made here (outgoing) or received from a subordinate (incoming).

    Several clerks taking in returns at once store each one once: an incoming file once (by
    its SHA-256), an incoming return once (institution, period and the SHA-256 of its signed
    data, among those taken in), and one accepted return per institution and period."""

    __tablename__ = "return_doc"
    __table_args__ = (
        Index("ix_return_doc_lookup", "institution_code", "period_key", "version"),
        Index("uq_return_doc_incoming_file", "file_sha256", unique=True, **_incoming()),
        Index(
            "uq_return_doc_incoming_payload",
            "institution_code",
            "period_key",
            "payload_sha256",
            unique=True,
            **_incoming("status IN ('accepted', 'superseded')"),
        ),
        Index(
            "uq_return_doc_incoming_accepted",
            "institution_code",
            "period_key",
            unique=True,
            **_incoming("status = 'accepted'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="institution")  # | consolidated
    status: Mapped[str] = mapped_column(String(16), default="draft")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    institution_code: Mapped[str] = mapped_column(String(64))
    recipient_code: Mapped[str] = mapped_column(String(64), default="")
    period_key: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(
        ForeignKey("return_doc.id", ondelete="SET NULL")
    )
    payload: Mapped[str] = mapped_column(Text, default="")  # canonical JSON
    payload_sha256: Mapped[str] = mapped_column(String(64), default="")
    # an incoming return's figures as consolidation adds them up (app.services.consolidate
    # .summarise), written when it is taken in; "" for rows of earlier versions (read from
    # the payload then)
    figures: Mapped[str] = mapped_column(Text, default="", server_default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    file_content: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer_subject: Mapped[str] = mapped_column(Text, default="")
    signer_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    result_reason: Mapped[str] = mapped_column(Text, default="")  # English, for the log
    result_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    result_params: Mapped[dict[str, str]] = mapped_column(JSON, default=dict, server_default="{}")
    # the clerk who recorded it (database user or login): "signed meanwhile by ..."
    recorded_by: Mapped[str] = mapped_column(String(128), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Review(Base):
    """A decision on a return taken in (accepted / sent back), and its signed receipt:
    ``issued`` by the directorate that decided, ``received`` by the institution it is about."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(
        ForeignKey("return_doc.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(16))  # issued | received
    decision: Mapped[str] = mapped_column(String(16))  # accepted | sent_back
    reason: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(Text, default="")
    issuer_code: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    receipt_sha256: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IssuedCertificate(Base):
    """A signing identity this institution's root issued to a subordinate: the root vouches
    for that code through exactly these certificates."""

    __tablename__ = "issued_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_code: Mapped[str] = mapped_column(String(64), index=True)
    serial: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    not_after: Mapped[datetime | None] = mapped_column(DateTime)


class SubjectBinding(Base):
    """A subordinate bound to the subject of the certificate it signs with (issued by an
    authority trusted for many, such as a national CA)."""

    __tablename__ = "subject_binding"
    __table_args__ = (
        UniqueConstraint("institution_id", "subject", name="uq_subject_binding_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    institution_id: Mapped[int] = mapped_column(
        ForeignKey("institution.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SigningIdentity(Base):
    """A signing key of the institution: the head's (``role`` head) or the institution's seal
    (``role`` seal); in a PKCS#12 kept here (password-protected; the password is never kept)
    or on a PKCS#11 token (the module, token and key named; the PIN is never kept)."""

    __tablename__ = "signing_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    pkcs12: Mapped[bytes] = mapped_column(LargeBinary)
    cert_pem: Mapped[str] = mapped_column(Text)
    trust_pem: Mapped[str] = mapped_column(Text)  # what a recipient must trust (root or cert)
    root_key_pem: Mapped[str] = mapped_column(Text, default="")  # encrypted; own PKI only
    subject: Mapped[str] = mapped_column(Text, default="")
    cert_sha256: Mapped[str] = mapped_column(String(64))
    not_after: Mapped[datetime | None] = mapped_column(DateTime)
    origin: Mapped[str] = mapped_column(String(16), default="created")  # created|imported|token
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    role: Mapped[str] = mapped_column(String(8), default="head", server_default="head")
    # a key on a PKCS#11 token: where it is (never its PIN); pkcs12 stays empty
    token_module: Mapped[str] = mapped_column(Text, default="", server_default="")
    token_label: Mapped[str] = mapped_column(Text, default="", server_default="")
    key_label: Mapped[str] = mapped_column(Text, default="", server_default="")
    key_id: Mapped[str] = mapped_column(String(128), default="", server_default="")
    # the revocation list of the identity's own root (created here): embedded when signing
    crl_pem: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Application settings that belong to the data (not to the PC)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what, when: old value -> new value."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(128), default="")
    action: Mapped[str] = mapped_column(String(32))  # insert | update | delete | import | ...
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
