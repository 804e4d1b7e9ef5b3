import sys

from PySide6.QtCore import QObject, Signal

import shopprivacy.ui  # noqa: F401 - installs the fix
from shopprivacy.ui.qt_compat import emit_loses_a_reference, install_emit_fix


class Pinger(QObject):
    ping = Signal(object)


def test_emitting_many_signals_leaves_true_alone() -> None:
    """Without the fix, PySide6 6.12.0 on Python 3.11 drops a reference to True per emit and
    the app aborts after a few hundred."""
    assert install_emit_fix() or not emit_loses_a_reference()
    pinger = Pinger()
    before = sys.getrefcount(True)
    for _ in range(2000):
        pinger.ping.emit(1)
    # Other code may take or drop a reference or two meanwhile; the defect costs 2000.
    assert abs(sys.getrefcount(True) - before) < 50
