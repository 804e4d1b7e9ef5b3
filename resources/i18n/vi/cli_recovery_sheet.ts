<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>cli</name>
    <message>
        <source>Recovered: {username} has a new password and this computer is enrolled. The recovery code you typed is used up: its sheet no longer works. Destroy it and keep the new code below instead.</source>
        <translation>Đã khôi phục: {username} đã có mật khẩu mới và máy tính này đã được ghi danh. Mã khôi phục bạn vừa nhập đã được dùng: tờ giấy có mã đó không còn dùng được nữa. Hãy hủy tờ đó và cất giữ mã mới dưới đây.</translation>
    </message>
    <message>
        <source>The recovery code you typed is used up: its sheet no longer works. Destroy it and keep the new code below instead.</source>
        <translation>Mã khôi phục bạn vừa nhập đã được dùng: tờ giấy có mã đó không còn dùng được nữa. Hãy hủy tờ đó và cất giữ mã mới dưới đây.</translation>
    </message>
    <message>
        <source>the printed recovery code (director only)</source>
        <translation>mã khôi phục in trên giấy (chỉ giám đốc)</translation>
    </message>
    <message>
        <source>make a new recovery code and print it once; the old recovery sheet stops working at once</source>
        <translation>tạo mã khôi phục mới và in ra một lần; tờ mã khôi phục cũ hết hiệu lực ngay lập tức</translation>
    </message>
    <message>
        <source>also save the new recovery sheet as a PDF to print (delete it afterwards)</source>
        <translation>lưu thêm tờ mã khôi phục mới thành tệp PDF để in (in xong hãy xóa tệp)</translation>
    </message>
    <message>
        <source>A new recovery code was made. The old recovery sheet no longer works.</source>
        <translation>Đã tạo mã khôi phục mới. Tờ mã khôi phục cũ không còn dùng được nữa.</translation>
    </message>
    <message>
        <source>The PDF could not be saved ({problem}). Copy the code below by hand.</source>
        <translation>Không lưu được tệp PDF ({problem}). Hãy chép tay mã dưới đây.</translation>
    </message>
    <message>
        <source>Wrote {path}. Print it, then delete the file.</source>
        <translation>Đã ghi {path}. Hãy in ra, rồi xóa tệp này.</translation>
    </message>
</context>
</TS>
