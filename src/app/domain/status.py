"""Progress statuses and event kinds: stable words used in files and on the command line."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"
    NOT_APPLICABLE = "not_applicable"


STATUS_WORDS = tuple(s.value for s in Status)


class EventKind(StrEnum):
    SEMINAR = "seminar"
    ROUND_TABLE = "round_table"
    TRAINING = "training"
    FLASH_MOB = "flash_mob"
    EXHIBITION = "exhibition"
    INFORMATION_HOUR = "information_hour"
    MEETING = "meeting"
    CONFERENCE = "conference"
    COMPETITION = "competition"
    CAMPAIGN = "campaign"
    OTHER = "other"


class ReturnDirection(StrEnum):
    OUTGOING = "outgoing"  # made here and sent up
    INCOMING = "incoming"  # received from a subordinate


class ReturnKind(StrEnum):
    INSTITUTION = "institution"  # a return of this institution's own work
    CONSOLIDATED = "consolidated"  # a directorate's roll-up of its subordinates' returns


class ReturnStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
