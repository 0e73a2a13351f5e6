"""Paints one call-list entry (or a section header) and turns clicks on its parts into actions.

An entry is three lines: tier badge, name and organisation, how due; why to call,
the best number (click to copy) and a "Call" link (tel:); the last note, and the
buttons "Copy greeting", "Snooze ▾" and "Log call". Nothing but painting: a list
of 500 entries costs what is on screen, not 500 widgets. The part under the mouse is
drawn hovered (the delegate watches the views it paints for, see `watch`), and each
part's tooltip names its key (entry_keys).
"""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionButton, QStyleOptionViewItem, QToolTip,
)

from app.services.call_entry import CallEntry

from . import entry_text as text
from .entry_keys import CALL, COPY_NUMBER, GREETING, LOG, SNOOZE, key_text
from .today_model import Role

PAD = 8
GAP = 12
ACTIONS = (LOG, SNOOZE, GREETING, COPY_NUMBER, CALL)  # the parts that do something when clicked
URGENCY_COLOURS = {"overdue": QColor("#c0392b"), "today": QColor("#d35400")}


class EntryDelegate(QStyledItemDelegate):
    actionClicked = Signal(str, object, QPoint)  # action, CallEntry, where (global) for a menu

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._buttons = {LOG: self.tr("Log call"), SNOOZE: self.tr("Snooze ▾"), GREETING: self.tr("Copy greeting")}
        self._call = self.tr("Call")
        self._tips = {
            LOG: self.tr("Log the call: what was said, what came of it, when to call again ({key})"),
            SNOOZE: self.tr("Take it off the list until a later day ({key})"),
            GREETING: self.tr("Copy the greeting, to send it ({key})"),
            COPY_NUMBER: self.tr("Copy the number ({key})"),
            CALL: self.tr("Call with your phone app ({key})"),
        }
        self._hover: Optional[tuple[QAbstractItemView, QPersistentModelIndex, str]] = None

    # ------------------------------------------------------------------ geometry

    @staticmethod
    def _line_height(fm: QFontMetrics) -> int:
        return fm.height() + 4

    def _button_height(self, fm: QFontMetrics) -> int:
        return fm.height() + 10

    def layout(self, rect: QRect, entry: CallEntry, when: str, font: QFont) -> dict[str, QRect]:
        """Where each part of an entry goes; painting and clicking use the same rectangles."""
        fm, bold = QFontMetrics(font), QFontMetrics(_bold(font))
        lh, bh = self._line_height(fm), self._button_height(fm)
        left, right, top = rect.left() + PAD, rect.right() - PAD, rect.top() + PAD
        parts = {"badge": QRect(left, top + 1, lh - 2, lh - 2)}
        text_left = left + lh + 6
        when_w = bold.horizontalAdvance(when) + 2
        parts["when"] = QRect(right - when_w, top, when_w, lh)
        parts["name"] = QRect(text_left, top, max(0, parts["when"].left() - GAP - text_left), lh)
        x = right
        number = text.best_number(entry)
        if number:
            call_w = fm.horizontalAdvance(self._call) + 2
            parts[CALL] = QRect(x - call_w, top + lh, call_w, lh)
            number_w = fm.horizontalAdvance("☎ " + number) + 2
            parts[COPY_NUMBER] = QRect(parts[CALL].left() - GAP - number_w, top + lh, number_w, lh)
            x = parts[COPY_NUMBER].left() - GAP
        parts["why"] = QRect(text_left, top + lh, max(0, x - text_left), lh)
        x = right + 1
        for action in (LOG, SNOOZE, GREETING):
            if action == GREETING and not (entry.reason in text.GREETING_REASONS and entry.detail):
                continue
            if action in (LOG, SNOOZE) and not text.is_about_one_contact(entry):
                continue
            width = fm.horizontalAdvance(self._buttons[action]) + 24
            parts[action] = QRect(x - width, top + 2 * lh, width, bh)
            x -= width + 6
        parts["note"] = QRect(text_left, top + 2 * lh, max(0, x - GAP - text_left), bh)
        return parts

    def hit_rect(self, view: QAbstractItemView, index: QModelIndex, part: str) -> Optional[QRect]:
        """Where `part` of the entry at `index` is on the view's viewport (for tests and accessibility)."""
        entry = index.data(Role.Entry)
        return self.layout(view.visualRect(index), entry, index.data(Role.When), view.font()).get(part) if entry else None

    def part_at(self, view: QAbstractItemView, index: QModelIndex, pos: QPoint) -> Optional[str]:
        """Which of the entry's actions is at `pos` (viewport coordinates), if any."""
        if not index.isValid() or index.data(Role.IsHeader):
            return None
        parts = self.layout(view.visualRect(index), index.data(Role.Entry), index.data(Role.When), view.font())
        return next((action for action in ACTIONS if action in parts and parts[action].contains(pos)), None)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(Role.IsHeader):
            return QSize(200, fm.height() + 16)
        return QSize(420, 2 * PAD + 2 * self._line_height(fm) + self._button_height(fm) + 1)

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        try:
            if index.data(Role.IsHeader):
                self._paint_header(painter, option, index)
            else:
                self._paint_entry(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect, palette = option.rect, option.palette
        painter.fillRect(rect.adjusted(0, 4, 0, 0), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setFont(_bold(option.font))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(rect.adjusted(PAD, 4, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, str(index.data()))

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry: CallEntry = index.data(Role.Entry)
        rect, palette, font = option.rect, option.palette, option.font
        parts = self.layout(rect, entry, index.data(Role.When), font)
        fm = QFontMetrics(font)
        if option.state & QStyle.StateFlag.State_Selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(45)
            painter.fillRect(rect, highlight)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), palette.color(QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_HasFocus:  # the entry the keys act on
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        hovered = self.hovered_part(option.widget, index)
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        tint.setAlpha(40)
        if hovered in (COPY_NUMBER, CALL) and hovered in parts:  # a link: a tint behind it
            painter.fillRect(parts[hovered].adjusted(-3, 0, 3, 0), tint)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_badge(painter, parts["badge"], entry, font)
        text_colour, muted = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)
        bold = _bold(font)
        name_rect = parts["name"]
        name = QFontMetrics(bold).elidedText(entry.display_name, Qt.TextElideMode.ElideRight, name_rect.width())
        _draw(painter, name_rect, name, bold, text_colour)
        name_w = QFontMetrics(bold).horizontalAdvance(name)
        if entry.organization and name_w + GAP < name_rect.width():
            org_rect = name_rect.adjusted(name_w + 4, 0, 0, 0)
            _draw(painter, org_rect, fm.elidedText("· " + entry.organization, Qt.TextElideMode.ElideRight,
                                                   org_rect.width()), font, muted)
        urgency = index.data(Role.Urgency)
        _draw(painter, parts["when"], index.data(Role.When), bold if urgency != "ahead" else font,
              URGENCY_COLOURS.get(urgency, muted), Qt.AlignmentFlag.AlignRight)
        _draw(painter, parts["why"], fm.elidedText(index.data(Role.Why), Qt.TextElideMode.ElideRight,
                                                   parts["why"].width()), font, text_colour)
        if COPY_NUMBER in parts:
            link, underlined = palette.color(QPalette.ColorRole.Link), QFont(font)
            underlined.setUnderline(True)
            _draw(painter, parts[COPY_NUMBER], "☎ " + text.best_number(entry),
                  underlined if hovered == COPY_NUMBER else font, link)
            _draw(painter, parts[CALL], self._call, underlined, link)
        if entry.note:
            italic = QFont(font)
            italic.setItalic(True)
            note = QFontMetrics(italic).elidedText(f"“{entry.note}”", Qt.TextElideMode.ElideRight, parts["note"].width())
            _draw(painter, parts["note"], note, italic, muted)
        painter.setFont(font)  # the buttons' labels are drawn in the painter's font
        for action in (GREETING, SNOOZE, LOG):
            if action in parts:
                button = QStyleOptionButton()
                button.rect, button.text, button.palette = parts[action], self._buttons[action], palette
                button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
                if action == hovered:
                    button.state |= QStyle.StateFlag.State_MouseOver
                style = option.widget.style() if option.widget else None
                if style is not None:
                    style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)
                if action == hovered:  # every style's hover, however faint, made plain
                    painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                    painter.setBrush(tint)
                    painter.drawRoundedRect(parts[action].adjusted(0, 0, -1, -1), 3, 3)

    @staticmethod
    def _paint_badge(painter: QPainter, rect: QRect, entry: CallEntry, font: QFont) -> None:
        holiday = entry.reason == "holiday"
        colour = QColor(entry.tier_colour or ("#c9a227" if holiday else "#b0b0b0"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        small = _bold(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        ink = QColor("#ffffff") if colour.lightness() < 170 else QColor("#202020")
        _draw(painter, rect, (entry.tier or ("★" if holiday else "–"))[:2], small, ink, Qt.AlignmentFlag.AlignHCenter)

    # ------------------------------------------------------------------ clicks

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                                QEvent.Type.MouseButtonDblClick) or index.data(Role.IsHeader):
            return super().editorEvent(event, model, option, index)
        assert isinstance(event, QMouseEvent)
        entry: CallEntry = index.data(Role.Entry)
        pos = event.position().toPoint()
        parts = self.layout(option.rect, entry, index.data(Role.When), option.font)
        for action in ACTIONS:
            if action in parts and parts[action].contains(pos):
                if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
                    below = parts[action].bottomLeft() + QPoint(0, 1)
                    widget = option.widget
                    self.actionClicked.emit(action, entry, widget.mapToGlobal(below) if widget else below)
                return True  # a click on a button is not a click on the row (no double-click opening the file)
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex) -> bool:
        """Over a button or link, what it does and its key; elsewhere the entry's own tooltip."""
        if event.type() == QEvent.Type.ToolTip and view is not None:
            part = self.part_at(view, index, event.pos())
            if part is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(part), view)
                return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, action: str) -> str:
        return self._tips[action].format(key=key_text(action))

    # ------------------------------------------------------------------ hover

    def watch(self, view: QAbstractItemView) -> None:
        """Follow the mouse over `view`, which this delegate paints for, to draw the part under it hovered."""
        view.setMouseTracking(True)
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        # Scrolling moves the entries under a mouse that stands still.
        view.verticalScrollBar().valueChanged.connect(partial(self._hover_at_cursor, view))

    def hovered_part(self, view: Optional[QObject], index: QModelIndex) -> Optional[str]:
        """The part of the entry at `index` in `view` that the mouse is over, if any."""
        if self._hover is None or view is None:
            return None
        hover_view, hover_index, part = self._hover
        return part if hover_view is view and hover_index.isValid() and hover_index == index else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = watched.parent()
        if isinstance(view, QAbstractItemView) and view.itemDelegate() is self:
            if event.type() == QEvent.Type.MouseMove:
                assert isinstance(event, QMouseEvent)
                pos = event.position().toPoint()
                index = view.indexAt(pos)
                self._set_hover(view, index, self.part_at(view, index, pos))
            elif event.type() == QEvent.Type.Leave:
                self._set_hover(view, QModelIndex(), None)
            return False  # only watched: the view handles its mouse as before
        return super().eventFilter(watched, event)

    def _hover_at_cursor(self, view: QAbstractItemView, _value: int = 0) -> None:
        pos = view.viewport().mapFromGlobal(QCursor.pos())
        index = view.indexAt(pos) if view.viewport().rect().contains(pos) else QModelIndex()
        if self._hover is not None and self._hover[0] is view or index.isValid():
            self._set_hover(view, index, self.part_at(view, index, pos))

    def _set_hover(self, view: QAbstractItemView, index: QModelIndex, part: Optional[str]) -> None:
        new = (view, QPersistentModelIndex(index), part) if part is not None else None
        old = self._hover
        if (old is None and new is None) or (old is not None and new is not None and old[0] is new[0]
                                             and old[1] == new[1] and old[2] == new[2]):
            return
        self._hover = new
        for hover in (old, new):
            if hover is not None and hover[1].isValid():
                hover[0].viewport().update(hover[0].visualRect(QModelIndex(hover[1])))
        if new is not None:
            view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            view.viewport().unsetCursor()


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _draw(painter: QPainter, rect: QRect, value: str, font: QFont, colour: QColor,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, value)
