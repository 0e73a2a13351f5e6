"""Which module registers which command, so `rapport today` imports the today command only.

Importing every command module (and through them every service, the ORM and the models) cost
about a second before any command ran. The parser for one command is built from its own module;
`rapport`, `rapport --help`, a mistyped command and shell completion get every module.
tests/test_cli_dispatch.py checks this table against what the modules register.
"""
from __future__ import annotations

import importlib
from typing import Optional, Sequence

# In the order `rapport --help` lists them.
MODULES: dict[str, tuple[str, ...]] = {
    "contacts_cmd": ("add", "list", "show", "log", "note", "trash", "restore-contact"),
    "set_cmd": ("set",),
    "edit_cmd": ("edit",),
    "merge_cmd": ("duplicates", "merge"),
    "transfer_cmd": ("import", "export", "undo-import", "imports"),
    "calls_cmd": ("today", "plan", "followup", "snooze"),
    "route_cmd": ("route",),
    "safety_cmd": ("backup", "backups", "restore", "empty-trash"),
    "value_cmd": ("value",),
    "products_cmd": ("products",),
    "playbook_cmd": ("playbook",),
    "purchases_cmd": ("buy", "purchases", "purchase-set", "purchase-delete"),
    "shell_cmd": ("completion",),
    "tiers_cmd": ("tiers",),
    "sync_cmd": ("sync",),
    "greet_cmd": ("greet",),
    "return_visits_cmd": ("return-visits",),
    "event_cmd": ("event",),
    "labels_cmd": ("labels",),
    "move_cmd": ("move-store",),
}
_MODULE_OF = {command: module for module, commands in MODULES.items() for command in commands}
# Options of `rapport` itself that take a value: the word after them is not the command.
_TAKES_VALUE = ("--db",)


def command_word(argv: Sequence[str]) -> Optional[str]:
    """The command named in argv (the first word that is not an option or an option's value), or None."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--":
            return None
        elif word.startswith("-"):
            skip = word in _TAKES_VALUE
        else:
            return word
    return None


def register(commands, argv: Optional[Sequence[str]]) -> None:
    """Register the command argv names (its module's commands), or all when argv is None or names none we know.
    No command at all (`rapport`, `rapport --db X`) opens the window: no command module is needed."""
    if argv is not None and command_word(argv) is None and not {"-h", "--help"} & set(argv):
        return
    module = _MODULE_OF.get(command_word(argv)) if argv is not None else None
    for name in (module,) if module else MODULES:
        importlib.import_module(f"{__package__}.{name}").register(commands)
