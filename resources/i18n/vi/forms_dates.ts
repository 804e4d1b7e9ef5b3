<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DateField</name>
    <message>
        <source>en_GB</source>
        <translation>vi_VN</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Type the date as day/month/year, e.g. 15/03/2014.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/03/2014.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <source>Choose a date from {first} to {last}.</source>
        <translation>Hãy chọn một ngày từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Enter a phone number or email for the child or for their guardian.</source>
        <translation>Hãy nhập số điện thoại hoặc email của trẻ hoặc của người giám hộ.</translation>
    </message>
    <message>
        <source>This customer is under {age}. Still missing before saving:</source>
        <translation>Khách hàng này chưa đủ {age} tuổi. Trước khi lưu còn thiếu:</translation>
    </message>
    <message>
        <source>the guardian&apos;s full name</source>
        <translation>họ và tên người giám hộ</translation>
    </message>
    <message>
        <source>the guardian&apos;s phone number or email</source>
        <translation>số điện thoại hoặc email của người giám hộ</translation>
    </message>
    <message>
        <source>how the guardian gave their consent</source>
        <translation>người giám hộ đã đồng ý bằng cách nào</translation>
    </message>
    <message>
        <source>the child&apos;s own agreement (from 7 years old)</source>
        <translation>sự đồng ý của chính trẻ (từ đủ 7 tuổi)</translation>
    </message>
</context>
</TS>
