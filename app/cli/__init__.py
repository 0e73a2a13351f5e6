"""The `rapport` command line: a thin shell over app.services.

`rapport` with no command starts the desktop app. Every command opens the
store, calls services, prints, and turns a ServiceError into one line on
stderr and a non-zero exit; nothing here knows SQL or Qt.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from typing import Optional, Sequence

from app.messages import TranslatableError

from . import commands as _commands
from . import read_path, shell_cmd

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (plus where to get help), not a usage dump."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        # argparse reports a word no command knows from the top parser, "(see 'rapport --help')", where
        # the options the user was after are listed under the command: point there.
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = getattr(parsed, "command", None)
            where = f"{self.prog} {command}" if command else self.prog
            self.exit(EXIT_USAGE, f"{self.prog}: unrecognized arguments: {' '.join(extras)} (see '{where} --help')\n")
        return parsed


def build_parser(argv: Optional[Sequence[str]] = None) -> Parser:
    """The whole parser, or with argv the parser of the command it names (only that module imported)."""
    parser = Parser(prog="rapport", description="Rapport: a customer file for one salesperson.")
    parser.add_argument("--db", metavar="PATH|URL", help="the database file, or a team's server as "
                        "postgresql+psycopg://user@host/db (default: $RAPPORT_DB, else your data folder)")
    parser.add_argument("--demo", action="store_true", help="use a separate demo database filled with sample customers")
    shell_cmd.add_version(parser)
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="open the window, wait until today's list and the contacts are shown, print the "
                             "seconds it took on stderr and exit (for benchmarks and smoke tests)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    _commands.register(commands, argv)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    import os

    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(None if "_ARGCOMPLETE" in os.environ else words)
    shell_cmd.autocomplete(parser)  # the shell asking for completions: answered, and exits
    try:
        from app.services.failures import refuse_undecodable

        refuse_undecodable(words)
    except TranslatableError as exc:
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args = parser.parse_args(argv)
    if not getattr(args, "needs_store", True):
        return args.handler(None, args)
    quick = getattr(args, "quick", None)  # a read answered from what the store keeps, before opening it
    if quick is not None:
        try:
            code = quick(args)
        except BrokenPipeError:
            return EXIT_OK
        if code is not None:
            return code
    path = None
    try:
        answered = read_path.answer(args)  # a command that only reads: without the ORM when it can
        if answered is not None:
            return answered
        if args.command is None:
            return _window(args)
        from app.services.store import close_store, network_share_warning, open_for_use, resolve_db_path, writer_lock

        path = resolve_db_path(args.db, demo=args.demo)
        warning = network_share_warning(path)
        if warning:
            print(f"rapport: warning: {warning}", file=sys.stderr)
        writes = args.demo or getattr(args, "writes", True)
        lock = writer_lock(path) if writes else None  # one writer per store, GUI or command line
        db = None
        try:
            db = open_for_use(path)
            if args.demo:
                from app.services.demo import ensure_demo_data

                ensure_demo_data(db)
            code = args.handler(db, args) or EXIT_OK
            if writes and getattr(args, "auto_backup", True):
                from app.services.backup import backup_after_change

                warning = backup_after_change(db)
                if warning:
                    print(f"rapport: warning: {warning}", file=sys.stderr)
            return code
        finally:
            if db is not None:
                close_store(db, path)
            if lock is not None:
                lock.release()
    except TranslatableError as exc:  # ServiceError, StoreError
        print(f"rapport: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("rapport: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never show a traceback to a user; keep it for a bug report
        from app.services.failures import disk_full, server_gone

        full = disk_full(exc, path) or server_gone(exc, path)
        if full is not None:
            print(f"rapport: {full}", file=sys.stderr)
            return EXIT_ERROR
        where = _save_traceback()
        # One line: a database error's text carries the whole SQL statement, which is for the log.
        first = (str(exc).splitlines() or [""])[0][:200]
        print(f"rapport: unexpected error: {exc.__class__.__name__}: {first} (details in {where})", file=sys.stderr)
        return EXIT_ERROR


def _window(args) -> int:
    """`rapport` with no command: the window. The store's modules are not imported here: a store as
    Rapport left it is shown before they are (app/ui/fast_start)."""
    from pathlib import Path

    from app.services.store_paths import chosen_store
    from app.ui.display_check import display_problem

    path = chosen_store(args.db, demo=args.demo)
    if isinstance(path, str) and "://" in path:  # a team's server
        from app.services.store import resolve_db_path

        path = resolve_db_path(args.db, demo=args.demo)
    elif isinstance(path, str):
        path = Path(path).expanduser()
    problem = display_problem()  # one line instead of Qt's abort when the window cannot open
    if problem:
        print(f"rapport: {problem}", file=sys.stderr)
        return EXIT_ERROR
    from app.ui.app import run_gui  # Qt only when the window is wanted

    return run_gui(path, demo=args.demo, quit_when_ready=args.quit_when_ready)


def _save_traceback() -> str:
    from app.services.error_log import write_error_log

    path = write_error_log(traceback.format_exc())
    return str(path) if path else "no log: the log folder is not writable"


if __name__ == "__main__":
    sys.exit(main())
