<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>reports</name>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Điện thoại: {phone}</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Printed by {user} on {when}</source>
        <translation>In bởi {user} lúc {when}</translation>
    </message>
    <message>
        <source>DEMO: made from the practice database. Not a record of real customers.</source>
        <translation>BẢN DEMO: lập từ dữ liệu tập dượt, không phải hồ sơ khách hàng thật.</translation>
    </message>
    <message>
        <source>Audit log head when this report was made</source>
        <translation>Mốc cuối của nhật ký hoạt động khi lập báo cáo này</translation>
    </message>
    <message>
        <source>Entry no. {seq}. Keep this page: if the audit log is ever rewritten, this number and code will no longer match it.</source>
        <translation>Mục số {seq}. Hãy giữ trang này: nếu nhật ký hoạt động bị ai sửa lại, số mục và mã này sẽ không còn khớp nữa.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Keep locked away, like the key to a safe</source>
        <translation>Cất giữ dưới khóa, như chìa khóa két sắt</translation>
    </message>
    <message>
        <source>Whoever holds this code can open ALL of the shop's customer data. Do not photograph it, do not type it into a message or e-mail, do not keep it next to the computer.</source>
        <translation>Ai giữ mã này đều mở được TOÀN BỘ dữ liệu khách hàng của cửa hàng. Không chụp ảnh mã, không gõ mã vào tin nhắn hay email, không để mã cạnh máy tính.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Director's login name</source>
        <translation>Tên đăng nhập của giám đốc</translation>
    </message>
    <message>
        <source>What this code is for</source>
        <translation>Mã này dùng để làm gì</translation>
    </message>
    <message>
        <source>It lets the director back in when the password is forgotten, when this computer breaks or is replaced, or when the computer's key store is lost. Without this code and without a director's password, nobody - not even the software's makers - can open the data.</source>
        <translation>Mã giúp giám đốc vào lại được khi quên mật khẩu, khi máy tính này hỏng hoặc được thay, hoặc khi kho khóa của máy tính bị mất. Không có mã này và không có mật khẩu của giám đốc thì không ai mở được dữ liệu, kể cả người làm ra phần mềm.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cách dùng</translation>
    </message>
    <message>
        <source>1. On the sign-in screen, choose "Use recovery code".</source>
        <translation>1. Ở màn hình đăng nhập, chọn “Dùng mã khôi phục”.</translation>
    </message>
    <message>
        <source>2. Type the director's login name and the code above (capital letters or not, with or without the spaces), then choose a new password.</source>
        <translation>2. Nhập tên đăng nhập của giám đốc và mã ở trên (chữ hoa hay chữ thường, có hay không có dấu cách đều được), rồi đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>On a computer without the app's screens, the support person runs this command, with the code above in place of {placeholder}:</source>
        <translation>Trên máy không có màn hình của ứng dụng, người hỗ trợ kỹ thuật chạy lệnh dưới đây, thay {placeholder} bằng mã ở trên:</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Cất ở đâu</translation>
    </message>
    <message>
        <source>In a locked safe or drawer that only the director opens, away from the computer and its backups. If you think someone has seen or copied it, make a new recovery code as soon as you can and destroy this sheet.</source>
        <translation>Trong két sắt hoặc ngăn kéo có khóa mà chỉ giám đốc mở, xa máy tính và các bản sao lưu. Nếu nghi có người đã xem hoặc chép mã, hãy tạo mã khôi phục mới càng sớm càng tốt và hủy tờ giấy này.</translation>
    </message>
    <message>
        <source>Kept by the director</source>
        <translation>Giám đốc giữ mã</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
</TS>
