"""The weekly plan on paper: a print preview with the choice of layout, and the same pages as an A4 PDF."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from app.printing.plan_paper import COMPACT, DAILY, LAYOUTS, paint_plan
from app.printing.plan_strings import save_plan_pdf, translated_sheet
from app.services.plan import WeekPlan

__all__ = ["PlanPrintPreview", "save_plan_pdf"]


class PlanPrintPreview(QPrintPreviewDialog):
    """The preview, with a "Layout" choice in its tool bar: compact (a table a day, the week on two
    pages) or daily (a page a day, room to write)."""

    def __init__(self, plan: WeekPlan, parent: Optional[QWidget] = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.sheet = translated_sheet(plan)
        printer.setDocName(self.sheet.title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self.setWindowTitle(self.tr("Print {title}").format(title=self.sheet.title))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Compact: the week on two pages"), COMPACT.name)
        self.layout_choice.addItem(self.tr("Daily: a page a day, room to write"), DAILY.name)
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            bar.addWidget(QLabel(self.tr("Layout") + " "))
            bar.addWidget(self.layout_choice)
        self.layout_choice.currentIndexChanged.connect(self._relayout)
        self.pages = 0
        self.paintRequested.connect(self._paint)

    def layout_name(self) -> str:
        return self.layout_choice.currentData()

    @Slot()
    def _relayout(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    @Slot(QPrinter)
    def _paint(self, printer: QPrinter) -> None:
        self.pages = paint_plan(self.sheet, printer, LAYOUTS[self.layout_name()])

