"""Address labels, envelopes and cards read back from the PDF: pages, where each label's text sits,
and addresses in their country's form (China big-to-small with the postcode first)."""
from __future__ import annotations

from pypdf import PdfReader

from app.models import Address
from app.printing.labels import cards_pdf, envelopes_pdf, label_sheets_pdf
from app.services import contacts, settings
from app.services.contacts import NewContact
from app.services.desk.compose import Greeting
from app.services.desk.paper import labels_for
from app.services.desk.postal import MailingLabel, address_lines

MM = 72 / 25.4  # PDF points in a millimetre


def placed_texts(page) -> list[tuple[str, float, float]]:
    """(text, x mm from the left, y mm from the top) of each run of text on the page."""
    height = float(page.mediabox.height)
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            found.append((" ".join(text.split()), x / MM, (height - y) / MM))  # pypdf reads spaces as tabs

    page.extract_text(visitor_text=visit)
    return found


def lines_of(page) -> dict[str, float]:
    """Each printed line, its runs joined without spaces (fonts split a CJK line into runs) → mm from the top."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for text, x, y in placed_texts(page):
        rows.setdefault(round(y, 1), []).append((x, text.replace(" ", "")))
    return {"".join(t for _, t in sorted(runs)): y for y, runs in rows.items()}


def label(n: int) -> MailingLabel:
    return MailingLabel(n, f"Customer {n:02d}", "en", "US", (f"Customer {n:02d}", "1 Market St", "SPRINGFIELD"))


def test_a4_sheets_hold_3_by_8_labels_of_70_by_37_mm(tmp_path):
    path = tmp_path / "labels.pdf"
    assert label_sheets_pdf([label(n) for n in range(26)], path) == 2
    reader = PdfReader(str(path))
    assert len(reader.pages) == 2
    width, height = float(reader.pages[0].mediabox.width) / MM, float(reader.pages[0].mediabox.height) / MM
    assert round(width) == 210 and round(height) == 297
    first = {text: (x, y) for text, x, y in placed_texts(reader.pages[0]) if text.startswith("Customer")}
    assert len(first) == 24 and "Customer 24" not in first
    x0, y0 = first["Customer 00"]
    assert 4 <= x0 <= 7 and 0.5 < y0 < 37  # inside the first label, past its left padding
    for n in range(24):
        column, row = n % 3, n // 3
        x, y = first[f"Customer {n:02d}"]
        assert abs(x - (x0 + 70 * column)) < 0.5 and abs(y - (y0 + 37 * row)) < 0.5
    second = [text for text, _, _ in placed_texts(reader.pages[1]) if text.startswith("Customer")]
    assert second == ["Customer 24", "Customer 25"]


def test_addresses_are_written_in_their_countrys_form():
    assert address_lines("张伟 总经理", "漕溪北路88号", "上海市", "上海市", "200030", "中国", "CN") == (
        "200030", "上海市", "漕溪北路88号", "张伟 总经理")  # big to small; no 中国 for mail at home
    assert address_lines("María García", "Calle Mayor 5", "Madrid", "", "28013", "España", "CN") == (
        "María García", "Calle Mayor 5", "28013 MADRID", "SPAIN")
    assert address_lines("John Smith", "1 Market St", "San Francisco", "CA", "94105", "", "US") == (
        "John Smith", "1 Market St", "SAN FRANCISCO, CA 94105")
    assert address_lines("X", "Main 1", "Atlantis", "", "123", "Atlantis", "CN") == ("X", "Main 1", "123 Atlantis",
                                                                                    "Atlantis")


def test_labels_for_customers_name_those_without_an_address(db, tmp_path):
    settings.put(db, "phone_region", "CN")
    zhang = contacts.create_contact(db, NewContact(display_name="张伟", fields={"title": "总经理"}), region="CN")
    with db.begin() as session:
        session.add(Address(contact_id=zhang, street="漕溪北路88号", city="上海市", region="上海市", postal_code="200030"))
    nobody = contacts.create_contact(db, NewContact(display_name="李娜"), region="CN")
    found, without = labels_for(db, [zhang, nobody])
    assert [f.lines for f in found] == [("200030", "上海市", "漕溪北路88号", "张伟 总经理")]
    assert without == [(nobody, "李娜")]
    path = tmp_path / "env.pdf"
    envelopes_pdf(found, path)
    page = PdfReader(str(path)).pages[0]
    width, height = float(page.mediabox.width) / MM, float(page.mediabox.height) / MM
    assert (round(width), round(height)) == (162, 114)  # C6, landscape
    lines = lines_of(page)
    assert lines["200030"] < lines["上海市"] < lines["漕溪北路88号"] < lines["张伟总经理收"]  # big to small, the name


def test_greeting_cards_one_a6_page_each_in_the_customers_language(tmp_path):
    path = tmp_path / "cards.pdf"
    cards = [Greeting(1, "张伟", "zh", "wechat", "张总，新春快乐！"),
             Greeting(2, "María García", "es", "sms", "Estimada Sra. García: ¡feliz Año Nuevo chino!")]
    assert cards_pdf(cards, path) == 2
    reader = PdfReader(str(path))
    assert [round(float(p.mediabox.width) / MM) for p in reader.pages] == [148, 148]
    assert "新春快乐" in reader.pages[0].extract_text() and "feliz" in reader.pages[1].extract_text()
