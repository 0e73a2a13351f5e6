"""app/ui/text_list_model.py: the small list model used instead of QStandardItemModel."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.text_list_model import TextListModel


def test_texts_values_and_the_model_tester(qtmodeltester, qapp):
    model = TextListModel([("王伟 — 华通贸易有限公司", 7), ("Ana Díaz", 3)])
    qtmodeltester.check(model)
    model.append("Zoe", 9)
    model.set_items([("a.vcf", "/tmp/a.vcf")])
    qtmodeltester.check(model)
    assert model.texts() == ["a.vcf"]
    assert model.index(0).data(Qt.ItemDataRole.UserRole) == "/tmp/a.vcf"
    assert model.value(5) is None
