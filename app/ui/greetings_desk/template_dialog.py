"""An occasion's templates, one tab per greeting language (中文, Español, English): edit, put a field
in with a click, go back to the built-in text. Saved together, after every text is checked; a
refused one (an unknown field) is said in one line and nothing is saved."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.desk import templates
from app.services.desk.language import LANGUAGES
from app.services.desk.occasions import Occasion

from ..errors import error_text
from ..worker import Worker
from .greetings_model import LANGUAGE_NAMES


class TemplateDialog(QDialog):
    saved = Signal(str)  # the occasion's key

    def __init__(self, db: sessionmaker[Session], worker: Worker, occasion: Occasion, title: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db, self.worker, self.occasion = db, worker, occasion
        self.setWindowTitle(self.tr("Templates: {occasion}").format(occasion=title))
        self.resize(720, 420)
        self.tabs = QTabWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        for language in LANGUAGES:
            editor = QPlainTextEdit()
            self.editors[language] = editor
            self.tabs.addTab(editor, LANGUAGE_NAMES[language])
        fields = QHBoxLayout()
        fields.addWidget(QLabel(self.tr("Insert:")))
        for name in templates.fields_for(occasion.key):
            button = QPushButton("{" + name + "}")
            button.setFlat(True)
            button.clicked.connect(partial(self._insert, "{" + name + "}"))
            fields.addWidget(button)
        fields.addStretch(1)
        hint = QLabel(self.tr("Each customer gets the text in their own language. A field the customer has no "
                              "value for is left out with its comma; [text in brackets] goes with an empty field "
                              "inside it."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.default_button = QPushButton(self.tr("Use the built-in text"))
        self.default_button.clicked.connect(self._use_default)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(fields)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.worker.read(partial(templates.texts, db, occasion.key), self._loaded)

    def _loaded(self, texts: Optional[dict], error: Optional[BaseException]) -> None:
        if error is not None:
            self.error.setText(error_text(error))
            return
        for language, (text, _edited) in texts.items():
            self.editors[language].setPlainText(text)

    def show_language(self, language: str) -> None:
        self.tabs.setCurrentIndex(LANGUAGES.index(language))

    def current_language(self) -> str:
        return LANGUAGES[self.tabs.currentIndex()]

    def _insert(self, field: str) -> None:
        editor = self.editors[self.current_language()]
        editor.insertPlainText(field)
        editor.setFocus()

    def _use_default(self) -> None:
        language = self.current_language()
        self.editors[language].setPlainText(templates.default_text(self.occasion.key, language))

    def save(self) -> None:
        texts = {language: editor.toPlainText() for language, editor in self.editors.items()}
        self.error.clear()
        self.worker.write(partial(templates.save_all, self.db, self.occasion.key, texts), self._saved)

    def _saved(self, _result, error: Optional[BaseException]) -> None:
        if error is not None:
            self.error.setText(error_text(error))  # the dialog stays open on what was typed
            return
        self.saved.emit(self.occasion.key)
        self.accept()
