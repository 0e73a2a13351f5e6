"""The week plan on A4, painted with QPainter: a compact layout (a table per day; 60 entries on at
most two pages) and a daily one (a page a day, tall rows with room to write).

Every row is measured before anything is painted, so an entry is never split across pages, and a
day that runs over a page continues under its heading, repeated. (QTextDocument splits table rows at
a page break and cannot be told not to, hence a painter of our own.) The notes box takes at least a
third of the row's width.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen, QTextLayout, QTextOption

from app.services.plan_sheet import PlanSheet, SheetDay, SheetRow

from .pdf import CJK_FAMILIES, a4_writer, check_written

FAMILIES = ["Noto Sans", "DejaVu Sans", "Arial", *CJK_FAMILIES]


@dataclass(frozen=True)
class Layout:
    name: str
    font_pt: float
    heading_pt: float
    # Widths of No., call or visit, name, organisation, phone, address, why, last contact; the notes take the rest.
    shares: tuple[float, ...]
    max_lines: int  # a cell's text is cut (…) after so many lines, so a row stays short
    min_row_mm: float  # room to write
    page_per_day: bool
    stacked: bool = False  # the entry's texts one under the other in the first column, the notes beside


COMPACT = Layout("compact", 7.0, 8.5, (0.025, 0.065, 0.095, 0.07, 0.105, 0.09, 0.12, 0.085), 2, 0, False)
DAILY = Layout("daily", 8.5, 13.0, (0.5,), 2, 30, True, stacked=True)
LAYOUTS = {layout.name: layout for layout in (COMPACT, DAILY)}
MARGIN_MM = 10
TITLE_PT = 12.0
GREY, LIGHT, SHADE = QColor("#555555"), QColor("#b8b8b8"), QColor("#e8eef6")


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Painter:
    """Measures and paints on one device, in its pixels."""

    def __init__(self, device: QPagedPaintDevice, layout: Layout, sheet: PlanSheet) -> None:
        self.device, self.layout, self.sheet = device, layout, sheet
        self.dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiY()
        page = device.pageLayout().paintRectPixels(self.dpi)
        self.width, self.height = float(page.width()), float(page.height())
        self.text, self.bold = _font(layout.font_pt), _font(layout.font_pt, True)
        self.heading, self.title = _font(layout.heading_pt, True), _font(TITLE_PT, True)
        self.small = _font(max(6.0, layout.font_pt - 1))
        self.pad = self.mm(0.8)
        edges, x = [], 0.0
        for share in layout.shares:
            edges.append((x, x + share * self.width))
            x += share * self.width
        self.cells = edges
        self.notes = (x, self.width)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def line_height(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()

    def lines(self, text: str, font: QFont, width: float, max_lines: int) -> list[str]:
        """`text` broken into lines of `width`, at most `max_lines` (the last one cut with …)."""
        if not text:
            return []
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        out = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            out.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        if len(out) > max_lines:
            rest = " ".join(out[max_lines - 1:])
            out = out[:max_lines - 1] + [QFontMetricsF(font, self.device).elidedText(
                rest, Qt.TextElideMode.ElideRight, width)]
        return out

    # ------------------------------------------------------------------ heights

    def row_cells(self, row: SheetRow) -> list[list[str]]:
        if self.layout.stacked:  # one column: "1 · Visit · Name", then a line for each of the rest
            left, right = self.cells[0]
            width = right - left - 2 * self.pad
            order, kind, name, organisation, phone, address, reason, last = row.cells()
            rest: list[str] = []
            for text in (" · ".join(x for x in (phone, organisation) if x), address,
                         f"{reason} · {self.sheet.columns[7]}: {last}"):
                rest += self.lines(text, self.text, width, self.layout.max_lines)
            return [self.lines(f"{order} · {kind} · {name}", self.bold, width, 2), rest]
        return [self.lines(text, self.bold if i == 2 else self.text, right - left - 2 * self.pad,
                           1 if i in (0, 1) else self.layout.max_lines)
                for i, (text, (left, right)) in enumerate(zip(row.cells(), self.cells))]

    def row_height(self, cells: list[list[str]], room: float = 0.0) -> float:
        """The row's text, and at least the layout's room to write (`room`: less, to keep a day on its page)."""
        most = (sum(len(c) for c in cells) if self.layout.stacked else max((len(c) for c in cells), default=1)) or 1
        minimum = self.mm(self.layout.min_row_mm)
        return max(most * self.line_height(self.text) + 2 * self.pad, min(minimum, room) if room else minimum)

    def column_labels(self) -> list[list[str]]:
        columns = self.sheet.columns
        if self.layout.stacked:
            columns = (" · ".join(columns[:3]), columns[-1])
        return [self.lines(label, self.small, right - left - 2 * self.pad, 2)
                for label, (left, right) in zip(columns, self.cells + [self.notes])]

    def head_height(self) -> float:
        labels = max((len(lines) for lines in self.column_labels()), default=1)
        return self.line_height(self.heading) + 2 * self.pad + labels * self.line_height(self.small) + 2 * self.pad

    # ------------------------------------------------------------------ painting

    def draw_lines(self, painter: QPainter, lines: list[str], font: QFont, x: float, y: float, ink: QColor) -> None:
        painter.setFont(font)
        painter.setPen(ink)
        ascent = QFontMetricsF(font, self.device).ascent()
        for n, line in enumerate(lines):
            painter.drawText(QPointF(x, y + ascent + n * self.line_height(font)), line)

    def paint_head(self, painter: QPainter, y: float, title: str, counts: str) -> float:
        h = self.line_height(self.heading) + 2 * self.pad
        painter.fillRect(QRectF(0, y, self.width, h), SHADE)
        self.draw_lines(painter, [title], self.heading, self.pad, y + self.pad, QColor("black"))
        counts_w = QFontMetricsF(self.text, self.device).horizontalAdvance(counts)
        self.draw_lines(painter, [counts], self.text, self.width - counts_w - self.pad,
                        y + self.pad + (self.line_height(self.heading) - self.line_height(self.text)) / 2, GREY)
        y += h
        labels = self.column_labels()
        for lines, (left, _right) in zip(labels, self.cells + [self.notes]):
            self.draw_lines(painter, lines, self.small, left + self.pad, y + self.pad, GREY)
        y += max((len(lines) for lines in labels), default=1) * self.line_height(self.small) + 2 * self.pad
        painter.setPen(QPen(GREY, self.mm(0.2)))
        painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        return y

    def paint_row(self, painter: QPainter, y: float, cells: list[list[str]], height: float, flagged: bool) -> None:
        if self.layout.stacked:
            head, rest = cells
            left = self.cells[0][0] + self.pad
            self.draw_lines(painter, head, self.bold, left, y + self.pad, QColor("black"))
            self.draw_lines(painter, rest, self.text, left, y + self.pad + len(head) * self.line_height(self.text),
                            QColor("#c0392b") if flagged else GREY.darker(130))
        for i, (lines, (left, _right)) in enumerate(zip(cells, self.cells) if not self.layout.stacked else ()):
            ink = QColor("#c0392b") if flagged and i == 5 else QColor("black") if i in (0, 2, 4) else GREY.darker(130)
            self.draw_lines(painter, lines, self.bold if i in (0, 2) else self.text, left + self.pad, y + self.pad, ink)
        left, right = self.notes
        box = QRectF(left + self.pad, y + self.pad, right - left - 2 * self.pad, height - 2 * self.pad)
        painter.setPen(QPen(LIGHT, self.mm(0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        ruled = self.mm(6)
        line_y = box.top() + ruled
        while line_y < box.bottom() - self.mm(2):  # the daily layout's tall boxes get writing lines
            painter.drawLine(QPointF(box.left() + self.mm(1), line_y), QPointF(box.right() - self.mm(1), line_y))
            line_y += ruled
        painter.setPen(QPen(LIGHT, self.mm(0.15)))
        painter.drawLine(QPointF(0, y + height), QPointF(self.width, y + height))


def paint_plan(sheet: PlanSheet, device: QPagedPaintDevice, layout: Layout = COMPACT) -> int:
    """Paint `sheet` on `device` (a QPdfWriter or a QPrinter); returns the number of pages."""
    measure = _Painter(device, layout, sheet)
    pages = _paginate(measure, sheet)
    painter = QPainter(device)
    try:
        for number, page in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for op in page:
                op(painter)
            footer = f"{sheet.title} · {number}/{len(pages)}"
            measure.draw_lines(painter, [footer], measure.small, 0,
                               measure.height - measure.line_height(measure.small), GREY)
    finally:
        painter.end()
    return len(pages)


def _paginate(m: _Painter, sheet: PlanSheet) -> list[list]:
    """The pages, each a list of paint operations placed at their height."""
    bottom = m.height - m.line_height(m.small) - m.mm(1)  # above the footer
    pages: list[list] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    def place(op, height: float) -> None:
        nonlocal y
        top = y
        pages[-1].append(lambda painter, top=top: op(painter, top))
        y += height

    title_lines = m.lines(sheet.title, m.title, m.width, 2)
    summary_lines = m.lines(sheet.summary, m.text, m.width, 3)
    place(lambda p, top: m.draw_lines(p, title_lines, m.title, 0, top, QColor("black")),
          len(title_lines) * m.line_height(m.title))
    place(lambda p, top: m.draw_lines(p, summary_lines, m.text, 0, top, GREY),
          len(summary_lines) * m.line_height(m.text) + m.mm(2))
    for n, day in enumerate(sheet.days):
        if m.layout.page_per_day and n > 0:
            new_page()
        _place_day(m, day, bottom, place, new_page, lambda: y)
    if sheet.carried_heading:
        names = m.lines(sheet.carried_names, m.small, m.width, 3)
        height = m.line_height(m.bold) + len(names) * m.line_height(m.small) + m.mm(3)
        if y + height > bottom:
            new_page()
        place(lambda p, top: (m.draw_lines(p, [sheet.carried_heading], m.bold, 0, top + m.mm(2), QColor("black")),
                              m.draw_lines(p, names, m.small, 0, top + m.mm(2) + m.line_height(m.bold), GREY)),
              height)
    return pages


def _place_day(m: _Painter, day: SheetDay, bottom: float, place, new_page, current_y) -> None:
    gap = m.mm(2)
    rows = [(m.row_cells(row), row) for row in day.rows]
    room = 0.0
    if m.layout.page_per_day and rows:  # as much room to write as keeps the day on its page
        room = (bottom - current_y() - m.mm(2) - m.head_height()) / len(rows)
    heights = [m.row_height(cells, room) for cells, _row in rows]
    first = heights[0] if heights else m.line_height(m.text) + 2 * m.pad
    if current_y() + gap + m.head_height() + first > bottom:  # never a heading alone at a page's foot
        new_page()
    else:
        place(lambda p, top: None, gap)
    place(lambda p, top: m.paint_head(p, top, day.heading, day.counts), m.head_height())
    if not rows:
        place(lambda p, top: m.draw_lines(p, [m.sheet.nothing], m.text, m.pad, top + m.pad, GREY), first)
        return
    for (cells, row), height in zip(rows, heights):
        if current_y() + height > bottom:
            new_page()
            place(lambda p, top: m.paint_head(p, top, day.continued, day.counts), m.head_height())
        place(lambda p, top, cells=cells, height=height, flagged=bool(row.flag):
              m.paint_row(p, top, cells, height, flagged), height)


def plan_pdf(sheet: PlanSheet, path: Path, layout: Layout = COMPACT, *, title: str = "Rapport") -> int:
    """`sheet` as an A4 PDF at `path` (the owner's only); returns the number of pages."""
    writer = a4_writer(path, title=title, margin_mm=MARGIN_MM)
    pages = paint_plan(sheet, writer, layout)
    del writer  # flushes the file
    check_written(path)
    return pages
