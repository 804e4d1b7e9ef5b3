"""What changed between two published versions, worded for the customers who agreed under the
older one (the letter and the email)."""

from __future__ import annotations

from shopprivacy.domain.consents import PolicyVersion
from shopprivacy.domain.policy import ChangeNotice, PolicyFacts
from shopprivacy.domain.policy_text import purpose_name
from shopprivacy.domain.policy_words import FIELD_WORDS, country, word


def changes_between(
    old: PolicyFacts | None, new: PolicyFacts, language: str, had_previous: bool = True
) -> list[str]:
    """``old`` None: no earlier version (``had_previous`` False), or one kept before the app
    stored what a version declares, when only a general word can be said."""
    vi = language != "en"
    if old is None and not had_previous:
        return ["Chính sách được ban hành lần đầu." if vi
                else "The policy is published for the first time."]  # fmt: skip
    if old is None:
        return ["Chính sách được viết lại; xin quý khách đọc bản mới." if vi
                else "The policy has been rewritten; please read the new version."]  # fmt: skip
    out: list[str] = []
    for f in new.fields:
        if f not in old.fields:
            out.append(f"Thu thập thêm: {word(FIELD_WORDS, 'vi', f)}." if vi
                       else f"We now also collect: {word(FIELD_WORDS, 'en', f)}.")  # fmt: skip
    for f in old.fields:
        if f not in new.fields:
            out.append(f"Không còn thu thập: {word(FIELD_WORDS, 'vi', f)}." if vi
                       else f"We no longer collect: {word(FIELD_WORDS, 'en', f)}.")  # fmt: skip
    lang = "vi" if vi else "en"
    old_keys = {p.key for p in old.purposes if p.active}
    new_keys = {p.key for p in new.purposes if p.active}
    for p in new.purposes:
        if p.active and p.key not in old_keys:
            out.append(f"Mục đích mới: {purpose_name(p, lang)}." if vi
                       else f"New purpose: {purpose_name(p, lang)}.")  # fmt: skip
    for p in old.purposes:
        if p.active and p.key not in new_keys:
            out.append(f"Không còn dùng cho: {purpose_name(p, lang)}." if vi
                       else f"No longer used for: {purpose_name(p, lang)}.")  # fmt: skip
    old_partners = {p.name: p for p in old.partners}
    for partner in new.partners:
        name = partner.name
        where = f" ({country(lang, partner.country)})" if partner.abroad else ""
        if name not in old_partners:
            out.append(f"Đối tác mới nhận dữ liệu: {name}{where}." if vi
                       else f"New partner receiving data: {name}{where}.")  # fmt: skip
    new_names = {p.name for p in new.partners}
    for name in old_partners:
        if name not in new_names:
            out.append(f"Không còn chuyển dữ liệu cho: {name}." if vi
                       else f"Data no longer goes to: {name}.")  # fmt: skip
    if old.data_stays_in_vietnam and not new.data_stays_in_vietnam:
        out.append("Một phần dữ liệu được chuyển ra nước ngoài (xem mục 4)." if vi
                   else "Some data is now transferred abroad (see section 4).")  # fmt: skip
    if old.retention_months_without_order != new.retention_months_without_order:
        a, b = old.retention_months_without_order, new.retention_months_without_order
        out.append(f"Thời gian giữ dữ liệu khách chưa mua hàng: từ {a} tháng thành {b} tháng." if vi
                   else f"Customers without orders are kept {b} months instead of {a}.")  # fmt: skip  # noqa: E501
    if set(old.request_channels) != set(new.request_channels) or (
        (old.hotline, old.email, old.address) != (new.hotline, new.email, new.address)
    ):
        out.append("Cách liên hệ để thực hiện quyền đã thay đổi (xem mục 7)." if vi
                   else "How to contact us to use your rights has changed (see section 7).")  # fmt: skip  # noqa: E501
    if old.dp_officer != new.dp_officer:
        out.append(f"Người phụ trách bảo vệ dữ liệu: {new.dp_officer}." if vi
                   else f"Person responsible for data protection: {new.dp_officer}.")  # fmt: skip
    if not old.installs_cameras and new.installs_cameras:
        out.append(
            "Bổ sung mục về hình ảnh camera." if vi else "A section on camera footage is added."
        )
    if not out:
        out.append("Chỉ sửa câu chữ; cách chúng tôi xử lý dữ liệu không thay đổi." if vi
                   else "Wording only; how we handle your data has not changed.")  # fmt: skip
    return out


def change_notice(
    version: PolicyVersion, shop_name: str, changes: list[str], language: str
) -> ChangeNotice:
    vi = language != "en"
    day = version.effective_on.strftime("%d/%m/%Y")
    bullets = "\n".join(f"- {c}" for c in changes)
    if vi:
        subject = f"{shop_name}: thay đổi chính sách bảo vệ dữ liệu cá nhân từ {day}"
        body = (
            f"Kính gửi quý khách,\n\n{shop_name} cập nhật chính sách bảo vệ dữ liệu cá nhân "
            f"(phiên bản {version.label}, có hiệu lực từ {day}). Quý khách đã đồng ý theo phiên "
            f"bản trước; những điểm thay đổi:\n\n{bullets}\n\n"
            "Nếu quý khách vẫn đồng ý, không cần làm gì thêm với các mục đích cũ; mục đích mới chỉ "
            "áp dụng khi quý khách đồng ý lại. Quý khách có thể rút lại sự đồng ý bất cứ lúc nào "
            "bằng cách trả lời thư này, gọi điện hoặc đến cửa hàng.\n"
        )
        closing = f"\nTrân trọng,\n{shop_name}\n"
    else:
        subject = f"{shop_name}: changes to our personal data policy from {day}"
        body = (
            f"Dear customer,\n\n{shop_name} has updated its personal data policy (version "
            f"{version.label}, in force from {day}). You agreed under the previous version; "
            f"what changed:\n\n{bullets}\n\n"
            "If you still agree, there is nothing to do for the purposes you agreed to; a new "
            "purpose applies only if you agree again. You can withdraw your consent at any time "
            "by replying to this message, calling us or visiting the shop.\n"
        )
        closing = f"\nKind regards,\n{shop_name}\n"
    # The printed letter ends with the shop's signature block instead of the email's sign-off.
    return ChangeNotice(letter=body, email_subject=subject, email_body=body + closing,
                        changes=changes)  # fmt: skip
