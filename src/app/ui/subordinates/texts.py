"""Words shared by the directorate's pages: institution kinds and review decisions.

The kinds are the Settings profile's own words (its context), translated once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import NATIVE_NAMES


def kind_label(kind: str) -> str:
    labels = {
        "school": QCoreApplication.translate("ProfileForm", "School"),
        "district": QCoreApplication.translate("ProfileForm", "District directorate"),
        "province": QCoreApplication.translate("ProfileForm", "Provincial directorate"),
        "ministry": QCoreApplication.translate("ProfileForm", "Ministry"),
        "directorate": QCoreApplication.translate("ProfileForm", "Directorate"),
        "commission": QCoreApplication.translate("ProfileForm", "Commission"),
        "union": QCoreApplication.translate("ProfileForm", "Trade union"),
        "other": QCoreApplication.translate("ProfileForm", "Other"),
    }
    return labels.get(kind, kind)


def language_label(code: str) -> str:
    return NATIVE_NAMES.get(code, code)


def review_label(review: str) -> str:
    """accepted / sent_back / resubmitted, as Completeness and Consolidation show it."""
    labels = {
        "accepted": QCoreApplication.translate("Review", "Accepted"),
        "sent_back": QCoreApplication.translate("Review", "Sent back"),
        "resubmitted": QCoreApplication.translate("Review", "Resubmitted"),
        "": QCoreApplication.translate("Review", "Not reviewed yet"),
    }
    return labels.get(review, review)
