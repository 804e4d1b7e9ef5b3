"""The plain-SQLite baseline: the same customers with no encryption at all, in a separate process
(so its peak memory is its own). Names and phones in clear, a folded-word table searched by
prefix range, an indexed reversed phone for "last digits", the same report renderer. It does
what the app does apart from encryption and keyed indexes: the same phone and email checks on
import, the same capped count and phone formatting per key press, so a ratio measures what
encryption costs.

Run by ``run.py``: ``python benchmarks/plain.py PLAN.json RESULT.json [--turn-fds R,W]``, taking
turns with the other two variants step by step (see ``turns.py``).
"""

from __future__ import annotations

import csv
import json
import resource
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_stats import summary
from turns import Turns

from shopprivacy.domain.emails import normalize_email
from shopprivacy.domain.phones import display_phone, normalize_phone
from shopprivacy.security.passwords import fold
from shopprivacy.services.desk_queries import COUNT_LIMIT

PAGE = 50
SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, phone_rev TEXT,
                        email TEXT, address TEXT);
CREATE INDEX ix_phone_rev ON customers (phone_rev);
CREATE INDEX ix_email ON customers (email);
CREATE TABLE words (customer_id INTEGER, word TEXT);
CREATE INDEX ix_words ON words (word, customer_id);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, sold_on TEXT, description TEXT);
CREATE INDEX ix_orders ON orders (customer_id);
CREATE TABLE disclosures (id INTEGER PRIMARY KEY, at TEXT, customer_id INTEGER, partner TEXT,
                          fields TEXT, basis TEXT, purpose TEXT, recorded_by TEXT);
CREATE TABLE log (seq INTEGER PRIMARY KEY, at TEXT, staff_id INTEGER, action TEXT,
                  target_type TEXT, target_id TEXT, detail TEXT);
"""


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    return con


def import_csv(con: sqlite3.Connection, path: Path, first_id: int) -> int:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    customers, words = [], []
    for offset, (name, phone, email, address) in enumerate(rows):
        cid = first_id + offset
        # The same checks the app's import makes (not encryption): the stored forms match.
        phone, email = normalize_phone(phone), normalize_email(email)
        customers.append((cid, name, phone, phone[::-1], email, address))
        words += [(cid, w) for w in fold(name).split()]
    con.execute("BEGIN")
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", customers)
    con.executemany("INSERT INTO words VALUES (?,?)", words)
    con.execute("COMMIT")
    return len(rows)


def matching(text: str) -> tuple[str, list[Any]]:
    """SQL selecting matching ids (newest first), like the app's query parser."""
    digits = "".join(c for c in text if c.isdigit())
    if text.strip() and digits and len(digits) == len(text.strip()):
        if len(digits) < 4:
            return "SELECT id FROM customers WHERE 0", []
        tail = digits[::-1]
        return (
            "SELECT id FROM customers WHERE phone_rev >= ? AND phone_rev < ? ORDER BY id DESC",
            [tail, tail + ":"],
        )
    terms = fold(text).split()
    if not terms:
        return "SELECT id FROM customers ORDER BY id DESC", []
    parts = ["SELECT customer_id FROM words WHERE word >= ? AND word < ?" for _ in terms]
    args = [a for t in terms for a in (t, t + "\uffff")]
    return (
        f"SELECT id FROM customers WHERE id IN ({' INTERSECT '.join(parts)}) ORDER BY id DESC",
        args,
    )


def search(con: sqlite3.Connection, text: str) -> None:
    """What the desk does on a key press: the first page, and a count of up to 1,001 matches
    when the page is full (the list says "more than 1,000" beyond)."""
    lines = page(con, text, 0)
    if len(lines) == PAGE:
        sql, args = matching(text)
        con.execute(f"SELECT count(*) FROM ({sql} LIMIT {COUNT_LIMIT + 1})", args).fetchone()


def page(con: sqlite3.Connection, text: str, offset: int) -> list[Any]:
    """A page of list lines, phones written as the desk shows them (the same formatting)."""
    sql, args = matching(text)
    rows = con.execute(
        f"SELECT id, name, phone, email, address FROM customers WHERE id IN "
        f"({sql} LIMIT ? OFFSET ?) ORDER BY id DESC",
        [*args, PAGE, offset],
    ).fetchall()
    return [(cid, name, display_phone(phone), mail, at) for cid, name, phone, mail, at in rows]


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def report_pdf(con: sqlite3.Connection, out: Path) -> None:
    from shopprivacy.domain.staff import ShopProfile
    from shopprivacy.reports.document import ReportDocument, Table
    from shopprivacy.reports.render import write_pdf

    rows = con.execute(
        "SELECT id, at, partner, customer_id, fields, basis, purpose, recorded_by "
        "FROM disclosures ORDER BY id"
    ).fetchall()
    table = Table(
        headers=("No.", "Time", "Given to", "Customers", "Details", "Basis", "Purpose", "By"),
        rows=tuple(tuple(str(c) for c in r) for r in rows),
        widths=(5.0, 12.0, 17.0, 10.0, 14.0, 16.0, 14.0, 11.0),
    )
    doc = ReportDocument("Disclosures", ShopProfile("Cửa hàng"), "director", datetime.now(UTC))
    write_pdf(doc.add(table), out)


def main(plan_path: str, result_path: str, turns: Turns) -> None:
    plan = json.loads(Path(plan_path).read_text())
    folder = Path(plan["folder"])
    db = folder / "plain.db"
    con = connect(db)
    con.executescript(SCHEMA)
    result: dict[str, Any] = {}
    next_id = 1
    for index, chunk in enumerate(plan["csvs"]):
        turns.take("import", index)
        start = time.perf_counter()
        next_id += import_csv(con, Path(chunk), next_id)
        result["import_s"] = time.perf_counter() - start
    turns.take("build")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO orders (customer_id, sold_on, description) VALUES (?, '2026-05-01', ?)",
        [(i + 1, "Máy lạnh Daikin 1.5HP") for i in plan["order_indexes"]],
    )
    con.executemany(
        "INSERT INTO disclosures (at, customer_id, partner, fields, basis, purpose, recorded_by)"
        " VALUES (?, ?, 'Công ty Lắp đặt Sao Mai (installer)', 'Họ tên, Điện thoại, Địa chỉ',"
        " 'Hợp đồng', 'Lắp điều hoà', 'director')",
        [(datetime.now(UTC).isoformat(), i + 1) for i in plan["disclosure_indexes"]],
    )
    con.execute("COMMIT")
    con.close()

    def unlock() -> None:
        nonlocal con
        con = connect(db)
        search(con, "")

    turns.take("unlock")
    result["unlock_ms"] = timed(unlock)
    result["search_ms"] = summary(
        turns.each("search", plan["keystrokes"], lambda t: search(con, t))
    )
    result["phone_ms"] = summary(
        turns.each("phone", plan["phone_typing"], lambda t: search(con, t))
    )

    def open_one(cid: int) -> None:
        con.execute("SELECT * FROM customers WHERE id = ?", [cid]).fetchone()
        con.execute("SELECT * FROM orders WHERE customer_id = ?", [cid]).fetchall()

    result["open_ms"] = summary(turns.each("open", plan["open_indexes"], lambda i: open_one(i + 1)))
    offsets = range(0, plan["scroll_rows"], PAGE)
    pages = turns.each("scroll", offsets, lambda o: page(con, "", o))
    result["scroll_s"] = sum(pages) / 1000
    result["scroll_page_ms"] = summary(pages)
    turns.take("report")
    result["report_s"] = timed(lambda: report_pdf(con, folder / "plain.pdf")) / 1000

    turns.take("audit")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO log (at, staff_id, action, target_type, target_id, detail) "
        "VALUES (?, 1, 'customer_viewed', 'customer', ?, '{}')",
        ((datetime.now(UTC).isoformat(), str(i)) for i in range(plan["audit_entries"])),
    )
    con.execute("COMMIT")

    def scan_log(last: int = 0) -> None:
        while True:
            rows = con.execute(
                "SELECT * FROM log WHERE seq > ? ORDER BY seq LIMIT 5000", [last]
            ).fetchall()
            if not rows:
                break
            last = rows[-1][0]

    turns.take("verify")
    result["verify_s"] = timed(scan_log) / 1000
    # The quick check's floor: read the 1,000 entries written after the full scan.
    seen = con.execute("SELECT max(seq) FROM log").fetchone()[0]
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO log (at, staff_id, action, target_type, target_id, detail) "
        "VALUES (?, 1, 'customer_viewed', 'customer', ?, '{}')",
        ((datetime.now(UTC).isoformat(), str(i)) for i in range(1_000)),
    )
    con.execute("COMMIT")
    turns.take("verify", 1)
    result["verify_new_ms"] = timed(lambda: scan_log(seen))
    result["memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(result_path).write_text(json.dumps(result))


if __name__ == "__main__":
    fds = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--turn-fds" else None
    main(sys.argv[1], sys.argv[2], Turns(fds))
