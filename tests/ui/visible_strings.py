"""Find user-visible string literals in ui/ that skip the translation functions.

A literal (or an f-string with words in it) given straight to a call that puts text on
screen — setText, setToolTip, setWindowTitle, QLabel(...), QAction(...), addMenu,
QMessageBox.*, addRow, addTab, showMessage, … — instead of through `tr(...)`. A line
that must stay untranslated (a bilingual text such as "Taal / Language") says so with
the comment `# tr: bilingual`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
# calls whose text arguments are shown to the user: name → indexes of those arguments
VISIBLE_CALLS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "showMessage": (0,),
    "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setHeaderLabel": (0,),
    "addMenu": (0, 1), "addAction": (0, 1), "addTab": (1,), "insertTab": (2,),
    "setTabText": (1,), "addItem": (0,), "addRow": (0,), "addButton": (0,),
    "QLabel": (0,), "QPushButton": (0,), "QToolButton": (0,), "QCheckBox": (0,),
    "QRadioButton": (0,), "QGroupBox": (0,), "QAction": (0,), "QMenu": (0,),
    "QListWidgetItem": (0,), "QTableWidgetItem": (0,), "QTreeWidgetItem": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "getOpenFileName": (1,), "getSaveFileName": (1,),
    "getExistingDirectory": (1,), "getText": (1, 2), "getItem": (1, 2),
}
WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
MARKER = "# tr: bilingual"
# texts that are the same in every language (names, units, file patterns)
NEUTRAL = re.compile(r"^(Buurtboek|Excel|PNG|CSV|OK|[A-Z]{1,4}\d*|\*\.\w+|https?://\S+)$")


def _visible_literal(node: ast.AST) -> str | None:
    """The text of a literal that a user would read, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"<[^>]+>", " ", node.value)  # words inside markup only
        if WORD.search(text) and not NEUTRAL.match(text.strip()):
            return node.value
        return None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if WORD.search(re.sub(r"<[^>]+>", " ", parts)):
            return "f" + repr(parts)
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _visible_literal(node.left) or _visible_literal(node.right)
    return None


def offenders(root: Path = UI) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            for index in VISIBLE_CALLS.get(name, ()):
                if index < len(node.args):
                    text = _visible_literal(node.args[index])
                    line = lines[node.lineno - 1]
                    if text and MARKER not in line and MARKER not in lines[node.end_lineno - 1]:
                        where = path.relative_to(root.parent).as_posix()
                        found.append(f"{where}:{node.lineno}: {name}({text[:60]!r})")
    return found
