<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>cli</name>
    <message>
        <source>customer records (the sales desk)</source>
        <translation>hồ sơ khách hàng (quầy bán hàng)</translation>
    </message>
    <message>
        <source>add a customer (sales and director); prints the new id</source>
        <translation>thêm một khách hàng (bán hàng và giám đốc); in ra mã khách hàng mới</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>a mobile number, any usual format (repeat for more)</source>
        <translation>số di động, viết kiểu nào cũng được (lặp lại để thêm số)</translation>
    </message>
    <message>
        <source>an email address (repeat for more)</source>
        <translation>địa chỉ email (lặp lại để thêm địa chỉ)</translation>
    </message>
    <message>
        <source>home address, as written</source>
        <translation>địa chỉ nhà, ghi như khách viết</translation>
    </message>
    <message>
        <source>where the data came from (default: in_shop)</source>
        <translation>dữ liệu có từ đâu (mặc định: in_shop, tại cửa hàng)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>find customers by name (with or without accents), phone in any format or its last digits, or email</source>
        <translation>tìm khách hàng theo tên (có dấu hay không dấu đều được), số điện thoại viết kiểu nào cũng được hoặc vài số cuối, hoặc email</translation>
    </message>
    <message>
        <source>at most this many (default 50)</source>
        <translation>tối đa bấy nhiêu khách (mặc định 50)</translation>
    </message>
    <message>
        <source>a customer's whole record, orders and consents (masked for customer care)</source>
        <translation>toàn bộ hồ sơ của một khách hàng, đơn hàng và các sự đồng ý (bộ phận chăm sóc khách hàng chỉ thấy một phần số điện thoại, email)</translation>
    </message>
    <message>
        <source>Customer #{id} added.</source>
        <translation>Đã thêm khách hàng số {id}.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>Không tìm thấy khách hàng nào.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Lưu giữ đến</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>Đơn hàng:</translation>
    </message>
    <message>
        <source>Consents in force:</source>
        <translation>Đang đồng ý:</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>rút lại</translation>
    </message>
    <message>
        <source>customers' consents (sales, customer care, director)</source>
        <translation>sự đồng ý của khách hàng (bán hàng, chăm sóc khách hàng, giám đốc)</translation>
    </message>
    <message>
        <source>record a grant or a withdrawal for one purpose; a grant records the policy version in force and the shop's standard wording of what the customer was told</source>
        <translation>ghi nhận khách đồng ý hoặc rút lại sự đồng ý cho một mục đích; khi đồng ý, ghi kèm phiên bản chính sách đang áp dụng và lời thông báo chuẩn của cửa hàng đã nói với khách</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>khách đồng ý</translation>
    </message>
    <message>
        <source>no longer agrees</source>
        <translation>khách không còn đồng ý</translation>
    </message>
    <message>
        <source>how the customer said it (default: signed_form for a grant, else in_person)</source>
        <translation>khách bày tỏ bằng cách nào (mặc định: signed_form, ký phiếu, khi đồng ý; in_person, trực tiếp, khi rút lại)</translation>
    </message>
    <message>
        <source>the privacy policy version shown (default: the one in force)</source>
        <translation>phiên bản chính sách bảo vệ dữ liệu đã cho khách xem (mặc định: phiên bản đang áp dụng)</translation>
    </message>
    <message>
        <source>the purpose as told, if not the standard wording</source>
        <translation>mục đích như đã nói với khách, nếu khác lời chuẩn</translation>
    </message>
    <message>
        <source>the channel as told</source>
        <translation>kênh liên lạc như đã nói với khách</translation>
    </message>
    <message>
        <source>how often, as told</source>
        <translation>tần suất như đã nói với khách</translation>
    </message>
    <message>
        <source>withdraw every marketing consent of a customer at once (opt-out)</source>
        <translation>rút lại ngay mọi sự đồng ý nhận tiếp thị của một khách hàng (từ chối nhận tin)</translation>
    </message>
    <message>
        <source>No such privacy policy version. The director records versions first; a grant names the one the customer was shown.</source>
        <translation>Không có phiên bản chính sách này. Giám đốc cần ghi các phiên bản trước; mỗi lần khách đồng ý phải ghi rõ phiên bản đã cho khách xem.</translation>
    </message>
    <message>
        <source>Consent recorded for customer #{id}: {purpose}.</source>
        <translation>Đã ghi sự đồng ý của khách hàng số {id}: {purpose}.</translation>
    </message>
    <message>
        <source>Withdrawal recorded for customer #{id}: {purpose}.</source>
        <translation>Đã ghi việc rút lại sự đồng ý của khách hàng số {id}: {purpose}.</translation>
    </message>
    <message>
        <source>Customer #{id} opted out: {count} marketing consent(s) withdrawn.</source>
        <translation>Khách hàng số {id} đã từ chối nhận tin: rút lại {count} sự đồng ý nhận tiếp thị.</translation>
    </message>
    <message>
        <source>marketing lists (director and sales)</source>
        <translation>danh sách tiếp thị (giám đốc và bán hàng)</translation>
    </message>
    <message>
        <source>write a CSV of the customers whose consent for one channel is in force, safe to open in Excel</source>
        <translation>ghi tệp CSV gồm các khách hàng đang đồng ý nhận tin qua một kênh, mở bằng Excel an toàn</translation>
    </message>
    <message>
        <source>import customers from a CSV or XLSX spreadsheet: every valid row lands together or none does (director and sales)</source>
        <translation>nhập khách hàng từ bảng tính CSV hoặc XLSX: mọi dòng hợp lệ được lưu cùng lúc, hoặc không dòng nào được lưu (giám đốc và bán hàng)</translation>
    </message>
    <message>
        <source>check every row and report, write nothing</source>
        <translation>chỉ kiểm tra từng dòng và báo cáo, không lưu gì</translation>
    </message>
    <message>
        <source>add a duplicate row's new details to the existing customer (default: skip it)</source>
        <translation>thêm thông tin mới của dòng trùng vào khách hàng đã có (mặc định: bỏ qua dòng trùng)</translation>
    </message>
    <message>
        <source>write the rejected rows and why, to fix and import again</source>
        <translation>ghi các dòng bị từ chối kèm lý do, để sửa rồi nhập lại</translation>
    </message>
    <message>
        <source>what a column holds, by its number from 1 (default: guessed from the headers)</source>
        <translation>cột nào chứa gì, đánh số cột từ 1 (mặc định: đoán theo dòng tiêu đề)</translation>
    </message>
    <message>
        <source>{count} customer(s) written to {path}.</source>
        <translation>Đã ghi {count} khách hàng vào {path}.</translation>
    </message>
    <message>
        <source>{n} customer(s) agreed to this channel but have no contact for it on file.</source>
        <translation>{n} khách hàng đồng ý nhận tin qua kênh này nhưng chưa có thông tin liên lạc cho kênh đó.</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, e.g. 1=full_name; fields: {fields}.</source>
        <translation>--map cần dạng CỘT=TRƯỜNG, ví dụ 1=full_name; các trường: {fields}.</translation>
    </message>
    <message>
        <source>Checked only, nothing written: {imported} new, {duplicates} duplicate(s), {rejected} rejected, {blank} blank row(s).</source>
        <translation>Chỉ kiểm tra, chưa lưu gì: {imported} khách hàng mới, {duplicates} dòng trùng, {rejected} dòng bị từ chối, {blank} dòng trống.</translation>
    </message>
    <message>
        <source>Imported {imported} new customer(s); {duplicates} duplicate(s) ({merged} merged), {rejected} rejected, {blank} blank row(s).</source>
        <translation>Đã nhập {imported} khách hàng mới; {duplicates} dòng trùng ({merged} dòng được gộp), {rejected} dòng bị từ chối, {blank} dòng trống.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Dòng {row}: {reason}</translation>
    </message>
    <message>
        <source>Not imported (the shop does not collect it): {columns}</source>
        <translation>Không nhập (cửa hàng không thu thập thông tin này): {columns}</translation>
    </message>
</context>
</TS>
