"""`rapport labels … --pdf` and `rapport event labels`: the PDF is written, the customers without an address named."""
from __future__ import annotations

from pypdf import PdfReader


def test_labels_and_event_cards(run, tmp_path):
    run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN", "--tier", "A")
    run("set", "张伟", "--address", "street=漕溪北路88号", "city=上海市", "postal_code=200030", "country=中国")
    run("add", "John Smith", "--phone", "+1 415 555 0101", "--tier", "A")
    code, _, err = run("labels", "--tier", "A", "--pdf", str(tmp_path / "a.pdf"))
    assert code == 0 and "1 without an address, left out: John Smith" in err and "saved 1 labels on 1 sheets" in err
    text = PdfReader(str(tmp_path / "a.pdf")).pages[0].extract_text()
    assert "200030" in text and "漕溪北路" in text
    run("event", "add", "Dinner", "--date", "2026-01-10T19:00", "--kind", "dinner", "--place", "Hotel A")
    run("event", "invite", "Dinner", "张伟", "John Smith")
    code, _, err = run("event", "labels", "Dinner", "--layout", "card", "--pdf", str(tmp_path / "cards.pdf"))
    reader = PdfReader(str(tmp_path / "cards.pdf"))
    assert code == 0 and len(reader.pages) == 2
    assert "Dinner" in reader.pages[1].extract_text().replace("\\n", " ")


def test_a_folder_for_the_pdf_is_one_line(run, tmp_path):
    code, _, err = run("labels", "--pdf", str(tmp_path))
    assert code == 1 and err.count("\n") == 1 and "is a folder" in err
