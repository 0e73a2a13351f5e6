"""The CSV column mapping as a table the user can change: column, example value, imported as.

Field names are the vocabulary of app/services/importing/csv_columns.py; what the
user types is checked against it, and only changed columns are passed on to the
import (the rest keep what the reader proposed).
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from app.services.importing.csv_columns import (
    ADDRESS_PARTS, BIRTHDAY_PARTS, DATE_FIELDS, SCALAR_FIELDS, is_valid_field, parse_field,
)
from app.services.importing.csv_reader import CsvPreview

Index = QModelIndex | QPersistentModelIndex

# The field names in the user's words; marked for lupdate, translated in describe_field().
_NAMES = {
    "display_name": QT_TRANSLATE_NOOP("ImportMapping", "Name shown"),
    "given_name": QT_TRANSLATE_NOOP("ImportMapping", "Given name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportMapping", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("ImportMapping", "Family name"),
    "prefix": QT_TRANSLATE_NOOP("ImportMapping", "Prefix"),
    "suffix": QT_TRANSLATE_NOOP("ImportMapping", "Suffix"),
    "nickname": QT_TRANSLATE_NOOP("ImportMapping", "Nickname"),
    "phonetic_given_name": QT_TRANSLATE_NOOP("ImportMapping", "Given name (phonetic)"),
    "phonetic_family_name": QT_TRANSLATE_NOOP("ImportMapping", "Family name (phonetic)"),
    "sort_as": QT_TRANSLATE_NOOP("ImportMapping", "Sort as"),
    "organization": QT_TRANSLATE_NOOP("ImportMapping", "Organisation"),
    "department": QT_TRANSLATE_NOOP("ImportMapping", "Department"),
    "title": QT_TRANSLATE_NOOP("ImportMapping", "Job title"),
    "gender": QT_TRANSLATE_NOOP("ImportMapping", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ImportMapping", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("ImportMapping", "Anniversary"),
    "birthday.year": QT_TRANSLATE_NOOP("ImportMapping", "Birthday: year"),
    "birthday.month": QT_TRANSLATE_NOOP("ImportMapping", "Birthday: month"),
    "birthday.day": QT_TRANSLATE_NOOP("ImportMapping", "Birthday: day"),
    "phone": QT_TRANSLATE_NOOP("ImportMapping", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportMapping", "Email"),
    "website": QT_TRANSLATE_NOOP("ImportMapping", "Website"),
    "address": QT_TRANSLATE_NOOP("ImportMapping", "Address (whole)"),
    "address.street": QT_TRANSLATE_NOOP("ImportMapping", "Address: street"),
    "address.city": QT_TRANSLATE_NOOP("ImportMapping", "Address: city"),
    "address.region": QT_TRANSLATE_NOOP("ImportMapping", "Address: region"),
    "address.postal_code": QT_TRANSLATE_NOOP("ImportMapping", "Address: postcode"),
    "address.country": QT_TRANSLATE_NOOP("ImportMapping", "Address: country"),
    "address.po_box": QT_TRANSLATE_NOOP("ImportMapping", "Address: PO box"),
    "address.extended": QT_TRANSLATE_NOOP("ImportMapping", "Address: extra line"),
    "address.formatted": QT_TRANSLATE_NOOP("ImportMapping", "Address: as written"),
    "event": QT_TRANSLATE_NOOP("ImportMapping", "Dated event"),
    "notes": QT_TRANSLATE_NOOP("ImportMapping", "Note"),
    "groups": QT_TRANSLATE_NOOP("ImportMapping", "Groups"),
    "custom": QT_TRANSLATE_NOOP("ImportMapping", "Custom field"),
    "ignore": QT_TRANSLATE_NOOP("ImportMapping", "Do not import"),
    "phone.label": QT_TRANSLATE_NOOP("ImportMapping", "Phone label"),
    "email.label": QT_TRANSLATE_NOOP("ImportMapping", "Email label"),
    "website.label": QT_TRANSLATE_NOOP("ImportMapping", "Website label"),
    "address.label": QT_TRANSLATE_NOOP("ImportMapping", "Address label"),
    "event.label": QT_TRANSLATE_NOOP("ImportMapping", "Event label"),
    "custom.label": QT_TRANSLATE_NOOP("ImportMapping", "Custom field name"),
}


def describe_field(code: str) -> str:
    """"phone:Mobile" → "Phone (Mobile)", in the user's words."""
    try:
        spec = parse_field(code)
    except ValueError:
        return code
    name = QCoreApplication.translate("ImportMapping", _NAMES.get(spec.base, spec.base))
    if spec.label:
        name += f" “{spec.label}”" if spec.base == "custom" else f" ({spec.label})"
    if spec.gid:
        name += f" #{spec.gid}"
    return name


def field_choices() -> list[str]:
    labelled = [f"{base}{label}" for base in ("phone", "email") for label in ("", ":Mobile", ":Work", ":Home")
                if not (base == "email" and label == ":Mobile")]
    return [*SCALAR_FIELDS, *DATE_FIELDS, *BIRTHDAY_PARTS, *labelled, "website", "address",
            *(f"address.{part}" for part in ADDRESS_PARTS), "event", "notes", "groups", "custom", "ignore"]


class MappingModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._examples: list[str] = []
        self._proposed: dict[str, str] = {}
        self._fields: list[str] = []
        self._titles = (self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as"))

    def set_preview(self, preview: Optional[CsvPreview], chosen: dict[str, str]) -> None:
        self.beginResetModel()
        self._headers = list(preview.headers) if preview else []
        self._proposed = dict(preview.mapping) if preview else {}
        self._examples = [next((row[i] for row in preview.rows if i < len(row) and row[i].strip()), "")
                          for i in range(len(self._headers))] if preview else []
        self._fields = [chosen.get(h, self._proposed.get(h, "custom")) for h in self._headers]
        self.endResetModel()

    def changes(self) -> dict[str, str]:
        """The columns the user mapped differently from the proposal."""
        return {h: f for h, f in zip(self._headers, self._fields) if f != self._proposed.get(h)}

    def field(self, row: int) -> str:
        return self._fields[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._headers[row], self._examples[row], describe_field(self._fields[row]))[column]
        if role == Qt.ItemDataRole.EditRole and column == 2:
            return self._fields[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self._fields[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and self._fields[row] == "ignore":
            return QBrush(QColor("#8a8a8a"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        code = str(value).strip()
        if not is_valid_field(code):
            return False
        self._fields[index.row()] = code
        self.dataChanged.emit(index, index)
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the usual fields; any field of the vocabulary may be typed ("custom:Shoe size")."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        for code in field_choices():
            combo.addItem(describe_field(code), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        code = index.data(Qt.ItemDataRole.EditRole)
        row = editor.findData(code)
        if row < 0:
            editor.addItem(describe_field(code), code)
            row = editor.count() - 1
        editor.setCurrentIndex(row)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        row = editor.findText(text)
        model.setData(index, editor.itemData(row) if row >= 0 else text, Qt.ItemDataRole.EditRole)
