<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>cli</name>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="40" />
            <source>The shop's admin command line: set up a database, manage staff, check the audit log. Roles and the audit log apply exactly as in the app.</source>
            <translation>Dòng lệnh quản trị của cửa hàng: tạo cơ sở dữ liệu, quản lý nhân viên, kiểm tra nhật ký hoạt động. Vai trò và nhật ký hoạt động áp dụng y như trong ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="45" />
            <source>Passwords are never given as arguments: the acting user's comes from $SHOPPRIVACY_PASSWORD, a new one from $SHOPPRIVACY_NEW_PASSWORD, otherwise they are asked for without echo. Exit codes: 0 done, 1 refused with a reason, 2 wrong usage, 3 sign-in failed or account locked, 4 not permitted for your role, 5 integrity problem (audit log broken, damaged record, wrong recovery code).</source>
            <translation>Không bao giờ ghi mật khẩu trên dòng lệnh: mật khẩu của người đang dùng lấy từ $SHOPPRIVACY_PASSWORD, mật khẩu mới lấy từ $SHOPPRIVACY_NEW_PASSWORD; nếu không có, chương trình sẽ hỏi và không hiện ký tự gõ vào. Mã thoát: 0 xong, 1 bị từ chối có nêu lý do, 2 gõ lệnh sai, 3 đăng nhập không được hoặc tài khoản bị khóa, 4 vai trò của bạn không được phép, 5 dữ liệu không toàn vẹn (nhật ký hoạt động bị hỏng, bản ghi bị hỏng, mã khôi phục sai).</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="60" />
            <source>the shop database, a file or a server address (else $SHOPPRIVACY_DB, else the default in your user data folder)</source>
            <translation>cơ sở dữ liệu của cửa hàng: một tệp hoặc địa chỉ máy chủ (nếu không có thì lấy $SHOPPRIVACY_DB, rồi đến tệp mặc định trong thư mục dữ liệu của bạn)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="69" />
            <source>who is acting (else $SHOPPRIVACY_USER)</source>
            <translation>ai đang thực hiện (nếu không có thì lấy $SHOPPRIVACY_USER)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="74" />
            <source>print the result as one JSON document</source>
            <translation>in kết quả thành một tài liệu JSON</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="79" />
            <source>language of messages (else $SHOPPRIVACY_LANG, else vi)</source>
            <translation>ngôn ngữ của thông báo (nếu không có thì lấy $SHOPPRIVACY_LANG, rồi đến vi)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="147" />
            <source>Cancelled. Nothing more was done.</source>
            <translation>Đã hủy. Không làm gì thêm.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="183" />
            <source>Check {option}.</source>
            <translation>Hãy kiểm tra {option}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="198" />
            <source>The database could not be read or written ({kind}). Check the --db path, the disk, and that the file is a shop database.</source>
            <translation>Không đọc hoặc ghi được cơ sở dữ liệu ({kind}). Hãy kiểm tra đường dẫn --db, ổ đĩa, và xem tệp có đúng là cơ sở dữ liệu của cửa hàng không.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/main.py" line="204" />
            <source>Something unexpected went wrong ({kind}). Nothing more is shown here, to keep personal data off the screen; run again with SHOPPRIVACY_DEBUG=1 for details.</source>
            <translation>Có lỗi ngoài dự kiến ({kind}). Để không lộ dữ liệu cá nhân lên màn hình, ở đây không hiện thêm gì; muốn xem chi tiết, hãy chạy lại với SHOPPRIVACY_DEBUG=1.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/output.py" line="52" />
            <source>Warning:</source>
            <translation>Cảnh báo:</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/output.py" line="56" />
            <source>Error:</source>
            <translation>Lỗi:</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="29" />
            <source>usage: </source>
            <translation>cách dùng: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="30" />
            <source>positional arguments</source>
            <translation>đối số bắt buộc</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="31" />
            <source>options</source>
            <translation>tùy chọn</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="32" />
            <source>show this help message and exit</source>
            <translation>hiện hướng dẫn này rồi thoát</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="33" />
            <location filename="../../../src/shopprivacy/cli/parser.py" line="166" />
            <source>the command</source>
            <translation>lệnh</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="127" />
            <source>{option} takes a date written YYYY-MM-DD, e.g. 2026-11-23.</source>
            <translation>{option} cần một ngày viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-23.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="136" />
            <source>Missing: {names}.</source>
            <translation>Còn thiếu: {names}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="140" />
            <source>Not understood: {names}.</source>
            <translation>Không hiểu phần này: {names}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="147" />
            <source>{value} is not a choice for {name}. Choose one of: {choices}.</source>
            <translation>{value} không phải là lựa chọn hợp lệ cho {name}. Hãy chọn một trong: {choices}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="151" />
            <source>{name} needs a value after it.</source>
            <translation>Sau {name} cần ghi một giá trị.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/parser.py" line="155" />
            <source>{name} takes a whole number, not {value}.</source>
            <translation>{name} cần một số nguyên, không phải {value}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="54" />
            <source>This computer has no key store (OS keyring). The database is protected by passwords only: a stolen copy of the file is not tied to this computer.</source>
            <translation>Máy tính này không có kho khóa (keyring của hệ điều hành). Cơ sở dữ liệu chỉ được bảo vệ bằng mật khẩu: bản sao tệp nếu bị lấy đi sẽ không bị ràng buộc với máy tính này.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="105" />
            <source>There is no shop database at {where}. Create one with 'shopprivacy-admin init', or choose another with --db.</source>
            <translation>Không có cơ sở dữ liệu cửa hàng nào ở {where}. Hãy tạo bằng 'shopprivacy-admin init', hoặc chọn chỗ khác bằng --db.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="135" />
            <source>Login name: </source>
            <translation>Tên đăng nhập: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="140" />
            <source>Say who is signing in: --user LOGIN_NAME or $SHOPPRIVACY_USER.</source>
            <translation>Hãy cho biết ai đăng nhập: --user TÊN_ĐĂNG_NHẬP hoặc $SHOPPRIVACY_USER.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="149" />
            <source>Password: </source>
            <translation>Mật khẩu: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="159" />
            <source>New password: </source>
            <translation>Mật khẩu mới: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="161" />
            <source>Type the new password again: </source>
            <translation>Gõ lại mật khẩu mới: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="165" />
            <source>The two passwords are not the same. Again.</source>
            <translation>Hai lần gõ mật khẩu không giống nhau. Gõ lại nhé.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="167" />
            <source>The two passwords were not the same. Nothing was changed.</source>
            <translation>Hai lần gõ mật khẩu không giống nhau. Chưa có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="174" />
            <source>No password given: set ${env_name} or run the command in a terminal.</source>
            <translation>Chưa có mật khẩu: hãy đặt biến ${env_name} hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="196" />
            <source>Account {username} is locked.</source>
            <translation>Tài khoản {username} đang bị khóa.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="202" />
            <source>Could not sign in as {username}.</source>
            <translation>Không đăng nhập được bằng tài khoản {username}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/context.py" line="211" />
            <source>{username} must choose a new password before doing anything else: run 'shopprivacy-admin --user {username} passwd'.</source>
            <translation>{username} phải đặt mật khẩu mới trước khi làm việc khác: hãy chạy 'shopprivacy-admin --user {username} passwd'.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="17" />
            <source>staff accounts (director only)</source>
            <translation>tài khoản nhân viên (chỉ giám đốc)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="20" />
            <source>add a staff account; its first password comes from $SHOPPRIVACY_NEW_PASSWORD or is asked for, and must be changed at first sign-in</source>
            <translation>thêm tài khoản nhân viên; mật khẩu ban đầu lấy từ $SHOPPRIVACY_NEW_PASSWORD hoặc được hỏi khi chạy, và phải đổi ở lần đăng nhập đầu tiên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="27" />
            <source>the new login name</source>
            <translation>tên đăng nhập mới</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="33" />
            <source>director, sales or care (customer care)</source>
            <translation>director (giám đốc), sales (bán hàng) hoặc care (chăm sóc khách hàng)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="39" />
            <source>the person's full name</source>
            <translation>họ và tên của nhân viên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="42" />
            <source>the person's phone number</source>
            <translation>số điện thoại của nhân viên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="47" />
            <source>the person's birth date (only used to refuse passwords built from it)</source>
            <translation>ngày sinh của nhân viên (chỉ dùng để từ chối mật khẩu đặt theo ngày sinh)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="53" />
            <source>list staff accounts</source>
            <translation>liệt kê tài khoản nhân viên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="57" />
            <source>deactivate an account: it opens nothing any more, anywhere</source>
            <translation>ngừng một tài khoản: từ nay tài khoản đó không mở được gì nữa, ở bất cứ máy nào</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="64" />
            <source>unlock an account locked after failed sign-ins</source>
            <translation>mở khóa tài khoản bị khóa do đăng nhập sai nhiều lần</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="90" />
            <source>Added {username} ({role}). They must choose their own password at first sign-in.</source>
            <translation>Đã thêm {username} ({role}). Người này phải tự đặt mật khẩu riêng ở lần đăng nhập đầu tiên.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="110" />
            <source>record damaged</source>
            <translation>bản ghi bị hỏng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="112" />
            <source>deactivated</source>
            <translation>đã ngừng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="114" />
            <source>locked</source>
            <translation>bị khóa</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="116" />
            <source>must change password</source>
            <translation>phải đổi mật khẩu</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="117" />
            <source>active</source>
            <translation>đang dùng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="126" />
            <source>ID</source>
            <translation>Mã số</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="127" />
            <source>Login name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="128" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="129" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="130" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="131" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="162" />
            <source>Deactivated {username}: this account opens nothing any more.</source>
            <translation>Đã ngừng tài khoản {username}: tài khoản này không mở được gì nữa.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/users.py" line="175" />
            <source>Unlocked {username}.</source>
            <translation>Đã mở khóa tài khoản {username}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="17" />
            <source>use the printed recovery code to set a new director password and enroll this computer (new password from $SHOPPRIVACY_NEW_PASSWORD, else asked for)</source>
            <translation>dùng mã khôi phục đã in để đặt mật khẩu mới cho giám đốc và ghi danh máy tính này (mật khẩu mới lấy từ $SHOPPRIVACY_NEW_PASSWORD hoặc được hỏi khi chạy)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="26" />
            <source>the code from the recovery sheet (else $SHOPPRIVACY_RECOVERY_CODE, else asked)</source>
            <translation>mã trên tờ khôi phục (nếu không có thì lấy $SHOPPRIVACY_RECOVERY_CODE, hoặc được hỏi khi chạy)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="34" />
            <source>the director account to recover</source>
            <translation>tài khoản giám đốc cần khôi phục</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="46" />
            <source>Give the recovery code with --recovery-code or $SHOPPRIVACY_RECOVERY_CODE.</source>
            <translation>Hãy nhập mã khôi phục bằng --recovery-code hoặc $SHOPPRIVACY_RECOVERY_CODE.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="50" />
            <source>Recovery code: </source>
            <translation>Mã khôi phục: </translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/recover.py" line="63" />
            <source>Recovered: {username} has a new password and this computer is enrolled. The same recovery code still works; keep the sheet safe.</source>
            <translation>Đã khôi phục: {username} đã có mật khẩu mới và máy tính này đã được ghi danh. Mã khôi phục cũ vẫn dùng được; hãy cất kỹ tờ mã.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/passwd.py" line="12" />
            <source>change your password (current one from $SHOPPRIVACY_PASSWORD, new one from $SHOPPRIVACY_NEW_PASSWORD, else asked for); a director naming someone else resets theirs, and they must change it at next sign-in</source>
            <translation>đổi mật khẩu của bạn (mật khẩu hiện tại lấy từ $SHOPPRIVACY_PASSWORD, mật khẩu mới từ $SHOPPRIVACY_NEW_PASSWORD, nếu không có thì được hỏi khi chạy); giám đốc ghi tên người khác thì đặt lại mật khẩu cho người đó, và người đó phải đổi ở lần đăng nhập sau</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/passwd.py" line="23" />
            <source>whose password (default: yours)</source>
            <translation>mật khẩu của ai (mặc định: của bạn)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/passwd.py" line="38" />
            <source>Your password is changed.</source>
            <translation>Đã đổi mật khẩu của bạn.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/passwd.py" line="48" />
            <source>Reset the password of {username}. They must choose their own at next sign-in.</source>
            <translation>Đã đặt lại mật khẩu cho {username}. Người này phải tự đặt mật khẩu riêng ở lần đăng nhập sau.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="14" />
            <source>create a new shop database with its director account; prints the recovery code once</source>
            <translation>tạo cơ sở dữ liệu mới cho cửa hàng cùng tài khoản giám đốc; mã khôi phục chỉ in ra một lần</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="23" />
            <source>the shop's (data controller's) name</source>
            <translation>tên cửa hàng (bên kiểm soát dữ liệu)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="29" />
            <source>the director's login name</source>
            <translation>tên đăng nhập của giám đốc</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="35" />
            <source>the director's full name</source>
            <translation>họ và tên của giám đốc</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="40" />
            <source>the director's phone number</source>
            <translation>số điện thoại của giám đốc</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="46" />
            <source>the shop's address</source>
            <translation>địa chỉ cửa hàng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="52" />
            <source>the shop's phone number</source>
            <translation>số điện thoại cửa hàng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="58" />
            <source>the shop's email address</source>
            <translation>địa chỉ email của cửa hàng</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="76" />
            <source>A shop database already exists at {where}. Nothing was changed.</source>
            <translation>Đã có cơ sở dữ liệu cửa hàng ở {where}. Chưa có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="97" />
            <source>Created the shop database at {where} for director {username}.</source>
            <translation>Đã tạo cơ sở dữ liệu cửa hàng ở {where}, giám đốc là {username}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="103" />
            <source>This computer is enrolled: its key store (OS keyring) holds a secret the database needs besides a password.</source>
            <translation>Máy tính này đã được ghi danh: kho khóa của máy (keyring của hệ điều hành) giữ một khóa bí mật mà cơ sở dữ liệu cần, ngoài mật khẩu.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="112" />
            <source>IMPORTANT: write down or print the recovery code now and keep it locked away, apart from this computer. It is shown only this once and is not stored anywhere. It is the only way back in if the director's password is forgotten or this computer is lost.</source>
            <translation>QUAN TRỌNG: hãy chép tay hoặc in mã khôi phục ngay bây giờ và cất vào chỗ có khóa, xa máy tính này. Mã chỉ hiện đúng một lần này và không được lưu ở đâu cả. Đây là cách duy nhất để vào lại khi giám đốc quên mật khẩu hoặc khi mất máy tính này.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/setup.py" line="121" />
            <source>Recovery code:</source>
            <translation>Mã khôi phục:</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="20" />
            <source>it was changed after it was written</source>
            <translation>mục này đã bị sửa sau khi ghi</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="21" />
            <source>it is missing (deleted)</source>
            <translation>mục này bị mất (đã bị xóa)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="22" />
            <source>the newest entries were removed, or the sealed head was edited</source>
            <translation>các mục mới nhất đã bị xóa, hoặc mốc cuối đã niêm phong bị sửa</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="25" />
            <source>the sealed head of the log is missing</source>
            <translation>mốc cuối đã niêm phong của nhật ký bị mất</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="33" />
            <source>check and read the audit log (director only)</source>
            <translation>kiểm tra và xem nhật ký hoạt động (chỉ giám đốc)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="36" />
            <source>check every entry of the audit log; exit 5 naming the first broken entry</source>
            <translation>kiểm tra từng mục của nhật ký hoạt động; thoát với mã 5 và nêu mục hỏng đầu tiên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="43" />
            <source>list audit log entries, newest first</source>
            <translation>liệt kê các mục của nhật ký hoạt động, mới nhất trước</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="49" />
            <source>only what this staff account did or had done to it</source>
            <translation>chỉ những việc tài khoản nhân viên này đã làm hoặc bị làm</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="54" />
            <source>only entries about this customer</source>
            <translation>chỉ các mục về khách hàng này</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="59" />
            <source>only this action, e.g. sign_in_failed</source>
            <translation>chỉ loại việc này, ví dụ sign_in_failed</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="64" />
            <source>only from this day on (Vietnam time)</source>
            <translation>chỉ từ ngày này trở đi (giờ Việt Nam)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="69" />
            <source>only up to and including this day (Vietnam time)</source>
            <translation>chỉ đến hết ngày này (giờ Việt Nam)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="76" />
            <source>at most N entries (default 100)</source>
            <translation>nhiều nhất N mục (mặc định 100)</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="98" />
            <source>The audit log is whole: {checked} entries checked. Head: entry #{head_seq}, hash {head_hash}.</source>
            <translation>Nhật ký hoạt động còn nguyên vẹn: đã kiểm tra {checked} mục. Mốc cuối: mục số {head_seq}, mã băm {head_hash}.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="112" />
            <source>The audit log is broken at entry #{seq}: {problem}. {checked} entries before it are whole.</source>
            <translation>Nhật ký hoạt động bị hỏng ở mục số {seq}: {problem}. {checked} mục trước đó vẫn nguyên vẹn.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="138" />
            <source>--limit must be at least 1.</source>
            <translation>--limit phải từ 1 trở lên.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="171" />
            <source>No entries match.</source>
            <translation>Không có mục nào khớp.</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="174" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="175" />
            <source>Staff</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="176" />
            <source>Action</source>
            <translation>Việc</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="177" />
            <source>Record</source>
            <translation>Bản ghi</translation>
        </message>
        <message>
            <location filename="../../../src/shopprivacy/cli/commands/audit.py" line="178" />
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
    </context>
</TS>
