<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>app</name>
    <message>
        <source>Building the practice shop…</source>
        <translation>Đang tạo cửa hàng thực hành…</translation>
    </message>
    <message>
        <source>ShopPrivacy practice shop</source>
        <translation>ShopPrivacy – cửa hàng thực hành</translation>
    </message>
</context>
</TS>
