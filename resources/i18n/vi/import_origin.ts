<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CustomerView</name>
    <message>
        <source>Imported from</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>a spreadsheet or contacts file</source>
        <translation>bảng tính hoặc danh bạ</translation>
    </message>
    <message>
        <source>{file} ({tool}), {when}</source>
        <translation>{file} ({tool}), {when}</translation>
    </message>
</context>
</TS>
