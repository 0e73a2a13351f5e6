"""`rapport edit CONTACT`: the customer file as YAML in $VISUAL / $EDITOR, saved when it is closed.

Only what changed is saved, through the window's services and all together
(app/services/contact_yaml.py). A refused value saves nothing: at a terminal the editor
opens again on the text as it was left, the message on top; otherwise the message is the
one line on stderr and the exit code is 1.
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from app.services import contacts, reach, settings
from app.services.contact_changes import apply_changes
from app.services.contact_yaml import changes_from_yaml, to_yaml
from app.services.errors import InvalidValue, ServiceError
from app.services.team.versions import ContactConflict

ERROR_MARK = "# NOT SAVED: "


def register(commands) -> None:
    p = commands.add_parser(
        "edit", help="edit a customer's whole file as text in your editor",
        description="Open the customer file as YAML in $VISUAL or $EDITOR (default vi) and save what changed "
                    "when the editor closes. A value the window would refuse saves nothing.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--region", help="country for phone numbers without a country code, e.g. CN, ES, US")
    p.set_defaults(handler=cmd_edit)


def cmd_edit(db, args) -> int:
    contact_id = contacts.resolve(db, args.contact)
    region = settings.phone_region(db, args.region)
    # What the editor opened on: changes are what the person changed in it, saved over this version;
    # a field someone else saved meanwhile is refused with both values, not reverted.
    loaded = contacts.get_contact(db, contact_id)
    original = to_yaml(loaded)
    text = original
    while True:
        text = _without_error(run_editor(text))
        if text == original:
            print(f"{contact_id}: no change")
            return 0
        try:
            changes = changes_from_yaml(db, loaded, text)
            if changes.is_empty():
                print(f"{contact_id}: no change")
                return 0
            changes.version = loaded.version_id
            changes.was = {key: getattr(loaded, key) for key in changes.fields}
            changes.was_rows = reach.seen_rows(loaded)  # a phone someone else changed meanwhile is refused too
            apply_changes(db, [contact_id], changes, region=region)
        except ServiceError as exc:
            if isinstance(exc, ContactConflict):  # edited again, it is compared with what is stored now
                loaded = contacts.get_contact(db, contact_id)
                original = to_yaml(loaded)
            if not _interactive():
                raise
            print(f"rapport: {exc}", file=sys.stderr)
            if not _ask_again():
                return 1
            text = f"{ERROR_MARK}{exc}\n{text}"
            continue
        print(f"{contact_id}: saved")
        return 0


def editor_command() -> list[str]:
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return shlex.split(command)


def run_editor(text: str) -> str:
    """`text` in a private temporary file, opened in the user's editor; what it holds when the editor exits."""
    fd, name = tempfile.mkstemp(prefix="rapport-", suffix=".yaml")  # 0600: the file holds personal data
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        command = editor_command()
        try:
            done = subprocess.run([*command, str(path)])
        except OSError as exc:
            raise InvalidValue(f"editor: '{' '.join(command)}' cannot be run ({exc.strerror or exc}); set $EDITOR "
                               "to your editor, e.g. EDITOR=nano") from None
        if done.returncode != 0:
            raise InvalidValue(f"editor: '{' '.join(command)}' stopped with code {done.returncode}; nothing saved")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InvalidValue("editor: the file was not saved as UTF-8; nothing saved") from None
    finally:
        path.unlink(missing_ok=True)


def _without_error(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith(ERROR_MARK))


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _ask_again() -> bool:
    try:
        answer = input("Nothing was saved. Edit again? [Y/n] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("", "y", "yes")
