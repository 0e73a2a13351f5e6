"""Importing purchases from a CSV file: one row per purchase, matched to existing contacts.

Reading (encoding, separator, quoting, line numbers) is the contacts importer's
CSV reader; this module maps the columns (purchase_csv.PURCHASE_COLUMNS), matches each
row to a contact by email, phone (normalised for the region) or exact display
name, and validates values with purchases.PurchaseData.

The file is written in one transaction. A row that matches no contact (or two),
or has a bad value, is a problem reported with its line; with problems nothing
is written unless `skip_problems` is set. A row identical to a purchase already
stored (same contact, day, product, model, quantity, price, currency) is skipped
as a duplicate, so importing the same file twice adds nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from sqlalchemy import BigInteger, cast, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Purchase
from app.services.catalogue import product_for

from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..importing.csv_reader import parse_csv, sniff_csv
from ..importing.pipeline import ImportFailed, read_file
from ..importing.record import UnreadableFile
from ..purchases import PurchaseData, parse_price_text, parse_quantity
from .purchase_csv import ContactMatcher, day_first_file, map_columns, parse_date_cell

_CHUNK = 500


@dataclass
class PurchaseImportReport:
    source: str
    encoding: str = ""
    delimiter: str = ","
    columns: dict[str, str] = field(default_factory=dict)  # field -> header it was read from
    rows: int = 0
    imported: int = 0  # written, or with dry_run / problems: would be written
    written: bool = False
    duplicates: list[int] = field(default_factory=list)  # lines already in the store
    problems: list[tuple[Optional[int], str]] = field(default_factory=list)  # (line, message): rows not imported
    warnings: list[tuple[Optional[int], str]] = field(default_factory=list)  # how the file was read; rows kept

    def lines(self, which: list[tuple[Optional[int], str]]) -> list[str]:
        return [self.source + (f" line {line}" if line else "") + f": {message}" for line, message in which]

    def as_json(self) -> dict:
        return {"source": self.source, "encoding": self.encoding, "delimiter": self.delimiter,
                "columns": self.columns, "rows": self.rows, "imported": self.imported, "written": self.written,
                "duplicates": self.duplicates,
                "problems": [{"line": line, "message": message} for line, message in self.problems],
                "warnings": [{"line": line, "message": message} for line, message in self.warnings]}


def import_purchases(db: sessionmaker[Session], path: str | Path, *, region: str, dry_run: bool = False,
                     skip_problems: bool = False) -> PurchaseImportReport:
    path = Path(path)
    if path.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a CSV file"), path=path)
    try:
        data = read_file(path)  # a regular file only, within the size limit (never /dev/zero or a FIFO)
    except ImportFailed as exc:
        raise InvalidValue.like(exc) from None
    return import_purchase_data(db, data, source=path.name, region=region, dry_run=dry_run,
                                skip_problems=skip_problems)


def import_purchase_data(db: sessionmaker[Session], data: bytes, *, source: str, region: str,
                         dry_run: bool = False, skip_problems: bool = False) -> PurchaseImportReport:
    try:
        preview = sniff_csv(data, source=source, has_header=True)
        columns = map_columns(preview.headers, source)
        # Every column read as a custom value named by its position, so no header text is interpreted.
        labels = {header: f"c{i}" for i, header in reversed(list(enumerate(preview.headers)))}
        parsed = parse_csv(data, source=source, has_header=True,
                           mapping={header: f"custom:{label}" for header, label in labels.items()})
    except UnreadableFile as exc:
        raise InvalidValue.like(exc) from None
    report = PurchaseImportReport(source=source, encoding=parsed.encoding or preview.encoding,
                                  delimiter=preview.delimiter, columns=columns, rows=len(parsed.contacts))
    report.warnings += [(p.line, p.message) for p in parsed.problems]
    records = []
    for record in parsed.contacts:
        cells: dict[str, str] = {}
        for label, value in record.custom:
            cells.setdefault(label, value)
        records.append((record.line, {name: cells.get(labels[header], "") for name, header in columns.items()}))
    day_first = day_first_file(v for _, row in records for v in (row.get("purchased_on"), row.get("warranty_until")))
    with db.begin() as session:
        matcher = ContactMatcher(session, region)
        rows: list[tuple[int, dict]] = []
        for line, row in records:
            try:
                contact_id = matcher.find(row.get("contact"), row.get("phone"), row.get("email"))
                values = _purchase(row, day_first).cleaned()
            except InvalidValue as exc:
                report.problems.append((line, str(exc)))
                continue
            rows.append((line, {"contact_id": contact_id, **values}))
        known = _stored_keys(session, {values["contact_id"] for _, values in rows})
        fresh = []
        for line, values in rows:
            if _key(values) in known:
                report.duplicates.append(line)
            else:
                fresh.append(values)
        report.imported = len(fresh)
        if dry_run or (report.problems and not skip_problems) or not fresh:
            return report
        products: dict[tuple, int] = {}  # one lookup per product, not per row
        for values in fresh:
            named = (values["product"], values["model"])
            if named not in products:
                products[named] = product_for(session, *named)
            values["product_id"] = products[named]
        session.execute(insert(Purchase), fresh)
        report.written = True
    return report


def _purchase(row: dict, day_first: bool) -> PurchaseData:
    return PurchaseData(
        product=row.get("product", ""),
        purchased_on=parse_date_cell(row.get("purchased_on", ""), QT_TRANSLATE_NOOP("services", "date"), day_first,
                                     required=True),
        model=row.get("model"), quantity=parse_quantity(row.get("quantity", "")),
        unit_price=parse_price_text(row.get("unit_price", "")), currency=row.get("currency"),
        warranty_until=parse_date_cell(row.get("warranty_until", ""), QT_TRANSLATE_NOOP("services", "warranty end"),
                                       day_first),
        usage_notes=row.get("notes"),
    )


def _key(values: dict) -> tuple:
    price = values["unit_price"]
    cents = int((price * 100).to_integral_value()) if price is not None else None
    return (values["contact_id"], values["purchased_on"], values["product"], values["model"], values["quantity"],
            cents, values["currency"])


def _stored_keys(session: Session, contact_ids: set[int]) -> set[tuple]:
    ids = sorted(contact_ids)
    keys: set[tuple] = set()
    unit_cents = cast(func.round(Purchase.unit_price * 100), BigInteger)  # 64 bits on both databases
    for start in range(0, len(ids), _CHUNK):
        keys.update(tuple(row) for row in session.execute(
            select(Purchase.contact_id, Purchase.purchased_on, Purchase.product, Purchase.model, Purchase.quantity,
                   unit_cents, Purchase.currency)
            .where(Purchase.contact_id.in_(ids[start:start + _CHUNK]))))
    return keys
