"""Field-by-field merge of a contact and its card, each against its own side's last synced version.

Multi-valued fields (phones, emails, addresses, groups, notes) keep both sides' values: what one
side added is added, what one side removed (and the other left alone) is removed. A single-valued
field changed on one side takes that side's value; changed differently on both sides, the newer
value wins and the other is returned as a Conflict, for the contact's history and the report.
Without a base (the first sync of a contact found on both sides) what the user typed is kept.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .fields import LABELLED, MULTI, SCALARS, FieldSet, label_of


@dataclass
class Conflict:
    field: str  # a key of fields.FIELD_NAMES
    kept: Optional[str]
    other: Optional[str]
    other_side: str  # "server" or "here": where the value that lost came from


def merge(local: FieldSet, base_local: Optional[FieldSet], remote: FieldSet, base_remote: Optional[FieldSet],
          *, remote_is_newer: bool) -> tuple[FieldSet, list[Conflict]]:
    merged = FieldSet()
    conflicts: list[Conflict] = []
    first = base_local is None or base_remote is None
    for key in SCALARS:
        mine, theirs = local.scalars.get(key), remote.scalars.get(key)
        if first:
            local_changed, remote_changed = bool(mine), bool(theirs)
        else:
            local_changed = mine != base_local.scalars.get(key)
            remote_changed = theirs != base_remote.scalars.get(key)
        value = mine
        if remote_changed and not local_changed:
            value = theirs
        elif remote_changed and local_changed and mine != theirs:
            take_remote = remote_is_newer and not first
            value = theirs if take_remote else mine
            if key != "display_name":  # follows the names; the parts carry the conflict
                conflicts.append(Conflict(key, value, mine if take_remote else theirs,
                                          "here" if take_remote else "server"))
        if value:
            merged.scalars[key] = value
    for kind in MULTI:
        mine_items, their_items = local.items[kind], remote.items[kind]
        removed_there = set(base_remote.items[kind]) - set(their_items) if base_remote else set()
        added_there = [k for k in their_items if not base_remote or k not in base_remote.items[kind]]
        removed_here = set(base_local.items[kind]) - set(mine_items) if base_local else set()
        result = {k: v for k, v in mine_items.items() if k not in removed_there}
        for k in added_there:
            if k not in removed_here:
                result.setdefault(k, their_items[k])
        if kind in LABELLED:  # a label changed there (and not here) is taken from there
            for k in result:
                if k in their_items and base_remote and k in base_remote.items[kind] and (
                        label_of(their_items[k]) != label_of(base_remote.items[kind][k])) and (
                        not base_local or k not in base_local.items[kind]
                        or label_of(mine_items.get(k, {})) == label_of(base_local.items[kind][k])):
                    result[k] = {**result[k], "label": their_items[k].get("label"), "relabel": True}
                elif first and k in their_items and not label_of(result[k]) and label_of(their_items[k]):
                    result[k] = {**result[k], "label": their_items[k].get("label"), "relabel": True}  # fill, never overwrite
        merged.items[kind] = result
    merged.photo, merged.photo_data, merged.photo_up = _photo(local, base_local, remote, base_remote, remote_is_newer, first, conflicts)
    return merged, conflicts


def _photo(local, base_local, remote, base_remote, remote_is_newer, first, conflicts):
    local_changed = bool(local.photo) if first else local.photo != base_local.photo
    remote_changed = bool(remote.photo) if first else remote.photo != base_remote.photo
    if remote_changed and (not local_changed or (remote_is_newer and not first)):
        if local_changed and local.photo:
            conflicts.append(Conflict("photo", None, None, "here"))
        return remote.photo, remote.photo_data, False
    if remote_changed and local_changed and remote.photo:
        conflicts.append(Conflict("photo", None, None, "server"))
    return local.photo, None, local_changed
