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
        <translation>Mỗi lần nhân viên của chúng tôi mở, sửa, in hoặc xuất hồ sơ của Quý khách, lấy từ nhật ký hoạt động của cửa hàng.</translation>
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
        <source>{place}, {year}-{month}-{day}</source>
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
    <message>
        <source>Mr/Ms {name}</source>
        <translation>Ông/Bà {name}</translation>
    </message>
    <message>
        <source>Valued customer</source>
        <translation>Quý khách</translation>
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
    <message>
        <source>Addressee</source>
        <translation>Người nhận</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--data takes some of: {choices}.</source>
        <translation>--data nhận một số trong: {choices}.</translation>
    </message>
    <message>
        <source>A05 reference</source>
        <translation>Số hiệu thông báo A05</translation>
    </message>
    <message>
        <source>Breach #{id} recorded. Notify A05 by {deadline}.</source>
        <translation>Đã ghi sự cố số {id}. Phải thông báo A05 trước {deadline}.</translation>
    </message>
    <message>
        <source>Breach #{id}: {status}.</source>
        <translation>Sự cố số {id}: {status}.</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Thời hạn 72 giờ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Notify A05 by</source>
        <translation>Hạn thông báo A05</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến sự cố</translation>
    </message>
    <message>
        <source>all ({n})</source>
        <translation>tất cả ({n})</translation>
    </message>
    <message>
        <source>an affected customer (repeat for each one)</source>
        <translation>mã một khách hàng bị ảnh hưởng (lặp lại cho từng người)</translation>
    </message>
    <message>
        <source>close the breach with a note on how it ended</source>
        <translation>đóng sự cố, kèm ghi chú về cách đã xử lý xong</translation>
    </message>
    <message>
        <source>every customer was affected</source>
        <translation>mọi khách hàng đều bị ảnh hưởng</translation>
    </message>
    <message>
        <source>one breach in full</source>
        <translation>xem đầy đủ một sự cố</translation>
    </message>
    <message>
        <source>one letter per affected customer, as a PDF</source>
        <translation>thư gửi từng khách hàng bị ảnh hưởng, dạng PDF</translation>
    </message>
    <message>
        <source>record a personal data breach; the 72 hours to notify A05 start when it was found</source>
        <translation>ghi nhận một sự cố vi phạm dữ liệu cá nhân; 72 giờ để thông báo A05 tính từ lúc phát hiện</translation>
    </message>
    <message>
        <source>record that A05 was notified, with its reference</source>
        <translation>ghi nhận đã thông báo A05, kèm số hiệu văn bản</translation>
    </message>
    <message>
        <source>record that the affected customers were told</source>
        <translation>ghi nhận đã thông báo cho khách hàng bị ảnh hưởng</translation>
    </message>
    <message>
        <source>the breach register and its papers, as in the app (director)</source>
        <translation>sổ sự cố vi phạm dữ liệu và các giấy tờ kèm theo, như trong ứng dụng (giám đốc)</translation>
    </message>
    <message>
        <source>the incident record (biên bản) as a PDF</source>
        <translation>biên bản sự cố, dạng PDF</translation>
    </message>
    <message>
        <source>the kinds of data affected, separated by commas: names, phones, emails, addresses, birth_dates, orders, notes, consents, requests</source>
        <translation>các loại dữ liệu bị ảnh hưởng, cách nhau bằng dấu phẩy: names (họ tên), phones (số điện thoại), emails, addresses (địa chỉ), birth_dates (ngày sinh), orders (đơn hàng), notes (ghi chú), consents (sự đồng ý), requests (yêu cầu)</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>các biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>the notification to A05 as a PDF</source>
        <translation>văn bản thông báo gửi A05, dạng PDF</translation>
    </message>
    <message>
        <source>the register: every breach and its 72-hour clock</source>
        <translation>sổ sự cố: mọi sự cố và thời hạn 72 giờ của từng sự cố</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>diễn biến sự cố</translation>
    </message>
    <message>
        <source>when it happened, about (else when it was found)</source>
        <translation>thời điểm xảy ra, ước chừng (nếu không ghi: lúc phát hiện)</translation>
    </message>
    <message>
        <source>when the breach was found, shop time (else now)</source>
        <translation>thời điểm phát hiện sự cố, giờ cửa hàng (nếu không ghi: bây giờ)</translation>
    </message>
    <message>
        <source>when, shop time (else now)</source>
        <translation>thời điểm, giờ cửa hàng (nếu không ghi: bây giờ)</translation>
    </message>
    <message>
        <source>{option} takes a time written YYYY-MM-DD HH:MM, e.g. 2026-11-23 17:30.</source>
        <translation>{option} nhận thời điểm viết dạng YYYY-MM-DD HH:MM, ví dụ 2026-11-23 17:30.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>{n} or more found: type more to narrow the list</source>
        <translation>Tìm thấy từ {n} khách hàng trở lên: gõ thêm để thu hẹp danh sách</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>Tìm thấy {n} khách hàng</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Không có khách hàng nào khớp với “{text}”.</translation>
    </message>
    <message>
        <source>Name (accents optional) or last digits of phone</source>
        <translation>Họ tên (có dấu hay không dấu đều được) hoặc các số cuối điện thoại</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Add ▸</source>
        <translation>Thêm ▸</translation>
    </message>
    <message>
        <source>◂ Remove</source>
        <translation>◂ Bỏ ra</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Only the customers chosen below</source>
        <translation>Chỉ những khách hàng chọn dưới đây</translation>
    </message>
</context>
</TS>
