"""A plain map of the day's or the week's route: the customers' places, numbered in visiting order,
the start, and the route between them, drawn with QPainter. No tiles: nothing is fetched.

Places are districts or cities, so several customers often share one point: it is drawn once,
labelled with their numbers ("3–5") and its place's name, and hovering it names them.
"""
from __future__ import annotations

from datetime import date
from math import cos, radians
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.services.route import DayRoute, Start

DAY_COLOURS = ("#2e86de", "#e67e22", "#27ae60", "#8e44ad", "#c0392b", "#16a085", "#7f8c8d")
MARGIN = 28
RADIUS = 11


def numbers_label(numbers: list[int]) -> str:
    """1, 2, 3 -> "1–3"; 1, 4 -> "1,4": short enough for a marker."""
    numbers = sorted(numbers)
    if len(numbers) > 2 and numbers[-1] - numbers[0] == len(numbers) - 1:
        return f"{numbers[0]}–{numbers[-1]}"
    return ",".join(map(str, numbers))


def short_place(name: str) -> str:
    """"上海市 徐汇区" -> "徐汇区"; "Las Rozas de Madrid, ES" -> "Las Rozas de Madrid"."""
    return name.split(",")[0] if "," in name else name.split()[-1] if name else ""


class RouteMap(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.start: Optional[Start] = None
        self.routes: list[DayRoute] = []
        self.day: Optional[date] = None  # None: the whole week
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)

    def sizeHint(self) -> QSize:
        return QSize(380, 360)

    def set_routes(self, start: Optional[Start], routes: list[DayRoute], day: Optional[date] = None) -> None:
        self.start, self.routes, self.day = start, routes, day
        self.update()

    def shown(self) -> list[DayRoute]:
        return [r for r in self.routes if self.day is None or r.day == self.day]

    def colour(self, route: DayRoute) -> QColor:
        return QColor(DAY_COLOURS[[r.day for r in self.routes].index(route.day) % len(DAY_COLOURS)])

    # ------------------------------------------------------------------ where things go

    def _bounds(self) -> Optional[tuple[float, float, float, float]]:
        points = [(s.place.lat, s.place.lon) for r in self.shown() for s in r.stops if s.place]
        if self.start is not None:
            points.append(self.start.point)
        if not points:
            return None
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        return min(lats), max(lats), min(lons), max(lons)

    def to_screen(self, lat: float, lon: float) -> QPointF:
        """Equirectangular, east-west shrunk by the cosine of the middle latitude, fitted and centred."""
        bounds = self._bounds() or (lat, lat, lon, lon)
        south, north, west, east = bounds
        squeeze = cos(radians((south + north) / 2))
        span_x, span_y = max((east - west) * squeeze, 1e-3), max(north - south, 1e-3)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - 16)  # room for the scale
        scale = min(area.width() / span_x, area.height() / span_y)
        x0 = area.center().x() - span_x * scale / 2
        y0 = area.center().y() - span_y * scale / 2
        return QPointF(x0 + (lon - west) * squeeze * scale, y0 + (north - lat) * scale)

    def markers(self) -> list[tuple[QPointF, DayRoute, list]]:
        """Each distinct place of each route shown, with the stops there. A place the start shares
        (customers in the start's own district) is drawn just beside the start, not under it."""
        home = self.to_screen(*self.start.point) if self.start else None
        found: list[tuple[QPointF, DayRoute, list]] = []
        for route in self.shown():
            at: dict[tuple[float, float], list] = {}
            for stop in route.stops:
                if stop.place:
                    at.setdefault((stop.place.lat, stop.place.lon), []).append(stop)
            for key, stops in at.items():
                point = self.to_screen(*key)
                if home is not None and (point - home).manhattanLength() < 2 * RADIUS:
                    point = home + QPointF(0, 2.4 * RADIUS)
                found.append((point, route, stops))
        return found

    def stops_at(self, pos: QPointF) -> list:
        return [s for point, _route, stops in self.markers() if (point - pos).manhattanLength() <= RADIUS * 1.5
                for s in stops]

    # ------------------------------------------------------------------ painting

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self._bounds() is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No visit with a known place to show on the map."))
            return
        for route in self.shown():
            self._paint_route(painter, route)
        if self.start is not None:
            self._paint_start(painter)  # under the markers, so no customer's number or place is hidden
        self._paint_markers(painter)
        self._paint_scale(painter)

    def _paint_route(self, painter: QPainter, route: DayRoute) -> None:
        places = [self.to_screen(s.place.lat, s.place.lon) for s in route.stops if s.place]
        if not places:
            return
        colour = self.colour(route)
        home = self.to_screen(*self.start.point) if self.start else None
        path = QPainterPath(home if home is not None else places[0])
        for point in places:
            path.lineTo(point)
        painter.setPen(QPen(colour, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if home is not None:  # the way back at the end of the day
            painter.setPen(QPen(colour, 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(places[-1], home)

    def _paint_markers(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        bold = QFont(font)
        bold.setBold(True)
        text_ink = self.palette().color(QPalette.ColorRole.Text)
        labelled: set[tuple[int, int]] = set()
        for point, route, stops in self.markers():
            label = numbers_label([s.number for s in stops])
            width = max(2 * RADIUS, QFontMetricsF(bold).horizontalAdvance(label) + 8)
            box = QRectF(point.x() - width / 2, point.y() - RADIUS, width, 2 * RADIUS)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(self.colour(route))
            painter.drawRoundedRect(box, RADIUS, RADIUS)
            painter.setFont(bold)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            key = (round(point.x()), round(point.y()))
            if key not in labelled and stops[0].place:  # a place's name once, beside its first marker
                labelled.add(key)
                name = short_place(stops[0].place.name)
                width = QFontMetricsF(font).horizontalAdvance(name)
                # Right of the marker, or left of it where the map ends.
                x = box.right() + 4 if box.right() + 4 + width <= self.width() - 4 else box.left() - 4 - width
                painter.setFont(font)
                painter.setPen(text_ink)
                painter.drawText(QPointF(x, point.y() + 4), name)

    def _paint_start(self, painter: QPainter) -> None:
        point = self.to_screen(*self.start.point)
        box = QRectF(point.x() - RADIUS, point.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor("#2d3436"))
        painter.drawRect(box)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("S", "the start on the map"))

    def _paint_scale(self, painter: QPainter) -> None:
        """A bar of a round number of km, for a sense of distance without a background map."""
        south, north, _west, _east = self._bounds()  # type: ignore[misc]
        a, b = self.to_screen(south, 0.0), self.to_screen(south + 0.1, 0.0)  # 0.1° of latitude is 11.1 km
        per_km = abs(a.y() - b.y()) / 11.12
        if per_km <= 0:
            return
        km = next((k for k in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000) if k * per_km >= 50), 5000)
        left, y = MARGIN, self.height() - 14
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5))
        painter.drawLine(QPointF(left, y), QPointF(left + km * per_km, y))
        for x in (left, left + km * per_km):
            painter.drawLine(QPointF(x, y - 4), QPointF(x, y))
        painter.drawText(QPointF(left + km * per_km + 6, y + 4), self.tr("{km} km").format(km=km))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        stops = self.stops_at(event.position())
        if stops:
            QToolTip.showText(event.globalPosition().toPoint(),
                              "\n".join(f"{s.number}. {s.name}" for s in stops), self)
        else:
            QToolTip.hideText()
