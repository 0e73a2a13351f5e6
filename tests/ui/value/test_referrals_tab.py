"""The Referrals tab: the tree of who referred whom, with each referrer's counts and revenue."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.value.referrals import ReferralNode
from app.ui.value.common import ValueRole
from app.ui.value.referral_model import (
    BOUGHT, NAME, OWN_REVENUE, REFERRED, THEIR_REVENUE, ReferralTreeModel, flatten,
)

from .conftest import show_tab


@pytest.fixture
def tab(qtbot, view):
    return show_tab(qtbot, view, view.referrals)


def shape(model, parent=QModelIndex()) -> list:
    return [(model.index(r, NAME, parent).data(), shape(model, model.index(r, NAME, parent)))
            for r in range(model.rowCount(parent))]


def test_the_tree_shows_who_referred_whom(tab):
    assert shape(tab.model) == [("Ana", [("Bo", [("Ed", [])]), ("Cy", [])])]
    assert tab.tree.isExpanded(tab.model.index(0, 0))


def test_each_referrer_shows_how_many_they_referred_bought_and_for_how_much(tab):
    model = tab.model
    ana = model.index(0, 0)
    bo, cy = model.index(0, 0, ana), model.index(1, 0, ana)

    def figures(index):
        return tuple(model.index(index.row(), c, index.parent()).data(ValueRole)
                     for c in (OWN_REVENUE, REFERRED, BOUGHT, THEIR_REVENUE))

    assert figures(ana) == (Decimal("500.00"), 2, 2, Decimal("750.00"))  # Bo 500 + Cy 250
    assert figures(bo) == (Decimal("500.00"), 1, 1, Decimal("30.00"))  # Ed
    assert figures(cy) == (Decimal("250.00"), None, None, None)  # referred nobody
    assert model.index(0, REFERRED, ana).data() == "1" and model.index(1, REFERRED, ana).data() == ""
    assert "2 contacts referred 3 others; 3 of those bought" in tab.summary.text()


def test_a_node_knows_its_parent(tab):
    model = tab.model
    ed = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert ed.data() == "Ed"
    assert model.parent(ed).data() == "Bo" and model.parent(model.parent(ed)).data() == "Ana"
    assert not model.parent(model.index(0, 0)).isValid()
    assert model.parent() is tab  # without an index it is QObject's parent()


def test_activating_a_node_asks_to_open_the_contact(qtbot, shop, view, tab):
    index = tab.model.index(1, NAME, tab.model.index(0, 0))
    with qtbot.waitSignal(view.contactActivated) as opened:
        tab.tree.activated.emit(index)
    assert opened.args == [shop["Cy"]]


def test_the_tree_model_is_a_sound_qt_model(qtmodeltester, tab):
    qtmodeltester.check(tab.model)
    model = ReferralTreeModel()
    qtmodeltester.check(model)
    deep = ReferralNode(1, "Root", Decimal("1.00"), "CNY")
    node = deep
    for i in range(2, 400):  # a long chain is no trouble (no recursion)
        child = ReferralNode(i, f"N{i}", Decimal("0"), "CNY")
        node.children.append(child)
        node = child
    deep.children.append(ReferralNode(999, "Second", Decimal("0"), "CNY", {"EUR": Decimal("5.00")}))
    model.set_forest(flatten([deep, ReferralNode(1000, "Alone", Decimal("0"))], []))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 2
    assert "5.00 EUR" in model.index(1, OWN_REVENUE, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)


def test_the_trees_rows_are_as_high_as_the_tables(tab, view):
    """Issue 16: the referral tree's rows were denser than every other table's."""
    tree_row = tab.tree.visualRect(tab.model.index(0, 0)).height()
    table = view.scores.table
    assert tree_row >= table.verticalHeader().defaultSectionSize() == table.fontMetrics().height() + 10
