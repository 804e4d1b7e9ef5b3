<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>cli</name>
    <message>
        <source>write a CSV, or an XLSX when FILE ends in .xlsx, of the customers whose consent for one channel is in force, safe to open in Excel</source>
        <translation>ghi ra tệp CSV, hoặc XLSX khi tên tệp kết thúc bằng .xlsx, danh sách khách hàng đang đồng ý với một kênh, mở bằng Excel an toàn</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, the column by its number or header, e.g. 1=full_name; fields: {fields}.</source>
        <translation>--map nhận dạng CỘT=TRƯỜNG, cột ghi bằng số thứ tự hoặc tiêu đề, ví dụ 1=full_name; các trường: {fields}.</translation>
    </message>
    <message>
        <source>not a known tool: guessed from the headers</source>
        <translation>không phải tệp của phần mềm quen thuộc: đoán theo tiêu đề cột</translation>
    </message>
    <message>
        <source>File from: {name}</source>
        <translation>Tệp xuất từ: {name}</translation>
    </message>
    <message>
        <source>  {column} -&gt; {field}</source>
        <translation>  {column} -&gt; {field}</translation>
    </message>
    <message>
        <source>Row {row}, to be imported without this detail: {reason}</source>
        <translation>Dòng {row}, sẽ nhập nhưng bỏ qua thông tin này: {reason}</translation>
    </message>
    <message>
        <source>Row {row}, imported without this detail: {reason}</source>
        <translation>Dòng {row}, đã nhập nhưng bỏ qua thông tin này: {reason}</translation>
    </message>
    <message>
        <source>import customers from a spreadsheet (CSV, Excel, OpenDocument) or a phone&apos;s vCards: every valid row lands together or none does (director and sales)</source>
        <translation>nhập khách hàng từ bảng tính (CSV, Excel, OpenDocument) hoặc danh bạ vCard của điện thoại: mọi dòng hợp lệ được lưu cùng lúc, hoặc không dòng nào (giám đốc và bán hàng)</translation>
    </message>
    <message>
        <source>what a column holds, by its number from 1 or its header, instead of the guess (e.g. 3=ignore)</source>
        <translation>cột chứa thông tin gì, ghi cột bằng số thứ tự từ 1 hoặc tiêu đề, thay cho phần đoán (ví dụ 3=ignore)</translation>
    </message>
</context>
<context>
    <name>marketing</name>
    <message>
        <source>International number</source>
        <translation>Số quốc tế</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>This app&apos;s marketing list</source>
        <translation>Danh sách tiếp thị của ứng dụng này</translation>
    </message>
    <message>
        <source>{n} row(s) have question marks where Vietnamese letters should be ("Nguy?n"): the file was saved without them. Save it again from the original as "CSV UTF-8" or Excel and import that file.</source>
        <translation>{n} dòng có dấu hỏi chấm thay cho chữ tiếng Việt ("Nguy?n"): tệp đã được lưu mà mất dấu. Hãy lưu lại từ tệp gốc dưới dạng "CSV UTF-8" hoặc Excel rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Not imported: {columns}. A marketing consent counts only with how and when the customer gave it: record it with the customer.</source>
        <translation>Không nhập: {columns}. Sự đồng ý nhận tiếp thị chỉ có giá trị khi ghi rõ khách đồng ý bằng cách nào và khi nào: hãy ghi nhận trực tiếp với khách.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Only the year of birth is given: the birth date was left empty.</source>
        <translation>Chỉ có năm sinh: ngày sinh được để trống.</translation>
    </message>
    <message>
        <source>The birthday has no year (only day and month): the birth date was left empty.</source>
        <translation>Ngày sinh không có năm (chỉ có ngày và tháng): ngày sinh được để trống.</translation>
    </message>
    <message>
        <source>This file cannot be read as a spreadsheet (CSV, Excel, OpenDocument) or as vCards: {name}</source>
        <translation>Không đọc được tệp này như một bảng tính (CSV, Excel, OpenDocument) hay danh bạ vCard: {name}</translation>
    </message>
    <message>
        <source>This file is too big to be a list of customers (at most {rows} rows and {columns} columns): {name}</source>
        <translation>Tệp này quá lớn để là danh sách khách hàng (tối đa {rows} dòng và {columns} cột): {name}</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <source>District (old address)</source>
        <translation>Quận/Huyện (địa chỉ cũ)</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Area (province - district)</source>
        <translation>Khu vực (tỉnh - quận)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Recognised: an export of {name}. Its columns are chosen below.</source>
        <translation>Đã nhận ra: tệp xuất từ {name}. Các cột đã được chọn sẵn bên dưới.</translation>
    </message>
    <message>
        <source>Not a known tool&apos;s export: the columns were guessed from the headers.</source>
        <translation>Không phải tệp xuất của phần mềm quen thuộc: các cột được đoán theo tiêu đề.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Imported without a detail that was wrong: {n}</source>
        <translation>Đã nhập nhưng bỏ qua một thông tin sai: {n}</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Imported without this detail: {reason}</source>
        <translation>Đã nhập nhưng bỏ qua thông tin này: {reason}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>A CSV, Excel or OpenDocument file with one customer per row and a header row (exports of KiotViet, Sapo, Haravan, Google Contacts and Outlook are recognised), or a phone&apos;s contacts saved as vCards (.vcf).</source>
        <translation>Tệp CSV, Excel hoặc OpenDocument, mỗi dòng một khách hàng, có dòng tiêu đề (nhận ra tệp xuất từ KiotViet, Sapo, Haravan, Google Danh bạ và Outlook), hoặc danh bạ điện thoại lưu dạng vCard (.vcf).</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.xlsx *.xls *.ods *.vcf)</source>
        <translation>Danh sách khách hàng (*.csv *.txt *.xlsx *.xls *.ods *.vcf)</translation>
    </message>
</context>
</TS>
