<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>breaches</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>A05 notified</source>
        <translation>Đã báo A05</translation>
    </message>
    <message>
        <source>Customers notified</source>
        <translation>Đã báo khách hàng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Orders and installations</source>
        <translation>Đơn hàng và lắp đặt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Sự đồng ý</translation>
    </message>
    <message>
        <source>Customers' requests</source>
        <translation>Yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>A05 notified in time</source>
        <translation>Đã thông báo A05 đúng hạn</translation>
    </message>
    <message>
        <source>A05 notified late</source>
        <translation>Đã thông báo A05 nhưng trễ hạn</translation>
    </message>
    <message>
        <source>Overdue by {days} d {hours} h {minutes} min</source>
        <translation>Quá hạn {days} ngày {hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <source>{days} d {hours} h {minutes} min left to notify A05</source>
        <translation>Còn {days} ngày {hours} giờ {minutes} phút để thông báo A05</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Vui lòng điền vào ô này.</translation>
    </message>
    <message>
        <source>This text is too long (at most {n} characters).</source>
        <translation>Nội dung quá dài (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>The discovery time cannot be in the future.</source>
        <translation>Thời điểm phát hiện không thể ở tương lai.</translation>
    </message>
    <message>
        <source>The breach cannot have happened after it was found.</source>
        <translation>Sự cố không thể xảy ra sau thời điểm phát hiện.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that was affected.</source>
        <translation>Hãy đánh dấu ít nhất một loại dữ liệu bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Choose the affected customers, or tick all customers.</source>
        <translation>Hãy chọn khách hàng bị ảnh hưởng, hoặc chọn tất cả khách hàng.</translation>
    </message>
    <message>
        <source>This step is not possible now. The steps go in order: notify A05, notify the customers, then close.</source>
        <translation>Chưa thể làm bước này. Các bước đi theo thứ tự: thông báo A05, thông báo khách hàng, rồi đóng sự cố.</translation>
    </message>
    <message>
        <source>This cannot be earlier than when the breach was found.</source>
        <translation>Thời điểm này không thể sớm hơn lúc phát hiện sự cố.</translation>
    </message>
    <message>
        <source>This time cannot be in the future.</source>
        <translation>Thời điểm này không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Write the reference of the notification (e.g. the dispatch number).</source>
        <translation>Hãy ghi số hiệu của thông báo (ví dụ số công văn).</translation>
    </message>
    <message>
        <source>Breach #{id} was not found.</source>
        <translation>Không tìm thấy sự cố số {id}.</translation>
    </message>
    <message>
        <source>Customer #{id} was not found.</source>
        <translation>Không tìm thấy khách hàng số {id}.</translation>
    </message>
</context>
<context>
    <name>breach_reports</name>
    <message>
        <source>Department of Cybersecurity and High-Tech Crime Prevention (A05), Ministry of Public Security</source>
        <translation>Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an</translation>
    </message>
    <message>
        <source>All customers ({n})</source>
        <translation>Tất cả khách hàng ({n})</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} khách hàng</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>Bên kiểm soát dữ liệu</translation>
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
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Breach no.</source>
        <translation>Sự cố số</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <source>To notify A05 by</source>
        <translation>Hạn thông báo A05</translation>
    </message>
    <message>
        <source>Data affected</source>
        <translation>Dữ liệu bị ảnh hưởng</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>Khách hàng bị ảnh hưởng</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến sự cố</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Biện pháp đã thực hiện</translation>
    </message>
    <message>
        <source>Notification of a personal data breach</source>
        <translation>Thông báo vi phạm dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Under the Law on Personal Data Protection (91/2025/QH15), we notify you of a breach of the personal data we hold, within 72 hours of finding it.</source>
        <translation>Theo Luật Bảo vệ dữ liệu cá nhân (91/2025/QH15), chúng tôi xin thông báo về sự cố vi phạm dữ liệu cá nhân do chúng tôi lưu giữ, trong vòng 72 giờ kể từ khi phát hiện.</translation>
    </message>
    <message>
        <source>The controller</source>
        <translation>Bên kiểm soát dữ liệu</translation>
    </message>
    <message>
        <source>The breach</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>We will inform the affected customers and keep a record of this breach. Contact person for this notification: {name}.</source>
        <translation>Chúng tôi sẽ thông báo cho khách hàng bị ảnh hưởng và lưu hồ sơ về sự cố này. Người liên hệ về thông báo này: {name}.</translation>
    </message>
    <message>
        <source>For the controller</source>
        <translation>Đại diện bên kiểm soát dữ liệu</translation>
    </message>
    <message>
        <source>Incident record of a personal data breach</source>
        <translation>Biên bản sự cố vi phạm dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Breach found</source>
        <translation>Phát hiện sự cố</translation>
    </message>
    <message>
        <source>A05 notified</source>
        <translation>Đã thông báo A05</translation>
    </message>
    <message>
        <source>Customers notified</source>
        <translation>Đã thông báo khách hàng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>Thời hạn 72 giờ</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Các bước đã thực hiện</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Reference or note</source>
        <translation>Số hiệu hoặc ghi chú</translation>
    </message>
    <message>
        <source>Customers affected (record numbers)</source>
        <translation>Khách hàng bị ảnh hưởng (số hồ sơ)</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Giám đốc</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Người chứng kiến</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Kính gửi {name},</translation>
    </message>
    <message>
        <source>Dear customer,</source>
        <translation>Kính gửi Quý khách,</translation>
    </message>
    <message>
        <source>We are writing to tell you that on {date} we found a breach that may have affected some of your personal data held by {shop}: {data}.</source>
        <translation>Chúng tôi xin thông báo: vào {date}, chúng tôi phát hiện một sự cố có thể đã ảnh hưởng đến một số dữ liệu cá nhân của Quý khách do {shop} lưu giữ: {data}.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Quý khách nên làm gì</translation>
    </message>
    <message>
        <source>Be careful with calls, messages or emails that use your name or order and ask for money, passwords or codes: we never ask for these. You may ask us what data we hold about you, or ask us to correct or delete it.</source>
        <translation>Hãy cảnh giác với cuộc gọi, tin nhắn hoặc email dùng tên hay đơn hàng của Quý khách để đòi tiền, mật khẩu hoặc mã xác nhận: chúng tôi không bao giờ yêu cầu những thứ này. Quý khách có thể hỏi chúng tôi đang lưu dữ liệu gì về mình, hoặc yêu cầu sửa hay xóa dữ liệu đó.</translation>
    </message>
    <message>
        <source>For any question, contact us: {contact}.</source>
        <translation>Mọi thắc mắc xin liên hệ: {contact}.</translation>
    </message>
    <message>
        <source>We have notified the authority for personal data protection: {agency}. We are sorry for this.</source>
        <translation>Chúng tôi đã thông báo cho cơ quan bảo vệ dữ liệu cá nhân: {agency}. Chúng tôi thành thật xin lỗi Quý khách.</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>Thay mặt cửa hàng</translation>
    </message>
    <message>
        <source>Notice of a personal data breach</source>
        <translation>Thông báo về sự cố dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>No customer to write to.</source>
        <translation>Không có khách hàng nào cần gửi thư.</translation>
    </message>
</context>
<context>
    <name>NewBreachDialog</name>
    <message>
        <source>Record a data breach</source>
        <translation>Ghi nhận sự cố dữ liệu</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tất cả khách hàng</translation>
    </message>
    <message>
        <source>Only these customer numbers:</source>
        <translation>Chỉ các khách hàng số:</translation>
    </message>
    <message>
        <source>e.g. 12, 15, 40</source>
        <translation>ví dụ 12, 15, 40</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Happened (about):</source>
        <translation>Xảy ra (khoảng):</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Phát hiện lúc:</translation>
    </message>
    <message>
        <source>The law gives 72 hours from finding the breach to notify A05, weekends and holidays included.</source>
        <translation>Luật cho 72 giờ kể từ khi phát hiện sự cố để thông báo A05, tính cả cuối tuần và ngày lễ.</translation>
    </message>
    <message>
        <source>Data affected:</source>
        <translation>Dữ liệu bị ảnh hưởng:</translation>
    </message>
    <message>
        <source>Customers affected:</source>
        <translation>Khách hàng bị ảnh hưởng:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Chuyện gì đã xảy ra:</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Biện pháp đã làm:</translation>
    </message>
    <message>
        <source>Customer numbers are digits separated by commas.</source>
        <translation>Số khách hàng là các chữ số, cách nhau bằng dấu phẩy.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>A05 notified</source>
        <translation>Đã thông báo A05</translation>
    </message>
    <message>
        <source>Notified at:</source>
        <translation>Thông báo lúc:</translation>
    </message>
    <message>
        <source>Reference (dispatch no.):</source>
        <translation>Số hiệu (số công văn):</translation>
    </message>
    <message>
        <source>Customers notified</source>
        <translation>Đã thông báo khách hàng</translation>
    </message>
    <message>
        <source>Letters sent on:</source>
        <translation>Gửi thư lúc:</translation>
    </message>
    <message>
        <source>Close the breach</source>
        <translation>Đóng sự cố</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Kết quả xử lý:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>New breach…</source>
        <translation>Ghi nhận sự cố…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>Thời hạn 72 giờ</translation>
    </message>
    <message>
        <source>Notification to A05</source>
        <translation>Thông báo gửi A05</translation>
    </message>
    <message>
        <source>Incident record (biên bản)</source>
        <translation>Biên bản sự cố</translation>
    </message>
    <message>
        <source>Letters to the customers</source>
        <translation>Thư gửi khách hàng</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Breach register</source>
        <translation>Sổ theo dõi sự cố dữ liệu</translation>
    </message>
    <message>
        <source>Record every personal data breach here: a lost phone or laptop, a wrong message, a break-in. From the moment it is found, the shop has 72 hours to notify A05 (Ministry of Public Security).</source>
        <translation>Ghi lại mọi sự cố dữ liệu cá nhân tại đây: mất điện thoại hay máy tính, gửi nhầm tin nhắn, bị đột nhập. Từ lúc phát hiện, cửa hàng có 72 giờ để thông báo A05 (Bộ Công an).</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>Tất cả ({n})</translation>
    </message>
    <message>
        <source>Choose a breach in the list to see it.</source>
        <translation>Chọn một sự cố trong danh sách để xem.</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>Bước tiếp theo…</translation>
    </message>
    <message>
        <source>all customers ({n})</source>
        <translation>tất cả khách hàng ({n})</translation>
    </message>
    <message>
        <source>Breach #{id} · {status}</source>
        <translation>Sự cố số {id} · {status}</translation>
    </message>
    <message>
        <source>Happened: {at}</source>
        <translation>Xảy ra: {at}</translation>
    </message>
    <message>
        <source>Found: {at}</source>
        <translation>Phát hiện: {at}</translation>
    </message>
    <message>
        <source>Notify A05 by: {at}</source>
        <translation>Hạn thông báo A05: {at}</translation>
    </message>
    <message>
        <source>Data: {list}</source>
        <translation>Dữ liệu: {list}</translation>
    </message>
    <message>
        <source>Customers: {list}</source>
        <translation>Khách hàng: {list}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Diễn biến: {text}</translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation>Biện pháp đã làm: {text}</translation>
    </message>
    <message>
        <source>A05 notified: {at}, reference {ref}</source>
        <translation>Đã thông báo A05: {at}, số hiệu {ref}</translation>
    </message>
    <message>
        <source>Customers notified: {at}</source>
        <translation>Đã thông báo khách hàng: {at}</translation>
    </message>
    <message>
        <source>Closed: {at}. {note}</source>
        <translation>Đã đóng: {at}. {note}</translation>
    </message>
    <message>
        <source>A05 notified…</source>
        <translation>Đã thông báo A05…</translation>
    </message>
    <message>
        <source>Customers notified…</source>
        <translation>Đã thông báo khách hàng…</translation>
    </message>
    <message>
        <source>Close the breach…</source>
        <translation>Đóng sự cố…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Breach #{id} recorded. The 72-hour clock is running.</source>
        <translation>Đã ghi nhận sự cố số {id}. Thời hạn 72 giờ bắt đầu tính.</translation>
    </message>
    <message>
        <source>Step saved.</source>
        <translation>Đã lưu bước này.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Đã lưu: {file}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Breaches</source>
        <translation>Sự cố dữ liệu</translation>
    </message>
</context>
<context>
    <name>register_reports</name>
    <message>
        <source>From {start} to {end}</source>
        <translation>Từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Register of requests</source>
        <translation>Sổ yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Trả lời đúng hạn</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Các yêu cầu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>No request in this period.</source>
        <translation>Không có yêu cầu nào trong kỳ này.</translation>
    </message>
    <message>
        <source>✖ overdue</source>
        <translation>✖ quá hạn</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ có</translation>
    </message>
    <message>
        <source>✖ late</source>
        <translation>✖ trễ hạn</translation>
    </message>
    <message>
        <source>Records past their retention date</source>
        <translation>Hồ sơ quá hạn lưu trữ</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Ngày {day}</translation>
    </message>
    <message>
        <source>The shop's policy keeps a customer's data only until this date. These records should be erased (Retention, in the app); customers with an open request are not listed until it is answered.</source>
        <translation>Chính sách của cửa hàng chỉ giữ dữ liệu khách hàng đến ngày này. Các hồ sơ dưới đây cần được xóa (thẻ Hạn lưu trữ trong ứng dụng); khách hàng có yêu cầu đang mở chưa được liệt kê cho đến khi yêu cầu được trả lời.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số hồ sơ</translation>
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
        <source>No record is past its date.</source>
        <translation>Không có hồ sơ nào quá hạn.</translation>
    </message>
</context>
</TS>
