"""How to reach a customer: phones, emails, postal addresses and websites, one at a time.

Each function is one user action in one short transaction. Phones and emails are part of
the search text, so changing them refreshes it. A row an import wrote stops belonging to
that import once the user edits it: undoing the import then keeps what the user typed
(as it keeps a field the user changed since).

Each change moves the contact's version (app/models/contact_parts.py). A caller that loaded the
contact earlier (the customer file) gives the `version` it loaded and the row as it saw it (`was`,
row_text): a row someone else changed since is refused (team.versions.ContactConflict) with both
values, never overwritten.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Optional, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact, Email, Phone, Website

from . import derived, settings
from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, Term
from .geo.stored import place_row
from .phones import NormalisedPhone, normalise
from .team import versions
from .team.versions import refuse_stale

Row = TypeVar("Row", Phone, Email, Address, Website)


@dataclass(frozen=True)
class AddressData:
    street: Optional[str] = None
    city: Optional[str] = None
    region: Optional[str] = None
    postal_code: Optional[str] = None
    country: Optional[str] = None
    label: Optional[str] = None

    def cleaned(self) -> "AddressData":
        """Blanks stripped, empty parts None; an address with nothing in it is refused."""
        clean = replace(self, **{f.name: _text(getattr(self, f.name)) for f in fields(self)})
        if not any((clean.street, clean.city, clean.region, clean.postal_code, clean.country)):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "address: fill in at least one of street, city, "
                                                             "region, postcode or country"))
        return clean


def _text(value: Optional[str]) -> Optional[str]:
    return value.strip() if value and value.strip() else None


def clean_label(label: Optional[str]) -> Optional[str]:
    return _text(label)


def check_phone(raw: str) -> str:
    raw = (raw or "").strip()
    if not raw:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "phone: the number is empty; type it as you would dial it"))
    if not any(ch.isdigit() for ch in raw):  # "abc", a name typed in the wrong field
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "phone: '{text}' has no digits; type the number as you "
                                                         "would dial it"), text=raw)
    return raw


def check_email(address: str) -> str:
    address = (address or "").strip()
    if not address:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "email: the address is empty; type an address such as "
                                                         "name@example.com"))
    name, at, domain = address.rpartition("@")
    if not at or not name or not domain or any(c.isspace() for c in address):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "email: '{address}' is not an email address (it should "
                                                         "look like name@example.com)"), address=address)
    return address


def check_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "website: the address is empty; type one such as "
                                                         "https://example.com"))
    if any(c.isspace() for c in url):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "website: '{url}' is not a web address (it has a space in "
                                                         "it)"), url=url)
    return url


# Phones ---------------------------------------------------------------------------------

@refuse_stale
def add_phone(db: sessionmaker[Session], contact_id: int, raw: str, label: Optional[str] = None, *,
              region: Optional[str] = None) -> int:
    """A new phone for the contact; its id. A number that cannot be normalised is kept as written."""
    phone = _normalised(db, raw, region)
    with db.begin() as session:
        contact = load(session, contact_id)
        _refuse_duplicate_phone(contact, phone, None)
        row = Phone(raw=phone.raw, e164=phone.e164, extension=phone.extension, label=clean_label(label))
        contact.phones.append(row)
        session.flush()
        derived.refresh_search_text(session, [contact_id])
        return row.id


@refuse_stale
def update_phone(db: sessionmaker[Session], phone_id: int, raw: str, label: Optional[str] = None, *,
                 region: Optional[str] = None, version: Optional[int] = None, was: Optional[str] = None) -> None:
    phone = _normalised(db, raw, region)
    with db.begin() as session:
        row = _row(session, Phone, phone_id, "phone")
        _check(row, "phone", version, was, _labelled(phone.raw + (f" ext. {phone.extension}" if phone.extension
                                                                  else ""), label))
        _refuse_duplicate_phone(row.contact, phone, row)
        row.raw, row.e164, row.extension, row.label = phone.raw, phone.e164, phone.extension, clean_label(label)
        row.import_batch_id = None
        session.flush()
        derived.refresh_search_text(session, [row.contact_id])


def remove_phone(db: sessionmaker[Session], phone_id: int, *, version: Optional[int] = None,
                 was: Optional[str] = None) -> None:
    _remove(db, Phone, phone_id, "phone", searchable=True, version=version, was=was)


def _normalised(db: sessionmaker[Session], raw: str, region: Optional[str]) -> NormalisedPhone:
    phone = normalise(check_phone(raw), region or settings.phone_region(db))
    if not phone.raw:  # "tel:" and nothing after it
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "phone: '{text}' has no number in it"), text=raw.strip())
    return phone


def _refuse_duplicate_phone(contact: Contact, phone: NormalisedPhone, editing: Optional[Phone]) -> None:
    for other in contact.phones:
        same_line = other.raw == phone.raw or (phone.match_key and other.match_key == phone.match_key)
        if same_line and other is not editing:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "phone: {number} is already one of {name}'s numbers"),
                               number=phone.raw, name=contact.display_name)


# Emails ---------------------------------------------------------------------------------

@refuse_stale
def add_email(db: sessionmaker[Session], contact_id: int, address: str, label: Optional[str] = None) -> int:
    address = check_email(address)
    with db.begin() as session:
        contact = load(session, contact_id)
        _refuse_duplicate_email(contact, address, None)
        row = Email(address=address, address_key=address.lower(), label=clean_label(label))
        contact.emails.append(row)
        session.flush()
        derived.refresh_search_text(session, [contact_id])
        return row.id


@refuse_stale
def update_email(db: sessionmaker[Session], email_id: int, address: str, label: Optional[str] = None, *,
                 version: Optional[int] = None, was: Optional[str] = None) -> None:
    address = check_email(address)
    with db.begin() as session:
        row = _row(session, Email, email_id, "email")
        _check(row, "email", version, was, _labelled(address, label))
        _refuse_duplicate_email(row.contact, address, row)
        row.address, row.address_key, row.label = address, address.lower(), clean_label(label)
        row.import_batch_id = None
        session.flush()
        derived.refresh_search_text(session, [row.contact_id])


def remove_email(db: sessionmaker[Session], email_id: int, *, version: Optional[int] = None,
                 was: Optional[str] = None) -> None:
    _remove(db, Email, email_id, "email", searchable=True, version=version, was=was)


def _refuse_duplicate_email(contact: Contact, address: str, editing: Optional[Email]) -> None:
    if any(other is not editing and other.address_key == address.lower() for other in contact.emails):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "email: {address} is already one of {name}'s addresses"),
                           address=address, name=contact.display_name)


# Postal addresses -----------------------------------------------------------------------

@refuse_stale
def add_address(db: sessionmaker[Session], contact_id: int, address: AddressData) -> int:
    clean = address.cleaned()
    home = settings.phone_region(db)
    with db.begin() as session:
        contact = load(session, contact_id)  # held: the collection alone does not keep it alive
        row = Address(**{f.name: getattr(clean, f.name) for f in fields(clean)})
        place_row(row, home)
        contact.addresses.append(row)
        session.flush()
        return row.id


@refuse_stale
def update_address(db: sessionmaker[Session], address_id: int, address: AddressData, *,
                   version: Optional[int] = None, was: Optional[str] = None) -> None:
    clean = address.cleaned()
    home = settings.phone_region(db)
    with db.begin() as session:
        row = _row(session, Address, address_id, "address")
        _check(row, "address", version, was, _labelled(_address_line(clean), clean.label))
        for f in fields(clean):
            setattr(row, f.name, getattr(clean, f.name))
        place_row(row, home)
        row.import_batch_id = None


def remove_address(db: sessionmaker[Session], address_id: int, *, version: Optional[int] = None,
                   was: Optional[str] = None) -> None:
    _remove(db, Address, address_id, "address", searchable=False, version=version, was=was)


# Websites -------------------------------------------------------------------------------

@refuse_stale
def add_website(db: sessionmaker[Session], contact_id: int, url: str, label: Optional[str] = None) -> int:
    url = check_url(url)
    with db.begin() as session:
        contact = load(session, contact_id)  # held: the collection alone does not keep it alive
        row = Website(url=url, label=clean_label(label))
        contact.websites.append(row)
        session.flush()
        return row.id


@refuse_stale
def update_website(db: sessionmaker[Session], website_id: int, url: str, label: Optional[str] = None, *,
                   version: Optional[int] = None, was: Optional[str] = None) -> None:
    url = check_url(url)
    with db.begin() as session:
        row = _row(session, Website, website_id, "website")
        _check(row, "website", version, was, _labelled(url, label))
        row.url, row.label = url, clean_label(label)
        row.import_batch_id = None


def remove_website(db: sessionmaker[Session], website_id: int, *, version: Optional[int] = None,
                   was: Optional[str] = None) -> None:
    _remove(db, Website, website_id, "website", searchable=False, version=version, was=was)


# Shared ---------------------------------------------------------------------------------

# What `_row` and `_remove` are told a row is, for the translators.
ROW_NAMES = (QT_TRANSLATE_NOOP("services", "phone"), QT_TRANSLATE_NOOP("services", "email"),
             QT_TRANSLATE_NOOP("services", "address"), QT_TRANSLATE_NOOP("services", "website"))


def _row(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "{what} {id}: no such {what} (it may have been removed "
                                                     "already)"), what=Term(what), id=row_id)
    return row


@refuse_stale
def _remove(db: sessionmaker[Session], model: type[Row], row_id: int, what: str, *, searchable: bool,
            version: Optional[int], was: Optional[str]) -> None:
    with db.begin() as session:
        row = _row(session, model, row_id, what)
        _check(row, what, version, was, None)  # None: removed
        contact_id = row.contact_id
        session.delete(row)
        session.flush()
        if searchable:
            derived.refresh_search_text(session, [contact_id])


def row_text(row: Phone | Email | Address | Website) -> str:
    """A phone, email, address or website as one line, with its label: what a caller saw of it (`was`)."""
    if isinstance(row, Phone):
        text = row.raw + (f" ext. {row.extension}" if row.extension else "")
    elif isinstance(row, Email):
        text = row.address
    elif isinstance(row, Address):
        text = _address_line(row)
    else:
        text = row.url
    return _labelled(text, row.label)


def seen_rows(contact: Contact) -> dict[tuple[str, int], str]:
    """The contact's phones, emails, addresses and websites as a caller loaded them, by (kind, id):
    what it gives back as `was` when it changes one."""
    return {(kind, row.id): row_text(row) for kind, rows in (
        ("phone", contact.phones), ("email", contact.emails), ("address", contact.addresses),
        ("website", contact.websites)) for row in rows}


def _labelled(text: str, label: Optional[str]) -> str:
    return versions.Labelled(text, clean_label(label))


def _address_line(address: Address | AddressData) -> str:
    return ", ".join(x for x in (address.street, address.city, address.region, address.postal_code, address.country)
                     if x)


def _check(row: Row, what: str, version: Optional[int], was: Optional[str], mine: Optional[str]) -> None:
    """Someone else changed this row since the caller loaded the contact at `version`: refused."""
    versions.check_part(row.contact, version, what, mine, was, row_text(row))
