"""Reports are made without a display (the command line) and off the GUI thread (the GUI's
workers), and a long report must not wear out Python's None on the pinned Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from shopprivacy.reports.recovery_sheet import write_recovery_sheet_pdf
from shopprivacy.reports.render import render_pdf_bytes
from tests.conftest import SHOP
from tests.reports.conftest import pdf_text
from tests.reports.test_render import long_report

CODE = "7K3QM-ZR8XD-T4WJN-0PB6H-Y2C9E-VA1GS"
ROOT = Path(__file__).resolve().parents[2]


def test_a_report_renders_on_a_worker_thread(tmp_path: Path) -> None:
    path = tmp_path / "from-worker.pdf"
    failures: list[BaseException] = []

    def work() -> None:
        try:
            write_recovery_sheet_pdf(path, SHOP, CODE, "giamdoc")
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive() and not failures
    assert "MÃ KHÔI PHỤC" in pdf_text(path)


def test_the_command_line_makes_a_pdf_without_a_display(tmp_path: Path) -> None:
    """A fresh process with no Qt application and no display: the report makes its own
    offscreen application."""
    path = tmp_path / "headless.pdf"
    script = (
        "import sys; from pathlib import Path\n"
        "from shopprivacy.domain.staff import ShopProfile\n"
        "from shopprivacy.reports.recovery_sheet import write_recovery_sheet_pdf\n"
        "write_recovery_sheet_pdf(Path(sys.argv[1]), ShopProfile('Tiệm Ánh Dương'),"
        f" '{CODE}', 'giamdoc')\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Tiệm Ánh Dương" in pdf_text(path)


def test_many_long_reports_in_one_process_keep_python_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing; without the guard a few reports end the process."""
    before = sys.getrefcount(None)
    for _ in range(3):
        content, pages = render_pdf_bytes(long_report(rows=150))
        assert pages > 1 and content.startswith(b"%PDF")
    assert sys.getrefcount(None) > 10_000 or sys.getrefcount(None) >= before
