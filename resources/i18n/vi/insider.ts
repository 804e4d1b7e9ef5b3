<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>the database is an older copy than this computer last saw</source>
        <translation>cơ sở dữ liệu là một bản cũ hơn bản máy tính này thấy lần trước</translation>
    </message>
    <message>
        <source>the entry this computer last saw was rewritten</source>
        <translation>mục mà máy tính này thấy lần trước đã bị viết lại</translation>
    </message>
    <message>
        <source>director only: sign in over a damaged audit log, writing what was found into it, so the shop can carry on (what was found stays in the log)</source>
        <translation>chỉ giám đốc: đăng nhập dù nhật ký truy cập bị hỏng, ghi điều phát hiện được vào nhật ký để cửa hàng tiếp tục làm việc (điều phát hiện được vẫn nằm trong nhật ký)</translation>
    </message>
    <message>
        <source>Signed in. What was found is written in the audit log; the log now ends at entry #{head_seq}.</source>
        <translation>Đã đăng nhập. Điều phát hiện được đã ghi vào nhật ký truy cập; nhật ký giờ kết thúc ở mục số {head_seq}.</translation>
    </message>
    <message>
        <source>Say what to look for: part of a name, a phone number or an email.</source>
        <translation>Hãy cho biết cần tìm gì: một phần tên, số điện thoại hoặc email.</translation>
    </message>
    <message>
        <source>--limit must be from 1 to {max}.</source>
        <translation>--limit phải từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>at most this many (default 50, at most 100)</source>
        <translation>tối đa bấy nhiêu kết quả (mặc định 50, nhiều nhất 100)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The audit log in this database has been tampered with or replaced by an older copy (problem: {problem}, at entry #{seq}). Nothing was signed in or written. Tell the director: only the director can record this and carry on.</source>
        <translation>Nhật ký truy cập trong cơ sở dữ liệu này đã bị can thiệp hoặc bị thay bằng một bản cũ hơn (vấn đề: {problem}, tại mục số {seq}). Chưa đăng nhập và chưa ghi gì cả. Hãy báo giám đốc: chỉ giám đốc mới ghi nhận được việc này để tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>This action was not started by a signed-in account. Sign in again; the attempt is logged.</source>
        <translation>Thao tác này không do một tài khoản đã đăng nhập thực hiện. Hãy đăng nhập lại; lần thử này đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>This text contains hidden control or direction-changing characters. Type it again without pasting.</source>
        <translation>Đoạn chữ này có ký tự điều khiển ẩn hoặc ký tự đổi chiều viết. Hãy gõ lại, đừng dán.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Sign-ins to it are held back for a few minutes; try again later.</source>
        <translation>Tài khoản này bị nhập sai mật khẩu quá nhiều lần. Việc đăng nhập tạm bị hoãn vài phút; hãy thử lại sau.</translation>
    </message>
</context>
<context>
    <name>password policy</name>
    <message>
        <source>Do not build the password from the shop&apos;s name.</source>
        <translation>Đừng đặt mật khẩu từ tên cửa hàng.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damaged audit log found and recorded by the director</source>
        <translation>Giám đốc phát hiện và ghi nhận nhật ký truy cập bị hỏng</translation>
    </message>
    <message>
        <source>Forged or changed failed sign-in record refused</source>
        <translation>Bản ghi đăng nhập sai bị giả mạo hoặc bị sửa, không được nhận</translation>
    </message>
    <message>
        <source>Failed sign-in record deleted from the database</source>
        <translation>Bản ghi đăng nhập sai đã bị xóa khỏi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Customer list read</source>
        <translation>Đã đọc danh sách khách hàng</translation>
    </message>
</context>
</TS>
