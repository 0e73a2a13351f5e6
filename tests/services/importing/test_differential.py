"""The fast path (our tokenizer, `vcard.parse_vcard`) and the slow path (vobject,
`vcard_vobject.parse_vcard_vobject`) must find the same contacts, field for field.

Every field of `ParsedContact` is compared (position, line and fingerprint too),
except on the cards listed in KNOWN_DIFFERENCES, where only the named fields are
left out; vcard_vobject's docstring says why each difference is kept. Cards vobject
refuses are listed in VOBJECT_CANNOT_READ: they must stay few and known.
"""
from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.importing.record import ParseResult
from app.services.importing.vcard import parse_vcard
from app.services.importing.vcard_vobject import parse_vcard_vobject
from bench.generate import phone_export_v21, vcard30
from tests.corpus import CORPUS, corpus_files

VCF_FILES = corpus_files("*.vcf")

# (corpus file, card number): what vobject says about the card.
VOBJECT_CANNOT_READ = {
    ("ez-vcard/John_Doe_ANDROID.vcf", 5): "a base64 photo of impossible length (1169 characters)",
    ("ez-vcard/John_Doe_LOTUS_NOTES.vcf", 1): "a PROFILE line inside the card",
    ("kcontacts/vcard_legacy_messaging_fields.vcf", 1): "'/' in a property name (X-messaging/twitter-All)",
}

# (corpus file, card number): {field left out of the comparison: why the paths differ}.
KNOWN_DIFFERENCES = {
    ("aosp-vcard/v21_backslash.vcf", 1): {
        "custom": "N has seven components: vobject drops the two beyond five, the fast path keeps them as custom N",
    },
    ("aosp-vcard/v21_malformed_photo.vcf", 1): {
        "photo": "a ':' inside the base64: vobject skips it and decodes the rest, the fast path refuses the photo",
        "photo_mime": "follows from the photo",
    },
}


def _refused(result: ParseResult) -> set[int]:
    return {p.position for p in result.problems if "VobjectRefused" in p.message}


def _differences(fast: ParseResult, slow: ParseResult, ignored: dict[int, dict[str, str]] | None = None
                 ) -> dict[int, dict]:
    """Card number -> {field: (fast, slow)} for every card the two paths read differently."""
    ignored = ignored or {}
    refused = _refused(slow)
    slow_by_position = {c.position: c for c in slow.contacts}
    found: dict[int, dict] = {}
    for contact in fast.contacts:
        if contact.position in refused:
            continue
        other = slow_by_position.pop(contact.position, None)
        if other is None:
            found[contact.position] = {"contact": ("read", "missing")}
            continue
        mine, theirs = dataclasses.asdict(contact), dataclasses.asdict(other)
        skip = ignored.get(contact.position, {})
        fields = {k: (mine[k], theirs[k]) for k in mine if mine[k] != theirs[k] and k not in skip}
        if fields:
            found[contact.position] = fields
    for position in slow_by_position:
        found[position] = {"contact": ("missing", "read")}
    return found


def _both(data: bytes, source: str = "test.vcf") -> tuple[ParseResult, ParseResult]:
    return parse_vcard(data, source=source), parse_vcard_vobject(data, source=source)


# ----------------------------------------------------------------------------------- corpus

@pytest.mark.parametrize("path", VCF_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_reads_the_same_both_ways(path: Path):
    name = str(path.relative_to(CORPUS))
    fast, slow = _both(path.read_bytes(), path.name)
    ignored = {card: fields for (file, card), fields in KNOWN_DIFFERENCES.items() if file == name}
    assert _differences(fast, slow, ignored) == {}
    refused = {(name, card) for card in _refused(slow)}
    assert refused == {key for key in VOBJECT_CANNOT_READ if key[0] == name}


def test_vobject_refuses_few_corpus_cards():
    cards = sum(len(parse_vcard(path.read_bytes(), source=path.name).contacts) for path in VCF_FILES)
    assert cards > 100
    assert len(VOBJECT_CANNOT_READ) <= cards * 0.05


def test_known_differences_name_cards_that_exist():
    files = {str(path.relative_to(CORPUS)) for path in VCF_FILES}
    assert {file for file, _ in KNOWN_DIFFERENCES} | {file for file, _ in VOBJECT_CANNOT_READ} <= files


# ----------------------------------------------------------------------------------- generated

@pytest.mark.parametrize("make", [phone_export_v21, vcard30], ids=["phone-export-2.1-qp", "address-book-3.0"])
def test_bench_files_read_the_same_both_ways(make):
    fast, slow = _both(make(150))
    assert len(fast.contacts) == 150
    assert not _refused(slow)
    assert _differences(fast, slow) == {}


_CHARS = st.one_of(
    st.sampled_from(list("aZ09 ,;:\\\n\"'.-@/=^é张伟ß€")),
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
)
_TEXT = st.text(_CHARS, max_size=14)
_WORD = st.text(st.sampled_from(list("abcxyzABC019-")), min_size=1, max_size=8)


def _escape(text: str, commas: bool, semicolons: bool = True) -> str:
    """3.0 escaping as writers do it: some leave commas (and, in text, semicolons) bare."""
    text = text.replace("\\", "\\\\").replace("\n", "\\n")
    if semicolons:
        text = text.replace(";", "\\;")
    return text.replace(",", "\\,") if commas else text


@st.composite
def _cards(draw) -> str:
    commas = draw(st.booleans())
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append("FN:" + _escape(draw(_TEXT), commas, draw(st.booleans())))
    if draw(st.booleans()):
        parts = draw(st.lists(_TEXT, min_size=1, max_size=5))
        lines.append("N:" + ";".join(_escape(p, commas) for p in parts))
    for _ in range(draw(st.integers(0, 3))):
        group = draw(st.sampled_from(["", "item1.", "item2."]))
        types = draw(st.sampled_from(["", ";TYPE=CELL", ";TYPE=WORK,VOICE", ';TYPE="home,pref"', ";type=fax;type=work",
                                      ";PREF=1", ";TYPE=x-custom"]))
        number = draw(st.text(st.sampled_from(list("0123456789 +-()")), min_size=1, max_size=16))
        lines.append(f"{group}TEL{types}:{number}")
        if group and draw(st.booleans()):
            lines.append(f"{group}X-ABLabel:" + _escape(draw(_TEXT), commas))
    for _ in range(draw(st.integers(0, 2))):
        lines.append(f"EMAIL;TYPE=INTERNET:{draw(_WORD)}@{draw(_WORD)}.example")
    if draw(st.booleans()):
        parts = draw(st.lists(_TEXT, min_size=1, max_size=7))
        lines.append("ADR;TYPE=WORK:" + ";".join(_escape(p, commas) for p in parts))
    if draw(st.booleans()):
        parts = draw(st.lists(_TEXT, min_size=1, max_size=3))
        lines.append("ORG:" + ";".join(_escape(p, commas) for p in parts))
    for name in ("NICKNAME", "TITLE", "NOTE", "URL", "X-CUSTOM-FIELD", "ROLE"):
        if draw(st.booleans()):
            lines.append(f"{name}:" + _escape(draw(_TEXT), commas, draw(st.booleans())))
    if draw(st.booleans()):
        items = draw(st.lists(_TEXT, max_size=4))
        lines.append("CATEGORIES:" + ",".join(_escape(i, True) for i in items))
    if draw(st.booleans()):
        lines.append("BDAY:" + draw(st.sampled_from(["1980-02-29", "--0412", "19750101", "2001-13-01", "soon"])))
    if draw(st.booleans()):
        payload = base64.b64encode(draw(st.binary(min_size=1, max_size=40))).decode()
        lines.append(draw(st.sampled_from([f"PHOTO;ENCODING=b;TYPE=PNG:{payload}",
                                           f"PHOTO;VALUE=URI:data:image/png;base64,{payload}"])))
    fold_at = draw(st.integers(8, 80))
    folded = lines[:2]
    for line in lines[2:]:  # 3.0 folding: CRLF and one space, anywhere in a property's line
        folded.append("\r\n ".join(line[i:i + fold_at] for i in range(0, len(line), fold_at)))
    return "\r\n".join([*folded, "END:VCARD", ""])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cards())
def test_generated_3_0_cards_read_the_same_both_ways(card):
    fast, slow = _both(card.encode("utf-8"))
    assert not _refused(slow), slow.problems
    assert len(fast.contacts) == len(slow.contacts)
    assert _differences(fast, slow) == {}
