<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CertificateText</name>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 until %4
SHA-256: %5</source>
        <translation>Chủ thể: %1
Đơn vị cấp: %2
Hiệu lực từ %3 đến %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Due %1</source>
        <translation>Hạn nộp %1</translation>
    </message>
    <message>
        <source>returns in</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them on the Subordinates page to follow their returns here.</source>
        <translation>Chưa đăng ký đơn vị cấp dưới nào. Hãy đăng ký tại trang Đơn vị cấp dưới để theo dõi báo cáo của các đơn vị tại đây.</translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation>Lưu thư nhắc vào</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Đang soạn thư nhắc…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation>
            <numerusform>Đã ghi %n thư nhắc vào %1 — hãy mở bằng chương trình thư điện tử để gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation>Không ghi được thư nhắc. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Chấp nhận…</translation>
    </message>
    <message>
        <source>Accept the chosen return, with a signed receipt</source>
        <translation>Chấp nhận báo cáo đã chọn, kèm biên nhận có ký số</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Send the chosen return back for correction, with the reason</source>
        <translation>Trả lại báo cáo đã chọn để chỉnh sửa, kèm lý do</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation>Soạn thư nhắc…</translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation>Mỗi đơn vị chưa nộp báo cáo nhận một thư điện tử bằng ngôn ngữ của đơn vị đó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Chưa có chứng thư ký số</translation>
    </message>
    <message>
        <source>A receipt is signed with your key, and there is none yet.</source>
        <translation>Biên nhận được ký bằng khóa của bạn, nhưng hiện chưa có khóa.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Hãy tạo mới hoặc nhập tệp .p12 của bạn tại Cài đặt → Chứng thư ký số.</translation>
    </message>
    <message>
        <source>the return of %1 (%2, version %3)</source>
        <translation>báo cáo của %1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Mật khẩu này không mở được khóa ký. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>đã trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>%1 %2: the signed receipt is %3</source>
        <translation>%1 %2: biên nhận có ký số là %3</translation>
    </message>
    <message>
        <source>and the e-mail %1.</source>
        <translation>và thư %1.</translation>
    </message>
    <message>
        <source>The receipt could not be made. The details are in the log file.</source>
        <translation>Không tạo được biên nhận. Chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Signed (%1)</source>
        <translation>Đã ký (%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing.</source>
        <translation>Đã nhận %1/%2 báo cáo: %3 đã chấp nhận, %4 đã trả lại, %5 chưa xem xét; còn thiếu %6.</translation>
    </message>
    <message>
        <source>Signed as version %1 by %2.</source>
        <translation>Đã ký là phiên bản %1 bởi %2.</translation>
    </message>
    <message>
        <source>Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events</source>
        <translation>Phiên bản %1 · %2 đơn vị · %3 đã hoàn thành (%4 số đánh dấu) · %5 người tham gia · %6 sự kiện</translation>
    </message>
    <message>
        <source>Press Preview to see the consolidated return as it will be printed.</source>
        <translation>Nhấn Xem trước để xem báo cáo tổng hợp như khi được in.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; chưa có gì được lưu. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Đã hủy; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>No return has been taken in for this period yet.</source>
        <translation>Chưa nhận báo cáo nào cho kỳ này.</translation>
    </message>
    <message>
        <source>Adding up the returns…</source>
        <translation>Đang tổng hợp các báo cáo…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Chức năng xem trước cần chương trình pdftoppm (poppler-utils) nhưng chương trình này chưa được cài đặt. Việc ký và lưu vẫn hoạt động bình thường.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Phiên bản %1 — %2 trang đầu trong %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated return of %1 is signed with the head&apos;s key</source>
        <translation>Báo cáo tổng hợp %1 được ký bằng khóa của thủ trưởng</translation>
    </message>
    <message>
        <source>, then sealed with the institution&apos;s seal</source>
        <translation>, sau đó được đóng dấu của cơ quan</translation>
    </message>
    <message>
        <source>Returns sent back for correction are counted as they were received: %1.</source>
        <translation>Các báo cáo đã trả lại để chỉnh sửa được tính như khi nhận: %1.</translation>
    </message>
    <message>
        <source>Save the consolidated return in</source>
        <translation>Lưu báo cáo tổng hợp vào</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Đang ký và lưu…</translation>
    </message>
    <message>
        <source>Signed (version %1) and saved in %2: %3</source>
        <translation>Đã ký (phiên bản %1) và lưu vào %2: %3</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2).</source>
        <translation>Các tệp đã ký %1 không còn ở nơi đã lưu (%2).</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Thư đã mở trong chương trình e-mail: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Không có chương trình e-mail nào mở thư, nên thư mục của nó được hiển thị: hãy đính kèm hoặc kéo %1 vào thư.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the level above: fill it in in Settings)</source>
        <translation>(chưa biết địa chỉ e-mail của cấp trên: hãy điền trong Cài đặt)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 không còn ở nơi đã lưu (%2).</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Tổng hợp lại</translation>
    </message>
    <message>
        <source>Open the consolidation of %1 (version %2) again?</source>
        <translation>Mở lại bản tổng hợp %1 (phiên bản %2)?</translation>
    </message>
    <message>
        <source>The signed files stay valid and in the list; the next signed consolidated return becomes version %1, with the returns accepted by then.</source>
        <translation>Các tệp đã ký vẫn hợp lệ và vẫn trong danh sách; báo cáo tổng hợp ký tiếp theo sẽ là phiên bản %1, gồm các báo cáo đã chấp nhận đến lúc đó.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The next signed consolidated return is version %1.</source>
        <translation>Báo cáo tổng hợp ký tiếp theo là phiên bản %1.</translation>
    </message>
    <message>
        <source>The returns taken in for a period, added up into this institution&apos;s own return for the level above: signed, saved as PDF and Excel, sent by e-mail.</source>
        <translation>Các báo cáo nhận được trong kỳ được tổng hợp thành báo cáo của chính đơn vị gửi cấp trên: ký số, lưu dạng PDF và Excel, gửi qua thư điện tử.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Ký và lưu…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Soạn thư điện tử</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>Sau khi ký: một thư điện tử đính kèm cả hai tệp</translation>
    </message>
    <message>
        <source>Consolidate again…</source>
        <translation>Tổng hợp lại…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Phóng to (Ctrl+dấu cộng)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Thu nhỏ (Ctrl+dấu trừ)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Các báo cáo đưa vào</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
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
        <source>{done} of {planned}</source>
        <translation>{done}/{planned}</translation>
    </message>
    <message>
        <source>activities done, all periods</source>
        <translation>hoạt động hoàn thành, tất cả các kỳ</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>sự kiện đã tổ chức</translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation>lượt người tham gia các sự kiện</translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation>không có báo cáo nào đến hạn</translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation>
            <numerusform>báo cáo kỳ {period} đã quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation>
            <numerusform>báo cáo tiếp theo: {period}, còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>Tổng quan kế hoạch</translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation>Mức độ hoàn thành theo kỳ</translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation>Mức độ hoàn thành theo mục tiêu, tất cả các kỳ</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation>Sự kiện và người tham gia theo kỳ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang thực hiện</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>không thực hiện</translation>
    </message>
    <message>
        <source>events</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>người tham gia</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>Chưa có nội dung dự kiến nào.</translation>
    </message>
    <message>
        <source>{label}
{done} done, {progress} in progress, {not_done} not done, {marked} marked planned, {open} planned, not reported yet; {na} not applicable</source>
        <translation>{label}
{done} hoàn thành, {progress} đang thực hiện, {not_done} không thực hiện, {marked} đánh dấu dự kiến, {open} có kế hoạch, chưa báo cáo; {na} không áp dụng</translation>
    </message>
    <message>
        <source>activities done, of those planned or marked (not applicable left out), all periods</source>
        <translation>hoạt động hoàn thành, trong số đã có kế hoạch hoặc đã đánh dấu (trừ không áp dụng), tất cả các kỳ</translation>
    </message>
    <message>
        <source>marked planned</source>
        <translation>đánh dấu dự kiến</translation>
    </message>
    <message>
        <source>planned, not reported yet</source>
        <translation>có kế hoạch, chưa báo cáo</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Mở cơ sở dữ liệu PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (%1);;All files (*)</source>
        <translation>Cơ sở dữ liệu PlanDesk (%1);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New PlanDesk database</source>
        <translation>Cơ sở dữ liệu PlanDesk mới</translation>
    </message>
    <message>
        <source>Save the demo database as</source>
        <translation>Lưu cơ sở dữ liệu mẫu thành</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Chưa mở cơ sở dữ liệu nào</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation>Chưa chọn mục nào</translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation>Chọn một dòng của kế hoạch để xem và sửa chi tiết.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Mục tiêu cụ thể</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>description</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>target</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>giá trị chỉ tiêu</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>đơn vị tính của chỉ tiêu</translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation>ký hiệu chú thích</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Đơn vị &amp;chủ trì</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Đơn vị &amp;phối hợp</translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation>Chỉ tiêu (nguyên &amp;văn)</translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation>Chỉ tiêu bằng số</translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation>Dự kiến thực hiện trong các kỳ (đánh dấu; nhập ngày dự kiến)</translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation>Ký &amp;hiệu chú thích (vd. 1, 2)</translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation>Lý do nếu &amp;không thực hiện</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>Giá t&amp;rị</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Đơn vị &amp;tính</translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation>— không có ký hiệu —</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation>Giá trị đạt được</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hoàn thành ngày</translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation>Lý do (bắt buộc nếu không thực hiện)</translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation>Phải nêu lý do khi hoạt động không được thực hiện.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation>Đóng bảng chi tiết (Esc)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Chưa chọn ô nào</translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation>Chọn một ô trong bảng: tình trạng, số liệu và minh chứng của ô sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation>Đã chọn %1 ô</translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation>Tình trạng và lý do áp dụng cho mọi ô đã chọn.</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>chưa có chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation>%1 trong kỳ này, %2 người tham gia</translation>
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
    <name>DueDatesModel</name>
    <message>
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation>Tất cả các kỳ</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tất cả hoạt động</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <source>Finds events by title, venue, organiser, partners or description (Ctrl+F)</source>
        <translation>Tìm sự kiện theo tên, địa điểm, đơn vị tổ chức, đơn vị phối hợp hoặc mô tả (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation>Dự án / kinh phí</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>Trong đó</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Phụ huynh</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Activity code or words</source>
        <translation>Mã hoặc từ của hoạt động</translation>
    </message>
    <message>
        <source>Leaflets, posters…</source>
        <translation>Tờ rơi, áp phích…</translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation>Công an, viện kiểm sát, trung tâm hỗ trợ khẩn cấp, chuyên gia tâm lý, tổ chức phi chính phủ…</translation>
    </message>
    <message>
        <source>Police, NGO…</source>
        <translation>Công an, tổ chức…</translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation>Tổng số nữ và nam ({parts}) vượt quá số người tham gia ({total}).</translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation>Tổng số học sinh, giáo viên, phụ huynh và nhân viên ({parts}) vượt quá số người tham gia ({total}).</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation>Kế hoạch không có hoạt động {code}.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Sự kiện phải có tiêu đề.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n người tham gia</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation>(trên tổng số {total} sự kiện)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Sửa sự kiện</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Thêm sự kiện</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Hoàn nguyên</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa trắng</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Không thực hiện được thay đổi</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>Thêm sự kiện “{title}”</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>Sửa sự kiện “{title}”</translation>
    </message>
    <message>
        <source>the new event “%1” on the Events page</source>
        <translation>sự kiện mới “%1” trên trang Sự kiện</translation>
    </message>
    <message>
        <source>the changes to the event “%1” on the Events page</source>
        <translation>các thay đổi của sự kiện “%1” trên trang Sự kiện</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xóa sự kiện</translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation>Xóa sự kiện “{title}”?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Có thể khôi phục bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Xóa sự kiện “{title}”</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Nhập danh sách sự kiện</translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Danh sách sự kiện (*.xlsx *.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation>Không nhập được danh sách sự kiện</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Nhập %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>Nhập sự kiện…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation>Kéo thả ảnh hoặc danh sách điểm danh vào đây (tối đa %1 MB mỗi tệp).</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Đính kèm tệp minh chứng</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Số đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation>Chú thích được hiển thị bên dưới kế hoạch; các mục dẫn chiếu đến chú thích bằng ký hiệu. Không thể xóa ký hiệu đang được một mục sử dụng.</translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation>&amp;Thêm chú thích</translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation>&amp;Xóa chú thích</translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Nội dung chú thích</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation>do PlanDesk tạo (chứng thư gốc riêng)</translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation>nhập từ tệp .p12</translation>
    </message>
    <message>
        <source>on the token %1 (the key never leaves it)</source>
        <translation>trên token %1 (khóa không bao giờ rời khỏi token)</translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation>PlanDesk sẽ tạo một chứng thư gốc và một khóa ký cho đơn vị của bạn. Hãy chọn mật khẩu bảo vệ khóa (ít nhất 8 ký tự). Mật khẩu không được lưu lại: hãy giữ cẩn thận, nếu không có mật khẩu thì không thể ký bằng khóa này.</translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation>Chứng thư hiện tại được giữ lại nhưng không còn được sử dụng.</translation>
    </message>
    <message>
        <source>Plug in your token or smart card, choose its program (the PKCS#11 module that came with it), find the token, type its PIN and choose the key. The key never leaves the token; the PIN is asked each time you sign and never stored.</source>
        <translation>Cắm token hoặc thẻ thông minh, chọn chương trình của nó (mô-đun PKCS#11 đi kèm), tìm token, nhập mã PIN và chọn khóa. Khóa không bao giờ rời khỏi token; mã PIN được hỏi mỗi lần ký và không được lưu ở đâu cả.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Nhập khóa ký</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp khóa PKCS#12 (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Mật khẩu của %1:</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation>Đây không phải tệp khóa PKCS#12 (dung lượng quá lớn).</translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation>Xuất chứng thư tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Chứng thư (*.pem)</translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation>Đã ghi chứng thư tin cậy vào %1. Hãy gửi tệp này cho đơn vị cấp trên mà bạn báo cáo.</translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation>Chứng thư ký số đã sẵn sàng.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Chứng thư ký số</translation>
    </message>
    <message>
        <source>Signature of:</source>
        <translation>Chữ ký của:</translation>
    </message>
    <message>
        <source>the head of the institution</source>
        <translation>thủ trưởng cơ quan</translation>
    </message>
    <message>
        <source>the institution&apos;s seal (optional)</source>
        <translation>con dấu của cơ quan (không bắt buộc)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Chủ sở hữu:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Hiệu lực đến:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Nguồn gốc:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Dấu vân tay (SHA-256):</translation>
    </message>
    <message>
        <source>No seal. A seal is the institution&apos;s own signature, added after the head&apos;s on every return (as Viet Nam&apos;s rules ask); returns are valid without it unless the directorate requires it.</source>
        <translation>Chưa có con dấu. Con dấu là chữ ký của chính cơ quan, được thêm sau chữ ký của thủ trưởng trên mỗi báo cáo (theo quy định của Việt Nam); báo cáo vẫn hợp lệ khi không có con dấu, trừ khi cơ quan cấp trên yêu cầu.</translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, import the .p12 file you already have, or use the key on your token.</source>
        <translation>Chưa có. Báo cáo được ký bằng khóa của cơ quan: tạo khóa tại đây, nhập tệp .p12 bạn đã có, hoặc dùng khóa trên token của bạn.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Tạo mới…</translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation>Nhập tệp .p12…</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Dùng token…</translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation>Xuất chứng thư tin cậy…</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Our signature</source>
        <translation>Chữ ký của chúng tôi</translation>
    </message>
    <message>
        <source>Returns are signed digitally with your institution&apos;s key. PlanDesk can create one (with its own root certificate, which you give to the institution you report to), or use the .p12 file you already have.</source>
        <translation>Báo cáo được ký số bằng khóa của đơn vị. PlanDesk có thể tạo khóa mới (kèm chứng thư gốc riêng, bạn gửi chứng thư này cho đơn vị cấp trên) hoặc dùng tệp .p12 bạn đã có.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation>Hãy kiểm tra nội dung của từng cột trong “%1” và các dòng PlanDesk nhận diện được. Chưa có gì được lưu cho đến khi bạn bấm Nhập; khi đó kế hoạch này trở thành kế hoạch hiện hành (kế hoạch cũ vẫn được giữ trong cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Goal (beside its activities)</source>
        <translation>Mục tiêu (bên cạnh các hoạt động của nó)</translation>
    </message>
    <message>
        <source>Sub-goal (beside its activities)</source>
        <translation>Mục tiêu cụ thể (bên cạnh các hoạt động của nó)</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation>Nội dung hoạt động / mục</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Lý do nếu không thực hiện</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation>Thời gian / ngày</translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation>Dự kiến trong kỳ này</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Ứng với</translation>
    </message>
    <message>
        <source>Kept apart (not plan items)</source>
        <translation>Giữ riêng (không phải mục của kế hoạch)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>như trong tệp</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>four-month periods</source>
        <translation>kỳ bốn tháng</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>sáu tháng</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>mỗi năm một kỳ</translation>
    </message>
    <message>
        <source>a campaign window</source>
        <translation>thời gian chiến dịch</translation>
    </message>
    <message>
        <source>The file names no year: choose the plan&apos;s year above (and its periods, if it reports by quarter, half-year …).</source>
        <translation>Tệp không ghi năm: hãy chọn năm của kế hoạch ở trên (và kỳ báo cáo, nếu báo cáo theo quý, sáu tháng …).</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (từ tệp)</translation>
    </message>
    <message>
        <source>No row is taken in: tick the rows to import.</source>
        <translation>Chưa chọn dòng nào: hãy đánh dấu các dòng cần nhập.</translation>
    </message>
    <message>
        <source>“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation>“%1”: %3 mục tiêu, %4 mục tiêu cụ thể, %5 hoạt động, %6 chú thích.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have no code in the file: PlanDesk numbered them (marked below).</source>
        <translation>
            <numerusform>%n dòng không có mã trong tệp: PlanDesk đã đánh số (được đánh dấu bên dưới).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are numbered again in each section: they get full codes (1.3, not 3).</source>
        <translation>
            <numerusform>%n dòng được đánh số lại trong từng phần: chúng nhận mã đầy đủ (1.3, không phải 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>do bạn chọn</translation>
    </message>
    <message>
        <source>from the campaign window in the file</source>
        <translation>từ thời gian chiến dịch ghi trong tệp</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>từ tiêu đề</translation>
    </message>
    <message>
        <source>from the column headings</source>
        <translation>từ tiêu đề cột</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>từ các ngày ghi trong tệp</translation>
    </message>
    <message>
        <source>from the text of the file</source>
        <translation>từ nội dung văn bản của tệp</translation>
    </message>
    <message>
        <source>Year %1 (%2); periods: %3.</source>
        <translation>Năm %1 (%2); kỳ báo cáo: %3.</translation>
    </message>
    <message>
        <source>The file names no reporting periods: one period for the year.</source>
        <translation>Tệp không ghi kỳ báo cáo: một kỳ cho cả năm.</translation>
    </message>
    <message>
        <source>Glossary (kept with the plan&apos;s footnotes):</source>
        <translation>Danh mục từ viết tắt (lưu cùng chú thích của kế hoạch):</translation>
    </message>
    <message>
        <source>Footnotes and notes:</source>
        <translation>Chú thích và ghi chú:</translation>
    </message>
    <message>
        <source>Columns kept in each item&apos;s notes: %1</source>
        <translation>Các cột được giữ trong ghi chú của từng mục: %1</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Các cột bỏ qua: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>header</source>
        <translation>dòng tiêu đề bảng</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>từ viết tắt</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>dòng phân cách</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>số thứ tự cột</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>văn bản khác</translation>
    </message>
    <message>
        <source>Rows that are not items:</source>
        <translation>Các dòng không phải là mục:</translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  dòng %1 (%2): %3</translation>
    </message>
    <message>
        <source>Keep in the notes, with its heading</source>
        <translation>Giữ trong ghi chú, kèm tiêu đề cột</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation>Nhập danh sách sự kiện</translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation>{file}: có thể nhập {good} sự kiện.</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation>{bad} dòng không nhập được và sẽ bị bỏ qua; lý do ghi ở bên dưới.</translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation>Các loại được giữ nguyên như đã ghi: {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Nhập %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>%n events of the list are already in the plan (same day, title and venue): they are skipped.</source>
        <translation>
            <numerusform>%n sự kiện trong danh sách đã có trong kế hoạch (cùng ngày, tên và địa điểm): bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>ngày kết thúc</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>hình thức</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>đơn vị tổ chức</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>project</source>
        <translation>dự án</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>description</source>
        <translation>mô tả</translation>
    </message>
    <message>
        <source>plan activity</source>
        <translation>hoạt động của kế hoạch</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>người tham gia</translation>
    </message>
    <message>
        <source>date and venue (split)</source>
        <translation>ngày và địa điểm (tách riêng)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Các cột: %1</translation>
    </message>
    <message>
        <source>Kept in each event&apos;s description: %1</source>
        <translation>Giữ trong mô tả của từng sự kiện: %1</translation>
    </message>
    <message>
        <source>Row numbers, not stored: %1</source>
        <translation>Số thứ tự dòng, không lưu: %1</translation>
    </message>
    <message>
        <source>Dates written without a year: %1</source>
        <translation>Ngày không ghi năm: %1</translation>
    </message>
    <message>
        <source>Footnotes under the list, added to the events that cite them: %1</source>
        <translation>Chú thích dưới danh sách được thêm vào các sự kiện có dẫn chiếu: %1</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation>Chi tiết hoặc lý do</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>sẽ được nhập</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <source>already in the plan: skipped</source>
        <translation>đã có trong kế hoạch: bỏ qua</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>bỏ ra</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Được tính</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation>
            <numerusform>Lần tiếp nhận gần nhất: %n tệp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Đã hủy: các tệp chưa đọc được bỏ qua.</translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation>Các tệp bị từ chối không được tính; lý do ghi trên dòng của từng tệp.</translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation>Báo cáo cần tiếp nhận</translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation>Báo cáo và thư điện tử đã lưu (*.pdf *.xlsx *.eml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation>Thư mục chứa báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Đang tìm báo cáo…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation>Đã kiểm tra %1/%2 tệp</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation>Sẽ dừng sau khi kiểm tra xong tệp hiện tại…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Báo cáo nhận về</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation>Mọi kỳ của kế hoạch</translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation>Báo cáo nhận từ các đơn vị cấp dưới: chữ ký của từng tệp được đối chiếu với đơn vị đã đăng ký, sau đó tệp được tiếp nhận, lưu thành phiên bản mới hoặc bị từ chối kèm lý do. Mỗi tệp được tiếp nhận trọn vẹn hoặc không tiếp nhận gì.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation>Kéo thả báo cáo vào đây: tệp PDF và Excel, thư điện tử đã lưu (.eml) hoặc cả một thư mục tệp đính kèm thư điện tử.</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <source>signer not the institution it claims</source>
        <translation>người ký không phải là đơn vị mà báo cáo khai báo</translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>không xác định được người ký</translation>
    </message>
    <message>
        <source>not a return</source>
        <translation>không phải báo cáo</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>tệp bị sửa đổi trái phép</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>kế hoạch khác</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>kỳ khác</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>không đọc được thư điện tử</translation>
    </message>
    <message>
        <source>the e-mail has no PDF or XLSX attached</source>
        <translation>thư điện tử không có tệp PDF hoặc XLSX đính kèm</translation>
    </message>
    <message>
        <source>only PDF, XLSX and .eml files are read</source>
        <translation>chỉ đọc các tệp PDF, XLSX và .eml</translation>
    </message>
    <message>
        <source>a note or a hidden file, not a return: left as it is</source>
        <translation>ghi chú hoặc tệp ẩn, không phải báo cáo: được giữ nguyên</translation>
    </message>
    <message>
        <source>the file could not be read (it is damaged or not made by PlanDesk)</source>
        <translation>không đọc được tệp (tệp bị hỏng hoặc không do PlanDesk tạo ra)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>tệp PDF bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>the PDF carries other signatures than the head&apos;s and the institution&apos;s seal</source>
        <translation>tệp PDF có chữ ký khác ngoài chữ ký của thủ trưởng và con dấu của đơn vị</translation>
    </message>
    <message>
        <source>the Excel file is damaged and cannot be read</source>
        <translation>tệp Excel bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 differs from what was signed</source>
        <translation>tệp Excel đã bị thay đổi sau khi ký: %1 khác với bản đã ký</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was added</source>
        <translation>tệp Excel đã bị thay đổi sau khi ký: đã thêm %1</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was removed</source>
        <translation>tệp Excel đã bị thay đổi sau khi ký: đã xóa %1</translation>
    </message>
    <message>
        <source>the Excel file was saved again by a spreadsheet program, so it is no longer the signed original; ask for the PDF of the same return</source>
        <translation>tệp Excel đã được một chương trình bảng tính lưu lại, nên không còn là bản gốc đã ký; hãy đề nghị gửi bản PDF của cùng báo cáo</translation>
    </message>
    <message>
        <source>an Excel return from an earlier PlanDesk, whose signature does not cover its formatting; ask for the PDF of the same return</source>
        <translation>báo cáo Excel từ phiên bản PlanDesk trước, chữ ký không bao gồm định dạng; hãy đề nghị gửi bản PDF của cùng báo cáo</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (%1) was revoked by its issuer</source>
        <translation>chứng thư của người ký (%1) đã bị nơi cấp thu hồi</translation>
    </message>
    <message>
        <source>the signer (%1) is not registered for %2</source>
        <translation>người ký (%1) không được đăng ký cho đơn vị %2</translation>
    </message>
    <message>
        <source>the signed content is not a PlanDesk return</source>
        <translation>nội dung đã ký không phải là báo cáo PlanDesk</translation>
    </message>
    <message>
        <source>the return was made by a newer PlanDesk; install the newer version to read it</source>
        <translation>báo cáo được tạo bằng phiên bản PlanDesk mới hơn; hãy cài phiên bản mới để đọc</translation>
    </message>
    <message>
        <source>the second signature (%1) is not the seal of %2</source>
        <translation>chữ ký thứ hai (%1) không phải con dấu của %2</translation>
    </message>
    <message>
        <source>signed twice by the same key; a second signature must be the institution&apos;s seal</source>
        <translation>được ký hai lần bằng cùng một khóa; chữ ký thứ hai phải là con dấu của đơn vị</translation>
    </message>
    <message>
        <source>the return is not sealed; this directorate requires the institution&apos;s seal</source>
        <translation>báo cáo chưa được đóng dấu; cơ quan này yêu cầu con dấu của đơn vị</translation>
    </message>
    <message>
        <source>this very file was already taken in</source>
        <translation>chính tệp này đã được tiếp nhận trước đó</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 không phải là đơn vị cấp dưới đã đăng ký</translation>
    </message>
    <message>
        <source>the key belongs to %1</source>
        <translation>khóa thuộc về đơn vị %1</translation>
    </message>
    <message>
        <source>the certificate is not registered for %1</source>
        <translation>chứng thư không được đăng ký cho đơn vị %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan (%2)</source>
        <translation>%1 không phải là một kỳ của kế hoạch này (%2)</translation>
    </message>
    <message>
        <source>%1, this intake is for %2</source>
        <translation>%1, trong khi đợt tiếp nhận này dành cho kỳ %2</translation>
    </message>
    <message>
        <source>the same return is already in</source>
        <translation>báo cáo giống hệt đã được tiếp nhận trước đó</translation>
    </message>
    <message>
        <source>kept; version %1 is already in</source>
        <translation>đã lưu; phiên bản %1 đã được tiếp nhận trước đó</translation>
    </message>
    <message>
        <source>supersedes version %1</source>
        <translation>thay thế phiên bản %1</translation>
    </message>
    <message>
        <source>signed %1, due %2</source>
        <translation>ký ngày %1, hạn nộp %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a return</source>
        <translation>tệp quá lớn, không thể là một báo cáo</translation>
    </message>
    <message>
        <source>neither a PDF nor an Excel file</source>
        <translation>không phải tệp PDF cũng không phải tệp Excel</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>không phải tệp PDF</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>tệp PDF không có chữ ký số</translation>
    </message>
    <message>
        <source>the signature does not match the content: the file was changed after signing</source>
        <translation>chữ ký không khớp với nội dung: tệp đã bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>the file was changed after signing (an update was appended after the signature)</source>
        <translation>tệp đã bị thay đổi sau khi ký (có bản cập nhật được nối thêm sau chữ ký)</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>the signed PDF holds no machine-readable return</source>
        <translation>tệp PDF đã ký không chứa báo cáo ở dạng máy đọc được</translation>
    </message>
    <message>
        <source>the visible pages differ from the signed data: %1</source>
        <translation>nội dung các trang hiển thị khác với dữ liệu đã ký: %1</translation>
    </message>
    <message>
        <source>the Excel file is not a signed PlanDesk return</source>
        <translation>tệp Excel không phải là báo cáo PlanDesk đã ký</translation>
    </message>
    <message>
        <source>the signature block is damaged</source>
        <translation>khối chữ ký bị hỏng</translation>
    </message>
    <message>
        <source>the signed return was changed after signing (hidden data does not match its signature)</source>
        <translation>báo cáo đã ký bị thay đổi sau khi ký (dữ liệu ẩn không khớp với chữ ký)</translation>
    </message>
    <message>
        <source>a visible cell was changed after signing: %1</source>
        <translation>một ô hiển thị đã bị thay đổi sau khi ký: %1</translation>
    </message>
    <message>
        <source>the signer (%1) is not trusted</source>
        <translation>người ký (%1) không thuộc danh sách tin cậy</translation>
    </message>
    <message>
        <source>the signed return is not in canonical form</source>
        <translation>báo cáo đã ký không ở dạng chuẩn</translation>
    </message>
    <message>
        <source>signed by the key of institution %1, but the return claims to come from %2</source>
        <translation>được ký bằng khóa của đơn vị %1, nhưng báo cáo lại ghi là của đơn vị %2</translation>
    </message>
    <message>
        <source>the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)</source>
        <translation>tên tệp ghi %1 %2, nhưng báo cáo đã ký là của %3 cho kỳ %4 (tệp đã bị đổi tên?)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue an identity</source>
        <translation>Cấp chứng thư ký số</translation>
    </message>
    <message>
        <source>A signing key and certificate for %1 (%2), issued by this institution&apos;s own root, in a PKCS#12 file protected by a new password. Hand the file over on a USB stick and tell the password separately.</source>
        <translation>Khóa ký và chứng thư cho %1 (%2), do chứng thư gốc của chính đơn vị này cấp, trong tệp PKCS#12 được bảo vệ bằng mật khẩu mới. Hãy bàn giao tệp bằng USB và báo mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Your key password:</source>
        <translation>Mật khẩu khóa của bạn:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Lưu thành:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Lưu chứng thư thành</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Tệp PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Mật khẩu mới cần ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>The new password must not be your own.</source>
        <translation>Mật khẩu mới không được trùng với mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Hãy chọn một tệp trong thư mục đang có.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Seal token&apos;s PIN:</source>
        <translation>Mã PIN của token con dấu:</translation>
    </message>
    <message>
        <source>Seal key password:</source>
        <translation>Mật khẩu khóa con dấu:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Mã PIN của token:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Mật khẩu khóa:</translation>
    </message>
    <message>
        <source>This does not open the seal&apos;s key. Type it again.</source>
        <translation>Mật khẩu này không mở được khóa con dấu. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Mật khẩu này không mở được khóa ký. Hãy nhập lại.</translation>
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
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Không ghi được bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Đã ghi bản sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Dùng thử bản mẫu</translation>
    </message>
    <message>
        <source>The demo needs a new file, not the database that is open.</source>
        <translation>Bản mẫu cần một tệp mới, không phải cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Đang tạo cơ sở dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>The demo could not be made in %1.</source>
        <translation>Không tạo được bản mẫu trong %1.</translation>
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
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Some typed text is not saved yet:</source>
        <translation>Một số nội dung đã nhập chưa được lưu:</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Lưu và thoát</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Thoát không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu PlanDesk (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save a backup of the database</source>
        <translation>Lưu bản sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
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
        <source>&amp;Recent databases</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
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
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>Try the &amp;demo in a new file…</source>
        <translation>Dùng thử bản &amp;mẫu trong tệp mới…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
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
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation>Báo cáo của kỳ này đã được ký (phiên bản {version}); nội dung báo cáo đã bị khóa. Hãy điều chỉnh báo cáo tại trang Báo cáo để thay đổi.</translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation>Hãy viết tại đây; nội dung được lưu ngay khi bạn gõ.</translation>
    </message>
    <message>
        <source>the narrative of %1</source>
        <translation>nội dung báo cáo kỳ %1</translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation>Nội dung báo cáo kỳ {period}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu được: {reason}</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation>Phần nội dung tự do của báo cáo kỳ. Các mục theo đề cương đã thiết lập trong Cài đặt; mọi thay đổi được lưu ngay sau khi bạn ngừng gõ.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>The plan&apos;s title and its reporting periods. Goals and activities are typed in the table afterwards; the periods can be changed in Settings until something is recorded in them.</source>
        <translation>Tên kế hoạch và các kỳ báo cáo. Mục tiêu và hoạt động được nhập vào bảng sau đó; các kỳ có thể thay đổi trong Cài đặt khi chưa ghi nhận gì trong đó.</translation>
    </message>
    <message>
        <source>e.g. Action plan against violence 2025</source>
        <translation>vd. Kế hoạch phòng chống bạo lực 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>&amp;Reporting periods</source>
        <translation>&amp;Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Tạo kế hoạch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Kế hoạch cần có tên.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation>Lưu đề cương</translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation>Nhấp đúp vào tiêu đề để đổi tên mục</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Mục mới</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation>Mật khẩu khóa</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN của token</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Nhập lại:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Cách đặt hạn</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>đặt thủ công</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>theo quy tắc</translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation>Nhấp đúp để tự đặt hạn nộp của kỳ này</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation>Thêm mục tiêu</translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation>Thêm một mục tiêu sau mục tiêu đang chọn</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Thêm mục tiêu cụ thể</translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation>Thêm một mục tiêu cụ thể vào mục tiêu đang chọn</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation>Thêm một hoạt động vào mục tiêu cụ thể đang chọn hoặc sau hoạt động đang chọn</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Chèn lên trên</translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation>Chèn một mục cùng cấp lên trên mục đang chọn</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Chèn xuống dưới</translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation>Chèn một mục cùng cấp xuống dưới mục đang chọn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation>Sửa mục đang chọn trong bảng bên cạnh</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation>Xóa mục đang chọn cùng toàn bộ nội dung bên dưới</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation>Chuyển mục vào dưới mục phía trên</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation>Chuyển mục lên một cấp</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation>Chuyển mục lên trên trong cùng cấp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation>Chuyển mục xuống dưới trong cùng cấp</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Dán dòng</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation>Dán các dòng sao chép từ Excel hoặc Word vào dưới mục đang chọn</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Đánh lại mã…</translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation>Đánh lại mã theo thứ tự cây (hiện mã cũ → mã mới trước)</translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation>Chú thích…</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation>Sửa chú thích của kế hoạch</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Nhập kế hoạch…</translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation>Nhập kế hoạch từ tệp Excel, CSV hoặc PlanDesk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>Hiện hoặc ẩn bảng chi tiết</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Không thể nhập tệp này: %1</translation>
    </message>
    <message>
        <source>Import plan from %1</source>
        <translation>Nhập kế hoạch từ %1</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>Chưa nhập được kế hoạch: %1</translation>
    </message>
    <message>
        <source>The template from %1 is signed by a certificate this database does not trust yet:
%2</source>
        <translation>Mẫu kế hoạch từ %1 được ký bằng một chứng thư mà cơ sở dữ liệu này chưa tin cậy:
%2</translation>
    </message>
    <message>
        <source>Before you trust it, ask the directorate for its certificate&apos;s fingerprint (by telephone or on paper) and compare it with this one:

%1</source>
        <translation>Trước khi tin cậy, hãy hỏi cơ quan cấp trên dấu vân tay chứng thư của họ (qua điện thoại hoặc văn bản) và so sánh với dấu sau:

%1</translation>
    </message>
    <message>
        <source>Import plan template from %1</source>
        <translation>Nhập mẫu kế hoạch từ %1</translation>
    </message>
    <message>
        <source>The plan template version %1 from %2 was imported.</source>
        <translation>Đã nhập mẫu kế hoạch phiên bản %1 từ %2.</translation>
    </message>
    <message>
        <source>The plan was updated to template version %1 from %2; progress and events are kept.</source>
        <translation>Kế hoạch đã được cập nhật theo mẫu phiên bản %1 từ %2; tiến độ và các hoạt động được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start the plan “%1”</source>
        <translation>Tạo kế hoạch “%1”</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Chưa mở cơ sở dữ liệu nào. Hãy mở bằng Tệp → Mở cơ sở dữ liệu….</translation>
    </message>
    <message>
        <source>The plan “%1” has no goals yet. Add the first one with “Add goal”, or import the plan from a file.</source>
        <translation>Kế hoạch “%1” chưa có mục tiêu nào. Thêm mục tiêu đầu tiên bằng “Thêm mục tiêu” hoặc nhập kế hoạch từ tệp.</translation>
    </message>
    <message>
        <source>Add the first goal</source>
        <translation>Thêm mục tiêu đầu tiên</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch. Hãy nhập vào bảng trống, nhập từ tệp (Excel, CSV hoặc mẫu nhận từ cấp trên), hoặc xem thử bản mẫu trước.</translation>
    </message>
    <message>
        <source>Type in a new plan…</source>
        <translation>Nhập kế hoạch mới…</translation>
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
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <source>Shows the goals and activities whose code or text holds these words (Ctrl+F)</source>
        <translation>Hiện các mục tiêu và hoạt động có mã hoặc nội dung chứa những từ này (Ctrl+F)</translation>
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
        <source>Item details</source>
        <translation>Chi tiết mục</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Nhập kế hoạch từ tệp…</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Dùng thử bản mẫu…</translation>
    </message>
</context>
<context>
    <name>PlanPrompts</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Tin cậy chứng thư này?</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Tin cậy và nhập</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Bảng kế hoạch (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <source>Your plan: “%1”, %n activities.</source>
        <translation>
            <numerusform>Kế hoạch của bạn: “%1”, %n hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan in this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch.</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Kế hoạch của chúng tôi</translation>
    </message>
    <message>
        <source>The goals and activities you report on, period after period. Choose how it comes into PlanDesk; whatever you choose is one step of Edit → Undo.</source>
        <translation>Các mục tiêu và hoạt động bạn báo cáo theo từng kỳ. Chọn cách đưa kế hoạch vào PlanDesk; mọi lựa chọn đều hoàn tác được bằng một bước Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Type it in…</source>
        <translation>Tự nhập…</translation>
    </message>
    <message>
        <source>Start with an empty table: its title and periods, then goal by goal.</source>
        <translation>Bắt đầu từ bảng trống: tên và các kỳ, rồi lần lượt từng mục tiêu.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>An Excel or CSV table of the plan, its columns matched in a preview.</source>
        <translation>Bảng kế hoạch dạng Excel hoặc CSV; các cột được đối chiếu trong bản xem trước.</translation>
    </message>
    <message>
        <source>Open a template…</source>
        <translation>Mở mẫu kế hoạch…</translation>
    </message>
    <message>
        <source>The signed plan file (.json) your directorate sent: its signature is checked before anything is stored.</source>
        <translation>Tệp kế hoạch đã ký (.json) do cấp trên gửi: chữ ký được kiểm tra trước khi lưu bất cứ thứ gì.</translation>
    </message>
    <message>
        <source>We keep no plan</source>
        <translation>Chúng tôi không có kế hoạch</translation>
    </message>
    <message>
        <source>Only log the events you hold; a plan of events, a period a year.</source>
        <translation>Chỉ ghi các sự kiện bạn tổ chức: một kế hoạch sự kiện, mỗi năm một kỳ.</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Dùng thử bản mẫu…</translation>
    </message>
    <message>
        <source>A ready-made example in a separate file, to look around first; this database stays as it is.</source>
        <translation>Một ví dụ có sẵn trong tệp riêng để xem thử trước; cơ sở dữ liệu này giữ nguyên.</translation>
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
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
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
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Mục tiêu cụ thể</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>no code: numbered by PlanDesk</source>
        <translation>không có mã: PlanDesk đánh số</translation>
    </message>
    <message>
        <source>numbered %1 in its section</source>
        <translation>số %1 trong phần của nó</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation>Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Họ tên thủ trưởng</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Chức vụ thủ trưởng</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>Cấp trên (mã)</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>Cấp trên (tên)</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>Thư điện tử cấp trên</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation>Phòng Giáo dục cấp huyện</translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation>Sở Giáo dục cấp tỉnh</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Bộ</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Cơ quan quản lý giáo dục</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Ủy ban</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Công đoàn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation>vd. MEB-10</translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation>để trống: không báo cáo cho đơn vị nào</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation>Chỉ dùng chữ cái, chữ số và . - / _ (tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation>Đơn vị phải có mã.</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>Đơn vị phải có tên.</translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation>Đơn vị không thể báo cáo cho chính mình.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who we are</source>
        <translation>Chúng tôi là ai</translation>
    </message>
    <message>
        <source>The institution that signs the returns, its head, and the institution it reports to with that one&apos;s e-mail address (the returns are addressed to it). Everything can be changed later in Settings.</source>
        <translation>Đơn vị ký báo cáo, người đứng đầu, và đơn vị cấp trên cùng địa chỉ e-mail của đơn vị đó (báo cáo được gửi đến đó). Mọi thông tin đều có thể sửa sau trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>ProgressClipboard</name>
    <message>
        <source>“%1” is not a status: paste status words (Done, Not done…) or their keys (D, N, P, L, A).</source>
        <translation>“%1” không phải là trạng thái: hãy dán từ chỉ trạng thái (Hoàn thành, Không thực hiện…) hoặc phím tắt của chúng (D, N, P, L, A).</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Dán %n ô</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, hạn nộp báo cáo %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation>Đã khóa: báo cáo của kỳ này đã được ký.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>không dự kiến</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>chưa đánh dấu</translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation>%1 SK/%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation>Không dự kiến trong kỳ này</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Dự kiến: %1</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Chưa có tình trạng</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Người tham gia: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Đạt được: %1</translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation>Sự kiện: %1 (%2 người tham gia)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation>Kỳ %1 đã bị khóa: báo cáo (phiên bản %2) đã được ký</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation>Không thể thay đổi đánh dấu của kỳ này nữa.</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation>Đặt %1 trong kỳ %2 thành “%3”</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>Xóa đánh dấu %1 trong kỳ %2</translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation>Đặt %n ô thành “%3”</translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation>Xóa đánh dấu %n ô</translation>
    </message>
    <message>
        <source>the text typed for %1 on the Progress page</source>
        <translation>nội dung đã nhập cho %1 trên trang Tiến độ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation>Đính kèm %1 vào %2 trong kỳ %3</translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation>Gỡ tệp minh chứng %1</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tất cả hoạt động</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation>Thiếu lý do</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation>Chỉ hiện các hoạt động có kỳ ở tình trạng này</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Tìm…</translation>
    </message>
    <message>
        <source>Finds activities by code or text (Ctrl+F)</source>
        <translation>Tìm hoạt động theo mã hoặc nội dung (Ctrl+F)</translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation>Del: xóa · Enter: mở chi tiết · Shift+mũi tên: chọn thêm ô</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Chưa mở cơ sở dữ liệu nào. Hãy mở bằng Tệp → Mở cơ sở dữ liệu….</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch. Hãy tạo hoặc nhập kế hoạch tại trang Kế hoạch.</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Planned</source>
        <translation>Đã lên kế hoạch</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>ReceivedSignerDialog</name>
    <message>
        <source>Certificate of a return received</source>
        <translation>Chứng thư của báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Returns received from %1 (%2). Choose one: the certificate it was signed with is shown. Compare its fingerprint with the institution (by telephone) before you trust it.</source>
        <translation>Các báo cáo nhận từ %1 (%2). Hãy chọn một báo cáo: chứng thư dùng để ký sẽ được hiển thị. Hãy đối chiếu dấu vân tay với đơn vị (qua điện thoại) trước khi tin cậy.</translation>
    </message>
    <message>
        <source>Take this return in again once the certificate is trusted</source>
        <translation>Nhận lại báo cáo này sau khi chứng thư được tin cậy</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Tin cậy chứng thư này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing signed has been received with this code.</source>
        <translation>Chưa nhận được tài liệu có ký số nào với mã này.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Last return</source>
        <translation>Báo cáo gần nhất</translation>
    </message>
    <message numerus="yes">
        <source>Subject bound (%n)</source>
        <translation>
            <numerusform>Chủ thể đã gắn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: its returns are refused</source>
        <translation>Chưa có: báo cáo của đơn vị bị từ chối</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(thêm %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Chủ thể: %1
Đơn vị cấp: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate has expired: returns signed with it are refused.</source>
        <translation>Chứng thư đã hết hạn: báo cáo ký bằng chứng thư này bị từ chối.</translation>
    </message>
    <message>
        <source>The certificate expires soon: issue or bind a new one.</source>
        <translation>Chứng thư sắp hết hạn: hãy cấp hoặc gắn chứng thư mới.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation>Đánh lại mã</translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation>Các mã sau sẽ thay đổi để theo đúng thứ tự của cây. Tiến độ, sự kiện và báo cáo vẫn gắn với mục tương ứng.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Đánh lại 1 mã</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Đánh lại %n mã</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation>Mã cũ</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation>Chế độ báo cáo</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation>ngày sau khi kết thúc kỳ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>Trở lại quy tắc</translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation>Nhấp đúp vào hạn nộp để tự đặt; “Trở lại quy tắc” đưa kỳ đang chọn về theo quy tắc.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Theo quý</translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation>Bốn tháng một kỳ (I/II/III)</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Sáu tháng</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Một năm</translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation>Tùy chỉnh (theo đợt)</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1 (tổng hợp)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation>Kỳ này đã bị khóa bởi báo cáo đã ký (phiên bản %1, %2): không thể thay đổi tiến độ, sự kiện và nội dung báo cáo. Hãy điều chỉnh báo cáo để thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation>
            <numerusform>Báo cáo đã ký tại đây (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation>Chưa có báo cáo nào được ký tại đây.</translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation>Chưa có kế hoạch nên chưa có báo cáo để lập.</translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation>Chọn kỳ và ngôn ngữ của báo cáo, sau đó bấm Xem trước để xem báo cáo như khi in.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; chưa có gì được lưu. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Đã hủy; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Chức năng xem trước cần chương trình pdftoppm (poppler-utils) nhưng chương trình này chưa được cài đặt. Việc ký và lưu vẫn hoạt động bình thường.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, signed %3 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Phiên bản %1, đã ký %3 — %2 trang đầu trong %n trang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Phiên bản %1, chưa ký — %2 trang đầu trong tổng số %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Chưa có chứng thư ký số</translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation>Chưa có chứng thư ký số.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Hãy tạo mới hoặc nhập tệp .p12 của bạn tại Cài đặt → Chứng thư ký số.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with the key on your token. Plug it in and type its PIN.</source>
        <translation>Báo cáo %1 được ký bằng khóa trên token của bạn. Cắm token và nhập mã PIN.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation>Báo cáo kỳ %1 được ký bằng khóa của bạn. Hãy nhập mật khẩu khóa.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal, on its token. Plug it in and type its PIN.</source>
        <translation>Sau đó báo cáo được đóng dấu bằng con dấu của cơ quan trên token của nó. Cắm token và nhập mã PIN.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal. Type the seal key&apos;s password.</source>
        <translation>Sau đó báo cáo được đóng dấu bằng con dấu của cơ quan. Nhập mật khẩu của khóa con dấu.</translation>
    </message>
    <message>
        <source>This password does not open the signing key. Type it again.</source>
        <translation>Mật khẩu này không mở được khóa ký. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation>Lưu báo cáo đã ký vào</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Đang ký và lưu…</translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation>Đã ký và lưu vào %1: %2</translation>
    </message>
    <message>
        <source>The return of %1 is signed (version %2) and saved.</source>
        <translation>Báo cáo %1 đã được ký (phiên bản %2) và lưu.</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>Nhập biên nhận…</translation>
    </message>
    <message>
        <source>The answer of the body above: accepted, or sent back for correction</source>
        <translation>Trả lời của cấp trên: đã chấp nhận hoặc trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Phóng to (Ctrl+dấu cộng)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Thu nhỏ (Ctrl+dấu trừ)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2). Sign the period again after “Correct this return…”, or copy them back there.</source>
        <translation>Các tệp đã ký %1 không còn ở nơi đã lưu (%2). Hãy ký lại kỳ này sau “Sửa báo cáo này…”, hoặc chép các tệp về lại chỗ đó.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Thư đã mở trong chương trình e-mail: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Không có chương trình e-mail nào mở thư, nên thư mục của nó được hiển thị: hãy đính kèm hoặc kéo %1 vào thư.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation>(chưa có địa chỉ thư điện tử của nơi nhận: hãy bổ sung)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 không còn ở nơi đã lưu (%2).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Hiện trong thư mục</translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation>Điều chỉnh báo cáo này</translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation>Điều chỉnh báo cáo kỳ %1 (phiên bản %2)?</translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation>Kỳ này sẽ được mở để thay đổi. Các tệp đã ký vẫn còn hiệu lực và vẫn có trong danh sách; báo cáo được ký tiếp theo sẽ là phiên bản %1 và thay thế báo cáo này.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation>Kỳ này đang mở để thay đổi; báo cáo được ký tiếp theo là phiên bản %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation>Báo cáo của một kỳ dưới dạng tệp PDF và Excel có chữ ký số, bằng ngôn ngữ bạn chọn, kèm thư điện tử sẵn sàng để gửi. Khi ký, dữ liệu của kỳ sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Ngôn ngữ báo cáo:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Ký và lưu…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Soạn thư điện tử</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>Sau khi ký: một thư điện tử đính kèm cả hai tệp</translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation>Điều chỉnh báo cáo này…</translation>
    </message>
    <message>
        <source>A receipt from the body above</source>
        <translation>Biên nhận của cấp trên</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Biên nhận (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Receipt imported: %1</source>
        <translation>Đã nhập biên nhận: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Version %1 accepted by %2 on %3.</source>
        <translation>Phiên bản %1 đã được %2 chấp nhận ngày %3.</translation>
    </message>
    <message>
        <source>Version %1 sent back by %2 on %3: %4. The period is open for version %5.</source>
        <translation>Phiên bản %1 đã bị %2 trả lại ngày %3: %4. Kỳ báo cáo được mở cho phiên bản %5.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Đã trả lại</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Đã nộp lại</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Chưa xem xét</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept the return</source>
        <translation>Chấp nhận báo cáo</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Trả lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Accept %1. The institution is told by a receipt signed with your key.</source>
        <translation>Chấp nhận %1. Đơn vị được thông báo bằng biên nhận ký bằng khóa của bạn.</translation>
    </message>
    <message>
        <source>Send %1 back for correction. The institution is told why by a receipt signed with your key; its period opens for version %2.</source>
        <translation>Trả lại %1 để chỉnh sửa. Đơn vị được biết lý do qua biên nhận ký bằng khóa của bạn; kỳ báo cáo của đơn vị được mở cho phiên bản %2.</translation>
    </message>
    <message>
        <source>What to correct (required)</source>
        <translation>Nội dung cần chỉnh sửa (bắt buộc)</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Mã PIN của token:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Mật khẩu khóa:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Save the receipt as:</source>
        <translation>Lưu biên nhận thành:</translation>
    </message>
    <message>
        <source>Prepare an e-mail to %1 with the receipt</source>
        <translation>Soạn thư gửi %1 kèm biên nhận</translation>
    </message>
    <message>
        <source>Prepare an e-mail with the receipt (no address is known)</source>
        <translation>Soạn thư kèm biên nhận (chưa biết địa chỉ)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Lưu biên nhận thành</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Biên nhận (*.json)</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>Hãy ghi rõ nội dung cần chỉnh sửa.</translation>
    </message>
    <message numerus="yes">
        <source>The reason may hold at most %n characters.</source>
        <translation>
            <numerusform>Lý do có tối đa %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Hãy chọn một tệp trong thư mục đang có.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>period %1 is frozen by its signed return (version %2 on %3); correct the return to change its data</source>
        <translation>kỳ %1 đã bị khóa bởi báo cáo đã ký (phiên bản %2 ngày %3); hãy điều chỉnh báo cáo để thay đổi dữ liệu của kỳ</translation>
    </message>
    <message>
        <source>period %1 is frozen by its signed return (version %2); correct the return to change its data</source>
        <translation>kỳ %1 đã bị khóa bởi báo cáo đã ký (phiên bản %2); hãy điều chỉnh báo cáo để thay đổi dữ liệu của kỳ</translation>
    </message>
    <message>
        <source>the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>trong thời gian đó, kỳ %1 đã được %2 ký (phiên bản %3, %4 UTC); tại đây chưa có gì được ký, hãy kiểm tra lại</translation>
    </message>
    <message>
        <source>the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>trong thời gian đó, báo cáo tổng hợp kỳ %1 đã được %2 ký (phiên bản %3, %4 UTC); tại đây chưa có gì được ký, hãy kiểm tra lại</translation>
    </message>
    <message>
        <source>the key password needs at least %1 characters</source>
        <translation>mật khẩu khóa phải có ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>wrong password for the signing key</source>
        <translation>sai mật khẩu của khóa ký</translation>
    </message>
    <message>
        <source>the stored root key is not usable</source>
        <translation>không dùng được khóa gốc đã lưu</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (head or seal)</source>
        <translation>vai trò &apos;%1&apos; không xác định (thủ trưởng hoặc con dấu)</translation>
    </message>
    <message>
        <source>fill in the institution&apos;s profile first (Settings)</source>
        <translation>hãy điền thông tin đơn vị trước (Cài đặt)</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 key file (too large)</source>
        <translation>đây không phải tệp khóa PKCS#12 (dung lượng quá lớn)</translation>
    </message>
    <message>
        <source>the key file cannot be opened: wrong password or not a PKCS#12 file</source>
        <translation>không mở được tệp khóa: sai mật khẩu hoặc không phải tệp PKCS#12</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with a certificate</source>
        <translation>tệp PKCS#12 không chứa khóa bí mật nào kèm chứng thư</translation>
    </message>
    <message>
        <source>only RSA keys are supported for signing returns</source>
        <translation>chỉ hỗ trợ khóa RSA để ký báo cáo</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>chứng thư đã hết hạn ngày %1</translation>
    </message>
    <message>
        <source>there is no seal identity yet: create one, import a .p12 file or register a token for the seal (Settings → Signing identity)</source>
        <translation>chưa có chứng thư con dấu: hãy tạo mới, nhập tệp .p12 hoặc đăng ký token cho con dấu (Cài đặt → Chứng thư ký số)</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one or import a .p12 file (Settings → Signing identity)</source>
        <translation>chưa có chứng thư ký số: hãy tạo mới hoặc nhập tệp .p12 (Cài đặt → Chứng thư ký số)</translation>
    </message>
    <message>
        <source>this signing key is on a token: its PIN opens it, not a password</source>
        <translation>khóa ký này nằm trên token: khóa được mở bằng mã PIN của token, không phải bằng mật khẩu</translation>
    </message>
    <message>
        <source>the stored signing key is not usable</source>
        <translation>không dùng được khóa ký đã lưu</translation>
    </message>
    <message>
        <source>the token&apos;s certificate is not the one registered: register the token again (Settings → Signing identity)</source>
        <translation>chứng thư trên token không phải chứng thư đã đăng ký: hãy đăng ký lại token (Cài đặt → Chứng thư ký số)</translation>
    </message>
    <message>
        <source>the file is not a certificate (PEM or DER)</source>
        <translation>tệp không phải là chứng thư (PEM hoặc DER)</translation>
    </message>
    <message>
        <source>plan %1 is no longer in this database</source>
        <translation>kế hoạch số %1 không còn trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>there is no plan yet: type it in or import it on the Plan page</source>
        <translation>chưa có kế hoạch: hãy tự nhập hoặc nhập từ tệp tại trang Kế hoạch</translation>
    </message>
    <message>
        <source>the plan has no period %1 (its periods: %2)</source>
        <translation>kế hoạch không có kỳ %1 (các kỳ của kế hoạch: %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a campaign plan needs the start and end of its window</source>
        <translation>kế hoạch chiến dịch cần có ngày bắt đầu và ngày kết thúc của chiến dịch</translation>
    </message>
    <message>
        <source>a %1 has no code: &apos;%2&apos;</source>
        <translation>%1 chưa có mã: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>code %1 appears twice; codes must be unique in a plan</source>
        <translation>mã %1 xuất hiện hai lần; các mã trong một kế hoạch không được trùng nhau</translation>
    </message>
    <message>
        <source>item %1 has no description</source>
        <translation>mục %1 chưa có nội dung</translation>
    </message>
    <message>
        <source>item %1 is planned in %2, which is not a period of the plan (%3)</source>
        <translation>mục %1 được dự kiến trong %2, nhưng đây không phải là một kỳ của kế hoạch (%3)</translation>
    </message>
    <message>
        <source>item %1 refers to footnote %2, which is missing</source>
        <translation>mục %1 dẫn chiếu đến chú thích %2, nhưng chú thích này không tồn tại</translation>
    </message>
    <message>
        <source>a campaign window needs its first and last day</source>
        <translation>thời gian chiến dịch cần có ngày đầu và ngày cuối</translation>
    </message>
    <message>
        <source>custom window %1 ends before it starts</source>
        <translation>khoảng thời gian tùy chỉnh %1 kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>a first and a last day are set only for a campaign window</source>
        <translation>ngày đầu và ngày cuối chỉ được đặt cho thời gian chiến dịch</translation>
    </message>
    <message>
        <source>%1 is not a plan year (1990 to 2100)</source>
        <translation>%1 không phải là năm hợp lệ của kế hoạch (từ 1990 đến 2100)</translation>
    </message>
    <message>
        <source>a new plan needs a title</source>
        <translation>kế hoạch mới cần có tên</translation>
    </message>
    <message>
        <source>a plan title may hold at most %1 characters</source>
        <translation>tên kế hoạch chỉ được dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>the plan&apos;s title cannot be empty</source>
        <translation>tên kế hoạch không được để trống</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>ngôn ngữ &apos;%1&apos; không xác định (phải là một trong: %2)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods cannot change: it already has %1 (start a new plan, or keep them)</source>
        <translation>không thể thay đổi các kỳ của kế hoạch: kế hoạch đã có %1 (hãy tạo kế hoạch mới hoặc giữ nguyên các kỳ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable institution code (letters, digits, . - / _; up to %2 bytes)</source>
        <translation>&apos;%1&apos; không dùng được làm mã đơn vị (chữ cái, chữ số, . - / _; tối đa %2 byte)</translation>
    </message>
    <message>
        <source>the institution needs a name</source>
        <translation>đơn vị phải có tên</translation>
    </message>
    <message>
        <source>unknown institution kind &apos;%1&apos; (one of: %2)</source>
        <translation>loại đơn vị &apos;%1&apos; không xác định (phải là một trong: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; không phải là địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>an institution cannot report to itself</source>
        <translation>đơn vị không thể báo cáo cho chính mình</translation>
    </message>
    <message>
        <source>code %1 already belongs to another institution</source>
        <translation>mã %1 đã thuộc về một đơn vị khác</translation>
    </message>
    <message>
        <source>this plan item no longer exists</source>
        <translation>mục kế hoạch này không còn tồn tại</translation>
    </message>
    <message>
        <source>the code cannot be empty</source>
        <translation>mã không được để trống</translation>
    </message>
    <message>
        <source>code %1 is already used in this plan</source>
        <translation>mã %1 đã được dùng trong kế hoạch này</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>loại mục &apos;%1&apos; không xác định</translation>
    </message>
    <message>
        <source>item %1 needs a description</source>
        <translation>mục %1 cần có nội dung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited</source>
        <translation>không thể sửa &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>chỉ tiêu không được là số âm</translation>
    </message>
    <message>
        <source>footnote %1 does not exist in this plan</source>
        <translation>chú thích %1 không có trong kế hoạch này</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan</source>
        <translation>%1 không phải là một kỳ của kế hoạch này</translation>
    </message>
    <message>
        <source>an item cannot be moved under itself</source>
        <translation>không thể chuyển một mục vào dưới chính nó</translation>
    </message>
    <message>
        <source>%1 has no item above it on its level to go under</source>
        <translation>phía trên %1 không có mục cùng cấp nào để chuyển vào dưới</translation>
    </message>
    <message>
        <source>%1 is already at the top level</source>
        <translation>%1 đã ở cấp cao nhất</translation>
    </message>
    <message>
        <source>there is nothing to insert</source>
        <translation>không có gì để chèn</translation>
    </message>
    <message>
        <source>every pasted row needs a code and a text</source>
        <translation>mỗi dòng được dán phải có mã và nội dung</translation>
    </message>
    <message>
        <source>%1: %2 is not a period of this plan</source>
        <translation>%1: %2 không phải là một kỳ của kế hoạch này</translation>
    </message>
    <message>
        <source>every footnote needs a mark and a text</source>
        <translation>mỗi chú thích phải có ký hiệu và nội dung</translation>
    </message>
    <message>
        <source>two footnotes have the same mark</source>
        <translation>hai chú thích có cùng ký hiệu</translation>
    </message>
    <message>
        <source>footnote %1 is still used by a plan item</source>
        <translation>chú thích %1 vẫn đang được một mục kế hoạch sử dụng</translation>
    </message>
    <message>
        <source>event %1 is not in this plan (it may have been deleted)</source>
        <translation>sự kiện số %1 không có trong kế hoạch này (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>sự kiện phải có tiêu đề</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;: %2</source>
        <translation>sự kiện &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>an event cannot end before it starts</source>
        <translation>ngày kết thúc của sự kiện không được trước ngày bắt đầu</translation>
    </message>
    <message>
        <source>the plan of this event no longer exists</source>
        <translation>kế hoạch của sự kiện này không còn tồn tại</translation>
    </message>
    <message>
        <source>event %1 exists already</source>
        <translation>sự kiện số %1 đã tồn tại</translation>
    </message>
    <message>
        <source>the plan has no item with code %1</source>
        <translation>kế hoạch không có mục nào mang mã %1</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>tình trạng &apos;%1&apos; không xác định (phải là một trong: %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; progress is marked on activities</source>
        <translation>%1 là %2; tiến độ chỉ được đánh dấu cho các hoạt động</translation>
    </message>
    <message>
        <source>%1 in %2: &apos;not done&apos; needs a reason</source>
        <translation>%1 trong kỳ %2: tình trạng &apos;không thực hiện&apos; phải có lý do</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>số người tham gia không được là số âm</translation>
    </message>
    <message>
        <source>the achieved value cannot be negative</source>
        <translation>giá trị đạt được không được là số âm</translation>
    </message>
    <message>
        <source>a date done is given only for done or in-progress activities</source>
        <translation>ngày hoàn thành chỉ được ghi cho các hoạt động đã hoàn thành hoặc đang thực hiện</translation>
    </message>
    <message>
        <source>date %1 lies outside period %2 (%3–%4, due %5)</source>
        <translation>ngày %1 nằm ngoài kỳ %2 (%3–%4, hạn nộp %5)</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 evidence file(s); remove them before clearing the mark</source>
        <translation>%1 trong kỳ %2 có %3 tệp minh chứng; hãy gỡ các tệp này trước khi xóa đánh dấu</translation>
    </message>
    <message>
        <source>the outline has section &apos;%1&apos; twice</source>
        <translation>mục &apos;%1&apos; xuất hiện hai lần trong đề cương</translation>
    </message>
    <message>
        <source>section %1 of the outline needs a title</source>
        <translation>mục %1 của đề cương cần có tiêu đề</translation>
    </message>
    <message>
        <source>the outline needs at least one section</source>
        <translation>đề cương phải có ít nhất một mục</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the outline</source>
        <translation>&apos;%1&apos; không phải là một mục của đề cương</translation>
    </message>
    <message>
        <source>a section may hold at most %1 characters</source>
        <translation>mỗi mục chỉ được chứa tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>the outline has no section &apos;%1&apos; (its sections: %2)</source>
        <translation>đề cương không có mục &apos;%1&apos; (các mục hiện có: %2)</translation>
    </message>
    <message>
        <source>the due date must fall 0 to 365 days after the period ends</source>
        <translation>hạn nộp phải nằm trong khoảng từ 0 đến 365 ngày sau khi kết thúc kỳ</translation>
    </message>
    <message>
        <source>the due date of %1 cannot be before the period starts</source>
        <translation>hạn nộp của kỳ %1 không được trước ngày bắt đầu kỳ</translation>
    </message>
    <message>
        <source>campaign windows are set as custom periods, not by a scheme</source>
        <translation>thời gian chiến dịch được đặt dưới dạng kỳ tùy chỉnh, không theo chế độ báo cáo</translation>
    </message>
    <message>
        <source>the reporting scheme can only change before any progress or planned period is entered; start a new plan for a new scheme</source>
        <translation>chỉ có thể thay đổi chế độ báo cáo trước khi nhập tiến độ hoặc kỳ dự kiến; để dùng chế độ báo cáo mới, hãy tạo kế hoạch mới</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf or xlsx)</source>
        <translation>định dạng &apos;%1&apos; không xác định (pdf hoặc xlsx)</translation>
    </message>
    <message>
        <source>a detached .p7s signature is made only for a signed return</source>
        <translation>chữ ký tách rời .p7s chỉ được tạo cho báo cáo đã ký</translation>
    </message>
    <message>
        <source>the seal signs after the head: sign to seal</source>
        <translation>con dấu được ký sau thủ trưởng: hãy ký báo cáo để đóng dấu</translation>
    </message>
    <message>
        <source>period %1 has no signed return to correct</source>
        <translation>kỳ %1 không có báo cáo đã ký nào để điều chỉnh</translation>
    </message>
    <message>
        <source>this database already holds a plan; open the demo in a new database file</source>
        <translation>cơ sở dữ liệu này đã có kế hoạch; hãy mở bản mẫu trong một tệp cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split the file)</source>
        <translation>%1 có dung lượng %2 MB; tệp minh chứng chỉ được tối đa %3 MB (hãy quét ở độ phân giải thấp hơn hoặc chia nhỏ tệp)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>tệp %1 trống</translation>
    </message>
    <message>
        <source>this event no longer exists</source>
        <translation>sự kiện này không còn tồn tại</translation>
    </message>
    <message>
        <source>this evidence file no longer exists</source>
        <translation>tệp minh chứng này không còn tồn tại</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1 không khớp với giá trị SHA-256 đã ghi nhận</translation>
    </message>
    <message>
        <source>the template file is too large</source>
        <translation>tệp mẫu kế hoạch quá lớn</translation>
    </message>
    <message>
        <source>the template is not valid JSON</source>
        <translation>mẫu kế hoạch không phải là tệp JSON hợp lệ</translation>
    </message>
    <message>
        <source>not a PlanDesk plan template</source>
        <translation>không phải mẫu kế hoạch PlanDesk</translation>
    </message>
    <message>
        <source>the template carries no signature</source>
        <translation>mẫu kế hoạch không có chữ ký</translation>
    </message>
    <message>
        <source>the template&apos;s signature is damaged</source>
        <translation>chữ ký của mẫu kế hoạch bị hỏng</translation>
    </message>
    <message>
        <source>the template was not accepted: %1</source>
        <translation>mẫu kế hoạch không được chấp nhận: %1</translation>
    </message>
    <message>
        <source>the template was not accepted: it names %1 as its issuer but was signed with the key of %2</source>
        <translation>mẫu kế hoạch không được chấp nhận: mẫu ghi đơn vị ban hành là %1 nhưng được ký bằng khóa của %2</translation>
    </message>
    <message>
        <source>the template holds no plan</source>
        <translation>mẫu kế hoạch không chứa kế hoạch nào</translation>
    </message>
    <message>
        <source>this template (version %1) is older than the plan in use (version %2)</source>
        <translation>mẫu kế hoạch này (phiên bản %1) cũ hơn kế hoạch đang dùng (phiên bản %2)</translation>
    </message>
    <message>
        <source>the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 %3); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>mẫu kế hoạch từ %1 được ký bởi %2, là bên mà cơ sở dữ liệu này chưa tin cậy (SHA-256 %3); hãy đối chiếu dấu vân tay với đơn vị ban hành, sau đó tin cậy chứng thư và nhập lại mẫu kế hoạch</translation>
    </message>
    <message>
        <source>the template from an unnamed issuer is signed by %1, whom this database does not trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>mẫu kế hoạch từ một đơn vị ban hành không ghi tên được ký bởi %1, là bên mà cơ sở dữ liệu này chưa tin cậy (SHA-256 %2); hãy đối chiếu dấu vân tay với đơn vị ban hành, sau đó tin cậy chứng thư và nhập lại mẫu kế hoạch</translation>
    </message>
    <message>
        <source>no return of %1 for %2 has been taken in</source>
        <translation>chưa tiếp nhận báo cáo nào của %1 cho kỳ %2</translation>
    </message>
    <message>
        <source>a decision is %1</source>
        <translation>quyết định phải là: %1</translation>
    </message>
    <message>
        <source>a return sent back needs the reason (what to correct)</source>
        <translation>báo cáo bị trả lại phải có lý do (nội dung cần chỉnh sửa)</translation>
    </message>
    <message>
        <source>the reason may hold at most %1 characters</source>
        <translation>lý do chỉ được dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>fill in this institution&apos;s profile first (Settings)</source>
        <translation>hãy điền thông tin của đơn vị này trước (Cài đặt)</translation>
    </message>
    <message>
        <source>the receipt is incomplete or damaged</source>
        <translation>biên nhận không đầy đủ hoặc bị hỏng</translation>
    </message>
    <message>
        <source>the file is too large to be a receipt</source>
        <translation>tệp quá lớn, không thể là một biên nhận</translation>
    </message>
    <message>
        <source>the receipt is not valid JSON</source>
        <translation>biên nhận không phải là tệp JSON hợp lệ</translation>
    </message>
    <message>
        <source>not a PlanDesk receipt</source>
        <translation>không phải biên nhận PlanDesk</translation>
    </message>
    <message>
        <source>the receipt carries no signature</source>
        <translation>biên nhận không có chữ ký</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature is damaged</source>
        <translation>chữ ký của biên nhận bị hỏng</translation>
    </message>
    <message>
        <source>the receipt&apos;s decision is neither accepted nor sent back</source>
        <translation>quyết định trong biên nhận không phải là chấp nhận cũng không phải là trả lại</translation>
    </message>
    <message>
        <source>the receipt was not accepted: %1</source>
        <translation>biên nhận không được chấp nhận: %1</translation>
    </message>
    <message>
        <source>the receipt was not accepted: it names %1 but was signed with the key of %2</source>
        <translation>biên nhận không được chấp nhận: biên nhận ghi %1 nhưng được ký bằng khóa của %2</translation>
    </message>
    <message>
        <source>the receipt is for %1, not for this institution</source>
        <translation>biên nhận này dành cho %1, không phải cho đơn vị này</translation>
    </message>
    <message>
        <source>the receipt comes from %1, but this institution reports to %2</source>
        <translation>biên nhận đến từ %1, nhưng đơn vị này báo cáo cho %2</translation>
    </message>
    <message>
        <source>the receipt is about version %1 of %2, which this institution did not sign (or signed with other data)</source>
        <translation>biên nhận nói về phiên bản %1 của kỳ %2, nhưng đơn vị này chưa ký phiên bản đó (hoặc đã ký với dữ liệu khác)</translation>
    </message>
    <message>
        <source>a subordinate needs a code and a name</source>
        <translation>đơn vị cấp dưới phải có mã và tên</translation>
    </message>
    <message>
        <source>this certificate belongs to institution %1, not to %2</source>
        <translation>chứng thư này thuộc về đơn vị %1, không phải đơn vị %2</translation>
    </message>
    <message>
        <source>this certificate is already registered for institution %1; a certificate vouches for one institution only</source>
        <translation>chứng thư này đã được đăng ký cho đơn vị %1; mỗi chứng thư chỉ xác thực cho một đơn vị</translation>
    </message>
    <message>
        <source>this certificate is already registered for an authority trusted for many; a certificate vouches for one institution only</source>
        <translation>chứng thư này đã được đăng ký làm tổ chức cấp chứng thư được tin cậy cho nhiều đơn vị; mỗi chứng thư chỉ xác thực cho một đơn vị</translation>
    </message>
    <message>
        <source>no header with a code and a name column found in the list</source>
        <translation>không tìm thấy dòng tiêu đề có cột mã và cột tên trong danh sách</translation>
    </message>
    <message>
        <source>the list has %1 rows of subordinates: looked for at most %2 in one list (split it into several files)</source>
        <translation>danh sách có %1 dòng đơn vị cấp dưới: mỗi danh sách chỉ được đọc tối đa %2 dòng (hãy chia thành nhiều tệp)</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 không phải là đơn vị cấp dưới đã đăng ký</translation>
    </message>
    <message>
        <source>only an identity created by PlanDesk (with its own root) can issue identities to subordinates</source>
        <translation>chỉ chứng thư ký số do PlanDesk tạo (có chứng thư gốc riêng) mới cấp được chứng thư ký số cho đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate subject (write it like CN=Name,O=Org,C=KZ)</source>
        <translation>&apos;%1&apos; không phải là chủ thể chứng thư hợp lệ (hãy viết theo dạng CN=Tên,O=Tổ chức,C=VN)</translation>
    </message>
    <message>
        <source>this is a signing certificate, not an authority: trust it for its subordinate on the Subordinates page</source>
        <translation>đây là chứng thư dùng để ký, không phải tổ chức cấp chứng thư: hãy tin cậy chứng thư này cho đơn vị cấp dưới tương ứng tại trang Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>no accepted returns for %1 to consolidate</source>
        <translation>không có báo cáo đã chấp nhận nào của kỳ %1 để tổng hợp</translation>
    </message>
    <message>
        <source>a signed consolidated return is a PDF or an XLSX</source>
        <translation>báo cáo tổng hợp đã ký phải ở dạng PDF hoặc XLSX</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, xlsx or json)</source>
        <translation>định dạng &apos;%1&apos; không xác định (pdf, xlsx hoặc json)</translation>
    </message>
    <message>
        <source>the token cannot sign with %1</source>
        <translation>token không ký được bằng thuật toán %1</translation>
    </message>
    <message>
        <source>the token refused to sign (%1)</source>
        <translation>token từ chối ký (%1)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 does not exist</source>
        <translation>không có mô-đun PKCS#11 %1</translation>
    </message>
    <message>
        <source>%1 cannot be loaded as a PKCS#11 module (%2)</source>
        <translation>không tải được %1 làm mô-đun PKCS#11 (%2)</translation>
    </message>
    <message>
        <source>no token labelled &apos;%1&apos; is plugged in</source>
        <translation>không có token nào mang nhãn &apos;%1&apos; được cắm vào</translation>
    </message>
    <message>
        <source>no token is plugged in (or the module sees none)</source>
        <translation>chưa cắm token nào (hoặc mô-đun không nhận ra token nào)</translation>
    </message>
    <message>
        <source>several tokens are plugged in (%1): choose one of them</source>
        <translation>đang cắm nhiều token (%1): hãy chọn một trong số đó</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is wrong (a few more wrong tries lock it)</source>
        <translation>mã PIN của token không đúng (nhập sai thêm vài lần nữa sẽ khóa token)</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is locked: unlock it with the token&apos;s tool</source>
        <translation>mã PIN của token đã bị khóa: hãy mở khóa bằng công cụ của token</translation>
    </message>
    <message>
        <source>the token cannot be opened (%1)</source>
        <translation>không mở được token (%1)</translation>
    </message>
    <message>
        <source>the token holds no signing key</source>
        <translation>token không chứa khóa ký nào</translation>
    </message>
    <message>
        <source>the token holds no signing key labelled %1</source>
        <translation>token không chứa khóa ký nào mang nhãn %1</translation>
    </message>
    <message>
        <source>the token holds several keys (%1): choose one of them</source>
        <translation>token chứa nhiều khóa (%1): hãy chọn một trong số đó</translation>
    </message>
    <message>
        <source>the token holds no certificate for its signing key</source>
        <translation>token không chứa chứng thư cho khóa ký của nó</translation>
    </message>
    <message>
        <source>a certificate needs an institution code, and this one is empty</source>
        <translation>chứng thư cần có mã đơn vị, nhưng mã này đang trống</translation>
    </message>
    <message>
        <source>the institution code &apos;%1&apos; is too long for a certificate (%2 bytes, at most %3): choose a shorter code</source>
        <translation>mã đơn vị &apos;%1&apos; quá dài để đưa vào chứng thư (%2 byte, tối đa %3): hãy chọn mã ngắn hơn</translation>
    </message>
    <message>
        <source>a subordinate needs a name</source>
        <translation>đơn vị cấp dưới phải có tên</translation>
    </message>
    <message>
        <source>%1 is not known here</source>
        <translation>ở đây không có đơn vị %1</translation>
    </message>
    <message>
        <source>that certificate is not registered for %1</source>
        <translation>chứng thư này không được đăng ký cho %1</translation>
    </message>
    <message>
        <source>that received return is not kept here</source>
        <translation>báo cáo đã nhận này không được lưu ở đây</translation>
    </message>
    <message>
        <source>%1: its signature does not hold, so its certificate is not offered</source>
        <translation>%1: chữ ký không hợp lệ, nên chứng thư của nó không được đề xuất</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one in Settings first</source>
        <translation>chưa có chứng thư ký số: hãy tạo trước trong Cài đặt</translation>
    </message>
    <message>
        <source>%1 was taken in already</source>
        <translation>%1 đã được tiếp nhận rồi</translation>
    </message>
    <message>
        <source>no subordinates are registered yet: add them on the Subordinates page</source>
        <translation>chưa đăng ký đơn vị cấp dưới nào: hãy thêm tại trang Đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>the plan has no period %1</source>
        <translation>kế hoạch không có kỳ %1</translation>
    </message>
    <message>
        <source>the copy must go to another database than the one it comes from</source>
        <translation>bản sao phải được ghi vào một cơ sở dữ liệu khác với cơ sở dữ liệu nguồn</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>không có cơ sở dữ liệu nào tại %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new database file</source>
        <translation>%1 là một thư mục; hãy nhập tên tệp cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file (nothing was copied)</source>
        <translation>%1 đã tồn tại; hãy sao chép vào một tệp mới (chưa sao chép gì)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; nothing was copied</source>
        <translation>thư mục %1 không tồn tại; chưa sao chép gì</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up</source>
        <translation>không có cơ sở dữ liệu nào tại %1 để sao lưu</translation>
    </message>
    <message>
        <source>cannot read the database %1 to back it up (%2); no backup was written</source>
        <translation>không đọc được cơ sở dữ liệu %1 để sao lưu (%2); chưa ghi bản sao lưu nào</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>another program has the database open (SQLite says: %1): close it, then run the restore again; nothing was changed</source>
        <translation>một chương trình khác đang mở cơ sở dữ liệu (SQLite báo: %1): hãy đóng chương trình đó rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the current database %1 cannot be read (%2); move it aside by hand, then run the restore again; nothing was changed</source>
        <translation>không đọc được cơ sở dữ liệu hiện tại %1 (%2); hãy tự chuyển nó sang chỗ khác rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>another program has the database open: close it, then run the restore again; nothing was changed</source>
        <translation>một chương trình khác đang mở cơ sở dữ liệu: hãy đóng chương trình đó rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file</source>
        <translation>%1 chính là cơ sở dữ liệu; hãy chọn một tệp sao lưu</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was changed</source>
        <translation>không đọc được %1 như một cơ sở dữ liệu (%2); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the database (%2); nothing was changed</source>
        <translation>không sao chép được %1 vào cạnh cơ sở dữ liệu (%2); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database is open in %1: close it, then run the restore again; nothing was changed</source>
        <translation>cơ sở dữ liệu đang được mở trong %1: hãy đóng nó rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database is open in %1 and %2 more: close it, then run the restore again; nothing was changed</source>
        <translation>cơ sở dữ liệu đang được mở trong %1 và %2 nơi khác: hãy đóng chúng rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 could not be brought to this version (%2); the database was put back as it was</source>
        <translation>không nâng được %1 lên phiên bản này (%2); cơ sở dữ liệu đã được đưa về như cũ</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); no backup was written</source>
        <translation>chưa cài pg_dump (Debian/Ubuntu: apt-get install postgresql-client; Windows: các công cụ dòng lệnh của bộ cài PostgreSQL, có trong PATH); chưa ghi bản sao lưu nào</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was changed</source>
        <translation>chưa cài pg_restore (Debian/Ubuntu: apt-get install postgresql-client; Windows: các công cụ dòng lệnh của bộ cài PostgreSQL, có trong PATH); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>pg_dump of %1 took more than an hour and was stopped; no backup was written</source>
        <translation>pg_dump cho %1 chạy quá một giờ và đã bị dừng; chưa ghi bản sao lưu nào</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed (%2); no backup was written</source>
        <translation>pg_dump cho %1 thất bại (%2); chưa ghi bản sao lưu nào</translation>
    </message>
    <message>
        <source>pg_restore of %1 took more than an hour and was stopped; the database was left as it was (a copy of it: %2)</source>
        <translation>pg_restore cho %1 chạy quá một giờ và đã bị dừng; cơ sở dữ liệu được giữ nguyên như cũ (bản sao của nó: %2)</translation>
    </message>
    <message>
        <source>pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)</source>
        <translation>pg_restore cho %1 thất bại (%2); cơ sở dữ liệu được giữ nguyên như cũ (bản sao của nó: %3)</translation>
    </message>
    <message>
        <source>%1 is not a database backup of a server (pg_restore says: %2); nothing was changed</source>
        <translation>%1 không phải là bản sao lưu cơ sở dữ liệu của máy chủ (pg_restore báo: %2); không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 is not a backup of a PlanDesk database; nothing was changed</source>
        <translation>%1 không phải là bản sao lưu của cơ sở dữ liệu PlanDesk; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 holds no PlanDesk schema revision; nothing was changed</source>
        <translation>%1 không chứa phiên bản lược đồ PlanDesk nào; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; nothing was changed</source>
        <translation>%1 được ghi bằng phiên bản PlanDesk mới hơn (lược đồ %2); hãy cài phiên bản mới để dùng; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database is open (%1): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>cơ sở dữ liệu đang mở (%1): hãy đề nghị các cán bộ khác đóng PlanDesk rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database is open (%1 and more): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>cơ sở dữ liệu đang mở (%1 và những người khác): hãy đề nghị các cán bộ khác đóng PlanDesk rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>cơ sở dữ liệu đang mở (%1 kết nối khác): hãy đề nghị các cán bộ khác đóng PlanDesk rồi chạy lại việc khôi phục; không có gì bị thay đổi</translation>
    </message>
    <message>
        <source>%1 was restored but could not be brought to this version (%2); the database as it was is in %3</source>
        <translation>đã khôi phục %1 nhưng không nâng được lên phiên bản này (%2); cơ sở dữ liệu như trước đây nằm ở %3</translation>
    </message>
    <message>
        <source>%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json)</source>
        <translation>%1 là một thư mục: cần một tệp kế hoạch (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt hoặc .json)</translation>
    </message>
    <message>
        <source>%1 does not exist: looked for a plan file at %2</source>
        <translation>%1 không tồn tại: đã tìm tệp kế hoạch tại %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file of at most %3 MB</source>
        <translation>%1 quá lớn (%2): cần một tệp kế hoạch không quá %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB</source>
        <translation>%1 quá lớn (%2): cần một tệp bảng (.csv, .tsv, .txt) không quá %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB</source>
        <translation>%1 quá lớn (%2): cần một sổ tính Excel 97-2003 (.xls) cũ không quá %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file (.json) of at most %3 MB</source>
        <translation>%1 quá lớn (%2): cần một tệp kế hoạch (.json) không quá %3 MB</translation>
    </message>
    <message>
        <source>%1 is empty: looked for a plan table and found nothing</source>
        <translation>%1 trống: đã tìm bảng kế hoạch nhưng không thấy gì</translation>
    </message>
    <message>
        <source>%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx document, so save it as .docx without a password</source>
        <translation>%1 là tài liệu Word 97-2003 (.doc) cũ hoặc được bảo vệ bằng mật khẩu: cần tài liệu .docx, hãy lưu nó thành .docx không có mật khẩu</translation>
    </message>
    <message>
        <source>%1 is not a Word .docx document: looked for the zip package of a Word .docx document and found something else</source>
        <translation>%1 không phải tài liệu Word .docx: cần gói zip của tài liệu Word .docx nhưng lại thấy nội dung khác</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .docx zip package (%2)</source>
        <translation>%1 bị hỏng: cần một gói zip .docx đọc được (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .xlsx zip package (%2)</source>
        <translation>%1 bị hỏng: cần một gói zip .xlsx đọc được (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable OpenDocument package (%2)</source>
        <translation>%1 bị hỏng: cần một gói OpenDocument đọc được (%2)</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and found something else</source>
        <translation>%1 không phải tệp OpenDocument: cần gói zip của tệp OpenDocument nhưng lại thấy nội dung khác</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found something else</source>
        <translation>%1 không phải sổ tính Excel: cần gói zip của tệp .xlsx nhưng lại thấy nội dung khác</translation>
    </message>
    <message>
        <source>%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format and found something else</source>
        <translation>%1 không phải sổ tính Excel 97-2003 (.xls) cũ: cần định dạng tệp Excel 97-2003 nhưng lại thấy nội dung khác</translation>
    </message>
    <message>
        <source>%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json</source>
        <translation>%1 không phải tệp mà PlanDesk nhập được: cần .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt hoặc .json</translation>
    </message>
    <message>
        <source>%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)</source>
        <translation>%1 là tệp JSON: cần một bảng (.xlsx, .xls, .docx, .ods, .csv, .tsv hoặc .txt)</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a table</source>
        <translation>%1 không có trang tính: đã tìm một trang tính có bảng</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a plan table</source>
        <translation>%1 không có trang tính: đã tìm một trang tính có bảng kế hoạch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan table: looked for rows of text and found binary data</source>
        <translation>%1 không phải bảng kế hoạch: cần các dòng văn bản nhưng lại thấy dữ liệu nhị phân</translation>
    </message>
    <message>
        <source>%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not valid there</source>
        <translation>không đọc được %1: cần văn bản %2 (tệp bắt đầu bằng dấu này) nhưng byte %3 không hợp lệ ở đó</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, scheme and items and far smaller</source>
        <translation>%1 lớn hơn %2 MB: cần một kế hoạch PlanDesk: đối tượng JSON có title, year, scheme và items và nhỏ hơn nhiều</translation>
    </message>
    <message>
        <source>%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, year, scheme and items, of at most %3 goals and activities</source>
        <translation>%1 chứa hơn %2 giá trị: cần một kế hoạch PlanDesk: đối tượng JSON có title, year, scheme và items, với tối đa %3 mục tiêu và hoạt động</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 không phải JSON hợp lệ: cần một kế hoạch PlanDesk: đối tượng JSON có title, year, scheme và items</translation>
    </message>
    <message>
        <source>%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 không phải tệp kế hoạch: cần một kế hoạch PlanDesk: đối tượng JSON có title, year, scheme và items</translation>
    </message>
    <message>
        <source>%1 is not a usable plan file: %2</source>
        <translation>%1 không phải tệp kế hoạch dùng được: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 goals and activities: looked for a plan of at most %3</source>
        <translation>%1 có %2 mục tiêu và hoạt động: cần một kế hoạch có tối đa %3</translation>
    </message>
    <message>
        <source>%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan of at most %3 of them</source>
        <translation>%1 có tổng cộng %2 mục tiêu, hoạt động, kỳ kế hoạch và chú thích: cần một kế hoạch có tối đa %3</translation>
    </message>
    <message>
        <source>%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a few seconds</source>
        <translation>đọc %1 mất quá lâu (hơn %2 giây): cần một bảng mà PlanDesk đọc được trong vài giây</translation>
    </message>
    <message>
        <source>the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>tệp không nêu năm: đã tìm năm hoặc kỳ trong tiêu đề, tiêu đề cột, các ngày và văn bản của tệp nhưng không thấy; hãy cho biết kế hoạch dành cho năm nào</translation>
    </message>
    <message>
        <source>%1: the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>%1: tệp không nêu năm: đã tìm năm hoặc kỳ trong tiêu đề, tiêu đề cột, các ngày và văn bản của tệp nhưng không thấy; hãy cho biết kế hoạch dành cho năm nào</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice; codes must be unique</source>
        <translation>%1: mã %2 xuất hiện hai lần; các mã phải là duy nhất</translation>
    </message>
    <message>
        <source>%1: a campaign plan needs the start and end of its window</source>
        <translation>%1: kế hoạch chiến dịch cần có ngày bắt đầu và ngày kết thúc của chiến dịch</translation>
    </message>
    <message>
        <source>%1: the campaign window %2 needs a start and an end date</source>
        <translation>%1: đợt chiến dịch %2 cần có ngày bắt đầu và ngày kết thúc</translation>
    </message>
    <message>
        <source>%1: item %2 is planned in %3, which is not a period of the plan (%4)</source>
        <translation>%1: mục %2 được lên kế hoạch trong %3, nhưng đó không phải là kỳ của kế hoạch (%4)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to footnote %3, which is missing</source>
        <translation>%1: mục %2 dẫn chiếu đến chú thích %3, nhưng chú thích này không tồn tại</translation>
    </message>
    <message>
        <source>no header row of an events list found: looked for a date column (Date, Tarih, Дата, Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in the first %1 rows</source>
        <translation>không tìm thấy dòng tiêu đề của danh sách sự kiện: đã tìm cột ngày (Date, Tarih, Дата, Data, Ngày) và cột tên (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) trong %1 dòng đầu</translation>
    </message>
    <message>
        <source>the list has %1 rows of events: looked for at most %2 events in one list (split it into several files)</source>
        <translation>danh sách có %1 dòng sự kiện: mỗi danh sách chỉ được đọc tối đa %2 sự kiện (hãy chia thành nhiều tệp)</translation>
    </message>
    <message>
        <source>the events list has a header but no rows</source>
        <translation>danh sách sự kiện có dòng tiêu đề nhưng không có dòng nào</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx</source>
        <translation>%1 là tệp OpenDocument: cần một sổ tính .xlsx, hãy lưu tệp dưới dạng .xlsx</translation>
    </message>
    <message>
        <source>%1 is a Word document: looked for an Excel workbook, save it as .xlsx</source>
        <translation>%1 là tài liệu Word: cần một sổ tính Excel, hãy lưu dưới dạng .xlsx</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none</source>
        <translation>%1 không phải sổ tính Excel: đã tìm xl/workbook.xml bên trong nhưng không thấy</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a workbook without a password</source>
        <translation>%1 đã bị mã hóa: cần một sổ tính không có mật khẩu</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration (%2): looked for a plain Excel workbook, which never has one</source>
        <translation>%1 chứa XML có khai báo kiểu tài liệu (%2): cần một sổ tính Excel thông thường, vốn không bao giờ có khai báo này</translation>
    </message>
    <message>
        <source>%1 has %2 of shared texts: looked for a workbook with at most %3 of them</source>
        <translation>%1 có %2 văn bản dùng chung: cần một sổ tính có tối đa %3 văn bản như vậy</translation>
    </message>
    <message>
        <source>%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 XML, as Excel writes</source>
        <translation>%1: phần %2 được viết bằng bảng mã %3: cần XML UTF-8 hoặc UTF-16 như Excel ghi</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for cells of a plan table, which are far shorter</source>
        <translation>%1: phần %2 chứa một văn bản dài hơn %3: cần các ô của bảng kế hoạch, vốn ngắn hơn nhiều</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose parts are far smaller</source>
        <translation>%1: phần %2 có hơn %3 phần tử: cần một sổ tính Excel có các phần nhỏ hơn nhiều</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells</source>
        <translation>%1: phần trang tính %2 có hơn %3 ô: cần một bảng kế hoạch có tối đa %3 ô</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3</source>
        <translation>%1: phần %2 có hơn %3 văn bản dùng chung: cần một sổ tính có tối đa %3</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 rows: looked for a workbook with at most %3</source>
        <translation>%1: phần %2 có hơn %3 dòng: cần một sổ tính có tối đa %3 dòng</translation>
    </message>
    <message>
        <source>%1: one row of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: một dòng của phần %2 có hơn %3 phần tử: cần một sổ tính Excel có các dòng và văn bản nhỏ hơn nhiều</translation>
    </message>
    <message>
        <source>%1: one shared text of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: một văn bản dùng chung của phần %2 có hơn %3 phần tử: cần một sổ tính Excel có các dòng và văn bản nhỏ hơn nhiều</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook: looked for its worksheets and found a damaged part (%2)</source>
        <translation>%1 không phải sổ tính Excel đọc được: đã tìm các trang tính và thấy một phần bị hỏng (%2)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; cannot be read: looked for rows of cells and found a damaged part (%3)</source>
        <translation>%1: không đọc được trang tính &apos;%2&apos;: đã tìm các dòng ô và thấy một phần bị hỏng (%3)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; holds more than %3 characters: looked for a plan table, which holds far less text</source>
        <translation>%1: trang tính &apos;%2&apos; có hơn %3 ký tự: cần một bảng kế hoạch, vốn chứa ít văn bản hơn nhiều</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is too large: looked for a plan table of at most %3 rows and %4 columns</source>
        <translation>%1: trang tính &apos;%2&apos; quá lớn: cần một bảng kế hoạch có tối đa %3 dòng và %4 cột</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has text beyond column %3 in row %4: looked for a plan table, which is far narrower</source>
        <translation>%1: trang tính &apos;%2&apos; có văn bản vượt quá cột %3 ở dòng %4: cần một bảng kế hoạch hẹp hơn nhiều</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has more than %3 rows: looked for a table of at most that many</source>
        <translation>%1: trang tính &apos;%2&apos; có hơn %3 dòng: cần một bảng có tối đa chừng ấy dòng</translation>
    </message>
    <message>
        <source>%1 has a line longer than %2 characters: looked for rows of a plan table and found none</source>
        <translation>%1 có một dòng dài hơn %2 ký tự: đã tìm các dòng của bảng kế hoạch nhưng không thấy</translation>
    </message>
    <message>
        <source>%1 has %2 columns in row %3: looked for a plan table, which has at most %4</source>
        <translation>%1 có %2 cột ở dòng %3: cần một bảng kế hoạch có tối đa %4 cột</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells</source>
        <translation>%1 có hơn %2 ô (tính đến dòng %3): cần một bảng kế hoạch có tối đa %2 ô</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters (by row %3): looked for a plan table, which holds far less text</source>
        <translation>%1 có hơn %2 ký tự (tính đến dòng %3): cần một bảng kế hoạch, vốn chứa ít văn bản hơn nhiều</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: looked for a table of at most that many</source>
        <translation>%1 có hơn %2 dòng: cần một bảng có tối đa chừng ấy dòng</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV table: looked for delimited rows (%2)</source>
        <translation>%1 không phải bảng CSV đọc được: cần các dòng có dấu phân cách (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells: looked for a plan table of at most %2 cells</source>
        <translation>%1 có hơn %2 ô: cần một bảng kế hoạch có tối đa %2 ô</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters: looked for a plan table, which holds far less text</source>
        <translation>%1 có hơn %2 ký tự: cần một bảng kế hoạch, vốn chứa ít văn bản hơn nhiều</translation>
    </message>
    <message>
        <source>column %1 names no period: looked for a period in its heading (a quarter, a four-month period, a month …)</source>
        <translation>cột %1 không nêu kỳ nào: đã tìm một kỳ trong tiêu đề cột (quý, kỳ bốn tháng, tháng …)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a column role</source>
        <translation>cột %1: &apos;%2&apos; không phải vai trò của cột</translation>
    </message>
    <message>
        <source>the period columns mix different kinds of periods: looked for one scheme (quarters, four-month periods, months …)</source>
        <translation>các cột kỳ trộn lẫn nhiều loại kỳ khác nhau: cần một cách chia kỳ duy nhất (quý, kỳ bốn tháng, tháng …)</translation>
    </message>
    <message>
        <source>no column holds the activity texts: choose one as &apos;Activity&apos;</source>
        <translation>không cột nào chứa nội dung hoạt động: hãy chọn một cột làm &apos;Nội dung hoạt động / mục&apos;</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>không tìm thấy dòng tiêu đề: đã tìm một cột nội dung hoạt động (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) trong %1 dòng đầu</translation>
    </message>
    <message>
        <source>the table is empty: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>bảng trống: đã tìm một cột nội dung hoạt động (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) trong %1 dòng đầu</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows, and no numbered paragraphs (I., 1., -) to read a plan from</source>
        <translation>không tìm thấy dòng tiêu đề: đã tìm một cột nội dung hoạt động (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) trong %1 dòng đầu, và cũng không có đoạn đánh số (I., 1., -) nào để đọc kế hoạch</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code or an activity text</source>
        <translation>bên dưới dòng tiêu đề (dòng %1) không có hoạt động nào: đã tìm các dòng có mã hoặc nội dung hoạt động</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code and an activity text</source>
        <translation>bên dưới dòng tiêu đề (dòng %1) không có hoạt động nào: đã tìm các dòng có cả mã và nội dung hoạt động</translation>
    </message>
    <message>
        <source>code %1 appears twice (rows %2 and %3): looked for one code per goal and activity</source>
        <translation>mã %1 xuất hiện hai lần (dòng %2 và %3): cần mỗi mục tiêu và hoạt động có một mã riêng</translation>
    </message>
    <message>
        <source>row %1: item %2 has no text: looked for it in the column &apos;%3&apos;</source>
        <translation>dòng %1: mục %2 không có nội dung: đã tìm trong cột &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 is not a Word document: looked for word/document.xml inside and found none</source>
        <translation>%1 không phải tài liệu Word: đã tìm word/document.xml bên trong nhưng không thấy</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a Word document without a password</source>
        <translation>%1 đã bị mã hóa: cần một tài liệu Word không có mật khẩu</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for a document of a plan, whose paragraphs are far shorter</source>
        <translation>%1: phần %2 chứa một văn bản dài hơn %3: cần một tài liệu kế hoạch có các đoạn ngắn hơn nhiều</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 XML elements: looked for a document of a plan, which has far fewer</source>
        <translation>%1: phần %2 có hơn %3 phần tử XML: cần một tài liệu kế hoạch có ít phần tử hơn nhiều</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: looked for its paragraphs and tables and found a damaged part (%2)</source>
        <translation>%1 không phải tài liệu Word đọc được: đã tìm các đoạn và bảng của nó và thấy một phần bị hỏng (%2)</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a file without a password</source>
        <translation>%1 đã bị mã hóa: cần một tệp không có mật khẩu</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for content.xml inside and found none</source>
        <translation>%1 không phải tệp OpenDocument: đã tìm content.xml bên trong nhưng không thấy</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument file: looked for its tables and found a damaged part (%2)</source>
        <translation>%1 không phải tệp OpenDocument đọc được: đã tìm các bảng của nó và thấy một phần bị hỏng (%2)</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for a workbook without a password, so save it again without one</source>
        <translation>%1 là sổ tính Excel 97-2003 (.xls) cũ được bảo vệ bằng mật khẩu: cần một sổ tính không có mật khẩu, hãy lưu lại tệp mà không đặt mật khẩu</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or password-protected): looked for its worksheets (%2)</source>
        <translation>%1 là sổ tính Excel 97-2003 (.xls) cũ không đọc được (bị hỏng hoặc có mật khẩu): đã tìm các trang tính của nó (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 rows and %5 columns</source>
        <translation>%1 quá lớn (%2 dòng, %3 cột): cần một bảng kế hoạch có tối đa %4 dòng và %5 cột</translation>
    </message>
</context>
<context>
    <name>ServiceWord</name>
    <message>
        <source>progress marks</source>
        <translation>đánh dấu tiến độ</translation>
    </message>
    <message>
        <source>narrative texts</source>
        <translation>nội dung báo cáo</translation>
    </message>
    <message>
        <source>planned periods</source>
        <translation>kỳ dự kiến</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>another clerk</source>
        <translation>một cán bộ khác</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>sub-goal</source>
        <translation>mục tiêu cụ thể</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>số người tham gia không được là số âm</translation>
    </message>
    <message>
        <source>no count may be negative</source>
        <translation>không số lượng nào được là số âm</translation>
    </message>
    <message>
        <source>women and men together exceed the number of participants</source>
        <translation>tổng số nữ và nam vượt quá số người tham gia</translation>
    </message>
    <message>
        <source>pupils, teachers, parents and staff together exceed the number of participants</source>
        <translation>tổng số học sinh, giáo viên, phụ huynh và nhân viên vượt quá số người tham gia</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>the institution profile on the Settings page</source>
        <translation>thông tin đơn vị trên trang Cài đặt</translation>
    </message>
    <message>
        <source>the narrative outline on the Settings page</source>
        <translation>bố cục nội dung báo cáo trên trang Cài đặt</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Không thực hiện được thay đổi</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Thay đổi thông tin đơn vị</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation>Thay đổi chế độ báo cáo</translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation>Thay đổi quy tắc tính hạn nộp</translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation>Đặt hạn nộp của kỳ {period}</translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation>Đưa hạn nộp của kỳ {period} về theo quy tắc</translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation>Thay đổi đề cương nội dung báo cáo</translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation>Đã lưu đề cương</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation>Kỳ báo cáo và hạn nộp</translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation>Đề cương nội dung báo cáo</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Chứng thư ký số</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lưu thông tin</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Still to do before the first signed return:</source>
        <translation>Việc còn lại trước báo cáo ký đầu tiên:</translation>
    </message>
    <message>
        <source>Set up the institution…</source>
        <translation>Khai báo đơn vị…</translation>
    </message>
    <message>
        <source>Bring in the plan…</source>
        <translation>Đưa kế hoạch vào…</translation>
    </message>
    <message>
        <source>Create or import the signature…</source>
        <translation>Tạo hoặc nhập chữ ký…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Chuyển đến một trang</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Hoàn tác, làm lại</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Quit (asks when typed text is not saved)</source>
        <translation>Thoát (hỏi nếu còn nội dung chưa lưu)</translation>
    </message>
    <message>
        <source>Find on the page shown</source>
        <translation>Tìm trên trang đang mở</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + chữ gạch chân</translation>
    </message>
    <message>
        <source>The field of that label</source>
        <translation>Ô của nhãn đó</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Thêm mục tiêu</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Sửa mục đang chọn</translation>
    </message>
    <message>
        <source>Indent, outdent</source>
        <translation>Thụt vào, lùi ra</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Xóa mục đang chọn</translation>
    </message>
    <message>
        <source>Mark the selected cells</source>
        <translation>Đánh dấu các ô đã chọn</translation>
    </message>
    <message>
        <source>Copy or paste cells as Excel does (tab-separated text)</source>
        <translation>Sao chép hoặc dán ô như Excel (văn bản phân cách bằng tab)</translation>
    </message>
    <message>
        <source>Open the details of the cell</source>
        <translation>Mở chi tiết của ô</translation>
    </message>
    <message>
        <source>Save the details panel</source>
        <translation>Lưu bảng chi tiết</translation>
    </message>
    <message>
        <source>Revert the details panel</source>
        <translation>Khôi phục bảng chi tiết</translation>
    </message>
    <message>
        <source>Add or save the event in the form</source>
        <translation>Thêm hoặc lưu sự kiện trong biểu mẫu</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Khôi phục biểu mẫu</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 · Who we are</source>
        <translation>1 · Chúng tôi là ai</translation>
    </message>
    <message>
        <source>2 · Our plan</source>
        <translation>2 · Kế hoạch</translation>
    </message>
    <message>
        <source>3 · Our signature</source>
        <translation>3 · Chữ ký</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>chưa làm</translation>
    </message>
</context>
<context>
    <name>SubordinateDialog</name>
    <message>
        <source>Edit subordinate</source>
        <translation>Sửa đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Add subordinate</source>
        <translation>Thêm đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Tin cậy tệp chứng thư…</translation>
    </message>
    <message>
        <source>No certificate yet: it can be added later.</source>
        <translation>Chưa có chứng thư: có thể thêm sau.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Chứng thư:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the institution&apos;s code.</source>
        <translation>Hãy nhập mã đơn vị.</translation>
    </message>
    <message>
        <source>A subordinate with the code %1 is registered already.</source>
        <translation>Đơn vị cấp dưới có mã %1 đã được đăng ký.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Đây không phải là địa chỉ thư điện tử.</translation>
    </message>
</context>
<context>
    <name>SubordinatesPage</name>
    <message>
        <source>Subordinates</source>
        <translation>Đơn vị cấp dưới</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinate(s)</source>
        <translation>
            <numerusform>%n đơn vị cấp dưới</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Đang hiển thị %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinates selected.</source>
        <translation>
            <numerusform>Đã chọn %n đơn vị cấp dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subordinate to see its certificates.</source>
        <translation>Hãy chọn một đơn vị cấp dưới để xem chứng thư của đơn vị.</translation>
    </message>
    <message>
        <source>No certificate is trusted for it yet: trust its certificate file, the certificate of a return it sent, or issue it an identity.</source>
        <translation>Chưa có chứng thư nào được tin cậy cho đơn vị này: hãy tin cậy tệp chứng thư, chứng thư của báo cáo đơn vị đã gửi hoặc cấp cho đơn vị một chứng thư ký số.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate subjects bound: %n</source>
        <translation>
            <numerusform>Chủ thể chứng thư đã gắn: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Không thực hiện được thay đổi</translation>
    </message>
    <message>
        <source>Add subordinate %1</source>
        <translation>Thêm đơn vị cấp dưới %1</translation>
    </message>
    <message>
        <source>Edit subordinate %1</source>
        <translation>Sửa đơn vị cấp dưới %1</translation>
    </message>
    <message>
        <source>Remove subordinates</source>
        <translation>Gỡ đơn vị cấp dưới</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s) from the registry?</source>
        <translation>
            <numerusform>Gỡ %n đơn vị cấp dưới khỏi danh sách?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their returns are no longer taken in nor awaited. What was received from them and their certificates are kept; Edit → Undo puts them back.</source>
        <translation>Báo cáo của các đơn vị này sẽ không còn được nhận hay chờ nữa. Những gì đã nhận và chứng thư của các đơn vị vẫn được giữ; Sửa → Hoàn tác sẽ đưa các đơn vị trở lại.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s)</source>
        <translation>
            <numerusform>Gỡ %n đơn vị cấp dưới</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer *.der);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Tệp quá lớn để là một chứng thư.</translation>
    </message>
    <message>
        <source>The institution&apos;s certificate</source>
        <translation>Chứng thư của đơn vị</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Chứng thư của %1</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Tin cậy chứng thư</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 (%2)?</source>
        <translation>Tin cậy chứng thư này cho %1 (%2)?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>Tin cậy chứng thư cho %1</translation>
    </message>
    <message>
        <source>%1 now signs with a trusted certificate.</source>
        <translation>%1 hiện ký bằng chứng thư được tin cậy.</translation>
    </message>
    <message>
        <source>Taking the return in again…</source>
        <translation>Đang nhận lại báo cáo…</translation>
    </message>
    <message>
        <source>%1 was taken in.</source>
        <translation>Đã nhận %1.</translation>
    </message>
    <message>
        <source>List of subordinates</source>
        <translation>Danh sách đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Đang đọc danh sách…</translation>
    </message>
    <message>
        <source>Import the list %1</source>
        <translation>Nhập danh sách %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated.</source>
        <translation>%1: %2 mới, %3 được cập nhật.</translation>
    </message>
    <message>
        <source>Issue an identity</source>
        <translation>Cấp chứng thư ký số</translation>
    </message>
    <message>
        <source>No identity can be issued here.</source>
        <translation>Không thể cấp chứng thư ký số tại đây.</translation>
    </message>
    <message>
        <source>This password does not open your signing key. Type it again.</source>
        <translation>Mật khẩu này không mở được khóa ký của bạn. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Issuing the identity…</source>
        <translation>Đang cấp chứng thư ký số…</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2; its certificate is trusted for it. Tell the password separately.</source>
        <translation>Chứng thư ký số của %1 đã được ghi vào %2; chứng thư được tin cậy cho đơn vị này. Hãy báo mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; chưa có gì được lưu. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Đã hủy; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>The institutions that report here. A return is taken in only when it is signed with a certificate trusted for its institution.</source>
        <translation>Các đơn vị báo cáo về đây. Báo cáo chỉ được nhận khi được ký bằng chứng thư được tin cậy cho chính đơn vị đó.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with columns for code and name (e-mail, kind, language)</source>
        <translation>Tệp Excel hoặc CSV có cột mã và tên (thư điện tử, loại, ngôn ngữ)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Tin cậy tệp chứng thư…</translation>
    </message>
    <message>
        <source>Certificate of a return received…</source>
        <translation>Chứng thư của báo cáo đã nhận…</translation>
    </message>
    <message>
        <source>Issue an identity…</source>
        <translation>Cấp chứng thư ký số…</translation>
    </message>
    <message>
        <source>A key and certificate for it, in a file with its own password</source>
        <translation>Khóa và chứng thư cho đơn vị, trong một tệp có mật khẩu riêng</translation>
    </message>
    <message>
        <source>Search code, name or e-mail</source>
        <translation>Tìm theo mã, tên hoặc thư điện tử</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Without a certificate</source>
        <translation>Chưa có chứng thư</translation>
    </message>
    <message>
        <source>Certificate expiring or expired</source>
        <translation>Chứng thư sắp hết hoặc đã hết hạn</translation>
    </message>
    <message>
        <source>No return received yet</source>
        <translation>Chưa nhận báo cáo nào</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Use a key on a token</source>
        <translation>Dùng khóa trên token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Tìm token</translation>
    </message>
    <message>
        <source>Token program (PKCS#11 module):</source>
        <translation>Chương trình token (mô-đun PKCS#11):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Show its keys</source>
        <translation>Hiện các khóa</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khóa:</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Dùng khóa này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>the .dll or .so file your token came with</source>
        <translation>tệp .dll hoặc .so đi kèm token của bạn</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>Mô-đun PKCS#11 của token</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Mô-đun PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No token was found. Plug it in and try again.</source>
        <translation>Không tìm thấy token. Hãy cắm vào và thử lại.</translation>
    </message>
    <message>
        <source>The token holds no key with a certificate.</source>
        <translation>Token không có khóa nào kèm chứng thư số.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation>Mục tiêu mới</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Mục tiêu cụ thể mới</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Thêm mục tiêu %1</translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation>Thêm mục tiêu cụ thể %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Thêm hoạt động %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Sửa %1 của %2</translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation>Sửa các kỳ dự kiến của %1</translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation>Lùi ra %1</translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation>Thụt vào %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Di chuyển %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Xóa %1 “%2”?</translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation>Kèm theo đó là mục bên dưới: %1</translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation>
            <numerusform>Kèm theo đó là %n mục bên dưới: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation>Đánh dấu tiến độ của mục này cũng bị xóa.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation>
            <numerusform>%n đánh dấu tiến độ cũng bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation>Một sự kiện sẽ không còn gắn với mục này (sự kiện vẫn được giữ).</translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation>
            <numerusform>%n sự kiện sẽ không còn gắn với mục này (các sự kiện vẫn được giữ).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Có thể hoàn tác bằng Sửa → Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>Xóa mục kế hoạch</translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation>Xóa %1 và 1 mục</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation>
            <numerusform>Xóa %1 và %n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation>Không thể dán các dòng sau: %1</translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation>Dán 1 dòng</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Dán %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation>Các mã đã theo đúng thứ tự của cây.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Đánh lại 1 mã</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Đánh lại %n mã</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation>Sửa chú thích</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Lưu và tiếp tục</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Bỏ qua lúc này</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Thay đổi thông tin đơn vị</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Không thực hiện được thay đổi</translation>
    </message>
    <message>
        <source>the institution profile on the Getting started page</source>
        <translation>thông tin đơn vị trên trang Bắt đầu</translation>
    </message>
    <message>
        <source>Three steps make PlanDesk ready for your first signed return. Do each now or skip it: the Dashboard shows what is still missing and leads back here.</source>
        <translation>Ba bước giúp PlanDesk sẵn sàng cho báo cáo ký đầu tiên. Làm ngay hoặc bỏ qua từng bước: trang Tổng quan cho biết còn thiếu gì và dẫn bạn quay lại đây.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
</TS>
