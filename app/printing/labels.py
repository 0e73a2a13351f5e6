"""Address labels, envelopes and greeting cards on paper, painted with QPainter on a QPdfWriter.

- sheet: A4 label sheets of 3 × 8 labels, 70 × 37 mm each, edge to edge (the common 24-up sheet);
- envelope: one C6 envelope (162 × 114 mm) a page; a Chinese address as Chinese post wants it
  (the postcode in the six boxes at the top left, the address big-to-small, the name large);
- card: one A6 card (148 × 105 mm, it fits a C6 envelope) a page, the greeting in the customer's
  language.
The addresses come in their country's form from app/services/desk/postal.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageSize, QPainter, QPen

from app.services.desk.compose import Greeting
from app.services.desk.postal import MailingLabel

from .pdf import CJK_FAMILIES, check_written, page_writer

FAMILIES = ["Noto Sans", "DejaVu Sans", "Arial", *CJK_FAMILIES]
COLUMNS, ROWS = 3, 8
LABEL_W, LABEL_H = 70.0, 37.0
SHEET_TOP = (297.0 - ROWS * LABEL_H) / 2  # 0.5 mm: the sheet's own top margin
LABEL_PAD_X, LABEL_PAD_Y = 5.0, 3.5
LAYOUTS = ("sheet", "envelope")


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Page:
    """Millimetres to the writer's pixels, and text that fits its box."""

    def __init__(self, writer) -> None:
        self.writer = writer
        self.dpi = writer.resolution()
        self.painter = QPainter(writer)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def fitting_font(self, lines: Sequence[str], width_mm: float, height_mm: float, largest: float,
                     smallest: float = 6.0) -> QFont:
        """The largest size from `largest` down at which every line fits the box's width and all its height."""
        size = largest
        while True:
            font = _font(size)
            metrics = QFontMetricsF(font, self.writer)
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            if (widest <= self.mm(width_mm) and metrics.lineSpacing() * len(lines) <= self.mm(height_mm)) \
                    or size <= smallest:
                return font
            size -= 0.5

    def lines(self, lines: Sequence[str], box: QRectF, font: QFont, align=Qt.AlignmentFlag.AlignLeft) -> None:
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.writer)
        y = box.top()
        for line in lines:
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, box.width())
            self.painter.drawText(QRectF(box.left(), y, box.width(), metrics.lineSpacing()),
                                  int(align | Qt.AlignmentFlag.AlignVCenter), text)
            y += metrics.lineSpacing()

    def end(self) -> None:
        self.painter.end()


def label_sheets_pdf(labels: Sequence[MailingLabel], path: Path, *, title: str = "Rapport labels") -> int:
    """A4 sheets of 3 × 8 labels, filled row by row; returns the number of pages."""
    path = Path(path)
    page = _Page(page_writer(path, QPageSize(QPageSize.PageSizeId.A4), title=title))
    pages = 0
    for n, label in enumerate(labels):
        slot = n % (COLUMNS * ROWS)
        if slot == 0:
            if n:
                page.writer.newPage()
            pages += 1
        column, row = slot % COLUMNS, slot // COLUMNS
        width, height = LABEL_W - 2 * LABEL_PAD_X, LABEL_H - 2 * LABEL_PAD_Y
        font = page.fitting_font(label.lines, width, height, 10.0)
        metrics = QFontMetricsF(font, page.writer)
        used = metrics.lineSpacing() * len(label.lines)
        box = page.rect(column * LABEL_W + LABEL_PAD_X, SHEET_TOP + row * LABEL_H + LABEL_PAD_Y, width, height)
        box.setTop(box.top() + max(0.0, (box.height() - used) / 2))  # centred in the label's height
        page.lines(label.lines, box, font)
    page.end()
    check_written(path)
    return pages


def envelopes_pdf(labels: Sequence[MailingLabel], path: Path, *, title: str = "Rapport envelopes") -> int:
    """One C6 envelope (162 × 114 mm, landscape) a page."""
    path = Path(path)
    page = _Page(page_writer(path, QPageSize(QPageSize.PageSizeId.EnvelopeC6), title=title, landscape=True))
    for n, label in enumerate(labels):
        if n:
            page.writer.newPage()
        if label.country == "CN" and label.postcode and label.lines and label.lines[0] == label.postcode:
            _chinese_envelope(page, label)
        else:
            font = page.fitting_font(label.lines, 80, 45, 12.0)
            page.lines(label.lines, page.rect(72, 52, 82, 50), font)
    page.end()
    check_written(path)
    return len(labels)


def _chinese_envelope(page: _Page, label: MailingLabel) -> None:
    """信封: 邮编 in six boxes at the top left, the address below it, the recipient large in the middle."""
    painter = page.painter
    painter.setPen(QPen(Qt.GlobalColor.red, page.mm(0.3)))
    digits = label.postcode[:6]
    painter.setFont(_font(16))
    for i in range(6):
        box = page.rect(10 + i * 9.5, 8, 8, 9)
        painter.drawRect(box)
        if i < len(digits):
            painter.setPen(QPen(Qt.GlobalColor.black))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), digits[i])
            painter.setPen(QPen(Qt.GlobalColor.red, page.mm(0.3)))
    painter.setPen(QPen(Qt.GlobalColor.black))
    place, name = list(label.lines[1:-1]), label.lines[-1] + " 收"  # "to be received by"
    font = page.fitting_font(place, 130, 30, 13.0)
    page.lines(place, page.rect(14, 24, 134, 32), font)
    page.lines([name], page.rect(14, 58, 134, 20), page.fitting_font([name], 134, 20, 22.0),
               align=Qt.AlignmentFlag.AlignHCenter)


def cards_pdf(cards: Sequence[Greeting], path: Path, *, title: str = "Rapport greeting cards") -> int:
    """One A6 card (148 × 105 mm, landscape) a page: the greeting, wrapped, in the middle."""
    path = Path(path)
    page = _Page(page_writer(path, QPageSize(QPageSize.PageSizeId.A6), title=title, landscape=True))
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    for n, card in enumerate(cards):
        if n:
            page.writer.newPage()
        box = page.rect(14, 14, 120, 77)
        size = 16.0
        while size > 8:  # the largest size at which the whole greeting fits the card
            page.painter.setFont(_font(size))
            if page.painter.boundingRect(box, flags, card.text).height() <= box.height():
                break
            size -= 1
        page.painter.setFont(_font(size))
        page.painter.drawText(box, flags, card.text)
    page.end()
    check_written(path)
    return len(cards)
