"""What the user can do to the selected contacts: group, tier, trash, restore, delete for good.

The actions live here so the menu bar, the toolbar and the table's context menu
share them; each one writes through the worker and then announces `storeChanged`.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from .builtin_names import lost_reason_name, service_notice, tier_name
from .contact_list import ContactList
from .errors import show_error
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker


class ContactActions(QObject):
    storeChanged = Signal(list)  # ids of the contacts that changed

    def __init__(self, db: sessionmaker[Session], worker: Worker, contacts: ContactList, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._worker = worker
        self._contacts = contacts
        self._window = window
        self.add_to_group = self._action(self.tr("Add to group…"), self.ask_group, "Ctrl+G")
        self.trash = self._action(self.tr("Move to trash"), self.move_to_trash, QKeySequence.StandardKey.Delete)
        self.restore = self._action(self.tr("Restore from trash"), self.restore_selected)
        self.purge = self._action(self.tr("Delete for good…"), self.purge_selected)
        self.empty_trash = self._action(self.tr("Empty trash…"), self.ask_empty_trash)
        self.mark_lost = self._action(self.tr("Mark as lost…"), self.ask_lost)
        self.reactivate = self._action(self.tr("Won back (active again)"), self.reactivate_current)
        # Delete trashes only when the table has the focus, not while typing or in the sidebar.
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        contacts.table.addAction(self.trash)
        self.tier_menu = QMenu(self.tr("Set tier"), window)
        self.tier_menu.aboutToShow.connect(self._fill_tier_menu)
        contacts.table.customContextMenuRequested.connect(self._context_menu)
        contacts.table.selectionModel().selectionChanged.connect(self.update_enabled)
        contacts.model.modelReset.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], None], shortcut=None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _in_trash(self) -> bool:
        return self._contacts.current_filter().trash

    @Slot()
    def update_enabled(self) -> None:
        chosen = bool(self._contacts.selected_ids())
        in_trash = self._in_trash()
        for action in (self.add_to_group, self.trash, self.mark_lost, self.reactivate):
            action.setEnabled(chosen and not in_trash)
        self.tier_menu.setEnabled(chosen and not in_trash)
        self.restore.setEnabled(chosen and in_trash)
        self.purge.setEnabled(chosen and in_trash)

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        if not self._contacts.selected_ids():
            return
        menu = QMenu(self._window)
        if self._in_trash():
            menu.addActions([self.restore, self.purge])
        else:
            menu.addAction(self.add_to_group)
            menu.addMenu(self.tier_menu)
            menu.addSeparator()
            menu.addActions([self.mark_lost, self.reactivate])
            menu.addSeparator()
            menu.addAction(self.trash)
        menu.exec(self._contacts.table.viewport().mapToGlobal(pos))

    @Slot()
    def _fill_tier_menu(self) -> None:
        from app.services import tiers

        self.tier_menu.clear()
        for tier in tiers.list_tiers(self._db):
            self.tier_menu.addAction(tier_name(tier.name), partial(self.set_tier, tier.code))
        self.tier_menu.addSeparator()
        self.tier_menu.addAction(self.tr("No tier"), partial(self.set_tier, None))

    # ------------------------------------------------------------------ the writes

    def set_tier(self, code: Optional[str], ids: Optional[list[int]] = None) -> None:
        from app.services import tiers

        self._write(tiers.set_tier, ids or self._contacts.selected_ids(), code)

    def add_ids_to_group(self, name: str, ids: list[int]) -> None:
        from app.services import groups

        self._write(groups.add_to_group, ids, name)

    @Slot()
    def ask_group(self) -> None:
        from app.services import groups

        ids = self._contacts.selected_ids()
        names = [g.name for g in groups.list_groups(self._db)]
        name, ok = QInputDialog.getItem(self._window, self.tr("Add to group"),
                                        self.tr("Add %n contact(s) to the group (type a new name to make one):", "", len(ids)),
                                        names, 0, True)
        if ok and name.strip():
            self.add_ids_to_group(name.strip(), ids)

    @Slot()
    def move_to_trash(self) -> None:
        from app.services import lifecycle

        if not self._in_trash():
            self._write(lifecycle.trash, self._contacts.selected_ids())

    @Slot()
    def restore_selected(self) -> None:
        from app.services import lifecycle

        self._write(lifecycle.restore, self._contacts.selected_ids())

    @Slot()
    def purge_selected(self) -> None:
        from app.services import lifecycle

        ids = self._contacts.selected_ids()
        text = self.tr("Delete %n contact(s) for good, with their notes, history and purchases?", "", len(ids))
        if self._confirm(self.tr("Delete for good"), text):
            self._write(lifecycle.purge, ids)

    @Slot()
    def ask_empty_trash(self) -> None:
        from app.services import lifecycle

        if self._confirm(self.tr("Empty trash"), self.tr("Delete every contact in the trash for good?")):
            self._write(lifecycle.empty_trash)

    @Slot()
    def ask_lost(self) -> None:
        from app.services import lifecycle

        cid = self._contacts.current_id()
        if not cid:
            return
        # The reasons are the user's editable list (settings), so the lost report can group by them;
        # shown in the user's language, stored as they are in the list.
        reasons = lifecycle.lost_reasons(self._db)
        labels = [lost_reason_name(r) for r in reasons]
        label, ok = QInputDialog.getItem(
            self._window, self.tr("Mark as lost"), self.tr("Why was the customer lost?"), labels, 0, False)
        if ok and label in labels:
            reason = reasons[labels.index(label)]
            self._write_one(cid, lifecycle.mark_lost, cid, reason)

    @Slot()
    def reactivate_current(self) -> None:
        from app.services import lifecycle

        cid = self._contacts.current_id()
        if cid:
            self._write_one(cid, lifecycle.reactivate, cid)

    def _confirm(self, title: str, text: str) -> bool:
        from app.services import lifecycle

        text += "\n\n" + service_notice(lifecycle.ERASURE_NOTICE)
        answer = QMessageBox.question(self._window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, fn, ids: Optional[list[int]] = None, *args) -> None:
        call = partial(fn, self._db) if ids is None else partial(fn, self._db, ids, *args)
        self._worker.write(call, partial(self._written, list(ids or [])))

    def _write_one(self, cid: int, fn, *args) -> None:
        self._worker.write(partial(fn, self._db, *args), partial(self._written, [cid]))

    def _written(self, ids: list[int], _result, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self._window, error)
        self.storeChanged.emit(ids)
