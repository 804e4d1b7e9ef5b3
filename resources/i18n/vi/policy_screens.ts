<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ContradictionsBox</name>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>No policy is published yet, so nothing can be checked. Publish one.</source>
        <translation>Chưa công bố chính sách nên chưa có gì để đối chiếu. Hãy công bố một bản.</translation>
    </message>
    <message>
        <source>✔ What the shop does matches the published policy.</source>
        <translation>✔ Việc cửa hàng đang làm khớp với chính sách đã công bố.</translation>
    </message>
    <message>
        <source>What does not match</source>
        <translation>Chỗ không khớp</translation>
    </message>
    <message>
        <source>To fix the policy</source>
        <translation>Cách sửa chính sách</translation>
    </message>
    <message>
        <source>To fix the practice</source>
        <translation>Cách sửa cách làm</translation>
    </message>
    <message>
        <source>Fix the policy: draft a new version…</source>
        <translation>Sửa chính sách: soạn bản mới…</translation>
    </message>
    <message>
        <source>Fix the practice: open where it is recorded</source>
        <translation>Sửa cách làm: mở nơi ghi nhận</translation>
    </message>
    <message>
        <source>⚠ Places where what the shop does is not what the published policy says: {n}. Select one, then fix the policy or the practice.</source>
        <translation>⚠ Số chỗ việc cửa hàng đang làm không đúng như chính sách đã công bố: {n}. Chọn một dòng rồi sửa chính sách hoặc sửa cách làm.</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>⚠ Processing has stopped: this customer withdrew every consent and has no order. A deletion request is open for customer care; no new order, export or disclosure is possible.</source>
        <translation>⚠ Đã ngừng xử lý dữ liệu: khách đã rút lại mọi sự đồng ý và không có đơn hàng nào. Một yêu cầu xóa dữ liệu đang chờ bộ phận chăm sóc khách hàng; không thể tạo đơn mới, xuất danh sách hay cung cấp dữ liệu của khách này.</translation>
    </message>
</context>
<context>
    <name>DataRulesBox</name>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saved. If the published privacy policy says otherwise, draft and publish a new version.</source>
        <translation>Đã lưu. Nếu chính sách đã công bố ghi khác, hãy soạn và công bố phiên bản mới.</translation>
    </message>
    <message>
        <source>Customer data the shop collects</source>
        <translation>Dữ liệu khách hàng cửa hàng thu thập</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Name and mobile phone are always collected. Collect only what the shop needs; the privacy policy lists what is ticked here.</source>
        <translation>Họ tên và số di động luôn được thu thập. Chỉ thu thập những gì cửa hàng cần; chính sách bảo vệ dữ liệu liệt kê những mục được đánh dấu ở đây.</translation>
    </message>
</context>
<context>
    <name>DirectorHome</name>
    <message>
        <source>⚠ No policy is published: no consent can be recorded. Publish one in the “Data protection policy” tab.</source>
        <translation>⚠ Chưa công bố chính sách: chưa thể ghi nhận sự đồng ý nào. Hãy công bố ở thẻ “Chính sách bảo vệ dữ liệu”.</translation>
    </message>
    <message>
        <source>In force: version {label}.</source>
        <translation>Đang áp dụng: phiên bản {label}.</translation>
    </message>
    <message>
        <source>✔ The practice matches it.</source>
        <translation>✔ Việc cửa hàng đang làm khớp với chính sách.</translation>
    </message>
    <message>
        <source>Data protection policy</source>
        <translation>Chính sách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Places where the shop's practice contradicts it: {n} (see “Policy against practice”).</source>
        <translation>Số chỗ việc cửa hàng đang làm trái với chính sách: {n} (xem “Chính sách và thực tế”).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data protection policy</source>
        <translation>Chính sách bảo vệ dữ liệu</translation>
    </message>
</context>
<context>
    <name>OlderVersionBox</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <source>Save notice letters as PDF…</source>
        <translation>Lưu thư thông báo (PDF)…</translation>
    </message>
    <message>
        <source>Copy the email text</source>
        <translation>Sao chép nội dung email</translation>
    </message>
    <message>
        <source>Email to send them (subject on the first line):</source>
        <translation>Email gửi khách (dòng đầu là tiêu đề):</translation>
    </message>
    <message>
        <source>No policy is published yet.</source>
        <translation>Chưa công bố chính sách nào.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Những gì đã thay đổi:</translation>
    </message>
    <message>
        <source>Copied. Paste it into your email program.</source>
        <translation>Đã sao chép. Hãy dán vào chương trình email.</translation>
    </message>
    <message>
        <source>✔ No customer agreed under an older version: no notice is needed.</source>
        <translation>✔ Không có khách nào đồng ý theo bản cũ: không cần gửi thông báo.</translation>
    </message>
    <message>
        <source>Customers who agreed to something under an older version: {n}. Tell them what changed; ask again where a consent depends on the new text.</source>
        <translation>Số khách đã đồng ý theo một phiên bản cũ: {n}. Hãy báo cho khách những gì đã thay đổi; hỏi lại sự đồng ý nếu nó phụ thuộc vào nội dung mới.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>Written from the shop's settings. Change the wording as you need; a published version never changes afterwards.</source>
        <translation>Soạn sẵn từ thông tin và cài đặt của cửa hàng. Sửa câu chữ theo ý bạn; phiên bản đã công bố thì không sửa được nữa.</translation>
    </message>
    <message>
        <source>Version name:</source>
        <translation>Tên phiên bản:</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>Áp dụng từ ngày:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>PolicyEditorDialog</name>
    <message>
        <source>Publish version {label}, in force from {day}?</source>
        <translation>Công bố phiên bản {label}, áp dụng từ ngày {day}?</translation>
    </message>
    <message>
        <source>A published version never changes: to change it later you publish a new version. Consents recorded from that day name this version.</source>
        <translation>Phiên bản đã công bố không bao giờ bị sửa: muốn thay đổi, bạn công bố phiên bản mới. Các sự đồng ý ghi nhận từ ngày đó sẽ gắn với phiên bản này.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Draft of the data protection policy</source>
        <translation>Bản nháp chính sách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Publish this version…</source>
        <translation>Công bố phiên bản này…</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Đóng (giữ bản nháp)</translation>
    </message>
    <message>
        <source>Publish the policy</source>
        <translation>Công bố chính sách</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>The draft is kept until you close the app.</source>
        <translation>Bản nháp được giữ lại cho tới khi bạn đóng ứng dụng.</translation>
    </message>
    <message>
        <source>Version {label} published.</source>
        <translation>Đã công bố phiên bản {label}.</translation>
    </message>
    <message>
        <source>Text and versions</source>
        <translation>Văn bản và các phiên bản</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Mục đích xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Policy against practice</source>
        <translation>Chính sách và thực tế</translation>
    </message>
    <message>
        <source>Customers under an older version</source>
        <translation>Khách đồng ý theo bản cũ</translation>
    </message>
    <message>
        <source>Data protection policy</source>
        <translation>Chính sách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>⚠ No policy is published: the desk cannot record any consent. Draft one, read it, then publish it.</source>
        <translation>⚠ Chưa công bố chính sách: quầy chưa thể ghi nhận sự đồng ý nào. Hãy soạn bản nháp, đọc lại rồi công bố.</translation>
    </message>
    <message>
        <source>In force: version {label}, since {day}.</source>
        <translation>Đang áp dụng: phiên bản {label}, từ ngày {day}.</translation>
    </message>
</context>
<context>
    <name>PolicyWizardPage</name>
    <message>
        <source>Data protection policy</source>
        <translation>Chính sách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Customers must be able to read how the shop uses their data, and no consent can be recorded before a policy is published. Here is a draft made from the shop's details. Read it, change what is not right, then press Finish to publish it.</source>
        <translation>Khách hàng phải đọc được cửa hàng dùng dữ liệu của họ thế nào, và chưa công bố chính sách thì chưa ghi nhận được sự đồng ý nào. Đây là bản nháp soạn từ thông tin cửa hàng. Hãy đọc, sửa chỗ chưa đúng, rồi bấm Hoàn tất để công bố.</translation>
    </message>
    <message>
        <source>Publish later (from the director's “Data protection policy” tab)</source>
        <translation>Công bố sau (ở thẻ “Chính sách bảo vệ dữ liệu” của giám đốc)</translation>
    </message>
    <message>
        <source>Nothing was lost. Correct it and press Finish again, or tick “Publish later”.</source>
        <translation>Không mất gì cả. Hãy sửa rồi bấm Hoàn tất lần nữa, hoặc đánh dấu “Công bố sau”.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Add a purpose</source>
        <translation>Thêm mục đích</translation>
    </message>
    <message>
        <source>Edit a purpose</source>
        <translation>Sửa mục đích</translation>
    </message>
    <message>
        <source>for example: 24 months after the last order</source>
        <translation>ví dụ: 24 tháng sau đơn hàng cuối</translation>
    </message>
    <message>
        <source>not a fixed number</source>
        <translation>không cố định</translation>
    </message>
    <message>
        <source>The shop does this now</source>
        <translation>Cửa hàng đang làm việc này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Mục đích:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Cơ sở pháp lý:</translation>
    </message>
    <message>
        <source>Consent asked at the desk:</source>
        <translation>Sự đồng ý hỏi tại quầy:</translation>
    </message>
    <message>
        <source>Data used:</source>
        <translation>Dữ liệu dùng:</translation>
    </message>
    <message>
        <source>Kept for:</source>
        <translation>Thời gian lưu:</translation>
    </message>
    <message>
        <source>Months (if fixed):</source>
        <translation>Số tháng (nếu cố định):</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Cơ sở pháp lý</translation>
    </message>
    <message>
        <source>Data used</source>
        <translation>Dữ liệu dùng</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Thời gian lưu</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Số di động</translation>
    </message>
    <message>
        <source>Orders and warranty</source>
        <translation>Đơn hàng và bảo hành</translation>
    </message>
</context>
<context>
    <name>PurposesBox</name>
    <message>
        <source>Add purpose…</source>
        <translation>Thêm mục đích…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Why the shop uses customers' data. Each purpose needs a legal basis; those based on consent are the ones the desk asks customers about.</source>
        <translation>Cửa hàng dùng dữ liệu của khách để làm gì. Mỗi mục đích cần một cơ sở pháp lý; các mục đích dựa trên sự đồng ý là những điều quầy hỏi khách.</translation>
    </message>
    <message>
        <source>{name} saved. Draft a new version so the policy says it.</source>
        <translation>Đã lưu {name}. Hãy soạn phiên bản mới để chính sách ghi điều này.</translation>
    </message>
</context>
<context>
    <name>ShopPolicyFields</name>
    <message>
        <source>for example: 8:00–20:00, Monday to Saturday</source>
        <translation>ví dụ: 8:00–20:00, thứ Hai đến thứ Bảy</translation>
    </message>
    <message>
        <source>full name of the person customers can ask</source>
        <translation>họ tên người khách có thể liên hệ</translation>
    </message>
    <message>
        <source>The shop installs cameras for customers (the policy covers camera footage)</source>
        <translation>Cửa hàng lắp camera cho khách (chính sách có phần về hình ảnh camera)</translation>
    </message>
    <message>
        <source>Hotline hours:</source>
        <translation>Giờ nghe máy:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Người phụ trách bảo vệ dữ liệu:</translation>
    </message>
    <message>
        <source>Their phone:</source>
        <translation>Số điện thoại của người đó:</translation>
    </message>
</context>
<context>
    <name>VersionsBox</name>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày công bố</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Draft a new version…</source>
        <translation>Soạn bản nháp…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>Xuất HTML…</translation>
    </message>
    <message>
        <source>{label} (in force)</source>
        <translation>{label} (đang áp dụng)</translation>
    </message>
    <message>
        <source>No version is published yet. Draft one, read it, then publish it.</source>
        <translation>Chưa có phiên bản nào được công bố. Hãy soạn bản nháp, đọc lại rồi công bố.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <source>in</source>
        <translation>bằng</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Hoa Kỳ</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hồng Kông</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Đài Loan</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Hàn Quốc</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Ấn Độ</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Úc</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Hà Lan</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Đức</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Pháp</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Anh</translation>
    </message>
</context>
</TS>
