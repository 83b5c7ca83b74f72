<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <source>EventsModel</source>
        <comment>Activity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventsModel</source>
        <comment>Title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventsModel</source>
        <comment>Kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventsModel</source>
        <comment>Venue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EventsModel</source>
        <comment>Participants</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Tiến độ</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation type="unfinished">Chưa mở cơ sở dữ liệu nào. Hãy mở bằng Tệp → Mở cơ sở dữ liệu….</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Signed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Superseded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Draft</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Accepted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Late</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>New version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Duplicate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Rejected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Submitted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Missing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>Overdue</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them (&apos;plandesk subordinate add&apos;) to follow their returns here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Tình hình nộp báo cáo</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <source>{label}
{planned} planned: {done} done, {progress} in progress, {not_done} not done, {open} not reported yet, {na} not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned activities done, all periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Sự kiện</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation type="unfinished"></translation>
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
        <source>signed and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, venue, partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or words of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets, brochures, posters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation type="unfinished">Chú thích</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, or import the .p12 file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation type="unfinished">Lý do nếu không thực hiện</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2): %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Báo cáo nhận về</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation type="unfinished"></translation>
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
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation type="unfinished"></translation>
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
        <source>Item details</source>
        <translation type="unfinished"></translation>
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
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation type="unfinished">%1 – %2, hạn nộp báo cáo %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>EventsModel</source>
        <comment>Date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Mã</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
