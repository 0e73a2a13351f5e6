"""File → Backups… on a store on a PostgreSQL server: "Back up now" runs pg_dump and the dump is
listed; restoring over the database in use is not offered, and the dialog says where it is done."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.models.db import open_store
from app.ui.backups_dialog import BackupsDialog
from app.ui.worker import Worker


def test_the_dialog_backs_up_a_server_store_and_says_where_a_restore_is_done(qtbot, qtmodeltester, pg_cluster):
    db = open_store(pg_cluster.url(pg_cluster.new_database()))
    worker = Worker()
    try:
        dialog = BackupsDialog(db, Path("unused"), worker)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.status.text() == "No backup yet.", timeout=5000)
        assert dialog.restore_button.isHidden()
        assert any("rapport --db URL restore FILE" in label.text() for label in dialog.findChildren(QLabel))
        dialog.back_up()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
        qtmodeltester.check(dialog.model)
        assert dialog.model.index(0, 1).data() == "made by you"
        assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("-manual.dump")
        assert "Backup saved" in dialog.status.text()
        dialog.table.selectRow(0)
        dialog.ask_restore()  # a double-click on a row: nothing is asked, nothing restored
        assert dialog.model.rowCount() == 1 and not dialog.restore_button.isVisible()
    finally:
        worker.wait_for_done()
        db.kw["bind"].dispose()
