<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DemoMarking</name>
    <message>
        <source>DEMO – {title}</source>
        <translation>DEMO – {title}</translation>
    </message>
    <message>
        <source>Practice shop (DEMO): invented customers, deleted when you close the app. Sign in as one of:</source>
        <translation>Cửa hàng thử nghiệm (DEMO): khách hàng là giả, tất cả bị xóa khi bạn đóng ứng dụng. Đăng nhập bằng một trong các tài khoản:</translation>
    </message>
    <message>
        <source>Password: {password}</source>
        <translation>Mật khẩu: {password}</translation>
    </message>
</context>
</TS>
