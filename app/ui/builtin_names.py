"""Texts Rapport itself puts in the store or in a service, shown in the user's language.

The default tiers and the kinds of contact are data a new store is seeded with
(migration 0001), and the importers label phones "Mobile", "Work"…; the user may rename
a tier or type a label, which is then shown as typed, since only the seeded English
names have translations. lupdate cannot see these
texts where they are defined, so they are listed here with QT_TRANSLATE_NOOP.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SEEDED_TIERS = [
    QT_TRANSLATE_NOOP("Tiers", "A: key customers"),
    QT_TRANSLATE_NOOP("Tiers", "B: important"),
    QT_TRANSLATE_NOOP("Tiers", "C: regular"),
    QT_TRANSLATE_NOOP("Tiers", "D: occasional"),
]

SEEDED_KINDS = [
    QT_TRANSLATE_NOOP("InteractionKinds", "Call"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Visit"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Message"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Email"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Meeting"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Gift"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Complaint"),
    QT_TRANSLATE_NOOP("InteractionKinds", "Other"),
]

# Labels of phones, emails and addresses as the importers write them (app/services/importing).
SEEDED_LABELS = [
    QT_TRANSLATE_NOOP("Labels", "Mobile"),
    QT_TRANSLATE_NOOP("Labels", "Work"),
    QT_TRANSLATE_NOOP("Labels", "Home"),
    QT_TRANSLATE_NOOP("Labels", "Other"),
    QT_TRANSLATE_NOOP("Labels", "Fax"),
    QT_TRANSLATE_NOOP("Labels", "Home fax"),
    QT_TRANSLATE_NOOP("Labels", "Work fax"),
    QT_TRANSLATE_NOOP("Labels", "Pager"),
]

# The lost reasons a store starts with (lifecycle.DEFAULT_LOST_REASONS); the user may edit the list.
SEEDED_LOST_REASONS = [
    QT_TRANSLATE_NOOP("LostReasons", "price"),
    QT_TRANSLATE_NOOP("LostReasons", "service"),
    QT_TRANSLATE_NOOP("LostReasons", "moved"),
    QT_TRANSLATE_NOOP("LostReasons", "competitor"),
    QT_TRANSLATE_NOOP("LostReasons", "no need"),
    QT_TRANSLATE_NOOP("LostReasons", "other"),
]

SERVICE_NOTICES = [
    QT_TRANSLATE_NOOP("Services", "Backups made before now still hold this data until they rotate out."),  # lifecycle
]


def tier_name(name: str) -> str:
    return QCoreApplication.translate("Tiers", name)


def kind_name(name: str) -> str:
    return QCoreApplication.translate("InteractionKinds", name)


def label_name(label: str) -> str:
    return QCoreApplication.translate("Labels", label)


def lost_reason_name(reason: str) -> str:
    return QCoreApplication.translate("LostReasons", reason)


def service_notice(text: str) -> str:
    return QCoreApplication.translate("Services", text)
