"""A page of the window built the first time it is shown or asked for.

The window opens on Today. The week plan, the value reports and the customer file import
and build a good part of the app (icalendar, the route map, charts, the customer file's
tabs); building them up front made every start wait for pages the user may never open.
A LazyPage stands in their place (a tab, a splitter pane) and builds its widget on its
first show, or when code asks for it.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._build: Optional[Callable[[], QWidget]] = build
        self._widget: Optional[QWidget] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> Optional[QWidget]:
        """The page's widget if it was built already, else None (builds nothing)."""
        return self._widget

    def widget(self) -> QWidget:
        """The page's widget, built now if it was not yet."""
        if self._widget is None:
            build, self._build = self._build, None
            assert build is not None, "a LazyPage's build must not ask for its own page"
            self._widget = build()
            self.layout().addWidget(self._widget)
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        self.widget()
        super().showEvent(event)


class PageTabs(QTabWidget):
    """Tabs that may hold LazyPages, and answer as if they held the pages' widgets: choosing a
    page's widget chooses its tab, and the current widget is the page's widget (built, as it
    is on screen)."""

    def widget(self, index: int) -> Optional[QWidget]:
        page = super().widget(index)
        return (page.built() or page) if isinstance(page, LazyPage) else page

    def currentWidget(self) -> Optional[QWidget]:
        page = super().currentWidget()
        return page.widget() if isinstance(page, LazyPage) else page

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            page = super().widget(index)
            if page is widget or (isinstance(page, LazyPage) and page.built() is widget and widget is not None):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
