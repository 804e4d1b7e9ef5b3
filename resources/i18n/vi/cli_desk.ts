<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>add another computer (desk) to the shop&apos;s database</source>
        <translation>thêm một máy tính (bàn làm việc) dùng chung dữ liệu của cửa hàng</translation>
    </message>
    <message>
        <source>director: make a one-time code (valid 24 hours) to type on the new computer; an older unused code stops working</source>
        <translation>giám đốc: tạo mã dùng một lần (hiệu lực 24 giờ) để gõ trên máy tính mới; mã cũ chưa dùng sẽ hết hiệu lực</translation>
    </message>
    <message>
        <source>on the new computer: enroll it with the director&apos;s code and your own login name and password (password from $SHOPPRIVACY_PASSWORD, else asked for)</source>
        <translation>trên máy tính mới: thêm máy này bằng mã giám đốc đưa cùng tên đăng nhập và mật khẩu của bạn (mật khẩu lấy từ $SHOPPRIVACY_PASSWORD, nếu không có thì sẽ hỏi)</translation>
    </message>
    <message>
        <source>the desk code the director made</source>
        <translation>mã thêm máy do giám đốc tạo</translation>
    </message>
    <message>
        <source>On the new computer, run &apos;shopprivacy-admin --user LOGIN_NAME desk enrol --code CODE&apos; (or choose &quot;This is a new desk&quot; at sign-in) with this code. It works once, until {time}. Each person still signs in with their own password.</source>
        <translation>Trên máy tính mới, chạy &apos;shopprivacy-admin --user LOGIN_NAME desk enrol --code CODE&apos; (hoặc chọn &quot;Đây là máy mới&quot; ở màn hình đăng nhập) với mã này. Mã dùng được một lần, đến {time}. Mỗi người vẫn đăng nhập bằng mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Desk code:</source>
        <translation>Mã thêm máy:</translation>
    </message>
    <message>
        <source>This computer is enrolled: {username} can sign in here from now on.</source>
        <translation>Đã thêm máy tính này: từ nay {username} có thể đăng nhập ở đây.</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Đã thêm máy.</translation>
    </message>
</context>
</TS>
