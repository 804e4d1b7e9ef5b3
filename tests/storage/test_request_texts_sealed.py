"""What a requester said and who they are never reach the file in clear."""

from pathlib import Path

import pytest

from shopprivacy.domain.requests import IdentityMethod, RequestType
from tests.conftest import Shop
from tests.services.request_helpers import open_request
from tests.storage.test_no_clear_text_on_disk import assert_absent


@pytest.mark.sqlite_only("reads the SQLite file's bytes")
def test_request_texts_are_ciphertext_in_the_file(shop: Shop, tmp_path: Path) -> None:
    req = open_request(
        shop,
        RequestType.COMPLAINT,
        None,
        note="Tôi nhận được tin nhắn quảng cáo lạ",
        requester_name="Vũ Minh Khôi",
        requester_contact="khoi.vu@example.vn",
    )
    requests = shop.services.requests
    requests.record_identity_check(shop.care, req.id, IdentityMethod.OTHER, "Hộ chiếu B1234567")
    requests.add_note(shop.care, req.id, "Đã kiểm tra nhật ký gửi tin", finding=True)
    requests.refuse(shop.care, req.id, "Không có dữ liệu nào của anh Khôi")
    values = [
        "Tôi nhận được tin nhắn quảng cáo lạ",
        "Vũ Minh Khôi",
        "khoi.vu@example.vn",
        "B1234567",
        "Đã kiểm tra nhật ký gửi tin",
        "anh Khôi",
    ]
    assert_absent([p for p in tmp_path.rglob("*") if p.is_file()], values)
    shop.db.checkpoint()
    assert_absent([p for p in tmp_path.rglob("*") if p.is_file()], values)
    assert requests.get_request(shop.director, req.id).requester_name == "Vũ Minh Khôi"
