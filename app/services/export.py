"""Export in every format from one source of truth: the JSON export's contact dicts."""
from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Optional

from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from .private_files import open_private

if TYPE_CHECKING:  # the ORM is imported by the export itself: `rapport import` reads FORMATS without it
    from sqlalchemy.orm import Session, sessionmaker

FORMATS = ("json", "vcf", "csv")


def export_contacts(
    db: sessionmaker[Session], out: IO[str], fmt: str, *, version: str = "3.0", group: Optional[str] = None,
    include_trash: bool = False,
) -> int:
    """Write the contacts to `out` (text, UTF-8) and return how many."""
    if fmt not in FORMATS:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "format: '{format}' is not one of {formats}"),
                           format=fmt, formats=', '.join(FORMATS))
    if version not in ("3.0", "4.0"):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "version: '{version}' is not 3.0 or 4.0"), version=version)
    if group is not None:
        from .groups import list_groups

        if group not in {g.name for g in list_groups(db)}:
            raise NotFound(QT_TRANSLATE_NOOP("services", "group '{name}': no such group"), name=group)
    from .export_json import contact_to_dict, export_json, iter_contacts

    if fmt == "json":
        return export_json(db, out, group=group, include_trash=include_trash)
    contacts = (
        {**contact_to_dict(c), "photo": (c.photo.mime, c.photo.data) if c.photo else None}
        for c in iter_contacts(db, group=group, include_trash=include_trash)
    )
    if fmt == "vcf":
        from .export_vcard import write_vcards

        return write_vcards(contacts, out, version)
    from .importing.csv_writer import write_csv

    items = list(contacts)
    write_csv(items, out)
    return len(items)


def export_to_file(
    db: sessionmaker[Session], path: Path, fmt: str, *, version: str = "3.0", group: Optional[str] = None,
    include_trash: bool = False,
) -> int:
    """Export into `path`, all or nothing: written beside it first, then moved into place."""
    path = Path(path)
    if path.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=path)
    tmp = path.with_name(path.name + ".part")
    # CSV gets a BOM so Excel opens Chinese and accented names correctly.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with open_private(tmp, "w", encoding=encoding, newline="") as out:
            n = export_contacts(db, out, fmt, version=version, group=group, include_trash=include_trash)
        tmp.replace(path)  # a failed export never leaves half a file under the real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write ({reason})"),
                           path=path, reason=exc.strerror) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n
