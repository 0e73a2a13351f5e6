"""Commands that move contacts in and out: export (import comes with the importer)."""
from __future__ import annotations

import sys
from pathlib import Path

from app.services.errors import InvalidValue
from app.services.export_json import export_json


def register(commands) -> None:
    p = commands.add_parser("export", help="export contacts", description="Export contacts to a file or stdout.")
    p.add_argument("--format", choices=("json",), default="json")
    p.add_argument("--group", help="only this group")
    p.add_argument("--include-trash", action="store_true", help="also contacts in the trash")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(handler=cmd_export)


def cmd_export(db, args) -> int:
    if args.output:
        path = Path(args.output)
        if path.is_dir():
            raise InvalidValue(f"{path}: is a folder; give a file name")
        tmp = path.with_name(path.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="\n") as out:
                n = export_json(db, out, group=args.group, include_trash=args.include_trash)
            tmp.replace(path)  # a failed export never leaves half a file under the real name
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InvalidValue(f"{path}: cannot write ({exc.strerror})") from None
        print(f"exported {n} contacts to {path}", file=sys.stderr)
    else:
        export_json(db, sys.stdout, group=args.group, include_trash=args.include_trash)
    return 0
