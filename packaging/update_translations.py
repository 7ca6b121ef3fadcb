"""Bring translations/buurtboek_en.ts up to date with the interface, then compile the .qm.

    .venv/bin/python packaging/update_translations.py          # update .ts, write .qm
    .venv/bin/python packaging/update_translations.py --check  # exit 1 when out of date

Dutch is the source language. The texts are found with Python's `ast` (pyside6-lupdate
does not see through the `ui.text.tr` wrapper):
- the first argument of every `tr("…")` call in ui/ (implicit concatenation included;
  a second argument or `context=` names another context);
- string constants of module-level names that are passed to `tr()` indirectly
  (`tr(TITLES[kind])`, `[tr(c) for c in COLUMNS]`) and the page titles in ui/pages;
- the Dutch labels of db/vocabulary.py (context "Vocabulary", see `ui.text.label`).
Existing translations are kept; texts that are no longer in the code are marked
obsolete (kept, so a text that comes back keeps its translation). The script prints
every text that has no English yet; `tr()` calls it cannot resolve are listed too.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_file import TS_FILE, compile_qm, merge, read_ts, untranslated, write_ts  # noqa: E402

__all__ = ["TS_FILE", "compile_qm", "extract", "merge", "read_ts", "untranslated", "write_ts"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
DEFAULT_CONTEXT = "Buurtboek"
VOCABULARY_CONTEXT = "Vocabulary"
TR_NAMES = {"tr"}
# tr(<expression>) whose texts come with the data (from db/, or the page list): data_texts()
# below extracts those texts. A new tr(<data>) in ui/ is reported until it is listed here.
DATA_SOURCES = {("ui/dialogs/backups.py", "backup.label"), ("ui/dialogs/search.py", "group.label"),
                ("ui/pages/reports.py", "i.label"), ("ui/main_window.py", "spec.title"),
                ("ui/dialogs/import_mapping.py", "u"),
                ("ui/privacy/audit_view.py", "AuditAction(code).label"),
                ("ui/privacy/audit_view.py", "action.label"),
                ("ui/privacy/retention_review.py", "period.label"),
                ("ui/privacy/retention_review.py", "period.counted_from"),
                ("ui/privacy/retention_review.py", "label"),
                ("ui/privacy/purge_task.py", "text"),
                ("ui/advocacy/timeline_tab.py", "entry.what")}


@dataclass
class Message:
    context: str
    source: str
    files: set[str] = field(default_factory=set)


@dataclass
class Extraction:
    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)  # "file:line: tr(<expr>)"

    def add(self, context: str, source: str, where: str) -> None:
        if not source.strip():
            return
        message = self.messages.setdefault((context, source), Message(context, source))
        message.files.add(where)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _context_of(call: ast.Call) -> str | None:
    """The translation context of a tr() call; None when it is not a literal."""
    if len(call.args) > 1:
        arg = call.args[1]
        return arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
    for keyword in call.keywords:
        if keyword.arg == "context":
            value = keyword.value
            return value.value if isinstance(value, ast.Constant) else None
    return DEFAULT_CONTEXT


def _strings_in(node: ast.AST) -> list[str]:
    """String constants in a module-level value (dict keys are codes, so left out)."""
    found: list[str] = []
    for child in ast.walk(node):
        if isinstance(child, ast.Dict):
            for value in child.values:
                found.extend(_strings_in(value))
            return found
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            found.append(child.value)
    return found


_UNKNOWN = None
_MISSING = object()


def _texts(value: object) -> list[str]:
    """The strings in a literal node or a runtime value (dict keys are codes: left out)."""
    if isinstance(value, ast.AST):
        return _strings_in(value)
    if isinstance(value, str):
        return [value] if not isinstance(value, Enum) else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [t for v in value for t in _texts(v)]
    return []


def _elements(value: object) -> list | None:
    if isinstance(value, list) and value and isinstance(value[0], ast.AST):
        return [e for node in value for e in node.elts]  # local literals, each branch
    if isinstance(value, (ast.Tuple, ast.List)):
        return list(value.elts)
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, (tuple, list)):
        return list(value)
    return None


def _item(element: object, index: int) -> object:
    if isinstance(element, ast.Tuple):
        return element.elts[index] if index < len(element.elts) else None
    if isinstance(element, tuple):
        return element[index] if index < len(element) else None
    return None


class _Resolver:
    """Follows a tr() argument back to its texts: literals, loop variables over literal
    tuples (`for key, text in ((…, "Naam"), …)`), module and class constants
    (`TITLES[kind]`, `self.HEADERS`, imported ones too: read from the imported module) and
    parameters of functions whose callers pass those (`self._update({...}, "Notitie")`)."""

    def __init__(self, tree: ast.Module, where: str, result: Extraction) -> None:
        self.tree, self.where, self.result = tree, where, result
        self.module_name = where.removesuffix(".py").replace("/", ".")
        self.params: list[tuple[str, int, str | None, ast.Call]] = []
        self.locals: dict[str, list[ast.expr]] = {}
        for node in ast.walk(tree):  # names = ((…), …) inside functions
            if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Tuple, ast.List)):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.locals.setdefault(target.id, []).append(node.value)

    def runtime(self, name: str) -> object:
        """The value of a module-level (or class-level) name, from the imported module."""
        sys.path.insert(0, str(ROOT))
        module = importlib.import_module(self.module_name)
        if hasattr(module, name):
            return getattr(module, name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and name in vars(value):
                return vars(value)[name]
        return _MISSING

    def value_of(self, expr: ast.expr) -> object:
        if isinstance(expr, (ast.Tuple, ast.List)):
            return expr
        if isinstance(expr, ast.Name) and expr.id in self.locals:
            return self.locals[expr.id]
        if isinstance(expr, ast.Name) and expr.id[:1].isupper():
            return self.runtime(expr.id)
        if isinstance(expr, ast.Attribute) and expr.attr.isupper():
            return self.runtime(expr.attr)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                and expr.func.attr in ("items", "values"):
            return self.value_of(expr.func.value)
        return _MISSING

    def strings(self, expr: ast.expr, env: dict) -> list[str] | None:
        if isinstance(expr, ast.Constant):
            return [expr.value] if isinstance(expr.value, str) else []
        if isinstance(expr, ast.Name) and expr.id in env:
            return env[expr.id]
        while isinstance(expr, ast.Subscript) or (  # NAMES[kind][0], NAMES.get(kind, kind)
                isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
                and expr.func.attr == "get"):
            expr = expr.value if isinstance(expr, ast.Subscript) else expr.func.value
        value = self.value_of(expr)
        return None if value is _MISSING else _texts(value)

    def bind(self, target: ast.expr, iterable: ast.expr, env: dict) -> dict:
        env = dict(env)
        value = self.value_of(iterable)
        elements = _elements(value)
        names = [target] if isinstance(target, ast.Name) else (
            list(target.elts) if isinstance(target, ast.Tuple) else [])
        for index, name in enumerate(names):
            if not isinstance(name, ast.Name):
                continue
            if elements is None:
                env[name.id] = _UNKNOWN
            elif isinstance(target, ast.Name):
                env[name.id] = [t for e in elements for t in _texts(e)]
            else:
                env[name.id] = [t for e in elements for t in _texts(_item(e, index))]
        return env

    def visit(self, node: ast.AST, env: dict) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            env = dict(env)
            args = [a.arg for a in node.args.args]
            offset = 1 if args[:1] in (["self"], ["cls"]) else 0
            for index, arg in enumerate(args[offset:]):
                name = getattr(node, "name", None)
                env[arg] = ("param", name, index) if name else _UNKNOWN
        elif isinstance(node, ast.For):
            self.visit(node.iter, env)
            inner = self.bind(node.target, node.iter, env)
            for child in node.body + node.orelse:
                self.visit(child, inner)
            return
        elif isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp)):
            for generator in node.generators:
                self.visit(generator.iter, env)
                env = self.bind(generator.target, generator.iter, env)
        elif isinstance(node, ast.Call):
            if _call_name(node) == "PageSpec" and len(node.args) > 1:
                self.add(self.strings(node.args[1], {}), DEFAULT_CONTEXT, node)
            if _call_name(node) in TR_NAMES and node.args:
                self.translate_call(node, env)
        for child in ast.iter_child_nodes(node):
            self.visit(child, env)

    def translate_call(self, node: ast.Call, env: dict) -> None:
        context = _context_of(node)
        first = node.args[0]
        value = env.get(first.id) if isinstance(first, ast.Name) else None
        if (self.where, ast.unparse(first)) in DATA_SOURCES:
            return  # texts that come with the data: see data_texts()
        if isinstance(value, tuple):  # a parameter: resolved from the callers below
            self.params.append((value[1], value[2], context, node))
            return
        self.add(self.strings(first, env), context, node)

    def add(self, texts: list[str] | None, context: str | None, node: ast.AST) -> None:
        if texts is None or context is None:
            unparsed = ast.unparse(node) if isinstance(node, ast.expr) else "?"
            self.result.unresolved.append(f"{self.where}:{node.lineno}: {unparsed[:70]}")
            return
        for text in texts:
            self.result.add(context, text, self.where)

    def resolve_params(self) -> None:
        for function, index, context, node in self.params:
            texts: list[str] = []
            callers = [c for c in ast.walk(self.tree) if isinstance(c, ast.Call)
                       and _call_name(c) == function and len(c.args) > index]
            for call in callers:
                found = self.strings(call.args[index], {})
                if found is None:
                    texts = None  # type: ignore[assignment]
                    break
                texts.extend(found)
            self.add(texts if callers else None, context, node)


def extract_file(path: Path, result: Extraction) -> None:
    where = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    resolver = _Resolver(tree, where, result)
    resolver.visit(tree, {})
    resolver.resolve_params()


def data_texts(result: Extraction) -> None:
    """Dutch texts that db/ hands to the interface as data (`tr(backup.label)`,
    `tr(group.label)`, `tr(indicator.label)`, `tr(spec.title)` of ui/pages)."""
    sys.path.insert(0, str(ROOT))
    from db import backups, vocabulary
    from db.services import search

    for text in backups.KIND_LABELS.values():
        result.add(DEFAULT_CONTEXT, text, "db/backups.py")
    for _kind, text, _codes in search.GROUPS:
        result.add(DEFAULT_CONTEXT, text, "db/services/search.py")
    reports = ROOT / "db" / "services" / "reports.py"
    for node in ast.walk(ast.parse(reports.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _call_name(node) == "Indicator" and node.args \
                and isinstance(node.args[0], ast.Constant):
            result.add(DEFAULT_CONTEXT, node.args[0].value, "db/services/reports.py")
    for strategy in vocabulary.Strategy:  # f"Nieuwe relaties: {st.label.lower()}" there
        result.add(DEFAULT_CONTEXT, f"Nieuwe relaties: {strategy.label.lower()}",
                   "db/services/reports.py")
    optional = (_import_texts, _audit_texts, _retention_texts, _purge_texts, _timeline_texts)
    for source in optional:  # modules other work adds; absent in older trees
        try:
            where, texts = source()
        except (ImportError, AttributeError, OSError):
            continue
        for text in texts:
            result.add(DEFAULT_CONTEXT, text, where)


def _import_texts() -> tuple[str, list[str]]:
    from db.services.import_values import TARGETS

    return "db/services/import_values.py", list(TARGETS.values())


def _audit_texts() -> tuple[str, list[str]]:
    from db.services.audit import AuditAction

    return "db/services/audit.py", [action.label for action in AuditAction]


def _retention_texts() -> tuple[str, list[str]]:
    from db.services.storage_periods import LABELS

    return "db/services/storage_periods.py", [t for pair in LABELS.values() for t in pair]


def _purge_texts() -> tuple[str, list[str]]:
    """report(done, total, "Zoekindex opschonen") in db/services/purge.py."""
    path = ROOT / "db" / "services" / "purge.py"
    calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(n, ast.Call) and _call_name(n) == "report" and len(n.args) == 3]
    return "db/services/purge.py", [c.args[2].value for c in calls
                                    if isinstance(c.args[2], ast.Constant)]


def _timeline_texts() -> tuple[str, list[str]]:
    """TimelineEntry.what in db/services/dossier_read.py: "Fase: …", the action kinds,
    "Bijeenkomst", "Contactmoment"."""
    from db.services import dossier_read  # noqa: F401 - present in this tree?
    from db.vocabulary import DossierActionKind, DossierPhase

    return "db/services/dossier_read.py", [
        *(f"Fase: {phase.label.lower()}" for phase in DossierPhase),
        *(kind.label for kind in DossierActionKind), "Bijeenkomst", "Contactmoment"]


def extract_vocabulary(result: Extraction) -> None:
    sys.path.insert(0, str(ROOT))
    from db import vocabulary

    for value in vars(vocabulary).values():
        if isinstance(value, type) and issubclass(value, vocabulary.Labelled) \
                and value is not vocabulary.Labelled:
            for member in value:
                result.add(VOCABULARY_CONTEXT, member.label, "db/vocabulary.py")


def extract() -> Extraction:
    result = Extraction()
    for path in sorted(SOURCES.rglob("*.py")):
        extract_file(path, result)
    data_texts(result)
    extract_vocabulary(result)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when the .ts misses texts or translations")
    args = parser.parse_args(argv)
    found = extract()
    old = read_ts()
    entries = merge(old, found)
    missing = untranslated(entries)
    new = [key for key in entries if key not in old]
    gone = [key for key, e in entries.items() if e.kind == "obsolete"
            and old.get(key) and old[key].kind != "obsolete"]
    for line in found.unresolved:
        print(f"let op, niet te volgen: {line}")
    print(f"{len(found.messages)} teksten; {len(new)} nieuw, {len(gone)} vervallen, "
          f"{len(missing)} zonder vertaling")
    for entry in missing:
        print(f"  zonder vertaling [{entry.context}] {entry.source!r}")
    if args.check:
        return 1 if (new or gone or missing) else 0
    write_ts(entries)
    compile_qm(TS_FILE, TS_FILE.with_suffix(".qm"))
    print(f"Geschreven: {TS_FILE.relative_to(ROOT)} en {TS_FILE.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
