"""`rapport value scores|pareto|referrals|lost --pdf FILE`: the reports on A4, read back with pypdf."""
from __future__ import annotations

import stat
from datetime import date
from decimal import Decimal

import pypdf
import pytest

from app.models.db import open_store
from app.printing.value_strings import VALUE_STRINGS
from app.services import contacts, purchases
from app.services.purchases import PurchaseData
from app.services.value import lost, pareto, referrals, report_html, rfm
from app.ui.formatting import format_money


@pytest.fixture
def customers(run):
    for name in ("张伟", "Ana García", "Bob Smith", "Chen Jing"):
        run("add", name)
    run("buy", "张伟", "Dishwasher", "--price", "5000", "--currency", "CNY", "--date", "2026-03-01")
    run("buy", "Ana García", "Kettle", "--price", "300", "--currency", "CNY", "--date", "2026-05-01")
    run("buy", "Bob Smith", "Toaster", "--price", "80", "--currency", "EUR", "--date", "2026-06-01")
    run("buy", "Chen Jing", "Oven", "--price", "900", "--currency", "CNY", "--date", "2025-12-01")
    run("set", "Ana García", "Bob Smith", "--referred-by", "张伟")
    run("set", "Chen Jing", "--status", "lost", "--reason", "price", "--lost-on", "2026-02-01")


def _pdf(run, tmp_path, *args) -> tuple[int, str, pypdf.PdfReader]:
    path = tmp_path / f"{args[0]}.pdf"
    code, out, err = run("value", *args, "--date", "2026-07-01", "--pdf", str(path))
    assert code == 0 and out == "" and "saved the" in err, err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # names and amounts: the owner's only
    reader = pypdf.PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages), reader


def _words(text: str) -> str:
    return " ".join(text.split())


def test_each_report_prints_what_the_table_says(run, tmp_path, customers, monkeypatch):
    monkeypatch.setenv("RAPPORT_LANGUAGE", "en")
    pages, text, reader = _pdf(run, tmp_path, "pareto")
    text = _words(text)

    def money(amount: str, code: str) -> str:  # as the window writes amounts in this language
        return _words(format_money(Decimal(amount), code))

    assert pages == 1 and reader.metadata.title == "Rapport: 80/20 view"
    assert "80/20 view" in text and f"张伟 {money('5000', 'CNY')} 94.3% 94.3% A" in text
    assert f"Not ranked (other currencies are not converted): {money('80', 'EUR')}" in text
    pages, text, _ = _pdf(run, tmp_path, "scores")
    assert pages == 1 and "RFM scores" in _words(text)
    assert "Ana García 212" in _words(text) and f"61 1 {money('300', 'CNY')} active" in _words(text)
    pages, text, _ = _pdf(run, tmp_path, "referrals")
    assert pages == 1 and f"↳ Ana García {money('300', 'CNY')}" in _words(text)
    assert f"张伟 2 2 {money('300', 'CNY')} {money('80', 'EUR')}" in _words(text)
    pages, text, _ = _pdf(run, tmp_path, "lost")
    assert pages == 1 and f"Lost customers: 1; revenue in the 12 months before each was lost: {money('900', 'CNY')}" \
        in _words(text) and f"price 1 {money('900', 'CNY')}" in _words(text)


def test_the_paper_speaks_the_users_language(run, tmp_path, customers, monkeypatch):
    monkeypatch.setenv("RAPPORT_LANGUAGE", "es")
    _, text, _ = _pdf(run, tmp_path, "lost")
    assert "Clientes perdidos: 1" in _words(text) and "Por motivo" in _words(text)
    assert "precio 1" in _words(text) and "sin nivel 1" in _words(text)  # the reasons as the window names them
    assert _words(format_money(Decimal("900"), "CNY")) in _words(text)


def test_a_long_report_runs_over_several_pages(run, tmp_path):
    run("list")  # makes the store
    db = open_store(run.store)  # the store the commands use, on either database
    for n in range(150):
        cid = contacts.create_contact(db, contacts.NewContact(f"Customer {n:03d}"))
        purchases.add_purchase(db, cid, PurchaseData("Kettle", date(2026, 5, 1), unit_price=str(100 + n),
                                                     currency="CNY"))
    db.kw["bind"].dispose()
    pages, text, _ = _pdf(run, tmp_path, "pareto", "--limit", "0")
    assert pages >= 3 and "Customer 000" in _words(text) and "Customer 149" in _words(text)
    pages, text, _ = _pdf(run, tmp_path, "pareto")  # --limit 50 by default, on paper too
    assert pages == 2 and "Customer 149" in _words(text) and "Customer 000" not in _words(text)


def test_every_label_on_paper_is_listed_for_the_translators(db):
    asked: list[str] = []

    def tr(text: str) -> str:
        asked.append(text)
        return text

    today = date(2026, 7, 1)
    kit = {"tr": tr, "money": lambda amount, code: f"{amount} {code}", "day": date.isoformat}
    report_html.pareto_html(pareto.pareto_view(db, today), [], **kit)
    report_html.scores_html(rfm.compute_scores(db, today), [], **kit)
    report_html.referrals_html(referrals.forest(db, today), [], today=today, **kit)
    report_html.lost_html(lost.lost_report(db, today), **kit)
    assert asked and set(asked) <= set(VALUE_STRINGS)
    assert set(report_html.DIMENSION_HEADINGS.values()) <= set(VALUE_STRINGS)


def test_a_folder_or_an_unwritable_place_is_one_line(run, tmp_path, customers):
    code, _, err = run("value", "lost", "--pdf", str(tmp_path))
    assert code == 1 and "is a folder" in err and len(err.strip().splitlines()) == 1
