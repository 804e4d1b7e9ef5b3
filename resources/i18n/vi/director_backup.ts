<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>BackupPage</name>
        <message>
            <source>Make a backup…</source>
            <translation>Sao lưu ngay…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Lần sao lưu gần nhất</translation>
        </message>
        <message>
            <source>Make a backup</source>
            <translation>Tạo bản sao lưu</translation>
        </message>
        <message>
            <source>A backup is one encrypted file with all the shop's data. Staff can keep working while it is made. It opens only with this shop's keys: keep it on a USB drive or another PC, away from this one.</source>
            <translation>Bản sao lưu là một tệp đã mã hóa chứa toàn bộ dữ liệu của cửa hàng. Nhân viên vẫn làm việc bình thường trong lúc sao lưu. Tệp chỉ mở được bằng khóa của cửa hàng này: hãy cất nó vào USB hoặc một máy tính khác, không để chung với máy này.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Puts the shop's data back as it was when a backup was made. You will see the backup's date and contents and confirm before anything changes.</source>
            <translation>Đưa dữ liệu của cửa hàng về đúng như lúc tạo bản sao lưu. Anh/chị sẽ thấy ngày và nội dung của bản sao lưu và xác nhận trước khi có bất cứ thay đổi nào.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
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
            <source>That is more than {days} days ago: make a new backup today.</source>
            <translation>Đã hơn {days} ngày: hãy sao lưu lại ngay hôm nay.</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <source>Backup saved: {file} ({rows} rows, {size}). Made at {when}.</source>
            <translation>Đã lưu bản sao lưu: {file} ({rows} dòng, {size}). Tạo lúc {when}.</translation>
        </message>
        <message>
            <source>Checking the backup file…</source>
            <translation>Đang kiểm tra tệp sao lưu…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Restore the backup made on {when}?
Customers in this backup: {customers}.</source>
            <translation>Khôi phục bản sao lưu tạo lúc {when}?
Số khách hàng trong bản sao lưu: {customers}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Every change made after {when} is replaced by the backup's data.</source>
            <translation>Mọi thay đổi sau {when} sẽ bị thay bằng dữ liệu trong bản sao lưu.</translation>
        </message>
        <message>
            <source>Customers erased since then are erased again, so erased customers stay erased.</source>
            <translation>Khách hàng đã bị xóa từ sau đó sẽ được xóa lại, nên người đã xóa vẫn bị xóa.</translation>
        </message>
        <message>
            <source>Staff accounts, passwords, settings and the audit log stay as they are now.</source>
            <translation>Tài khoản nhân viên, mật khẩu, cài đặt và nhật ký hoạt động giữ nguyên như hiện nay.</translation>
        </message>
        <message>
            <source>A safety copy of today's data is saved first.</source>
            <translation>Trước khi khôi phục, dữ liệu hôm nay được lưu lại một bản dự phòng.</translation>
        </message>
        <message>
            <source>Restoring… Please keep the app open.</source>
            <translation>Đang khôi phục… Vui lòng không đóng ứng dụng.</translation>
        </message>
        <message>
            <source>Restored the backup made on {when}: {rows} rows.</source>
            <translation>Đã khôi phục bản sao lưu tạo lúc {when}: {rows} dòng.</translation>
        </message>
        <message>
            <source>{n} customers erased since that backup were erased again.</source>
            <translation>{n} khách hàng đã bị xóa từ sau bản sao lưu đó đã được xóa lại.</translation>
        </message>
        <message>
            <source>No customer had been erased since that backup.</source>
            <translation>Không có khách hàng nào bị xóa từ sau bản sao lưu đó.</translation>
        </message>
        <message>
            <source>The data as it was before the restore is saved in {file}.</source>
            <translation>Dữ liệu trước khi khôi phục được lưu trong {file}.</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>Lưu bản sao lưu thành</translation>
        </message>
        <message>
            <source>ShopPrivacy backups (*{suffix})</source>
            <translation>Bản sao lưu ShopPrivacy (*{suffix})</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>Chọn bản sao lưu cần khôi phục</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Customer no.</source>
            <translation>Mã khách hàng</translation>
        </message>
        <message>
            <source>Keep until</source>
            <translation>Giữ đến</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Liên hệ gần nhất</translation>
        </message>
        <message>
            <source>Refresh the list</source>
            <translation>Tải lại danh sách</translation>
        </message>
        <message>
            <source>Erase selected…</source>
            <translation>Xóa những người đã chọn…</translation>
        </message>
        <message>
            <source>Erase all listed…</source>
            <translation>Xóa tất cả trong danh sách…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Records past their retention date</source>
            <translation>Hồ sơ quá hạn lưu trữ</translation>
        </message>
        <message>
            <source>These customers have been kept longer than the shop's privacy policy allows. Their personal data should be erased. Customers with a request still open are not listed here: answer the request first.</source>
            <translation>Những khách hàng này đã được lưu giữ lâu hơn mức chính sách bảo vệ dữ liệu của cửa hàng cho phép. Cần xóa dữ liệu cá nhân của họ. Khách hàng còn yêu cầu đang mở không có trong danh sách này: hãy trả lời yêu cầu trước.</translation>
        </message>
        <message>
            <source>⚠ {n} customers are past their retention date.</source>
            <translation>⚠ {n} khách hàng đã quá hạn lưu trữ.</translation>
        </message>
        <message>
            <source>✔ No customer is past their retention date.</source>
            <translation>✔ Không còn khách hàng nào quá hạn lưu trữ.</translation>
        </message>
        <message>
            <source>Erase customers past retention</source>
            <translation>Xóa khách hàng quá hạn lưu trữ</translation>
        </message>
        <message>
            <source>Erase the personal data of {n} customers for good?</source>
            <translation>Xóa vĩnh viễn dữ liệu cá nhân của {n} khách hàng?</translation>
        </message>
        <message>
            <source>Their names, phone numbers, e-mail addresses, addresses and notes are erased permanently. This cannot be undone, and restoring an older backup erases them again. Orders stay, without a name, for the shop's accounts.</source>
            <translation>Họ tên, số điện thoại, email, địa chỉ và ghi chú của họ sẽ bị xóa vĩnh viễn. Không thể hoàn tác, và khôi phục một bản sao lưu cũ hơn cũng sẽ xóa lại họ. Đơn hàng vẫn được giữ, không kèm tên, cho sổ sách của cửa hàng.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Erasing…</source>
            <translation>Đang xóa…</translation>
        </message>
        <message>
            <source>Stopping after the current batch…</source>
            <translation>Sẽ dừng sau đợt đang xóa…</translation>
        </message>
        <message>
            <source>{done} of {total} erased</source>
            <translation>Đã xóa {done}/{total}</translation>
        </message>
        <message>
            <source>{n} customers erased.</source>
            <translation>Đã xóa {n} khách hàng.</translation>
        </message>
        <message>
            <source>Stopped before the end: the others were not touched.</source>
            <translation>Đã dừng giữa chừng: những người còn lại chưa bị đụng đến.</translation>
        </message>
        <message>
            <source>{n} customers were held back because they have a request still open: answer it first, then erase them.</source>
            <translation>{n} khách hàng chưa bị xóa vì còn yêu cầu đang mở: hãy trả lời yêu cầu trước rồi mới xóa.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Hạn lưu trữ</translation>
        </message>
    </context>
</TS>
