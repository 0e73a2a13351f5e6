"""Paints a plan entry as a small card: a visit's stop number (a call's ☎), name and tier badge;
organisation and city; number; why. The card under the mouse and the one with the keyboard focus are drawn so."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.calllist import CallEntry

from ..today import entry_text as text
from ..today.entry_delegate import URGENCY_COLOURS
from .day_model import PlanRole

PAD = 6


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(160, 2 * PAD + 4 * (QFontMetrics(option.font).height() + 2) + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: CallEntry = index.data(PlanRole.Entry)
        if entry is None:
            return
        painter.save()
        try:
            self._paint(painter, option, index, entry)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, entry: CallEntry) -> None:
        palette, font = option.palette, option.font
        card = option.rect.adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        border = QPen(palette.color(QPalette.ColorRole.Highlight if selected or hovered else QPalette.ColorRole.Mid))
        if option.state & QStyle.StateFlag.State_HasFocus:  # the card the keys act on
            border.setWidth(2)
        painter.setPen(border)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase if hovered else QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 5, 5)
        colour = QColor(entry.tier_colour) if entry.tier_colour else QColor("#b0b0b0")
        painter.fillRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8), colour)
        fm = QFontMetrics(font)
        lh = fm.height() + 2
        left, width = card.left() + PAD + 6, card.width() - 2 * PAD - 6
        top = card.top() + PAD - 2
        bold = QFont(font)
        bold.setBold(True)
        tier = f"  {entry.tier}" if entry.tier else ""
        tier_w = QFontMetrics(bold).horizontalAdvance(tier)
        badge_w = self._badge(painter, QRect(left, top, lh, lh), index.data(PlanRole.Stop), bold, palette)
        name = QFontMetrics(bold).elidedText(entry.display_name, Qt.TextElideMode.ElideRight, width - tier_w - badge_w)
        self._text(painter, QRect(left + badge_w, top, width - tier_w - badge_w, lh), name, bold,
                   palette.color(QPalette.ColorRole.Text))
        self._text(painter, QRect(left + width - tier_w, top, tier_w, lh), tier, bold, colour, Qt.AlignmentFlag.AlignRight)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        lines = [(index.data(PlanRole.Place), muted), ("☎ " + (text.best_number(entry) or "—"), muted),
                 (index.data(PlanRole.Why), URGENCY_COLOURS["overdue"] if entry.days_overdue and entry.reason
                  not in ("birthday", "anniversary") else palette.color(QPalette.ColorRole.Text))]
        for n, (value, ink) in enumerate(lines, 1):
            self._text(painter, QRect(left, top + n * lh, width, lh),
                       fm.elidedText(value or "", Qt.TextElideMode.ElideRight, width), font, ink)

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, stop, font: QFont, palette: QPalette) -> int:
        """A visit's stop number in a filled circle; a call's ☎. Returns the width taken."""
        if stop is None:
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "☎")
            return rect.width() + 4
        circle = rect.adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(circle)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(stop))
        return rect.width() + 4

    @staticmethod
    def _text(painter: QPainter, rect: QRect, value: str, font: QFont, ink: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, value)
