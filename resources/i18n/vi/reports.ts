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
    <message>
        <source>From {start} to {end}</source>
        <translation>Từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Rà soát truy cập</translation>
    </message>
    <message>
        <source>Everything staff did in the app during the period, from the audit log. Times are shop time (Vietnam).</source>
        <translation>Mọi việc nhân viên đã làm trong ứng dụng trong kỳ, lấy từ nhật ký hoạt động. Giờ ghi theo giờ Việt Nam.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục nhật ký</translation>
    </message>
    <message>
        <source>Only the newest {count} entries are listed. Choose a shorter period to see them all.</source>
        <translation>Chỉ liệt kê {count} mục mới nhất. Hãy chọn kỳ ngắn hơn để xem đủ.</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>(không có tài khoản)</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Theo từng nhân viên</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Số việc</translation>
    </message>
    <message>
        <source>Records opened</source>
        <translation>Hồ sơ đã mở</translation>
    </message>
    <message>
        <source>Prints and exports</source>
        <translation>In và xuất</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Không có hoạt động nào trong kỳ này.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Việc đã làm</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ liên quan</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Khóa màn hình</translation>
    </message>
    <message>
        <source>Access recovered with the recovery code</source>
        <translation>Lấy lại quyền truy cập bằng mã khôi phục</translation>
    </message>
    <message>
        <source>Wrong recovery code typed</source>
        <translation>Nhập sai mã khôi phục</translation>
    </message>
    <message>
        <source>Computer enrolled</source>
        <translation>Đăng ký máy tính</translation>
    </message>
    <message>
        <source>Refused: not allowed for the role</source>
        <translation>Bị từ chối: vai trò không được phép</translation>
    </message>
    <message>
        <source>Staff account added</source>
        <translation>Thêm tài khoản nhân viên</translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation>Ngừng tài khoản nhân viên</translation>
    </message>
    <message>
        <source>Staff password reset</source>
        <translation>Đặt lại mật khẩu nhân viên</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Tự đổi mật khẩu</translation>
    </message>
    <message>
        <source>Staff list viewed</source>
        <translation>Xem danh sách nhân viên</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Đổi cài đặt</translation>
    </message>
    <message>
        <source>Shop details changed</source>
        <translation>Sửa thông tin cửa hàng</translation>
    </message>
    <message>
        <source>Audit log checked</source>
        <translation>Kiểm tra nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>Xem nhật ký hoạt động</translation>
    </message>
    <message>
        <source>Damaged record found</source>
        <translation>Phát hiện hồ sơ bị hỏng</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Thêm khách hàng</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Sửa thông tin khách hàng</translation>
    </message>
    <message>
        <source>Customer opened</source>
        <translation>Mở hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>Customer printed</source>
        <translation>In hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>Search by full phone or email</source>
        <translation>Tìm theo số điện thoại hoặc email đầy đủ</translation>
    </message>
    <message>
        <source>Order added</source>
        <translation>Thêm đơn hàng</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Ghi nhận đồng ý</translation>
    </message>
    <message>
        <source>Policy version added</source>
        <translation>Thêm phiên bản chính sách</translation>
    </message>
    <message>
        <source>Outdated consents listed</source>
        <translation>Liệt kê đồng ý đã cũ</translation>
    </message>
    <message>
        <source>Marketing list exported</source>
        <translation>Xuất danh sách tiếp thị</translation>
    </message>
    <message>
        <source>Customers imported</source>
        <translation>Nhập danh sách khách hàng</translation>
    </message>
    <message>
        <source>Import checked (nothing saved)</source>
        <translation>Kiểm tra tệp nhập (chưa lưu gì)</translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation>Mở yêu cầu</translation>
    </message>
    <message>
        <source>Request viewed</source>
        <translation>Xem yêu cầu</translation>
    </message>
    <message>
        <source>Requests listed</source>
        <translation>Liệt kê yêu cầu</translation>
    </message>
    <message>
        <source>Request matched to a customer</source>
        <translation>Gắn yêu cầu với khách hàng</translation>
    </message>
    <message>
        <source>Request acknowledged</source>
        <translation>Báo đã nhận yêu cầu</translation>
    </message>
    <message>
        <source>Requester's identity checked</source>
        <translation>Xác minh người yêu cầu</translation>
    </message>
    <message>
        <source>Request assigned</source>
        <translation>Giao yêu cầu</translation>
    </message>
    <message>
        <source>Request started</source>
        <translation>Bắt đầu xử lý yêu cầu</translation>
    </message>
    <message>
        <source>Note added to a request</source>
        <translation>Ghi chú vào yêu cầu</translation>
    </message>
    <message>
        <source>Request deadline extended</source>
        <translation>Gia hạn yêu cầu</translation>
    </message>
    <message>
        <source>Approval asked</source>
        <translation>Xin duyệt</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Duyệt yêu cầu</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Không duyệt yêu cầu</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Từ chối yêu cầu</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Hoàn tất yêu cầu</translation>
    </message>
    <message>
        <source>Correction made</source>
        <translation>Đã sửa thông tin</translation>
    </message>
    <message>
        <source>Reply letter printed</source>
        <translation>In thư trả lời</translation>
    </message>
    <message>
        <source>Request deadlines changed</source>
        <translation>Đổi thời hạn xử lý yêu cầu</translation>
    </message>
    <message>
        <source>Customer's own data report</source>
        <translation>Báo cáo dữ liệu cho khách hàng</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Xóa dữ liệu khách hàng</translation>
    </message>
    <message>
        <source>Report printed</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Report saved as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>nhân viên</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>request</source>
        <translation>yêu cầu</translation>
    </message>
    <message>
        <source>order</source>
        <translation>đơn hàng</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>chia sẻ dữ liệu</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>breach</source>
        <translation>sự cố</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>cài đặt</translation>
    </message>
</context>
</TS>
