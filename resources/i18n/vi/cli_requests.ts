<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>cli</name>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="37" />
        <source>customers' requests about their data (customer care and director)</source>
        <translation>yêu cầu của khách hàng về dữ liệu của họ (chăm sóc khách hàng và giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="43" />
        <source>the open requests, soonest deadline first</source>
        <translation>các yêu cầu đang mở, hạn gần nhất lên trước</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="48" />
        <source>only requests past their deadline</source>
        <translation>chỉ các yêu cầu đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="54" />
        <source>closed requests too</source>
        <translation>kể cả các yêu cầu đã đóng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="58" />
        <source>one request with its history</source>
        <translation>một yêu cầu cùng lịch sử xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="59" />
        <source>record how the requester proved who they are (needed before anything else)</source>
        <translation>ghi lại cách người yêu cầu chứng minh danh tính (bắt buộc trước mọi việc khác)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="68" />
        <source>how the identity was checked</source>
        <translation>cách đã xác minh danh tính</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="70" />
        <source>details, if any</source>
        <translation>chi tiết, nếu có</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="72" />
        <source>start work on a request</source>
        <translation>bắt đầu xử lý một yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="76" />
        <source>send a deletion to the director for approval</source>
        <translation>trình giám đốc duyệt một yêu cầu xóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="82" />
        <source>approve a deletion (director only)</source>
        <translation>duyệt một yêu cầu xóa dữ liệu (chỉ giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="88" />
        <source>refuse a deletion, with the legal reason (director only)</source>
        <translation>từ chối một yêu cầu xóa dữ liệu, kèm lý do pháp lý (chỉ giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="93" />
        <source>refuse a request, with the reason for the letter</source>
        <translation>từ chối một yêu cầu, kèm lý do để ghi vào thư trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="103" />
        <source>the reason, as the customer will read it</source>
        <translation>lý do, đúng như khách hàng sẽ đọc</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="106" />
        <source>the one extension allowed, with its reason</source>
        <translation>lần gia hạn duy nhất được phép, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="114" />
        <source>how many days (default: the most allowed)</source>
        <translation>số ngày (mặc định: tối đa được phép)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="120" />
        <source>carry out and close a request (a deletion erases the customer's personal data)</source>
        <translation>thực hiện và đóng một yêu cầu (yêu cầu xóa sẽ xóa dữ liệu cá nhân của khách hàng)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="125" />
        <source>write the reply letter for a request as a PDF</source>
        <translation>xuất thư trả lời cho một yêu cầu ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="134" />
        <source>log a request; prints its number and due time</source>
        <translation>ghi nhận một yêu cầu; in ra số yêu cầu và hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="140" />
        <source>the customer's number</source>
        <translation>mã số khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="147" />
        <source>how it came in (default: phone)</source>
        <translation>yêu cầu đến qua kênh nào (mặc định: điện thoại)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="152" />
        <source>what the customer asked, in their words</source>
        <translation>nội dung khách hàng yêu cầu, theo lời của họ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="157" />
        <source>the day it came in, if not today</source>
        <translation>ngày nhận yêu cầu, nếu không phải hôm nay</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="162" />
        <source>a processor (e.g. the installation partner) must act too</source>
        <translation>cần cả bên xử lý (ví dụ đối tác lắp đặt) cùng thực hiện</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="170" />
        <source>the customer's own data report, as a PDF</source>
        <translation>báo cáo dữ liệu cá nhân của khách hàng, dạng PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="177" />
        <source>also write the same content as JSON</source>
        <translation>xuất thêm cùng nội dung dạng JSON</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="183" />
        <source>the access request this report answers</source>
        <translation>yêu cầu xem dữ liệu mà báo cáo này trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="197" />
        <source>print reports as PDF files</source>
        <translation>in báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="205" />
        <source>the request number</source>
        <translation>số yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="271" />
        <source>Request #{id} opened. Acknowledge by {ack}; complete by {due}.</source>
        <translation>Đã ghi nhận yêu cầu #{id}. Xác nhận đã nhận trước {ack}; hoàn tất trước {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="291" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="292" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="293" />
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="294" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="295" />
        <source>Next deadline</source>
        <translation>Hạn kế tiếp</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="296" />
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="319" />
        <source>No requests.</source>
        <translation>Không có yêu cầu nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="326" />
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="327" />
        <source>due within a day</source>
        <translation>đến hạn trong 1 ngày</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="328" />
        <source>on time</source>
        <translation>còn hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="329" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="369" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="375" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="381" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="388" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="394" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="400" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="421" />
        <source>Request #{id}: {status}.</source>
        <translation>Yêu cầu #{id}: {status}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="408" />
        <source>Request #{id} extended: complete by {due}.</source>
        <translation>Đã gia hạn yêu cầu #{id}: hoàn tất trước {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="431" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="445" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Đã ghi {path} ({pages} trang).</translation>
    </message>
</context>
</TS>