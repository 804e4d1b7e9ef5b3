"""The Qt screens. Importing this package first repairs a reference-counting defect of the
pinned PySide6 (see ``qt_compat``), so every screen can emit signals safely."""

from shopprivacy.ui.qt_compat import install_emit_fix

install_emit_fix()
