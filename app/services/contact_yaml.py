"""The customer file as YAML text, to edit in a text editor (as khard does), and back.

Every scalar is read as text (only an empty value is "nothing"): a number such as
+8613812345678, a postcode 01234, a date or the country code NO stay what was typed, and
the service that saves the field checks it as the window does. What changed against the
store becomes one ContactChanges, saved all together or not at all.
"""
from __future__ import annotations

import re
from typing import Any, Optional

import yaml
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact

from . import contacts
from .contact_changes import ContactChanges
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .reach import AddressData

NAMES = ("display_name", "prefix", "given_name", "middle_name", "family_name", "suffix", "nickname",
         "phonetic_given_name", "phonetic_family_name", "gender", "birthday", "anniversary")
WORK = ("organization", "department", "title")
KNOWLEDGE = ("needs", "pain_points", "family", "hobbies", "personality", "preferences")
ADDRESS_PARTS = ("label", "street", "city", "region", "postal_code", "country")
# The greetings desk's: the language greetings are written in, a birthday kept in the lunar calendar.
DESK = ("language", "lunar_birthday")
FIELDS = NAMES + WORK + ("source_channel",) + KNOWLEDGE + DESK
KEYS = FIELDS + ("lunar_leap", "tier", "cadence_days", "sales_stage", "referred_by", "groups", "phones", "emails", "addresses",
                 "websites", "custom", "status", "lost_reason")

HEADER = """\
# Customer {id}. Change what you like, save and close the editor; an empty value clears a field.
# Dates: YYYY-MM-DD, or --MM-DD without the year. tier: A, B, C, D or empty. cadence_days: empty
# for the tier's. sales_stage: prospect, first contact, needs identified, negotiating, customer,
# after-sale. referred_by: an id or exact name. status: active or lost (with lost_reason).
# language (of greetings): zh, es or en. lunar_birthday: MM-DD of the lunar calendar, lunar_leap yes for 闰月.
# A new phone:   - number: 138 1234 5678    A new address:  - street: …
#                  label: mobile                              city: …
"""


class _TextLoader(yaml.SafeLoader):
    """YAML where every scalar is a string, except an empty one (nothing)."""


class _TextDumper(yaml.SafeDumper):
    pass


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_TextDumper.yaml_implicit_resolvers = _TextLoader.yaml_implicit_resolvers  # quotes only what would read as null
_TextDumper.add_representer(str, lambda dumper, text: dumper.represent_scalar(
    "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None))
_TextDumper.add_representer(type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", ""))


def to_yaml(contact: Contact) -> str:
    """`contact` as loaded by contacts.get_contact."""
    data: dict[str, Any] = {key: getattr(contact, key) for key in NAMES + WORK}
    data.update(tier=contact.tier.code if contact.tier else None,
                cadence_days=str(contact.cadence_days) if contact.cadence_days else None,
                sales_stage=contact.sales_stage, source_channel=contact.source_channel,
                referred_by=_referrer_text(contact), groups=sorted(g.name for g in contact.groups),
                phones=[{"number": p.raw, "label": p.label} for p in contact.phones],
                emails=[{"address": e.address, "label": e.label} for e in contact.emails],
                addresses=[{part: getattr(a, part) for part in ADDRESS_PARTS} for a in contact.addresses],
                websites=[{"url": w.url, "label": w.label} for w in contact.websites])
    data.update({key: getattr(contact, key) for key in KNOWLEDGE})
    data["custom"] = {f.name: f.value for f in contact.custom_fields}
    data.update(status=contact.status, lost_reason=contact.lost_reason, language=contact.language,
                lunar_birthday=contact.lunar_birthday, lunar_leap="yes" if contact.lunar_leap else "no")
    body = yaml.dump(data, Dumper=_TextDumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=100)
    return HEADER.format(id=contact.id) + body


def _referrer_text(contact: Contact) -> Optional[str]:
    referrer = contact.referred_by
    return f"{referrer.display_name} ({referrer.id})" if referrer else None


def _referrer_id(db: sessionmaker[Session], text: str) -> int:
    """"Bob Smith (7)" as written out, or what the user typed: an id or an exact name."""
    match = re.fullmatch(r".*\((\d+)\)", text)
    return int(match.group(1)) if match else contacts.resolve(db, text)


def read_yaml(text: str) -> dict[str, Any]:
    """The edited text as a mapping of known keys; a mistake raises InvalidValue naming the line or key."""
    try:
        data = yaml.load(text, Loader=_TextLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "line {line}: {problem}"),
                           line=mark.line + 1 if mark else "?", problem=exc.problem or exc.context) from None
    except yaml.YAMLError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "the text is not YAML: {problem}"), problem=exc) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "the text should be 'field: value' lines, as it was given"))
    unknown = [str(key) for key in data if key not in KEYS]
    if unknown:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{key}: not a field of the customer file (the fields are "
                                                         "those it was opened with)"), key=unknown[0])
    return data


def changes_from_yaml(db: sessionmaker[Session], contact: Contact, text: str) -> ContactChanges:
    """What differs between the edited text and `contact` (loaded by contacts.get_contact); a key left
    out of the text is left as it is."""
    new = read_yaml(text)
    old = yaml.load(to_yaml(contact), Loader=_TextLoader)
    c = ContactChanges()
    for key in FIELDS:
        if key in new and _text(new[key], key) != _text(old[key], key):
            c.fields[key] = _text(new[key], key) or ""
    if "tier" in new and _text(new["tier"], "tier") != old["tier"]:
        c.tier = _text(new["tier"], "tier")
    if "cadence_days" in new and _text(new["cadence_days"], "cadence_days") != old["cadence_days"]:
        c.cadence_days = _days(_text(new["cadence_days"], "cadence_days"))
    if "sales_stage" in new and _text(new["sales_stage"], "sales_stage") != old["sales_stage"]:
        if not _text(new["sales_stage"], "sales_stage"):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "sales_stage: a stage is not cleared, it is moved: "
                                                             "write the stage the customer is in now"))
        c.stage = new["sales_stage"]
    if "referred_by" in new and _text(new["referred_by"], "referred_by") != old["referred_by"]:
        ref = _text(new["referred_by"], "referred_by")
        c.referrer_id = _referrer_id(db, ref) if ref else None
    if "groups" in new:
        groups = [_text(g, "groups") for g in _list(new["groups"], "groups")]
        c.add_groups = [g for g in groups if g and g not in old["groups"]]
        c.remove_groups = [g for g in old["groups"] if g not in groups]
    _rows(new, old, contact.phones, "phones", "number", c.add_phones, c.update_phones, c.remove_phones)
    _rows(new, old, contact.emails, "emails", "address", c.add_emails, c.update_emails, c.remove_emails)
    _rows(new, old, contact.websites, "websites", "url", c.add_websites, c.update_websites, c.remove_websites)
    _addresses(new, old, contact, c)
    if "custom" in new:
        custom = new["custom"] or {}
        if not isinstance(custom, dict):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "custom: write one 'name: value' line per field"))
        wanted = {str(k): _text(v, f"custom {k}") for k, v in custom.items()}
        c.custom = {k: v for k, v in wanted.items() if old["custom"].get(k) != v}
        c.custom.update({k: None for k in old["custom"] if k not in wanted})
    if "lunar_leap" in new and _yes(new["lunar_leap"]) != _yes(old["lunar_leap"]):
        c.fields["lunar_leap"] = _yes(new["lunar_leap"])
    _status(new, old, c)
    return c


def _yes(value: Any) -> bool:
    text = (_text(value, "lunar_leap") or "no").lower()
    if text in ("yes", "y", "true", "1", "是", "sí", "si"):
        return True
    if text in ("no", "n", "false", "0", "否"):
        return False
    raise InvalidValue(QT_TRANSLATE_NOOP("services", "lunar_leap: '{text}' is neither yes nor no"), text=text)


def _status(new: dict, old: dict, c: ContactChanges) -> None:
    status = _text(new.get("status", old["status"]), "status") or "active"
    reason = _text(new.get("lost_reason", old["lost_reason"]), "lost_reason")
    if status not in ("active", "lost"):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "status: '{status}' is neither active nor lost"),
                           status=status)
    if status == "lost" and (old["status"] != "lost" or reason != old["lost_reason"]):
        c.lost_reason = reason or ""  # the service refuses an empty reason, naming the ones there are
    elif status == "active" and old["status"] == "lost":
        c.reactivate = True


def _rows(new: dict, old: dict, rows: list, key: str, value: str, add: list, update: list, remove: list) -> None:
    """Unchanged rows are paired first, then the rest in order: a changed row is updated, keeping
    its id; rows left over are removed or added."""
    if key not in new:
        return
    wanted = [_row(item, key, value) for item in _list(new[key], key)]
    wanted = [w for w in wanted if w[0]]
    current = [(item[value], item["label"]) for item in old[key]]
    ids = [row.id for row in rows]
    left = list(range(len(current)))
    changed: list[tuple[str, Optional[str]]] = []
    for pair in wanted:
        if pair in [current[i] for i in left]:
            left.remove(next(i for i in left if current[i] == pair))
        else:
            changed.append(pair)
    for i, pair in zip(left, changed):
        update.append((ids[i], *pair))
    remove += [ids[i] for i in left[len(changed):]]
    add += changed[len(left):]


def _row(item: Any, key: str, value: str) -> tuple[Optional[str], Optional[str]]:
    if isinstance(item, dict):
        extra = [str(k) for k in item if k not in (value, "label")]
        if extra:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{key}: '{extra}' is not part of one (write {value} "
                                                             "and label)"), key=key, extra=extra[0], value=value)
        return _text(item.get(value), key), _text(item.get("label"), key)
    return _text(item, key), None  # "- 138 1234 5678" alone is a number without a label


def _addresses(new: dict, old: dict, contact: Contact, c: ContactChanges) -> None:
    if "addresses" not in new:
        return
    wanted = []
    for item in _list(new["addresses"], "addresses"):
        if not isinstance(item, dict) or any(k not in ADDRESS_PARTS for k in item):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "addresses: each is written with street, city, region, "
                                                             "postal_code, country and label"))
        parts = {part: _text(item.get(part), "addresses") for part in ADDRESS_PARTS}
        if any(parts.values()):
            wanted.append(parts)
    current = old["addresses"]
    left = list(range(len(current)))
    changed = []
    for parts in wanted:
        same = next((i for i in left if current[i] == parts), None)
        if same is None:
            changed.append(parts)
        else:
            left.remove(same)
    ids = [a.id for a in contact.addresses]
    c.update_addresses += [(ids[i], AddressData(**parts)) for i, parts in zip(left, changed)]
    c.remove_addresses += [ids[i] for i in left[len(changed):]]
    c.add_addresses += [AddressData(**parts) for parts in changed[len(left):]]


def _list(value: Any, key: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{key}: write a list, one '- ' line each"), key=key)
    return value


def _text(value: Any, key: str) -> Optional[str]:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{key}: write a value, not a list or a mapping"), key=key)
    return value.strip() or None if "\n" not in value.strip() else value.rstrip("\n")


def _days(text: Optional[str]) -> Optional[int]:
    if text is None:
        return None
    if not text.isdigit():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "cadence_days: '{text}' is not a number of days"),
                           text=text)
    return int(text)
