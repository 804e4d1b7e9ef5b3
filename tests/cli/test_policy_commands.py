"""``policy draft|publish|list|show|check|purposes``, and the day-one journey from an empty
database through the command line only: init, draft, publish, a customer, a consent, the
marketing export, the withdrawal."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.cli.conftest import Cli, Ran
from tests.cli.test_init import INIT
from tests.conftest import DIRECTOR_PASSWORD


def director(cli: Cli, *argv: str) -> Ran:
    return cli("--user", "giamdoc", *argv, password=DIRECTOR_PASSWORD)


def _exported_ids(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [row[0] for row in list(csv.reader(fh))[1:]]


def test_day_one_journey_from_an_empty_database(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    # Before a policy is published the check says so.
    ran = director(cli, "--json", "policy", "check")
    assert ran.code == 1 and [c["code"] for c in ran.json()] == ["no_policy"]

    draft = tmp_path / "chinh-sach.md"
    ran = director(cli, "policy", "draft", "--out", str(draft))
    assert ran.code == 0, ran.err
    text = draft.read_text(encoding="utf-8")
    assert "Chính sách bảo vệ dữ liệu cá nhân – Công ty TNHH Camera An Khang" in text
    assert "Gửi tin tức, ưu đãi qua email" in text

    ran = director(cli, "--json", "policy", "publish", "--label", "2026-12",
                   "--effective", "2026-01-01", "--file", str(draft))  # fmt: skip
    assert ran.code == 0, ran.err
    assert ran.json()["label"] == "2026-12" and ran.json()["contradictions"] == []
    assert director(cli, "policy", "check").code == 0
    listed = director(cli, "--json", "policy", "list").json()
    assert [(v["label"], v["in_force"]) for v in listed] == [("2026-12", True)]

    ran = director(cli, "--json", "customer", "add", "--name", "Nguyễn Văn Ánh",
                   "--phone", "0912 345 678", "--email", "anh@gmail.com")  # fmt: skip
    assert ran.code == 0, ran.err
    customer = str(ran.json()["id"])
    ran = director(cli, "--json", "consent", "set", customer, "--purpose", "marketing_email",
                   "--grant")  # fmt: skip
    assert ran.code == 0, ran.err
    assert ran.json()["policy_version_id"] == listed[0]["id"]

    out = tmp_path / "email.csv"
    ran = director(cli, "marketing", "export", "--channel", "email", "--out", str(out))
    assert ran.code == 0, ran.err
    assert _exported_ids(out) == [customer]

    ran = director(cli, "consent", "set", customer, "--purpose", "marketing_email", "--withdraw")
    assert ran.code == 0, ran.err
    ran = director(cli, "marketing", "export", "--channel", "email", "--out", str(out))
    assert ran.code == 0, ran.err
    assert _exported_ids(out) == []
    # No order and no consent left: processing stops and care gets a deletion request.
    queue = director(cli, "--json", "request", "list").json()
    assert [(r["customer_id"], r["type"]) for r in queue] == [(int(customer), "deletion")]


def test_show_writes_the_pdf_and_an_escaped_web_page(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    source = tmp_path / "policy.md"
    source.write_text("# Chính sách\n\n## 1. Liên hệ\n\n- <script>alert(1)</script> & **đậm**\n",
                      encoding="utf-8")  # fmt: skip
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "2026-01-01",
                    "--file", str(source)).code == 0  # fmt: skip
    pdf, page = tmp_path / "cs.pdf", tmp_path / "cs.html"
    ran = director(cli, "--json", "policy", "show", "v1", "--pdf", str(pdf), "--html", str(page))
    assert ran.code == 0, ran.err
    assert pdf.read_bytes().startswith(b"%PDF")
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in html
    assert "<strong>đậm</strong>" in html and '<html lang="vi">' in html
    shown = director(cli, "policy", "show")
    assert "<script>alert(1)</script>" in shown.out  # the text itself, as published
    purposes = director(cli, "--json", "policy", "purposes").json()
    assert {"order_fulfilment", "marketing_email"} <= {p["key"] for p in purposes}


def test_refusals(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    missing = tmp_path / "none.md"
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "2026-01-01",
                    "--file", str(missing)).code == 1  # fmt: skip
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "01/01/2026",
                    "--file", str(missing)).code == 2  # fmt: skip
    assert director(cli, "policy", "show").code == 1
    assert director(cli, "policy", "show", "nope").code == 1
    nowhere = tmp_path / "no-such-folder" / "cs.md"
    ran = director(cli, "policy", "draft", "--out", str(nowhere))
    assert ran.code == 1 and "Không ghi được" in ran.err and "Traceback" not in ran.err


def test_only_the_director_drafts_publishes_and_checks(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    first, sales_password = "Ban-hang#Mua-xuan-2026", "Ban-hang#Mua-he-2027"
    added = cli("--user", "giamdoc", "user", "add", "banhang1", "--role", "sales",
                "--full-name", "Lê Văn Hùng", password=DIRECTOR_PASSWORD, new_password=first)  # fmt: skip
    assert added.code == 0, added.err
    changed = cli("--user", "banhang1", "passwd", password=first, new_password=sales_password)
    assert changed.code == 0, changed.err
    draft = tmp_path / "cs.md"
    assert director(cli, "policy", "draft", "--out", str(draft), "--lang", "en").code == 0
    assert draft.read_text(encoding="utf-8").startswith("# Personal data protection policy")
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "2026-01-01",
                    "--file", str(draft)).code == 0  # fmt: skip

    def sales(*argv: str) -> Ran:
        return cli("--user", "banhang1", *argv, password=sales_password)

    assert sales("policy", "check").code == 4
    assert sales("policy", "draft", "--out", str(tmp_path / "x.md")).code == 4
    assert sales("policy", "publish", "--label", "v2", "--effective", "2026-02-01",
                 "--file", str(draft)).code == 4  # fmt: skip
    assert not (tmp_path / "x.md").exists()
    assert sales("policy", "list").code == 0
    assert sales("policy", "show").code == 0
    refused = director(cli, "--json", "audit", "list").json()
    assert sum(1 for e in refused if e["action"] == "permission_refused") == 3


def test_notice_for_customers_under_an_older_version(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    first = tmp_path / "v1.md"
    assert director(cli, "policy", "draft", "--out", str(first)).code == 0
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "2026-01-01",
                    "--file", str(first)).code == 0  # fmt: skip
    made = director(cli, "--json", "customer", "add", "--name", "Nguyễn Văn Ánh",
                    "--phone", "0912 345 678", "--email", "anh@gmail.com").json()  # fmt: skip
    customer = str(made["id"])
    assert director(cli, "consent", "set", customer, "--purpose", "marketing_email",
                    "--grant").code == 0  # fmt: skip
    second = tmp_path / "v2.md"
    second.write_text(first.read_text(encoding="utf-8") + "\nBổ sung.\n", encoding="utf-8")
    assert director(cli, "policy", "publish", "--label", "v2", "--effective", "2026-02-01",
                    "--file", str(second)).code == 0  # fmt: skip
    pdf, email = tmp_path / "thu.pdf", tmp_path / "email.txt"
    ran = director(cli, "--json", "policy", "notice", "--pdf", str(pdf), "--email", str(email))
    assert ran.code == 0, ran.err
    doc = ran.json()
    assert doc["customer_ids"] == [int(customer)]
    assert doc["changes"] == ["Chỉ sửa câu chữ; cách chúng tôi xử lý dữ liệu không thay đổi."]
    assert pdf.read_bytes().startswith(b"%PDF")
    text = email.read_text(encoding="utf-8")
    subject = (
        "Công ty TNHH Camera An Khang: thay đổi chính sách bảo vệ dữ liệu cá nhân từ 01/02/2026"
    )
    assert text.startswith(subject) and "Kính gửi quý khách" in text
    audit = director(cli, "--json", "audit", "list", "--customer", customer).json()
    assert any(e["action"] == "customer_printed" for e in audit)


def test_check_lists_each_contradiction_in_the_readers_words(cli: Cli, tmp_path: Path) -> None:
    cli.db = tmp_path / "cuahang.db"
    assert cli(*INIT, new_password=DIRECTOR_PASSWORD).code == 0
    draft = tmp_path / "cs.md"
    assert director(cli, "policy", "draft", "--out", str(draft)).code == 0
    assert director(cli, "policy", "publish", "--label", "v1", "--effective", "2026-01-01",
                    "--file", str(draft)).code == 0  # fmt: skip
    made = director(cli, "--json", "customer", "add", "--name", "Nguyễn Văn Ánh",
                    "--phone", "0912 345 678").json()  # fmt: skip
    opened = director(cli, "request", "open", str(made["id"]), "--type", "access",
                      "--channel", "web_form")  # fmt: skip
    assert opened.code == 0, opened.err
    ran = director(cli, "policy", "check")
    assert ran.code == 1
    assert "Yêu cầu được gửi qua Biểu mẫu web, một kênh chính sách không liệt kê." in ran.out
    assert "Sửa chính sách: Ban hành phiên bản chính sách mới có nêu điều này." in ran.out
    assert "Hoặc sửa cách làm: Hướng dẫn khách hàng dùng các kênh" in ran.out
    found = director(cli, "--json", "policy", "check").json()
    assert [(c["code"], c["params"]) for c in found] == [
        ("channel_undeclared", {"channel": "web_form"})
    ]
