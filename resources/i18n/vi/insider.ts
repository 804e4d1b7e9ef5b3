<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>DirectorHome</name>
    <message>
        <source>⚠ Another desk was added on a PC without a secure key store. Because of it, a copy of the database opens on any PC with a valid password, this one&apos;s key store notwithstanding. Keep every PC and the backups locked away.</source>
        <translation>⚠ Có một máy được thêm vào mà không có kho khóa an toàn. Vì máy đó, một bản sao cơ sở dữ liệu mở được trên bất kỳ máy nào có mật khẩu hợp lệ, dù máy này có kho khóa. Hãy giữ mọi máy tính và các bản sao lưu ở nơi có khóa.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>I am the director: write this into the audit log and sign in</source>
        <translation>Tôi là giám đốc: ghi việc này vào nhật ký hoạt động và đăng nhập</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the database is an older copy than this computer last saw</source>
        <translation>cơ sở dữ liệu là một bản cũ hơn bản máy tính này thấy lần trước</translation>
    </message>
    <message>
        <source>the entry this computer last saw was rewritten</source>
        <translation>mục mà máy tính này thấy lần trước đã bị viết lại</translation>
    </message>
    <message>
        <source>director only: sign in over a damaged audit log, writing what was found into it, so the shop can carry on (what was found stays in the log)</source>
        <translation>chỉ giám đốc: đăng nhập dù nhật ký hoạt động bị hỏng, ghi điều phát hiện được vào nhật ký để cửa hàng tiếp tục làm việc (điều phát hiện được vẫn nằm trong nhật ký)</translation>
    </message>
    <message>
        <source>Signed in. What was found is written in the audit log; the log now ends at entry #{head_seq}.</source>
        <translation>Đã đăng nhập. Điều phát hiện được đã ghi vào nhật ký hoạt động; nhật ký giờ kết thúc ở mục số {head_seq}.</translation>
    </message>
    <message>
        <source>Say what to look for: part of a name, a phone number or an email.</source>
        <translation>Hãy cho biết cần tìm gì: một phần tên, số điện thoại hoặc email.</translation>
    </message>
    <message>
        <source>--limit must be from 1 to {max}.</source>
        <translation>--limit phải từ 1 đến {max}.</translation>
    </message>
    <message>
        <source>at most this many (default 50, at most 100)</source>
        <translation>tối đa bấy nhiêu kết quả (mặc định 50, nhiều nhất 100)</translation>
    </message>
    <message>
        <source>No code given: set ${env_name} or run the command in a terminal.</source>
        <translation>Chưa có mã: hãy đặt ${env_name} hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>use the printed recovery code to set a new director password and enroll this computer (the code from $SHOPPRIVACY_RECOVERY_CODE, the new password from $SHOPPRIVACY_NEW_PASSWORD, else both asked for)</source>
        <translation>dùng mã khôi phục đã in để đặt mật khẩu mới cho giám đốc và thêm máy tính này (mã lấy từ $SHOPPRIVACY_RECOVERY_CODE, mật khẩu mới từ $SHOPPRIVACY_NEW_PASSWORD, nếu không có thì sẽ hỏi cả hai)</translation>
    </message>
    <message>
        <source>build the shop again from a backup on a computer or server with no shop yet, with the printed recovery code (the code from $SHOPPRIVACY_RECOVERY_CODE, the new director password from $SHOPPRIVACY_NEW_PASSWORD, else both asked for)</source>
        <translation>dựng lại cửa hàng từ một bản sao lưu trên máy tính hoặc máy chủ chưa có cửa hàng, bằng mã khôi phục đã in (mã lấy từ $SHOPPRIVACY_RECOVERY_CODE, mật khẩu mới của giám đốc từ $SHOPPRIVACY_NEW_PASSWORD, nếu không có thì sẽ hỏi cả hai)</translation>
    </message>
    <message>
        <source>on the new computer: enroll it with the director&apos;s code and your own login name and password (the code from $SHOPPRIVACY_DESK_CODE, the password from $SHOPPRIVACY_PASSWORD, else both asked for)</source>
        <translation>trên máy tính mới: thêm máy này bằng mã giám đốc đưa cùng tên đăng nhập và mật khẩu của bạn (mã lấy từ $SHOPPRIVACY_DESK_CODE, mật khẩu từ $SHOPPRIVACY_PASSWORD, nếu không có thì sẽ hỏi cả hai)</translation>
    </message>
    <message>
        <source>Desk code: </source>
        <translation>Mã thêm máy: </translation>
    </message>
    <message>
        <source>On the new computer, run &apos;shopprivacy-admin --user LOGIN_NAME desk enrol&apos; and type this code when asked (or choose &quot;This is a new desk&quot; at sign-in). It works once, until {time}. Each person still signs in with their own password.</source>
        <translation>Trên máy tính mới, chạy &apos;shopprivacy-admin --user LOGIN_NAME desk enrol&apos; rồi gõ mã này khi được hỏi (hoặc chọn &quot;Đây là máy mới&quot; ở màn hình đăng nhập). Mã dùng được một lần, đến {time}. Mỗi người vẫn đăng nhập bằng mật khẩu riêng.</translation>
    </message>
    <message>
        <source>A desk was added on a computer without a key store (OS keyring): because of it, a copy of the database opens on any computer with a valid password.</source>
        <translation>Có một máy được thêm vào mà không có kho khóa (OS keyring): vì máy đó, một bản sao cơ sở dữ liệu mở được trên bất kỳ máy tính nào có mật khẩu hợp lệ.</translation>
    </message>
    <message>
        <source>let the code add a computer without a key store (OS keyring); a copy of the database then opens on any computer with a valid password</source>
        <translation>cho phép mã thêm một máy tính không có kho khóa (OS keyring); khi đó một bản sao cơ sở dữ liệu mở được trên bất kỳ máy tính nào có mật khẩu hợp lệ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The audit log in this database has been tampered with or replaced by an older copy (problem: {problem}, at entry #{seq}). Nothing was signed in or written. Tell the director: only the director can record this and carry on.</source>
        <translation>Nhật ký hoạt động trong cơ sở dữ liệu này đã bị can thiệp hoặc bị thay bằng một bản cũ hơn (vấn đề: {problem}, tại mục số {seq}). Chưa đăng nhập và chưa ghi gì cả. Hãy báo giám đốc: chỉ giám đốc mới ghi nhận được việc này để tiếp tục làm việc.</translation>
    </message>
    <message>
        <source>This action was not started by a signed-in account. Sign in again; the attempt is logged.</source>
        <translation>Thao tác này không do một tài khoản đã đăng nhập thực hiện. Hãy đăng nhập lại; lần thử này đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>This text contains hidden control or direction-changing characters. Type it again without pasting.</source>
        <translation>Đoạn chữ này có ký tự điều khiển ẩn hoặc ký tự đổi chiều viết. Hãy gõ lại, đừng dán.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account. Sign-ins to it are held back for a few minutes; try again later.</source>
        <translation>Tài khoản này bị nhập sai mật khẩu quá nhiều lần. Việc đăng nhập tạm bị hoãn vài phút; hãy thử lại sau.</translation>
    </message>
    <message>
        <source>This computer has no secure key store (OS keyring), and a desk without one would let a copy of the database open on any computer with a password. The code was not used. Ask the director for a code that allows such a desk (&apos;shopprivacy-admin desk enrol-code --allow-no-keyring&apos;), or use a computer with a key store.</source>
        <translation>Máy tính này không có kho khóa an toàn (OS keyring), và một máy không có kho khóa sẽ làm cho bản sao cơ sở dữ liệu mở được trên bất kỳ máy tính nào có mật khẩu. Mã chưa bị dùng. Hãy xin giám đốc một mã cho phép loại máy này (&apos;shopprivacy-admin desk enrol-code --allow-no-keyring&apos;), hoặc dùng máy tính có kho khóa.</translation>
    </message>
</context>
<context>
    <name>password policy</name>
    <message>
        <source>Do not build the password from the shop&apos;s name.</source>
        <translation>Đừng đặt mật khẩu từ tên cửa hàng.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Damaged audit log found and recorded by the director</source>
        <translation>Giám đốc phát hiện và ghi nhận nhật ký hoạt động bị hỏng</translation>
    </message>
    <message>
        <source>Forged or changed failed sign-in record refused</source>
        <translation>Bản ghi đăng nhập sai bị giả mạo hoặc bị sửa, không được nhận</translation>
    </message>
    <message>
        <source>Failed sign-in record deleted from the database</source>
        <translation>Bản ghi đăng nhập sai đã bị xóa khỏi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Customer list read</source>
        <translation>Đã đọc danh sách khách hàng</translation>
    </message>
    <message>
        <source>On a computer without the app&apos;s screens, the support person runs this command and types the code above when it is asked for (never on the command line itself, where others could see it):</source>
        <translation>Trên máy tính không có màn hình của ứng dụng, người hỗ trợ chạy lệnh này rồi gõ mã ở trên khi được hỏi (không bao giờ gõ mã ngay trong dòng lệnh, vì người khác có thể thấy):</translation>
    </message>
    <message>
        <source>Older contacts and consents tied to their customers</source>
        <translation>Liên hệ và đồng ý cũ đã được gắn với khách hàng của chúng</translation>
    </message>
</context>
</TS>
