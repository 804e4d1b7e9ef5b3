"""The benchmark script still works end to end (on a tiny shop; no timing is checked here:
speed is measured by running ``benchmarks/run.py`` by hand)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_builds_a_small_shop_and_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    args = ["--customers", "300", "--audit", "2000", "--orders", "20", "--consents", "10"]
    args += ["--disclosures", "10", "--scroll", "200", "--startup-rounds", "1", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), *args],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "| Search per keystroke, name (p95) |" in done.stdout
    assert "| Audit verify over 2,000 entries |" in done.stdout
    results = json.loads(out.read_text())
    shop, plain = results["shop"], results["plain"]
    assert results["customers"] == 300
    assert shop["import_rows"] == 300 and shop["verify_ok"] is True
    assert shop["audit_entries"] == 2000
    assert shop["search_ms"]["n"] == plain["search_ms"]["n"] > 0
    assert shop["scroll_page_ms"]["n"] == plain["scroll_page_ms"]["n"] == 4
    for figures in (shop, plain):
        for key in ("unlock_ms", "import_s", "report_s", "verify_s", "memory_mb", "scroll_s"):
            assert figures[key] > 0, key
    assert "| `shopprivacy-admin --help` |" in done.stdout
    startup = results["startup"]
    for key in ("python_pass_ms", "bare_window_ms", "help_ms", "command_ms", "kdf_reported_ms"):
        assert startup[key]["n"] == 1 and startup[key]["p50"] > 0, key
    assert (
        startup["gui_first_window_reported_ms"]["n"] == startup["demo_ready_reported_ms"]["n"] == 1
    )
