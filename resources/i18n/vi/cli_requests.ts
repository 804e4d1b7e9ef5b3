<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>cli</name>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="38" />
        <source>customers' requests about their data (customer care and director)</source>
        <translation>yêu cầu của khách hàng về dữ liệu của họ (chăm sóc khách hàng và giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="44" />
        <source>the open requests, soonest deadline first</source>
        <translation>các yêu cầu đang mở, hạn gần nhất lên trước</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="49" />
        <source>only requests past their deadline</source>
        <translation>chỉ các yêu cầu đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="55" />
        <source>closed requests too</source>
        <translation>kể cả các yêu cầu đã đóng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="59" />
        <source>one request with its history</source>
        <translation>một yêu cầu cùng lịch sử xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="60" />
        <source>record how the requester proved who they are (needed before anything else)</source>
        <translation>ghi lại cách người yêu cầu chứng minh danh tính (bắt buộc trước mọi việc khác)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="69" />
        <source>how the identity was checked</source>
        <translation>cách đã xác minh danh tính</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="71" />
        <source>details, if any</source>
        <translation>chi tiết, nếu có</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="73" />
        <source>start work on a request</source>
        <translation>bắt đầu xử lý một yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="77" />
        <source>send a deletion to the director for approval</source>
        <translation>trình giám đốc duyệt một yêu cầu xóa dữ liệu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="83" />
        <source>approve a deletion (director only)</source>
        <translation>duyệt một yêu cầu xóa dữ liệu (chỉ giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="89" />
        <source>refuse a deletion, with the legal reason (director only)</source>
        <translation>từ chối một yêu cầu xóa dữ liệu, kèm lý do pháp lý (chỉ giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="94" />
        <source>refuse a request, with the reason for the letter</source>
        <translation>từ chối một yêu cầu, kèm lý do để ghi vào thư trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="104" />
        <source>the reason, as the customer will read it</source>
        <translation>lý do, đúng như khách hàng sẽ đọc</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="107" />
        <source>the one extension allowed, with its reason</source>
        <translation>lần gia hạn duy nhất được phép, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="115" />
        <source>how many days (default: the most allowed)</source>
        <translation>số ngày (mặc định: tối đa được phép)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="121" />
        <source>carry out and close a request (a deletion erases the customer's personal data)</source>
        <translation>thực hiện và đóng một yêu cầu (yêu cầu xóa sẽ xóa dữ liệu cá nhân của khách hàng)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="126" />
        <source>match a request to the customer who made it</source>
        <translation>gắn một yêu cầu với khách hàng đã gửi nó</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="131" />
        <source>add a note to a request (kept encrypted)</source>
        <translation>thêm ghi chú vào một yêu cầu (được mã hóa)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="138" />
        <source>a finding of a complaint's investigation</source>
        <translation>một kết quả xác minh khiếu nại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="141" />
        <source>record a complaint's outcome and remedy</source>
        <translation>ghi kết quả và biện pháp khắc phục của một khiếu nại</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="147" />
        <source>write the reply letter for a request as a PDF</source>
        <translation>xuất thư trả lời cho một yêu cầu ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="156" />
        <source>log a request; prints its number and due time</source>
        <translation>ghi nhận một yêu cầu; in ra số yêu cầu và hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="162" />
        <source>the customer's number</source>
        <translation>mã số khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="169" />
        <source>how it came in (default: phone)</source>
        <translation>yêu cầu đến qua kênh nào (mặc định: điện thoại)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="174" />
        <source>what the customer asked, in their words</source>
        <translation>nội dung khách hàng yêu cầu, theo lời của họ</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="179" />
        <source>the day it came in, if not today</source>
        <translation>ngày nhận yêu cầu, nếu không phải hôm nay</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="184" />
        <source>a processor (e.g. the installation partner) must act too</source>
        <translation>cần cả bên xử lý (ví dụ đối tác lắp đặt) cùng thực hiện</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="192" />
        <source>the customer's own data report, as a PDF</source>
        <translation>báo cáo dữ liệu cá nhân của khách hàng, dạng PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="199" />
        <source>also write the same content as JSON</source>
        <translation>xuất thêm cùng nội dung dạng JSON</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="205" />
        <source>the access request this report answers</source>
        <translation>yêu cầu xem dữ liệu mà báo cáo này trả lời</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="219" />
        <source>print reports as PDF files</source>
        <translation>in báo cáo ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="227" />
        <source>the request number</source>
        <translation>số yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="293" />
        <source>Request #{id} opened. Acknowledge by {ack}; complete by {due}.</source>
        <translation>Đã ghi nhận yêu cầu #{id}. Xác nhận đã nhận trước {ack}; hoàn tất trước {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="313" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="314" />
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="315" />
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="316" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="317" />
        <source>Next deadline</source>
        <translation>Hạn kế tiếp</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="318" />
        <source>Urgency</source>
        <translation>Mức khẩn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="341" />
        <source>No requests.</source>
        <translation>Không có yêu cầu nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="348" />
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="349" />
        <source>due within a day</source>
        <translation>đến hạn trong 1 ngày</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="350" />
        <source>on time</source>
        <translation>còn hạn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="351" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="391" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="397" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="403" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="410" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="416" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="422" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="443" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="450" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="459" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="468" />
        <source>Request #{id}: {status}.</source>
        <translation>Yêu cầu #{id}: {status}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="430" />
        <source>Request #{id} extended: complete by {due}.</source>
        <translation>Đã gia hạn yêu cầu #{id}: hoàn tất trước {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="478" />
        <location filename="../../../src/shopprivacy/cli/commands/requests.py" line="492" />
        <source>Wrote {path} ({pages} pages).</source>
        <translation>Đã ghi {path} ({pages} trang).</translation>
    </message>
</context>
</TS>