"""Importing purchases from CSV: columns, matching by name, phone or email, problems by line, duplicates."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import lifecycle
from app.services.errors import InvalidValue
from app.services.purchases import list_purchases, parse_price_text, parse_quantity
from app.services.value.purchase_import import import_purchase_data, import_purchases

from .conftest import person


@pytest.fixture
def people(db):
    return {
        "wang": person(db, "王芳", phones=["138 1234 5678"]),
        "ana": person(db, "Ana García", emails=["ana@example.es"]),
        "li": person(db, "李娜"),
    }


def run(db, text: str, encoding: str = "utf-8", **options):
    return import_purchase_data(db, text.encode(encoding), source="sales.csv", region="CN", **options)


def bought(db, cid):
    return [(p.product, p.model, p.quantity, p.unit_price, p.currency, p.purchased_on, p.warranty_until, p.usage_notes)
            for p in reversed(list_purchases(db, cid))]


def test_rows_are_matched_by_name_phone_or_email(db, people):
    report = run(db, "Customer,Phone,Email,Product,Model,Qty,Unit price,Currency,Date,Warranty end,Notes\n"
                     "王芳,,,Printer,X-1,2,\"1,234.50\",cny,2026-03-01,2028-03-01,on the 3rd floor\n"
                     ",+86 138-1234-5678,,Toner,,,30,CNY,2026-04-01,,\n"
                     ",,ANA@example.es,Desk,,1,€ 99,EUR,2026-05-01,,\n")
    assert (report.rows, report.imported, report.written, report.problems) == (3, 3, True, [])
    assert report.columns["unit_price"] == "Unit price" and report.columns["contact"] == "Customer"
    assert bought(db, people["wang"]) == [
        ("Printer", "X-1", 2, Decimal("1234.50"), "CNY", date(2026, 3, 1), date(2028, 3, 1), "on the 3rd floor"),
        ("Toner", None, 1, Decimal("30"), "CNY", date(2026, 4, 1), None, None)]
    assert bought(db, people["ana"])[0][:5] == ("Desk", None, 1, Decimal("99"), "EUR")


def test_unmatched_rows_are_reported_by_line_and_nothing_is_written(db, people):
    text = ("customer;product;date;price\n"
            "王芳;Printer;2026-03-01;10\n"
            "Nobody;Printer;2026-03-01;10\n"
            "\n"
            "李娜;;2026-03-01;10\n"
            "李娜;Printer;someday;10\n"
            "李娜;Printer;2026-03-01;ten\n")
    report = run(db, text)
    assert report.problems == [
        (3, "customer: no contact matches name 'Nobody'"),
        (5, "product: the product cannot be empty"),
        (6, "date: 'someday' is not a date with a year (use YYYY-MM-DD)"),
        (7, "price: 'ten' is not a number"),
    ]
    assert (report.imported, report.written) == (1, False) and bought(db, people["wang"]) == []
    assert report.lines(report.problems)[0] == "sales.csv line 3: customer: no contact matches name 'Nobody'"
    kept = run(db, text, skip_problems=True)
    assert (kept.imported, kept.written) == (1, True) and len(bought(db, people["wang"])) == 1


def test_importing_the_same_file_again_adds_nothing(db, people):
    text = "customer,product,date,price\n王芳,Printer,2026-03-01,10\n王芳,Printer,2026-03-01,10\n"
    assert run(db, text).imported == 2  # two identical lines in one file are two purchases
    again = run(db, text)
    assert (again.imported, again.duplicates, again.written) == (0, [2, 3], False)
    assert len(bought(db, people["wang"])) == 2


def test_two_contacts_with_the_same_name_need_a_phone_or_email(db, people):
    person(db, "李娜")
    report = run(db, "customer,product,date\n李娜,Printer,2026-03-01\n")
    assert report.problems[0][1].startswith("2 contacts have name '李娜' (ids ")
    assert "add a phone or email column" in report.problems[0][1]


def test_trashed_contacts_are_not_matched(db, people):
    lifecycle.trash(db, [people["li"]])
    assert run(db, "customer,product,date\n李娜,Printer,2026-03-01\n").problems == [
        (2, "customer: no contact matches name '李娜'")]


def test_day_first_files_decimal_commas_and_legacy_encodings(db, people):
    text = ("客户;产品;数量;单价;日期;保修到期\n"
            "王芳;打印机;1;1.234,50;31/01/2026;01/02/2027\n"
            "王芳;硒鼓;2;12,5;05/02/2026;\n")
    report = run(db, text, encoding="gb18030")
    assert report.encoding == "gb18030" and report.delimiter == ";" and report.problems == []
    assert [(p[0], p[2], p[3], p[5], p[6]) for p in bought(db, people["wang"])] == [
        ("打印机", 1, Decimal("1234.50"), date(2026, 1, 31), date(2027, 2, 1)),
        ("硒鼓", 2, Decimal("12.50"), date(2026, 2, 5), None)]


def test_dry_run_checks_without_writing(db, people):
    report = run(db, "customer,product,date\n王芳,Printer,2026-03-01\n", dry_run=True)
    assert (report.imported, report.written) == (1, False) and bought(db, people["wang"]) == []


@pytest.mark.parametrize("text, message", [
    ("customer,date\n王芳,2026-03-01\n", "sales.csv: no product column (the header row has: customer, date)"),
    ("customer,product\n王芳,Printer\n", "sales.csv: no purchase date column"),
    ("product,date\nPrinter,2026-03-01\n", "sales.csv: no customer, phone or email column"),
    ("", "sales.csv: the file is empty"),
])
def test_files_that_cannot_be_imported(db, people, text, message):
    with pytest.raises(InvalidValue, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(db, text)


def test_a_missing_file_names_the_path(db, tmp_path):
    with pytest.raises(InvalidValue, match="nope.csv: no such file"):
        import_purchases(db, tmp_path / "nope.csv", region="CN")
    with pytest.raises(InvalidValue, match="is a folder"):
        import_purchases(db, tmp_path, region="CN")


@pytest.mark.parametrize("written, expected", [
    ("1,234.50", "1,234.50"), ("1.234,50", "1234.50"), ("12,5", "12.5"), ("1,234", "1,234"),
    ("¥ 1 200", "1200"), ("€12,50", "12.50"), ("", ""),
])
def test_written_prices(written, expected):
    assert parse_price_text(written) == expected


def test_quantities():
    assert (parse_quantity(""), parse_quantity("3"), parse_quantity("2.0")) == (1, 3, 2)
    with pytest.raises(InvalidValue, match="quantity: '1.5' is not a whole number"):
        parse_quantity("1.5")
    with pytest.raises(InvalidValue, match="quantity: 'two' is not a number"):
        parse_quantity("two")
