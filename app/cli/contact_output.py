"""How `rapport list` and `rapport show` print, whichever way the rows were read (the ORM's services or
the read-only path, app/services/reading): one printer, so both print the same bytes."""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from app.services.names import compose_display_name

from .output import dump_json_items, table

LIST_HEADERS = ("ID", "NAME", "ORGANISATION", "TIER", "PHONE", "LAST CONTACT", "NEXT DUE")


def list_item(contact_id: int, display_name: str, organization: Optional[str], tier: Optional[str],
              phone: Optional[str], email: Optional[str], city: Optional[str], status: str,
              last_contact: Optional[str], next_due: Optional[str]) -> dict:
    """One contact of `rapport list --json` (dates as YYYY-MM-DD)."""
    return {"id": contact_id, "display_name": display_name, "organization": organization, "tier": tier,
            "phone": phone, "email": email, "city": city, "status": status, "last_contact": last_contact,
            "next_due": next_due}


def print_list(rows: Iterable[tuple[dict, Callable[[], str]]], as_json: bool) -> None:
    """rows: (list_item, how its phone is shown) in the list's order. JSON is streamed row by row;
    the table needs every row for its column widths."""
    if as_json:
        dump_json_items(item for item, _phone in rows)
        return
    cells = [(d["id"], d["display_name"], d["organization"], d["tier"], phone(), d["last_contact"], d["next_due"])
             for d, phone in rows]
    if not cells:
        print("no contacts")
        return
    table(LIST_HEADERS, cells)


def print_contact(d: dict, phone_text: Callable[[int, dict], str]) -> None:
    """The customer file as text; phone_text(i, phone) is how the i-th of d["phones"] is shown."""
    title = d["display_name"] + (" (in the trash)" if d["in_trash"] else "") + (
        f" — LOST {d['lost_on']}: {d['lost_reason']}" if d["status"] == "lost" else "")
    print(title)
    print("=" * min(60, max(10, len(title))))
    lines = [
        ("id", d["id"]), ("name", compose_display_name(d["given_name"], d["family_name"], d["middle_name"])
                                     if d["given_name"] or d["family_name"] else None),  # 李娜, not 娜 李
        ("nickname", d["nickname"]), ("organisation", " / ".join(x for x in (d["organization"], d["department"]) if x)),
        ("title", d["title"]), ("gender", d["gender"]), ("birthday", d["birthday"]), ("anniversary", d["anniversary"]),
        ("lunar birthday", d.get("lunar_birthday") and ("leap " if d.get("lunar_leap") else "") + d["lunar_birthday"]),
        ("greets in", d.get("language")),
        ("tier", d["tier"]), ("cadence", f"every {d['cadence_days']} days" if d["cadence_days"] else None),
        ("groups", ", ".join(d["groups"])), ("last contact", d["last_contact"]), ("next due", d["next_due"]),
        ("source", d["source_channel"]), ("referred by", d["referred_by"]), ("stage", d["sales_stage"]),
        ("owner", d.get("owner")),
    ]
    lines += [(f"phone ({p['label']})" if p["label"] else "phone", phone_text(i, p))
              for i, p in enumerate(d["phones"])]  # as everywhere: national form at home, international abroad
    lines += [(f"email ({e['label']})" if e["label"] else "email", e["address"]) for e in d["emails"]]
    lines += [(f"address ({a['label']})" if a["label"] else "address",
               ", ".join(x for x in (a["street"], a["city"], a["region"], a["postal_code"], a["country"]) if x))
              for a in d["addresses"]]
    lines += [(f"website ({w['label']})" if w["label"] else "website", w["url"]) for w in d["websites"]]
    lines += [(key, d[key]) for key in ("needs", "pain_points", "family", "hobbies", "personality", "preferences")]
    lines += [(f["name"], f["value"]) for f in d["custom"]]
    for label, value in lines:
        if value not in (None, ""):
            print(f"{label + ':':<16}{str(value).replace(chr(10), chr(10) + ' ' * 16)}")
    for n in d["notes"]:
        print(f"\nnote {n['created_at'][:16]}{_by(n)}{' (pinned)' if n['pinned'] else ''}:\n  {n['text']}")
    if d["interactions"]:
        print("\nhistory:")
        for i in reversed(d["interactions"]):
            print(f"  {i['at'].replace('T', ' ')}  {i['kind']:<9} {i['summary'] or ''}"
                  + (f" → {i['outcome']}" if i["outcome"] else "") + _by(i))
    if d["purchases"]:
        print("\npurchases:")
        for p in reversed(d["purchases"]):
            price = f"  {p['unit_price']} {p['currency'] or ''}".rstrip() if p["unit_price"] else ""
            print(f"  {p['date']}  {p['quantity']} × {p['product']}{' ' + p['model'] if p['model'] else ''}"
                  f"{price}{_by(p)}")


def _by(row: dict) -> str:
    """Who recorded a note, a call or a purchase (several people share a team's store)."""
    return f" (by {row['by']})" if row.get("by") else ""
