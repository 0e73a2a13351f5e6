"""The map beside the week plan: customers' places numbered in visiting order, the start, the route
drawn between them, and the day's link to a maps app."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from app.services.geo import Place
from app.services.route import DayRoute, RouteStop, Start
from app.services.route.maps_link import RouteLink
from app.ui.plan.route_map import DAY_COLOURS, RouteMap, numbers_label, short_place
from app.ui.plan.route_panel import RoutePanel

from ..conftest import wait_idle
from .conftest import MONDAY

START = Start("Paseo del Prado 8, Madrid", 40.414, -3.692, "Madrid, ES")
GETAFE = Place(40.306, -3.733, "city", "Getafe, ES")
ALCALA = Place(40.482, -3.364, "city", "Alcalá de Henares, ES")
ROZAS = Place(40.493, -3.873, "city", "Las Rozas de Madrid, ES")


def _routes():
    monday = DayRoute(MONDAY, [RouteStop(1, 11, "Ana García", GETAFE), RouteStop(2, 12, "Luis Gil", GETAFE),
                               RouteStop(3, 13, "Eva Sanz", ALCALA), RouteStop(4, 14, "Sin Sitio", None)],
                      [RouteLink("https://www.google.com/maps/dir/?api=1&destination=x", 0, 0)], 42.0)
    tuesday = DayRoute(date(2026, 11, 24), [RouteStop(1, 15, "Rosa Vidal", ROZAS)], [], 30.0)
    return [monday, tuesday]


def test_places_are_drawn_where_they_are_from_the_start(qtbot):
    widget = RouteMap()
    qtbot.addWidget(widget)
    widget.resize(400, 360)
    widget.set_routes(START, _routes(), MONDAY)
    getafe, alcala, home = (widget.to_screen(p.lat, p.lon) for p in (GETAFE, ALCALA, START))
    assert getafe.y() > home.y() > alcala.y()  # Getafe is south of Madrid, Alcalá north-east
    assert alcala.x() > home.x() > getafe.x()
    for point in (getafe, alcala, home):
        assert 0 <= point.x() <= 400 and 0 <= point.y() <= 360


def test_customers_sharing_a_place_are_one_marker_that_names_them(qtbot):
    widget = RouteMap()
    qtbot.addWidget(widget)
    widget.resize(400, 360)
    widget.set_routes(START, _routes(), MONDAY)
    markers = widget.markers()
    assert sorted(numbers_label([s.number for s in stops]) for _p, _r, stops in markers) == ["1,2", "3"]
    at_getafe = widget.to_screen(GETAFE.lat, GETAFE.lon)
    assert [s.name for s in widget.stops_at(at_getafe)] == ["Ana García", "Luis Gil"]
    assert widget.stops_at(QPointF(2, 2)) == []


def test_the_day_is_painted_in_its_colour_and_the_week_in_each_days(qtbot):
    widget = RouteMap()
    qtbot.addWidget(widget)
    widget.resize(400, 360)
    widget.set_routes(START, _routes(), MONDAY)
    colours = _colours(widget.grab().toImage())
    assert QColor(DAY_COLOURS[0]).rgb() in colours and QColor(DAY_COLOURS[1]).rgb() not in colours
    widget.set_routes(START, _routes(), None)  # the whole week
    colours = _colours(widget.grab().toImage())
    assert {QColor(DAY_COLOURS[0]).rgb(), QColor(DAY_COLOURS[1]).rgb()} <= colours


def test_with_no_place_the_map_says_so(qtbot):
    widget = RouteMap()
    qtbot.addWidget(widget)
    widget.set_routes(None, [DayRoute(MONDAY, [RouteStop(1, 1, "Nowhere", None)])], None)
    assert widget.markers() == []
    widget.grab()  # paints the sentence instead of a map, without failing


def test_labels_are_short():
    assert numbers_label([3, 5, 4]) == "3–5" and numbers_label([1, 4]) == "1,4" and numbers_label([2]) == "2"
    assert short_place("上海市 徐汇区") == "徐汇区" and short_place("Las Rozas de Madrid, ES") == "Las Rozas de Madrid"


def test_the_panel_shows_the_weeks_places_and_a_days_link(qtbot, view, db, week):
    from app.services import reach
    from app.services.reach import AddressData
    from app.services.route import set_start

    set_start(db, "Paseo del Prado 8, Madrid")
    for name in ("Ana García", "Carlos Ruiz"):
        reach.add_address(db, week[name], AddressData(street="Calle Mayor 5", city="Madrid"))
    view.reload()
    wait_idle(qtbot, view)
    panel: RoutePanel = view.route_panel
    assert panel.choice.count() == 1 + len(view.plan.days)  # the whole week, then each day
    assert panel.start.address == "Paseo del Prado 8, Madrid"
    placed = {s.name for r in panel.routes for s in r.stops if s.place}
    assert placed == {"Ana García", "Carlos Ruiz"}
    assert "From and back to Paseo del Prado 8, Madrid" in panel.caption.text()
    day = next(r.day for r in panel.routes if any(s.name == "Ana García" for s in r.stops))
    panel.show_day(day)
    assert 'href="https://www.google.com/maps/dir/?api=1' in panel.links.text()
    assert "Calle+Mayor+5%2C+Madrid" in panel.links.text() and "Open route in maps" in panel.links.text()
    numbers = {s.name: s.number for r in panel.routes for s in r.stops}
    from app.ui.plan.day_model import PlanRole

    for column in view.days:  # the map's numbers are the card's: visits lead the list; calls are no stop
        for row in range(column.model.rowCount()):
            index = column.model.index(row)
            entry = index.data(PlanRole.Entry)
            if entry.kind == "visit":
                assert numbers[entry.display_name] == row + 1 == index.data(PlanRole.Stop)
            else:
                assert entry.display_name not in numbers and index.data(PlanRole.Stop) is None


def _colours(image) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
