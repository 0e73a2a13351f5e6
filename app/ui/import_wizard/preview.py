"""What the wizard shows about a file before importing it (runs on the worker; no Qt)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue, ServiceError
from app.services.importing.csv_reader import CsvPreview, sniff_csv
from app.services.importing.pipeline import ImportFailed, parse_bytes, read_file
from app.services.importing.record import UnreadableFile
from app.services.importing.vcard import looks_like_vcard

FULL_READ_LIMIT = 8 * 1024 * 1024  # vCards up to this size are read whole to name their encoding


@dataclass
class FilePreview:
    path: Path
    kind: str = ""  # "vcard" or "csv"; "" when the file cannot be read
    encoding: Optional[str] = None
    records: Optional[int] = None  # cards in a vCard file (CSV: unknown until imported)
    csv: Optional[CsvPreview] = None
    error: Optional[Exception] = None  # why the file cannot be imported (the window shows it with error_text)


def preview_file(path: Path) -> FilePreview:
    preview = FilePreview(path)
    try:
        data = read_file(path)
        if not data.strip():
            preview.error = ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"),
                                         source=path.name)
        elif looks_like_vcard(data, path.name):
            preview.kind = "vcard"
            preview.records = data.upper().count(b"BEGIN:VCARD")
            if len(data) <= FULL_READ_LIMIT:
                result = parse_bytes(data, path.name)
                preview.encoding = result.encoding
                preview.records = len(result.contacts)
        else:
            preview.kind = "csv"
            preview.csv = sniff_csv(data, source=path.name)
            preview.encoding = preview.csv.encoding
    except (ServiceError, UnreadableFile, ValueError) as exc:
        preview.kind = ""
        preview.error = InvalidValue(str(exc)) if isinstance(exc, ValueError) else exc
    return preview
