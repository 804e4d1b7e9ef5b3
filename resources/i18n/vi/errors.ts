<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>errors</name>
    <message>
        <source>A database already exists here.</source>
        <translation>Ở đây đã có một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>A login name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, with no spaces or accents.</source>
        <translation>Tên đăng nhập gồm 2 đến 32 ký tự: chữ thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, không có dấu cách và không có dấu tiếng Việt.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Hãy chọn mật khẩu khác với mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Choose a value from {minimum} to {maximum}.</source>
        <translation>Hãy chọn một giá trị từ {minimum} đến {maximum}.</translation>
    </message>
    <message>
        <source>The shop must open before it closes: it now opens at {open} and closes at {close}.</source>
        <translation>Giờ mở cửa phải trước giờ đóng cửa: hiện đang là mở lúc {open} giờ và đóng lúc {close} giờ.</translation>
    </message>
    <message>
        <source>Enter the person's full name.</source>
        <translation>Hãy nhập họ và tên của người này.</translation>
    </message>
    <message>
        <source>Enter the shop's name.</source>
        <translation>Hãy nhập tên cửa hàng.</translation>
    </message>
    <message>
        <source>No staff account #{id}.</source>
        <translation>Không có tài khoản nhân viên số {id}.</translation>
    </message>
    <message>
        <source>No staff account {username}.</source>
        <translation>Không có tài khoản nhân viên {username}.</translation>
    </message>
    <message>
        <source>Record {table} #{row_id} is damaged and cannot be read. The other records are not affected.</source>
        <translation>Bản ghi {table} số {row_id} bị hỏng và không đọc được. Các bản ghi khác không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The database's keys do not match: it may be damaged.</source>
        <translation>Khóa của cơ sở dữ liệu không khớp: có thể dữ liệu đã bị hỏng.</translation>
    </message>
    <message>
        <source>The first account must be the director's.</source>
        <translation>Tài khoản đầu tiên phải là của Giám đốc.</translation>
    </message>
    <message>
        <source>The login name {username} is already used.</source>
        <translation>Tên đăng nhập {username} đã có người dùng.</translation>
    </message>
    <message>
        <source>The password is not accepted.</source>
        <translation>Mật khẩu này không được chấp nhận.</translation>
    </message>
    <message>
        <source>The recovery code is not right for this database.</source>
        <translation>Mã khôi phục không đúng với cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>There is no shop database here yet.</source>
        <translation>Ở đây chưa có cơ sở dữ liệu của cửa hàng.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask the director to unlock it.</source>
        <translation>Tài khoản này đã bị khóa vì đăng nhập sai quá nhiều lần. Hãy nhờ Giám đốc mở khóa.</translation>
    </message>
    <message>
        <source>This account is locked or no longer active.</source>
        <translation>Tài khoản này đã bị khóa hoặc không còn hoạt động.</translation>
    </message>
    <message>
        <source>This account is no longer active.</source>
        <translation>Tài khoản này không còn hoạt động.</translation>
    </message>
    <message>
        <source>This computer is not enrolled for this shop database. The director can enroll it with the printed recovery code.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu của cửa hàng. Giám đốc có thể đăng ký máy bằng mã khôi phục đã in.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Không có cài đặt này.</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Bạn không thể ngừng kích hoạt tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the director if you need it.</source>
        <translation>Vai trò của bạn không được phép làm việc này. Nếu cần, hãy hỏi giám đốc.</translation>
    </message>
    <message>
        <source>{username} is not an active director account.</source>
        <translation>{username} không phải là tài khoản Giám đốc đang hoạt động.</translation>
    </message>
</context>
<context>
    <name>password policy</name>
    <message>
        <source>Do not build the password from your name, phone number or birth date.</source>
        <translation>Không đặt mật khẩu từ tên, số điện thoại hoặc ngày sinh của bạn.</translation>
    </message>
    <message>
        <source>This password is too common; choose another.</source>
        <translation>Mật khẩu này quá phổ biến; hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Dùng ít nhất {n} ký tự.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Customer care</source>
        <translation>Chăm sóc khách hàng</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Bán hàng</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Tự khóa sau số phút không dùng</translation>
    </message>
    <message>
        <source>Remind me to make a backup after this many days</source>
        <translation>Nhắc sao lưu sau số ngày</translation>
    </message>
</context>
</TS>
