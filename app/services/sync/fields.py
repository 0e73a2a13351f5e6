"""What travels between Rapport and a phone, in one comparable shape for both sides.

A contact (read from the store) and a card (read from the server) both become a FieldSet:
single-valued fields as text, and multi-valued ones (phones, emails, addresses, groups,
plain notes) as items keyed by what makes them the same item (a number with its label, an
address lower-cased…), each with the values to write it back ("payload"). Only the keys are
compared and kept as the base of the next merge; Rapport's own records (tier, calls,
purchases, rich notes, stages) are not in it and never leave the store.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional

SCALARS = ("display_name", "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
           "organization", "department", "title", "birthday")
MULTI = ("phones", "emails", "addresses", "groups", "notes")
# Names a user reads in the sync report for a field that was changed on both sides.
FIELD_NAMES = {"display_name": "name", "given_name": "first name", "family_name": "last name",
               "middle_name": "middle name", "prefix": "name prefix", "suffix": "name suffix",
               "nickname": "nickname", "organization": "organisation", "department": "department",
               "title": "title", "birthday": "birthday", "photo": "photo"}

Key = tuple[str, ...]


def _low(value: Optional[str]) -> str:
    return (value or "").strip().lower()


# A number or an address is one item whatever its label: the same number labelled "mobile" on
# the phone and nothing here is one phone, not two. The label travels with it (see canonical).
LABELLED = ("phones", "emails")


def phone_key(number: str, extension: Optional[str]) -> Key:
    return (number.strip() + (f";ext={extension.strip()}" if extension and extension.strip() else ""),)


def email_key(address: str) -> Key:
    return (address.strip().lower(),)


def label_of(payload: dict[str, Any]) -> str:
    return _low(payload.get("label"))


def address_key(label, street, city, region, postal_code, country) -> Key:
    return (_low(label), *((v or "").strip() for v in (street, city, region, postal_code, country)))


@dataclass
class FieldSet:
    scalars: dict[str, str] = field(default_factory=dict)
    items: dict[str, dict[Key, dict[str, Any]]] = field(default_factory=lambda: {kind: {} for kind in MULTI})
    photo: Optional[str] = None  # a fingerprint of the picture, compared only with the same side's last one
    photo_data: Optional[tuple[str, bytes]] = None  # (mime, bytes) when read from a card
    photo_up: bool = False  # a merge kept this side's photo over the server's: the card must carry it

    def canonical(self) -> dict[str, Any]:
        """JSON-able, order-free: what the next sync compares against."""
        data: dict[str, Any] = {key: value for key, value in sorted(self.scalars.items()) if value}
        for kind in MULTI:
            if kind in LABELLED:
                data[kind] = sorted([*key, label_of(payload)] for key, payload in self.items[kind].items())
            else:
                data[kind] = sorted(list(key) for key in self.items[kind])
        data["photo"] = self.photo
        return data

    @classmethod
    def from_canonical(cls, data: dict[str, Any]) -> "FieldSet":
        fields = cls(scalars={k: data[k] for k in SCALARS if data.get(k)}, photo=data.get("photo"))
        for kind in MULTI:
            if kind in LABELLED:
                fields.items[kind] = {tuple(item[:-1]): {"label": item[-1]} for item in data.get(kind, [])}
            else:
                fields.items[kind] = {tuple(key): {} for key in data.get(kind, [])}
        return fields


def to_json(fields: FieldSet) -> str:
    return json.dumps(fields.canonical(), ensure_ascii=False, sort_keys=True)


def from_json(text: Optional[str]) -> Optional[FieldSet]:
    return FieldSet.from_canonical(json.loads(text)) if text else None
