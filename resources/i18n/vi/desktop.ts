<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Nothing to export: no customer has agreed to this channel with a contact for it. No file was written.</source>
        <translation>Không có gì để xuất: chưa khách hàng nào đồng ý nhận qua kênh này và có thông tin liên lạc cho kênh đó. Không tạo tệp nào.</translation>
    </message>
    <message>
        <source>{n} agreed but have no contact for this channel on record.</source>
        <translation>{n} người đã đồng ý nhưng chưa có thông tin liên lạc cho kênh này.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Every valid row is saved. Press Finish to close.</source>
        <translation>Mọi dòng hợp lệ đã được lưu. Bấm Xong để đóng.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Điện thoại hoặc email</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Guardian's phone</source>
        <translation>Số điện thoại người giám hộ</translation>
    </message>
</context>
</TS>
