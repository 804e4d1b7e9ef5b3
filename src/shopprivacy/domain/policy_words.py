"""The words of the drafted policy in each language it is drafted in (Vietnamese first).

A drafted policy is a document in one language, not interface text: the director reads it,
edits it and publishes it as it stands, so its words are kept here per language rather than
in the translation catalogues."""

from __future__ import annotations

from shopprivacy.domain.policy import LegalBasis

LANGUAGES = ("vi", "en")

FIELD_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "name": "họ và tên",
        "mobile_phone": "số điện thoại di động",
        "personal_email": "email cá nhân",
        "company_email": "email công ty",
        "home_phone": "số điện thoại nhà riêng",
        "office_phone": "số điện thoại cơ quan",
        "home_address": "địa chỉ nhà",
        "office_address": "địa chỉ cơ quan",
        "birth_date": "ngày sinh",
        "notes": "ghi chú của nhân viên về yêu cầu của quý khách",
        "web_form_ip": "địa chỉ IP khi quý khách gửi biểu mẫu trên trang web",
        "orders": "đơn hàng, sản phẩm đã mua và thời hạn bảo hành",
    },
    "en": {
        "name": "full name",
        "mobile_phone": "mobile phone number",
        "personal_email": "personal email",
        "company_email": "company email",
        "home_phone": "home phone number",
        "office_phone": "office phone number",
        "home_address": "home address",
        "office_address": "office address",
        "birth_date": "date of birth",
        "notes": "staff notes about your requests",
        "web_form_ip": "IP address when you send a form on our website",
        "orders": "orders, products bought and warranty period",
    },
}

BASIS_WORDS: dict[str, dict[LegalBasis, str]] = {
    "vi": {
        LegalBasis.CONSENT: "sự đồng ý của quý khách",
        LegalBasis.CONTRACT: "thực hiện hợp đồng mua bán, dịch vụ với quý khách",
        LegalBasis.LEGAL_OBLIGATION: "nghĩa vụ theo quy định của pháp luật",
        LegalBasis.VITAL_INTERESTS: "bảo vệ tính mạng, sức khỏe, tài sản trong tình huống khẩn cấp",
        LegalBasis.PUBLIC_INTEREST: "yêu cầu của cơ quan nhà nước có thẩm quyền theo luật",
    },
    "en": {
        LegalBasis.CONSENT: "your consent",
        LegalBasis.CONTRACT: "performing our sales or service contract with you",
        LegalBasis.LEGAL_OBLIGATION: "a duty the law puts on us",
        LegalBasis.VITAL_INTERESTS: "protecting life, health or property in an emergency",
        LegalBasis.PUBLIC_INTEREST: "requests of competent state authorities under law",
    },
}

PURPOSE_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "order_fulfilment": "Bán hàng, giao hàng và lắp đặt sản phẩm quý khách mua",
        "warranty": "Bảo hành và chăm sóc sau bán hàng",
        "accounting": "Lập hóa đơn và lưu chứng từ kế toán",
        "requests": "Trả lời yêu cầu, khiếu nại của quý khách",
        "marketing_email": "Gửi tin tức, ưu đãi qua email",
        "marketing_post": "Gửi tin tức, ưu đãi qua bưu điện",
        "marketing_phone": "Gọi điện, nhắn SMS giới thiệu ưu đãi",
        "marketing_zalo": "Nhắn tin Zalo giới thiệu ưu đãi",
        "personalised_offers": "Gợi ý ưu đãi dựa trên sản phẩm quý khách đã mua",
        "partner_sharing": "Chuyển tên, số điện thoại, địa chỉ cho đối tác lắp đặt",
    },
    "en": {},
}

RETENTION_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "For as long as the order runs": "Trong thời gian thực hiện đơn hàng",
        "Until the warranty ends": "Đến hết thời hạn bảo hành",
        "10 years": "10 năm",
        "Until the request is closed and the time to complain has passed": (
            "Đến khi yêu cầu được giải quyết xong và hết thời hạn khiếu nại"
        ),
        "Until the customer withdraws consent": "Đến khi quý khách rút lại sự đồng ý",
    },
    "en": {},
}

KIND_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "installer": "lắp đặt",
        "delivery": "giao hàng",
        "it": "dịch vụ công nghệ thông tin",
        "auditor": "kiểm toán",
        "lawyer": "luật sư",
        "authority": "cơ quan nhà nước",
    },
    "en": {
        "installer": "installation",
        "delivery": "delivery",
        "it": "IT services",
        "auditor": "audit",
        "lawyer": "legal advice",
        "authority": "state authority",
    },
}

CHANNEL_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "phone": "gọi điện thoại",
        "email": "gửi email",
        "letter": "gửi thư",
        "in_person": "đến trực tiếp cửa hàng",
        "web_form": "gửi biểu mẫu trên trang web",
    },
    "en": {
        "phone": "by phone",
        "email": "by email",
        "letter": "by letter",
        "in_person": "in person at the shop",
        "web_form": "through the form on our website",
    },
}

GROUP_WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "provide": "Xem, nhận bản sao, chỉnh sửa dữ liệu",
        "withdraw": "Rút lại sự đồng ý, hạn chế hoặc phản đối xử lý",
        "delete": "Xóa dữ liệu",
        "complaint": "Khiếu nại",
    },
    "en": {
        "provide": "Seeing, getting a copy of or correcting your data",
        "withdraw": "Withdrawing consent, restricting or objecting to processing",
        "delete": "Deleting your data",
        "complaint": "Complaints",
    },
}

COUNTRY_WORDS: dict[str, dict[str, str]] = {
    "vi": {"VN": "Việt Nam", "SG": "Singapore", "US": "Hoa Kỳ", "JP": "Nhật Bản",
           "KR": "Hàn Quốc", "CN": "Trung Quốc", "IE": "Ireland", "DE": "Đức"},
    "en": {"VN": "Vietnam", "SG": "Singapore", "US": "the United States", "JP": "Japan",
           "KR": "South Korea", "CN": "China", "IE": "Ireland", "DE": "Germany"},
}  # fmt: skip


def word(table: dict[str, dict[str, str]], language: str, key: str, fallback: str = "") -> str:
    return table.get(language, {}).get(key) or fallback or key


def country(language: str, code: str) -> str:
    return word(COUNTRY_WORDS, language, code.upper(), code.upper())
