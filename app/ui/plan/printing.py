"""The weekly plan on paper: a print preview, and the same page as an A4 PDF."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.printing.pdf import CJK_FAMILIES, html_to_pdf
from app.printing.plan_strings import translated_plan_html
from app.services.plan import WeekPlan


def plan_document(plan: WeekPlan, title: str) -> QTextDocument:
    """The fonts the PDF uses, so the preview shows what the PDF will hold (CJK included)."""
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Arial", *CJK_FAMILIES])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(translated_plan_html(plan, title=title))
    return document


def save_plan_pdf(plan: WeekPlan, path: Path, title: str) -> None:
    html_to_pdf(translated_plan_html(plan, title=title), Path(path), title=f"{title} {plan.week}")


class PlanPrintPreview(QPrintPreviewDialog):
    def __init__(self, plan: WeekPlan, title: str, parent: Optional[QWidget] = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{title} {plan.week}")
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self.document = plan_document(plan, title)
        self.setWindowTitle(self.tr("Print {title} {week}").format(title=title, week=plan.week))
        self.paintRequested.connect(self._paint)

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        self.document.print_(printer)
