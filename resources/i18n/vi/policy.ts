<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Không ghi được tệp {path}.</translation>
    </message>
    <message>
        <source>customers who agreed under an older version: the letters (PDF, one per customer) and the email telling them what changed (director)</source>
        <translation>khách hàng đã đồng ý theo phiên bản cũ: thư thông báo (PDF, mỗi khách một thư) và email cho biết điều gì thay đổi (giám đốc)</translation>
    </message>
    <message>
        <source>{count} customer(s) agreed under an older version.</source>
        <translation>{count} khách hàng đã đồng ý theo phiên bản cũ.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Không đọc được tệp {path}.</translation>
    </message>
    <message>
        <source>Contradiction: {text}</source>
        <translation>Chưa khớp: {text}</translation>
    </message>
    <message>
        <source>Published policy {label}, in force from {day}.</source>
        <translation>Đã ban hành chính sách {label}, có hiệu lực từ {day}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source>No privacy policy is in force yet.</source>
        <translation>Chưa có chính sách bảo vệ dữ liệu nào đang có hiệu lực.</translation>
    </message>
    <message>
        <source>The app's records agree with the policy in force.</source>
        <translation>Những gì ứng dụng ghi nhận khớp với chính sách đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Fix the policy: {fix}</source>
        <translation>Sửa chính sách: {fix}</translation>
    </message>
    <message>
        <source>Or fix the practice: {fix}</source>
        <translation>Hoặc sửa cách làm: {fix}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Thời gian lưu</translation>
    </message>
    <message>
        <source>the shop's privacy policy: draft, publish, show, check</source>
        <translation>chính sách bảo vệ dữ liệu của cửa hàng: soạn, ban hành, xem, đối chiếu</translation>
    </message>
    <message>
        <source>draft the policy from the shop's settings, partners, purposes and retention rules (Markdown; director)</source>
        <translation>soạn chính sách từ cài đặt, đối tác, mục đích xử lý và thời hạn lưu của cửa hàng (Markdown; giám đốc)</translation>
    </message>
    <message>
        <source>language of the policy (default: Vietnamese)</source>
        <translation>ngôn ngữ của chính sách (mặc định: tiếng Việt)</translation>
    </message>
    <message>
        <source>publish a version of the policy from a file; a published version never changes</source>
        <translation>ban hành một phiên bản chính sách từ tệp; phiên bản đã ban hành không bao giờ thay đổi</translation>
    </message>
    <message>
        <source>the published versions</source>
        <translation>các phiên bản đã ban hành</translation>
    </message>
    <message>
        <source>a version's text (the one in force by default), as a PDF or a web page if asked</source>
        <translation>nội dung một phiên bản (mặc định: bản đang có hiệu lực), xuất PDF hoặc trang web nếu cần</translation>
    </message>
    <message>
        <source>compare what the app records with the policy in force; exit 1 listing each contradiction (director)</source>
        <translation>đối chiếu những gì ứng dụng ghi nhận với chính sách đang có hiệu lực; thoát mã 1 và liệt kê từng điểm chưa khớp (giám đốc)</translation>
    </message>
    <message>
        <source>the register of processing purposes</source>
        <translation>danh mục mục đích xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>The register has the purpose {purpose}, which the policy does not state.</source>
        <translation>Danh mục có mục đích {purpose} mà chính sách không nêu.</translation>
    </message>
    <message>
        <source>Switch the purpose off in the register.</source>
        <translation>Tắt mục đích này trong danh mục.</translation>
    </message>
    <message>
        <source>Data for {purpose} is kept {now} months; the policy says {declared}.</source>
        <translation>Dữ liệu cho mục đích {purpose} đang được giữ {now} tháng; chính sách ghi {declared}.</translation>
    </message>
    <message>
        <source>Set the purpose's months back to the policy's.</source>
        <translation>Đặt lại số tháng của mục đích theo chính sách.</translation>
    </message>
    <message>
        <source>The customer's consent</source>
        <translation>Sự đồng ý của khách hàng</translation>
    </message>
    <message>
        <source>A contract with the customer</source>
        <translation>Hợp đồng với khách hàng</translation>
    </message>
    <message>
        <source>A duty the law puts on the shop</source>
        <translation>Nghĩa vụ của cửa hàng theo pháp luật</translation>
    </message>
    <message>
        <source>Protecting someone's life, health or property in an emergency</source>
        <translation>Bảo vệ tính mạng, sức khỏe, tài sản trong tình huống khẩn cấp</translation>
    </message>
    <message>
        <source>Duties of state authorities under law</source>
        <translation>Nhiệm vụ của cơ quan nhà nước theo luật</translation>
    </message>
    <message>
        <source>Consents are recorded for {purpose}, a purpose the policy does not state.</source>
        <translation>Đang ghi nhận sự đồng ý cho {purpose}, một mục đích chính sách không nêu.</translation>
    </message>
    <message>
        <source>Stop recording consents for this purpose.</source>
        <translation>Ngừng ghi nhận sự đồng ý cho mục đích này.</translation>
    </message>
    <message>
        <source>Requests come in by {channel}, a channel the policy does not list.</source>
        <translation>Yêu cầu được gửi qua {channel}, một kênh chính sách không liệt kê.</translation>
    </message>
    <message>
        <source>Point customers to the channels the policy lists.</source>
        <translation>Hướng dẫn khách hàng dùng các kênh chính sách đã liệt kê.</translation>
    </message>
    <message>
        <source>Data goes to {partner} in {country}, but the policy says data stays in Vietnam.</source>
        <translation>Dữ liệu được chuyển cho {partner} ở {country}, nhưng chính sách nói dữ liệu chỉ lưu tại Việt Nam.</translation>
    </message>
    <message>
        <source>Publish a version that names the transfer abroad.</source>
        <translation>Ban hành phiên bản mới có nêu việc chuyển dữ liệu ra nước ngoài.</translation>
    </message>
    <message>
        <source>Use a partner that keeps data in Vietnam.</source>
        <translation>Dùng đối tác lưu dữ liệu tại Việt Nam.</translation>
    </message>
    <message>
        <source>Publish a new version of the policy that declares it.</source>
        <translation>Ban hành phiên bản chính sách mới có nêu điều này.</translation>
    </message>
    <message>
        <source>The shop collects the field {field}, which the policy does not declare.</source>
        <translation>Cửa hàng đang thu thập trường {field} mà chính sách không nêu.</translation>
    </message>
    <message>
        <source>Switch the field off in Settings.</source>
        <translation>Tắt trường này trong Cài đặt.</translation>
    </message>
    <message>
        <source>The partner {partner} is in the register but the policy does not name it.</source>
        <translation>Đối tác {partner} có trong danh sách đối tác nhưng chính sách không nêu tên.</translation>
    </message>
    <message>
        <source>Remove the partner or stop passing data to it.</source>
        <translation>Bỏ đối tác này hoặc ngừng chuyển dữ liệu cho họ.</translation>
    </message>
    <message>
        <source>Data was disclosed to {partner} (disclosure #{id}), which the policy does not name.</source>
        <translation>Dữ liệu đã được cung cấp cho {partner} (lần cung cấp #{id}), đối tác chính sách không nêu tên.</translation>
    </message>
    <message>
        <source>Disclose only to partners the policy names.</source>
        <translation>Chỉ cung cấp dữ liệu cho đối tác có tên trong chính sách.</translation>
    </message>
    <message>
        <source>Disclosure #{id} to {partner} relied on a consent not given in writing, but the policy promises written consent.</source>
        <translation>Lần cung cấp #{id} cho {partner} dựa trên sự đồng ý không bằng văn bản, trong khi chính sách cam kết có đồng ý bằng văn bản.</translation>
    </message>
    <message>
        <source>Publish a version that does not promise written consent.</source>
        <translation>Ban hành phiên bản không cam kết đồng ý bằng văn bản.</translation>
    </message>
    <message>
        <source>Get the customer's signed consent before sharing.</source>
        <translation>Lấy chữ ký đồng ý của khách hàng trước khi chia sẻ.</translation>
    </message>
    <message>
        <source>Customers without orders are kept {now} months; the policy says {declared}.</source>
        <translation>Khách hàng chưa mua hàng đang được giữ {now} tháng; chính sách ghi {declared} tháng.</translation>
    </message>
    <message>
        <source>Set the months in Settings back to the policy's.</source>
        <translation>Đặt lại số tháng trong Cài đặt theo chính sách.</translation>
    </message>
    <message>
        <source>Draft and publish the policy.</source>
        <translation>Soạn và ban hành chính sách.</translation>
    </message>
    <message>
        <source>The policy in force, {label}, was recorded before the app kept what it declares.</source>
        <translation>Chính sách đang có hiệu lực, {label}, được nhập trước khi ứng dụng lưu các nội dung chính sách cam kết.</translation>
    </message>
    <message>
        <source>Publish the policy again from a draft.</source>
        <translation>Ban hành lại chính sách từ bản soạn.</translation>
    </message>
    <message>
        <source>No privacy policy is in force yet.</source>
        <translation>Chưa có chính sách bảo vệ dữ liệu nào đang có hiệu lực.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Privacy policy drafted</source>
        <translation>Soạn chính sách bảo vệ dữ liệu</translation>
    </message>
    <message>
        <source>Privacy policy checked against practice</source>
        <translation>Đối chiếu chính sách với thực tế</translation>
    </message>
    <message>
        <source>Processing purpose saved</source>
        <translation>Lưu mục đích xử lý</translation>
    </message>
    <message>
        <source>Processing stopped for a customer</source>
        <translation>Ngừng xử lý dữ liệu của khách hàng</translation>
    </message>
    <message>
        <source>Processing refused: no basis left</source>
        <translation>Từ chối xử lý: không còn căn cứ</translation>
    </message>
</context>
<context>
    <name>policy_reports</name>
    <message>
        <source>Notice of changes to our privacy policy</source>
        <translation>Thông báo thay đổi chính sách bảo vệ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Kính gửi quý khách {name},</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>Thay mặt cửa hàng</translation>
    </message>
    <message>
        <source>Version {label}, in force from {day}</source>
        <translation>Phiên bản {label}, có hiệu lực từ {day}</translation>
    </message>
    <message>
        <source>Personal data protection policy</source>
        <translation>Chính sách bảo vệ dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The shop's register of processing purposes does not use this purpose: the director switches it on (and states it in the policy) first.</source>
        <translation>Danh mục mục đích xử lý của cửa hàng không dùng mục đích này: giám đốc cần bật mục đích (và nêu trong chính sách) trước.</translation>
    </message>
    <message>
        <source>Policy version {label} is not in force yet: use the one in force.</source>
        <translation>Phiên bản chính sách {label} chưa có hiệu lực: hãy dùng phiên bản đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Enter the country as its two-letter code, such as VN or SG.</source>
        <translation>Nhập mã quốc gia gồm hai chữ cái, ví dụ VN hoặc SG.</translation>
    </message>
    <message>
        <source>No processing purpose #{id}.</source>
        <translation>Không có mục đích xử lý #{id}.</translation>
    </message>
    <message>
        <source>A purpose with the code {key} already exists.</source>
        <translation>Đã có mục đích với mã {key}.</translation>
    </message>
    <message>
        <source>No privacy policy version named {label}.</source>
        <translation>Không có phiên bản chính sách nào tên {label}.</translation>
    </message>
    <message>
        <source>Give the purpose a short code of letters and _.</source>
        <translation>Đặt cho mục đích một mã ngắn gồm chữ cái và dấu _.</translation>
    </message>
    <message>
        <source>Name the purpose in the shop's words.</source>
        <translation>Nhập tên mục đích theo cách cửa hàng gọi.</translation>
    </message>
    <message>
        <source>A purpose on the consent basis names the consent it records.</source>
        <translation>Mục đích dựa trên sự đồng ý phải chọn loại đồng ý được ghi nhận.</translation>
    </message>
    <message>
        <source>Choose a number of months from 1 to 600.</source>
        <translation>Chọn số tháng từ 1 đến 600.</translation>
    </message>
    <message>
        <source>Processing has stopped for customer #{id}: they withdrew every consent and have no order, and deletion request #{request} is open. Record a new consent if the customer agrees again, or ask customer care to close the request.</source>
        <translation>Đã ngừng xử lý dữ liệu của khách hàng #{id}: khách đã rút lại mọi sự đồng ý, chưa có đơn hàng nào, và yêu cầu xóa dữ liệu #{request} đang mở. Nếu khách đồng ý lại, hãy ghi nhận sự đồng ý mới; hoặc nhờ bộ phận chăm sóc khách hàng đóng yêu cầu.</translation>
    </message>
</context>
</TS>
