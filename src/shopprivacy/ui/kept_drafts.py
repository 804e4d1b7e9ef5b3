"""A half-typed form survives the idle lock.

When the screen locks, what was typed in an open form is read from its fields, sealed with
AES-GCM under a key made for this one lock, and held by the shell in memory only (nothing is
written to disk). When the same person signs in again the form opens again with the text back;
when anyone else signs in, or someone signs out, the sealed draft and its key are dropped
unread. The key is bound to the person and the kind of form, so a draft cannot be opened into
another one."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

Value = str | int | bool
Field = tuple[str, str, Value]  # the widget's class, its object name, what it held


def read_fields(form: QWidget) -> list[Field]:
    """Every field a person can type in or tick, in the order the form builds them."""
    fields: list[Field] = []
    for widget in form.findChildren(QWidget):
        value = _value(widget)
        if value is not None:
            fields.append((type(widget).__name__, widget.objectName(), value))
    return fields


def write_fields(form: QWidget, fields: list[Field]) -> int:
    """Put ``fields`` back into a new form of the same kind; returns how many were put back.
    A field is filled only where the new form has the same widget in the same place."""
    widgets = [w for w in form.findChildren(QWidget) if _value(w) is not None]
    restored = 0
    for widget, (kind, name, value) in zip(widgets, fields, strict=False):
        if type(widget).__name__ != kind or widget.objectName() != name:
            break  # the form is built differently now: stop rather than fill the wrong field
        _set(widget, value)
        restored += 1
    return restored


def _inside_another_field(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _value(widget: QWidget) -> Value | None:
    if isinstance(widget, QLineEdit):
        if _inside_another_field(widget) or widget.echoMode() != QLineEdit.EchoMode.Normal:
            return None  # a password is never kept
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def _set(widget: QWidget, value: Value) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        if isinstance(value, str):
            widget.setCurrentText(value)
        elif isinstance(value, int):
            widget.setCurrentIndex(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)


@dataclass(frozen=True)
class _Sealed:
    staff_id: int
    kind: str
    nonce: bytes
    box: bytes


class DraftKeeper:
    """Holds at most one sealed draft and its one-time key, in memory, until it is taken back
    or dropped."""

    def __init__(self) -> None:
        self._key: bytearray | None = None
        self._sealed: _Sealed | None = None

    @property
    def holding(self) -> bool:
        return self._sealed is not None

    def keep(self, staff_id: int, kind: str, fields: list[Field]) -> None:
        self.drop()
        key = AESGCM.generate_key(bit_length=256)
        nonce = os.urandom(12)
        plain = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        box = AESGCM(key).encrypt(nonce, plain, _bound_to(staff_id, kind))
        self._key, self._sealed = bytearray(key), _Sealed(staff_id, kind, nonce, box)

    def take(self, staff_id: int) -> tuple[str, list[Field]] | None:
        """The draft, for the person who typed it; for anyone else nothing (and it is gone)."""
        sealed, key = self._sealed, bytes(self._key) if self._key is not None else None
        self.drop()
        if sealed is None or key is None or sealed.staff_id != staff_id:
            return None
        plain = AESGCM(key).decrypt(sealed.nonce, sealed.box, _bound_to(staff_id, sealed.kind))
        fields = [(str(k), str(n), v) for k, n, v in json.loads(plain.decode("utf-8"))]
        return sealed.kind, fields

    def drop(self) -> None:
        if self._key is not None:
            self._key[:] = bytes(len(self._key))  # overwrite the key before letting it go
        self._key, self._sealed = None, None


def _bound_to(staff_id: int, kind: str) -> bytes:
    return f"draft:{staff_id}:{kind}".encode()
