"""Starting the desktop app: QApplication, the store, the main window."""
from __future__ import annotations

import sys
from pathlib import Path


def run_gui(db_path: Path, *, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.services.store import StoreError, open_store

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    try:
        db = open_store(db_path)
        if demo:
            from app.services.demo import ensure_demo_data

            ensure_demo_data(db)
    except StoreError as exc:
        QMessageBox.critical(None, "Rapport", str(exc))
        return 1
    window = MainWindow(db, db_path)
    window.show()
    return app.exec()
