<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>RetentionPage</name>
        <message>
            <source>Save register as PDF…</source>
            <translation>Lưu danh sách thành PDF…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Đã lưu: {path}</translation>
        </message>
    </context>
    <context>
        <name>DirectorHome</name>
        <message>
            <source>Save request register as PDF…</source>
            <translation>Lưu sổ yêu cầu thành PDF…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Đã lưu: {path}</translation>
        </message>
    </context>
</TS>
