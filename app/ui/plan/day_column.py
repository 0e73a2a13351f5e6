"""A column of the weekly plan: the day (or "Carried over"), how full it is, and its entries."""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.services.calllist import CallEntry

from ..formatting import day_heading
from .card_delegate import CardDelegate
from .day_model import PlanDayModel


class DayColumn(QFrame):
    def __init__(self, day: Optional[date], delegate: CardDelegate, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.model = PlanDayModel(day, self)
        self.title = QLabel()
        self.capacity = QLabel()
        self.capacity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(day is not None)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if day is not None
                                  else QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)  # the card under the mouse is drawn so
        self.view.setMinimumWidth(180)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.capacity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)

    def show_day(self, day: date, entries: list[CallEntry], capacity: int, today: date) -> None:
        self.model.set_entries(entries, day)
        name = day_heading(day, short_month=True)
        self.title.setText(f"<b>{name}</b>" + (" · " + self.tr("today") if day == today else ""))
        self.view.setAccessibleName(name)
        self.capacity.setText(self.tr("{n} / {capacity}").format(n=len(entries), capacity=capacity))
        over = len(entries) > capacity
        self.capacity.setStyleSheet("color: #c0392b; font-weight: bold;" if over else "color: gray;")
        self.capacity.setToolTip(self.tr("{n} planned, up to {capacity} a day").format(n=len(entries), capacity=capacity))

    def show_carried_over(self, entries: list[CallEntry], week_number: int) -> None:
        """`week_number`: the week whose plan has them (next week)."""
        self.model.set_entries(entries)
        title = self.tr("Carried over to week {n}").format(n=week_number)
        self.title.setText(f"<b>{title}</b>")
        self.view.setAccessibleName(title)
        self.capacity.setText(str(len(entries)))
        self.capacity.setStyleSheet("color: gray;")
        self.capacity.setToolTip(self.tr("More than the week holds: they are on next week's plan. "
                                         "Drag one onto a day to plan it this week"))
