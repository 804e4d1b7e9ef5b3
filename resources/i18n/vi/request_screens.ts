<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>The day the request reached the shop: the deadlines count from it.</source>
        <translation>Ngày yêu cầu đến cửa hàng: thời hạn được tính từ ngày này.</translation>
    </message>
    <message>
        <source>Address them as:</source>
        <translation>Xưng hô:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ctrl+Enter also logs it. Enter alone never does.</source>
        <translation>Ctrl+Enter cũng ghi nhận. Chỉ nhấn Enter thì không ghi.</translation>
    </message>
    <message>
        <source>Stop every use the customer agreed to</source>
        <translation>Ngừng mọi việc sử dụng mà khách hàng đã đồng ý</translation>
    </message>
    <message>
        <source>Log this request and withdraw every consent {name} has given?</source>
        <translation>Ghi nhận yêu cầu này và rút mọi sự đồng ý mà {name} đã cho?</translation>
    </message>
    <message>
        <source>From now on {name} gets no marketing messages or personalised offers and nothing is shared with partners on the basis of consent. The consent history keeps this for good; to start again, {name} must agree anew.</source>
        <translation>Từ nay {name} không nhận tin tiếp thị hay ưu đãi riêng, và không có gì được chia sẻ cho đối tác dựa trên sự đồng ý. Lịch sử đồng ý lưu việc này vĩnh viễn; muốn nhận lại, {name} phải đồng ý lại từ đầu.</translation>
    </message>
    <message>
        <source>Withdraw the consents</source>
        <translation>Rút sự đồng ý</translation>
    </message>
    <message>
        <source>Already an open request</source>
        <translation>Đã có yêu cầu đang mở</translation>
    </message>
    <message>
        <source>Link this new request to request no. {id} (both stay on the list and answer together), or go to request no. {id} and log nothing new.</source>
        <translation>Liên kết yêu cầu mới này với yêu cầu số {id} (cả hai vẫn nằm trong danh sách và được trả lời cùng nhau), hoặc chuyển tới yêu cầu số {id} và không ghi thêm yêu cầu mới.</translation>
    </message>
    <message>
        <source>Link to no. {id}</source>
        <translation>Liên kết với số {id}</translation>
    </message>
    <message>
        <source>Go to no. {id}</source>
        <translation>Mở yêu cầu số {id}</translation>
    </message>
    <message>
        <source>Not known (the letter says “Quý khách”)</source>
        <translation>Chưa rõ (thư ghi “Quý khách”)</translation>
    </message>
</context>
<context>
    <name>request_screens</name>
    <message>
        <source>The accounting facts of {n} orders stay, without the name (the law on accounting records requires them).</source>
        <translation>Số liệu kế toán của {n} đơn hàng được giữ lại, không kèm tên (luật kế toán bắt buộc).</translation>
    </message>
    <message>
        <source>Erase the customer's data for good</source>
        <translation>Xóa vĩnh viễn dữ liệu của khách hàng</translation>
    </message>
    <message>
        <source>Erase everything the shop holds about {name}?</source>
        <translation>Xóa mọi dữ liệu cửa hàng đang giữ về {name}?</translation>
    </message>
    <message>
        <source>Name, phone, email, addresses, notes and consents of {name} are erased and cannot be brought back, not even from a backup. The reply letter is composed first and kept with this request, so it can still be printed afterwards. The customer's other open requests are closed with a note.</source>
        <translation>Họ tên, số điện thoại, email, địa chỉ, ghi chú và các sự đồng ý của {name} bị xóa và không thể lấy lại, kể cả từ bản sao lưu. Thư trả lời được soạn trước và lưu cùng yêu cầu này, nên vẫn in được sau đó. Các yêu cầu khác đang mở của khách hàng được đóng kèm ghi chú.</translation>
    </message>
    <message>
        <source>Stop every use the customer agreed to</source>
        <translation>Ngừng mọi việc sử dụng mà khách hàng đã đồng ý</translation>
    </message>
    <message>
        <source>Complete the request and withdraw every consent {name} has given?</source>
        <translation>Hoàn tất yêu cầu và rút mọi sự đồng ý mà {name} đã cho?</translation>
    </message>
    <message>
        <source>Any consent {name} gave since the request came in is withdrawn as well: no marketing, no personalised offers, nothing shared with partners on consent. The consent history keeps this for good.</source>
        <translation>Mọi sự đồng ý {name} cho sau khi gửi yêu cầu cũng bị rút: không tiếp thị, không ưu đãi riêng, không chia sẻ cho đối tác dựa trên sự đồng ý. Lịch sử đồng ý lưu việc này vĩnh viễn.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message>
        <source>Withdraw the consents</source>
        <translation>Rút sự đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the reply letter</source>
        <translation>Lưu thư trả lời</translation>
    </message>
    <message>
        <source>Letter saved: {path}</source>
        <translation>Đã lưu thư: {path}</translation>
    </message>
    <message>
        <source>Save the data report</source>
        <translation>Lưu báo cáo dữ liệu</translation>
    </message>
    <message>
        <source>Data report saved: {path}</source>
        <translation>Đã lưu báo cáo dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Linked to the earlier open request no. {id} of the same customer.</source>
        <translation>Liên kết với yêu cầu số {id} đang mở trước đó của cùng khách hàng.</translation>
    </message>
    <message>
        <source>Closed {when}.</source>
        <translation>Đã đóng {when}.</translation>
    </message>
    <message>
        <source>(name not kept)</source>
        <translation>(không lưu tên)</translation>
    </message>
    <message>
        <source>✔ Checked: {method}.</source>
        <translation>✔ Đã xác minh: {method}.</translation>
    </message>
    <message>
        <source>Details: {detail}.</source>
        <translation>Chi tiết: {detail}.</translation>
    </message>
    <message>
        <source>By {who}, {when}.</source>
        <translation>Người xác minh: {who}, lúc {when}.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Refused because: {reason}</source>
        <translation>Lý do từ chối: {reason}</translation>
    </message>
    <message>
        <source>What we found: {outcome}</source>
        <translation>Kết quả xác minh: {outcome}</translation>
    </message>
    <message>
        <source>What we do about it: {remedy}</source>
        <translation>Cách khắc phục: {remedy}</translation>
    </message>
    <message>
        <source>{days} days {hours} h</source>
        <translation>{days} ngày {hours} giờ</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} ngày</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} giờ</translation>
    </message>
    <message>
        <source>Where it stands: refused. Only the letter can still be printed.</source>
        <translation>Tình trạng: đã từ chối. Chỉ còn in được thư trả lời.</translation>
    </message>
    <message>
        <source>Where it stands:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <source>Received {received}. Acknowledge by {ack}. Complete by {due}.</source>
        <translation>Nhận lúc {received}. Báo đã nhận trước {ack}. Hoàn tất trước {due}.</translation>
    </message>
    <message>
        <source>Customer told we received it: {when}.</source>
        <translation>Đã báo khách là đã nhận: {when}.</translation>
    </message>
    <message>
        <source>Extended once: {reason}</source>
        <translation>Đã gia hạn một lần: {reason}</translation>
    </message>
    <message>
        <source>Waiting on the customer since {since} ({span}): {reason}. The clock is stopped; the due date moves on by the time waited when work resumes.</source>
        <translation>Đang chờ khách hàng từ {since} ({span}): {reason}. Đồng hồ tạm dừng; khi tiếp tục, hạn chót lùi thêm đúng thời gian đã chờ.</translation>
    </message>
    <message>
        <source>The clock stood still {span} in all; the due dates moved on by the days waited (complete by {due}).</source>
        <translation>Đồng hồ đã tạm dừng tổng cộng {span}; các hạn chót lùi thêm đúng số ngày đã chờ (hoàn tất trước {due}).</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>e.g. called back the number we hold</source>
        <translation>vd: đã gọi lại số điện thoại cửa hàng lưu</translation>
    </message>
    <message>
        <source>What we wait for (e.g. a copy of the ID)</source>
        <translation>Đang chờ gì (vd: bản sao CCCD)</translation>
    </message>
    <message>
        <source>Wait for the customer</source>
        <translation>Chờ khách hàng</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Print the reply letter…</source>
        <translation>In thư trả lời…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Chưa xác minh.</translation>
    </message>
    <message>
        <source>The clock is stopped until the customer answers.</source>
        <translation>Đồng hồ tạm dừng cho tới khi khách hàng trả lời.</translation>
    </message>
    <message>
        <source>The clock runs again; the due date moved by the time waited.</source>
        <translation>Đồng hồ chạy lại; hạn chót đã lùi đúng thời gian chờ.</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <source>(data erased)</source>
        <translation>(dữ liệu đã xóa)</translation>
    </message>
</context>
<context>
    <name>DeadlineTableBox</name>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saved. New requests follow these deadlines.</source>
        <translation>Đã lưu. Các yêu cầu mới theo thời hạn này.</translation>
    </message>
    <message>
        <source>Time allowed for customers' requests</source>
        <translation>Thời hạn xử lý yêu cầu của khách hàng</translation>
    </message>
    <message>
        <source>Acknowledge
(working days)</source>
        <translation>Báo đã nhận
(ngày làm việc)</translation>
    </message>
    <message>
        <source>Complete
(days)</source>
        <translation>Hoàn tất
(ngày)</translation>
    </message>
    <message>
        <source>With a partner
acting too (days)</source>
        <translation>Có đối tác
cùng xử lý (ngày)</translation>
    </message>
    <message>
        <source>One extension
(days)</source>
        <translation>Gia hạn một lần
(ngày)</translation>
    </message>
    <message>
        <source>The law allows at most {maximum} days.</source>
        <translation>Luật cho phép tối đa {maximum} ngày.</translation>
    </message>
    <message>
        <source>Save the deadlines</source>
        <translation>Lưu thời hạn</translation>
    </message>
    <message>
        <source>The law sets the most time a shop may take; you may promise customers less, never more. Requests already open keep the deadlines they were given.</source>
        <translation>Luật quy định thời gian tối đa cửa hàng được dùng; anh/chị có thể hứa với khách ngắn hơn, không được dài hơn. Các yêu cầu đang mở giữ nguyên thời hạn đã có.</translation>
    </message>
</context>
</TS>
