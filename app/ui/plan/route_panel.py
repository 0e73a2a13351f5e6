"""Beside the week plan: the map of the week or of one day, its length, and "Open route in maps".

The plan's lists are already in route order; this panel reads where each visit is
(`route.day_routes`, on the worker) and shows the same numbers the cards show.
"""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Optional

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import route
from app.services.plan import WeekPlan
from app.services.route import DayRoute, Start
from app.services.route.maps_link import START, RouteLink

from ..formatting import format_long_date
from ..worker import Worker
from .route_map import RouteMap


def is_visit(entry) -> bool:
    """Visits are the day's stops; calls are made from anywhere. (Before plans knew calls from
    visits, every entry was a visit.)"""
    return getattr(entry, "kind", "visit") == "visit"


class RoutePanel(QWidget):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.start: Optional[Start] = None
        self.routes: list[DayRoute] = []
        self._generation = 0
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Show on the map"))
        self.map = RouteMap()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setOpenExternalLinks(True)  # the browser or maps app fetches it, when the user clicks
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + self.tr("Route") + "</b>"))
        head.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.links)
        self.choice.currentIndexChanged.connect(self._chosen)

    def show_plan(self, plan: WeekPlan) -> None:
        """Read the places of `plan`'s visits on the worker, then draw them."""
        self._generation += 1
        days = [(d.day, list(d.entries)) for d in plan.days]
        self.worker.read(partial(route.day_routes, self.db, days, is_stop=is_visit),
                         partial(self._loaded, self._generation))

    def _loaded(self, generation: int, result, error: Optional[BaseException]) -> None:
        if generation != self._generation or error is not None or result is None:
            return
        self.start, self.routes = result
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Whole week"), None)
        for r in self.routes:
            self.choice.addItem(format_long_date(r.day), r.day)
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(index if index >= 0 else (1 if len(self.routes) == 1 else 0))
        self.choice.blockSignals(False)
        self._chosen()

    def show_day(self, day: Optional[date]) -> None:
        index = self.choice.findData(day)
        if index >= 0:
            self.choice.setCurrentIndex(index)

    @Slot()
    def _chosen(self) -> None:
        day = self.choice.currentData()
        self.map.set_routes(self.start, self.routes, day)
        shown = [r for r in self.routes if day is None or r.day == day]
        stops = sum(len(r.stops) for r in shown)
        unplaced = sum(r.unplaced for r in shown)
        parts = [self.tr("%n visit(s)", "", stops),
                 self.tr("≈ {km} km in a straight line").format(km=QLocale().toString(round(sum(r.km for r in shown))))]
        if unplaced:
            parts.append(self.tr("%n without a known place (last in the day, not on the map)", "", unplaced))
        start = (self.tr("From and back to {address}").format(address=self.start.address) if self.start
                 else self.tr("No start address: each day starts at its first visit (set one in Settings)"))
        self.caption.setText(" · ".join(parts) + "<br>" + start)
        self.links.setText(self._links_html(shown[0].links) if day is not None and shown else
                           self.tr("Choose a day for its link to a maps app."))

    def _links_html(self, links: list[RouteLink]) -> str:
        if not links:
            return self.tr("No visit with an address: nothing to open in a maps app.")
        if len(links) == 1:
            label = self.tr("Open route in maps")  # outside the f-string, where lupdate sees it
            return f'<a href="{links[0].url}">{label}</a>'
        start = self.tr("start")
        names = [f'<a href="{link.url}">{start if link.first == START else link.first} → '
                 f'{start if link.last == START else link.last}</a>' for link in links]
        return self.tr("Open route in maps:") + " " + " · ".join(names)

