"""Commands for contacts that are one person: duplicates (list, or dismiss a pair) and merge."""
from __future__ import annotations

import argparse

from app.services import contacts, duplicates, merge

from .output import dump_json, table


class _Dismiss(argparse.Action):
    """`duplicates` only reads, unless --dismiss is given: then it takes the writer lock."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        setattr(namespace, self.dest, values)
        namespace.writes = True


def register(commands) -> None:
    p = commands.add_parser("duplicates", help="list contacts that are probably the same person",
                            description="List pairs of contacts that share a number, an email or their name, "
                                        "strongest first.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, metavar="N", help="at most N pairs")
    p.add_argument("--dismiss", nargs=2, metavar=("A", "B"), action=_Dismiss,
                   help="A and B are two people: do not list them as a pair again")
    p.set_defaults(handler=cmd_duplicates, writes=False)

    p = commands.add_parser("merge", help="merge two contacts that are one person",
                            description="Move everything of OTHER onto KEEP (numbers, emails, notes, history, "
                                        "purchases, groups; empty fields filled), then delete OTHER. "
                                        "A backup is made first.")
    p.add_argument("keep", help="the contact to keep: id or exact display name")
    p.add_argument("other", help="the contact merged into it and then deleted: id or exact display name")
    p.add_argument("--dry-run", action="store_true", help="say what would happen, change nothing")
    p.set_defaults(handler=cmd_merge)


def cmd_duplicates(db, args) -> int:
    if args.dismiss:
        a, b = (contacts.resolve(db, ref) for ref in args.dismiss)
        duplicates.dismiss(db, a, b)
        print(f"{a} and {b}: not the same person; no longer listed as duplicates")
        return 0
    pairs = duplicates.find_duplicates(db, limit=args.limit)
    if args.json:
        dump_json([pair.as_json() for pair in pairs])
        return 0
    if not pairs:
        print("no duplicates found")
        return 0
    table(("ID", "NAME", "ORGANISATION", "ID", "NAME", "ORGANISATION", "WHY"),
          ((p.a.id, p.a.display_name, p.a.organization, p.b.id, p.b.display_name, p.b.organization, why(p))
           for p in pairs))
    print(f"\n{len(pairs)} {'pair' if len(pairs) == 1 else 'pairs'}. Merge one: rapport merge KEEP OTHER; "
          "two people: rapport duplicates --dismiss A B")
    return 0


def why(pair: duplicates.DuplicatePair) -> str:
    text = "; ".join(str(reason) for reason in pair.reasons)
    return text + ("; names differ" if pair.rank == duplicates.NAMES_DIFFER else "")


def cmd_merge(db, args) -> int:
    keep, other = contacts.resolve(db, args.keep), contacts.resolve(db, args.other)
    if args.dry_run:
        plan = merge.plan_merge(db, keep, other)
        print(f"would merge {plan.other_id} {plan.other_name} into {plan.keep_id} {plan.keep_name}")
    else:
        result = merge.merge_contacts(db, keep, other)
        plan = result.plan
        print(f"merged {plan.other_id} {plan.other_name} into {plan.keep_id} {plan.keep_name}")
    for line in describe(plan):
        print(f"  {line}")
    if not args.dry_run and result.backup is not None:
        print(f"the store as it was is saved in {result.backup}")
    return 0


def describe(plan: merge.MergePlan) -> list[str]:
    lines = []
    for label, items in (("phones", plan.phones), ("emails", plan.emails), ("addresses", plan.addresses),
                         ("websites", plan.websites), ("groups", plan.groups), ("custom fields", plan.custom_fields)):
        if items:
            lines.append(f"+ {label}: {', '.join(items)}")
    moved = [f"{n} {one if n == 1 else many}" for one, many, n in (
        ("note", "notes", plan.notes), ("interaction", "interactions", plan.interactions),
        ("purchase", "purchases", plan.purchases), ("follow-up", "follow-ups", plan.follow_ups),
        ("referred contact", "referred contacts", plan.referrals)) if n]
    if moved:
        lines.append("+ " + ", ".join(moved))
    if plan.photo:
        lines.append("+ photo")
    if plan.filled:
        lines.append("filled: " + ", ".join(name.replace("_", " ") for name in plan.filled))
    if plan.tier:
        lines.append(f"tier: {plan.tier}")
    if plan.cadence_days:
        lines.append(f"cadence: every {plan.cadence_days} days")
    if plan.referrer:
        lines.append(f"referred by: {plan.referrer}")
    return lines or ["nothing to add: the other contact holds nothing the kept one lacks"]
