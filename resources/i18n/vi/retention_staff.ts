<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>orders: what was sold or installed (the sales desk)</source>
        <translation>đơn hàng: những gì đã bán hoặc lắp đặt (quầy bán hàng)</translation>
    </message>
    <message>
        <source>record an order for a customer (sales and director); prints the order id</source>
        <translation>ghi một đơn hàng cho khách (bán hàng và giám đốc); in ra mã đơn hàng</translation>
    </message>
    <message>
        <source>what was sold or installed</source>
        <translation>những gì đã bán hoặc lắp đặt</translation>
    </message>
    <message>
        <source>the sale date (not in the future)</source>
        <translation>ngày bán (không được sau hôm nay)</translation>
    </message>
    <message>
        <source>months of warranty (default 0: none)</source>
        <translation>số tháng bảo hành (mặc định 0: không bảo hành)</translation>
    </message>
    <message>
        <source>Order #{id} added for customer #{customer}.</source>
        <translation>Đã thêm đơn hàng #{id} cho khách hàng #{customer}.</translation>
    </message>
    <message>
        <source>{n} customers erased.</source>
        <translation>Đã xóa {n} khách hàng.</translation>
    </message>
    <message>
        <source>customers kept past their retention date (director only)</source>
        <translation>khách hàng đã quá hạn lưu giữ (chỉ giám đốc)</translation>
    </message>
    <message>
        <source>list the customers past their keep-until date (numbers and dates only; customers with an open request are left out)</source>
        <translation>liệt kê khách hàng đã quá ngày lưu giữ (chỉ mã số và ngày; không gồm khách còn yêu cầu đang mở)</translation>
    </message>
    <message>
        <source>erase the personal data of the customers listed, as a deletion with reason &apos;retention&apos;; orders stay, without a name, for the shop&apos;s accounts</source>
        <translation>xóa dữ liệu cá nhân của các khách hàng trong danh sách, như một lần xóa với lý do &apos;hết hạn lưu giữ&apos;; đơn hàng vẫn được giữ, không kèm tên, cho sổ sách kế toán của cửa hàng</translation>
    </message>
    <message>
        <source>the number of customers to erase, as &apos;retention list&apos; shows; refused if it differs</source>
        <translation>số khách hàng sẽ bị xóa, đúng như &apos;retention list&apos; hiển thị; bị từ chối nếu khác</translation>
    </message>
    <message>
        <source>No customer is past their retention date.</source>
        <translation>Không còn khách hàng nào quá hạn lưu giữ.</translation>
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
        <source>{n} customers are past their retention date. To erase them: retention purge --confirm {n}</source>
        <translation>{n} khách hàng đã quá hạn lưu giữ. Để xóa họ: retention purge --confirm {n}</translation>
    </message>
    <message>
        <source>{n} customers were held back because they have a request still open.</source>
        <translation>{n} khách hàng chưa bị xóa vì còn yêu cầu đang mở.</translation>
    </message>
    <message>
        <source>Undertaking</source>
        <translation>Cam kết bảo mật</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <source>Recorded for {username}: confidentiality undertaking {version} signed {day}.</source>
        <translation>Đã ghi cho {username}: cam kết bảo mật {version} ký ngày {day}.</translation>
    </message>
    <message>
        <source>record the confidentiality undertaking the person signed (keep the signed paper in their staff file)</source>
        <translation>ghi nhận cam kết bảo mật mà nhân viên đã ký (giữ bản giấy có chữ ký trong hồ sơ nhân viên)</translation>
    </message>
    <message>
        <source>the date it was signed</source>
        <translation>ngày ký</translation>
    </message>
    <message>
        <source>the version or label of the undertaking, e.g. CK-2026</source>
        <translation>phiên bản hoặc ký hiệu của bản cam kết, ví dụ CK-2026</translation>
    </message>
</context>
<context>
    <name>access_flags</name>
    <message>
        <source>Active account without a signed confidentiality undertaking</source>
        <translation>Tài khoản đang dùng chưa có cam kết bảo mật đã ký</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Keep customers for months after their last order or contact</source>
        <translation>Số tháng lưu giữ khách hàng, tính từ đơn hàng hoặc lần liên hệ gần nhất</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Active accounts without a signed confidentiality undertaking: {names}.</source>
        <translation>Tài khoản đang dùng chưa có cam kết bảo mật đã ký: {names}.</translation>
    </message>
    <message>
        <source>Confidentiality undertaking recorded</source>
        <translation>Ghi nhận cam kết bảo mật</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The purge would erase {due} customers, not the {expected} confirmed: the list has changed. Nobody was erased; read the list again.</source>
        <translation>Lần xóa này sẽ xóa {due} khách hàng, không phải {expected} như đã xác nhận: danh sách đã thay đổi. Chưa xóa ai; hãy xem lại danh sách.</translation>
    </message>
    <message>
        <source>Write the version of the undertaking that was signed.</source>
        <translation>Hãy ghi phiên bản của bản cam kết đã ký.</translation>
    </message>
    <message>
        <source>A version has at most {n} characters.</source>
        <translation>Phiên bản dài tối đa {n} ký tự.</translation>
    </message>
    <message>
        <source>The signing date cannot be in the future.</source>
        <translation>Ngày ký không được sau hôm nay.</translation>
    </message>
</context>
<context>
    <name>AccessReviewPage</name>
    <message>
        <source>{staff} · {what} (account made {time})</source>
        <translation>{staff} · {what} (tài khoản tạo lúc {time})</translation>
    </message>
</context>
<context>
    <name>PurgeConfirmDialog</name>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>To confirm, type the number of customers to erase ({n}):</source>
        <translation>Để xác nhận, hãy gõ số khách hàng sẽ bị xóa ({n}):</translation>
    </message>
    <message>
        <source>Erase customers past retention</source>
        <translation>Xóa khách hàng quá hạn lưu giữ</translation>
    </message>
    <message>
        <source>Erase the personal data of {n} customers for good?</source>
        <translation>Xóa vĩnh viễn dữ liệu cá nhân của {n} khách hàng?</translation>
    </message>
    <message>
        <source>Their names, phone numbers, e-mail addresses, addresses and notes are erased permanently. This cannot be undone, and restoring an older backup erases them again. Orders stay, without a name, for the shop&apos;s accounts (accounting documents are kept for 10 years).</source>
        <translation>Họ tên, số điện thoại, email, địa chỉ và ghi chú của họ sẽ bị xóa vĩnh viễn. Không thể hoàn tác, và khi khôi phục một bản sao lưu cũ hơn, họ sẽ bị xóa lại. Đơn hàng vẫn được giữ, không kèm tên, cho sổ sách kế toán của cửa hàng (chứng từ kế toán được lưu 10 năm).</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <source>Confidentiality undertaking recorded for {username}.</source>
        <translation>Đã ghi nhận cam kết bảo mật của {username}.</translation>
    </message>
    <message>
        <source>Confidentiality undertaking…</source>
        <translation>Cam kết bảo mật…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Cam kết bảo mật</translation>
    </message>
    <message>
        <source>⚠ Not recorded</source>
        <translation>⚠ Chưa ghi nhận</translation>
    </message>
    <message>
        <source>{version}, signed {day}</source>
        <translation>{version}, ký ngày {day}</translation>
    </message>
</context>
<context>
    <name>UndertakingFields</name>
    <message>
        <source>The confidentiality undertaking is signed</source>
        <translation>Đã ký cam kết bảo mật</translation>
    </message>
    <message>
        <source>e.g. CK-2026</source>
        <translation>ví dụ CK-2026</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Ngày ký:</translation>
    </message>
    <message>
        <source>Undertaking version:</source>
        <translation>Phiên bản cam kết:</translation>
    </message>
</context>
<context>
    <name>UndertakingDialog</name>
    <message>
        <source>Confidentiality undertaking</source>
        <translation>Cam kết bảo mật</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>The confidentiality undertaking {username} signed. Keep the signed paper in their staff file; the change is written in the audit log.</source>
        <translation>Cam kết bảo mật mà {username} đã ký. Hãy giữ bản giấy có chữ ký trong hồ sơ nhân viên; thay đổi này được ghi vào nhật ký hoạt động.</translation>
    </message>
</context>
</TS>
