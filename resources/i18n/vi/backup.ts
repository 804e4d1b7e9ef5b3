<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>cli</name>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="18"/>
        <source>make and restore encrypted backups (director only)</source>
        <translation>tạo và khôi phục bản sao lưu đã mã hóa (chỉ giám đốc)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="21"/>
        <source>write an encrypted backup of the whole shop database to FILE while work goes on</source>
        <translation>ghi bản sao lưu đã mã hóa của toàn bộ dữ liệu cửa hàng vào FILE, trong lúc mọi người vẫn làm việc</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="25"/>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="34"/>
        <source>the backup file</source>
        <translation>tệp sao lưu</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="28"/>
        <source>replace the shop&apos;s data with a backup; customers erased since then stay erased; a safety backup of the current data is kept first</source>
        <translation>thay dữ liệu của cửa hàng bằng một bản sao lưu; khách hàng đã bị xóa từ sau ngày đó vẫn bị xóa; trước đó, dữ liệu hiện tại được giữ lại thành một bản sao lưu an toàn</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="37"/>
        <source>when the last backup was made and whether one is due</source>
        <translation>lần sao lưu gần nhất là khi nào và đã đến lúc sao lưu chưa</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="56"/>
        <source>Backup written to {file}: {rows} rows, {size} KB, made at {time}.</source>
        <translation>Đã ghi bản sao lưu vào {file}: {rows} dòng, {size} KB, lúc {time}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="82"/>
        <source>Restored the backup made at {time}: {rows} rows. Customers erased since then and erased again: {erased}. The data as it was before the restore is kept in {safety}.</source>
        <translation>Đã khôi phục bản sao lưu lúc {time}: {rows} dòng. Số khách hàng đã bị xóa từ sau đó và được xóa lại: {erased}. Dữ liệu trước khi khôi phục được giữ trong {safety}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="107"/>
        <source>No backup has been made yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="110"/>
        <source>Last backup: {time}.</source>
        <translation>Lần sao lưu gần nhất: {time}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="115"/>
        <source>A backup is due (reminder every {days} days).</source>
        <translation>Đã đến lúc sao lưu (nhắc sau mỗi {days} ngày).</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="20"/>
        <source>the shop&apos;s database server (several desks on PostgreSQL)</source>
        <translation>máy chủ dữ liệu của cửa hàng (nhiều quầy dùng chung PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="23"/>
        <source>keep the password for the --db PostgreSQL server in this computer&apos;s keyring (from $SHOPPRIVACY_NEW_PASSWORD, else asked twice)</source>
        <translation>lưu mật khẩu của máy chủ PostgreSQL --db vào kho khóa của máy tính này (lấy từ $SHOPPRIVACY_NEW_PASSWORD, nếu không có thì hỏi hai lần)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="31"/>
        <source>remove the --db server&apos;s password from this computer&apos;s keyring</source>
        <translation>xóa mật khẩu của máy chủ --db khỏi kho khóa của máy tính này</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="44"/>
        <source>Only a PostgreSQL server has a password: give it with --db postgresql+psycopg://USER@HOST:PORT/DATABASE (without the password).</source>
        <translation>Chỉ máy chủ PostgreSQL mới có mật khẩu: hãy ghi --db postgresql+psycopg://USER@HOST:PORT/DATABASE (không kèm mật khẩu).</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="53"/>
        <source>Leave the password out of --db: it is asked for and kept in the keyring.</source>
        <translation>Đừng ghi mật khẩu trong --db: mật khẩu sẽ được hỏi riêng và giữ trong kho khóa.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="67"/>
        <source>The password for {entry} is now kept in this keyring.</source>
        <translation>Mật khẩu của {entry} đã được lưu trong kho khóa này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="81"/>
        <source>The password for {entry} was removed from this keyring.</source>
        <translation>Đã xóa mật khẩu của {entry} khỏi kho khóa này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/db.py" line="83"/>
        <source>This keyring held no password for {entry}.</source>
        <translation>Kho khóa này không có mật khẩu nào của {entry}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="39"/>
        <source>build the shop again from a backup on a computer or server with no shop yet, with the printed recovery code (new director password from $SHOPPRIVACY_NEW_PASSWORD, else asked for)</source>
        <translation>dựng lại cửa hàng từ một bản sao lưu trên máy tính hoặc máy chủ chưa có cửa hàng nào, bằng mã khôi phục đã in (mật khẩu mới của giám đốc lấy từ $SHOPPRIVACY_NEW_PASSWORD, nếu không có thì hỏi)</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/cli/commands/backup.py" line="140"/>
        <source>The shop was rebuilt at {where}. {username} has a new password and this computer is enrolled.</source>
        <translation>Đã dựng lại cửa hàng tại {where}. {username} đã có mật khẩu mới và máy tính này đã được đăng ký.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="124"/>
        <source>There is no backup file at {path}.</source>
        <translation>Không có tệp sao lưu nào tại {path}.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="164"/>
        <source>Customers erased since this backup cannot be erased again: this version of the app has no erasure step installed. Nothing was restored.</source>
        <translation>Không thể xóa lại những khách hàng đã bị xóa từ sau bản sao lưu này: phiên bản ứng dụng này chưa có bước xóa dữ liệu. Chưa khôi phục gì cả.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="222"/>
        <source>This backup belongs to another shop database. Nothing was changed.</source>
        <translation>Bản sao lưu này thuộc về dữ liệu của một cửa hàng khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="230"/>
        <source>This backup was made by another version of the app (database version {backup}, this one {current}). Nothing was changed.</source>
        <translation>Bản sao lưu này được tạo bởi một phiên bản ứng dụng khác (phiên bản dữ liệu {backup}, hiện tại là {current}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="275"/>
        <source>Choose a file name for the backup, not a folder.</source>
        <translation>Hãy chọn tên tệp cho bản sao lưu, không phải một thư mục.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/services/backup.py" line="280"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/storage/backup_format.py" line="47"/>
        <source>This file is not a backup of this app. Nothing was restored from it.</source>
        <translation>Tệp này không phải bản sao lưu của ứng dụng. Chưa khôi phục gì từ tệp này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/storage/backup_format.py" line="50"/>
        <source>The backup file is incomplete: it was cut short, perhaps while being copied. Nothing was restored from it.</source>
        <translation>Tệp sao lưu chưa đầy đủ: tệp bị cắt ngắn, có thể do sao chép chưa xong. Chưa khôi phục gì từ tệp này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/storage/backup_format.py" line="55"/>
        <source>The backup file is damaged: its contents no longer match its seal (code {problem}). Nothing was restored from it.</source>
        <translation>Tệp sao lưu bị hỏng: nội dung không còn khớp với dấu niêm phong (mã {problem}). Chưa khôi phục gì từ tệp này.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/security/db_credentials.py" line="58"/>
        <source>Enter the database password.</source>
        <translation>Hãy nhập mật khẩu của máy chủ dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../../src/shopprivacy/security/db_credentials.py" line="79"/>
        <source>This computer has no system keyring, so the database password cannot be kept safely. Set up the keyring first; the password is never written to a file.</source>
        <translation>Máy tính này không có kho khóa của hệ thống nên không thể giữ mật khẩu máy chủ dữ liệu an toàn. Hãy cài đặt kho khóa trước; mật khẩu không bao giờ được ghi vào tệp.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../../src/shopprivacy/domain/settings.py" line="27" />
        <source>Remind me to make a backup after this many days</source>
        <translation>Nhắc sao lưu sau số ngày này</translation>
    </message>
</context>
</TS>
