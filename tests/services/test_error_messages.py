"""Every message a service raises is a template the window can translate: QT_TRANSLATE_NOOP("services", "…")
with named placeholders and the values as params. str(error) stays the English text the command line prints."""
from __future__ import annotations

import ast
import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import app.services
from app.models.db import StoreError
from app.services.dates import parse_partial_date
from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue, Term, TranslatableError, placeholders
from app.services.importing.pipeline import ImportFailed, import_files
from app.services.importing.record import UnreadableFile

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("app/services", "app/models")


def _files() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in p.parts)


def _error_classes() -> set[str]:
    """The names of every error class whose message the user reads (TranslatableError and its subclasses)."""
    for module in pkgutil.walk_packages(app.services.__path__, "app.services."):
        importlib.import_module(module.name)
    found, todo = set(), [TranslatableError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _template(node: ast.AST) -> str | None:
    """The text of `QT_TRANSLATE_NOOP("services", "…")` with both arguments literal (what lupdate can read)."""
    if (isinstance(node, ast.Call) and _callee(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == "services"):
        return node.args[1].value
    return None


@dataclass
class Forwarded:
    """A template a function raises with but receives from its callers (undoable.pick_batch's messages)."""
    function: str
    index: int  # of the parameter
    names: set[str] = field(default_factory=set)  # the params given where it is raised
    where: list[str] = field(default_factory=list)


class Scan(ast.NodeVisitor):
    def __init__(self, errors: set[str], where: str) -> None:
        self.errors, self.where = errors, where
        self.functions: list[ast.FunctionDef] = []
        self.problems: list[str] = []
        self.forwarded: dict[tuple[str, str], Forwarded] = {}
        self.calls: list[tuple[str, ast.Call]] = []
        self.marked: list[str] = []

    def visit_FunctionDef(self, node) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call) -> None:
        here = f"{self.where}:{node.lineno}"
        name = _callee(node)
        self.calls.append((here, node))
        if name == "QT_TRANSLATE_NOOP":
            if _template(node) is None:
                self.problems.append(f"{here}: QT_TRANSLATE_NOOP needs the literal context \"services\" and a literal text")
            else:
                self.marked.append(_template(node))
        if name in self.errors:
            self._check_error(node, here)
        self.generic_visit(node)

    def _check_error(self, node: ast.Call, here: str) -> None:
        names = {k.arg for k in node.keywords if k.arg is not None}
        spread = any(k.arg is None for k in node.keywords)
        first = node.args[0] if node.args else None
        template = _template(first) if first is not None else None
        if template is not None:
            missing = placeholders(template) - names
            if missing and not spread:
                self.problems.append(f"{here}: no value given for {sorted(missing)} of {template!r}")
            return
        function = self.functions[-1] if self.functions else None
        params = [a.arg for a in function.args.args + function.args.kwonlyargs] if function else []
        if isinstance(first, ast.Name) and first.id in params:
            forwarded = self.forwarded.setdefault((function.name, first.id),
                                                  Forwarded(function.name, params.index(first.id)))
            forwarded.names |= names
            forwarded.where.append(here)
            return
        shown = ast.unparse(node)[:100]
        self.problems.append(f"{here}: {shown} — pass QT_TRANSLATE_NOOP(\"services\", \"…\") and the values as "
                             "params, or re-raise with .like(error)")


@pytest.fixture(scope="module")
def scans() -> list[Scan]:
    errors = _error_classes()
    result = []
    for path in _files():
        scan = Scan(errors, path.relative_to(ROOT).as_posix())
        scan.visit(ast.parse(path.read_text(encoding="utf-8")))
        result.append(scan)
    return result


def test_the_user_facing_error_classes_are_found():
    assert {"ServiceError", "NotFound", "Ambiguous", "InvalidValue", "BackupError", "ImportFailed", "StoreError",
            "StoreDamaged", "StoreBusy", "UnreadableFile"} <= _error_classes()


def test_every_service_error_is_raised_with_a_translatable_template(scans):
    problems = [problem for scan in scans for problem in scan.problems]
    assert not problems, "\n".join(problems)
    assert sum(len(scan.marked) for scan in scans) > 100


def test_a_template_handed_down_comes_from_every_caller_marked(scans):
    """undoable.pick_batch raises its callers' messages: each caller passes QT_TRANSLATE_NOOP, and each template
    only names params the raise gives."""
    forwarded = {key: f for scan in scans for key, f in scan.forwarded.items()}
    assert forwarded, "pick_batch's messages are expected here"
    problems = []
    for (function, param), info in forwarded.items():
        calls = [(here, call) for scan in scans for here, call in scan.calls if _callee(call) == function]
        assert calls, f"{function} is never called"
        for here, call in calls:
            given = next((k.value for k in call.keywords if k.arg == param), None)
            if given is None and len(call.args) > info.index:
                given = call.args[info.index]
            template = _template(given) if given is not None else None
            if template is None:
                problems.append(f"{here}: {function}({param}=…) must be QT_TRANSLATE_NOOP(\"services\", \"…\")")
            elif not placeholders(template) <= info.names:
                problems.append(f"{here}: {template!r} names {sorted(placeholders(template) - info.names)}, "
                                f"which {info.where} does not give")
    assert not problems, "\n".join(problems)


def test_the_english_text_is_the_template_filled_in():
    error = InvalidValue(QT_TRANSLATE_NOOP("services", "email: '{address}' is not an email address"), address="a@")
    assert str(error) == "email: 'a@' is not an email address"
    assert error.template == "email: '{address}' is not an email address" and error.params == {"address": "a@"}
    plain = InvalidValue("name: {braces} are kept as they are")  # no params: a plain text, never formatted
    assert str(plain) == "name: {braces} are kept as they are" and plain.params == {}


def test_a_service_error_carries_its_values_apart_from_its_words():
    with pytest.raises(InvalidValue) as raised:
        parse_partial_date("1980-02-31", field="birthday")
    assert str(raised.value) == "birthday: '1980-02-31' is not a real date"  # as the command line printed it before
    assert raised.value.template == "{field}: '{text}' is not a real date"
    assert raised.value.params == {"field": "birthday", "text": "1980-02-31"}
    assert isinstance(raised.value.params["field"], Term)  # the window translates the field's name too


def test_a_re_raised_error_keeps_the_message(db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"   \n")
    with pytest.raises(ImportFailed) as raised:
        import_files(db, [empty])
    assert raised.value.template == "{source}: the file is empty" and raised.value.params == {"source": "empty.csv"}
    unreadable = UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is a vCard file, not CSV"), source="a.csv")
    again = ImportFailed.like(unreadable)
    assert (again.template, again.params, str(again)) == (unreadable.template, unreadable.params, str(unreadable))


def test_store_errors_are_translatable_too(tmp_path):
    from app.models.db import open_store

    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(StoreError) as raised:
        open_store(folder)
    assert str(raised.value) == f"{folder}: is a folder, not a database file"
    assert raised.value.template == "{path}: is a folder, not a database file"


def test_a_copied_error_keeps_its_template(tmp_path):
    import copy
    import pickle

    from app.services.store import StoreDamaged

    damaged = StoreDamaged(QT_TRANSLATE_NOOP("services", "{path}: the database is damaged ({verdict}). It was moved "
                                                         "to {moved}, not deleted. No backup was found."),
                           path=tmp_path / "a.db", verdict="malformed", moved=tmp_path / "b.db", backup=None)
    for again in (pickle.loads(pickle.dumps(damaged)), copy.copy(damaged)):
        assert type(again) is StoreDamaged and str(again) == str(damaged)
        assert (again.template, again.params, again.moved_to) == (damaged.template, damaged.params, damaged.moved_to)
