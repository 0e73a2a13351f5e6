"""The customer: identity, the salesperson's knowledge of them, and derived columns.

`last_contact_at`, `next_due` and `search_text` are derived: services recompute
them (see app/services/derived.py) whenever their inputs change, so the call list
and search are answered from indexed columns instead of scans over interactions.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Optional

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, event, literal_column, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.phone_display import display_forms

from .base import Base, FromImport, utcnow
from .portable import month_day
from .team import current_author

if TYPE_CHECKING:
    from .activity import Interaction, Note, Purchase
    from .group import Group
    from .tier import Tier

STATUS_ACTIVE = "active"
STATUS_LOST = "lost"


class Contact(FromImport, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        # Who is due, with what the call list shows of them: the cadence query reads the index
        # alone, never the wide contact rows (2,600 due of 100,000: 2 ms instead of 7).
        Index("ix_contacts_due_card", "deleted_at", "status", "next_due", "tier_id", "cadence_days",
              "last_contact_at", "display_name", "organization"),
        # Birthday reminders ask for "MM-DD" in a window: indexed, not a scan of every contact.
        Index("ix_contacts_birthday_md", month_day(text("birthday"))),
        Index("ix_contacts_anniversary_md", month_day(text("anniversary"))),
        # The contact list in name order, read from the index alone: 100,000 ids in about 60 ms
        # where the table and a sort took 330 (the window's first fill, and every list reset).
        Index("ix_contacts_live_by_name", "deleted_at", "sort_name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String, default="", index=True)
    given_name: Mapped[Optional[str]]
    family_name: Mapped[Optional[str]]
    middle_name: Mapped[Optional[str]]
    prefix: Mapped[Optional[str]]
    suffix: Mapped[Optional[str]]
    nickname: Mapped[Optional[str]]
    phonetic_given_name: Mapped[Optional[str]]
    phonetic_family_name: Mapped[Optional[str]]
    organization: Mapped[Optional[str]]
    department: Mapped[Optional[str]]
    title: Mapped[Optional[str]]
    gender: Mapped[Optional[str]]
    # "YYYY-MM-DD", or "--MM-DD" when the year is unknown; the last five
    # characters are always "MM-DD", which is what birthday reminders need.
    birthday: Mapped[Optional[str]] = mapped_column(String(10))
    anniversary: Mapped[Optional[str]] = mapped_column(String(10))
    # A birthday kept in the Chinese lunar calendar (农历): "MM-DD" of the lunar month and day, and
    # whether the month is the leap one (闰月). Its Gregorian day moves every year (app/services/desk/lunar.py).
    lunar_birthday: Mapped[Optional[str]] = mapped_column(String(5), index=True)  # the few that have one
    lunar_leap: Mapped[bool] = mapped_column(default=False, server_default="0")
    # The language greetings to this customer are written in: "zh", "es" or "en" (guessed at import,
    # app/services/desk/language.py), whatever the window's language is.
    language: Mapped[Optional[str]] = mapped_column(String(2))

    tier_id: Mapped[Optional[int]] = mapped_column(ForeignKey("tiers.id", ondelete="SET NULL"), index=True)
    cadence_days: Mapped[Optional[int]]  # personal override of the tier's cadence
    # When the tier or cadence was set: a never-contacted contact counts from here,
    # so tiering 2,000 fresh imports does not flood today's call list.
    cadence_since: Mapped[Optional[datetime]]

    source_channel: Mapped[Optional[str]]
    referred_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    sales_stage: Mapped[Optional[str]]
    needs: Mapped[Optional[str]] = mapped_column(Text)
    pain_points: Mapped[Optional[str]] = mapped_column(Text)
    family: Mapped[Optional[str]] = mapped_column(Text)
    hobbies: Mapped[Optional[str]] = mapped_column(Text)
    personality: Mapped[Optional[str]] = mapped_column(Text)
    preferences: Mapped[Optional[str]] = mapped_column(Text)

    status: Mapped[str] = mapped_column(String(10), default=STATUS_ACTIVE)
    lost_on: Mapped[Optional[date]]
    lost_reason: Mapped[Optional[str]]
    uid: Mapped[Optional[str]] = mapped_column(index=True)

    # Derived (never typed in by the user).
    last_contact_at: Mapped[Optional[datetime]]
    next_due: Mapped[Optional[date]]
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String, default="", server_default="", index=True)  # pinyin for 张伟

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[Optional[datetime]] = mapped_column(index=True)  # in the trash since

    # Several people, one store (app/services/team): a save over a newer version is refused rather
    # than overwriting what someone else saved. The ORM checks and bumps it on every flush
    # (version_id_col); a Core UPDATE of contacts bumps it through `onupdate`. Derived columns
    # (last contact, search text) are written without bumping it: nobody typed them.
    version_id: Mapped[int] = mapped_column(default=1, server_default="1",
                                            onupdate=literal_column("version_id") + 1)
    updated_by: Mapped[Optional[str]] = mapped_column(default=current_author, onupdate=current_author)
    owner: Mapped[Optional[str]] = mapped_column(index=True)  # whose customer this is (a person's name)

    tier: Mapped[Optional["Tier"]] = relationship(lazy="joined")
    referred_by: Mapped[Optional["Contact"]] = relationship(remote_side=[id])
    phones: Mapped[list["Phone"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="Phone.id"
    )
    emails: Mapped[list["Email"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="Email.id"
    )
    addresses: Mapped[list["Address"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="Address.id"
    )
    websites: Mapped[list["Website"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="Website.id"
    )
    custom_fields: Mapped[list["CustomField"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True, order_by="CustomField.id"
    )
    photo: Mapped[Optional["Photo"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    groups: Mapped[list["Group"]] = relationship(
        secondary="contact_groups", back_populates="contacts", order_by="Group.name"
    )
    notes: Mapped[list["Note"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    interactions: Mapped[list["Interaction"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    purchases: Mapped[list["Purchase"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version_id}

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def __repr__(self) -> str:
        return f"Contact(id={self.id!r}, display_name={self.display_name!r})"


class Phone(FromImport, Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    raw: Mapped[str]  # as written
    e164: Mapped[Optional[str]] = mapped_column(index=True)  # None when it cannot be normalised
    extension: Mapped[Optional[str]]
    label: Mapped[Optional[str]]
    # How the number is shown (app/phone_display.py): the national form to a user in display_region,
    # the international one elsewhere. Kept on write so that a command that only reads shows numbers
    # without phonenumbers; None when not known (then the reader formats the number itself).
    # (A Core insert that leaves them out, such as sync's, gets them from its row's number.)
    display_region: Mapped[Optional[str]] = mapped_column(String(3), default=lambda ctx: _form_of(ctx, 0))
    display_national: Mapped[Optional[str]] = mapped_column(default=lambda ctx: _form_of(ctx, 1))
    display_international: Mapped[Optional[str]] = mapped_column(default=lambda ctx: _form_of(ctx, 2))
    contact: Mapped[Contact] = relationship(back_populates="phones")

    @property
    def number(self) -> str:
        """E.164 when the number is valid, otherwise the text as written."""
        return self.e164 or self.raw

    @property
    def match_key(self) -> Optional[str]:
        if self.e164 is None:
            return None
        return self.e164 + (f";ext={self.extension}" if self.extension else "")


def _form_of(context, index: int) -> Optional[str]:
    """One display form of the number of the row a Core insert writes (None outside an insert)."""
    if context is None:
        return None
    row = context.get_current_parameters()
    return display_forms(row.get("e164") or row.get("raw"))[index]


@event.listens_for(Phone, "before_insert")
@event.listens_for(Phone, "before_update")
def _keep_display_forms(_mapper, _connection, phone: Phone) -> None:
    """Every phone row the ORM writes carries the display forms of its number as it is now."""
    phone.display_region, phone.display_national, phone.display_international = display_forms(phone.number)


class Email(FromImport, Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    address: Mapped[str]
    address_key: Mapped[str] = mapped_column(index=True)  # lower-cased, for matching
    label: Mapped[Optional[str]]
    contact: Mapped[Contact] = relationship(back_populates="emails")


class Address(FromImport, Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    label: Mapped[Optional[str]]
    street: Mapped[Optional[str]] = mapped_column(Text)
    city: Mapped[Optional[str]]
    region: Mapped[Optional[str]]
    postal_code: Mapped[Optional[str]]
    country: Mapped[Optional[str]]
    # Where it is, to district or city level (app/services/geo): placed when the address is saved
    # or imported, so that ordering a day's visits reads coordinates instead of geocoding.
    # geo_level None: not placed yet (an older store, a demo row); "none": placed nowhere.
    geo_level: Mapped[Optional[str]] = mapped_column(String(8))
    geo_lat: Mapped[Optional[float]]
    geo_lon: Mapped[Optional[float]]
    geo_place: Mapped[Optional[str]]  # the place it was matched to: "上海市 徐汇区", "Madrid, ES"
    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Website(FromImport, Base):
    __tablename__ = "websites"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    url: Mapped[str]
    label: Mapped[Optional[str]]
    contact: Mapped[Contact] = relationship(back_populates="websites")


class CustomField(FromImport, Base):
    """Anything an import brought that has no column of its own: nothing is dropped."""

    __tablename__ = "custom_fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    value: Mapped[str] = mapped_column(Text)
    contact: Mapped[Contact] = relationship(back_populates="custom_fields")


class Photo(FromImport, Base):
    """Kept out of `contacts` so list queries never page through image bytes."""

    __tablename__ = "photos"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    contact: Mapped[Contact] = relationship(back_populates="photo")
