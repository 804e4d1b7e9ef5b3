<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>customer_access</name>
    <message>
        <source>Who at the shop used your record</source>
        <translation>Nhân viên cửa hàng đã sử dụng hồ sơ của Quý khách</translation>
    </message>
    <message>
        <source>Every time a member of our staff opened, changed, printed or exported your record, from our audit log.</source>
        <translation>Mỗi lần nhân viên của chúng tôi mở, sửa, in hoặc xuất hồ sơ của Quý khách, lấy từ nhật ký truy cập của cửa hàng.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Nobody at the shop has used your record.</source>
        <translation>Chưa có nhân viên nào sử dụng hồ sơ của Quý khách.</translation>
    </message>
</context>
<context>
    <name>official_papers</name>
    <message>
        <source>Socialist Republic of Vietnam</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>{place}, {day}/{month}/{year}</source>
        <translation>{place}, ngày {day} tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>{name} ({role}), phone {phone}</source>
        <translation>{name} ({role}), điện thoại {phone}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Dear Mr/Ms {name},</source>
        <translation>Kính gửi Ông/Bà {name},</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <translation>Kính gửi Quý khách,</translation>
    </message>
</context>
<context>
    <name>breach_reports</name>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
</context>
</TS>
