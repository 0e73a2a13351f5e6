"""The Stages tab: a board with a column per sales stage (drag a card to move the contact),
and below it the monthly report: conversion and average days per stage."""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Callable, Iterable, Optional

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QPainter, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListView, QSplitter, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.value import stages
from app.services.value.stages import OTHER, STAGES, BoardEntry, StageMonth

from ..worker import Worker
from .common import count_text, fit_columns, moment, tidy_table
from .stages_model import StageCardsModel, StageReportModel
from .tab_base import ValueTab

MARGIN, PADDING = 3, 5  # around a card, and inside its frame


class CardDelegate(QStyledItemDelegate):
    """A card: a framed box (its frame highlighted when selected) around the card's two lines.

    As tall as its lines really are: Qt's own estimate counts every line at the main font's
    height, so a card in Chinese (a taller fallback font) came out elided to "陈艳…".
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card = QRectF(option.rect).adjusted(MARGIN, MARGIN / 2, -MARGIN, -MARGIN / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid
        painter.setPen(QPen(option.palette.color(role), 2 if selected else 1))
        painter.setBrush(option.palette.base())
        painter.drawRoundedRect(card, 4, 4)
        painter.restore()
        inner = QStyleOptionViewItem(option)
        inner.rect = card.toRect().adjusted(PADDING, PADDING - 1, -PADDING, -PADDING + 1)
        inner.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)  # the frame says it
        super().paint(painter, inner, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        layout = QTextLayout(str(index.data() or "").replace("\n", "\u2028"), option.font)
        layout.beginLayout()
        height = 0.0
        line = layout.createLine()
        while line.isValid():
            line.setLineWidth(max(option.rect.width(), 10_000))
            height += line.height()
            line = layout.createLine()
        layout.endLayout()
        return QSize(size.width(), int(height + 0.5) + MARGIN + 2 * PADDING + 2)


def load_stages(db: sessionmaker[Session], today: date) -> tuple[dict[str, list[BoardEntry]], list[StageMonth]]:
    return stages.board(db, today), stages.stage_report(db, today)


def move_cards(db: sessionmaker[Session], contact_ids: Iterable[int], stage: str, when: datetime) -> int:
    """Each move is logged on the contact's history by the service; returns how many moved."""
    return sum(1 for cid in contact_ids if stages.move_stage(db, cid, stage, when))


class StagesTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.labels = {"prospect": self.tr("Prospect"), "first contact": self.tr("First contact"),
                       "needs identified": self.tr("Needs identified"), "negotiating": self.tr("Negotiating"),
                       "customer": self.tr("Customer"), "after-sale": self.tr("After-sale"),
                       OTHER: self.tr("Other (old stages)")}
        self.card_delegate = CardDelegate(self)
        self.columns: dict[str, StageCardsModel] = {}
        self.lists: dict[str, QListView] = {}
        self.headers: dict[str, QLabel] = {}
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(0, 0, 0, 0)
        for stage in STAGES + (OTHER,):
            model = StageCardsModel(stage, self)
            view = self._card_list(model)
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(view, 1)
            holder = QWidget()
            holder.setLayout(column)
            row.addWidget(holder, 1)
            self.columns[stage], self.lists[stage], self.headers[stage] = model, view, header
            model.moveRequested.connect(self.move)
        self.report_model = StageReportModel(self.labels, self)
        self.report = QTableView()
        self.report.setModel(self.report_model)
        self.report.setAccessibleName(self.tr("Stage report by month"))
        tidy_table(self.report, stretch=1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(board)
        splitter.addWidget(self.report)
        splitter.setSizes([480, 260])
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _card_list(self, model: StageCardsModel) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(self.labels[model.stage])
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setWordWrap(True)
        # Laid out a hundred cards at a time between events: thousands of cards never freeze the board.
        # (Not uniformItemSizes: a card in Chinese is taller than the first card in Latin letters.)
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(100)
        view.setItemDelegate(self.card_delegate)
        view.activated.connect(self._activated)
        return view

    def load_call(self):
        return partial(load_stages, self.db, self.today())

    def show_result(self, result: tuple[dict[str, list[BoardEntry]], list[StageMonth]]) -> None:
        board, report = result
        for stage, model in self.columns.items():
            model.set_cards(board.get(stage, []))
            self.headers[stage].setText(self.tr("<b>{stage}</b> ({n})").format(
                stage=self.labels[stage], n=count_text(len(model.cards()))))
        other = self.lists[OTHER].parentWidget()
        other.setVisible(bool(board.get(OTHER)))
        if any(board.values()):
            self.hint.setText(self.tr("Drag a card to another column to move the contact; the move is logged on "
                                      "their history."))
        else:  # an empty board does not say how a customer gets onto it
            self.hint.setText(self.tr("<b>No customer has a sales stage yet.</b> Give one in the customer's file "
                                      "(Details → Sales stage); the customer then appears here, and you move them "
                                      "on by dragging their card to the next column."))
        self.report_model.set_rows(report)
        fit_columns(self.report, stretch=1)

    @Slot(list, str)
    def move(self, contact_ids: list, stage: str) -> None:
        label = self.labels.get(stage, stage)
        self.write(partial(move_cards, self.db, list(contact_ids), stage, moment(self.today())),
                   lambda moved: self.tr("{n} moved to {stage}.").format(n=count_text(moved), stage=label))
