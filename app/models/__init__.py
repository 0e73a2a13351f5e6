"""Typed SQLAlchemy models of the Rapport store. Knows nothing of Qt."""
from .activity import (
    DEFAULT_INTERACTION_KINDS,
    NOTE_HTML,
    NOTE_PLAIN,
    Interaction,
    InteractionKind,
    Note,
    Purchase,
)
from .base import Base, utcnow
from .catalogue import Product
from .calling import ALL_REASONS, REASONS, FollowUp, PlanPin, Snooze
from .contact import (
    STATUS_ACTIVE,
    STATUS_LOST,
    Address,
    Contact,
    CustomField,
    Email,
    Phone,
    Photo,
    Website,
)
from . import contact_parts  # noqa: F401 - a change to a phone, email, address… moves the contact's version
from .greeting import GreetingOccasion, GreetingTemplate
from .events import EVENT_KINDS, GUEST_STATUSES, Event, EventGuest
from .group import Group, contact_groups
from .importing import SOURCE_FINGERPRINT, SOURCE_UID, ImportBatch, ImportSource
from .playbook import PLAYBOOK_KINDS, PlaybookEntry
from .setting import Setting
from .sync import SyncBook, SyncItem
from .team import StoreRevision
from .tier import DEFAULT_TIERS, Tier
from .today import TodayEntry, TodayList
from .value import Loss, StageChange, TierChange, TierChangeBatch

__all__ = [
    "ALL_REASONS", "FollowUp", "PlanPin", "REASONS", "Snooze", "Address", "Base", "Contact", "CustomField", "DEFAULT_INTERACTION_KINDS", "DEFAULT_TIERS", "Email",
    "Group", "ImportBatch", "ImportSource", "Interaction", "InteractionKind", "NOTE_HTML", "NOTE_PLAIN", "Note", "Phone", "Photo",
    "Purchase", "SOURCE_FINGERPRINT", "SOURCE_UID", "STATUS_ACTIVE", "Setting", "STATUS_LOST", "Tier", "Website", "contact_groups", "utcnow",
    "Loss", "PLAYBOOK_KINDS", "PlaybookEntry", "Product", "StageChange", "TierChange", "TierChangeBatch", "SyncBook", "SyncItem",
    "GreetingOccasion", "GreetingTemplate", "EVENT_KINDS", "GUEST_STATUSES", "Event", "EventGuest",
    "StoreRevision", "TodayEntry", "TodayList",
]
