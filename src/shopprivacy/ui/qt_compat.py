"""A work-around for a defect of the pinned PySide6 (6.12.0) on Python 3.11.

``SignalInstance.emit()`` returns ``True`` without owning a reference to it. Each emit from
Python therefore lowers ``True``'s reference count by one; after some hundreds of emits Python
aborts with "bool_dealloc: deallocating True or False" (in a long day at the shop, or at the
end of the test run). Python 3.12+ makes ``True`` immortal, so the defect is harmless there.

:func:`install_emit_fix` wraps ``SignalInstance.emit`` to give back the missing reference, but
only when a probe shows the defect, so a fixed PySide6 is left alone. ``shopprivacy.ui``
installs it on import, before any screen exists.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 3


class _Probe(QObject):
    ping = Signal()


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def emit_loses_a_reference() -> bool:
    """Emit a few times and see whether ``True`` lost exactly that many references."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _incref(True)  # repair what the probe itself took
    return lost == _PROBES


def install_emit_fix() -> bool:
    """Patch ``SignalInstance.emit`` once if needed; True when the fix is in place."""
    if getattr(SignalInstance.emit, "_gives_back_reference", False):
        return True
    if not emit_loses_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if isinstance(result, bool):
            _incref(result)
        return result

    emit._gives_back_reference = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
