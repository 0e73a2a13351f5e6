"""Starting the desktop app: QApplication, the store, the main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

# For screenshots of the docs only: RAPPORT_SCREENSHOT=customer[:SEARCH] opens the
# first (matching) customer's file, =wizard:FILE opens the import wizard on FILE's preview,
# =imports, =export and =backups open those File menu dialogs, =duplicates Customers → Find duplicates,
# =products Customers → Products…, =playbook:SEARCH the matching customer's file on its Playbook tab,
# =plan (=plan:next: next week) and =value (or =value:lost, :pareto, :scores, :stages, :referrals) show those views.
# The language is chosen with RAPPORT_LANGUAGE=zh_CN|es|en (see i18n.py).
SCREENSHOT_ENV = "RAPPORT_SCREENSHOT"


# The services the first screen calls, imported before PySide6: once PySide6 is loaded it reads
# the source of every module imported after it, to see whether it uses PySide (PYSIDE-2029's
# feature check: a twentieth of the start at 100,000 contacts). The window's own modules need Qt.
FIRST_SCREEN_SERVICES = ("app.services.settings", "app.services.store", "app.services.calllist",
                         "app.services.directory", "app.services.search_index", "app.services.interactions",
                         "app.services.groups", "app.services.lifecycle", "app.services.tiers")


def run_gui(db_path: Path, *, demo: bool = False, quit_when_ready: bool = False) -> int:
    import gc
    import importlib

    gc.disable()  # no collection while the start builds its objects: the window collects on its own thread (worker.py)
    from .fast_start import begin

    fast = None if demo else begin(db_path)  # a store as Rapport left it: shown first, opened right after
    if fast is None:
        for name in FIRST_SCREEN_SERVICES:
            importlib.import_module(name)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .errors import error_text, install_excepthook
    from .i18n import choose_language, install_translator
    from .main_window import MainWindow
    from .worker import GuiThreadGarbageCollector

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    install_translator(app, choose_language())  # the system's language until the store says otherwise
    if fast is not None:
        db, lock, warning, stored_language = fast.db, fast.lock, None, fast.language()
    else:
        from app.services import settings
        from app.services.store import StoreError

        try:
            opened = open_store_for_window(db_path, demo=demo)
        except StoreError as exc:
            QMessageBox.critical(None, "Rapport", error_text(exc))
            return 1
        if opened is None:
            return 1
        db, lock, warning = opened
        stored_language = settings.get(db, "language")
    language = choose_language(stored_language)
    if language != choose_language():
        install_translator(app, language)  # before the window is built: widgets translate their texts when made
    if warning:
        QMessageBox.warning(None, "Rapport", error_text(warning))
    install_excepthook()
    GuiThreadGarbageCollector(app)
    window = MainWindow(db, db_path, first_screen=fast)
    window.store_lock = lock  # held for the window's life: one writer per store
    gc.freeze()  # what the start made lives as long as the window: later collections need not walk it
    screen = app.primaryScreen().availableGeometry()
    if screen.width() < window.width() * 1.15 or screen.height() < window.height() * 1.15:
        window.setGeometry(screen)  # a laptop screen: use all of it (also where no window manager maximises)
        window.showMaximized()
    else:
        window.show()
    if quit_when_ready:
        from .ready import QuitWhenReady

        QuitWhenReady(window)
    elif os.environ.get(SCREENSHOT_ENV):
        _stage_screenshot(window, os.environ[SCREENSHOT_ENV])
    else:
        from PySide6.QtCore import QTimer

        # Over the window, once it is up (a fast start: once the store is open).
        if fast is not None:
            fast.when_open(lambda error: error is None and _ask_region(db, window))
        else:
            QTimer.singleShot(0, lambda: _ask_region(db, window))
    if fast is not None:  # the store could not be opened after all: said as the normal path says it
        fast.when_open(lambda error: error is not None and (QMessageBox.critical(window, "Rapport", error_text(error)),
                                                            app.exit(1)))
    code = app.exec()
    if fast is not None:
        fast.open_soon()  # what waits for the store can end
    window.worker.wait_for_done()
    if fast is not None and not fast.db.is_open():
        return code  # closed before the store was opened: nothing was written, the clean-close stamp stands
    from app.services.store import close_store

    close_store(db.real() if fast is not None else db, db_path)  # before the lock goes: the next start knows
    return code                                                    # the store was closed cleanly


def _ask_region(db, window) -> None:
    from .region_dialog import ask_region_if_unknown  # the settings service: the ORM

    ask_region_if_unknown(db, window)


def open_store_for_window(db_path: Path, *, demo: bool = False):
    """(db, writer lock, warning or None); None when the user declined to go on.

    A damaged store has been moved aside by open_for_use; the user is offered the newest
    good backup, restored into a fresh store.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.services import backup
    from app.services.store import StoreDamaged, network_share_warning, open_for_use, writer_lock

    from .errors import error_text

    lock = writer_lock(db_path)
    try:
        db = open_for_use(db_path)
    except StoreDamaged as damaged:
        if damaged.newest_backup is None:
            QMessageBox.warning(None, "Rapport", error_text(damaged) + "\n\n"
                                + QCoreApplication.translate("app", "Rapport starts with an empty store."))
            db = open_for_use(db_path)
        else:
            answer = QMessageBox.question(
                None, "Rapport",
                error_text(damaged.damage)
                + "\n\n" + QCoreApplication.translate("app", "Restore the newest good backup ({name})?").format(
                    name=damaged.newest_backup.name))
            db = open_for_use(db_path)
            if answer == QMessageBox.StandardButton.Yes:
                backup.restore(db, damaged.newest_backup)
                db = open_for_use(db_path)
    except Exception:
        lock.release()
        raise
    if demo:
        from app.services.demo import ensure_demo_data

        ensure_demo_data(db)
    return db, lock, network_share_warning(db_path)


def _stage_screenshot(window, what: str) -> None:
    from PySide6.QtCore import QTimer

    if what.startswith(("customer", "playbook")):  # "customer" or "customer:SEARCH"; "playbook:SEARCH" on that tab
        window.views.setCurrentIndex(1)  # the Customers view
        window.contacts.search.setText(what.partition(":")[2])
        window.contacts.idsLoaded.connect(lambda _n: window.contacts.select_row(0))
        if what.startswith("playbook"):
            window.customer.tabs.setCurrentWidget(window.customer.playbook)
    elif what.startswith("plan:next"):  # next week, with its map ("plan:next:1": the map of its first day)
        window.views.setCurrentWidget(window.plan_view)
        window.plan_view._step(1)
        day = what.partition("plan:next")[2].lstrip(":")
        if day:
            QTimer.singleShot(4000, lambda: window.plan_view.route_panel.choice.setCurrentIndex(int(day)))
    elif what == "plan" or what.startswith("value"):  # "value" or "value:lost" (pareto, scores, stages, …)
        window.views.setCurrentWidget(window.plan_view if what == "plan" else window.value_view)
        tab = what.partition(":")[2]
        if tab:
            window.value_view.setCurrentWidget(getattr(window.value_view, tab))
    elif what.startswith("wizard:"):
        # Alone on screen: under Xvfb without a window manager, a window over another is captured black.
        def open_wizard() -> None:
            window.hide()
            window.open_import([Path(what.split(":", 1)[1])]).next()

        QTimer.singleShot(1000, open_wizard)
    elif what.startswith("desk:"):  # the greetings desk on an occasion and day ("desk:birthday:2026-12-15"), alone
        def open_desk() -> None:
            from datetime import date

            key, _, day = what[len("desk:"):].partition(":")
            window.hide()
            window.desk.open(key, date.fromisoformat(day) if day else None).setGeometry(
                window.screen().availableGeometry())

        QTimer.singleShot(1000, open_desk)
    elif what in ("imports", "export", "backups", "duplicates", "products"):  # a menu dialog, alone on screen as the wizard is
        def open_dialog() -> None:
            window.hide()
            {"imports": window.open_imports, "export": window.open_export, "backups": window.open_backups,
             "duplicates": window.open_duplicates, "products": window.open_products}[what]()

        QTimer.singleShot(1000, open_dialog)
