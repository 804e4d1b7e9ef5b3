"""Printed reports: content gathered from the services, painted by Qt on A4 (PDF or printer).

- ``document``: the plain report model (title, shop identity, blocks, audit chain head).
- ``render``: ``write_pdf(report, path) -> pages`` (owner-only file, atomic replace),
  ``print_report(report, printer) -> pages``, ``render_pdf_bytes(report)``.
- ``text``: ``tr(lang, source)`` in context "reports", dates and shop-time formatting.
- ``qt_runtime``: ``ensure_gui_application()`` (offscreen when there is no application) and the
  bundled font; call it on the main thread before rendering on a worker.
- one module per report (``recovery_sheet``, ``access_review``, ...): build the document, then
  export or print it and record that in the audit log (``services.reports_log.record_report``).
"""
