<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DirectorHome</name>
    <message>
        <source>✔ {n} entries so far; those written since the last check are whole. Verify audit log reads every entry.</source>
        <translation>✔ Có {n} mục; các mục ghi từ lần kiểm tra trước đều nguyên vẹn. Bấm "Kiểm tra nhật ký hoạt động" để đọc lại toàn bộ.</translation>
    </message>
    <message>
        <source>it is not the entry checked before: the log was rewritten</source>
        <translation>không còn là mục đã kiểm tra lần trước: nhật ký đã bị viết lại</translation>
    </message>
</context>
</TS>
