<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AccessReviewModel</name>
    <message>
        <source>(no account)</source>
        <translation>(không có tài khoản)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Số thao tác</translation>
    </message>
    <message>
        <source>Records opened</source>
        <translation>Hồ sơ đã mở</translation>
    </message>
    <message>
        <source>Most in one day</source>
        <translation>Nhiều nhất trong một ngày</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Lần in</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Lần xuất tệp</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>(unknown login names)</source>
        <translation>(tên đăng nhập không tồn tại)</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>đã ngừng</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đang bị khóa</translation>
    </message>
</context>
<context>
    <name>AccessReviewPage</name>
    <message>
        <source>Mark reviewed…</source>
        <translation>Đánh dấu đã xem xét…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Các mục ghi</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>Theo từng nhân viên</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Rà soát truy cập</translation>
    </message>
    <message>
        <source>This period holds too many entries. Choose a shorter period.</source>
        <translation>Khoảng thời gian này có quá nhiều mục ghi. Hãy chọn khoảng ngắn hơn.</translation>
    </message>
    <message>
        <source>Entries ({n})</source>
        <translation>Các mục ghi ({n})</translation>
    </message>
    <message>
        <source>Flags ({open} to review of {n})</source>
        <translation>Cảnh báo ({open} chưa xem / {n})</translation>
    </message>
    <message>
        <source>✔ Audit log is whole: {n} entries. Head hash: {hash}</source>
        <translation>✔ Nhật ký hoạt động còn nguyên vẹn: {n} mục. Mã băm cuối: {hash}</translation>
    </message>
    <message>
        <source>✖ BROKEN: the audit log is not whole from entry no. {seq}.</source>
        <translation>✖ BỊ HỎNG: nhật ký hoạt động không còn nguyên vẹn từ mục số {seq}.</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Chưa xem xét.</translation>
    </message>
    <message>
        <source>Reviewed by {who} on {when}: {note}</source>
        <translation>{who} đã xem xét lúc {when}: {note}</translation>
    </message>
    <message>
        <source>The access review was sent to the printer.</source>
        <translation>Đã gửi báo cáo rà soát truy cập tới máy in.</translation>
    </message>
    <message>
        <source>Save the access review</source>
        <translation>Lưu báo cáo rà soát truy cập</translation>
    </message>
    <message>
        <source>access-review-{start}-{end}.pdf</source>
        <translation>ra-soat-truy-cap-{start}-{end}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The access review was saved: {file}</source>
        <translation>Đã lưu báo cáo rà soát truy cập: {file}</translation>
    </message>
    <message>
        <source>{time} · {staff} · {what} (entries: {n}, from no. {seq})</source>
        <translation>{time} · {staff} · {what} ({n} mục, từ số {seq})</translation>
    </message>
</context>
<context>
    <name>DirectorHome</name>
    <message>
        <source>Customers' requests</source>
        <translation>Yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>People whose data the shop holds</source>
        <translation>Số người cửa hàng đang giữ dữ liệu</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Open: {open}
Overdue: {overdue}
Due within a day: {due_soon}
Waiting for your approval: {approval}</source>
        <translation>Đang mở: {open}
Quá hạn: {overdue}
Đến hạn trong một ngày: {due_soon}
Đang chờ bạn duyệt: {approval}</translation>
    </message>
    <message>
        <source>{n} customers.</source>
        <translation>{n} khách hàng.</translation>
    </message>
    <message>
        <source>At {limit} people the law's small-business exemptions end: the shop will need a data-protection impact assessment and a data-protection officer. Prepare now.</source>
        <translation>Từ {limit} người trở lên, cửa hàng không còn được miễn trừ dành cho doanh nghiệp nhỏ: phải lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân và có người phụ trách bảo vệ dữ liệu cá nhân. Hãy chuẩn bị ngay từ bây giờ.</translation>
    </message>
    <message>
        <source>⚠ No backup has been made yet. Make one now.</source>
        <translation>⚠ Chưa có bản sao lưu nào. Hãy sao lưu ngay.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Lần sao lưu gần nhất: {when}.</translation>
    </message>
    <message>
        <source>It is more than {days} days old. Make a new one.</source>
        <translation>Đã hơn {days} ngày. Hãy sao lưu lại.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Everyone</source>
        <translation>Tất cả nhân viên</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Customer no.:</source>
        <translation>Mã khách hàng:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Nhân viên:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
</context>
<context>
    <name>FlagReviewDialog</name>
    <message>
        <source>Mark reviewed</source>
        <translation>Đánh dấu đã xem xét</translation>
    </message>
    <message>
        <source>What you checked and what you found, e.g. who asked for the export and why.</source>
        <translation>Bạn đã kiểm tra gì và thấy gì, ví dụ ai yêu cầu xuất dữ liệu và vì sao.</translation>
    </message>
    <message>
        <source>Your note is stored encrypted and the review is written in the audit log.</source>
        <translation>Ghi chú được lưu mã hóa và việc xem xét được ghi vào nhật ký hoạt động.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Access review</source>
        <translation>Rà soát truy cập</translation>
    </message>
</context>
<context>
    <name>access_flags</name>
    <message>
        <source>Many records opened in a short time</source>
        <translation>Mở nhiều hồ sơ trong thời gian ngắn</translation>
    </message>
    <message>
        <source>Used outside opening hours</source>
        <translation>Dùng ngoài giờ mở cửa</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Xuất dữ liệu ra tệp</translation>
    </message>
    <message>
        <source>Activity of a deactivated or locked account</source>
        <translation>Tài khoản đã ngừng hoặc đang bị khóa vẫn hoạt động</translation>
    </message>
    <message>
        <source>Refused: not allowed for the role</source>
        <translation>Bị từ chối: vai trò không được phép</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>who did what in the app during a period, as a PDF ending with the audit log's head hash (director only)</source>
        <translation>ai đã làm gì trong ứng dụng trong một khoảng thời gian, thành tệp PDF kết thúc bằng mã băm cuối của nhật ký hoạt động (chỉ giám đốc)</translation>
    </message>
    <message>
        <source>first day of the period (Vietnam time)</source>
        <translation>ngày đầu của khoảng thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>last day of the period, included (Vietnam time)</source>
        <translation>ngày cuối của khoảng thời gian, tính cả ngày này (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to đứng trước --from.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Ngày kết thúc đứng trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>This flag no longer exists.</source>
        <translation>Cảnh báo này không còn nữa.</translation>
    </message>
    <message>
        <source>Keep the note under {limit} characters.</source>
        <translation>Ghi chú không được dài quá {limit} ký tự.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Access review flag reviewed</source>
        <translation>Đã xem xét cảnh báo rà soát truy cập</translation>
    </message>
    <message>
        <source>access review flag</source>
        <translation>cảnh báo rà soát truy cập</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Shop opens at (hour)</source>
        <translation>Giờ mở cửa (giờ)</translation>
    </message>
    <message>
        <source>Shop closes at (hour)</source>
        <translation>Giờ đóng cửa (giờ)</translation>
    </message>
    <message>
        <source>Raise when one person opens more records than this</source>
        <translation>Cảnh báo khi một người mở nhiều hồ sơ hơn số này</translation>
    </message>
    <message>
        <source>… within this many minutes</source>
        <translation>… trong vòng số phút này</translation>
    </message>
</context>
</TS>
