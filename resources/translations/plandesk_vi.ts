<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Sẽ có trong phiên bản sau</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Completeness</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <source>For directorates: see who has sent the return of a period, who is late and who is missing, and consolidate the returns into your own.</source>
        <translation>Dành cho cấp phòng, sở: xem đơn vị nào đã nộp báo cáo của kỳ, đơn vị nào nộp muộn, đơn vị nào chưa nộp, và tổng hợp các báo cáo thành báo cáo của mình.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PlanDesk ran into a problem</source>
        <translation>PlanDesk gặp sự cố</translation>
    </message>
    <message>
        <source>Something went wrong that PlanDesk did not expect. Your data is safe: every change is saved as you make it. Please save this report and send it to whoever supports PlanDesk for you.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu của bạn vẫn an toàn: mọi thay đổi đều được lưu ngay khi thực hiện. Vui lòng lưu báo cáo này và gửi cho người hỗ trợ PlanDesk cho đơn vị bạn.</translation>
    </message>
    <message>
        <source>A copy is already in %1</source>
        <translation>Một bản sao đã được lưu tại %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>An overview of the current period at a glance: activities done and still open, events held, people reached and the next return due.</source>
        <translation>Toàn cảnh kỳ hiện tại: các hoạt động đã hoàn thành và đang thực hiện, các sự kiện đã tổ chức, số người được tiếp cận và hạn nộp báo cáo tiếp theo.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Log what was actually held: seminars, trainings, round tables and campaigns, with date, venue, partners and participants, linked to the activities of the plan.</source>
        <translation>Ghi lại những gì đã thực sự tổ chức: hội thảo, tập huấn, tọa đàm và chiến dịch, kèm ngày, địa điểm, đối tác và người tham gia, gắn với các hoạt động của kế hoạch.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Báo cáo nhận về</translation>
    </message>
    <message>
        <source>For directorates: drop in the returns received from subordinate institutions. Their signatures are checked and every version is kept.</source>
        <translation>Dành cho cấp phòng, sở: kéo thả vào đây các báo cáo nhận từ đơn vị trực thuộc. Chữ ký số được kiểm tra và mọi phiên bản đều được lưu lại.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>It is open in process %1 on the computer %2.</source>
        <translation>Cơ sở dữ liệu đang được mở bởi tiến trình %1 trên máy tính %2.</translation>
    </message>
    <message>
        <source>PlanDesk is already open</source>
        <translation>PlanDesk đang mở</translation>
    </message>
    <message>
        <source>This database is already open in another PlanDesk window:
%1</source>
        <translation>Cơ sở dữ liệu này đang được mở trong một cửa sổ PlanDesk khác:
%1</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and start PlanDesk again.</source>
        <translation>Hãy chuyển sang cửa sổ đó, hoặc đóng nó rồi mở lại PlanDesk.</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder of this database:
%1</source>
        <translation>PlanDesk không ghi được vào thư mục chứa cơ sở dữ liệu này:
%1</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to, or ask for access.</source>
        <translation>Hãy sao chép cơ sở dữ liệu sang thư mục bạn có quyền ghi, hoặc xin cấp quyền truy cập.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PlanDesk.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản PlanDesk mới hơn.</translation>
    </message>
    <message>
        <source>Install the newer PlanDesk to open it. The file was not changed.</source>
        <translation>Hãy cài phiên bản PlanDesk mới hơn để mở. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>PlanDesk could not open the database because of an unexpected error.</source>
        <translation>PlanDesk không mở được cơ sở dữ liệu do một lỗi ngoài dự kiến.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>This file is not a PlanDesk database, or it is damaged.</source>
        <translation>Tệp này không phải cơ sở dữ liệu PlanDesk, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>Open another database with File → Open database….</source>
        <translation>Mở cơ sở dữ liệu khác bằng Tệp → Mở cơ sở dữ liệu….</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>No institution set up yet</source>
        <translation>Chưa thiết lập thông tin đơn vị</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, hạn nộp báo cáo %3</translation>
    </message>
    <message>
        <source>Opening the database %1…</source>
        <translation>Đang mở cơ sở dữ liệu %1…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Mở cơ sở dữ liệu PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu PlanDesk (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>Giới thiệu PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk %1</source>
        <translation>PlanDesk %1</translation>
    </message>
    <message>
        <source>Keeps an action plan against violence towards women, the progress of every activity, the events held and the signed returns sent upward. Works fully offline: PlanDesk never sends anything over the network by itself.</source>
        <translation>Quản lý kế hoạch hành động phòng, chống bạo lực đối với phụ nữ, tiến độ của từng hoạt động, các sự kiện đã tổ chức và các báo cáo có chữ ký số gửi cấp trên. Hoạt động hoàn toàn ngoại tuyến: PlanDesk không tự gửi bất cứ thứ gì qua mạng.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Kỳ hiện tại</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>&amp;Giới thiệu PlanDesk</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>Narrative</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Write the free-text sections of a return, such as results, difficulties and proposals, following the outline your directorate asks for.</source>
        <translation>Soạn các phần nội dung của báo cáo như kết quả, khó khăn và đề xuất, theo đề cương mà cấp trên yêu cầu.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Chưa mở cơ sở dữ liệu nào. Hãy mở bằng Tệp → Mở cơ sở dữ liệu….</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>Bảng kế hoạch</translation>
    </message>
    <message>
        <source>Filter by code or text…</source>
        <translation>Lọc theo mã hoặc nội dung…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Mở rộng tất cả</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Thu gọn tất cả</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Import one with “plandesk plan import FILE”, or try PlanDesk with the demo plan: “plandesk --db NEW_FILE demo”.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch. Hãy nhập kế hoạch bằng lệnh “plandesk plan import TỆP”, hoặc dùng thử PlanDesk với kế hoạch mẫu: “plandesk --db TỆP_MỚI demo”.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1: %2 – %3, return due %4</source>
        <translation>%1: %2 – %3, hạn nộp báo cáo %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Lý do nếu không thực hiện</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Đơn vị phối hợp: %1</translation>
    </message>
    <message>
        <source>Planned in %1</source>
        <translation>Dự kiến thực hiện: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Mark the progress of every activity period by period: status, date done, participants and the reason when it was not done, in a grid as quick as a spreadsheet.</source>
        <translation>Cập nhật tiến độ từng hoạt động theo từng kỳ: trạng thái, ngày hoàn thành, số người tham gia và lý do nếu chưa thực hiện, trên một bảng nhập nhanh như bảng tính.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Prepare the return of a period as a signed PDF and Excel file in your language, together with an e-mail ready to send.</source>
        <translation>Lập báo cáo của một kỳ thành tệp PDF và Excel có chữ ký số bằng ngôn ngữ của bạn, kèm theo thư điện tử sẵn sàng để gửi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Your institution&apos;s profile, the signing certificate, backups and the language of the returns you send.</source>
        <translation>Thông tin đơn vị, chứng thư ký số, sao lưu và ngôn ngữ của các báo cáo bạn gửi đi.</translation>
    </message>
</context>
</TS>
