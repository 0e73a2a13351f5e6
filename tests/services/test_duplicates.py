"""Finding the contacts already in the store that are probably one person."""
from __future__ import annotations

import pytest

from app.services import duplicates, lifecycle, settings
from app.services.contacts import NewContact, create_contact
from app.services.duplicates import (
    NAMES_AGREE, NAMES_DIFFER, SAME_NAME_DIFFERS, SAME_NAME_ONLY, dismiss, find_duplicates,
)
from app.services.errors import InvalidValue, NotFound


def person(db, name: str, *, phones=(), emails=(), **fields) -> int:
    return create_contact(db, NewContact(display_name=name, fields=fields, phones=[(p, None) for p in phones],
                                         emails=[(e, None) for e in emails]), region="ES")


def pairs_of(db) -> list[tuple[str, str]]:
    return [(p.a.display_name, p.b.display_name) for p in find_duplicates(db)]


def test_a_shared_number_with_another_spelling_is_found_with_its_reason(db):
    ana = person(db, "Ana García", phones=["612 34 56 78"], organization="Acme")
    twin = person(db, "Garcia, Ana", phones=["+34612345678"])
    person(db, "Pablo Gil", phones=["+34 699 000 111"])
    [pair] = find_duplicates(db)
    assert pair.ids == (ana, twin)
    assert [str(r) for r in pair.reasons] == ["same phone +34 612 34 56 78"]
    assert pair.names_agree and pair.rank == NAMES_AGREE
    assert pair.a.organization == "Acme" and pair.b.phones == ("+34 612 34 56 78",)  # as shown everywhere


def test_an_email_is_matched_whatever_its_case(db):
    person(db, "Lucía Fernández", emails=["Lucia@Example.es"])
    person(db, "Lucia F.", emails=["lucia@example.es"])
    [pair] = find_duplicates(db)
    assert [str(r) for r in pair.reasons] == ["same email lucia@example.es"]


@pytest.mark.parametrize("first, second", [("王芳", "Wang Fang"), ("Ana Garcia", "Ana García"),
                                           ("JOSÉ MARTÍN", "José Martin")])
def test_pinyin_and_accent_variants_are_found_by_their_folded_name(db, first, second):
    person(db, first)
    person(db, second)
    [pair] = find_duplicates(db)
    assert [r.kind for r in pair.reasons] == ["name"] and pair.rank == SAME_NAME_ONLY


def test_the_same_name_with_different_birthdays_is_not_a_pair(db):
    person(db, "Eva Gil", birthday="1980-04-12")
    person(db, "Eva Gil", birthday="1981-04-12")
    assert find_duplicates(db) == []
    person(db, "Eva Gil", birthday="--04-12", phones=["+34 600 000 003"])  # agrees with both
    assert pairs_of(db) == [("Eva Gil", "Eva Gil"), ("Eva Gil", "Eva Gil")]


def test_the_same_name_with_other_numbers_emails_or_employers_comes_last_saying_what_differs(db):
    """Issue 16: Lucía Pérez three times, with three numbers, were never suggested."""
    ana = person(db, "Ana Ruiz", phones=["+34 600 000 001"], emails=["ana@a.es"])
    twin = person(db, "Ana Ruiz", phones=["+34 600 000 002"], emails=["ana@a.es"])  # a shared email: strong
    lucias = [person(db, "Lucía Pérez", phones=[f"+34 600 000 01{n}"], organization=org)
              for n, org in enumerate(("Acme", "Acme", "Northwind"))]
    found = find_duplicates(db)
    assert found[0].ids == (ana, twin) and found[0].rank == NAMES_AGREE
    weak = found[1:]
    assert [p.rank for p in weak] == [SAME_NAME_DIFFERS] * 3
    assert weak[0].ids == (lucias[0], lucias[1])  # they share an employer too: first of the weak ones
    assert [str(r) for r in weak[0].reasons] == ["same name", "same organisation Acme", "different phones"]
    assert [str(r) for r in weak[1].reasons] == ["same name", "different phones", "different organisations"]


def test_two_contacts_with_the_same_typed_number_that_is_not_valid_are_a_pair(db):
    """Issue 16: two "Juan Nuevo" with the same typed number were not found."""
    one = person(db, "Juan Nuevo", phones=["1234 5678"])
    two = person(db, "Juan Nuevo", phones=["1234 5678"])
    [pair] = find_duplicates(db)
    assert pair.ids == (one, two) and pair.rank == NAMES_AGREE
    assert [str(r) for r in pair.reasons] == ["same phone 1234 5678", "same name"]


def test_a_name_one_contact_has_without_a_phone_pairs_with_the_one_that_has_it(db):
    person(db, "Ana Ruiz", phones=["+34 600 000 001"], organization="Acme")
    person(db, "ana ruiz", organization="ACME")
    assert pairs_of(db) == [("Ana Ruiz", "ana ruiz")]


def test_a_common_name_alone_pairs_nobody(db):
    for _ in range(duplicates.COMMON_NAME + 1):
        person(db, "王伟")
    assert find_duplicates(db) == []


def test_strongest_first_then_different_names_then_the_name_alone(db):
    person(db, "Carmen Vidal")
    person(db, "Carmen Vidal")
    pedro = person(db, "Pedro Ruiz", phones=["+34 699 111 222"])
    lucia = person(db, "Lucía Ruiz", phones=["+34 699 111 222"])
    ana = person(db, "Ana García", phones=["+34 612 345 678"], emails=["ana@x.es"])
    twin = person(db, "Ana Garcia", phones=["+34 612 345 678"], emails=["ANA@x.es"])
    found = find_duplicates(db)
    assert [p.rank for p in found] == [NAMES_AGREE, NAMES_DIFFER, SAME_NAME_ONLY]
    assert found[0].ids == (ana, twin)
    assert [str(r) for r in found[0].reasons] == ["same phone +34 612 34 56 78", "same email ana@x.es", "same name"]
    assert found[1].ids == (pedro, lucia) and not found[1].names_agree
    assert [p.ids for p in find_duplicates(db, limit=1)] == [(ana, twin)]


def test_a_switchboard_pairs_only_names_that_agree(db):
    for i in range(duplicates.SHARED_LINE + 1):
        person(db, f"Staff {'ABCDEFGHIJ'[i]}", phones=["+34 910 000 000"])
    person(db, "Staff A Moreno", phones=["+34 910 000 000"])
    assert pairs_of(db) == [("Staff A", "Staff A Moreno")]


def test_an_extension_is_part_of_the_number(db):
    person(db, "Reception", phones=["+34 910 000 000 ext. 1"])
    person(db, "Sales desk", phones=["+34 910 000 000 ext. 2"])
    assert find_duplicates(db) == []


def test_contacts_in_the_trash_are_left_out(db):
    person(db, "Ana García", phones=["+34 612 345 678"])
    gone = person(db, "Ana Garcia", phones=["+34 612 345 678"])
    person(db, "王芳")
    gone_too = person(db, "Wang Fang")
    lifecycle.trash(db, [gone, gone_too])
    assert find_duplicates(db) == []


def test_a_dismissed_pair_does_not_come_back_and_is_kept_in_the_settings(db):
    pedro = person(db, "Pedro Ruiz", phones=["+34 699 111 222"])
    lucia = person(db, "Lucía Ruiz", phones=["+34 699 111 222"])
    person(db, "王芳")
    person(db, "Wang Fang")
    dismiss(db, lucia, pedro)  # either order
    assert pairs_of(db) == [("王芳", "Wang Fang")]
    assert settings.get(db, duplicates.DISMISSED_KEY) == [[pedro, lucia]]
    dismiss(db, pedro, lucia)
    assert settings.get(db, duplicates.DISMISSED_KEY) == [[pedro, lucia]]


def test_dismissing_refuses_one_contact_twice_or_a_missing_one(db):
    ana = person(db, "Ana García")
    with pytest.raises(InvalidValue, match=f"{ana} and {ana}"):
        dismiss(db, ana, ana)
    with pytest.raises(NotFound, match="contact 999"):
        dismiss(db, ana, 999)


def test_an_empty_store_has_no_duplicates(db):
    assert find_duplicates(db) == []
