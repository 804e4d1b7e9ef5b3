<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>how the reply letter addresses the person</source>
        <translation>cách xưng hô với người nhận trong thư trả lời</translation>
    </message>
    <message>
        <source>open it even if the customer has an open request of this type (linked)</source>
        <translation>vẫn mở dù khách hàng đã có yêu cầu cùng loại đang mở (sẽ được liên kết)</translation>
    </message>
    <message>
        <source>Request #{id} is waiting on the customer; its clock is stopped.</source>
        <translation>Yêu cầu số {id} đang chờ khách hàng; thời hạn tạm dừng.</translation>
    </message>
    <message>
        <source>Request #{id} resumed: complete by {due}.</source>
        <translation>Yêu cầu số {id} được tiếp tục: hoàn tất trước {due}.</translation>
    </message>
    <message>
        <source>wait on the customer (identity proof, clarification): the clock stops</source>
        <translation>chờ khách hàng (giấy tờ xác minh, làm rõ yêu cầu): tạm dừng tính hạn</translation>
    </message>
    <message>
        <source>what the customer is asked for</source>
        <translation>cần khách hàng cung cấp gì</translation>
    </message>
    <message>
        <source>the customer answered: the clock runs again and the due dates move on</source>
        <translation>khách hàng đã phản hồi: tính hạn trở lại và các hạn được lùi tương ứng</translation>
    </message>
    <message>
        <source>Complete by {due}.</source>
        <translation>Hoàn tất trước {due}.</translation>
    </message>
    <message>
        <source>Waiting on the customer since {since}: {reason}</source>
        <translation>Đang chờ khách hàng từ {since}: {reason}</translation>
    </message>
    <message>
        <source>Linked to request #{id}.</source>
        <translation>Liên kết với yêu cầu số {id}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only customer care and the director work on requests.</source>
        <translation>Chỉ bộ phận chăm sóc khách hàng và giám đốc xử lý yêu cầu.</translation>
    </message>
    <message>
        <source>Only the director decides on a deletion.</source>
        <translation>Chỉ giám đốc quyết định việc xóa dữ liệu.</translation>
    </message>
    <message>
        <source>The request is waiting on the customer. Resume it first.</source>
        <translation>Yêu cầu đang chờ khách hàng. Hãy tiếp tục xử lý trước.</translation>
    </message>
    <message>
        <source>The request is not waiting on the customer.</source>
        <translation>Yêu cầu không ở trạng thái chờ khách hàng.</translation>
    </message>
    <message>
        <source>The identity has already been checked.</source>
        <translation>Danh tính đã được xác minh rồi.</translation>
    </message>
    <message>
        <source>Work on this request has already started.</source>
        <translation>Yêu cầu này đã được bắt đầu xử lý.</translation>
    </message>
    <message>
        <source>Start work on the request first.</source>
        <translation>Hãy bắt đầu xử lý yêu cầu trước.</translation>
    </message>
    <message>
        <source>The deletion is already with the director.</source>
        <translation>Yêu cầu xóa đã được gửi giám đốc.</translation>
    </message>
    <message>
        <source>The deletion has not been sent to the director yet.</source>
        <translation>Yêu cầu xóa chưa được gửi giám đốc duyệt.</translation>
    </message>
    <message>
        <source>Only an access request has a data report.</source>
        <translation>Chỉ yêu cầu truy cập dữ liệu mới có báo cáo dữ liệu.</translation>
    </message>
    <message>
        <source>Only a correction request changes the record.</source>
        <translation>Chỉ yêu cầu chỉnh sửa mới được sửa hồ sơ.</translation>
    </message>
    <message>
        <source>This customer already has request #{id} of this kind open. Work on that one, or open this one anyway to link the two.</source>
        <translation>Khách hàng này đã có yêu cầu số {id} cùng loại đang mở. Hãy xử lý yêu cầu đó, hoặc vẫn mở yêu cầu này để liên kết hai yêu cầu.</translation>
    </message>
    <message>
        <source>Write down what the customer is asked for.</source>
        <translation>Ghi rõ cần khách hàng cung cấp gì.</translation>
    </message>
    <message>
        <source>The law allows at most {maximum} days here; choose fewer.</source>
        <translation>Luật chỉ cho phép tối đa {maximum} ngày ở đây; hãy chọn ít hơn.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Request waiting on the customer</source>
        <translation>Yêu cầu chờ khách hàng</translation>
    </message>
    <message>
        <source>Request resumed</source>
        <translation>Tiếp tục xử lý yêu cầu</translation>
    </message>
</context>
<context>
    <name>request_reports</name>
    <message>
        <source>For any question about this letter, contact {staff}: {contact}.</source>
        <translation>Mọi thắc mắc về thư này, xin liên hệ {staff}: {contact}.</translation>
    </message>
    <message>
        <source>Mr {name}</source>
        <translation>Ông {name}</translation>
    </message>
    <message>
        <source>Mrs {name}</source>
        <translation>Bà {name}</translation>
    </message>
    <message>
        <source>Mr. {name}</source>
        <translation>Anh {name}</translation>
    </message>
    <message>
        <source>Ms {name}</source>
        <translation>Chị {name}</translation>
    </message>
    <message>
        <source>Customer {name}</source>
        <translation>Quý khách {name}</translation>
    </message>
    <message>
        <source>We keep only your name and postal address with this request, to send you this letter and to show we answered it, until {date}; then they are deleted too.</source>
        <translation>Chúng tôi chỉ giữ họ tên và địa chỉ gửi thư của Quý khách cùng yêu cầu này, để gửi thư này và chứng minh đã trả lời, đến ngày {date}; sau đó các thông tin này cũng được xóa.</translation>
    </message>
    <message>
        <source>On {date}, as you asked in request no. {deletion}, we deleted your personal data for good. This request of yours is therefore closed: there is no longer any data of yours for us to act on.</source>
        <translation>Ngày {date}, theo yêu cầu số {deletion} của Quý khách, chúng tôi đã xóa vĩnh viễn dữ liệu cá nhân của Quý khách. Vì vậy yêu cầu này được đóng lại: chúng tôi không còn dữ liệu nào của Quý khách để xử lý.</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <source>Waiting on the customer (clock stopped)</source>
        <translation>Chờ khách hàng (tạm dừng tính hạn)</translation>
    </message>
    <message>
        <source>Resumed (clock running again)</source>
        <translation>Tiếp tục xử lý (tính hạn trở lại)</translation>
    </message>
    <message>
        <source>Linked to the earlier open request</source>
        <translation>Liên kết với yêu cầu đang mở trước đó</translation>
    </message>
    <message>
        <source>Closed: the customer's data was erased</source>
        <translation>Đã đóng: dữ liệu của khách hàng đã bị xóa</translation>
    </message>
    <message>
        <source>Mr (Ông)</source>
        <translation>Ông</translation>
    </message>
    <message>
        <source>Mrs (Bà)</source>
        <translation>Bà</translation>
    </message>
    <message>
        <source>Mr, younger (Anh)</source>
        <translation>Anh</translation>
    </message>
    <message>
        <source>Ms, younger (Chị)</source>
        <translation>Chị</translation>
    </message>
    <message>
        <source>Your request was closed because your data was deleted</source>
        <translation>Yêu cầu của Quý khách đã đóng vì dữ liệu đã được xóa</translation>
    </message>
</context>
</TS>
