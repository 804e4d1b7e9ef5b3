<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>reports</name>
    <message>
        <source>New recovery code made (the old sheet no longer works)</source>
        <translation>Tạo mã khôi phục mới (tờ mã cũ không còn dùng được)</translation>
    </message>
    <message>
        <source>3. The code works once. The app then shows a new code: print the new sheet, keep it here instead and destroy this one.</source>
        <translation>3. Mã chỉ dùng được một lần. Sau đó ứng dụng hiện mã mới: hãy in tờ mới, cất vào đây thay cho tờ này và hủy tờ này đi.</translation>
    </message>
</context>
<context>
    <name>RecoverySheetPanel</name>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Đã gửi tờ mã khôi phục tới máy in.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Lưu tờ mã khôi phục</translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation>ma-khoi-phuc.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Đã lưu vào {path}. Hãy in ra, rồi xóa tệp này.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Type the code from the shop's latest recovery sheet. It lets the director choose a new password and lets this PC open the shop's database.</source>
        <translation>Nhập mã trên tờ mã khôi phục mới nhất của cửa hàng. Mã này cho phép Giám đốc đặt mật khẩu mới và cho phép máy tính này mở cơ sở dữ liệu của cửa hàng.</translation>
    </message>
    <message>
        <source>The code you typed is used up: the old recovery sheet no longer works. Here is the new code. Print the new sheet or write the code down, keep it locked away, and destroy the old sheet.</source>
        <translation>Mã bạn vừa nhập đã được dùng: tờ mã khôi phục cũ không còn dùng được nữa. Đây là mã mới. Hãy in tờ mới hoặc chép lại mã, cất giữ ở nơi có khóa, và hủy tờ cũ.</translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery code</source>
        <translation>Tôi đã in hoặc chép lại mã khôi phục mới</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>NewRecoverySheetDialog</name>
    <message>
        <source>New recovery sheet</source>
        <translation>Tờ mã khôi phục mới</translation>
    </message>
    <message>
        <source>The old recovery sheet no longer works. This new code is shown only now: print the new sheet or write the code down, keep it locked away, and destroy the old sheet.</source>
        <translation>Tờ mã khôi phục cũ không còn dùng được nữa. Mã mới này chỉ hiện một lần duy nhất: hãy in tờ mới hoặc chép lại mã, cất giữ ở nơi có khóa, và hủy tờ cũ.</translation>
    </message>
    <message>
        <source>I have printed or written down the new recovery code</source>
        <translation>Tôi đã in hoặc chép lại mã khôi phục mới</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>RecoverySheetBox</name>
    <message>
        <source>Recovery sheet</source>
        <translation>Tờ mã khôi phục</translation>
    </message>
    <message>
        <source>Make a new recovery sheet</source>
        <translation>Tạo tờ mã khôi phục mới</translation>
    </message>
    <message>
        <source>The recovery sheet lets the director back in when the password is forgotten or this PC is lost. Make a new one if the sheet was lost, if someone else may have seen it, or after it was used.</source>
        <translation>Tờ mã khôi phục giúp Giám đốc vào lại khi quên mật khẩu hoặc mất máy tính này. Hãy tạo tờ mới nếu tờ cũ bị mất, nếu người khác có thể đã nhìn thấy nó, hoặc sau khi đã dùng nó.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>Tạo mã khôi phục mới?</translation>
    </message>
    <message>
        <source>The old recovery sheet stops working at once: its code will not open the shop's data any more. Have a printer or pen ready: the new code is shown only once.</source>
        <translation>Tờ mã khôi phục cũ hết hiệu lực ngay lập tức: mã trên đó sẽ không mở được dữ liệu của cửa hàng nữa. Hãy chuẩn bị sẵn máy in hoặc bút: mã mới chỉ hiện một lần.</translation>
    </message>
    <message>
        <source>Make a new sheet</source>
        <translation>Tạo tờ mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Making the new recovery code…</source>
        <translation>Đang tạo mã khôi phục mới…</translation>
    </message>
    <message>
        <source>A new recovery code was made. The old recovery sheet no longer works.</source>
        <translation>Đã tạo mã khôi phục mới. Tờ mã khôi phục cũ không còn dùng được nữa.</translation>
    </message>
</context>
</TS>
