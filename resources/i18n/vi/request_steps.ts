<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
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
</context>
</TS>
