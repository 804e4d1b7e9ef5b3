"""Drafting the policy in Markdown from the shop's facts, in plain words a customer reads."""

from __future__ import annotations

from shopprivacy.domain.policy import ACCOUNTING_YEARS, PolicyFacts, ProcessingPurpose
from shopprivacy.domain.policy_words import (
    BASIS_WORDS,
    CHANNEL_WORDS,
    FIELD_WORDS,
    GROUP_WORDS,
    KIND_WORDS,
    PURPOSE_WORDS,
    RETENTION_WORDS,
    country,
    word,
)

LAW = {
    "vi": "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP",
    "en": "the Personal Data Protection Law No. 91/2025/QH15 and Decree 356/2025/ND-CP",
}
LAW_KINDS = ("auditor", "lawyer", "authority")
DEADLINE_WORDS = {
    "vi": ("- {group}: xác nhận đã nhận trong {ack} ngày làm việc, giải quyết trong {done} ngày"
           "{extension}.", " (có thể gia hạn {days} ngày, có báo trước)"),
    "en": ("- {group}: acknowledged within {ack} working days, done within {done} days"
           "{extension}.", " (extendable by {days} days, with notice)"),
}  # fmt: skip


def purpose_name(p: ProcessingPurpose, language: str) -> str:
    """The shop's own name for a purpose; a default purpose is worded in the policy's language."""
    return word(PURPOSE_WORDS, language, p.key, p.name) if _is_default(p) else p.name


def purpose_retention(p: ProcessingPurpose, language: str) -> str:
    """How long a purpose keeps data, in the policy's language for the default wording."""
    return word(RETENTION_WORDS, language, p.retention, p.retention) if p.retention else ""


def _is_default(p: ProcessingPurpose) -> bool:
    from shopprivacy.domain.policy import default_purposes

    return any(d.key == p.key and d.name == p.name for d in default_purposes())


def _fields(keys: tuple[str, ...], language: str) -> str:
    return ", ".join(word(FIELD_WORDS, language, k) for k in keys)


def _or_blank(text: str, language: str) -> str:
    return text or ("(chưa điền)" if language == "vi" else "(not filled in)")


def draft(facts: PolicyFacts, language: str = "vi") -> str:
    lang = "en" if language == "en" else "vi"
    vi = lang == "vi"
    out: list[str] = []
    title = "Chính sách bảo vệ dữ liệu cá nhân" if vi else "Personal data protection policy"
    out += [f"# {title} – {facts.shop_name}", ""]
    out.append(
        f"{facts.shop_name} tôn trọng và bảo vệ dữ liệu cá nhân của khách hàng theo {LAW[lang]}. "
        "Chính sách này cho quý khách biết cửa hàng thu thập dữ liệu gì, dùng để làm gì, "
        "giữ bao lâu, chia sẻ với ai và quý khách có những quyền gì."
        if vi
        else f"{facts.shop_name} respects and protects its customers' personal data under "
        f"{LAW[lang]}. This policy tells you what we collect, why, how long we keep it, who "
        "receives it and what your rights are."
    )
    out.append("")
    out += _controller(facts, lang)
    out += _collected(facts, lang)
    out += _purposes(facts, lang)
    out += _recipients(facts, lang)
    out += _retention(facts, lang)
    out += _security(lang)
    out += _rights(facts, lang)
    out += _minors(facts, lang)
    if facts.installs_cameras:
        out += _cameras(facts, lang)
    out += _changes(facts, lang)
    return "\n".join(out).rstrip() + "\n"


def _controller(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    hours = f" ({f.hours})" if f.hours else ""
    person = _or_blank(f.dp_officer, lang)
    if f.dp_officer_phone:
        person += f", {'điện thoại' if vi else 'phone'} {f.dp_officer_phone}"
    if vi:
        return [
            "## 1. Bên kiểm soát dữ liệu và cách liên hệ", "",
            f"- Cửa hàng: **{f.shop_name}**",
            f"- Địa chỉ: {_or_blank(f.address, lang)}",
            f"- Đường dây nóng: {_or_blank(f.hotline, lang)}{hours}",
            f"- Email: {_or_blank(f.email, lang)}",
            f"- Người phụ trách bảo vệ dữ liệu cá nhân: {person}", "",
        ]  # fmt: skip
    return [
        "## 1. Who is responsible for your data and how to reach us", "",
        f"- Shop: **{f.shop_name}**",
        f"- Address: {_or_blank(f.address, lang)}",
        f"- Hotline: {_or_blank(f.hotline, lang)}{hours}",
        f"- Email: {_or_blank(f.email, lang)}",
        f"- Person responsible for data protection: {person}", "",
    ]  # fmt: skip


def _collected(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    out = ["## 2. Dữ liệu chúng tôi thu thập" if vi else "## 2. The data we collect", ""]
    out.append(
        "Chúng tôi chỉ thu thập những thông tin cần cho việc mua bán và chăm sóc quý khách:"
        if vi
        else "We collect only what we need to sell to you and look after you:"
    )
    out += [f"- {word(FIELD_WORDS, lang, k)}" for k in (*f.fields, "orders")]
    out += [
        "",
        "Chúng tôi không thu thập dữ liệu cá nhân nhạy cảm (sức khỏe, tôn giáo, sinh trắc học...)."
        if vi
        else "We do not collect sensitive personal data (health, religion, biometrics...).",
        "",
    ]
    return out


def _purposes(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    out = [
        "## 3. Mục đích xử lý và căn cứ pháp lý" if vi else "## 3. Why we use it and on what basis",
        "",
    ]
    collected = set(f.fields) | {"orders"}
    for p in f.purposes:
        if not p.active:
            continue
        data = tuple(k for k in p.data_used if k in collected)
        basis = BASIS_WORDS[lang][p.basis]
        label = "căn cứ" if vi else "basis"
        uses = "dữ liệu dùng" if vi else "data used"
        out.append(
            f"- **{purpose_name(p, lang)}** — {label}: {basis}; {uses}: {_fields(data, lang)}."
        )
    out += [
        "",
        "Với các mục đích dựa trên sự đồng ý, quý khách có thể đồng ý hoặc không; không đồng ý "
        "không ảnh hưởng đến việc mua hàng và bảo hành. Quý khách rút lại sự đồng ý bất cứ lúc nào."
        if vi
        else "Where we rely on consent you are free to say no; it does not affect buying or "
        "warranty. You can withdraw consent at any time.",
        "",
    ]
    return out


def _recipients(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    out = ["## 4. Ai nhận dữ liệu của quý khách" if vi else "## 4. Who receives your data", ""]
    named = [p for p in f.partners if p.kind not in LAW_KINDS]
    if named:
        out.append(
            "Chúng tôi chỉ chuyển dữ liệu cần thiết cho các đối tác sau, đã ký cam kết bảo mật:"
            if vi
            else "We pass only what is needed to these partners, bound to confidentiality:"
        )
        for p in named:
            where = ""
            if p.abroad:
                where = (
                    f" — dữ liệu được chuyển ra nước ngoài: {country(lang, p.country)}"
                    if vi
                    else f" — data transferred abroad: {country(lang, p.country)}"
                )
            out.append(f"- {p.name} ({word(KIND_WORDS, lang, p.kind)}){where}")
        out.append("")
    else:
        out += [
            "Chúng tôi không chuyển dữ liệu của quý khách cho đối tác nào."
            if vi
            else "We do not pass your data to any partner.",
            "",
        ]
    if f.data_stays_in_vietnam:
        out += [
            "Dữ liệu của quý khách được lưu trữ và xử lý tại Việt Nam."
            if vi
            else "Your data is stored and processed in Vietnam.",
            "",
        ]
    if f.written_consent_for_sharing:
        out += [
            "Chúng tôi chỉ chia sẻ dữ liệu với đối tác lắp đặt khi có sự đồng ý bằng văn bản "
            "(phiếu ký tại cửa hàng, thư hoặc email) của quý khách, trừ khi cần để thực hiện "
            "đơn hàng quý khách đã mua."
            if vi
            else "We share data with installation partners only with your written consent (a "
            "signed form, letter or email), unless it is needed for the order you bought.",
            "",
        ]
    out += [
        "Ngoài ra, pháp luật cho phép cung cấp dữ liệu cho: cơ quan nhà nước có thẩm quyền khi có "
        "yêu cầu bằng văn bản; kiểm toán viên; luật sư của cửa hàng khi cần bảo vệ quyền lợi "
        "hợp pháp. Chúng tôi không bán dữ liệu cá nhân."
        if vi
        else "The law also allows data to be given to: competent state authorities on a written "
        "request; auditors; the shop's lawyers when needed to protect its lawful rights. We "
        "never sell personal data.",
        "",
    ]
    return out


def _retention(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    m = f.retention_months_without_order
    if vi:
        return [
            "## 5. Chúng tôi giữ dữ liệu bao lâu", "",
            f"- Khách hàng chưa mua hàng: {m} tháng kể từ lần liên hệ gần nhất.",
            f"- Khách hàng đã mua hàng: đến hết thời hạn bảo hành, hoặc {m} tháng kể từ đơn hàng "
            "hay lần liên hệ gần nhất nếu lâu hơn.",
            f"- Hóa đơn, chứng từ kế toán: {ACCOUNTING_YEARS} năm theo Luật Kế toán.",
            "- Dữ liệu dùng cho mục đích dựa trên sự đồng ý: đến khi quý khách rút lại sự đồng ý.",
            "",
            "Hết thời hạn, dữ liệu được xóa hẳn khỏi hệ thống.", "",
        ]  # fmt: skip
    return [
        "## 5. How long we keep your data", "",
        f"- Customers who have not bought: {m} months after the last contact.",
        f"- Customers who bought: until the warranty ends, or {m} months after the last order or "
        "contact if that is later.",
        f"- Invoices and accounting documents: {ACCOUNTING_YEARS} years (Law on Accounting).",
        "- Data used on the basis of consent: until you withdraw your consent.", "",
        "After that the data is erased from our system.", "",
    ]  # fmt: skip


def _security(lang: str) -> list[str]:
    if lang == "vi":
        return [
            "## 6. Biện pháp bảo vệ dữ liệu", "",
            "- Dữ liệu khách hàng được mã hóa khi lưu trữ; không ai đọc được nếu không có mật khẩu.",  # noqa: E501
            "- Mỗi nhân viên có tài khoản riêng và chỉ xem được phần dữ liệu cần cho công việc.",
            "- Mọi lần xem, sửa, in, xuất dữ liệu khách hàng đều được ghi nhật ký, không sửa được.",
            "- Dữ liệu được sao lưu định kỳ và bản sao lưu cũng được mã hóa.",
            "- Nhân viên ký cam kết bảo mật; khi có sự cố lộ lọt dữ liệu, chúng tôi thông báo cho "
            "cơ quan chức năng và quý khách theo quy định.", "",
        ]  # fmt: skip
    return [
        "## 6. How we protect your data", "",
        "- Customer data is encrypted when stored; nobody can read it without a password.",
        "- Each member of staff has their own account and sees only what their work needs.",
        "- Every view, change, print and export of customer data is logged in a log that cannot "
        "be altered.",
        "- Data is backed up regularly and the backups are encrypted too.",
        "- Staff sign a confidentiality undertaking; if data leaks we tell the authority and you "
        "as the law requires.", "",
    ]  # fmt: skip


def _rights(f: PolicyFacts, lang: str) -> list[str]:
    vi = lang == "vi"
    out = [
        "## 7. Quyền của quý khách và cách thực hiện"
        if vi
        else "## 7. Your rights and how to use them",
        "",
        "Quý khách có quyền: được biết; đồng ý hoặc không đồng ý; xem và nhận bản sao dữ liệu; "
        "chỉnh sửa; yêu cầu xóa; hạn chế xử lý; phản đối xử lý; rút lại sự đồng ý; khiếu nại, "
        "tố cáo, khởi kiện và yêu cầu bồi thường theo quy định."
        if vi
        else "You have the right to: be informed; consent or refuse; see and get a copy of your "
        "data; correct it; ask for deletion; restrict processing; object to processing; withdraw "
        "consent; complain, report and claim compensation as the law provides.",
        "",
        "Cách gửi yêu cầu:" if vi else "How to make a request:",
    ]
    contact = {"phone": f.hotline, "email": f.email, "letter": f.address, "in_person": f.address}
    for ch in f.request_channels:
        detail = contact.get(ch, "")
        out.append(f"- {word(CHANNEL_WORDS, lang, ch)}{': ' + detail if detail else ''}")
    out += ["", "Thời hạn chúng tôi trả lời:" if vi else "How fast we answer:"]
    line, extension = DEADLINE_WORDS[lang]
    for d in f.deadlines:
        extra = extension.format(days=d.extension_days) if d.extension_days else ""
        out.append(line.format(group=word(GROUP_WORDS, lang, d.group), ack=d.acknowledge_days,
                               done=d.complete_days, extension=extra))  # fmt: skip
    out += [
        "",
        "Rút lại sự đồng ý nhận tin quảng cáo có hiệu lực ngay khi quý khách báo. Việc thực hiện "
        "quyền là miễn phí."
        if vi
        else "Withdrawing consent to marketing takes effect as soon as you tell us. Using your "
        "rights is free of charge.",
        "",
    ]
    return out


def _minors(f: PolicyFacts, lang: str) -> list[str]:
    a = f.minor_age
    if lang == "vi":
        return [
            "## 8. Trẻ em và người chưa thành niên", "",
            f"Với khách hàng dưới {a} tuổi, chúng tôi chỉ ghi nhận sự đồng ý khi có sự đồng ý của "
            "cha, mẹ hoặc người giám hộ; từ đủ 7 tuổi, cần cả sự đồng ý của chính các em.", "",
        ]  # fmt: skip
    return [
        "## 8. Children and minors", "",
        f"For customers under {a}, we record a consent only with the agreement of a parent or "
        "guardian; from age 7 the child's own agreement is needed too.", "",
    ]  # fmt: skip


def _cameras(f: PolicyFacts, lang: str) -> list[str]:
    if lang == "vi":
        return [
            "## 9. Hình ảnh camera", "",
            "Khi lắp đặt, bảo trì camera cho quý khách, kỹ thuật viên chỉ truy cập hình ảnh khi cần "  # noqa: E501
            "kiểm tra thiết bị và với sự có mặt hoặc đồng ý của quý khách; chúng tôi không sao chép, "  # noqa: E501
            "lưu giữ hay chia sẻ hình ảnh, và đổi mật khẩu thiết bị cho quý khách sau khi bàn giao.",  # noqa: E501
            "Camera tại cửa hàng có biển thông báo; hình ảnh chỉ dùng để bảo vệ an ninh và tự xóa "
            "sau thời gian lưu của đầu ghi.", "",
        ]  # fmt: skip
    return [
        "## 9. Camera footage", "",
        "When we install or service cameras for you, our technicians look at footage only when "
        "needed to check the equipment and with you present or agreeing; we do not copy, keep or "
        "share footage, and we hand over the device passwords to you.",
        "Cameras in our shop are signposted; their footage is used only for security and is "
        "overwritten after the recorder's storage period.", "",
    ]  # fmt: skip


def _changes(f: PolicyFacts, lang: str) -> list[str]:
    n = 10 if f.installs_cameras else 9
    if lang == "vi":
        return [
            f"## {n}. Thay đổi chính sách", "",
            "Khi thay đổi chính sách này, chúng tôi đăng bản mới tại cửa hàng và trên trang web, ghi "  # noqa: E501
            "rõ ngày có hiệu lực, và gửi thông báo cho khách hàng đã đồng ý theo bản cũ, nói rõ "
            "điều gì thay đổi. Việc sử dụng dữ liệu cho mục đích mới chỉ bắt đầu sau khi quý khách "
            "đồng ý lại.", "",
        ]  # fmt: skip
    return [
        f"## {n}. Changes to this policy", "",
        "When we change this policy we post the new version in the shop and on our website with "
        "its effective date, and write to customers who agreed under the old version saying what "
        "changed. Data is used for a new purpose only after you agree again.", "",
    ]  # fmt: skip
