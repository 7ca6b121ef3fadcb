"""Which interactive widgets a screen reader could not name.

A control is named when it has an accessible name, or shows its own text (a button or
check box with text), or a QLabel has it as buddy (QFormLayout.addRow("&Naam", field)
and QLabel.setBuddy do this), or it is the viewport-less inner part of a named control
(the line edit inside a combo box or spin box, a scroll bar, a header).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider,
    QAbstractSpinBox, QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QScrollBar,
    QTabBar, QTextEdit, QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QAbstractSlider)
PARTS = (QScrollBar, QHeaderView, QTabBar)  # parts of a bigger control; Qt names them


def _inside_named_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox)) or (
        parent is not None and parent.objectName() == "qt_scrollarea_viewport")


def describe(widget: QWidget) -> str:
    chain, node = [], widget
    while node is not None and len(chain) < 4:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " < ".join(chain)


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, PARTS):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if widget.focusPolicy().value == 0 and not isinstance(widget, QAbstractScrollArea):
            continue  # Qt.NoFocus: not reachable with the keyboard, not a control
        if widget.accessibleName() or id(widget) in buddies or _inside_named_control(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(describe(widget))
    return missing


def dead_mnemonics(root: QWidget) -> list[str]:
    """Labels that underline a letter (&Naam) but have no buddy: Alt+letter does nothing.
    (QFormLayout.addRow("&Naam", layout) sets no buddy when the field is a layout.)"""
    dead = []
    for label in root.findChildren(QLabel):
        text = label.text().replace("&&", "")
        if "&" in text and not label.buddy() and label.isVisibleTo(root) \
                and label.textFormat() != 1 and "<" not in text and ";" not in text:
            dead.append(f"{text!r} in {describe(label)}")
    return dead
