<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>reports</name>
    <message>
        <source>Backup made</source>
        <translation>Tạo bản sao lưu</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Records past retention listed</source>
        <translation>Xem danh sách hồ sơ quá hạn lưu trữ</translation>
    </message>
    <message>
        <source>Records past retention erased</source>
        <translation>Xóa hồ sơ quá hạn lưu trữ</translation>
    </message>
    <message>
        <source>Third party added</source>
        <translation>Thêm bên thứ ba</translation>
    </message>
    <message>
        <source>Third party changed</source>
        <translation>Sửa thông tin bên thứ ba</translation>
    </message>
    <message>
        <source>Data given to a third party</source>
        <translation>Cung cấp dữ liệu cho bên thứ ba</translation>
    </message>
    <message>
        <source>Disclosure refused</source>
        <translation>Từ chối cung cấp dữ liệu</translation>
    </message>
    <message>
        <source>Disclosure register viewed</source>
        <translation>Xem sổ cung cấp dữ liệu</translation>
    </message>
    <message>
        <source>Breach recorded</source>
        <translation>Ghi nhận sự cố dữ liệu</translation>
    </message>
    <message>
        <source>Breach register viewed</source>
        <translation>Xem sổ sự cố dữ liệu</translation>
    </message>
    <message>
        <source>Breach opened</source>
        <translation>Mở hồ sơ sự cố</translation>
    </message>
    <message>
        <source>Authority (A05) notified of a breach</source>
        <translation>Đã báo sự cố cho cơ quan chức năng (A05)</translation>
    </message>
    <message>
        <source>Customers notified of a breach</source>
        <translation>Đã báo sự cố cho khách hàng</translation>
    </message>
    <message>
        <source>Breach closed</source>
        <translation>Đóng hồ sơ sự cố</translation>
    </message>
    <message>
        <source>Breach letters made</source>
        <translation>Soạn thư báo sự cố cho khách hàng</translation>
    </message>
    <message>
        <source>Breach notification to A05</source>
        <translation>Thông báo sự cố gửi A05</translation>
    </message>
    <message>
        <source>Breach incident record</source>
        <translation>Biên bản sự cố</translation>
    </message>
    <message>
        <source>Breach letters to customers</source>
        <translation>Thư báo sự cố cho khách hàng</translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Sổ yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>Retention register</source>
        <translation>Danh sách hồ sơ quá hạn lưu trữ</translation>
    </message>
    <message>
        <source>Disclosure register</source>
        <translation>Sổ cung cấp dữ liệu cho bên thứ ba</translation>
    </message>
    <message>
        <source>A customer's disclosures</source>
        <translation>Dữ liệu của một khách hàng đã cung cấp cho bên thứ ba</translation>
    </message>
    <message>
        <source>Installer's job sheet</source>
        <translation>Phiếu công việc cho thợ lắp đặt</translation>
    </message>
</context>
</TS>
