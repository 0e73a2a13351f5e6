"""The sidebar: pick a list, tier or group; manage groups from its context menu;
drop contacts from the table on a group to add them to it."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QColorDialog, QInputDialog, QListView, QMenu, QMessageBox, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem,
)


from .errors import show_error
from .formatting import format_number
from .sidebar_model import CountRole, KeyRole, SidebarModel
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker


class CountDelegate(QStyledItemDelegate):
    """Draws an entry's count at the right edge; headings get a little air above them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = index.data(CountRole)
        count_text = "" if count is None else format_number(count)
        style = opt.widget.style() if opt.widget else None
        if style is None:
            return super().paint(painter, option, index)
        reserve = opt.fontMetrics.horizontalAdvance(count_text) + 16 if count_text else 0
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(text_rect.width() - reserve, 10))
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if count_text:
            painter.save()
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(opt.palette.color(role))
            painter.drawText(opt.rect.adjusted(0, 0, -8, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count_text)
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if str(index.data(KeyRole) or "").startswith("section:"):
            return QSize(size.width(), size.height() + 10)
        return QSize(size.width(), size.height() + 4)


class Sidebar(QListView):
    listChosen = Signal(str)  # entry key
    storeChanged = Signal()  # groups were created, renamed, coloured or deleted
    emptyTrashRequested = Signal()

    def __init__(self, model: SidebarModel, db: sessionmaker[Session], worker: Worker, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._current_key = "smart:all"
        self.setModel(model)
        self.setItemDelegate(CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMinimumWidth(200)
        self.setIconSize(QSize(12, 12))
        self.customContextMenuRequested.connect(self._menu)
        self.selectionModel().currentChanged.connect(self._chosen)
        model.modelReset.connect(self._restore_selection)

    def sidebar_model(self) -> SidebarModel:
        model = self.model()
        assert isinstance(model, SidebarModel)
        return model

    def current_key(self) -> str:
        return self._current_key

    def choose(self, key: str) -> None:
        row = self.sidebar_model().row_of(key)
        if row is not None:
            self.setCurrentIndex(self.model().index(row, 0))

    @Slot(QModelIndex, QModelIndex)
    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(KeyRole) if current.isValid() else None
        if key and not key.startswith("section:") and key != self._current_key:
            self._current_key = key
            self.listChosen.emit(key)

    @Slot()
    def _restore_selection(self) -> None:
        model = self.sidebar_model()
        row = model.row_of(self._current_key)
        if row is None:  # the group went away: back to everyone
            row = model.row_of("smart:all")
        if row is not None:
            self.setCurrentIndex(model.index(row, 0))

    # ------------------------------------------------------------------ context menu

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> None:
        from app.services import groups

        index = self.indexAt(pos)
        key = index.data(KeyRole) if index.isValid() else ""
        menu = QMenu(self)
        menu.addAction(self.tr("New group…"), self.new_group)
        if key and key.startswith("group:"):
            entry = self.sidebar_model().entry(index.row())
            menu.addSeparator()
            menu.addAction(self.tr("Rename group…"), partial(self.rename_group, entry.group.id, entry.label))
            menu.addAction(self.tr("Colour…"), partial(self.colour_group, entry.group.id, entry.colour))
            if entry.colour:
                menu.addAction(self.tr("Remove colour"), partial(self._write, groups.set_group_colour, entry.group.id, None))
            menu.addAction(self.tr("Delete group…"), partial(self.delete_group, entry.group.id, entry.label))
        if key == "smart:trash":
            menu.addSeparator()
            menu.addAction(self.tr("Empty trash…"), self.emptyTrashRequested.emit)
        menu.exec(self.viewport().mapToGlobal(pos))

    @Slot()
    def new_group(self) -> None:
        from app.services import groups

        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the new group:"))
        if ok and name.strip():
            self._write(groups.create_group, name)

    def rename_group(self, group_id: int, old_name: str) -> None:
        from app.services import groups

        name, ok = QInputDialog.getText(self, self.tr("Rename group"), self.tr("New name:"), text=old_name)
        if ok and name.strip() and name.strip() != old_name:
            self._write(groups.rename_group, group_id, name)

    def colour_group(self, group_id: int, colour: Optional[str]) -> None:
        from app.services import groups

        chosen = QColorDialog.getColor(QColor(colour or "#2e86de"), self, self.tr("Group colour"))
        if chosen.isValid():
            self._write(groups.set_group_colour, group_id, chosen.name())

    def delete_group(self, group_id: int, name: str) -> None:
        from app.services import groups

        answer = QMessageBox.question(
            self, self.tr("Delete group"),
            self.tr("Delete the group “{name}”? Its contacts stay; only the group goes.").format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(groups.delete_group, group_id)

    def _write(self, fn, *args) -> None:
        self._worker.write(partial(fn, self._db, *args), self._written)

    def _written(self, _result, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self, error)
        self.storeChanged.emit()
