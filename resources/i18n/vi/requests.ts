<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CareHome</name>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="38" />
        <source>Only overdue</source>
        <translation>Chỉ yêu cầu quá hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="40" />
        <source>Show closed requests</source>
        <translation>Hiện cả yêu cầu đã đóng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="42" />
        <source>New request…</source>
        <translation>Yêu cầu mới…</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="44" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="74" />
        <source>Customer requests</source>
        <translation>Yêu cầu của khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/home.py" line="109" />
        <source>{open} open · {overdue} overdue · {soon} due within a day · {waiting} waiting for the director</source>
        <translation>{open} đang mở · {overdue} quá hạn · {soon} đến hạn trong 1 ngày · {waiting} chờ giám đốc duyệt</translation>
    </message>
</context>
<context>
    <name>CorrectionForm</name>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/correction_form.py" line="34" />
        <source>Correct the customer's record (request #{id})</source>
        <translation>Chỉnh sửa hồ sơ khách hàng (yêu cầu #{id})</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="36" />
        <source>New request</source>
        <translation>Yêu cầu mới</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="39" />
        <source>Name, phone or email</source>
        <translation>Tên, số điện thoại hoặc email</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="40" />
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="44" />
        <source>Not matched yet (write the name below)</source>
        <translation>Chưa xác định khách hàng (ghi tên bên dưới)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="57" />
        <source>A partner that handles the data must act too</source>
        <translation>Cần cả đối tác xử lý dữ liệu cùng thực hiện</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="61" />
        <source>What the customer asked, in their words</source>
        <translation>Nội dung khách hàng yêu cầu, theo lời của họ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="70" />
        <source>Find the customer:</source>
        <translation>Tìm khách hàng:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="71" />
        <source>Customer:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="72" />
        <source>Or the person's name:</source>
        <translation>Hoặc tên người yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="73" />
        <source>And how to reach them:</source>
        <translation>Và cách liên hệ với họ:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="74" />
        <source>Request:</source>
        <translation>Yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="75" />
        <source>Came in by:</source>
        <translation>Nhận qua:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="77" />
        <source>What they said:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="82" />
        <source>Log the request</source>
        <translation>Ghi nhận yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/new_request.py" line="106" />
        <source>No customer found. Write the person's name below.</source>
        <translation>Không tìm thấy khách hàng. Hãy ghi tên người yêu cầu bên dưới.</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="75" />
        <source>Reason (goes into the letter to the customer)</source>
        <translation>Lý do (sẽ ghi vào thư gửi khách hàng)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="82" />
        <source>A note for the file (kept encrypted)</source>
        <translation>Ghi chú hồ sơ (được mã hóa)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="86" />
        <source>1. Check who is asking</source>
        <translation>1. Xác minh người yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="88" />
        <source>How:</source>
        <translation>Cách xác minh:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="89" />
        <source>Details:</source>
        <translation>Chi tiết:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="90" />
        <source>Identity checked</source>
        <translation>Đã xác minh danh tính</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="91" />
        <source>2. Work the request</source>
        <translation>2. Xử lý yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="95" />
        <source>Customer told we received it</source>
        <translation>Đã báo khách là đã nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="96" />
        <source>Start work</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="97" />
        <source>Data report (PDF)…</source>
        <translation>Báo cáo dữ liệu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="98" />
        <source>Correct the record…</source>
        <translation>Chỉnh sửa hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="99" />
        <source>Send to the director</source>
        <translation>Trình giám đốc duyệt</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="105" />
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="106" />
        <source>Add as finding</source>
        <translation>Ghi là kết quả xác minh</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="109" />
        <source>What we found:</source>
        <translation>Kết quả xác minh:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="110" />
        <source>What we do about it:</source>
        <translation>Biện pháp khắc phục:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="111" />
        <source>Record the outcome</source>
        <translation>Ghi kết quả</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="115" />
        <source>3. Decide and reply</source>
        <translation>3. Quyết định và trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="120" />
        <source>Extend once</source>
        <translation>Gia hạn (1 lần)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="121" />
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="122" />
        <source>Approve deletion</source>
        <translation>Duyệt xóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="123" />
        <source>Reject deletion</source>
        <translation>Không duyệt xóa</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="124" />
        <source>Complete</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="125" />
        <source>Reply letter (PDF)…</source>
        <translation>Thư trả lời (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="141" />
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="164" />
        <source>Choose a request in the list</source>
        <translation>Hãy chọn một yêu cầu trong danh sách</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="171" />
        <source>Request #{id}: {kind} ({status})</source>
        <translation>Yêu cầu #{id}: {kind} ({status})</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="175" />
        <source>customer #{id}</source>
        <translation>khách hàng #{id}</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="177" />
        <source>From {who}. They said: {summary}</source>
        <translation>Từ {who}. Nội dung: {summary}</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="180" />
        <source>Received {received}. Acknowledge by {ack}. Complete by {due}.</source>
        <translation>Nhận lúc {received}. Xác nhận đã nhận trước {ack}. Hoàn tất trước {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="226" />
        <source>Identity recorded.</source>
        <translation>Đã ghi nhận xác minh danh tính.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="231" />
        <source>Acknowledgement recorded.</source>
        <translation>Đã ghi nhận việc báo cho khách.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="235" />
        <source>Work started.</source>
        <translation>Đã bắt đầu xử lý.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="239" />
        <source>Sent to the director.</source>
        <translation>Đã trình giám đốc.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="243" />
        <source>Deletion approved.</source>
        <translation>Đã duyệt xóa dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="247" />
        <source>Rejected.</source>
        <translation>Đã không duyệt.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="252" />
        <source>Refused.</source>
        <translation>Đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="257" />
        <source>Extended.</source>
        <translation>Đã gia hạn.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="270" />
        <source>Note added.</source>
        <translation>Đã thêm ghi chú.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="280" />
        <source>Outcome recorded.</source>
        <translation>Đã ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="285" />
        <source>Request completed.</source>
        <translation>Đã hoàn tất yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="307" />
        <source>Record corrected: {n} fields changed.</source>
        <translation>Đã chỉnh sửa hồ sơ: {n} thông tin thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="315" />
        <source>Save the reply letter</source>
        <translation>Lưu thư trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="332" />
        <source>Letter saved: {path}</source>
        <translation>Đã lưu thư: {path}</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="339" />
        <source>Save the data report</source>
        <translation>Lưu báo cáo dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/request_panel.py" line="358" />
        <source>Data report saved: {path}</source>
        <translation>Đã lưu báo cáo dữ liệu: {path}</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="58" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="59" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="60" />
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="61" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="62" />
        <source>Next deadline</source>
        <translation>Hạn kế tiếp</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="63" />
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="83" />
        <source>(cannot be read)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="93" />
        <source>Acknowledge by</source>
        <translation>Xác nhận trước</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="95" />
        <source>Complete by</source>
        <translation>Hoàn tất trước</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="102" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="103" />
        <source>Due within a day</source>
        <translation>Đến hạn trong 1 ngày</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="104" />
        <source>On time</source>
        <translation>Còn hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/ui/care/queue_model.py" line="105" />
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="126" />
        <source>A deletion needs the director's approval first.</source>
        <translation>Yêu cầu xóa dữ liệu cần giám đốc duyệt trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="130" />
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="263" />
        <source>Only a deletion goes to the director for approval.</source>
        <translation>Chỉ yêu cầu xóa dữ liệu mới cần trình giám đốc duyệt.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="137" />
        <source>Check the requester's identity first.</source>
        <translation>Hãy xác minh danh tính người yêu cầu trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="140" />
        <source>This step does not fit where the request stands now.</source>
        <translation>Bước này không phù hợp với tình trạng hiện tại của yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="105" />
        <source>Choose a number of days from 1 to {maximum}.</source>
        <translation>Hãy chọn số ngày từ 1 đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="111" />
        <source>Choose a number of days from 0 to {maximum}.</source>
        <translation>Hãy chọn số ngày từ 0 đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="117" />
        <source>The time allowed with a processor cannot be shorter than without one.</source>
        <translation>Thời hạn khi có bên xử lý tham gia không được ngắn hơn thời hạn thông thường.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="215" />
        <source>An extension can be from 1 to {maximum} days.</source>
        <translation>Gia hạn được từ 1 đến {maximum} ngày.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="134" />
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="57" />
        <source>This request is already closed.</source>
        <translation>Yêu cầu này đã đóng.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="101" />
        <source>Write down how the identity was checked.</source>
        <translation>Hãy ghi rõ đã xác minh danh tính bằng cách nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="151" />
        <source>Requests can only be given to active customer care staff.</source>
        <translation>Chỉ giao yêu cầu cho nhân viên chăm sóc khách hàng đang làm việc.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="182" />
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="202" />
        <source>Write down why more time is needed.</source>
        <translation>Hãy ghi rõ lý do cần thêm thời gian.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="206" />
        <source>This request has already been extended once.</source>
        <translation>Yêu cầu này đã được gia hạn một lần rồi.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="211" />
        <source>The shop's rules allow no extension here.</source>
        <translation>Quy định của cửa hàng không cho gia hạn loại yêu cầu này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="295" />
        <source>Write down the legal reason for the refusal.</source>
        <translation>Hãy ghi rõ lý do pháp lý của việc từ chối.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_flow.py" line="309" />
        <source>This request is already matched to a customer.</source>
        <translation>Yêu cầu này đã được gắn với một khách hàng.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_letters.py" line="49" />
        <source>This letter does not fit the request as it stands.</source>
        <translation>Thư này không phù hợp với tình trạng hiện tại của yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="59" />
        <source>This is not what the request asked for.</source>
        <translation>Đây không phải là việc mà yêu cầu đề nghị.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="62" />
        <source>Check the requester's identity and start work on the request first.</source>
        <translation>Hãy xác minh danh tính người yêu cầu và bắt đầu xử lý yêu cầu trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="72" />
        <source>Match the request to a customer first.</source>
        <translation>Hãy gắn yêu cầu với một khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="93" />
        <source>This request is about another customer.</source>
        <translation>Yêu cầu này là của khách hàng khác.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="211" />
        <source>Only an open complaint has an outcome.</source>
        <translation>Chỉ khiếu nại đang mở mới ghi được kết quả.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="216" />
        <source>Write down what the investigation found.</source>
        <translation>Hãy ghi lại kết quả xác minh.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="251" />
        <source>Make the customer's data report first.</source>
        <translation>Hãy lập báo cáo dữ liệu của khách hàng trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="257" />
        <source>No correction was saved. Correct the record, or refuse the request with the reason.</source>
        <translation>Chưa lưu chỉnh sửa nào. Hãy sửa hồ sơ, hoặc từ chối yêu cầu kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_outcomes.py" line="265" />
        <source>Record the outcome of the complaint first.</source>
        <translation>Hãy ghi kết quả giải quyết khiếu nại trước.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_queue.py" line="65" />
        <source>Choose the customer, or write down who made the request.</source>
        <translation>Hãy chọn khách hàng, hoặc ghi rõ ai đã gửi yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_queue.py" line="74" />
        <source>Enter when the request came in.</source>
        <translation>Hãy nhập thời điểm nhận yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_queue.py" line="78" />
        <source>The request cannot have come in the future.</source>
        <translation>Thời điểm nhận yêu cầu không thể ở tương lai.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/request_records.py" line="47" />
        <source>No request #{id}.</source>
        <translation>Không có yêu cầu số {id}.</translation>
    </message>
</context>
<context>
    <name>request_reports</name>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="35" />
        <source>If you disagree, you may ask us again or complain to the authority for personal data protection: the Department of Cybersecurity and High-Tech Crime Prevention (A05), Ministry of Public Security.</source>
        <translation>Nếu không đồng ý, Quý khách có thể gửi lại yêu cầu cho chúng tôi hoặc khiếu nại đến cơ quan chuyên trách bảo vệ dữ liệu cá nhân: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="54" />
        <source>Reply to your personal data request</source>
        <translation>Phản hồi yêu cầu về dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="64" />
        <source>The person who made request no. {id}</source>
        <translation>Người gửi yêu cầu số {id}</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="67" />
        <source>To</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="69" />
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="182" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="71" />
        <source>Our reference</source>
        <translation>Số yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="73" />
        <source>Your request</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="77" />
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="81" />
        <source>Date of this letter</source>
        <translation>Ngày gửi thư</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="87" />
        <source>Dear {name},</source>
        <translation>Kính gửi {name},</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="89" />
        <source>Dear customer,</source>
        <translation>Kính gửi Quý khách,</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="99" />
        <source>For any question about this letter, contact us: {contact}.</source>
        <translation>Mọi thắc mắc về thư này, xin liên hệ: {contact}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="108" />
        <source>Yours sincerely,</source>
        <translation>Trân trọng,</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="110" />
        <source>For the shop</source>
        <translation>Thay mặt cửa hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="124" />
        <source>We received your request on {received} and are dealing with it. We will reply by {due} at the latest.</source>
        <translation>Chúng tôi đã nhận yêu cầu của Quý khách ngày {received} và đang xử lý. Chúng tôi sẽ trả lời chậm nhất vào ngày {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="139" />
        <source>We need more time to complete your request. We will reply by {due} at the latest, instead of {before}. The reason:</source>
        <translation>Chúng tôi cần thêm thời gian để hoàn tất yêu cầu của Quý khách. Chúng tôi sẽ trả lời chậm nhất vào ngày {due}, thay cho ngày {before}. Lý do:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="155" />
        <source>Enclosed is the report of all personal data we hold about you: your details, your orders, your consents and their history, to whom we have given your data, and your requests to us. If anything is wrong, you may ask us to correct it.</source>
        <translation>Kèm theo thư này là báo cáo toàn bộ dữ liệu cá nhân của Quý khách mà chúng tôi đang lưu giữ: thông tin của Quý khách, các đơn hàng, các sự đồng ý và lịch sử thay đổi, những bên đã được cung cấp dữ liệu, và các yêu cầu Quý khách đã gửi. Nếu có thông tin chưa đúng, Quý khách có thể yêu cầu chúng tôi chỉnh sửa.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="178" />
        <source>We have corrected your personal data as you asked. What changed:</source>
        <translation>Chúng tôi đã chỉnh sửa dữ liệu cá nhân của Quý khách theo yêu cầu. Những thay đổi:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="186" />
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="187" />
        <source>Before</source>
        <translation>Trước đây</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="188" />
        <source>Now</source>
        <translation>Hiện nay</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="206" />
        <source>Your request took effect the day we received it, {received}: we no longer use your data for marketing, and we no longer share it with our partners.</source>
        <translation>Yêu cầu của Quý khách có hiệu lực ngay từ ngày chúng tôi nhận được, {received}: chúng tôi không còn dùng dữ liệu của Quý khách để tiếp thị và không còn chia sẻ dữ liệu đó cho đối tác.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="219" />
        <source>Consents withdrawn:</source>
        <translation>Các sự đồng ý đã rút lại:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="229" />
        <source>We have investigated your complaint. What we found:</source>
        <translation>Chúng tôi đã xác minh khiếu nại của Quý khách. Kết quả:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="239" />
        <source>What we have done about it:</source>
        <translation>Biện pháp chúng tôi đã thực hiện:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="249" />
        <source>We cannot carry out your request, for this reason:</source>
        <translation>Chúng tôi không thể thực hiện yêu cầu của Quý khách, vì lý do sau:</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/request_letters.py" line="265" />
        <source>On {date} we deleted your personal data for good: your name, phone numbers, emails, addresses, notes and what you agreed to no longer exist in our records. This cannot be undone.</source>
        <translation>Ngày {date}, chúng tôi đã xóa vĩnh viễn dữ liệu cá nhân của Quý khách: họ tên, số điện thoại, email, địa chỉ, ghi chú và nội dung các sự đồng ý không còn trong hồ sơ của chúng tôi. Việc xóa này không thể khôi phục.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="39" />
        <source>Your personal data held by us</source>
        <translation>Dữ liệu cá nhân của Quý khách do chúng tôi lưu giữ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="51" />
        <source>This report lists every piece of personal data we hold about you on {date}, what you agreed to, to whom we gave your data and your requests to us. You may ask us to correct or delete it, or withdraw a consent, at any time.</source>
        <translation>Báo cáo này liệt kê toàn bộ dữ liệu cá nhân của Quý khách mà chúng tôi lưu giữ tính đến ngày {date}, những gì Quý khách đã đồng ý, những bên đã được cung cấp dữ liệu và các yêu cầu Quý khách đã gửi. Quý khách có thể yêu cầu chỉnh sửa, xóa dữ liệu hoặc rút lại sự đồng ý bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="61" />
        <source>Your details</source>
        <translation>Thông tin của Quý khách</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="63" />
        <source>Your orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="66" />
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="147" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="67" />
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="68" />
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="130" />
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="69" />
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="81" />
        <source>No orders.</source>
        <translation>Không có đơn hàng.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="83" />
        <source>What you agreed to, now</source>
        <translation>Những gì Quý khách đang đồng ý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="86" />
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="99" />
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="87" />
        <source>In force</source>
        <translation>Đang hiệu lực</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="95" />
        <source>History of your consents</source>
        <translation>Lịch sử đồng ý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="98" />
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="127" />
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="100" />
        <source>Given or withdrawn</source>
        <translation>Đồng ý hay rút lại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="101" />
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="102" />
        <source>What you were told</source>
        <translation>Nội dung đã được thông báo</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="108" />
        <source>Given</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="110" />
        <source>Withdrawn</source>
        <translation>Rút lại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="122" />
        <source>No consent recorded.</source>
        <translation>Chưa ghi nhận sự đồng ý nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="124" />
        <source>To whom we gave your data</source>
        <translation>Các bên đã được cung cấp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="128" />
        <source>To whom</source>
        <translation>Bên nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="129" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="139" />
        <source>We have not given your data to anyone outside the shop.</source>
        <translation>Chúng tôi chưa cung cấp dữ liệu của Quý khách cho bất kỳ bên nào ngoài cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="144" />
        <source>Your requests to us</source>
        <translation>Các yêu cầu Quý khách đã gửi</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="148" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="149" />
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="150" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="162" />
        <source>No requests.</source>
        <translation>Không có yêu cầu nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="170" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="171" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="176" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="186" />
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="191" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="194" />
        <source>Web form IP address</source>
        <translation>Địa chỉ IP khi gửi biểu mẫu web</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="200" />
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="206" />
        <source>Where we got your data</source>
        <translation>Nguồn thu thập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="210" />
        <source>Customer since</source>
        <translation>Là khách hàng từ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/reports/customer_data_report.py" line="217" />
        <source>Kept until</source>
        <translation>Lưu giữ đến</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="35" />
        <source>Access to personal data</source>
        <translation>Xem dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="36" />
        <source>Correction of personal data</source>
        <translation>Chỉnh sửa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="37" />
        <source>Deletion of personal data</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="38" />
        <source>Withdrawal of consent</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="39" />
        <source>Restriction of processing</source>
        <translation>Hạn chế xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="40" />
        <source>Objection to processing</source>
        <translation>Phản đối xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="41" />
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="58" />
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="58" />
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="59" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="60" />
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="61" />
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="62" />
        <source>Web form</source>
        <translation>Biểu mẫu web</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="85" />
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="86" />
        <location filename="../../../src/shopprivacy/domain/requests.py" line="206" />
        <source>Identity checked</source>
        <translation>Đã xác minh danh tính</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="87" />
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="88" />
        <source>Waiting for the director</source>
        <translation>Chờ giám đốc duyệt</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="89" />
        <location filename="../../../src/shopprivacy/domain/requests.py" line="212" />
        <source>Approved by the director</source>
        <translation>Giám đốc đã duyệt</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="90" />
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="91" />
        <location filename="../../../src/shopprivacy/domain/requests.py" line="217" />
        <source>Refused</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="163" />
        <source>ID card shown in person</source>
        <translation>Xuất trình CCCD trực tiếp</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="164" />
        <source>Called back on the phone number we hold</source>
        <translation>Gọi lại vào số điện thoại đã lưu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="167" />
        <source>Reply from the email address we hold</source>
        <translation>Trả lời từ địa chỉ email đã lưu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="170" />
        <source>Knew details of their own orders</source>
        <translation>Nêu đúng thông tin đơn hàng của mình</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="171" />
        <source>Other (see note)</source>
        <translation>Cách khác (xem ghi chú)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="204" />
        <source>Request logged</source>
        <translation>Ghi nhận yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="205" />
        <source>Customer told it was received</source>
        <translation>Đã báo khách là đã nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="207" />
        <source>Assigned</source>
        <translation>Giao người xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="208" />
        <source>Work started</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="209" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="210" />
        <source>Extended</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="211" />
        <source>Sent to the director</source>
        <translation>Trình giám đốc</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="213" />
        <source>Rejected by the director</source>
        <translation>Giám đốc không duyệt</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="214" />
        <source>Corrected</source>
        <translation>Đã chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="215" />
        <source>Finding</source>
        <translation>Kết quả xác minh</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="216" />
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="218" />
        <source>Matched to a customer</source>
        <translation>Gắn với khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="219" />
        <source>Letter printed</source>
        <translation>In thư trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="220" />
        <source>Consents withdrawn</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/requests.py" line="221" />
        <source>Data report made</source>
        <translation>Lập báo cáo dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="53" />
        <source>Access, correction</source>
        <translation>Xem, chỉnh sửa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="54" />
        <source>Consent withdrawal, restriction, objection</source>
        <translation>Rút lại đồng ý, hạn chế, phản đối xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="57" />
        <source>Deletion</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="232" />
        <source>Acknowledge</source>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/deadlines.py" line="234" />
        <source>Complete</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/erasure.py" line="19" />
        <source>Accounting documents must be kept for at least {years} years (Law on Accounting No. 88/2015/QH13): for each order we keep its number, date, what was sold and the warranty, without the buyer's name or contact details.</source>
        <translation>Chứng từ kế toán phải được lưu trữ tối thiểu {years} năm (Luật Kế toán số 88/2015/QH13): với mỗi đơn hàng, chúng tôi chỉ giữ số đơn, ngày bán, hàng hóa đã bán và thời hạn bảo hành, không kèm họ tên hay thông tin liên hệ của người mua.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/erasure.py" line="25" />
        <source>Order #{order} is under warranty until {until}. After the deletion we can no longer recognise you as its buyer, so please keep your invoice to claim the warranty.</source>
        <translation>Đơn hàng số {order} còn bảo hành đến ngày {until}. Sau khi xóa dữ liệu, chúng tôi không còn biết Quý khách là người mua, vì vậy xin giữ hóa đơn để được bảo hành.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="32" />
        <source>Request received</source>
        <translation>Đã nhận yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="33" />
        <source>More time needed</source>
        <translation>Gia hạn thời gian xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="34" />
        <source>Your data report</source>
        <translation>Báo cáo dữ liệu của Quý khách</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="35" />
        <source>Your data was corrected</source>
        <translation>Dữ liệu đã được chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="36" />
        <source>Your data was deleted</source>
        <translation>Dữ liệu đã được xóa</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="37" />
        <source>Your withdrawal is in effect</source>
        <translation>Việc rút lại đồng ý đã có hiệu lực</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="38" />
        <source>Outcome of your complaint</source>
        <translation>Kết quả giải quyết khiếu nại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/request_letters.py" line="39" />
        <source>Your request was refused</source>
        <translation>Yêu cầu không được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="12" />
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="13" />
        <source>Phone numbers and emails</source>
        <translation>Số điện thoại và email</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="14" />
        <source>Addresses</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="15" />
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="16" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="17" />
        <source>Where we got the data</source>
        <translation>Nguồn thu thập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="18" />
        <source>Web form IP address</source>
        <translation>Địa chỉ IP khi gửi biểu mẫu web</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/domain/corrections.py" line="19" />
        <source>Parent or guardian</source>
        <translation>Cha mẹ hoặc người giám hộ</translation>
    </message>
</context>
</TS>