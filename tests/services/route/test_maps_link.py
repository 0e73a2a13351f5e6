"""The day's "open route in maps" link: built from the stops in route order, never fetched."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from app.services.route.maps_link import BAIDU, GOOGLE, START, Stop, provider_for, route_links


def _query(url):
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_a_day_from_the_start_and_back_is_one_google_link_with_the_stops_in_order():
    stops = [Stop(1, "Calle Mayor 5, Madrid"), Stop(2, "Gran Vía 1, Madrid"), Stop(3, "Calle de Alcalá 20, Madrid")]
    [link] = route_links(stops, "Paseo del Prado 8, Madrid", GOOGLE)
    assert (link.first, link.last) == (START, START)
    assert link.url.startswith("https://www.google.com/maps/dir/?api=1&")
    q = _query(link.url)
    assert q["origin"] == q["destination"] == "Paseo del Prado 8, Madrid"
    assert q["waypoints"].split("|") == [s.address for s in stops]
    assert q["travelmode"] == "driving"


def test_a_long_day_is_split_where_google_stops_taking_waypoints():
    stops = [Stop(n, f"Calle {n}, Sevilla") for n in range(1, 13)]
    links = route_links(stops, "Plaza Nueva 1, Sevilla", GOOGLE)
    assert [(l.first, l.last) for l in links] == [(START, 10), (10, START)]
    assert all(len(_query(l.url).get("waypoints", "").split("|")) <= 9 for l in links)
    assert _query(links[1].url)["origin"] == "Calle 10, Sevilla"  # the second part goes on from where the first ended


def test_without_a_start_the_route_runs_from_the_first_visit_or_from_where_one_is():
    two = route_links([Stop(1, "A, Madrid"), Stop(2, "B, Madrid")], None, GOOGLE)
    assert _query(two[0].url)["origin"] == "A, Madrid" and _query(two[0].url)["destination"] == "B, Madrid"
    [one] = route_links([Stop(1, "A, Madrid")], None, GOOGLE)
    assert "origin" not in _query(one.url)  # Google starts from the phone's position


def test_chinese_users_get_baidu_maps_one_leg_a_link_with_chinese_text_intact():
    assert provider_for("zh_CN") == BAIDU and provider_for("es") == GOOGLE
    stops = [Stop(1, "上海市徐汇区漕溪北路88号", "上海市"), Stop(2, "上海市黄浦区南京东路100号", "上海市")]
    links = route_links(stops, "上海市静安区南京西路1号", BAIDU)
    assert [(l.first, l.last) for l in links] == [(START, 1), (1, 2), (2, START)]
    q = _query(links[1].url)
    assert links[1].url.startswith("https://api.map.baidu.com/direction?")
    assert (q["origin"], q["destination"], q["mode"], q["output"]) == (
        "上海市徐汇区漕溪北路88号", "上海市黄浦区南京东路100号", "driving", "html")


def test_no_link_when_no_visit_has_an_address():
    assert route_links([Stop(1, ""), Stop(2, "  ")], "Plaza Mayor 1, Madrid") == []


def test_customers_at_one_address_are_one_stop_for_the_maps_app():
    stops = [Stop(1, "Mercado Central, Valencia"), Stop(2, "Mercado Central, Valencia"), Stop(3, "Calle Colón 1, Valencia")]
    [link] = route_links(stops, None, GOOGLE)
    q = _query(link.url)
    assert (q["origin"], q["destination"]) == ("Mercado Central, Valencia", "Calle Colón 1, Valencia")
    assert "waypoints" not in q
