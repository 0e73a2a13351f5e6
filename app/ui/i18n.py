"""The user's language: which one, and Qt translators for it.

The translations live as Qt Linguist sources in resources/translations/rapport_<lang>.ts
(made by tools/update_translations.py). They are compiled to .qm with `lrelease` into
the user's cache folder when the .qm is missing or older than its .ts, so the
repository never holds a compiled copy that could drift from its source.

The language is RAPPORT_LANGUAGE (for screenshots and tests), else the "language"
setting, else the system's. Dates and numbers follow the same choice through the
default QLocale (see formatting.py).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = {"en": "English", "zh_CN": "简体中文", "es": "Español"}  # code: the language's own name
ENV = "RAPPORT_LANGUAGE"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
_installed: list[QTranslator] = []  # kept alive here: a translator that is garbage-collected stops working


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"rapport_{language}.ts"


def language_of_locale(locale: QLocale) -> str:
    """"zh_CN", "es" or "en" for a locale (every Chinese variant reads Simplified Chinese here)."""
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    if locale.language() == QLocale.Language.Spanish:
        return "es"
    return "en"


def choose_language(setting: Optional[str] = None) -> str:
    """RAPPORT_LANGUAGE, else the setting (None: follow the system), else the system's language."""
    for candidate in (os.environ.get(ENV, "").strip(), setting):
        if candidate in LANGUAGES:
            return candidate
    return language_of_locale(QLocale.system())


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (keeps es_MX, en_GB, and C: ISO dates), else the
    language's main one."""
    system = QLocale.system()
    if language_of_locale(system) == language:
        return system
    return QLocale({"zh_CN": "zh_CN", "es": "es_ES"}.get(language, "en_US"))


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Rapport") / "translations"


def find_lrelease() -> Optional[str]:
    """lrelease from the PySide6 wheel, else whatever is on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(language: str, cache: Optional[Path] = None) -> Optional[Path]:
    """The .qm of `language`, compiled from its .ts when missing or older; None when there is none."""
    ts = ts_path(language)
    qm = (cache or cache_dir()) / f"rapport_{language}.qm"
    if not ts.is_file():
        return qm if qm.is_file() else None
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = find_lrelease()
    if lrelease is None:
        _warn(f"{ts}: cannot compile the translation, lrelease was not found (install PySide6-Essentials)")
        return qm if qm.is_file() else None
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        # Compiled beside the target and renamed over it, so another Rapport starting
        # at the same moment never loads a half-written file.
        fd, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
        os.close(fd)
        result = subprocess.run([lrelease, "-silent", str(ts), "-qm", tmp_name], capture_output=True, text=True,
                                timeout=60)
        if result.returncode != 0 or not Path(tmp_name).stat().st_size:
            Path(tmp_name).unlink(missing_ok=True)
            _warn(f"{ts}: lrelease failed: {(result.stderr or result.stdout).strip()}")
            return qm if qm.is_file() else None
        os.replace(tmp_name, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        _warn(f"{qm}: cannot write the compiled translation ({exc})")
        return qm if qm.is_file() else None
    return qm


def install_translator(app: QCoreApplication, language: str, *, cache: Optional[Path] = None) -> list[QTranslator]:
    """Translate Rapport (and Qt's standard buttons and dialogs) into `language`; English keeps only the
    plural forms of rapport_en.ts.

    Call before building widgets: texts are translated when a widget is made.
    """
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language not in LANGUAGES:
        return []
    if language != "en":  # English: only our plurals ("1 contact", "3 contacts"); Qt's own texts are English
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", qt_translations):
            _installed.append(qt)
    qm = compiled_qm(language, cache)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        _installed.append(ours)
    elif qm is not None:
        _warn(f"{qm}: not a translation Qt can load; delete it and start Rapport again")
    for translator in _installed:
        app.installTranslator(translator)
    return list(_installed)


def _warn(message: str) -> None:
    print(f"rapport: {message}", file=sys.stderr)
