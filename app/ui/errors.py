"""What the user reads when something goes wrong: a service's message, never a traceback.

Unexpected errors are written to the log folder (as the command line does) and
the message says where, so a bug report can include them.
"""
from __future__ import annotations

import sys
import traceback
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import CONTEXT, Term, TranslatableError, fill, placeholders
from app.services.error_log import write_error_log


def error_text(error: BaseException) -> str:
    """The message to show for `error`, in the user's language."""
    if isinstance(error, TranslatableError):
        return translated_message(error)
    where = save_traceback(error)
    return QCoreApplication.translate(
        "errors", "Something went wrong that Rapport did not expect ({name}: {error}). Details are in {where}."
    ).format(name=type(error).__name__, error=error, where=where)


def translated_message(error: TranslatableError) -> str:
    """The error's template translated, then filled with its values. A translation whose
    placeholders differ from the template's (a translator's slip) gives the English text
    rather than a crash or a message with a value missing."""
    english = str(error)
    if not error.template:
        return english
    translated = QCoreApplication.translate(CONTEXT, error.template)
    params = {name: QCoreApplication.translate(CONTEXT, value) if isinstance(value, Term) else value
              for name, value in error.params.items()}
    try:
        if placeholders(translated) != placeholders(error.template):
            return english
        return fill(translated, params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return english


def save_traceback(error: BaseException) -> str:
    path = write_error_log("".join(traceback.format_exception(error)))
    if path is not None:
        return str(path)
    return QCoreApplication.translate("errors", "no log (the log folder is not writable)")


def show_error(parent: Optional[QWidget], error: BaseException, title: Optional[str] = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Rapport"), error_text(error))


def install_excepthook() -> None:
    """An exception escaping a slot becomes a message box instead of a trace on stderr."""

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(None, error.with_traceback(tb))

    sys.excepthook = hook
