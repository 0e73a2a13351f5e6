"""The main window (a first version: how many customers the store holds)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session, sessionmaker

from app.services import directory


class MainWindow(QMainWindow):
    def __init__(self, db: sessionmaker[Session], db_path: Path) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"Rapport — {db_path.name}")
        self.resize(1200, 760)
        count = directory.count(db)
        self.summary = QLabel(self.tr("%n customer(s)", "", count))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.summary)
