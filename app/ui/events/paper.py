"""Print labels…: address labels (A4, 3×8), C6 envelopes or greeting cards for chosen customers, as a
PDF written on the worker; shared by the events window and the greetings desk."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.desk.compose import Greeting

from ..errors import error_text
from ..worker import Worker

LAYOUTS = ("sheet", "envelope", "card")


def layout_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"sheet": translate("Paper", "Address labels (A4, 3 × 8)"),
            "envelope": translate("Paper", "Envelopes (C6)"),
            "card": translate("Paper", "Greeting cards (A6)")}


def write_pdf(db: sessionmaker[Session], layout: str, contact_ids: Sequence[int],
              cards: Callable[[], Sequence[Greeting]], path: Path) -> tuple[int, list[str]]:
    """On the worker: (how many printed, names of those left out for having no address). `cards` writes
    the cards' texts (the invitations, the desk's greetings as edited) when cards are asked for."""
    from app.printing.labels import cards_pdf, envelopes_pdf, label_sheets_pdf
    from app.services.desk.paper import labels_for

    if layout == "card":
        return cards_pdf(cards(), path), []
    found, without = labels_for(db, contact_ids)
    (envelopes_pdf if layout == "envelope" else label_sheets_pdf)(found, path)
    return len(found), [name for _, name in without]


def ask_and_print(parent: QWidget, db: sessionmaker[Session], worker: Worker, contact_ids: Sequence[int],
                  cards: Callable[[], Sequence[Greeting]], report: Callable[[str], None]) -> Optional[str]:
    """Ask which paper and where, then write it; `report` gets the one-line outcome."""
    names = layout_names()
    translate = QCoreApplication.translate
    choice, ok = QInputDialog.getItem(parent, translate("Paper", "Print labels"), translate("Paper", "Print:"),
                                      list(names.values()), 0, False)
    if not ok:
        return None
    layout = next(key for key, text in names.items() if text == choice)
    path, _ = QFileDialog.getSaveFileName(parent, translate("Paper", "Save as PDF"),
                                          str(Path.home() / f"rapport-{layout}.pdf"), translate("Paper", "PDF (*.pdf)"))
    if path:
        print_to(db, worker, layout, contact_ids, cards, Path(path), report)
    return path or None


def print_to(db: sessionmaker[Session], worker: Worker, layout: str, contact_ids: Sequence[int],
             cards: Callable[[], Sequence[Greeting]], path: Path, report: Callable[[str], None]) -> None:
    def done(result, error: Optional[BaseException]) -> None:
        translate = QCoreApplication.translate
        if error is not None:
            report(error_text(error))
            return
        count, without = result
        text = translate("Paper", "Saved to {path}: %n customer(s).", "", count).format(
            path=path)
        if without:
            text += " " + translate("Paper", "Left out, no address: {names}").format(names=", ".join(without[:10]))
        report(text)

    worker.read(partial(write_pdf, db, layout, list(contact_ids), cards, path), done)
