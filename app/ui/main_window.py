"""The main window: today's calls first, then the customers (sidebar, contact table and
customer file side by side) and the week's plan, as tabs.

It only assembles the parts and keeps them in step: choosing a list filters the
table, choosing a row shows the customer file, and whatever changes the store
announces it on `store` (store_events.py), which every view follows.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QToolBar

from app.services.dates import local_now

from .contact_actions import ContactActions
from .contact_list import ContactList
from .contact_table_model import ContactTableModel
from .errors import error_text
from .greetings_desk.opener import DeskOpener
from .events.opener import EventsOpener
from .help_menu import HelpMenu
from .lazy_page import LazyPage, PageTabs
from .sidebar import Sidebar
from .sidebar_model import SidebarCounts, SidebarModel, load_counts
from .store_events import StoreEvents
from .store_watch import StoreWatch
from .today import TodayPane
from .phone_sync import PhoneSync
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

    from .fast_start import FastStart

# The other pages and the dialogs are imported when first opened (lazy_page.py): the window
# shows Today at once instead of loading the week plan, the reports and every dialog first.


class MainWindow(QMainWindow):
    def __init__(self, db: sessionmaker[Session], db_path: Path, *, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now, first_screen: Optional[FastStart] = None) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.today = today
        self.worker = Worker(self)
        self.first_screen = first_screen  # a fast start (fast_start/): the store is opened after the first fill
        if first_screen is not None:
            first_screen.attach(self.worker)
            first_screen.when_open(self._store_opened)
        self.wizard = None  # the import wizard, while one is open
        self._counts_wanted = False  # the sidebar's counts (a dozen queries): read once the first screen is filled
        self._first_fill = {"today", "contacts"}  # what the start waits for before anything else is read
        if first_screen is not None:
            self._first_fill.add("store")  # a fast start: and the store, opened the normal way after them
        self.store = StoreEvents(self)  # every write is announced here; every view follows it
        self.setWindowTitle(self.tr("Rapport — {name}").format(name=db_path.name))
        self.resize(1360, 820)
        self.setAcceptDrops(True)

        self.sidebar_model = SidebarModel(today, self)
        self.sidebar = Sidebar(self.sidebar_model, db, self.worker)
        self.contacts = ContactList(db, self.worker, ContactTableModel(db, today, self), first_screen=first_screen)
        self.contacts.model.first_screen = first_screen
        self._customer_page = LazyPage(partial(self._build_customer, now))  # the file of the chosen customer
        self.actions = ContactActions(db, self.worker, self.contacts, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.contacts)
        splitter.addWidget(self._customer_page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640, 500])
        splitter.setChildrenCollapsible(False)
        self.today_pane = TodayPane(db, self.worker, today, self, first_screen=first_screen)
        self._plan_page = LazyPage(self._build_plan)
        self._value_page = LazyPage(self._build_value)
        self.views = PageTabs(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.today_pane, self.tr("Today"))  # the default view: who to call, and why
        self.views.addTab(splitter, self.tr("Customers"))
        self.views.addTab(self._plan_page, self.tr("Week plan"))
        self.views.addTab(self._value_page, self.tr("Value"))  # 80/20, scores, stages, referrals, lost
        self.views.currentChanged.connect(self._view_changed)
        self.setCentralWidget(self.views)
        self.phone_sync = PhoneSync(db, self.worker, self)  # CardDAV: File → Sync with phone…, Sync, every N min
        if first_screen is None:
            self.phone_sync.read_interval()  # a fast start: once the store is open (_store_opened)
        self.phone_sync.storeChanged.connect(self.store.announce)  # a sync may change any contact
        self.phone_sync.finished.connect(lambda lines: self.statusBar().showMessage(" · ".join(lines[:3]), 15000))
        self.desk = DeskOpener(db, self.worker, today, now, self.store, self)  # the greetings desk's window
        self.today_pane.deskRequested.connect(self.desk.open)
        self.events = EventsOpener(db, self.worker, today, now, self.store, self)  # events and invitations
        self._build_menus()
        self.statusBar().addPermanentWidget(self.phone_sync.progress)
        self.statusBar().addPermanentWidget(QLabel(str(db_path)))

        self.sidebar.listChosen.connect(self._list_chosen)
        self.sidebar.storeChanged.connect(self.store.announce)
        self.sidebar.emptyTrashRequested.connect(self.actions.ask_empty_trash)
        self.sidebar_model.contactsDropped.connect(self.actions.add_ids_to_group)
        self.contacts.idsLoaded.connect(self._ids_loaded)
        self.actions.storeChanged.connect(lambda _ids: self.store.announce())  # a filtered list may change
        self.today_pane.contactActivated.connect(self.open_customer)
        self.today_pane.contactChanged.connect(lambda cid: self.store.announce([cid], self.today_pane))
        self.today_pane.importRequested.connect(self.open_import)
        self.today_pane.newContactRequested.connect(self.new_contact)
        self.today_pane.customersRequested.connect(partial(self.views.setCurrentIndex, 1))
        self.today_pane.tiersRequested.connect(self.show_suggested_tiers)
        self.store.changed.connect(self._store_changed)
        self.store.follow(self.today_pane, self.today_pane.reload)
        self.today_pane.loaded.connect(lambda _n: self._arrived("today"))
        self.watch = None if first_screen else StoreWatch(db, self.worker, self.store, parent=self)  # others' writes
        self.contacts.reload()
        if first_screen is not None:
            first_screen.built()  # the store is opened once the first screen's reads have arrived
        # Backups when data changed, at most every 30 minutes (the service decides; this only asks).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(5 * 60 * 1000)
        self.backup_timer.timeout.connect(self._auto_backup)
        self.backup_timer.start()

    # ------------------------------------------------------------------ the pages built when first shown

    def _build_customer(self, now: Callable[[], datetime]):
        from .customer_file import CustomerFile

        customer = CustomerFile(self.db, self.worker, today=self.today, now=now)
        self.contacts.currentContactChanged.connect(customer.show_contact)
        customer.contactChanged.connect(lambda cid: self.store.announce([cid], customer))
        customer.set_listed(self.contacts.model.rowCount(), bool(self.contacts.search.text().strip()))
        if self.contacts.current_id():
            customer.show_contact(self.contacts.current_id())
        return customer

    def _build_plan(self):
        from .plan import PlanView

        plan_view = PlanView(self.db, self.worker, self.today, self)
        plan_view.contactActivated.connect(self.open_customer)
        plan_view.contactChanged.connect(lambda cid: self.store.announce([cid], plan_view))
        self.store.follow(plan_view, plan_view.reload)
        return plan_view

    def _build_value(self):
        from .value import ValueView

        value_view = ValueView(self.db, self.worker, self.today, self)
        value_view.contactActivated.connect(self.open_customer)
        value_view.storeChanged.connect(lambda: self.store.announce((), value_view))
        self.store.follow(value_view, value_view.reload)
        return value_view

    @property
    def customer(self):
        """The customer file beside the list (built when first asked for or shown)."""
        return self._customer_page.widget()

    @property
    def plan_view(self):
        return self._plan_page.widget()

    @property
    def value_view(self):
        return self._value_page.widget()

    def _ids_loaded(self, count: int) -> None:
        customer = self._customer_page.built()
        if customer is not None:
            customer.set_listed(count, bool(self.contacts.search.text().strip()))
        self._arrived("contacts")

    def _arrived(self, what: str) -> None:
        """Today's list and the contact list come first; the sidebar's counts and placing the addresses
        on the map wait for both (they are not on the first screen, and would share the worker)."""
        if not self._first_fill:
            return
        self._first_fill.discard(what)
        if self._first_fill:
            return
        if not self._counts_wanted:
            self._counts_wanted = True
            self.refresh_counts()
        from app.services.geo import stored  # not through plan/: that would load the week plan's modules

        self.worker.write(partial(stored.place_unplaced, self.db),
                          lambda count, error: error is None and count and self.store.announce(),
                          progress=self._placing)

    def _store_opened(self, error: Optional[BaseException]) -> None:
        """A fast start's store is open the normal way: others' writes are followed, the counts read."""
        if error is not None:
            self.statusBar().showMessage(error_text(error))
            return
        self.watch = StoreWatch(self.db, self.worker, self.store, parent=self)
        self.phone_sync.read_interval()
        self._arrived("store")

    def _placing(self, done: int, total: int) -> None:
        self.statusBar().showMessage(self.tr("Placing addresses on the map: {done} of {total}").format(
            done=done, total=total), 3000)

    @Slot()
    def _auto_backup(self) -> None:
        from app.services.backup import backup_after_change

        # A failed backup is said, never raised: the changes it was to copy are saved already.
        self.worker.read(partial(backup_after_change, self.db),
                         lambda warning, _error: warning and self.statusBar().showMessage(error_text(warning)))

    def _build_menus(self) -> None:
        self.new_contact_action = self._action(self.tr("New customer…"), self.new_contact, "Ctrl+N")
        self.import_action = self._action(self.tr("Import contacts…"), self.open_import, "Ctrl+Shift+I")
        self.imports_action = self._action(self.tr("Past imports…"), self.open_imports)
        self.export_action = self._action(self.tr("Export customers…"), self.open_export, "Ctrl+Shift+E")
        self.backup_action = self._action(self.tr("Back up now"), self.back_up_now)
        self.backups_action = self._action(self.tr("Backups…"), self.open_backups)
        self.duplicates_action = self._action(self.tr("Find duplicates…"), self.open_duplicates)
        self.products_action = self._action(self.tr("Products…"), self.open_products)
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        self.log_call_action = self._action(self.tr("Log call"), partial(self.log_here, "call"), "Ctrl+L")
        self.log_visit_action = self._action(self.tr("Log visit"), partial(self.log_here, "visit"), "Ctrl+Shift+L")
        find = self._action(self.tr("Find"), self._focus_search, QKeySequence.StandardKey.Find)
        quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.import_action, self.imports_action, self.export_action,
                              self.phone_sync.open_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.backups_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        a = self.actions
        contact_menu = self.menuBar().addMenu(self.tr("&Customers"))
        contact_menu.addActions([self.new_contact_action, find, self.log_call_action, self.log_visit_action])
        contact_menu.addSeparator()
        contact_menu.addAction(a.add_to_group)
        contact_menu.addMenu(a.tier_menu)
        contact_menu.addActions([a.mark_lost, a.reactivate])
        contact_menu.addSeparator()
        contact_menu.addActions([self.duplicates_action, self.products_action, self.desk.action, self.events.action])
        contact_menu.addSeparator()
        contact_menu.addActions([a.trash, a.restore, a.purge, a.empty_trash])
        self.help = HelpMenu(self, self.db_path)  # Help: the guide, keyboard shortcuts, the log folder, About
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_contact_action, self.import_action])
        toolbar.addSeparator()
        toolbar.addActions([self.log_call_action, self.log_visit_action])
        toolbar.addSeparator()
        toolbar.addAction(a.add_to_group)
        toolbar.addAction(a.tier_menu.menuAction())
        toolbar.addAction(a.trash)
        toolbar.addAction(a.restore)
        toolbar.addAction(self.phone_sync.sync_action)
        toolbar.addAction(self.desk.action)
        self.addToolBar(toolbar)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ keeping the parts in step

    def _store_changed(self, contact_ids: list, source) -> None:
        """The Customers view: the rows of the contacts named, else the list, counts and file again."""
        if source is self:
            return  # the window did it and showed it (a new customer, opened)
        if contact_ids:
            self.contacts.refresh_contacts(contact_ids)
            self.refresh_counts()
            customer = self._customer_page.built()
            if customer is not None and source is not customer and customer.contact_id() in contact_ids:
                customer.show_contact(customer.contact_id())
        else:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """The store changed in more than one row: list, counts and the open file again."""
        self.refresh_counts()
        self.contacts.reload()
        if (customer := self._customer_page.built()) is not None:
            customer.show_contact(self.contacts.current_id())

    def refresh_counts(self) -> None:
        if not self._counts_wanted:
            return  # the first screen is being filled: counted after it (see _arrived)
        self.worker.read(partial(load_counts, self.db, self.today()), self._counts_loaded)

    def _counts_loaded(self, counts: Optional[SidebarCounts], error: Optional[BaseException]) -> None:
        if counts is None:
            return
        self.sidebar_model.set_counts(counts)
        if self.sidebar.currentIndex().row() < 0:
            self.sidebar.choose(self.sidebar.current_key())
        filt = self.sidebar_model.filter_for(self.sidebar.current_key())
        if filt is not None and filt != self.contacts.base_filter():
            self.contacts.set_filter(filt)  # e.g. the group shown was renamed, or the day changed

    @Slot(str)
    def _list_chosen(self, key: str) -> None:
        filt = self.sidebar_model.filter_for(key)
        if filt is not None:
            self.contacts.set_filter(filt)
        self.actions.update_enabled()

    @Slot(int)
    def open_customer(self, contact_id: int) -> None:
        """From the today pane or the plan: show the customer's file in the Customers view."""
        self.views.setCurrentIndex(1)
        self.sidebar.choose("all")
        self.contacts.search.clear()
        self.contacts.reload(select=contact_id)
        self.customer.show_contact(contact_id)

    @Slot(int)
    def _view_changed(self, index: int) -> None:
        page = QTabWidget.widget(self.views, index)
        if index == 1 and not self._counts_wanted:  # shown before the first screen was filled
            self._counts_wanted = True
            self.refresh_counts()
        if page is self.today_pane:
            page.reload()  # calls logged elsewhere change who is due
        elif isinstance(page, LazyPage):
            if page.built() is None:
                page.widget()  # built now: it loads what it shows
            else:
                page.built().reload()

    @Slot()
    def show_suggested_tiers(self) -> None:
        self.views.setCurrentWidget(self._value_page)
        self.value_view.setCurrentWidget(self.value_view.pareto)

    @Slot()
    def _focus_search(self) -> None:
        self.views.setCurrentIndex(1)
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    # ------------------------------------------------------------------ dialogs

    @Slot()
    def new_contact(self) -> None:
        from .new_contact_dialog import NewContactDialog

        dialog = NewContactDialog(self.db, self.worker, self)
        if dialog.exec() == NewContactDialog.DialogCode.Accepted and dialog.created_id:
            self.open_customer(dialog.created_id)  # its file open, its row shown even if a search hid it
            self.refresh_counts()
            self.store.announce([dialog.created_id], self)

    @Slot()
    def open_import(self, paths: Iterable[Path] = ()):
        from .import_wizard import ImportWizard

        if self.wizard is not None and self.wizard.running():
            self.wizard.raise_()
            return self.wizard
        self.wizard = ImportWizard(self.db, self.worker, paths or (), self)
        self.wizard.storeChanged.connect(self.store.announce)
        self.wizard.show()
        return self.wizard

    def log_here(self, kind: str) -> None:
        """Ctrl+L / Ctrl+Shift+L: for the entry chosen in Today or the week plan, else the open customer."""
        view = self.views.currentWidget()
        if view is self.today_pane and (entry := self.today_pane.current_entry()) is not None:
            self.today_pane.log_call(entry)
        elif view is self._plan_page.built() and (entry := self.plan_view.current_entry()) is not None:
            self.plan_view.log_visit(entry)
        elif view not in (self.today_pane, self._plan_page.built()) and self.customer.contact is not None:
            self.customer.log(kind)
        else:  # nothing chosen: say so rather than do nothing
            self.statusBar().showMessage(self.tr("Choose whom first: an entry in Today or the week plan, or a "
                                                 "customer in Customers."), 8000)

    @Slot()
    def open_imports(self):
        from .imports_dialog import ImportsDialog

        dialog = ImportsDialog(self.db, self.worker, self)
        dialog.storeChanged.connect(self.store.announce)
        dialog.open()
        return dialog

    @Slot()
    def open_backups(self):
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db, self.db_path, self.worker, self)
        dialog.storeChanged.connect(self.store.announce)
        dialog.open()
        return dialog

    @Slot()
    def open_duplicates(self):
        from .merge_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self.worker, self)
        dialog.storeChanged.connect(self.store.announce)
        dialog.open()
        return dialog

    @Slot()
    def open_products(self):
        from .products.products_dialog import ProductsDialog

        dialog = ProductsDialog(self.db, self.worker, self)
        dialog.productsChanged.connect(self.store.announce)  # a new cycle moves the reorder reminders
        dialog.open()
        return dialog

    @Slot()
    def open_export(self):
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self.worker, self)
        dialog.exported.connect(lambda n, path: self.statusBar().showMessage(
            self.tr("Exported %Ln customer(s) to {path}.", "", n).format(path=path), 10000))
        dialog.open()
        return dialog

    @Slot()
    def back_up_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        from app.services.store_backups import backups_for

        self.worker.read(backups_for(self.db).make, self._backed_up)

    def _backed_up(self, path: Optional[Path], error: Optional[BaseException]) -> None:
        if error is not None:
            self.statusBar().showMessage(error_text(error))
        else:
            self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=path), 10000)

    @Slot()
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if SettingsDialog(self.db, self.worker, self).exec() == SettingsDialog.DialogCode.Accepted:
            self.store.announce()  # the region shows numbers anew, the working days make another plan

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if (customer := self._customer_page.built()) is not None:
            customer.commit_pending()
        if self.first_screen is not None:
            self.first_screen.open_soon()  # what waits for the store can end
        self.worker.wait_for_done()
        from app.services.backup import auto_backup

        try:
            auto_backup(self.db)
        except Exception:  # a failed backup must not keep the window open; it is retried next time
            pass
        super().closeEvent(event)
