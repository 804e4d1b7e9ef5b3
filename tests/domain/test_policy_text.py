"""The drafted policy's wording follows the facts it is built from, section by section."""

from __future__ import annotations

from dataclasses import replace

from shopprivacy.domain.policy import (
    DeadlineFact,
    PartnerFact,
    PolicyFacts,
    default_purposes,
    draft_policy,
    facts_from_json,
    facts_to_json,
)
from shopprivacy.domain.policy_changes import changes_between

FACTS = PolicyFacts(
    shop_name="Bảng hiệu Quang Minh", address="8 Hàng Bông, Hà Nội", hotline="024 3826 5555",
    email="quangminh@gmail.com", fields=("name", "mobile_phone", "office_address"),
    purposes=tuple(default_purposes()), request_channels=("phone", "in_person"),
    deadlines=(DeadlineFact("provide", 2, 10, 10),), minor_age=18,
)  # fmt: skip


def test_a_shop_without_partners_or_cameras() -> None:
    text = draft_policy(FACTS, "vi")
    assert "Chúng tôi không chuyển dữ liệu của quý khách cho đối tác nào." in text
    assert "lưu trữ và xử lý tại Việt Nam" in text
    assert "Hình ảnh camera" not in text and "## 9. Thay đổi chính sách" in text
    assert "dưới 18 tuổi" in text
    assert "(chưa điền)" in text  # no data-protection person named yet: the gap shows
    # Only the fields collected appear, in purposes too.
    assert "email cá nhân" not in text and "địa chỉ cơ quan" in text
    assert "- gọi điện thoại: 024 3826 5555" in text and "gửi email" not in text


def test_english_and_facts_round_trip() -> None:
    facts = replace(FACTS, partners=(PartnerFact("Zalo OA", "it", "VN", True),))
    assert facts_from_json(facts_to_json(facts)) == facts
    text = draft_policy(facts, "en")
    assert text.startswith("# Personal data protection policy – Bảng hiệu Quang Minh")
    assert "- Zalo OA (IT services)" in text
    assert "acknowledged within 2 working days, done within 10 days" in text


def test_changes_between_versions() -> None:
    new = replace(FACTS, retention_months_without_order=12, fields=("name", "mobile_phone"),
                  partners=(PartnerFact("CloudMail", "it", "SG"),), data_stays_in_vietnam=False)  # fmt: skip
    changes = changes_between(FACTS, new, "vi")
    assert "Không còn thu thập: địa chỉ cơ quan." in changes
    assert "Đối tác mới nhận dữ liệu: CloudMail (Singapore)." in changes
    assert "Một phần dữ liệu được chuyển ra nước ngoài (xem mục 4)." in changes
    assert "Thời gian giữ dữ liệu khách chưa mua hàng: từ 24 tháng thành 12 tháng." in changes
    assert changes_between(FACTS, FACTS, "en") == [
        "Wording only; how we handle your data has not changed."
    ]
    assert changes_between(None, FACTS, "vi", had_previous=False) == [
        "Chính sách được ban hành lần đầu."
    ]
    assert "viết lại" in changes_between(None, FACTS, "vi")[0]
