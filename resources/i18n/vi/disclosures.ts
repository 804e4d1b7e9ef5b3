<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>DisclosureTableModel</name>
    <message>
      <source>When</source>
      <translation>Thời điểm</translation>
    </message>
    <message>
      <source>Given to</source>
      <translation>Cung cấp cho</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Thông tin</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>Căn cứ</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Mục đích</translation>
    </message>
  </context>
  <context>
    <name>DisclosuresPage</name>
    <message>
      <source>Show</source>
      <translation>Xem</translation>
    </message>
    <message>
      <source>Record disclosure…</source>
      <translation>Ghi lần cung cấp dữ liệu…</translation>
    </message>
    <message>
      <source>Print register…</source>
      <translation>In sổ…</translation>
    </message>
    <message>
      <source>Save register as PDF…</source>
      <translation>Lưu sổ thành PDF…</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Từ:</translation>
    </message>
    <message>
      <source>to:</source>
      <translation>đến:</translation>
    </message>
    <message>
      <source>Disclosures to third parties</source>
      <translation>Cung cấp dữ liệu cho bên thứ ba</translation>
    </message>
    <message>
      <source>Disclosure no. {id} recorded.</source>
      <translation>Đã ghi lần cung cấp dữ liệu số {id}.</translation>
    </message>
    <message>
      <source>The register was sent to the printer.</source>
      <translation>Đã gửi sổ tới máy in.</translation>
    </message>
    <message>
      <source>Save the disclosure register</source>
      <translation>Lưu sổ cung cấp dữ liệu</translation>
    </message>
    <message>
      <source>disclosure-register.pdf</source>
      <translation>so-cung-cap-du-lieu.pdf</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <source>The register was saved: {file}</source>
      <translation>Đã lưu sổ: {file}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Third parties</source>
      <translation>Bên thứ ba</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation>Cung cấp dữ liệu</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <source>Edit a third party</source>
      <translation>Sửa thông tin bên thứ ba</translation>
    </message>
    <message>
      <source>Add a third party</source>
      <translation>Thêm bên thứ ba</translation>
    </message>
    <message>
      <source>A confidentiality agreement is signed</source>
      <translation>Đã ký thỏa thuận bảo mật</translation>
    </message>
    <message>
      <source>No end date</source>
      <translation>Không thời hạn</translation>
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
      <source>Kind:</source>
      <translation>Loại:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Liên hệ:</translation>
    </message>
    <message>
      <source>Signed on:</source>
      <translation>Ngày ký:</translation>
    </message>
    <message>
      <source>Ends on:</source>
      <translation>Ngày hết hạn:</translation>
    </message>
    <message>
      <source>Agreement no.:</source>
      <translation>Số thỏa thuận:</translation>
    </message>
  </context>
  <context>
    <name>PartnerTableModel</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Liên hệ</translation>
    </message>
    <message>
      <source>Agreement signed</source>
      <translation>Ngày ký thỏa thuận</translation>
    </message>
    <message>
      <source>Agreement ends</source>
      <translation>Ngày hết hạn</translation>
    </message>
    <message>
      <source>Agreement no.</source>
      <translation>Số thỏa thuận</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Thỏa thuận</translation>
    </message>
    <message>
      <source>No agreement</source>
      <translation>Chưa có thỏa thuận</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <source>Not yet in force</source>
      <translation>Chưa có hiệu lực</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Hết hạn</translation>
    </message>
    <message>
      <source>Not needed (authority)</source>
      <translation>Không cần (cơ quan nhà nước)</translation>
    </message>
  </context>
  <context>
    <name>PartnersPage</name>
    <message>
      <source>Add third party…</source>
      <translation>Thêm bên thứ ba…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Sửa…</translation>
    </message>
    <message>
      <source>Third parties and their agreements</source>
      <translation>Bên thứ ba và thỏa thuận bảo mật</translation>
    </message>
    <message>
      <source>{name} saved.</source>
      <translation>Đã lưu {name}.</translation>
    </message>
  </context>
  <context>
    <name>RecordDisclosureDialog</name>
    <message>
      <source>Record a disclosure</source>
      <translation>Ghi lần cung cấp dữ liệu</translation>
    </message>
    <message>
      <source>Name, phone or email</source>
      <translation>Tên, số điện thoại hoặc email</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>Tìm</translation>
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
      <source>Customers:</source>
      <translation>Khách hàng:</translation>
    </message>
    <message>
      <source>Add the third party to the register first.</source>
      <translation>Hãy thêm bên thứ ba vào danh sách trước.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>the register of disclosures for a period, as a PDF</source>
      <translation>sổ cung cấp dữ liệu cho bên thứ ba trong một kỳ, dạng PDF</translation>
    </message>
    <message>
      <source>customer data given to third parties (director, sales)</source>
      <translation>dữ liệu khách hàng cung cấp cho bên thứ ba (giám đốc, bán hàng)</translation>
    </message>
    <message>
      <source>record customer data given to a third party; refused (and logged) without a valid confidentiality agreement, unless it answers an authority's written request</source>
      <translation>ghi lại dữ liệu khách hàng cung cấp cho bên thứ ba; bị từ chối (và ghi nhật ký) nếu không có thỏa thuận bảo mật còn hiệu lực, trừ khi trả lời yêu cầu bằng văn bản của cơ quan có thẩm quyền</translation>
    </message>
    <message>
      <source>the partner's id or name, as in the partner register</source>
      <translation>mã số hoặc tên bên thứ ba, như trong danh sách bên thứ ba</translation>
    </message>
    <message>
      <source>the details given, separated by commas: name, phone, email, address, birth_date, orders, notes</source>
      <translation>các thông tin cung cấp, cách nhau bằng dấu phẩy: name (họ tên), phone (điện thoại), email, address (địa chỉ), birth_date (ngày sinh), orders (đơn hàng), notes (ghi chú)</translation>
    </message>
    <message>
      <source>the authority's document number, the contract number</source>
      <translation>số văn bản của cơ quan có thẩm quyền, số hợp đồng</translation>
    </message>
    <message>
      <source>what the details are given for (required)</source>
      <translation>thông tin được cung cấp để làm gì (bắt buộc)</translation>
    </message>
    <message>
      <source>the register of third parties and their agreements</source>
      <translation>danh sách bên thứ ba và thỏa thuận bảo mật của họ</translation>
    </message>
    <message>
      <source>add a third party (director)</source>
      <translation>thêm một bên thứ ba (giám đốc)</translation>
    </message>
    <message>
      <source>the day the confidentiality agreement was signed</source>
      <translation>ngày ký thỏa thuận bảo mật</translation>
    </message>
    <message>
      <source>the day the agreement ends (none: open-ended)</source>
      <translation>ngày thỏa thuận hết hạn (bỏ trống: không thời hạn)</translation>
    </message>
    <message>
      <source>the third parties and whether their agreement is valid</source>
      <translation>các bên thứ ba và thỏa thuận của họ còn hiệu lực hay không</translation>
    </message>
    <message>
      <source>--fields takes some of: {choices}.</source>
      <translation>--fields nhận một hoặc nhiều giá trị trong: {choices}.</translation>
    </message>
    <message>
      <source>Disclosure #{id} recorded for partner #{partner}.</source>
      <translation>Đã ghi lần cung cấp dữ liệu #{id} cho bên thứ ba #{partner}.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>còn hiệu lực</translation>
    </message>
    <message>
      <source>NOT VALID</source>
      <translation>KHÔNG CÒN HIỆU LỰC</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Agreement ends</source>
      <translation>Thỏa thuận hết hạn</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Thỏa thuận</translation>
    </message>
    <message>
      <source>an installer's job sheet (name, phone, installation address) as a PDF; making it records the disclosure to the partner (basis: contract)</source>
      <translation>phiếu công việc cho thợ lắp đặt (họ tên, số điện thoại, địa chỉ lắp đặt) dạng PDF; khi tạo phiếu, lần cung cấp dữ liệu cho đối tác được ghi lại (căn cứ: hợp đồng)</translation>
    </message>
  </context>
  <context>
    <name>disclosures</name>
    <message>
      <source>Installer or partner</source>
      <translation>Thợ lắp đặt hoặc đối tác</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Giao hàng</translation>
    </message>
    <message>
      <source>IT services</source>
      <translation>Dịch vụ tin học</translation>
    </message>
    <message>
      <source>Auditor</source>
      <translation>Đơn vị kiểm toán</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Luật sư</translation>
    </message>
    <message>
      <source>State authority</source>
      <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Đơn hàng</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Customer's consent</source>
      <translation>Khách hàng đồng ý</translation>
    </message>
    <message>
      <source>Contract with a bound partner</source>
      <translation>Hợp đồng với đối tác đã cam kết bảo mật</translation>
    </message>
    <message>
      <source>Written request of an authority</source>
      <translation>Yêu cầu bằng văn bản của cơ quan có thẩm quyền</translation>
    </message>
    <message>
      <source>Audit</source>
      <translation>Kiểm toán</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Partner #{partner} has no valid confidentiality agreement today, so no customer data may go to them. Record a signed, unexpired agreement first.</source>
      <translation>Đối tác #{partner} hôm nay không có thỏa thuận bảo mật còn hiệu lực, nên không được chuyển dữ liệu khách hàng cho họ. Hãy ghi thỏa thuận đã ký, còn hạn trước.</translation>
    </message>
    <message>
      <source>Customer #{customer} has not agreed to sharing with partners. Choose the contract basis if the work is part of what they bought, or record their consent first.</source>
      <translation>Khách hàng #{customer} chưa đồng ý chia sẻ với đối tác. Chọn căn cứ hợp đồng nếu công việc thuộc hàng khách đã mua, hoặc ghi sự đồng ý của khách trước.</translation>
    </message>
    <message>
      <source>Customer #{customer} has withdrawn consent to sharing with partners: nothing may be shared with partners about them.</source>
      <translation>Khách hàng #{customer} đã rút lại đồng ý chia sẻ với đối tác: không được chia sẻ gì về khách này cho đối tác.</translation>
    </message>
    <message>
      <source>A legal request must come from a state authority in the partner register.</source>
      <translation>Yêu cầu theo pháp luật phải đến từ một cơ quan nhà nước có trong danh sách bên thứ ba.</translation>
    </message>
    <message>
      <source>Choose at least one customer.</source>
      <translation>Hãy chọn ít nhất một khách hàng.</translation>
    </message>
    <message>
      <source>Tick the details that are given, and only those.</source>
      <translation>Hãy đánh dấu những thông tin được cung cấp, và chỉ những thông tin đó.</translation>
    </message>
    <message>
      <source>Say what the details are given for.</source>
      <translation>Hãy ghi rõ thông tin được cung cấp để làm gì.</translation>
    </message>
    <message>
      <source>Enter the number of the authority's written request.</source>
      <translation>Hãy nhập số văn bản yêu cầu của cơ quan có thẩm quyền.</translation>
    </message>
    <message>
      <source>No partner #{id}.</source>
      <translation>Không có bên thứ ba #{id}.</translation>
    </message>
    <message>
      <source>Enter the partner's name.</source>
      <translation>Hãy nhập tên bên thứ ba.</translation>
    </message>
    <message>
      <source>Enter the date the agreement was signed.</source>
      <translation>Hãy nhập ngày ký thỏa thuận.</translation>
    </message>
    <message>
      <source>The agreement cannot expire before it was signed.</source>
      <translation>Thỏa thuận không thể hết hạn trước ngày ký.</translation>
    </message>
    <message>
      <source>No partner matches {text}.</source>
      <translation>Không có bên thứ ba nào khớp với {text}.</translation>
    </message>
    <message>
      <source>Several partners match {text}: give the partner's id.</source>
      <translation>Có nhiều bên thứ ba khớp với {text}: hãy nhập mã số của bên thứ ba.</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <source>Given to</source>
      <translation>Cung cấp cho</translation>
    </message>
    <message>
      <source>Details given</source>
      <translation>Thông tin cung cấp</translation>
    </message>
    <message>
      <source>Basis</source>
      <translation>Căn cứ</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Mục đích</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Người ghi</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>No disclosure was recorded.</source>
      <translation>Không có lần cung cấp dữ liệu nào được ghi.</translation>
    </message>
    <message>
      <source>Register of disclosures to third parties</source>
      <translation>Sổ cung cấp dữ liệu cho bên thứ ba</translation>
    </message>
    <message>
      <source>Every time customers' personal data was given to someone outside the shop during the period. Customers are shown by their number in the app. Times are shop time (Vietnam).</source>
      <translation>Mọi lần dữ liệu cá nhân của khách hàng được cung cấp cho người ngoài cửa hàng trong kỳ. Khách hàng được ghi theo mã số trong ứng dụng. Giờ là giờ cửa hàng (Việt Nam).</translation>
    </message>
    <message>
      <source>Disclosures</source>
      <translation>Số lần cung cấp</translation>
    </message>
    <message>
      <source>Customers concerned</source>
      <translation>Số khách hàng liên quan</translation>
    </message>
    <message>
      <source>Disclosures of one customer's data</source>
      <translation>Các lần cung cấp dữ liệu của một khách hàng</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Khách hàng</translation>
    </message>
    <message>
      <source>Installation</source>
      <translation>Lắp đặt</translation>
    </message>
    <message>
      <source>Job sheet</source>
      <translation>Phiếu công việc</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Installation address</source>
      <translation>Địa chỉ lắp đặt</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Công việc</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Disclosure no.</source>
      <translation>Mã lần cung cấp dữ liệu</translation>
    </message>
    <message>
      <source>These details are given only for this job, under the confidentiality agreement {reference}. Do not copy or keep them after the job; return or destroy this sheet when the work is done.</source>
      <translation>Các thông tin này chỉ được cung cấp cho công việc này, theo thỏa thuận bảo mật {reference}. Không sao chép hoặc giữ lại sau khi xong việc; trả lại hoặc hủy phiếu này khi hoàn thành công việc.</translation>
    </message>
    <message>
      <source>Received by (partner)</source>
      <translation>Người nhận (đối tác)</translation>
    </message>
  </context>
</TS>
