"""Addresses in Chinese, Spanish and English placed offline to a district or city."""
from __future__ import annotations

import socket

import pytest

from app.services.geo import CITY, DISTRICT, REGION, geocode


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Geocoding is offline: any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("geocoding tried the network")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize("street, city, region, district, near", [
    ("上海市徐汇区漕溪北路88号", None, None, "上海市 徐汇区", (31.19, 121.44)),
    ("南山区科技园南区高新南七道", "深圳市", "广东省", "深圳市 南山区", (22.53, 113.93)),
    ("文三路90号", "杭州", "浙江", None, (30.25, 120.21)),  # the city only, written without 市
    ("朝阳区建国路88号", "北京市", None, "北京市 朝阳区", (39.92, 116.44)),
    ("西湖区文三路", "杭州市", None, "杭州市 西湖区", (30.26, 120.13)),  # not Nanchang's 西湖区
])
def test_chinese_addresses_geocode_to_their_district_or_city(street, city, region, district, near):
    place = geocode(street, city, region)
    assert place is not None
    assert place.level == (DISTRICT if district else CITY)
    if district:
        assert place.name == district
    assert abs(place.lat - near[0]) < 0.05 and abs(place.lon - near[1]) < 0.05


def test_a_street_named_after_another_city_does_not_move_the_address():
    place = geocode("南京东路100号", "上海市", None)  # Nanjing Road, in Shanghai
    assert place.name == "上海市" and place.level == CITY


def test_a_province_alone_is_placed_but_only_as_a_region():
    place = geocode(None, None, "浙江省")
    assert place.level == REGION


@pytest.mark.parametrize("street, city, postal, country, default, expected, near", [
    ("Calle Mayor 5", "Madrid", "28013", "España", None, "Madrid, ES", (40.42, -3.70)),
    ("Avenida de la Constitución 12", "Sevilla", "41001", None, "ES", "Sevilla, ES", (37.38, -5.97)),
    ("Calle de Colón 1", "Valencia", None, None, "ES", "Valencia, ES", (39.47, -0.38)),
    ("Calle de Colón 1", "Valencia", None, "Venezuela", "ES", "Valencia, VE", (10.16, -68.0)),
    ("Calle Mayor 5, 28013 Madrid", None, None, None, "ES", "Madrid, ES", (40.42, -3.70)),
    ("Carrer de Sants 10", "L'Hospitalet de Llobregat", None, "ES", None, "L'Hospitalet de Llobregat, ES", (41.36, 2.10)),
    ("12 High Street", "Manchester", "M1 1AA", "United Kingdom", None, "Manchester, GB", (53.48, -2.24)),
    ("Avenida Reforma 1", "Ciudad de México", None, None, "ES", "Mexico City, MX", (19.43, -99.13)),
])
def test_spanish_and_other_addresses_geocode_to_their_city(street, city, postal, country, default, expected, near):
    place = geocode(street, city, None, postal, country, default_country=default)
    assert place is not None and place.level == CITY
    assert place.name == expected
    assert abs(place.lat - near[0]) < 0.05 and abs(place.lon - near[1]) < 0.05


def test_an_address_naming_no_known_place_is_not_placed():
    assert geocode("Calle Inventada 3", "Villanadadenada", None, None, "ES") is None
    assert geocode(None, None, None, None, None) is None
    assert geocode("   ", "", None) is None
