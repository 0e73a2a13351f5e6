"""The four-quadrant view: the same entries sorted by important (tier A/B) and urgent
(overdue or dated today) into "Do now", "Plan", "Quick touch" and "Later".

Each quadrant is a list view over a filter of the one today model, so logging or
snoozing an entry takes it off every view at once.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QListView, QVBoxLayout, QWidget

from . import entry_text as text
from .entry_delegate import EntryDelegate
from .today_model import Role, TodayModel

Index = QModelIndex | QPersistentModelIndex


class QuadrantProxy(QSortFilterProxyModel):
    def __init__(self, quadrant: int, parent=None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.sourceModel().quadrant_of(source_row) == self.quadrant


class EntryListView(QListView):
    """A list of entries under section headers; the keys step over the headers, which cannot be selected."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not index.data(Role.IsHeader):
            return index
        Move = QAbstractItemView.CursorAction
        step = -1 if action in (Move.MoveUp, Move.MovePrevious, Move.MovePageUp) else 1
        entry = self._entry_from(index.row(), step)
        if entry is None:  # only a header that way (Up from the first entry): stay, or take the nearest entry
            entry = self.currentIndex() if self.currentIndex().isValid() else self._entry_from(index.row(), -step)
        return entry if entry is not None and entry.isValid() else index

    def _entry_from(self, row: int, step: int) -> Optional[QModelIndex]:
        model = self.model()
        while 0 <= row < model.rowCount():
            index = model.index(row, 0)
            if not index.data(Role.IsHeader):
                return index
            row += step
        return None


def entry_list_view(delegate: EntryDelegate, parent: Optional[QWidget] = None) -> QListView:
    """A list view set up for painted entries: scrolled by pixel, one selection, its own context menu,
    the part under the mouse drawn hovered."""
    view = EntryListView(parent)
    view.setItemDelegate(delegate)
    delegate.watch(view)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


class QuadrantView(QWidget):
    def __init__(self, model: TodayModel, delegate: EntryDelegate, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._model = model  # filtered only once the quadrants are shown (see _attach)
        self.proxies: list[QuadrantProxy] = []
        self.views: list[QListView] = []
        self._titles: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for number in range(4):
            proxy = QuadrantProxy(number, self)
            view = entry_list_view(delegate, self)
            view.setModel(proxy)
            view.setAccessibleName(text.quadrant_title(number))
            title = QLabel()
            title.setToolTip(text.quadrant_hint(number))
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(title)
            box.addWidget(view, 1)
            grid.addLayout(box, number // 2, number % 2)
            self.proxies.append(proxy)
            self.views.append(view)
            self._titles.append(title)
            for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged):
                signal.connect(self._update_titles)
        self._update_titles()

    def _attach(self) -> None:
        """Filter the today model into the four quadrants, from the first time they are wanted.

        Four filters over a stress day's thousands of entries cost a second of the GUI thread at
        every reload; a user who keeps the plain list never pays it."""
        if self.proxies and self.proxies[0].sourceModel() is None:
            for proxy in self.proxies:
                proxy.setSourceModel(self._model)
            self._update_titles()

    def showEvent(self, event) -> None:
        self._attach()
        super().showEvent(event)

    @Slot()
    def _update_titles(self) -> None:
        for number, (title, proxy) in enumerate(zip(self._titles, self.proxies)):
            title.setText(self.tr("<b>{title}</b> ({n}) <span style='color:gray'>{hint}</span>").format(
                title=text.quadrant_title(number), n=proxy.rowCount(), hint=text.quadrant_hint(number)))

    def title(self, number: int) -> str:
        self._attach()
        return self._titles[number].text()

    def names(self, number: int) -> list[str]:
        """The names shown in a quadrant, top to bottom."""
        self._attach()
        proxy = self.proxies[number]
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
