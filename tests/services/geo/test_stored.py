"""The place is kept on the address: when it is saved, when it is imported, and later for older rows."""
from __future__ import annotations

from sqlalchemy import select, update

from app.models import Address
from app.services import contacts, reach, settings
from app.services.contacts import NewContact
from app.services.geo import stored
from app.services.importing.pipeline import import_files
from app.services.reach import AddressData


def _rows(db):
    with db() as session:
        return {a.city or a.street: (a.geo_level, a.geo_place) for a in session.scalars(select(Address))}


def test_an_address_saved_in_the_customer_file_is_placed(db):
    settings.put(db, "phone_region", "ES")
    cid = contacts.create_contact(db, NewContact(display_name="Ana Díaz"), region="ES")
    address_id = reach.add_address(db, cid, AddressData(street="Calle Mayor 5", city="Valencia"))
    assert _rows(db)["Valencia"] == ("city", "Valencia, ES")  # the user's country settles the name
    reach.update_address(db, address_id, AddressData(street="徐汇区漕溪北路88号", city="上海市"))
    assert _rows(db)["上海市"] == ("district", "上海市 徐汇区")


def test_an_imported_address_is_placed_in_the_import(db, tmp_path):
    card = tmp_path / "zhang.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nTEL:13812345678\r\n"
                    "ADR;TYPE=WORK:;;南山区科技园;深圳市;广东省;518057;中国\r\nEND:VCARD\r\n", encoding="utf-8")
    import_files(db, [card], region="CN")
    assert _rows(db)["深圳市"] == ("district", "深圳市 南山区")


def test_older_addresses_are_placed_later_and_a_placeless_one_only_once(db):
    cid = contacts.create_contact(db, NewContact(display_name="Old"), region="ES")
    for city in ("Sevilla", "Nowhere-at-all"):
        reach.add_address(db, cid, AddressData(city=city))
    with db.begin() as session:  # as a store from before the migration has them
        session.execute(update(Address).values(geo_level=None, geo_lat=None, geo_lon=None, geo_place=None))
    assert stored.unplaced_count(db) == 2
    steps = []
    assert stored.place_unplaced(db, "ES", progress=lambda done, total: steps.append((done, total))) == 2
    assert _rows(db) == {"Sevilla": ("city", "Sevilla, ES"), "Nowhere-at-all": (stored.NOWHERE, None)}
    assert steps[-1] == (2, 2)
    assert stored.unplaced_count(db) == 0  # "placed nowhere" is remembered, not retried
    assert stored.place_unplaced(db, "ES") == 0


def test_the_plan_reads_the_newest_address_of_each_customer(db):
    cid = contacts.create_contact(db, NewContact(display_name="Moved"), region="ES")
    reach.add_address(db, cid, AddressData(city="Sevilla"))
    reach.add_address(db, cid, AddressData(city="Madrid"))
    nowhere = contacts.create_contact(db, NewContact(display_name="Nowhere"), region="ES")
    reach.add_address(db, nowhere, AddressData(city="Villanadadenada"))
    region_only = contacts.create_contact(db, NewContact(display_name="Province"), region="CN")
    reach.add_address(db, region_only, AddressData(region="浙江省"))
    with db() as session:
        points = stored.points_of(session, [cid, nowhere, region_only])
    assert list(points) == [cid]  # a province is too coarse to route by
    assert points[cid].name == "Madrid, ES"
