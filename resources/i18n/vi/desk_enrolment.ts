<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>errors</name>
    <message>
        <source>This desk code is not right, has expired or was already used. Ask the director for a new one.</source>
        <translation>Mã thêm máy không đúng, đã hết hạn hoặc đã được dùng. Hãy xin giám đốc một mã mới.</translation>
    </message>
    <message>
        <source>This computer is not enrolled for this shop database. Ask the director for a desk code (Settings, Add another desk) to add it.</source>
        <translation>Máy tính này chưa được đăng ký với cơ sở dữ liệu của cửa hàng. Hãy xin giám đốc một mã thêm máy (Cài đặt, Thêm máy tính khác) để thêm máy này.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Code made to add another desk</source>
        <translation>Tạo mã để thêm máy tính khác</translation>
    </message>
    <message>
        <source>Wrong desk code typed</source>
        <translation>Nhập sai mã thêm máy</translation>
    </message>
</context>
<context>
    <name>DeskCodeDialog</name>
    <message>
        <source>Add another desk</source>
        <translation>Thêm máy tính khác</translation>
    </message>
    <message>
        <source>Valid once, until {time}.</source>
        <translation>Dùng được một lần, đến {time}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>On the new PC, open ShopPrivacy, choose &quot;This is a new desk&quot; and type this code with your own login name and password (any staff member can do it). The code works for one PC only. It lets that PC open the shop&apos;s data but is no password: each person still signs in with their own.</source>
        <translation>Trên máy tính mới, mở ShopPrivacy, chọn &quot;Đây là máy mới&quot; rồi gõ mã này cùng tên đăng nhập và mật khẩu của chính mình (nhân viên nào cũng làm được). Mã chỉ dùng cho một máy. Mã giúp máy đó mở được dữ liệu của cửa hàng nhưng không thay mật khẩu: mỗi người vẫn đăng nhập bằng mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Do not write it on the recovery sheet. If it is not used in time, or you make a new one, this code stops working.</source>
        <translation>Đừng ghi mã này lên tờ mã khôi phục. Nếu không dùng kịp hạn, hoặc bạn tạo mã mới, mã này sẽ hết hiệu lực.</translation>
    </message>
</context>
<context>
    <name>DeskEnrolmentBox</name>
    <message>
        <source>Other desks</source>
        <translation>Các máy tính khác</translation>
    </message>
    <message>
        <source>Add another desk…</source>
        <translation>Thêm máy tính khác…</translation>
    </message>
    <message>
        <source>To use the shop&apos;s database on one more PC, make a one-time desk code here and type it on that PC. The recovery sheet is not needed and stays valid.</source>
        <translation>Để dùng dữ liệu của cửa hàng trên thêm một máy tính, hãy tạo ở đây một mã thêm máy dùng một lần rồi gõ mã đó trên máy kia. Không cần dùng tờ mã khôi phục, tờ đó vẫn còn hiệu lực.</translation>
    </message>
    <message>
        <source>Making the desk code…</source>
        <translation>Đang tạo mã thêm máy…</translation>
    </message>
    <message>
        <source>A desk code was made. An older unused one no longer works.</source>
        <translation>Đã tạo mã thêm máy. Mã cũ chưa dùng (nếu có) không còn hiệu lực.</translation>
    </message>
</context>
<context>
    <name>DeskEnrolmentDialog</name>
    <message>
        <source>This is a new desk: enter the code from the director</source>
        <translation>Đây là máy mới: nhập mã giám đốc đưa</translation>
    </message>
    <message>
        <source>New desk</source>
        <translation>Máy mới</translation>
    </message>
    <message>
        <source>Add this desk</source>
        <translation>Thêm máy này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Code from the director:</source>
        <translation>Mã giám đốc đưa:</translation>
    </message>
    <message>
        <source>This PC cannot open the shop&apos;s data yet. On a PC that already can, the director opens Settings and chooses &quot;Add another desk…&quot; to get a code. Type it here with your own login name and password. The code works once.</source>
        <translation>Máy này chưa mở được dữ liệu của cửa hàng. Trên một máy đã dùng được, giám đốc mở Cài đặt và chọn &quot;Thêm máy tính khác…&quot; để lấy mã. Gõ mã đó vào đây cùng tên đăng nhập và mật khẩu của bạn. Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
        <source>Enter your login name, your password and the code from the director.</source>
        <translation>Hãy nhập tên đăng nhập, mật khẩu và mã giám đốc đưa.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Đang kiểm tra mã…</translation>
    </message>
</context>
</TS>
