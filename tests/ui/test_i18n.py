"""Rapport in Chinese and Spanish: the window, the today pane, the printed plan, and the
translation files themselves (every entry translated: the CI check)."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from functools import partial
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox

from app.printing.plan_strings import PLAN_STRINGS, save_plan_pdf
from app.services import settings
from app.services.plan import build_plan
from app.services.plan_sheet import COLUMNS, REASON_LABELS, plan_sheet
from app.ui import i18n
from app.ui.i18n import install_translator
from tests.services.test_calllist import person

from .conftest import NOW, TODAY, answer_modal, wait_idle

ROOT = Path(__file__).resolve().parents[2]
WEEK, MONDAY = "2026-W48", date(2026, 11, 23)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


@pytest.fixture
def speak(qapp, tmp_path):
    """speak("es"): translators and the default locale for that language, as run_gui installs them."""
    before = QLocale()

    def switch(language: str) -> None:
        install_translator(qapp, language, cache=tmp_path / "qm")

    yield switch
    install_translator(qapp, "en")
    QLocale.setDefault(before)


def _window(qtbot, db, db_path):
    from app.ui.main_window import MainWindow

    win = MainWindow(db, Path(db_path), today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    return win


def _sidebar(win) -> list[str]:
    model = win.sidebar_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("language, menus, lists, headers, status", [
    ("zh_CN", ["文件(&F)", "客户(&C)", "帮助(&H)"], ["列表", "全部联系人", "今天该联系", "回收站", "等级", "A：重点客户", "分组"],
     ["姓名", "公司", "等级", "上次联系"], "2 位联系人"),
    ("es", ["&Archivo", "&Clientes", "Ay&uda"], ["Listas", "Todos los contactos", "Para hoy", "Papelera", "Niveles",
                                       "A: clientes clave", "Grupos"],
     ["Nombre", "Empresa", "Nivel", "Últ. contacto"], "2 contactos"),
])
def test_the_main_window_speaks_the_language(qtbot, db, db_path, speak, language, menus, lists, headers, status):
    person(db, "王芳", tier="A", last_call=date(2026, 3, 2))
    person(db, "Ana García")
    speak(language)
    win = _window(qtbot, db, db_path)
    assert [a.text() for a in win.menuBar().actions()] == menus
    qtbot.waitUntil(lambda: set(lists) <= set(_sidebar(win)))
    model = win.contacts.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == headers
    qtbot.waitUntil(lambda: win.contacts.status.text() == status)  # %n plurals
    row = model.row_of(next(i for i in model.ids() if model.index(model.row_of(i), 0).data() == "王芳"))
    assert model.index(row, 3).data() == {"zh_CN": "2026/3/2", "es": "2/3/2026"}[language]  # the locale's dates
    one = win.sidebar_model.index(_sidebar(win).index(lists[1]), 0)
    assert one.data(Qt.ItemDataRole.ToolTipRole) == {"zh_CN": "2 位联系人", "es": "2 contactos"}[language]


def test_qt_own_buttons_are_translated_too(qtbot, speak):
    speak("es")
    box = QMessageBox(QMessageBox.Icon.Question, "Rapport", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "No"
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") in ("Sí", "Si")


def test_the_language_is_chosen_in_the_settings(qtbot, db, db_path, speak):
    from app.ui.settings_dialog import SettingsDialog

    speak("zh_CN")
    win = _window(qtbot, db, db_path)
    told: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (told.append(box.text()), box.accept()))

    def choose(dialog: SettingsDialog) -> None:
        assert dialog.language.currentData() is None and dialog.language.currentText() == "跟随系统"
        assert [dialog.language.itemText(n) for n in range(1, 4)] == ["English", "简体中文", "Español"]
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.save()

    answer_modal(qtbot, SettingsDialog, choose)
    win.open_settings()
    wait_idle(qtbot, win)
    assert settings.get(db, "language") == "es"
    qtbot.waitUntil(lambda: bool(told))
    assert "重新启动" in told[0]  # asks for a restart, in the language still shown


def test_the_choice_follows_env_then_setting_then_system(monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.choose_language("es") == "es"
    assert i18n.choose_language(None) == i18n.language_of_locale(QLocale.system())
    monkeypatch.setenv(i18n.ENV, "zh_CN")
    assert i18n.choose_language("es") == "zh_CN"
    monkeypatch.setenv(i18n.ENV, "klingon")
    assert i18n.choose_language("es") == "es"
    assert i18n.language_of_locale(QLocale("zh_TW")) == "zh_CN"
    assert i18n.language_of_locale(QLocale("es_MX")) == "es"
    assert i18n.language_of_locale(QLocale("de_DE")) == "en"


def test_run_gui_translates_before_the_window_is_built(qapp, db, db_path, monkeypatch, tmp_path):
    """RAPPORT_LANGUAGE wins over the store's setting, and the window is built in that language."""
    import app.ui.errors
    import app.ui.main_window
    import app.ui.worker
    from app.ui.app import run_gui

    settings.put(db, "language", "zh_CN")
    built = []

    class Recorded(app.ui.main_window.MainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setenv(i18n.ENV, "es")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(app.ui.main_window, "MainWindow", Recorded)
    monkeypatch.setattr(app.ui.worker, "GuiThreadGarbageCollector", lambda _app: None)
    monkeypatch.setattr(app.ui.errors, "install_excepthook", lambda: None)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    before = QLocale()
    try:
        assert run_gui(Path(db_path)) == 0
        (win,) = built
        assert [a.text() for a in win.menuBar().actions()] == ["&Archivo", "&Clientes", "Ay&uda"]
        assert QLocale().language() == QLocale.Language.Spanish
        assert list((tmp_path / "cache").rglob("rapport_es.qm"))  # compiled at start, in the cache
    finally:
        for win in built:
            win.worker.wait_for_done()
            win.store_lock.release()
            win.close()
            win.deleteLater()
        install_translator(qapp, "en")
        QLocale.setDefault(before)


# ---------------------------------------------------------------------------- the today pane


def _today_module():
    if importlib.util.find_spec("app.ui.today") is None:
        pytest.skip("app/ui/today is not in this tree yet (another engineer is finishing it)")
    return importlib.import_module("app.ui.today")


@pytest.mark.parametrize("language, toggle, section, title_day, greeting", [
    ("zh_CN", "四象限", "按周期到期（1）", "2026年11月20日星期五", "生日"),
    ("es", "Cuatro cuadrantes", "Pendiente por frecuencia (1)", "viernes, 20 de noviembre de 2026", "Cumpleaños"),
])
def test_the_today_pane_speaks_the_language(qtbot, db, speak, language, toggle, section, title_day, greeting):
    today_module = _today_module()
    friday = date(2026, 11, 20)
    settings.put(db, "language", language)  # the greeting texts come from the services, in the same language
    person(db, "Amy Due", tier="A", last_call=friday - timedelta(days=7))
    person(db, "张伟", birthday="1980-11-23")
    speak(language)
    pane = today_module.TodayPane(db, today=friday)
    qtbot.addWidget(pane)
    pane.show()
    wait_idle(qtbot, pane)
    qtbot.waitUntil(lambda: len(pane.model.entries()) == 2)
    assert pane.quadrant_toggle.text() == toggle
    assert title_day in pane.title.text()
    headers = [pane.model.index(r).data() for r in range(pane.model.rowCount())
               if pane.model.index(r).data(today_module.today_model.Role.IsHeader)]
    assert section in headers
    whys = [pane.model.index(r).data(today_module.today_model.Role.Why) for r in range(pane.model.rowCount())]
    assert any(greeting in (why or "") for why in whys)
    pane.worker.wait_for_done()


# ---------------------------------------------------------------------------- the printed plan


def _pdf_text(path: Path) -> str:
    """The PDF's text without spaces (pypdf spaces Chinese freely), its CJK radicals (⽉) read as characters (月)."""
    text = "".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return "".join(unicodedata.normalize("NFKC", text).split())


def _squeezed(words: str) -> str:
    return "".join(unicodedata.normalize("NFKC", words).split())


@pytest.fixture
def week(db):
    settings.put(db, "calls_per_day", 1)
    person(db, "王芳", tier="A", last_call=MONDAY - timedelta(days=9), organization="华通贸易")
    person(db, "Ana García", tier="A", last_call=MONDAY - timedelta(days=10))
    person(db, "Bob Smith", birthday="1980-11-24")
    for n in range(6):
        person(db, f"Extra {n}", tier="C", last_call=MONDAY - timedelta(days=40 + n))  # more than the week holds


@pytest.mark.parametrize("language, expected", [
    ("zh_CN", ["第 48 周 · 2026年11月23–29日", "11月23日 星期一", "11月27日 星期五", "按周期到期，逾期", "上次联系",
               "备注", "顺延到下周计划（第 49 周）", "每天最多 1 项", "电话"]),
    ("es", ["Semana 48 · 23–29 de noviembre de 2026", "lunes, 23 de noviembre", "viernes, 27 de noviembre",
            "Pendiente por frecuencia", "Último contacto", "Notas",
            "Pasan al plan de la semana que viene (semana 49)", "hasta 1 al día", "Llamada"]),
])
def test_the_plan_pdf_speaks_the_language(db, week, speak, tmp_path, language, expected):
    speak(language)
    pdf = tmp_path / "plan.pdf"
    save_plan_pdf(build_plan(db, WEEK), pdf)
    text = _pdf_text(pdf)
    for words in expected:
        assert _squeezed(words) in text, words
    assert "Monday" not in text and "Notes" not in text


def test_the_command_line_pdf_follows_the_setting_and_the_environment(run, tmp_path, monkeypatch, qapp):
    before = QLocale()
    monkeypatch.delenv(i18n.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    try:
        run("add", "王芳", "--tier", "A")
        run("log", "王芳", "call", "--date", "2026-11-10")
        from app.models.db import open_store

        store = open_store(tmp_path / "cli.db")
        settings.put(store, "language", "es")
        store.kw["bind"].dispose()
        pdf = tmp_path / "plan.pdf"
        assert run("plan", "--week", WEEK, "--date", "2026-11-20", "--pdf", str(pdf))[0] == 0
        assert _squeezed("lunes, 23 de noviembre") in _pdf_text(pdf)
        monkeypatch.setenv(i18n.ENV, "zh_CN")
        assert run("plan", "--week", WEEK, "--date", "2026-11-20", "--pdf", str(pdf))[0] == 0
        assert "11月23日星期一" in _pdf_text(pdf)
    finally:
        install_translator(qapp, "en")
        QLocale.setDefault(before)


def test_every_label_of_the_plan_is_listed_for_the_translators(db, week):
    asked: set[str] = set()

    def recording(text: str) -> str:
        asked.add(text)
        return text

    plan = build_plan(db, WEEK)
    assert plan.unplanned  # "carried over" is asked for
    plan_sheet(plan, tr=recording)
    plan.unplanned = []
    plan.days[0].entries = []  # "Nothing planned."
    plan_sheet(plan, tr=recording)
    assert set(REASON_LABELS.values()) | set(COLUMNS) <= set(PLAN_STRINGS)
    assert asked - set(PLAN_STRINGS) == set()


# ---------------------------------------------------------------------------- the translation files


def _messages(language: str):
    ts = ROOT / "resources" / "translations" / f"rapport_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("language, forms", [("zh_CN", 1), ("es", 2), ("en", 2)])
def test_every_entry_is_translated(language, forms):
    """The CI check: no unfinished, obsolete or empty translation; placeholders kept; plural forms complete."""
    problems = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type') if translation is not None else 'missing'}")
            continue
        texts = ([f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes"
                 else [translation.text or ""])
        if message.get("numerus") == "yes" and len(texts) != forms:
            problems.append(f"{where} has {len(texts)} plural forms, {language} needs {forms}")
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif len(re.findall(r"&\w", source)) == 1 and len(re.findall(r"&\w", text)) != 1:
                problems.append(f"{where}: the accelerator (&) is lost in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    """lupdate over today's code adds nothing to the .ts files: tools/update_translations.py was run."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for language in tool.PLURALS_ONLY + tool.LANGUAGES:
        copy = tmp_path / f"rapport_{language}.ts"
        shutil.copy(ROOT / "resources" / "translations" / copy.name, copy)
        subprocess.run(tool.lupdate_command(language, copy), cwd=ROOT, check=True, capture_output=True)
        missing = tool.untranslated(copy)
        assert not missing, (f"new texts in the code: run `python tools/update_translations.py` and translate "
                             f"them in resources/translations/{copy.name}:\n" + "\n".join(missing))


def _class_texts():
    """(class, text) of every `self.tr("literal")` in the window's code: at run time Qt looks the text up
    under the class's own name, whatever context lupdate wrote."""
    import ast

    for folder in ("app/ui", "app/printing"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(cls, ast.ClassDef):
                    continue
                for call in ast.walk(cls):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
                            and isinstance(call.func.value, ast.Name) and call.func.value.id == "self" and call.args
                            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                        yield path.relative_to(ROOT), cls.name, call.args[0].value


@pytest.mark.parametrize("language", ["zh_CN", "es"])
def test_each_text_is_filed_under_the_class_that_asks_for_it(language):
    """lupdate's Python reader loses its place after some lines (a `//` floor division reads to it as a
    comment): the texts of the classes below it were filed under no class, and the Sync button stayed
    English in a Chinese window. Each class's texts must stand under its own name."""
    filed = {(context, message.findtext("source")) for context, message in _messages(language)}
    astray = sorted(f"{path}: {cls}: {text!r}" for path, cls, text in _class_texts() if (cls, text) not in filed)
    assert not astray, "\n".join(astray)


def test_the_qm_is_compiled_from_the_ts_when_missing_or_older(qapp, tmp_path):
    cache = tmp_path / "qm"
    ts = i18n.ts_path("es")
    qm = i18n.compiled_qm("es", cache)
    assert qm == cache / "rapport_es.qm" and qm.stat().st_size > 0
    built = qm.stat().st_mtime_ns
    assert i18n.compiled_qm("es", cache).stat().st_mtime_ns == built  # up to date: not compiled again
    old = ts.stat().st_mtime - 60
    os.utime(qm, (old, old))  # as if the .ts was edited after the .qm was made
    assert i18n.compiled_qm("es", cache).stat().st_mtime >= ts.stat().st_mtime
    before = QLocale()
    try:
        assert install_translator(qapp, "es", cache=cache)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        install_translator(qapp, "en")
        QLocale.setDefault(before)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert not list(ROOT.glob("resources/translations/*.qm")), "compiled translations go to the cache, not the tree"


def test_without_lrelease_the_last_compiled_qm_is_used(tmp_path, monkeypatch):
    cache = tmp_path / "qm"
    qm = i18n.compiled_qm("zh_CN", cache)
    old = i18n.ts_path("zh_CN").stat().st_mtime - 60
    os.utime(qm, (old, old))
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert i18n.compiled_qm("zh_CN", cache) == qm
    assert i18n.compiled_qm("zh_CN", tmp_path / "empty") is None


def test_the_names_a_new_store_is_seeded_with_are_listed_for_the_translators(db):
    from app.services import interactions, lifecycle, tiers
    from app.ui import builtin_names

    assert {t.name for t in tiers.list_tiers(db)} <= set(builtin_names.SEEDED_TIERS)
    assert {k.name for k in interactions.list_kinds(db)} <= set(builtin_names.SEEDED_KINDS)
    assert set(lifecycle.lost_reasons(db)) <= set(builtin_names.SEEDED_LOST_REASONS)
    assert lifecycle.ERASURE_NOTICE in builtin_names.SERVICE_NOTICES


# ---------------------------------------------------------------------------- the services' error messages


def _raised(call, *args, **kwargs) -> Exception:
    with pytest.raises(Exception) as raised:
        call(*args, **kwargs)
    return raised.value


@pytest.mark.parametrize("language, bad_date, empty_file, no_group", [
    ("zh_CN", "生日：“1980-02-31”不是真实存在的日期", "empty.vcf：文件是空的", "分组“VIP”：不存在"),
    ("es", "cumpleaños: «1980-02-31» no es una fecha que exista", "empty.vcf: el archivo está vacío",
     "grupo «VIP»: no existe"),
])
def test_a_service_error_is_shown_in_the_language_with_its_values(db, tmp_path, speak, language, bad_date,
                                                                   empty_file, no_group):
    from app.services.dates import parse_partial_date
    from app.services.export import export_to_file
    from app.services.importing.pipeline import import_files
    from app.ui.errors import error_text

    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    errors = [_raised(parse_partial_date, "1980-02-31", field="birthday"), _raised(import_files, db, [empty]),
              _raised(export_to_file, db, tmp_path / "out.csv", "csv", group="VIP")]
    english = [str(e) for e in errors]
    speak(language)
    assert [error_text(e) for e in errors] == [bad_date, empty_file, no_group]
    assert [str(e) for e in errors] == english  # what the command line prints does not change


def test_a_bad_date_in_the_customer_file_is_explained_in_the_language(qtbot, db, db_path, speak):
    from app.services import contacts

    from .conftest import make_contact
    from .test_customer_file import _editor, _open, _type_and_leave

    cid = make_contact(db, "王芳", birthday="1980-05-01")
    speak("zh_CN")
    win = _window(qtbot, db, db_path)
    win.views.setCurrentIndex(1)  # the Customers view
    _open(qtbot, win, cid)
    birthday = _editor(win, "birthday")
    _type_and_leave(qtbot, birthday, "1980-02-31")
    wait_idle(qtbot, win)
    assert birthday.has_error()
    assert birthday.error_label.text() == "生日：“1980-02-31”不是真实存在的日期"
    assert contacts.get_contact(db, cid).birthday == "1980-05-01"
    win.worker.wait_for_done()


class _SlipOfTheTranslator(QTranslator):
    """A translation of every service message with its placeholders wrong."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.text if context == "services" else None

    def isEmpty(self) -> bool:
        return False


@pytest.mark.parametrize("slip", ["{path}：没有 {file}", "文件不存在", "{path：文件不存在", "{0}：文件不存在"])
def test_a_translation_with_broken_placeholders_falls_back_to_english(qapp, slip):
    from app.services.errors import QT_TRANSLATE_NOOP, NotFound
    from app.ui.errors import error_text

    error = NotFound(QT_TRANSLATE_NOOP("services", "{path}: no such file"), path="/tmp/a.vcf")
    translator = _SlipOfTheTranslator(slip)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("services", "{path}: no such file") == slip
        assert error_text(error) == "/tmp/a.vcf: no such file"
    finally:
        qapp.removeTranslator(translator)


def test_english_plurals_say_one_contact_and_three_contacts(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    try:
        install_translator(qapp, "en", cache=tmp_path / "qm")
        say = partial(QCoreApplication.translate, "ContactList", "%n contact(s)", "")
        assert (say(1), say(3), say(0)) == ("1 contact", "3 contacts", "0 contacts")
        assert QCoreApplication.translate("PreviewPage", "%n file(s) to import", "", 1) == "1 file to import"
    finally:
        install_translator(qapp, "en")


def test_the_lost_tab_names_seeded_reasons_in_the_language(qtbot, db, speak):
    from app.services import contacts, lifecycle
    from app.services.contacts import NewContact
    from app.services.value import lost
    from app.ui.value import ValueView

    from .conftest import wait_idle

    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    lifecycle.mark_lost(db, cid, "price", date(2026, 10, 1))
    lost.win_back(db, cid)
    lifecycle.mark_lost(db, cid, "price", date(2026, 11, 1))
    speak("es")
    view = ValueView(db, today=lambda: date(2026, 11, 20))
    qtbot.addWidget(view)
    view.setCurrentWidget(view.lost)
    view.show()
    wait_idle(qtbot, view)
    qtbot.waitUntil(lambda: "Recuperados" in view.lost.total.text())
    assert "1 cliente perdido" in view.lost.total.text() and "precio 1 de 2" in view.lost.total.text()
    view.worker.wait_for_done()
