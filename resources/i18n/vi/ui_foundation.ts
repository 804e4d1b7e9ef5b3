<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>A first password; the person must change it at first sign-in.</source>
        <translation>Mật khẩu ban đầu; người này phải đổi mật khẩu ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a staff account</source>
        <translation>Thêm tài khoản nhân viên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu của tôi</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Your password was set by the director. Choose your own password before you continue; only you should know it.</source>
        <translation>Mật khẩu của bạn do Giám đốc đặt. Hãy chọn mật khẩu riêng trước khi tiếp tục; chỉ mình bạn được biết mật khẩu này.</translation>
    </message>
</context>
<context>
    <name>DirectorHome</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Đang kiểm tra từng mục của nhật ký hoạt động…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Security of this PC</source>
        <translation>Bảo mật của máy tính này</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Verify audit log</source>
        <translation>Kiểm tra nhật ký hoạt động</translation>
    </message>
    <message>
        <source>it is missing</source>
        <translation>mục này bị mất</translation>
    </message>
    <message>
        <source>it was changed after it was written</source>
        <translation>mục này đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <source>the chain's sealed head is missing</source>
        <translation>mất dấu niêm phong cuối chuỗi</translation>
    </message>
    <message>
        <source>the newest entries were removed</source>
        <translation>các mục mới nhất đã bị xóa</translation>
    </message>
    <message>
        <source>{n} entries so far. Not verified since you signed in.</source>
        <translation>Hiện có {n} mục. Chưa kiểm tra từ khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>{role}: {n}</source>
        <translation>{role}: {n}</translation>
    </message>
    <message>
        <source>⚠ This PC has no secure key store. The database is encrypted, but a copy of the file opens anywhere with a valid password. Keep the PC and its backups locked away.</source>
        <translation>⚠ Máy tính này không có kho khóa bảo mật. Cơ sở dữ liệu vẫn được mã hóa, nhưng bản sao của tệp có thể mở ở bất kỳ đâu với một mật khẩu hợp lệ. Hãy cất giữ máy và các bản sao lưu ở nơi an toàn.</translation>
    </message>
    <message>
        <source>✔ Audit log is whole: {n} entries, head hash {hash}</source>
        <translation>✔ Nhật ký hoạt động nguyên vẹn: {n} mục, mã băm cuối chuỗi {hash}</translation>
    </message>
    <message>
        <source>✔ Protected by this PC's key store: a copy of the database does not open on another PC, even with a staff password.</source>
        <translation>✔ Được bảo vệ bằng kho khóa của máy tính này: bản sao của cơ sở dữ liệu không mở được trên máy khác, kể cả khi có mật khẩu nhân viên.</translation>
    </message>
    <message>
        <source>✖ BROKEN: the audit log is not whole. First broken entry: #{seq} ({problem}). {n} entries before it are whole.</source>
        <translation>✖ BỊ HỎNG: nhật ký hoạt động không còn nguyên vẹn. Mục hỏng đầu tiên: số {seq} ({problem}). {n} mục trước đó vẫn nguyên vẹn.</translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa…</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>The director manages staff, settings and the audit log. Choose a password only the director knows.</source>
        <translation>Giám đốc quản lý nhân viên, cài đặt và nhật ký hoạt động. Hãy chọn mật khẩu chỉ Giám đốc biết.</translation>
    </message>
    <message>
        <source>The director's account</source>
        <translation>Tài khoản Giám đốc</translation>
    </message>
    <message>
        <source>for example: giamdoc</source>
        <translation>ví dụ: giamdoc</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>ShopPrivacy — set up the shop</source>
        <translation>ShopPrivacy — thiết lập cửa hàng</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Enter your login name and password.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Forgot your password, or a new PC? Use the recovery code</source>
        <translation>Quên mật khẩu hoặc dùng máy tính mới? Dùng mã khôi phục</translation>
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
        <source>ShopPrivacy — sign in</source>
        <translation>ShopPrivacy — đăng nhập</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Đổi mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>ShopPrivacy — {username} ({role})</source>
        <translation>ShopPrivacy — {username} ({role})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Signed in as {username}, {role}</source>
        <translation>Đang đăng nhập: {username}, {role}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Đang kiểm tra mã khôi phục…</translation>
    </message>
    <message>
        <source>Director's login name:</source>
        <translation>Tên đăng nhập của Giám đốc:</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Mã khôi phục:</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet printed when the shop was set up. It lets the director choose a new password and lets this PC open the shop's database.</source>
        <translation>Nhập mã khôi phục trên tờ giấy đã in khi thiết lập cửa hàng. Mã này cho phép Giám đốc đặt mật khẩu mới và cho phép máy tính này mở cơ sở dữ liệu của cửa hàng.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>I have printed or written down the recovery code</source>
        <translation>Tôi đã in hoặc chép lại mã khôi phục</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Lưu tờ mã khôi phục</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Đã lưu vào {path}. Hãy in ra, rồi xóa tệp này.</translation>
    </message>
    <message>
        <source>The recovery sheet was sent to the printer.</source>
        <translation>Đã gửi tờ mã khôi phục tới máy in.</translation>
    </message>
    <message>
        <source>This code is shown only now. Print it or write it down and keep it locked away: it is the only way back in if the director's password is forgotten or this PC breaks.</source>
        <translation>Mã này chỉ hiện một lần duy nhất. Hãy in hoặc chép lại và cất giữ cẩn thận: đây là cách duy nhất để vào lại khi Giám đốc quên mật khẩu hoặc máy tính này hỏng.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Mã khôi phục của bạn</translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation>ma-khoi-phuc.pdf</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>A temporary password for {username}. They must choose their own at the next sign-in. This also unlocks the account.</source>
        <translation>Mật khẩu tạm thời cho {username}. Người này phải tự đặt mật khẩu riêng ở lần đăng nhập tới. Việc này cũng mở khóa tài khoản.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Language on this PC</source>
        <translation>Ngôn ngữ trên máy tính này</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Rules of the shop</source>
        <translation>Quy định của cửa hàng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Saved. The app uses this language the next time it starts.</source>
        <translation>Đã lưu. Ứng dụng sẽ dùng ngôn ngữ này từ lần mở tiếp theo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Shop or company name:</source>
        <translation>Tên cửa hàng hoặc công ty:</translation>
    </message>
    <message>
        <source>The shop (data controller)</source>
        <translation>Cửa hàng (bên kiểm soát dữ liệu)</translation>
    </message>
    <message>
        <source>When nobody touches the keyboard or mouse for this long, the app signs the person out and shows the sign-in screen. Takes effect at next sign-in.</source>
        <translation>Khi không ai dùng bàn phím hay chuột trong khoảng thời gian này, ứng dụng sẽ đăng xuất và hiện màn hình đăng nhập. Áp dụng từ lần đăng nhập tiếp theo.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Locked after a while without use. Sign in again to continue.</source>
        <translation>Đã tự khóa vì lâu không dùng. Hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Màn hình đã khóa.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Shop or company name:</source>
        <translation>Tên cửa hàng hoặc công ty:</translation>
    </message>
    <message>
        <source>The shop is the data controller under the personal data protection law. These details head every report and letter the app prints.</source>
        <translation>Theo Luật Bảo vệ dữ liệu cá nhân, cửa hàng là bên kiểm soát dữ liệu. Các thông tin này sẽ in ở đầu mọi báo cáo và thư từ ứng dụng.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Cửa hàng của bạn</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>A new password is set for {username}.</source>
        <translation>Đã đặt mật khẩu mới cho {username}.</translation>
    </message>
    <message>
        <source>Account {username} added.</source>
        <translation>Đã thêm tài khoản {username}.</translation>
    </message>
    <message>
        <source>Account {username} deactivated.</source>
        <translation>Đã ngừng kích hoạt tài khoản {username}.</translation>
    </message>
    <message>
        <source>Account {username} unlocked.</source>
        <translation>Đã mở khóa tài khoản {username}.</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Thêm nhân viên…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng kích hoạt</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Ngừng kích hoạt tài khoản</translation>
    </message>
    <message>
        <source>Deactivate {username}? They will no longer be able to sign in anywhere. What they recorded stays.</source>
        <translation>Ngừng kích hoạt {username}? Người này sẽ không đăng nhập được ở bất kỳ đâu nữa. Những gì họ đã ghi vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Ngừng kích hoạt…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Tài khoản nhân viên</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Active (must change password)</source>
        <translation>Đang hoạt động (phải đổi mật khẩu)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Đã ngừng kích hoạt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bị khóa</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Record damaged</source>
        <translation>Bản ghi bị hỏng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was saved half-way. If it happens again, restart the app.</source>
        <translation>Đã có lỗi và thao tác chưa được thực hiện. Không có gì bị lưu dở dang. Nếu lỗi lặp lại, hãy khởi động lại ứng dụng.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>This PC has a secure key store. Part of the key stays in it, so a copy of the database does not open on another PC, even with the right password.</source>
        <translation>Máy tính này có kho khóa bảo mật. Một phần khóa được giữ trong đó, nên bản sao của cơ sở dữ liệu không mở được trên máy khác, kể cả khi có đúng mật khẩu.</translation>
    </message>
    <message>
        <source>This PC has no secure key store. The database is still encrypted, but anyone with a copy of the file and a valid password can open it on another PC.</source>
        <translation>Máy tính này không có kho khóa bảo mật. Cơ sở dữ liệu vẫn được mã hóa, nhưng ai có bản sao của tệp và một mật khẩu hợp lệ đều mở được trên máy khác.</translation>
    </message>
</context>
</TS>
