"""Regenerate the translation sources resources/translations/rapport_<language>.ts with lupdate.

    python tools/update_translations.py           # bring the .ts files up to date with the code
    python tools/update_translations.py --check   # the same, then fail if any entry is untranslated (CI)

lupdate reads `self.tr("…")`, `QCoreApplication.translate("Context", "…")` and
`QT_TRANSLATE_NOOP("Context", "…")` with literal texts in app/ui and app/printing, and the
error messages marked `QT_TRANSLATE_NOOP("services", "…")` in app/services and app/models
(only the files that mark some: the others may call a `tr` parameter lupdate would misread).
A text passed through a variable or a helper such as `_tr(text)` is invisible to it. Existing
translations are kept, texts gone from the code are dropped (-no-obsolete), and no source
locations are written, so the files change only when texts do.

Then translate what is new: `pyside6-linguist resources/translations/rapport_es.ts`, or
by hand: fill the <translation> and remove its type="unfinished". The app compiles the
.ts to .qm itself when it starts (app/ui/i18n.py); .qm files are not kept in git.

English is the source language, but its plurals need a translation too ("%n contact(s)" is
"1 contact", "3 contacts"): rapport_en.ts holds only the plural messages (lupdate -pluralonly),
filled in here from the "(s)" of the source; an English form written by hand is kept.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("app/ui", "app/printing")
MESSAGE_SOURCES = ("app/services", "app/models")  # Qt-free: only their QT_TRANSLATE_NOOP-marked messages
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "es")  # English is the source language
PLURALS_ONLY = ("en",)  # …whose plural forms still come from a .ts


def find_lupdate() -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if found is None:
        sys.exit("update_translations: lupdate not found; install PySide6-Essentials (pip install PySide6-Essentials)")
    return found


def _python_files(folder: str) -> list[Path]:
    return [p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts]


def source_files() -> list[str]:
    # lupdate scans folders only for C++/QML extensions, so the Python files are named one by one.
    files = [p for folder in SOURCES for p in _python_files(folder)]
    files += [p for folder in MESSAGE_SOURCES for p in _python_files(folder)
              if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return [str(p.relative_to(ROOT)) for p in sorted(files)]


def lupdate_command(language: str, ts: Path) -> list[str]:
    return [find_lupdate(), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en",
            "-target-language", language, *(["-pluralonly"] if language in PLURALS_ONLY else []),
            *source_files(), "-ts", str(ts)]


def update(language: str) -> None:
    ts = TRANSLATIONS / f"rapport_{language}.ts"
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = lupdate_command(language, ts.relative_to(ROOT))
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"update_translations: lupdate failed for {ts}:\n{result.stderr or result.stdout}")
    if result.stderr.strip():
        print(result.stderr.strip(), file=sys.stderr)
    if language in PLURALS_ONLY:
        fill_english_plurals(ts)


_UNFINISHED_PLURAL = re.compile(r'(<source>([^<]*)</source>\s*)<translation type="unfinished">\s*'
                                r'(?:<numerusform>[^<]*</numerusform>\s*)*</translation>')


def fill_english_plurals(ts: Path) -> None:
    """"%n contact(s)" → "%n contact" and "%n contacts", for each plural lupdate left unfinished."""
    def forms(match: re.Match) -> str:
        source = match.group(2)
        one, many = source.replace("(s)", ""), source.replace("(s)", "s")
        return (match.group(1) + "<translation>\n"
                f"            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n"
                "        </translation>")

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_UNFINISHED_PLURAL.sub(forms, text), encoding="utf-8")


def untranslated(ts: Path) -> list[str]:
    """"Context: source" of every entry without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            texts = forms if message.get("numerus") == "yes" else [translation.text if translation is not None else None]
            if (translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")
                    or not texts or not all(t and t.strip() for t in texts)):
                missing.append(f"{name}: " + (message.findtext("source") or "").replace("\n", "\\n"))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update resources/translations/*.ts from the code.")
    parser.add_argument("--check", action="store_true", help="fail when an entry is not translated")
    args = parser.parse_args(argv)
    status = 0
    for language in PLURALS_ONLY + LANGUAGES:
        update(language)
        ts = TRANSLATIONS / f"rapport_{language}.ts"
        missing = untranslated(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} to translate")
        for entry in missing:
            print(f"  {entry}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
