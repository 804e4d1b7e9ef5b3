<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Born {day}</source>
        <translation>Sinh ngày {day}</translation>
    </message>
    <message>
        <source>Guardian: {name}</source>
        <translation>Người giám hộ: {name}</translation>
    </message>
    <message>
        <source>Changed at another desk</source>
        <translation>Đã được sửa ở quầy khác</translation>
    </message>
    <message>
        <source>Your version (not saved yet)</source>
        <translation>Bản của bạn (chưa lưu)</translation>
    </message>
    <message>
        <source>Saved at another desk (version {n})</source>
        <translation>Bản đã lưu ở quầy khác (phiên bản {n})</translation>
    </message>
    <message>
        <source>Save my version over it</source>
        <translation>Lưu bản của tôi đè lên</translation>
    </message>
    <message>
        <source>Use the saved version</source>
        <translation>Dùng bản đã lưu</translation>
    </message>
    <message>
        <source>Back to my changes</source>
        <translation>Quay lại chỗ tôi đang sửa</translation>
    </message>
    <message>
        <source>Someone saved this customer at another desk while you were editing. Compare the two versions and choose which one to keep.</source>
        <translation>Trong lúc bạn đang sửa, một người ở quầy khác đã lưu khách hàng này. Hãy so sánh hai bản và chọn bản muốn giữ.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>An opt-out is asked for:</source>
        <translation>Khách xin ngừng nhận qua:</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Ghi nhận đồng ý…</translation>
    </message>
    <message>
        <source>Opt out</source>
        <translation>Ngừng nhận</translation>
    </message>
    <message>
        <source>Stops this use now. The history keeps both entries.</source>
        <translation>Ngừng việc sử dụng này ngay. Lịch sử vẫn giữ cả hai lần ghi.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách thức</translation>
    </message>
    <message>
        <source>What the customer was told</source>
        <translation>Điều đã nói với khách</translation>
    </message>
    <message>
        <source>History (never changed, newest first):</source>
        <translation>Lịch sử (không bao giờ bị sửa, mới nhất ở trên):</translation>
    </message>
    <message>
        <source>✔ Agreed {when} ({how})</source>
        <translation>✔ Đã đồng ý {when} ({how})</translation>
    </message>
    <message>
        <source>✖ Opted out {when}</source>
        <translation>✖ Đã ngừng nhận {when}</translation>
    </message>
    <message>
        <source>— Not asked / not agreed</source>
        <translation>— Chưa hỏi / chưa đồng ý</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Ngừng nhận</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Đã ghi nhận sự đồng ý.</translation>
    </message>
    <message>
        <source>{purpose}: opted out. It applies from now on.</source>
        <translation>{purpose}: đã ngừng nhận. Có hiệu lực ngay từ bây giờ.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation>Phiếu khách hàng</translation>
    </message>
    <message>
        <source>Customer no. {id}</source>
        <translation>Khách hàng số {id}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Địa chỉ cơ quan</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Details came from</source>
        <translation>Nguồn thông tin</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Là khách hàng từ</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Lưu giữ đến</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Sold or installed</source>
        <translation>Đã bán hoặc lắp đặt</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Chưa có đơn hàng.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Consents in force</source>
        <translation>Các sự đồng ý đang có hiệu lực</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Contact details are partly hidden for the role that printed this card.</source>
        <translation>Một phần thông tin liên lạc được che đi theo vai trò của người in phiếu này.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Edit customer</source>
        <translation>Sửa thông tin khách hàng</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Địa chỉ cơ quan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Birth date (optional):</source>
        <translation>Ngày sinh (không bắt buộc):</translation>
    </message>
    <message>
        <source>Where the details came from:</source>
        <translation>Thông tin có được từ:</translation>
    </message>
    <message>
        <source>Web form IP address:</source>
        <translation>Địa chỉ IP của biểu mẫu web:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The form now shows the version saved at the other desk.</source>
        <translation>Biểu mẫu đang hiện bản đã lưu ở quầy khác.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>This record cannot be read. Open it to see what to do.</source>
        <translation>Không đọc được hồ sơ này. Hãy mở ra để xem cách xử lý.</translation>
    </message>
    <message>
        <source>⚠ Damaged record #{id}</source>
        <translation>⚠ Hồ sơ bị hỏng số {id}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Liên hệ gần nhất</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Lưu giữ đến</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer no. {id}</source>
        <translation>Khách hàng số {id}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Kept until {day}.</source>
        <translation>Lưu giữ đến {day}.</translation>
    </message>
    <message>
        <source>Customer no. {id} · since {since} · last contact {last}.</source>
        <translation>Khách hàng số {id} · từ {since} · liên hệ gần nhất {last}.</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Địa chỉ cơ quan</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <source>Guardian's consent</source>
        <translation>Người giám hộ đồng ý lúc</translation>
    </message>
    <message>
        <source>⚠ Needed: this customer is a child.</source>
        <translation>⚠ Cần có: khách hàng này là trẻ em.</translation>
    </message>
    <message>
        <source>Details came from</source>
        <translation>Nguồn thông tin</translation>
    </message>
    <message>
        <source>Web form IP address</source>
        <translation>Địa chỉ IP của biểu mẫu web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Some contact details are hidden for your role.</source>
        <translation>Một số thông tin liên lạc được che đi theo vai trò của bạn.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already a customer</source>
        <translation>Đã là khách hàng</translation>
    </message>
    <message>
        <source>This phone belongs to an existing customer (no. {id}).</source>
        <translation>Số điện thoại này thuộc về một khách hàng đã có (số {id}).</translation>
    </message>
    <message>
        <source>This email belongs to an existing customer (no. {id}).</source>
        <translation>Email này thuộc về một khách hàng đã có (số {id}).</translation>
    </message>
    <message>
        <source>Open the existing customer to add to their record, or go back and check what you typed.</source>
        <translation>Mở khách hàng đã có để bổ sung vào hồ sơ của họ, hoặc quay lại kiểm tra những gì bạn đã nhập.</translation>
    </message>
    <message>
        <source>Open the existing customer</source>
        <translation>Mở khách hàng đã có</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Marketing list</source>
        <translation>Danh sách tiếp thị</translation>
    </message>
    <message>
        <source>Where to save the list (a .csv file)</source>
        <translation>Nơi lưu danh sách (tệp .csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Only customers who agreed to marketing on this channel, and have not opted out, are in the list. The export is written in the audit log.</source>
        <translation>Danh sách chỉ gồm khách hàng đã đồng ý nhận tiếp thị qua kênh này và chưa xin ngừng. Việc xuất danh sách được ghi vào nhật ký hoạt động.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Save the marketing list</source>
        <translation>Lưu danh sách tiếp thị</translation>
    </message>
    <message>
        <source>marketing-list.csv</source>
        <translation>danh-sach-tiep-thi.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the list.</source>
        <translation>Hãy chọn nơi lưu danh sách.</translation>
    </message>
    <message>
        <source>{n} customers written to {file}.</source>
        <translation>Đã ghi {n} khách hàng vào {file}.</translation>
    </message>
    <message>
        <source>{n} more agreed but have no contact for this channel on record.</source>
        <translation>Thêm {n} khách đã đồng ý nhưng chưa có thông tin liên lạc cho kênh này.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Để trống ngày</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>or the whole address as the customer said it</source>
        <translation>hoặc ghi cả địa chỉ như khách nói</translation>
    </message>
    <message>
        <source>House number, street:</source>
        <translation>Số nhà, đường:</translation>
    </message>
    <message>
        <source>Ward or commune:</source>
        <translation>Phường hoặc xã:</translation>
    </message>
    <message>
        <source>Province or city:</source>
        <translation>Tỉnh hoặc thành phố:</translation>
    </message>
    <message>
        <source>Free text:</source>
        <translation>Ghi tự do:</translation>
    </message>
</context>
<context>
    <name>GuardianBox</name>
    <message>
        <source>Parent or guardian (required for a child)</source>
        <translation>Cha mẹ hoặc người giám hộ (bắt buộc với trẻ em)</translation>
    </message>
    <message>
        <source>mother, father, guardian…</source>
        <translation>mẹ, cha, người giám hộ…</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>The child also agrees (from 7 years old)</source>
        <translation>Trẻ cũng đồng ý (từ đủ 7 tuổi)</translation>
    </message>
    <message>
        <source>Guardian's full name:</source>
        <translation>Họ tên người giám hộ:</translation>
    </message>
    <message>
        <source>Guardian's phone:</source>
        <translation>Điện thoại người giám hộ:</translation>
    </message>
    <message>
        <source>Guardian's email:</source>
        <translation>Email người giám hộ:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Quan hệ:</translation>
    </message>
    <message>
        <source>Guardian's consent given by:</source>
        <translation>Người giám hộ đồng ý qua:</translation>
    </message>
    <message>
        <source>ℹ This customer is under {age}. The shop needs a parent or guardian's name, a way to reach them and their consent before saving.</source>
        <translation>ℹ Khách hàng này chưa đủ {age} tuổi. Trước khi lưu, cửa hàng cần tên cha mẹ hoặc người giám hộ, cách liên lạc với họ và sự đồng ý của họ.</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Ghi nhận đồng ý</translation>
    </message>
    <message>
        <source>— choose how —</source>
        <translation>— chọn cách thức —</translation>
    </message>
    <message>
        <source>{label}, in force since {day}</source>
        <translation>{label}, có hiệu lực từ {day}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Record only what the customer actually agreed to: {purpose}.</source>
        <translation>Chỉ ghi nhận điều khách thực sự đồng ý: {purpose}.</translation>
    </message>
    <message>
        <source>How the customer agreed:</source>
        <translation>Khách đồng ý qua:</translation>
    </message>
    <message>
        <source>Purpose they were told:</source>
        <translation>Mục đích đã nói với khách:</translation>
    </message>
    <message>
        <source>Channel they were told:</source>
        <translation>Kênh đã nói với khách:</translation>
    </message>
    <message>
        <source>How often they were told:</source>
        <translation>Tần suất đã nói với khách:</translation>
    </message>
    <message>
        <source>Privacy policy shown:</source>
        <translation>Chính sách bảo vệ dữ liệu đã cho xem:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The director has not recorded the shop's privacy policy yet, so no consent can be recorded. Ask the director to add it.</source>
        <translation>Giám đốc chưa nhập chính sách bảo vệ dữ liệu của cửa hàng nên chưa thể ghi nhận sự đồng ý. Hãy nhờ giám đốc thêm vào.</translation>
    </message>
    <message>
        <source>Choose how the customer agreed.</source>
        <translation>Hãy chọn cách khách đã đồng ý.</translation>
    </message>
</context>
<context>
    <name>DeskHome</name>
    <message>
        <source>Type a name, phone or email</source>
        <translation>Nhập tên, số điện thoại hoặc email</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Tìm khách hàng</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>Marketing list…</source>
        <translation>Danh sách tiếp thị…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>No customers yet. Press “New customer” (Ctrl+N) to add the first one, or import the shop's old spreadsheet.</source>
        <translation>Chưa có khách hàng nào. Bấm “Khách hàng mới” (Ctrl+N) để thêm người đầu tiên, hoặc nhập bảng tính cũ của cửa hàng.</translation>
    </message>
    <message>
        <source>Type a name, phone or email. A phone number needs at least its last 4 digits.</source>
        <translation>Nhập tên, số điện thoại hoặc email. Số điện thoại cần ít nhất 4 chữ số cuối.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling, try the last digits of the phone, or add a new customer.</source>
        <translation>Không có khách hàng nào khớp với “{text}”. Kiểm tra chính tả, thử vài số cuối của điện thoại, hoặc thêm khách hàng mới.</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>theo tên</translation>
    </message>
    <message>
        <source>by the end of a phone number</source>
        <translation>theo các số cuối điện thoại</translation>
    </message>
    <message>
        <source>by phone number</source>
        <translation>theo số điện thoại</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>theo email</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} khách hàng</translation>
    </message>
    <message>
        <source>{n} or more customers</source>
        <translation>Từ {n} khách hàng trở lên</translation>
    </message>
    <message>
        <source>{status}: type more to narrow the list</source>
        <translation>{status}: gõ thêm để thu hẹp danh sách</translation>
    </message>
    <message>
        <source>{count}, searched {how}</source>
        <translation>{count}, tìm {how}</translation>
    </message>
    <message>
        <source>{name} was added as customer no. {id}.</source>
        <translation>Đã thêm {name} là khách hàng số {id}.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Điện thoại cơ quan</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>Email cá nhân</translation>
    </message>
    <message>
        <source>Company email</source>
        <translation>Email công ty</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập thành</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one customer per row and a header row on top.</source>
        <translation>Tệp CSV hoặc Excel (.xlsx), mỗi dòng một khách hàng, dòng đầu là tiêu đề cột.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Tìm tệp…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>What each column holds</source>
        <translation>Mỗi cột chứa gì</translation>
    </message>
    <message>
        <source>Skip them: keep the customer on file as it is</source>
        <translation>Bỏ qua: giữ nguyên khách hàng đã có</translation>
    </message>
    <message>
        <source>Merge them: add new phones, emails and empty fields to that customer</source>
        <translation>Gộp: thêm số điện thoại, email mới và các ô còn trống vào khách hàng đó</translation>
    </message>
    <message>
        <source>Rows whose phone or email is already on file:</source>
        <translation>Dòng có số điện thoại hoặc email đã có:</translation>
    </message>
    <message>
        <source>Where the details came from:</source>
        <translation>Thông tin có được từ:</translation>
    </message>
    <message>
        <source>The file has {n} rows. Check the first ones below and choose, over each column, what it holds.</source>
        <translation>Tệp có {n} dòng. Hãy xem các dòng đầu bên dưới và chọn, ở trên mỗi cột, cột đó chứa gì.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Đã hủy: không có gì được lưu.</translation>
    </message>
    <message>
        <source>New customers to add: {n}</source>
        <translation>Khách hàng mới sẽ thêm: {n}</translation>
    </message>
    <message>
        <source>New customers added: {n}</source>
        <translation>Khách hàng mới đã thêm: {n}</translation>
    </message>
    <message>
        <source>Rows read: {n}</source>
        <translation>Số dòng đã đọc: {n}</translation>
    </message>
    <message>
        <source>Already on file: {n} (merged: {merged})</source>
        <translation>Đã có sẵn: {n} (đã gộp: {merged})</translation>
    </message>
    <message>
        <source>Blank rows skipped: {n}</source>
        <translation>Dòng trống bỏ qua: {n}</translation>
    </message>
    <message>
        <source>Rows with a problem (not imported): {n}</source>
        <translation>Dòng có lỗi (không nhập): {n}</translation>
    </message>
    <message>
        <source>Columns not imported because the shop does not collect them: {names}</source>
        <translation>Các cột không nhập vì cửa hàng không thu thập: {names}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Lưu các dòng bị từ chối…</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Rows with a problem are listed with the reason; the others will be imported together.</source>
        <translation>Chưa có gì được lưu. Các dòng có lỗi được liệt kê kèm lý do; các dòng còn lại sẽ được nhập cùng lúc.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>All valid rows are saved together, or none if you cancel.</source>
        <translation>Mọi dòng hợp lệ được lưu cùng lúc, hoặc không dòng nào nếu bạn hủy.</translation>
    </message>
    <message>
        <source>Save the rejected rows to a file, correct them in your spreadsheet program and import that file again.</source>
        <translation>Hãy lưu các dòng bị từ chối ra tệp, sửa chúng trong chương trình bảng tính rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <source>rows-to-fix.csv</source>
        <translation>dong-can-sua.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows to fix were saved to {file}. Correct them and import that file again.</source>
        <translation>Đã lưu {n} dòng cần sửa vào {file}. Hãy sửa rồi nhập lại tệp đó.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers from a spreadsheet</source>
        <translation>Nhập khách hàng từ bảng tính</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Add an order</source>
        <translation>Thêm đơn hàng</translation>
    </message>
    <message>
        <source>e.g. 4 cameras installed, recorder 1 TB</source>
        <translation>ví dụ: lắp 4 camera, đầu ghi 1 TB</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Date of sale:</source>
        <translation>Ngày bán:</translation>
    </message>
    <message>
        <source>Sold or installed:</source>
        <translation>Đã bán hoặc lắp đặt:</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>Bảo hành:</translation>
    </message>
    <message>
        <source>Add order</source>
        <translation>Thêm đơn hàng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Sold or installed</source>
        <translation>Đã bán hoặc lắp đặt</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Bảo hành</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <source>Add order…</source>
        <translation>Thêm đơn hàng…</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} tháng</translation>
    </message>
    <message>
        <source>The record is kept until {day} (the shop's rule).</source>
        <translation>Hồ sơ được lưu giữ đến {day} (theo quy định của cửa hàng).</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>The customer card was sent to the printer.</source>
        <translation>Đã gửi phiếu khách hàng tới máy in.</translation>
    </message>
    <message>
        <source>Save the customer card</source>
        <translation>Lưu phiếu khách hàng</translation>
    </message>
    <message>
        <source>customer-{id}.pdf</source>
        <translation>khach-hang-{id}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The customer card was saved: {file}</source>
        <translation>Đã lưu phiếu khách hàng: {file}</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <source>Mobile</source>
        <translation>Di động</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Điện thoại cơ quan</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>Email cá nhân</translation>
    </message>
    <message>
        <source>Company email</source>
        <translation>Email công ty</translation>
    </message>
    <message>
        <source>In the shop</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Cuộc gọi điện thoại</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Biểu mẫu trên web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Thư bưu điện</translation>
    </message>
    <message>
        <source>Other lawful source</source>
        <translation>Nguồn hợp pháp khác</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Địa chỉ cơ quan</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Web form IP address</source>
        <translation>Địa chỉ IP của biểu mẫu web</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <source>Marketing by email</source>
        <translation>Tiếp thị qua email</translation>
    </message>
    <message>
        <source>Marketing by post</source>
        <translation>Tiếp thị qua thư bưu điện</translation>
    </message>
    <message>
        <source>Marketing by phone call or SMS</source>
        <translation>Tiếp thị qua điện thoại hoặc tin nhắn SMS</translation>
    </message>
    <message>
        <source>Marketing by Zalo</source>
        <translation>Tiếp thị qua Zalo</translation>
    </message>
    <message>
        <source>Personalised offers</source>
        <translation>Ưu đãi dành riêng theo nhu cầu</translation>
    </message>
    <message>
        <source>Sharing with installation partners</source>
        <translation>Chia sẻ với đối tác lắp đặt</translation>
    </message>
    <message>
        <source>Signed form at the desk</source>
        <translation>Ký phiếu tại quầy</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Cuộc gọi điện thoại</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Biểu mẫu trên web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>In person at the desk</source>
        <translation>Trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>At most twice a month</source>
        <translation>Tối đa hai lần mỗi tháng</translation>
    </message>
    <message>
        <source>At most once a month</source>
        <translation>Tối đa một lần mỗi tháng</translation>
    </message>
    <message>
        <source>News and offers about our products and services</source>
        <translation>Tin tức và ưu đãi về sản phẩm, dịch vụ của cửa hàng</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Thư bưu điện</translation>
    </message>
    <message>
        <source>Phone calls and SMS</source>
        <translation>Cuộc gọi và tin nhắn SMS</translation>
    </message>
    <message>
        <source>Zalo messages</source>
        <translation>Tin nhắn Zalo</translation>
    </message>
    <message>
        <source>Offers chosen from what you bought from us</source>
        <translation>Ưu đãi chọn theo những gì quý khách đã mua</translation>
    </message>
    <message>
        <source>The channels you agreed to above</source>
        <translation>Các kênh quý khách đã đồng ý ở trên</translation>
    </message>
    <message>
        <source>Your name, phone and address given to our installation partner for your order</source>
        <translation>Tên, số điện thoại và địa chỉ của quý khách được giao cho đối tác lắp đặt để thực hiện đơn hàng</translation>
    </message>
    <message>
        <source>The partner calls you to arrange the installation</source>
        <translation>Đối tác gọi cho quý khách để hẹn lắp đặt</translation>
    </message>
    <message>
        <source>Only for each installation</source>
        <translation>Chỉ cho từng lần lắp đặt</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Guardian needed below this age</source>
        <translation>Cần người giám hộ khi dưới tuổi này</translation>
    </message>
    <message>
        <source>Keep customers without orders for months after last contact</source>
        <translation>Số tháng lưu giữ khách chưa có đơn hàng, tính từ lần liên hệ gần nhất</translation>
    </message>
</context>
<context>
    <name>marketing</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Zalo phone</source>
        <translation>Số Zalo</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The shop has chosen not to collect this field.</source>
        <translation>Cửa hàng đã chọn không thu thập thông tin này.</translation>
    </message>
    <message>
        <source>Enter at least one phone number or email.</source>
        <translation>Nhập ít nhất một số điện thoại hoặc email.</translation>
    </message>
    <message>
        <source>At most {n} phone numbers and emails.</source>
        <translation>Tối đa {n} số điện thoại và email.</translation>
    </message>
    <message>
        <source>Check the birth date: it cannot be in the future.</source>
        <translation>Kiểm tra lại ngày sinh: ngày sinh không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Enter a phone number or email for the guardian.</source>
        <translation>Nhập số điện thoại hoặc email của người giám hộ.</translation>
    </message>
    <message>
        <source>Notes can have at most {n} characters.</source>
        <translation>Ghi chú tối đa {n} ký tự.</translation>
    </message>
    <message>
        <source>This is not an IP address.</source>
        <translation>Đây không phải là địa chỉ IP.</translation>
    </message>
    <message>
        <source>Customer #{existing_id} already has this phone number: open it instead?</source>
        <translation>Khách hàng số {existing_id} đã có số điện thoại này: mở khách hàng đó thay vì tạo mới?</translation>
    </message>
    <message>
        <source>Customer #{existing_id} already has this email: open it instead?</source>
        <translation>Khách hàng số {existing_id} đã có email này: mở khách hàng đó thay vì tạo mới?</translation>
    </message>
    <message>
        <source>Customer #{customer_id} was changed at another desk while you edited it (you opened version {expected_version}, it is now version {current_version}). Nothing was saved: reopen the customer and make your change again.</source>
        <translation>Khách hàng số {customer_id} đã được sửa ở quầy khác trong lúc bạn đang sửa (bạn mở phiên bản {expected_version}, nay là phiên bản {current_version}). Chưa có gì được lưu: hãy mở lại khách hàng và sửa lại.</translation>
    </message>
    <message>
        <source>This customer is under {age}: first record the guardian's name, a way to reach them, their consent and the child's own agreement.</source>
        <translation>Khách hàng này chưa đủ {age} tuổi: trước hết hãy ghi tên người giám hộ, cách liên lạc với họ, sự đồng ý của họ và sự đồng ý của chính trẻ.</translation>
    </message>
    <message>
        <source>This customer is under {age}: first record the guardian's name, a way to reach them and their consent.</source>
        <translation>Khách hàng này chưa đủ {age} tuổi: trước hết hãy ghi tên người giám hộ, cách liên lạc với họ và sự đồng ý của họ.</translation>
    </message>
    <message>
        <source>This email address is not valid: check it, for example an@gmail.com.</source>
        <translation>Địa chỉ email này không hợp lệ: hãy kiểm tra lại, ví dụ an@gmail.com.</translation>
    </message>
    <message>
        <source>This is not a date: write it as day/month/year, 15/03/1985.</source>
        <translation>Đây không phải là ngày: hãy viết theo ngày/tháng/năm, ví dụ 15/03/1985.</translation>
    </message>
    <message>
        <source>Enter the customer's full name.</source>
        <translation>Nhập họ và tên khách hàng.</translation>
    </message>
    <message>
        <source>This does not look like a person's name: use letters, not formulas.</source>
        <translation>Đây không giống tên người: hãy dùng chữ cái, không dùng công thức.</translation>
    </message>
    <message>
        <source>A name can have at most {n} characters.</source>
        <translation>Tên tối đa {n} ký tự.</translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, for example 0912 345 678.</source>
        <translation>Đây không phải là số điện thoại: hãy dùng chữ số, ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <source>This phone number does not exist in Vietnam: check the number of digits.</source>
        <translation>Số điện thoại này không có ở Việt Nam: hãy kiểm tra lại số chữ số.</translation>
    </message>
    <message>
        <source>Record what the customer was told: the purpose, the channel and how often.</source>
        <translation>Hãy ghi điều đã nói với khách: mục đích, kênh liên lạc và tần suất.</translation>
    </message>
    <message>
        <source>Choose the privacy policy version the customer was shown.</source>
        <translation>Chọn phiên bản chính sách bảo vệ dữ liệu đã cho khách xem.</translation>
    </message>
    <message>
        <source>No customer #{id}.</source>
        <translation>Không có khách hàng số {id}.</translation>
    </message>
    <message>
        <source>This file cannot be read as a spreadsheet (CSV or XLSX): {name}</source>
        <translation>Không đọc được tệp này như một bảng tính (CSV hoặc XLSX): {name}</translation>
    </message>
    <message>
        <source>No file here: {name}</source>
        <translation>Không có tệp ở đây: {name}</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer's name.</source>
        <translation>Hãy chọn cột chứa tên khách hàng.</translation>
    </message>
    <message>
        <source>The import is done, but the rejected rows could not be written to {path}.</source>
        <translation>Đã nhập xong, nhưng không ghi được các dòng bị từ chối vào {path}.</translation>
    </message>
    <message>
        <source>The file could not be written there: {path}</source>
        <translation>Không ghi được tệp vào chỗ đó: {path}</translation>
    </message>
    <message>
        <source>Choose a marketing channel: email, post, phone or Zalo.</source>
        <translation>Chọn một kênh tiếp thị: email, thư bưu điện, điện thoại hoặc Zalo.</translation>
    </message>
    <message>
        <source>Write what was sold or installed.</source>
        <translation>Hãy ghi đã bán hoặc lắp đặt gì.</translation>
    </message>
    <message>
        <source>A description can have at most {n} characters.</source>
        <translation>Phần mô tả tối đa {n} ký tự.</translation>
    </message>
    <message>
        <source>Warranty is from 0 to {n} months.</source>
        <translation>Thời gian bảo hành từ 0 đến {n} tháng.</translation>
    </message>
    <message>
        <source>The sale date cannot be in the future.</source>
        <translation>Ngày bán không thể ở tương lai.</translation>
    </message>
    <message>
        <source>No privacy policy version is in force yet.</source>
        <translation>Chưa có phiên bản chính sách bảo vệ dữ liệu nào có hiệu lực.</translation>
    </message>
    <message>
        <source>Give the version a short name, such as 2026-01.</source>
        <translation>Đặt cho phiên bản một tên ngắn, ví dụ 2026-01.</translation>
    </message>
    <message>
        <source>Paste the text of the policy.</source>
        <translation>Dán nội dung chính sách vào.</translation>
    </message>
    <message>
        <source>A policy version named {label} already exists.</source>
        <translation>Đã có phiên bản chính sách tên {label}.</translation>
    </message>
</context>
</TS>
