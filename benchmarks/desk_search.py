"""How the sales desk's list feels with many customers: the search that runs after each pause in
typing, and each page loaded while scrolling. Not a unit test (timings vary by PC); run it by
hand on a shop-like PC:

    uv run python benchmarks/desk_search.py --customers 100000

Target: each search (first page + count up to 1,000) and each further page under 150 ms, so
typing never waits on the list.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 150.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh"]
GIVEN = ["Anh", "Bình", "Cường", "Dung", "Giang", "Hà", "Khôi", "Lan", "Nam", "Tâm", "Vy"]


def write_sample(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Họ và tên", "Số điện thoại", "Email"])
        for i in range(n):
            name = f"{FAMILY[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 11]}"
            out.writerow([name, f"09{i:08d}", f"khach{i}@example.vn"])


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()

    import keyring
    from PySide6.QtWidgets import QApplication
    from tests.conftest import MemoryKeyring, make_shop

    from shopprivacy.security import kdf

    keyring.set_keyring(MemoryKeyring())
    kdf.DEFAULT_PARAMS = kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1)
    app = QApplication([])
    import shopprivacy.ui  # noqa: F401  (the PySide6 repair, as the app loads it)
    from shopprivacy.ui.desk.home import DeskHome
    from shopprivacy.ui.workers import Workers

    folder = Path(tempfile.mkdtemp())
    shop = make_shop(folder / "shop.db")
    sample = folder / "customers.csv"
    write_sample(sample, args.customers)
    started = time.perf_counter()
    report = shop.services.importer.run_import(shop.sales, sample)
    print(f"imported {report.imported} customers in {time.perf_counter() - started:.1f} s")

    home = DeskHome(shop.services, shop.sales, workers=Workers())
    results: dict[str, list[float]] = {}
    for text in ["", "nguyen", "nguyen van anh", "ng", "5678", "0900001234", "khach7@example.vn"]:
        for _ in range(3):
            home.search.setText(text)
            results.setdefault(f"search {text!r}", []).append(timed(home.run_search))
    home.search.setText("")
    home.run_search()
    pages = [timed(lambda: home.model.fetchMore(home.model.index(-1, -1))) for _ in range(20)]
    results["next page while scrolling"] = pages
    app.processEvents()

    slow = False
    for what, times in results.items():
        median = statistics.median(times)
        mark = "ok" if median <= TARGET_MS else "SLOW"
        slow |= median > TARGET_MS
        print(f"{mark:4} {median:7.1f} ms  {what}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
