<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>errors</name>
    <message>
      <source>A job sheet carries only the customer's name, phone and address.</source>
      <translation>Phiếu công việc chỉ ghi tên, số điện thoại và địa chỉ của khách.</translation>
    </message>
  </context>
  <context>
    <name>CustomerView</name>
    <message>
      <source>Job sheet for an installer…</source>
      <translation>Phiếu công việc cho thợ lắp đặt…</translation>
    </message>
    <message>
      <source>Record data given to a partner…</source>
      <translation>Ghi lại dữ liệu đã đưa cho đối tác…</translation>
    </message>
    <message>
      <source>Disclosure no. {id} recorded.</source>
      <translation>Đã ghi lần cung cấp dữ liệu số {id}.</translation>
    </message>
  </context>
  <context>
    <name>CustomerDisclosureDialog</name>
    <message>
      <source>Record data given to a partner</source>
      <translation>Ghi lại dữ liệu đã đưa cho đối tác</translation>
    </message>
    <message>
      <source>For customer no. {id}, {name}: record what was given to a partner, on what basis and why. The customer can ask to see this.</source>
      <translation>Khách hàng số {id}, {name}: ghi lại thông tin nào đã đưa cho đối tác, theo căn cứ nào và để làm gì. Khách hàng có quyền hỏi xem việc này.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Ghi lại</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>No partner is registered yet: the director adds them under Third parties.</source>
      <translation>Chưa có đối tác nào trong danh sách: giám đốc thêm đối tác ở mục Bên thứ ba.</translation>
    </message>
  </context>
  <context>
    <name>JobSheetDialog</name>
    <message>
      <source>Job sheet for an installer</source>
      <translation>Phiếu công việc cho thợ lắp đặt</translation>
    </message>
    <message>
      <source>For customer no. {id}, {name}. The installer gets only the details ticked below; making the sheet records that they were given.</source>
      <translation>Khách hàng số {id}, {name}. Thợ lắp đặt chỉ nhận những thông tin được đánh dấu bên dưới; khi làm phiếu, phần mềm ghi lại việc đã cung cấp các thông tin này.</translation>
    </message>
    <message>
      <source>Details on the sheet (only what the job needs):</source>
      <translation>Thông tin ghi trên phiếu (chỉ những gì công việc cần):</translation>
    </message>
    <message>
      <source>Work to do:</source>
      <translation>Công việc cần làm:</translation>
    </message>
    <message>
      <source>e.g. Install the air conditioner</source>
      <translation>ví dụ: Lắp máy điều hòa</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Lưu thành PDF</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Make the job sheet</source>
      <translation>Làm phiếu công việc</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Then:</source>
      <translation>Sau đó:</translation>
    </message>
    <message>
      <source>No partner has a valid confidentiality agreement today, so no job sheet can be made. The director records partners and their agreements under Third parties.</source>
      <translation>Hôm nay không có đối tác nào có thỏa thuận bảo mật còn hiệu lực, nên không thể làm phiếu công việc. Giám đốc ghi đối tác và thỏa thuận bảo mật ở mục Bên thứ ba.</translation>
    </message>
    <message>
      <source>Tick Save as PDF, Print, or both.</source>
      <translation>Hãy đánh dấu Lưu thành PDF, In, hoặc cả hai.</translation>
    </message>
    <message>
      <source>Save the job sheet</source>
      <translation>Lưu phiếu công việc</translation>
    </message>
    <message>
      <source>job-sheet-{id}.pdf</source>
      <translation>phieu-cong-viec-{id}.pdf</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Choose the partner who does the job.</source>
      <translation>Hãy chọn đối tác làm công việc này.</translation>
    </message>
    <message>
      <source>The job sheet was saved: {file}.</source>
      <translation>Đã lưu phiếu công việc: {file}.</translation>
    </message>
    <message>
      <source>The job sheet was sent to the printer.</source>
      <translation>Đã gửi phiếu công việc đến máy in.</translation>
    </message>
    <message>
      <source>Disclosure no. {id} recorded.</source>
      <translation>Đã ghi lần cung cấp dữ liệu số {id}.</translation>
    </message>
  </context>
  <context>
    <name>DisclosureForm</name>
    <message>
      <source>Document no. of a written request, contract no.</source>
      <translation>Số văn bản yêu cầu, số hợp đồng</translation>
    </message>
    <message>
      <source>Tick only the details the third party needs:</source>
      <translation>Chỉ đánh dấu những thông tin bên thứ ba cần:</translation>
    </message>
    <message>
      <source>Given to:</source>
      <translation>Cung cấp cho:</translation>
    </message>
    <message>
      <source>Basis:</source>
      <translation>Căn cứ:</translation>
    </message>
    <message>
      <source>Reference:</source>
      <translation>Số văn bản:</translation>
    </message>
    <message>
      <source>Purpose:</source>
      <translation>Mục đích:</translation>
    </message>
  </context>
</TS>
