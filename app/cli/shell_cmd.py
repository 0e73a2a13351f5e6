"""The command line about itself: `rapport --version` and shell completion.

Completion is argcomplete's: the shell asks `rapport` itself what may come next, so commands,
options and their choices are never out of step with the parser, and a contact's name is
completed from the store (read-only). shtab writes static scripts but has no fish; argcomplete
speaks bash, zsh and fish.
"""
from __future__ import annotations

import argparse

SHELLS = ("bash", "zsh", "fish")


class _Version(argparse.Action):
    """--version, the version looked up only when asked (importlib.metadata is a share of every start)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        from app.services.about import rapport_version

        print(f"rapport {rapport_version()}")  # on standard output, as argparse's own version action
        parser.exit()


def add_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=_Version)


def register(commands) -> None:
    p = commands.add_parser(
        "completion", help="print the shell code that completes rapport's commands and contact names",
        description="Print the code that makes your shell complete rapport's commands, options and contact "
                    "names. bash: add 'eval \"$(rapport completion bash)\"' to ~/.bashrc; zsh: the same in "
                    "~/.zshrc; fish: 'rapport completion fish > ~/.config/fish/completions/rapport.fish'.")
    p.add_argument("shell", choices=SHELLS)
    p.set_defaults(handler=cmd_completion, writes=False, needs_store=False)


def cmd_completion(_db, args) -> int:
    import argcomplete

    print(argcomplete.shellcode(["rapport"], shell=args.shell))
    return 0


def complete_contacts(prefix: str, parsed_args, **_kwargs) -> list[str]:
    """Names from the store --db (or the default) points at; nothing when there is none or it cannot be read."""
    from app.services import directory
    from app.services.store import open_to_read, resolve_db_path

    try:
        db = open_to_read(resolve_db_path(getattr(parsed_args, "db", None), demo=getattr(parsed_args, "demo", False)))
        return directory.names_starting(db, prefix) if db is not None else []
    except Exception:  # noqa: BLE001 — a completion never prints an error into the user's command line
        return []


def autocomplete(parser: argparse.ArgumentParser) -> None:
    """When the shell is asking (it sets _ARGCOMPLETE), answer and exit; otherwise do nothing."""
    import os

    if "_ARGCOMPLETE" not in os.environ:
        return
    import argcomplete

    for action in _actions(parser):
        if action.dest in ("contact", "contacts", "keep", "other"):
            action.completer = complete_contacts  # type: ignore[attr-defined]
    argcomplete.autocomplete(parser)


def _actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        yield action
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)
