<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>CertificateText</name>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 until %4
SHA-256: %5</source>
        <translation>Konu: %1
Veren: %2
Geçerlilik: %3 – %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Due %1</source>
        <translation>Teslim tarihi: %1</translation>
    </message>
    <message>
        <source>returns in</source>
        <translation>rapor geldi</translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them on the Subordinates page to follow their returns here.</source>
        <translation>Henüz kayıtlı bağlı kurum yok. Raporlarını burada izlemek için bağlı kurumları Bağlı kurumlar sayfasında kaydedin.</translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation>Hatırlatmaların kaydedileceği klasör</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Hatırlatmalar yazılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation>
            <numerusform>%n hatırlatma şuraya yazıldı: %1 — göndermek için e-posta programınızda açın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation>Hatırlatmalar yazılamadı. Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Kabul et…</translation>
    </message>
    <message>
        <source>Accept the chosen return, with a signed receipt</source>
        <translation>Seçilen raporu imzalı bir yanıt belgesiyle kabul et</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>İade et…</translation>
    </message>
    <message>
        <source>Send the chosen return back for correction, with the reason</source>
        <translation>Seçilen raporu gerekçesiyle düzeltilmek üzere iade et</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Tamamlanma durumu</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation>Hatırlatma hazırla…</translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation>Raporu eksik olan her kuruma, kendi dilinde birer e-posta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>İmza kimliği yok</translation>
    </message>
    <message>
        <source>A receipt is signed with your key, and there is none yet.</source>
        <translation>Yanıt belgesi sizin anahtarınızla imzalanır ve henüz bir anahtarınız yok.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Ayarlar → İmza kimliği bölümünde bir kimlik oluşturun ya da .p12 dosyanızı içe aktarın.</translation>
    </message>
    <message>
        <source>the return of %1 (%2, version %3)</source>
        <translation>%1 kurumunun raporunu (%2, sürüm %3)</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Bu, imza anahtarını açmıyor. Yeniden yazın.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>iade edildi</translation>
    </message>
    <message>
        <source>%1 %2: the signed receipt is %3</source>
        <translation>%1 %2: imzalı yanıt belgesi %3</translation>
    </message>
    <message>
        <source>and the e-mail %1.</source>
        <translation>ve e-posta %1.</translation>
    </message>
    <message>
        <source>The receipt could not be made. The details are in the log file.</source>
        <translation>Yanıt belgesi oluşturulamadı. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Birleştirme</translation>
    </message>
    <message>
        <source>Signed (%1)</source>
        <translation>İmzalı (%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalı</translation>
    </message>
    <message>
        <source>%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing.</source>
        <translation>%2 rapordan %1 tanesi geldi: %3 kabul edildi, %4 iade edildi, %5 incelenmedi; %6 eksik.</translation>
    </message>
    <message>
        <source>Signed as version %1 by %2.</source>
        <translation>%2 tarafından sürüm %1 olarak imzalandı.</translation>
    </message>
    <message>
        <source>Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events</source>
        <translation>Sürüm %1 · %2 kurum · %3 yapıldı (işaretlerin %4) · %5 katılımcı · %6 etkinlik</translation>
    </message>
    <message>
        <source>Press Preview to see the consolidated return as it will be printed.</source>
        <translation>Birleştirilmiş raporu basılacağı hâliyle görmek için Önizleme&apos;ye basın.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Beklenmeyen bir hata oluştu; hiçbir şey kaydedilmedi. Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>No return has been taken in for this period yet.</source>
        <translation>Bu dönem için henüz hiçbir rapor alınmadı.</translation>
    </message>
    <message>
        <source>Adding up the returns…</source>
        <translation>Raporlar toplanıyor…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Önizleme için pdftoppm programı (poppler-utils) gerekiyor, ancak bu program kurulu değil. İmzalama ve kaydetme onsuz da çalışır.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Sürüm %1 — %n sayfanın ilk %2 sayfası.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated return of %1 is signed with the head&apos;s key</source>
        <translation>%1 birleştirilmiş raporu yöneticinin anahtarıyla imzalanır</translation>
    </message>
    <message>
        <source>, then sealed with the institution&apos;s seal</source>
        <translation>, ardından kurum mührüyle mühürlenir</translation>
    </message>
    <message>
        <source>Returns sent back for correction are counted as they were received: %1.</source>
        <translation>Düzeltilmek üzere iade edilen raporlar geldikleri hâliyle sayılır: %1.</translation>
    </message>
    <message>
        <source>Save the consolidated return in</source>
        <translation>Birleştirilmiş raporun kaydedileceği yer</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>İmzalanıyor ve kaydediliyor…</translation>
    </message>
    <message>
        <source>Signed (version %1) and saved in %2: %3</source>
        <translation>İmzalandı (sürüm %1) ve %2 klasörüne kaydedildi: %3</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2).</source>
        <translation>İmzalı dosyalar (%1) artık kaydedildikleri yerde (%2) değil.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>E-posta, e-posta programınızda açık: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>E-postayı açan bir e-posta programı yok, bu yüzden klasörü gösteriliyor: %1 dosyasını e-postanıza ekleyin ya da sürükleyin.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the level above: fill it in in Settings)</source>
        <translation>(üst kurumun e-posta adresi bilinmiyor: Ayarlar&apos;da girin)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 artık kaydedildiği yerde (%2) değil.</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Yeniden birleştir</translation>
    </message>
    <message>
        <source>Open the consolidation of %1 (version %2) again?</source>
        <translation>%1 birleştirmesi (sürüm %2) yeniden açılsın mı?</translation>
    </message>
    <message>
        <source>The signed files stay valid and in the list; the next signed consolidated return becomes version %1, with the returns accepted by then.</source>
        <translation>İmzalı dosyalar geçerli kalır ve listede durur; bir sonraki imzalı birleştirilmiş rapor, o zamana kadar kabul edilen raporlarla sürüm %1 olur.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The next signed consolidated return is version %1.</source>
        <translation>Bir sonraki imzalı birleştirilmiş rapor sürüm %1 olacak.</translation>
    </message>
    <message>
        <source>The returns taken in for a period, added up into this institution&apos;s own return for the level above: signed, saved as PDF and Excel, sent by e-mail.</source>
        <translation>Bir dönem için alınan raporlar, bu kurumun üst kuruma sunduğu kendi raporunda toplanır: imzalanır, PDF ve Excel olarak kaydedilir, e-postayla gönderilir.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Raporun dili:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>İmzala ve kaydet…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>E-posta hazırla</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>İmzadan sonra: iki dosyanın da ekli olduğu bir e-posta</translation>
    </message>
    <message>
        <source>Consolidate again…</source>
        <translation>Yeniden birleştir…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Yakınlaştır (Ctrl+artı)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Uzaklaştır (Ctrl+eksi)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Neler giriyor</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Rakamlar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PlanDesk ran into a problem</source>
        <translation>PlanDesk bir sorunla karşılaştı</translation>
    </message>
    <message>
        <source>Something went wrong that PlanDesk did not expect. Your data is safe: every change is saved as you make it. Please save this report and send it to whoever supports PlanDesk for you.</source>
        <translation>PlanDesk&apos;in beklemediği bir hata oluştu. Verileriniz güvende: her değişiklik yapıldığı anda kaydedilir. Lütfen bu raporu kaydedip size PlanDesk desteği veren kişiye gönderin.</translation>
    </message>
    <message>
        <source>A copy is already in %1</source>
        <translation>Bir kopyası zaten şurada: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Raporu kaydet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Hata raporunu kaydet</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} / {planned}</translation>
    </message>
    <message>
        <source>activities done, all periods</source>
        <translation>faaliyet yapıldı, tüm dönemler</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>etkinlik düzenlendi</translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation>katılımcıya etkinliklerle ulaşıldı</translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation>teslimi beklenen rapor yok</translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation>
            <numerusform>{period} raporu %n gün gecikti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation>
            <numerusform>sonraki rapor: {period}, %n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>Planın genel görünümü</translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation>Dönemlere göre gerçekleşme</translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation>Hedeflere göre gerçekleşme, tüm dönemler</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Rapor teslim tarihleri</translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation>Dönemlere göre etkinlik ve katılımcılar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>yapıldı</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>devam ediyor</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>yapılmadı</translation>
    </message>
    <message>
        <source>events</source>
        <translation>etkinlik</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>Henüz planlanmış faaliyet yok.</translation>
    </message>
    <message>
        <source>{label}
{done} done, {progress} in progress, {not_done} not done, {marked} marked planned, {open} planned, not reported yet; {na} not applicable</source>
        <translation>{label}
{done} yapıldı, {progress} devam ediyor, {not_done} yapılmadı, {marked} planlandı olarak işaretlenen, {open} planlanan, henüz bildirilmedi; {na} kapsam dışı</translation>
    </message>
    <message>
        <source>activities done, of those planned or marked (not applicable left out), all periods</source>
        <translation>faaliyet yapıldı; planlanan ya da işaretlenenlerden (kapsam dışı olanlar hariç), tüm dönemler</translation>
    </message>
    <message>
        <source>marked planned</source>
        <translation>planlandı olarak işaretlenen</translation>
    </message>
    <message>
        <source>planned, not reported yet</source>
        <translation>planlanan, henüz bildirilmedi</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>PlanDesk veritabanı aç</translation>
    </message>
    <message>
        <source>PlanDesk databases (%1);;All files (*)</source>
        <translation>PlanDesk veritabanları (%1);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>New PlanDesk database</source>
        <translation>Yeni PlanDesk veritabanı</translation>
    </message>
    <message>
        <source>Save the demo database as</source>
        <translation>Tanıtım veritabanını farklı kaydet</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Henüz veritabanı açılmadı</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation>Seçili öğe yok</translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation>Ayrıntılarını görmek ve düzenlemek için plandan bir satır seçin.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Alt hedef</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>sorumlu</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>iş birliği yapılacak kurumlar</translation>
    </message>
    <message>
        <source>target</source>
        <translation>hedeflenen</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>hedef değer</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>hedef birimi</translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation>dipnot işaretleri</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>gerçekleştirilmeme nedeni</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Açıklama</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Sorumlu</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>İş &amp;birliği yapılacak kurumlar</translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation>&amp;Hedeflenen (yazıldığı gibi)</translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation>Sayısal hedef</translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation>Planlandığı dönemler (işaretleyin; planlanan tarihi yazın)</translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation>&amp;Dipnot işaretleri (ör. 1, 2)</translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation>Gerçekleştirilmeyecekse &amp;nedeni</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otlar</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>D&amp;eğer</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Biri&amp;m</translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation>— işaret yok —</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Gerçekleşme tarihi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcı sayısı</translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation>Gerçekleşen değer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedeflenen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gerçekleştiği tarih</translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation>Neden (yapılmadıysa zorunlu)</translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation>Faaliyet yapılmadıysa nedeninin yazılması zorunludur.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation>Ayrıntılar panelini kapat (Esc)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Kanıt belgeleri</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Seçili hücre yok</translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation>Tablodan bir hücre seçin: durumu, sayıları ve kanıt belgeleri burada görünür.</translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation>%1 hücre seçildi</translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation>Durum ve neden, seçili tüm hücrelere uygulanır.</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>hedef belirtilmemiş</translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation>bu dönemde %1 etkinlik, %2 katılımcı</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>signed</source>
        <translation>imzalandı</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>%n gün gecikti</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>son gün bugün</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>%n gün kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation>Tüm dönemler</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tüm faaliyetler</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Bul…</translation>
    </message>
    <message>
        <source>Finds events by title, venue, organiser, partners or description (Ctrl+F)</source>
        <translation>Etkinlikleri ada, yere, düzenleyene, iş birliği yapılan kurumlara veya açıklamaya göre bulur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Etkinlik adı</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Düzenleyen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>İş birliği yapılan kurumlar</translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation>Proje / finansman</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcı sayısı</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>Bunlardan</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Dağıtılan materyal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Öğrenci</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Öğretmen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Veli</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Activity code or words</source>
        <translation>Faaliyet kodu veya sözcük</translation>
    </message>
    <message>
        <source>Leaflets, posters…</source>
        <translation>Broşür, afiş…</translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation>Emniyet, savcılık, kriz merkezi, psikolog, STK…</translation>
    </message>
    <message>
        <source>Police, NGO…</source>
        <translation>Emniyet, STK…</translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation>Kadın ve erkek sayılarının toplamı ({parts}) katılımcı sayısını ({total}) aşıyor.</translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation>Öğrenci, öğretmen, veli ve personel sayılarının toplamı ({parts}) katılımcı sayısını ({total}) aşıyor.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Etkinliğin bitiş tarihi başlangıç tarihinden önce olamaz.</translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation>Planda {code} kodlu faaliyet yok.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Etkinliğin bir adı olmalıdır.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Etkinlik adı</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcı</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n etkinlik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n katılımcı</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation>(toplam {total} etkinlik içinden)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Yeni etkinlik</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Değişiklikleri kaydet</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Etkinlik ekle</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Değişiklik yapılamadı</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>“{title}” etkinliğini ekle</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>“{title}” etkinliğini düzenle</translation>
    </message>
    <message>
        <source>the new event “%1” on the Events page</source>
        <translation>Etkinlikler sayfasındaki yeni “%1” etkinliği</translation>
    </message>
    <message>
        <source>the changes to the event “%1” on the Events page</source>
        <translation>Etkinlikler sayfasında “%1” etkinliğindeki değişiklikler</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Etkinliği sil</translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation>“{title}” etkinliği silinsin mi?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Düzen → Geri al ile geri getirilebilir.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>“{title}” etkinliğini sil</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Etkinlikleri içe aktar</translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Etkinlik listeleri (*.xlsx *.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation>Etkinlik listesi içe aktarılamıyor</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>%n etkinliği içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>Etkinlikleri içe aktar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation>Fotoğrafları veya katılım listelerini buraya bırakın (her biri en çok %1 MB).</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Kanıt belgesi ekle</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Bildiren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Yapılmadı</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation>Dipnotlar</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation>Dipnotlar planın altında gösterilir; öğeler dipnotlara işaretleriyle atıf yapar. Bir öğenin hâlâ kullandığı işaret kaldırılamaz.</translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation>Dipnot &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation>Dipnotu &amp;kaldır</translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation>İşaret</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Dipnot metni</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation>PlanDesk tarafından oluşturuldu (kendi kök sertifikası)</translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation>.p12 dosyasından içe aktarıldı</translation>
    </message>
    <message>
        <source>on the token %1 (the key never leaves it)</source>
        <translation>%1 anahtar cihazında (anahtar cihazdan hiç çıkmaz)</translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation>PlanDesk, kurumunuz için bir kök sertifika ve bir imza anahtarı oluşturur. Anahtarı koruyacak parolayı belirleyin (en az 8 karakter). Parola hiçbir yerde saklanmaz: onu güvenli bir yerde tutun; parola olmadan anahtarla imza atılamaz.</translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation>Mevcut kimlik saklanır ancak artık kullanılmaz.</translation>
    </message>
    <message>
        <source>Plug in your token or smart card, choose its program (the PKCS#11 module that came with it), find the token, type its PIN and choose the key. The key never leaves the token; the PIN is asked each time you sign and never stored.</source>
        <translation>Anahtar cihazınızı veya akıllı kartınızı takın, programını (birlikte gelen PKCS#11 modülü) seçin, cihazı bulun, PIN&apos;ini yazın ve anahtarı seçin. Anahtar cihazdan hiç çıkmaz; PIN her imzada sorulur ve hiçbir yerde saklanmaz.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>İmza anahtarını içe aktar</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 anahtar dosyaları (*.p12 *.pfx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>%1 parolası:</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation>Bu bir PKCS#12 anahtar dosyası değil (boyutu çok büyük).</translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation>Güven sertifikasını dışa aktar</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Sertifikalar (*.pem)</translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation>Güven sertifikası şuraya yazıldı: %1. Bunu rapor verdiğiniz kuruma iletin.</translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation>İmza kimliği hazır.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Beklenmeyen bir hata oluştu; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>İmza kimliği</translation>
    </message>
    <message>
        <source>Signature of:</source>
        <translation>İmza sahibi:</translation>
    </message>
    <message>
        <source>the head of the institution</source>
        <translation>kurum amiri</translation>
    </message>
    <message>
        <source>the institution&apos;s seal (optional)</source>
        <translation>kurum mührü (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Sahibi:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Geçerlilik sonu:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Kaynağı:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Parmak izi (SHA-256):</translation>
    </message>
    <message>
        <source>No seal. A seal is the institution&apos;s own signature, added after the head&apos;s on every return (as Viet Nam&apos;s rules ask); returns are valid without it unless the directorate requires it.</source>
        <translation>Mühür yok. Mühür, kurumun kendi imzasıdır ve her raporda amirin imzasından sonra eklenir (Vietnam kurallarında olduğu gibi); üst birim istemedikçe raporlar mühürsüz de geçerlidir.</translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, import the .p12 file you already have, or use the key on your token.</source>
        <translation>Henüz yok. Raporlar kurumunuzun anahtarıyla imzalanır: burada bir tane oluşturun, elinizdeki .p12 dosyasını içe aktarın ya da anahtar cihazınızdaki anahtarı kullanın.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Oluştur…</translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation>.p12 içe aktar…</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Anahtar cihazı kullan…</translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation>Güven sertifikasını dışa aktar…</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Our signature</source>
        <translation>İmzamız</translation>
    </message>
    <message>
        <source>Returns are signed digitally with your institution&apos;s key. PlanDesk can create one (with its own root certificate, which you give to the institution you report to), or use the .p12 file you already have.</source>
        <translation>Raporlar kurumunuzun anahtarıyla elektronik olarak imzalanır. PlanDesk bir anahtar oluşturabilir (kendi kök sertifikasıyla; bu sertifikayı bağlı olduğunuz kuruma verirsiniz) ya da elinizdeki .p12 dosyasını kullanabilir.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation>Planı içe aktar</translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation>“%1” dosyasındaki her sütunun neyi içerdiğini ve PlanDesk&apos;in tanıdığı satırları kontrol edin. İçe aktar düğmesine basılana kadar hiçbir şey kaydedilmez; ardından bu plan geçerli plan olur (mevcut plan veritabanında saklanır).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(dahil etme)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Goal (beside its activities)</source>
        <translation>Hedef (faaliyetlerinin yanında)</translation>
    </message>
    <message>
        <source>Sub-goal (beside its activities)</source>
        <translation>Alt hedef (faaliyetlerinin yanında)</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation>Faaliyet / öğe metni</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>İş birliği yapılacak kurumlar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedeflenen</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Gerçekleştirilmeyecekse nedeni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation>Zaman / tarihler</translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation>Bu dönemde planlandı</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>İlk değer</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Kept apart (not plan items)</source>
        <translation>Ayrı tutulanlar (plan maddesi değil)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Yıl:</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>dosyada yazdığı gibi</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Dönemler:</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>çeyrekler</translation>
    </message>
    <message>
        <source>four-month periods</source>
        <translation>dört aylık dönemler</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>yarıyıllar</translation>
    </message>
    <message>
        <source>months</source>
        <translation>aylar</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>yılda bir</translation>
    </message>
    <message>
        <source>a campaign window</source>
        <translation>bir kampanya dönemi</translation>
    </message>
    <message>
        <source>The file names no year: choose the plan&apos;s year above (and its periods, if it reports by quarter, half-year …).</source>
        <translation>Dosyada yıl yazmıyor: planın yılını yukarıda seçin (çeyrek, yarıyıl … olarak raporlanıyorsa dönemlerini de).</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (dosyadan)</translation>
    </message>
    <message>
        <source>No row is taken in: tick the rows to import.</source>
        <translation>Hiçbir satır alınmadı: içe aktarılacak satırları işaretleyin.</translation>
    </message>
    <message>
        <source>“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation>“%1”: %3 hedef, %4 alt hedef, %5 faaliyet, %6 dipnot.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have no code in the file: PlanDesk numbered them (marked below).</source>
        <translation>
            <numerusform>%n satırın dosyada kodu yok: PlanDesk onları numaralandırdı (aşağıda işaretli).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are numbered again in each section: they get full codes (1.3, not 3).</source>
        <translation>
            <numerusform>%n satır her bölümde yeniden numaralanmış: tam kod alırlar (3 değil, 1.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>sizin seçiminiz</translation>
    </message>
    <message>
        <source>from the campaign window in the file</source>
        <translation>dosyadaki kampanya döneminden</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>başlıktan</translation>
    </message>
    <message>
        <source>from the column headings</source>
        <translation>sütun başlıklarından</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>dosyadaki tarihlerden</translation>
    </message>
    <message>
        <source>from the text of the file</source>
        <translation>dosyanın metninden</translation>
    </message>
    <message>
        <source>Year %1 (%2); periods: %3.</source>
        <translation>Yıl %1 (%2); dönemler: %3.</translation>
    </message>
    <message>
        <source>The file names no reporting periods: one period for the year.</source>
        <translation>Dosyada raporlama dönemi yazmıyor: yıl için tek dönem.</translation>
    </message>
    <message>
        <source>Glossary (kept with the plan&apos;s footnotes):</source>
        <translation>Kısaltmalar (planın dipnotlarıyla saklanır):</translation>
    </message>
    <message>
        <source>Footnotes and notes:</source>
        <translation>Dipnotlar ve notlar:</translation>
    </message>
    <message>
        <source>Columns kept in each item&apos;s notes: %1</source>
        <translation>Her maddenin notlarında saklanan sütunlar: %1</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Dışarıda bırakılan sütunlar: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>header</source>
        <translation>sütun başlığı</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>kısaltmalar</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>dipnot</translation>
    </message>
    <message>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>ayırıcı</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>sütun numaraları</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>diğer metin</translation>
    </message>
    <message>
        <source>Rows that are not items:</source>
        <translation>Madde olmayan satırlar:</translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  satır %1 (%2): %3</translation>
    </message>
    <message>
        <source>Keep in the notes, with its heading</source>
        <translation>Başlığıyla birlikte notlarda sakla</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation>Etkinlikleri içe aktar</translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation>{file}: {good} etkinlik içe aktarılabilir.</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation>{bad} satır içe aktarılamıyor ve dışarıda bırakılacak; nedenleri aşağıdadır.</translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation>Yazıldığı gibi bırakılan türler: {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>%n etkinliği içe aktar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>İçe aktarılacak bir şey yok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>%n events of the list are already in the plan (same day, title and venue): they are skipped.</source>
        <translation>
            <numerusform>Listedeki %n etkinlik planda zaten var (aynı gün, başlık ve yer): atlanır.</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>bitiş tarihi</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>düzenleyen</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>iş birliği yapılanlar</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proje</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>materyaller</translation>
    </message>
    <message>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <source>plan activity</source>
        <translation>plan faaliyeti</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <source>date and venue (split)</source>
        <translation>tarih ve yer (ayrıldı)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Sütunlar: %1</translation>
    </message>
    <message>
        <source>Kept in each event&apos;s description: %1</source>
        <translation>Her etkinliğin açıklamasında saklanır: %1</translation>
    </message>
    <message>
        <source>Row numbers, not stored: %1</source>
        <translation>Satır numaraları, saklanmaz: %1</translation>
    </message>
    <message>
        <source>Dates written without a year: %1</source>
        <translation>Yılı yazılmamış tarihler: %1</translation>
    </message>
    <message>
        <source>Footnotes under the list, added to the events that cite them: %1</source>
        <translation>Listenin altındaki dipnotlar, onlara atıf yapan etkinliklere eklendi: %1</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Etkinlik adı</translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation>Ayrıntı veya neden</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>içe aktarılacak</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>içe aktarılmayacak</translation>
    </message>
    <message>
        <source>already in the plan: skipped</source>
        <translation>planda zaten var: atlanır</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>dışarıda bırakıldı</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Sayıldı</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation>
            <numerusform>Son alım: %n dosya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>İptal edildi: henüz okunmamış dosyalar dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation>Reddedilen dosyalar sayılmadı; nedeni ilgili satırda yazılıdır.</translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation>Alınacak raporlar</translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation>Raporlar ve kaydedilmiş e-postalar (*.pdf *.xlsx *.eml);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation>Gelen raporların klasörü</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Raporlar aranıyor…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation>%2 dosyadan %1 tanesi denetlendi</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Beklenmeyen bir hata oluştu. Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation>Denetlenen dosyadan sonra durduruluyor…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Gelen raporlar</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation>Planın herhangi bir dönemi</translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation>Bağlı kurumlardan gelen raporlar: her dosyanın imzası kayıtlı kuruma göre denetlenir; dosya ardından kabul edilir, yeni sürüm olarak saklanır ya da nedeni belirtilerek reddedilir. Her dosya ya bütünüyle alınır ya da hiç alınmaz.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Klasör ekle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation>Raporları buraya bırakın: PDF ve Excel dosyaları, kaydedilmiş e-postalar (.eml) ya da e-posta eklerinden oluşan bir klasörün tamamı.</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <source>signer not the institution it claims</source>
        <translation>imzalayan, raporda belirtilen kurum değil</translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>imzalayan tanınmıyor</translation>
    </message>
    <message>
        <source>not a return</source>
        <translation>rapor değil</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>bütünlüğü bozulmuş</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>başka bir plan</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>başka bir dönem</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>böyle bir dosya yok</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>e-posta okunamıyor</translation>
    </message>
    <message>
        <source>the e-mail has no PDF or XLSX attached</source>
        <translation>e-postada PDF ya da XLSX eki yok</translation>
    </message>
    <message>
        <source>only PDF, XLSX and .eml files are read</source>
        <translation>yalnızca PDF, XLSX ve .eml dosyaları okunur</translation>
    </message>
    <message>
        <source>a note or a hidden file, not a return: left as it is</source>
        <translation>not ya da gizli dosya, rapor değil: olduğu gibi bırakıldı</translation>
    </message>
    <message>
        <source>the file could not be read (it is damaged or not made by PlanDesk)</source>
        <translation>dosya okunamadı (bozuk ya da PlanDesk ile hazırlanmamış)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF dosyası bozuk, okunamıyor</translation>
    </message>
    <message>
        <source>the PDF carries other signatures than the head&apos;s and the institution&apos;s seal</source>
        <translation>PDF&apos;te yöneticinin imzası ve kurum mührü dışında başka imzalar var</translation>
    </message>
    <message>
        <source>the Excel file is damaged and cannot be read</source>
        <translation>Excel dosyası bozuk, okunamıyor</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 differs from what was signed</source>
        <translation>Excel dosyası imzadan sonra değiştirilmiş: %1 imzalanan hâlinden farklı</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was added</source>
        <translation>Excel dosyası imzadan sonra değiştirilmiş: %1 eklenmiş</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was removed</source>
        <translation>Excel dosyası imzadan sonra değiştirilmiş: %1 çıkarılmış</translation>
    </message>
    <message>
        <source>the Excel file was saved again by a spreadsheet program, so it is no longer the signed original; ask for the PDF of the same return</source>
        <translation>Excel dosyası bir hesap tablosu programıyla yeniden kaydedilmiş, artık imzalı asıl değil; aynı raporun PDF&apos;sini isteyin</translation>
    </message>
    <message>
        <source>an Excel return from an earlier PlanDesk, whose signature does not cover its formatting; ask for the PDF of the same return</source>
        <translation>önceki bir PlanDesk sürümüyle hazırlanmış Excel raporu; imzası biçimlendirmeyi kapsamıyor; aynı raporun PDF&apos;sini isteyin</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (%1) was revoked by its issuer</source>
        <translation>imzalayanın sertifikası (%1) veren tarafından iptal edildi</translation>
    </message>
    <message>
        <source>the signer (%1) is not registered for %2</source>
        <translation>imzalayan (%1) %2 kurumu için kayıtlı değil</translation>
    </message>
    <message>
        <source>the signed content is not a PlanDesk return</source>
        <translation>imzalı içerik bir PlanDesk raporu değil</translation>
    </message>
    <message>
        <source>the return was made by a newer PlanDesk; install the newer version to read it</source>
        <translation>rapor daha yeni bir PlanDesk sürümüyle hazırlanmış; okumak için yeni sürümü kurun</translation>
    </message>
    <message>
        <source>the second signature (%1) is not the seal of %2</source>
        <translation>ikinci imza (%1) %2 kurumunun mührü değil</translation>
    </message>
    <message>
        <source>signed twice by the same key; a second signature must be the institution&apos;s seal</source>
        <translation>aynı anahtarla iki kez imzalanmış; ikinci imza kurumun mührü olmalı</translation>
    </message>
    <message>
        <source>the return is not sealed; this directorate requires the institution&apos;s seal</source>
        <translation>rapor mühürlenmemiş; bu müdürlük kurumun mührünü istiyor</translation>
    </message>
    <message>
        <source>this very file was already taken in</source>
        <translation>bu dosyanın aynısı daha önce alınmış</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 kayıtlı bir bağlı kurum değil</translation>
    </message>
    <message>
        <source>the key belongs to %1</source>
        <translation>anahtar %1 kurumuna ait</translation>
    </message>
    <message>
        <source>the certificate is not registered for %1</source>
        <translation>sertifika %1 kurumu için kayıtlı değil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>&apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan (%2)</source>
        <translation>%1 bu planın dönemlerinden biri değil (%2)</translation>
    </message>
    <message>
        <source>%1, this intake is for %2</source>
        <translation>%1; bu kabul işlemi %2 dönemi içindir</translation>
    </message>
    <message>
        <source>the same return is already in</source>
        <translation>aynı rapor daha önce alınmış</translation>
    </message>
    <message>
        <source>kept; version %1 is already in</source>
        <translation>saklandı; sürüm %1 daha önce alınmış</translation>
    </message>
    <message>
        <source>supersedes version %1</source>
        <translation>sürüm %1 yerine geçer</translation>
    </message>
    <message>
        <source>signed %1, due %2</source>
        <translation>imza tarihi %1, teslim tarihi %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a return</source>
        <translation>dosya bir rapor olamayacak kadar büyük</translation>
    </message>
    <message>
        <source>neither a PDF nor an Excel file</source>
        <translation>ne PDF ne de Excel dosyası</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>PDF dosyası değil</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF dosyasında elektronik imza yok</translation>
    </message>
    <message>
        <source>the signature does not match the content: the file was changed after signing</source>
        <translation>imza içerikle uyuşmuyor: dosya imzalandıktan sonra değiştirilmiş</translation>
    </message>
    <message>
        <source>the file was changed after signing (an update was appended after the signature)</source>
        <translation>dosya imzalandıktan sonra değiştirilmiş (imzadan sonra bir güncelleme eklenmiş)</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>imza geçerli değil</translation>
    </message>
    <message>
        <source>the signed PDF holds no machine-readable return</source>
        <translation>imzalı PDF, makinece okunabilir bir rapor içermiyor</translation>
    </message>
    <message>
        <source>the visible pages differ from the signed data: %1</source>
        <translation>görünen sayfalar imzalı verilerden farklı: %1</translation>
    </message>
    <message>
        <source>the Excel file is not a signed PlanDesk return</source>
        <translation>Excel dosyası imzalı bir PlanDesk raporu değil</translation>
    </message>
    <message>
        <source>the signature block is damaged</source>
        <translation>imza bloğu bozuk</translation>
    </message>
    <message>
        <source>the signed return was changed after signing (hidden data does not match its signature)</source>
        <translation>imzalı rapor imzalandıktan sonra değiştirilmiş (gizli veriler imzayla uyuşmuyor)</translation>
    </message>
    <message>
        <source>a visible cell was changed after signing: %1</source>
        <translation>görünen bir hücre imzadan sonra değiştirilmiş: %1</translation>
    </message>
    <message>
        <source>the signer (%1) is not trusted</source>
        <translation>imzalayan (%1) güvenilir değil</translation>
    </message>
    <message>
        <source>the signed return is not in canonical form</source>
        <translation>imzalı rapor standart biçimde değil</translation>
    </message>
    <message>
        <source>signed by the key of institution %1, but the return claims to come from %2</source>
        <translation>%1 kurumunun anahtarıyla imzalanmış, ancak raporda %2 kurumundan geldiği belirtiliyor</translation>
    </message>
    <message>
        <source>the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)</source>
        <translation>dosya adına göre %1 %2, ancak imzalı rapor %3 kurumunun %4 dönemine ait (dosyanın adı değiştirilmiş olabilir)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue an identity</source>
        <translation>İmza kimliği ver</translation>
    </message>
    <message>
        <source>A signing key and certificate for %1 (%2), issued by this institution&apos;s own root, in a PKCS#12 file protected by a new password. Hand the file over on a USB stick and tell the password separately.</source>
        <translation>%1 (%2) için, bu kurumun kendi kök sertifikasıyla verilen bir imza anahtarı ve sertifikası; yeni bir parolayla korunan bir PKCS#12 dosyasında. Dosyayı USB bellekle teslim edin, parolayı ayrıca bildirin.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Your key password:</source>
        <translation>Anahtar parolanız:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Yeni parola:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Tekrar:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Farklı kaydet:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>İmza kimliğini farklı kaydet</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 dosyaları (*.p12 *.pfx)</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Yeni parola en az %n karakter olmalı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>İki yeni parola aynı değil.</translation>
    </message>
    <message>
        <source>The new password must not be your own.</source>
        <translation>Yeni parola sizin parolanızla aynı olmamalı.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Var olan bir klasörde bir dosya seçin.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Sign</source>
        <translation>İmzala</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Seal token&apos;s PIN:</source>
        <translation>Mühür tokeninin PIN&apos;i:</translation>
    </message>
    <message>
        <source>Seal key password:</source>
        <translation>Mühür anahtarının parolası:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Tokenin PIN&apos;i:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Anahtar parolası:</translation>
    </message>
    <message>
        <source>This does not open the seal&apos;s key. Type it again.</source>
        <translation>Bu, mühür anahtarını açmıyor. Yeniden yazın.</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Bu, imza anahtarını açmıyor. Yeniden yazın.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>It is open in process %1 on the computer %2.</source>
        <translation>%2 bilgisayarında %1 numaralı süreçte açık.</translation>
    </message>
    <message>
        <source>PlanDesk is already open</source>
        <translation>PlanDesk zaten açık</translation>
    </message>
    <message>
        <source>This database is already open in another PlanDesk window:
%1</source>
        <translation>Bu veritabanı başka bir PlanDesk penceresinde zaten açık:
%1</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and start PlanDesk again.</source>
        <translation>O pencereye geçin ya da pencereyi kapatıp PlanDesk&apos;i yeniden başlatın.</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder of this database:
%1</source>
        <translation>PlanDesk bu veritabanının bulunduğu klasöre yazamıyor:
%1</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to, or ask for access.</source>
        <translation>Veritabanını yazma izniniz olan bir klasöre kopyalayın ya da erişim izni isteyin.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Yedek yazılamadı.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Yedek şuraya yazıldı: %1.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Tanıtımı dene</translation>
    </message>
    <message>
        <source>The demo needs a new file, not the database that is open.</source>
        <translation>Tanıtım için açık olan veritabanı değil, yeni bir dosya gerekir.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Tanıtım veritabanı hazırlanıyor…</translation>
    </message>
    <message>
        <source>The demo could not be made in %1.</source>
        <translation>Tanıtım %1 içinde oluşturulamadı.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PlanDesk.</source>
        <translation>Bu veritabanı PlanDesk&apos;in daha yeni bir sürümüyle oluşturulmuş.</translation>
    </message>
    <message>
        <source>Install the newer PlanDesk to open it. The file was not changed.</source>
        <translation>Açmak için PlanDesk&apos;in yeni sürümünü kurun. Dosya değiştirilmedi.</translation>
    </message>
    <message>
        <source>PlanDesk could not open the database because of an unexpected error.</source>
        <translation>PlanDesk beklenmeyen bir hata nedeniyle veritabanını açamadı.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>This file is not a PlanDesk database, or it is damaged.</source>
        <translation>Bu dosya bir PlanDesk veritabanı değil ya da bozuk.</translation>
    </message>
    <message>
        <source>Open another database with File → Open database….</source>
        <translation>Başka bir veritabanını Dosya → Veritabanı aç… ile açabilirsiniz.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Veritabanı açılamıyor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <source>No institution set up yet</source>
        <translation>Henüz kurum bilgisi girilmedi</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Henüz plan yok</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, rapor teslim tarihi %3</translation>
    </message>
    <message>
        <source>Opening the database %1…</source>
        <translation>Veritabanı açılıyor: %1…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Veritabanı: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>Some typed text is not saved yet:</source>
        <translation>Yazılan bazı metinler henüz kaydedilmedi:</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Kaydet ve çık</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Kaydetmeden çık</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Açık veritabanı yok</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PlanDesk veritabanları (*.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Save a backup of the database</source>
        <translation>Veritabanının yedeğini kaydet</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>PlanDesk hakkında</translation>
    </message>
    <message>
        <source>PlanDesk %1</source>
        <translation>PlanDesk %1</translation>
    </message>
    <message>
        <source>Keeps an action plan against violence towards women, the progress of every activity, the events held and the signed returns sent upward. Works fully offline: PlanDesk never sends anything over the network by itself.</source>
        <translation>Kadına yönelik şiddetle mücadele eylem planını, her faaliyetin ilerleyişini, düzenlenen etkinlikleri ve üst makama gönderilen imzalı raporları tutar. Tamamen çevrimdışı çalışır: PlanDesk ağ üzerinden kendiliğinden hiçbir şey göndermez.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Geçerli dönem</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Son veritabanları</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Yeni veritabanı…</translation>
    </message>
    <message>
        <source>Try the &amp;demo in a new file…</source>
        <translation>&amp;Tanıtımı yeni bir dosyada dene…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Başlarken</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Günlük klasörünü aç</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Veritabanı &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Yedekle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>PlanDesk &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation>Bu dönemin raporu imzalandı (sürüm {version}); rapor metni artık değiştirilemez. Değiştirmek için Raporlar sayfasında raporu düzeltin.</translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation>Buraya yazın; yazdıkça kaydedilir.</translation>
    </message>
    <message>
        <source>the narrative of %1</source>
        <translation>%1 rapor metni</translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation>{period} dönemi rapor metni</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Kaydedildi: {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Kaydedilmedi: {reason}</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Rapor metni</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation>Dönem raporunun serbest metin bölümü. Bölümler Ayarlar&apos;da belirlenen bölüm düzenini izler; yazmayı bıraktıktan kısa süre sonra her değişiklik kaydedilir.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Yeni plan</translation>
    </message>
    <message>
        <source>The plan&apos;s title and its reporting periods. Goals and activities are typed in the table afterwards; the periods can be changed in Settings until something is recorded in them.</source>
        <translation>Planın adı ve raporlama dönemleri. Hedefler ve faaliyetler sonra tabloya yazılır; dönemler, içlerine bir şey kaydedilene kadar Ayarlar&apos;dan değiştirilebilir.</translation>
    </message>
    <message>
        <source>e.g. Action plan against violence 2025</source>
        <translation>ör. Şiddetle mücadele eylem planı 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Yıl</translation>
    </message>
    <message>
        <source>&amp;Reporting periods</source>
        <translation>&amp;Raporlama dönemleri</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Planı başlat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Planın bir adı olmalı.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation>Bölüm ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation>Bölüm düzenini kaydet</translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation>Bölümü yeniden adlandırmak için başlığına çift tıklayın</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Yeni bölüm</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation>Anahtar parolası</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Cihaz PIN&apos;i</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Tekrar:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>En az %n karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>İki parola aynı değil.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Belirlenme şekli</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>kurala göre</translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation>Bu dönemin teslim tarihini elle belirlemek için çift tıklayın</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation>Seçili hedefin ardından bir hedef ekle</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Alt hedef ekle</translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation>Seçili hedefe bir alt hedef ekle</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Faaliyet ekle</translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation>Seçili alt hedefin altına ya da seçili faaliyetin ardından bir faaliyet ekle</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Üste ekle</translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation>Seçili öğenin üstüne aynı türden bir öğe ekle</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Alta ekle</translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation>Seçili öğenin altına aynı türden bir öğe ekle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation>Seçili öğeyi yan panelde düzenle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation>Seçili öğeyi altındaki her şeyle birlikte sil</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>İçeri al</translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation>Öğeyi üstündeki öğenin altına taşı</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Dışarı al</translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation>Öğeyi bir düzey yukarı taşı</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation>Öğeyi aynı düzeydeki öğeler arasında yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation>Öğeyi aynı düzeydeki öğeler arasında aşağı taşı</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Satır yapıştır</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation>Excel&apos;den veya Word&apos;den kopyalanan satırları seçili öğenin altına yapıştır</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Yeniden numarala…</translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation>Kodları ağaç sırasına göre yeniden numaralandır (önce eski → yeni gösterilir)</translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation>Dipnotlar…</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation>Planın dipnotlarını düzenle</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Plan içe aktar…</translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation>Excel, CSV veya PlanDesk dosyasından plan içe aktar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>Ayrıntılar panelini göster veya gizle</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Bu dosya içe aktarılamıyor: %1</translation>
    </message>
    <message>
        <source>Import plan from %1</source>
        <translation>Planı içe aktar: %1</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>Plan içe aktarılmadı: %1</translation>
    </message>
    <message>
        <source>The template from %1 is signed by a certificate this database does not trust yet:
%2</source>
        <translation>%1 kurumundan gelen şablon, bu veritabanının henüz güvenmediği bir sertifikayla imzalanmış:
%2</translation>
    </message>
    <message>
        <source>Before you trust it, ask the directorate for its certificate&apos;s fingerprint (by telephone or on paper) and compare it with this one:

%1</source>
        <translation>Güvenmeden önce müdürlükten sertifikasının parmak izini (telefonla ya da yazılı olarak) isteyin ve bununla karşılaştırın:

%1</translation>
    </message>
    <message>
        <source>Import plan template from %1</source>
        <translation>%1 dosyasından plan şablonunu içe aktar</translation>
    </message>
    <message>
        <source>The plan template version %1 from %2 was imported.</source>
        <translation>%2 kurumunun %1. sürüm plan şablonu içe aktarıldı.</translation>
    </message>
    <message>
        <source>The plan was updated to template version %1 from %2; progress and events are kept.</source>
        <translation>Plan, %2 kurumunun %1. sürüm şablonuna güncellendi; ilerleme ve etkinlikler korundu.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start the plan “%1”</source>
        <translation>“%1” planını başlat</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Açık veritabanı yok. Dosya → Veritabanı aç… ile bir veritabanı açın.</translation>
    </message>
    <message>
        <source>The plan “%1” has no goals yet. Add the first one with “Add goal”, or import the plan from a file.</source>
        <translation>“%1” planında henüz hedef yok. İlkini “Hedef ekle” ile ekleyin ya da planı bir dosyadan içe aktarın.</translation>
    </message>
    <message>
        <source>Add the first goal</source>
        <translation>İlk hedefi ekle</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.</source>
        <translation>Bu veritabanında henüz plan yok. Planı boş bir tabloya yazın, bir dosyadan içe aktarın (Excel, CSV ya da üst müdürlükten gelen şablon) veya önce bir tanıtımda göz atın.</translation>
    </message>
    <message>
        <source>Type in a new plan…</source>
        <translation>Yeni plan yaz…</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Dipnotlar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Eylem planı</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>Plan tablosu</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Bul…</translation>
    </message>
    <message>
        <source>Shows the goals and activities whose code or text holds these words (Ctrl+F)</source>
        <translation>Kodunda veya metninde bu sözcükler geçen hedef ve faaliyetleri gösterir (Ctrl+F)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tümünü aç</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tümünü kapat</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Öğe ayrıntıları</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Plan içe aktar…</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Tanıtımı dene…</translation>
    </message>
</context>
<context>
    <name>PlanPrompts</name>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Bu sertifikaya güvenilsin mi?</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Güven ve içe aktar</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Eylem planı</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Planı içe aktar</translation>
    </message>
    <message>
        <source>Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Plan tabloları (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <source>Your plan: “%1”, %n activities.</source>
        <translation>
            <numerusform>Planınız: “%1”, %n faaliyet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan in this database yet.</source>
        <translation>Bu veritabanında henüz plan yok.</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Planımız</translation>
    </message>
    <message>
        <source>The goals and activities you report on, period after period. Choose how it comes into PlanDesk; whatever you choose is one step of Edit → Undo.</source>
        <translation>Dönem dönem rapor verdiğiniz hedefler ve faaliyetler. Planın PlanDesk&apos;e nasıl geleceğini seçin; seçiminiz Düzen → Geri al ile tek adımda geri alınır.</translation>
    </message>
    <message>
        <source>Type it in…</source>
        <translation>Kendim yazacağım…</translation>
    </message>
    <message>
        <source>Start with an empty table: its title and periods, then goal by goal.</source>
        <translation>Boş bir tabloyla başlayın: önce adı ve dönemleri, sonra hedef hedef.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Dosyadan aktar…</translation>
    </message>
    <message>
        <source>An Excel or CSV table of the plan, its columns matched in a preview.</source>
        <translation>Planın Excel veya CSV tablosu; sütunlar bir önizlemede eşleştirilir.</translation>
    </message>
    <message>
        <source>Open a template…</source>
        <translation>Şablon aç…</translation>
    </message>
    <message>
        <source>The signed plan file (.json) your directorate sent: its signature is checked before anything is stored.</source>
        <translation>Müdürlüğünüzün gönderdiği imzalı plan dosyası (.json): bir şey kaydedilmeden önce imzası denetlenir.</translation>
    </message>
    <message>
        <source>We keep no plan</source>
        <translation>Planımız yok</translation>
    </message>
    <message>
        <source>Only log the events you hold; a plan of events, a period a year.</source>
        <translation>Yalnızca düzenlediğiniz etkinlikleri kaydedin; yılda bir dönemlik bir etkinlik planı.</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Tanıtımı dene…</translation>
    </message>
    <message>
        <source>A ready-made example in a separate file, to look around first; this database stays as it is.</source>
        <translation>Önce göz atmak için ayrı bir dosyada hazır bir örnek; bu veritabanı olduğu gibi kalır.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1: %2 – %3, return due %4</source>
        <translation>%1: %2 – %3, rapor teslim tarihi %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Gerçekleştirilmeyecekse nedeni</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>İş birliği yapılacak kurumlar: %1</translation>
    </message>
    <message>
        <source>Planned in %1</source>
        <translation>Planlandığı dönem: %1</translation>
    </message>
</context>
<context>
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planlanan tarih</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlanan</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Alt hedef</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dosyada</translation>
    </message>
    <message>
        <source>no code: numbered by PlanDesk</source>
        <translation>kod yok: PlanDesk numaraladı</translation>
    </message>
    <message>
        <source>numbered %1 in its section</source>
        <translation>bölümünde %1 numaralı</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Türü</translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation>Raporların dili</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Yöneticinin adı soyadı</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Yöneticinin unvanı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>Üst kurum (kod)</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>Üst kurum (ad)</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>Üst kurum e-postası</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Okul</translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation>İlçe müdürlüğü</translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation>İl müdürlüğü</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Bakanlık</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Müdürlük</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisyon</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Sendika</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation>ör. MEB-10</translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation>boş: üst kuruma rapor verilmez</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation>Yalnızca harf, rakam ve . - / _ kullanın (en çok 64).</translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation>Kurumun bir kodu olmalıdır.</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>Kurumun bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation>Bir kurum kendisine rapor veremez.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who we are</source>
        <translation>Biz kimiz</translation>
    </message>
    <message>
        <source>The institution that signs the returns, its head, and the institution it reports to with that one&apos;s e-mail address (the returns are addressed to it). Everything can be changed later in Settings.</source>
        <translation>Raporları imzalayan kurum, yöneticisi ve rapor verdiği üst kurum ile onun e-posta adresi (raporlar ona gönderilir). Hepsi sonradan Ayarlar&apos;dan değiştirilebilir.</translation>
    </message>
</context>
<context>
    <name>ProgressClipboard</name>
    <message>
        <source>“%1” is not a status: paste status words (Done, Not done…) or their keys (D, N, P, L, A).</source>
        <translation>“%1” bir durum değil: durum sözcüklerini (Yapıldı, Yapılmadı…) ya da tuşlarını (D, N, P, L, A) yapıştırın.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>%n hücre yapıştır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, rapor teslim tarihi %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation>Kilitli: bu dönemin raporu imzalandı.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>planlanmadı</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>işaretlenmedi</translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation>%1 etk./%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Hedeflenen: %1</translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation>Bu dönemde planlanmadı</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Planlanan: %1</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Henüz durum girilmedi</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Katılımcı: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Gerçekleşen: %1</translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation>Etkinlik: %1 (%2 katılımcı)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Neden: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation>%1 kilitli: bu dönemin raporu (sürüm %2) imzalandı</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation>Dönemin ilerleme kayıtları artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation>%1 (%2): %3 olarak işaretle</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>%1 (%2): işareti temizle</translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation>%n hücreyi %3 olarak işaretle</translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation>%n hücreyi temizle</translation>
    </message>
    <message>
        <source>the text typed for %1 on the Progress page</source>
        <translation>İlerleme sayfasında %1 için yazılan metin</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation>%2 (%3) için %1 belgesini ekle</translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation>Kanıt belgesini kaldır: %1</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Tüm faaliyetler</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Yapılmayanlar</translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation>Nedeni girilmeyenler</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçenler</translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation>Yalnızca bu türden dönemi olan faaliyetleri göster</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Bul…</translation>
    </message>
    <message>
        <source>Finds activities by code or text (Ctrl+F)</source>
        <translation>Faaliyetleri koda veya metne göre bulur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation>Del temizler · Enter ayrıntıları açar · Shift+oklar daha çok hücre seçer</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Açık veritabanı yok. Dosya → Veritabanı aç… ile bir veritabanı açın.</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation>Bu veritabanında henüz plan yok. Planı Eylem planı sayfasında oluşturun ya da içe aktarın.</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planlandı</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Yapılmadı</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Kapsam dışı</translation>
    </message>
</context>
<context>
    <name>ReceivedSignerDialog</name>
    <message>
        <source>Certificate of a return received</source>
        <translation>Gelen bir raporun sertifikası</translation>
    </message>
    <message>
        <source>Returns received from %1 (%2). Choose one: the certificate it was signed with is shown. Compare its fingerprint with the institution (by telephone) before you trust it.</source>
        <translation>%1 (%2) kurumundan gelen raporlar. Birini seçin: imzalandığı sertifika gösterilir. Güvenmeden önce parmak izini kurumla (telefonla) karşılaştırın.</translation>
    </message>
    <message>
        <source>Take this return in again once the certificate is trusted</source>
        <translation>Sertifikaya güvenildikten sonra bu raporu yeniden al</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Bu sertifikaya güven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Nothing signed has been received with this code.</source>
        <translation>Bu kodla imzalı hiçbir şey gelmedi.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifika</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>Last return</source>
        <translation>Son rapor</translation>
    </message>
    <message numerus="yes">
        <source>Subject bound (%n)</source>
        <translation>
            <numerusform>Bağlı konu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: its returns are refused</source>
        <translation>Yok: raporları reddedilir</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n tane daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Konu: %1
Veren: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate has expired: returns signed with it are refused.</source>
        <translation>Sertifikanın süresi doldu: onunla imzalanan raporlar reddedilir.</translation>
    </message>
    <message>
        <source>The certificate expires soon: issue or bind a new one.</source>
        <translation>Sertifikanın süresi yakında doluyor: yenisini verin ya da bağlayın.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation>Kodları yeniden numaralandır</translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation>Bu kodlar ağaç sırasını izleyecek şekilde değişecek. İlerleme kayıtları, etkinlikler ve raporlar ilgili öğelerde kalır.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>1 kodu yeniden numaralandır</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>%n kodu yeniden numaralandır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation>Eski kod</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Yeni kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation>Raporlama düzeni</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Teslim süresi</translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation>gün (dönem bitiminden sonra)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>Kurala dön</translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation>Bir teslim tarihini elle belirlemek için üzerine çift tıklayın; “Kurala dön”, seçili dönemin tarihini yeniden kurala bağlar.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Üç aylık dönemler</translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation>Dört aylık dönemler (I/II/III)</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Altı aylık dönemler</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Aylık dönemler</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Yıllık (tek dönem)</translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation>Özel dönemler (kampanya)</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>İmzalayan</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>İmza tarihi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1 (birleştirilmiş)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation>Bu dönem, imzalı raporuyla kilitlendi (sürüm %1, %2): ilerleme kayıtları, etkinlikleri ve rapor metni değiştirilemez. Değiştirmek için raporu düzeltin.</translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation>
            <numerusform>Burada imzalanan raporlar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation>Burada henüz rapor imzalanmadı.</translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation>Henüz plan olmadığından hazırlanacak rapor da yok.</translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation>Raporun dönemini ve dilini seçin, ardından yazdırılacağı hâliyle görmek için Önizleme düğmesine basın.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Beklenmeyen bir hata oluştu; hiçbir şey kaydedilmedi. Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Önizleme hazırlanıyor…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Önizleme için pdftoppm programı (poppler-utils) gerekiyor, ancak bu program kurulu değil. İmzalama ve kaydetme onsuz da çalışır.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, signed %3 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Sürüm %1, %3 tarihinde imzalandı — %n sayfanın ilk %2 sayfası.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Sürüm %1, henüz imzalanmadı — %n sayfanın ilk %2 sayfası.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>İmza kimliği yok</translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation>Henüz imza kimliği yok.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Ayarlar → İmza kimliği bölümünde bir kimlik oluşturun ya da .p12 dosyanızı içe aktarın.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with the key on your token. Plug it in and type its PIN.</source>
        <translation>%1 raporu anahtar cihazınızdaki anahtarla imzalanır. Cihazı takın ve PIN&apos;ini yazın.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation>%1 raporu anahtarınızla imzalanacak. Anahtar parolasını yazın.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal, on its token. Plug it in and type its PIN.</source>
        <translation>Rapor ardından kurum mührüyle, mührün cihazında mühürlenir. Cihazı takın ve PIN&apos;ini yazın.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal. Type the seal key&apos;s password.</source>
        <translation>Rapor ardından kurum mührüyle mühürlenir. Mühür anahtarının parolasını yazın.</translation>
    </message>
    <message>
        <source>This password does not open the signing key. Type it again.</source>
        <translation>Bu parola imza anahtarını açmıyor. Yeniden yazın.</translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation>İmzalı raporun kaydedileceği klasör</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>İmzalanıyor ve kaydediliyor…</translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation>İmzalanıp %1 klasörüne kaydedildi: %2</translation>
    </message>
    <message>
        <source>The return of %1 is signed (version %2) and saved.</source>
        <translation>%1 raporu imzalandı (sürüm %2) ve kaydedildi.</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>Yanıt belgesi al…</translation>
    </message>
    <message>
        <source>The answer of the body above: accepted, or sent back for correction</source>
        <translation>Üst kurumun yanıtı: kabul edildi ya da düzeltilmek üzere iade edildi</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Yakınlaştır (Ctrl+artı)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Uzaklaştır (Ctrl+eksi)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2). Sign the period again after “Correct this return…”, or copy them back there.</source>
        <translation>İmzalı %1 dosyaları kaydedildikleri yerde (%2) artık yok. “Bu raporu düzelt…” ile dönemi yeniden imzalayın ya da dosyaları oraya geri kopyalayın.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>E-posta, e-posta programınızda açık: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>E-postayı açan bir e-posta programı yok, bu yüzden klasörü gösteriliyor: %1 dosyasını e-postanıza ekleyin ya da sürükleyin.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation>(alıcının e-posta adresi bilinmiyor: lütfen doldurun)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 artık kaydedildiği yerde (%2) değil.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation>Bu raporu düzelt</translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation>%1 raporu (sürüm %2) düzeltilsin mi?</translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation>Dönem değişikliklere açılır. İmzalı dosyalar geçerliliğini korur ve listede kalır; bir sonraki imzalı rapor sürüm %1 olarak bunun yerine geçer.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation>Dönem değişikliklere açık; bir sonraki imzalı rapor sürüm %1 olacak.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation>Dönem raporu, seçtiğiniz dilde imzalı PDF ve Excel dosyası olarak, gönderilmeye hazır bir e-postayla birlikte hazırlanır. İmzalama, dönemin verilerini kilitler.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Dönem:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Raporun dili:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>İmzala ve kaydet…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>E-posta hazırla</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>İmzadan sonra: iki dosyanın da ekli olduğu bir e-posta</translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation>Bu raporu düzelt…</translation>
    </message>
    <message>
        <source>A receipt from the body above</source>
        <translation>Üst kurumdan bir yanıt belgesi</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Yanıt belgeleri (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Receipt imported: %1</source>
        <translation>Yanıt belgesi alındı: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Version %1 accepted by %2 on %3.</source>
        <translation>Sürüm %1, %3 tarihinde %2 tarafından kabul edildi.</translation>
    </message>
    <message>
        <source>Version %1 sent back by %2 on %3: %4. The period is open for version %5.</source>
        <translation>Sürüm %1, %3 tarihinde %2 tarafından iade edildi: %4. Dönem, sürüm %5 için açık.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Yeniden gönderildi</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Henüz incelenmedi</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept the return</source>
        <translation>Raporu kabul et</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>İade et</translation>
    </message>
    <message>
        <source>Accept %1. The institution is told by a receipt signed with your key.</source>
        <translation>%1 kabul edilsin. Kurum, anahtarınızla imzalanan bir yanıt belgesiyle bilgilendirilir.</translation>
    </message>
    <message>
        <source>Send %1 back for correction. The institution is told why by a receipt signed with your key; its period opens for version %2.</source>
        <translation>%1 düzeltilmek üzere iade edilsin. Kurum, nedenini anahtarınızla imzalanan bir yanıt belgesinden öğrenir; dönemi sürüm %2 için açılır.</translation>
    </message>
    <message>
        <source>What to correct (required)</source>
        <translation>Neyin düzeltileceği (zorunlu)</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Bir not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Tokenin PIN&apos;i:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Anahtar parolası:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Save the receipt as:</source>
        <translation>Yanıt belgesinin kaydı:</translation>
    </message>
    <message>
        <source>Prepare an e-mail to %1 with the receipt</source>
        <translation>Yanıt belgesiyle %1 adresine bir e-posta hazırla</translation>
    </message>
    <message>
        <source>Prepare an e-mail with the receipt (no address is known)</source>
        <translation>Yanıt belgesiyle bir e-posta hazırla (adres bilinmiyor)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Yanıt belgesini farklı kaydet</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Yanıt belgeleri (*.json)</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>Neyin düzeltileceğini yazın.</translation>
    </message>
    <message numerus="yes">
        <source>The reason may hold at most %n characters.</source>
        <translation>
            <numerusform>Gerekçe en fazla %n karakter olabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Var olan bir klasörde bir dosya seçin.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>period %1 is frozen by its signed return (version %2 on %3); correct the return to change its data</source>
        <translation>%1 dönemi imzalı raporuyla kilitlendi (sürüm %2, %3); verilerini değiştirmek için raporu düzeltin</translation>
    </message>
    <message>
        <source>period %1 is frozen by its signed return (version %2); correct the return to change its data</source>
        <translation>%1 dönemi imzalı raporuyla kilitlendi (sürüm %2); verilerini değiştirmek için raporu düzeltin</translation>
    </message>
    <message>
        <source>the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>%1 dönemi bu arada %2 tarafından imzalandı (sürüm %3, %4 UTC); burada hiçbir şey imzalanmadı, lütfen yeniden bakın</translation>
    </message>
    <message>
        <source>the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>%1 dönemine ait birleştirilmiş rapor bu arada %2 tarafından imzalandı (sürüm %3, %4 UTC); burada hiçbir şey imzalanmadı, lütfen yeniden bakın</translation>
    </message>
    <message>
        <source>the key password needs at least %1 characters</source>
        <translation>anahtar parolası en az %1 karakter olmalıdır</translation>
    </message>
    <message>
        <source>wrong password for the signing key</source>
        <translation>imza anahtarının parolası yanlış</translation>
    </message>
    <message>
        <source>the stored root key is not usable</source>
        <translation>kayıtlı kök anahtar kullanılamıyor</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (head or seal)</source>
        <translation>bilinmeyen rol &apos;%1&apos; (yönetici ya da mühür)</translation>
    </message>
    <message>
        <source>fill in the institution&apos;s profile first (Settings)</source>
        <translation>önce kurum bilgilerini doldurun (Ayarlar)</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 key file (too large)</source>
        <translation>bu bir PKCS#12 anahtar dosyası değil (boyutu çok büyük)</translation>
    </message>
    <message>
        <source>the key file cannot be opened: wrong password or not a PKCS#12 file</source>
        <translation>anahtar dosyası açılamıyor: parola yanlış ya da dosya bir PKCS#12 dosyası değil</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with a certificate</source>
        <translation>PKCS#12 dosyasında sertifikası olan bir özel anahtar yok</translation>
    </message>
    <message>
        <source>only RSA keys are supported for signing returns</source>
        <translation>rapor imzalamak için yalnızca RSA anahtarları desteklenir</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>sertifikanın süresi %1 tarihinde doldu</translation>
    </message>
    <message>
        <source>there is no seal identity yet: create one, import a .p12 file or register a token for the seal (Settings → Signing identity)</source>
        <translation>henüz mühür kimliği yok: bir tane oluşturun, bir .p12 dosyası içe aktarın ya da mühür için bir anahtar cihazı kaydedin (Ayarlar → İmza kimliği)</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one or import a .p12 file (Settings → Signing identity)</source>
        <translation>henüz imza kimliği yok: bir tane oluşturun ya da bir .p12 dosyası içe aktarın (Ayarlar → İmza kimliği)</translation>
    </message>
    <message>
        <source>this signing key is on a token: its PIN opens it, not a password</source>
        <translation>bu imza anahtarı bir anahtar cihazında: onu parola değil, cihazın PIN&apos;i açar</translation>
    </message>
    <message>
        <source>the stored signing key is not usable</source>
        <translation>kayıtlı imza anahtarı kullanılamıyor</translation>
    </message>
    <message>
        <source>the token&apos;s certificate is not the one registered: register the token again (Settings → Signing identity)</source>
        <translation>anahtar cihazındaki sertifika kayıtlı sertifika değil: cihazı yeniden kaydedin (Ayarlar → İmza kimliği)</translation>
    </message>
    <message>
        <source>the file is not a certificate (PEM or DER)</source>
        <translation>dosya bir sertifika değil (PEM ya da DER)</translation>
    </message>
    <message>
        <source>plan %1 is no longer in this database</source>
        <translation>%1 numaralı plan artık bu veritabanında yok</translation>
    </message>
    <message>
        <source>there is no plan yet: type it in or import it on the Plan page</source>
        <translation>henüz plan yok: planı Eylem planı sayfasında yazın ya da içe aktarın</translation>
    </message>
    <message>
        <source>the plan has no period %1 (its periods: %2)</source>
        <translation>planda %1 dönemi yok (dönemleri: %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a campaign plan needs the start and end of its window</source>
        <translation>kampanya planı için kampanya döneminin başlangıç ve bitiş tarihleri gereklidir</translation>
    </message>
    <message>
        <source>a %1 has no code: &apos;%2&apos;</source>
        <translation>kodu olmayan %1: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>code %1 appears twice; codes must be unique in a plan</source>
        <translation>%1 kodu iki kez geçiyor; bir plandaki kodlar birbirinden farklı olmalıdır</translation>
    </message>
    <message>
        <source>item %1 has no description</source>
        <translation>%1 öğesinin açıklaması yok</translation>
    </message>
    <message>
        <source>item %1 is planned in %2, which is not a period of the plan (%3)</source>
        <translation>%1 öğesi %2 döneminde planlanmış, ancak bu, planın dönemlerinden biri değil (%3)</translation>
    </message>
    <message>
        <source>item %1 refers to footnote %2, which is missing</source>
        <translation>%1 öğesi %2 dipnotuna atıf yapıyor, ancak bu dipnot yok</translation>
    </message>
    <message>
        <source>a campaign window needs its first and last day</source>
        <translation>kampanya döneminin ilk ve son günü belirtilmelidir</translation>
    </message>
    <message>
        <source>custom window %1 ends before it starts</source>
        <translation>%1 özel dönemi başlamadan önce bitiyor</translation>
    </message>
    <message>
        <source>a first and a last day are set only for a campaign window</source>
        <translation>ilk ve son gün yalnızca kampanya dönemi için belirlenir</translation>
    </message>
    <message>
        <source>%1 is not a plan year (1990 to 2100)</source>
        <translation>%1 geçerli bir plan yılı değil (1990 ile 2100 arası)</translation>
    </message>
    <message>
        <source>a new plan needs a title</source>
        <translation>yeni planın bir adı olmalıdır</translation>
    </message>
    <message>
        <source>a plan title may hold at most %1 characters</source>
        <translation>plan adı en çok %1 karakter olabilir</translation>
    </message>
    <message>
        <source>the plan&apos;s title cannot be empty</source>
        <translation>planın adı boş olamaz</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>bilinmeyen dil &apos;%1&apos; (şunlardan biri olmalıdır: %2)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods cannot change: it already has %1 (start a new plan, or keep them)</source>
        <translation>planın dönemleri değiştirilemez: planda zaten %1 var (yeni bir plan başlatın ya da dönemleri koruyun)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable institution code (letters, digits, . - / _; up to %2 bytes)</source>
        <translation>&apos;%1&apos; kullanılabilir bir kurum kodu değil (harf, rakam, . - / _; en çok %2 bayt)</translation>
    </message>
    <message>
        <source>the institution needs a name</source>
        <translation>kurumun bir adı olmalıdır</translation>
    </message>
    <message>
        <source>unknown institution kind &apos;%1&apos; (one of: %2)</source>
        <translation>bilinmeyen kurum türü &apos;%1&apos; (şunlardan biri olmalıdır: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; bir e-posta adresi değil</translation>
    </message>
    <message>
        <source>an institution cannot report to itself</source>
        <translation>bir kurum kendisine rapor veremez</translation>
    </message>
    <message>
        <source>code %1 already belongs to another institution</source>
        <translation>%1 kodu zaten başka bir kuruma ait</translation>
    </message>
    <message>
        <source>this plan item no longer exists</source>
        <translation>bu plan öğesi artık yok</translation>
    </message>
    <message>
        <source>the code cannot be empty</source>
        <translation>kod boş olamaz</translation>
    </message>
    <message>
        <source>code %1 is already used in this plan</source>
        <translation>%1 kodu bu planda zaten kullanılıyor</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>bilinmeyen öğe türü &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item %1 needs a description</source>
        <translation>%1 öğesinin bir açıklaması olmalıdır</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited</source>
        <translation>&apos;%1&apos; düzenlenemez</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>hedeflenen değer negatif olamaz</translation>
    </message>
    <message>
        <source>footnote %1 does not exist in this plan</source>
        <translation>bu planda %1 dipnotu yok</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan</source>
        <translation>%1 bu planın dönemlerinden biri değil</translation>
    </message>
    <message>
        <source>an item cannot be moved under itself</source>
        <translation>bir öğe kendi altına taşınamaz</translation>
    </message>
    <message>
        <source>%1 has no item above it on its level to go under</source>
        <translation>%1 öğesinin üstünde, aynı düzeyde altına taşınabileceği bir öğe yok</translation>
    </message>
    <message>
        <source>%1 is already at the top level</source>
        <translation>%1 zaten en üst düzeyde</translation>
    </message>
    <message>
        <source>there is nothing to insert</source>
        <translation>eklenecek bir şey yok</translation>
    </message>
    <message>
        <source>every pasted row needs a code and a text</source>
        <translation>yapıştırılan her satırda bir kod ve bir metin olmalıdır</translation>
    </message>
    <message>
        <source>%1: %2 is not a period of this plan</source>
        <translation>%1: %2 bu planın dönemlerinden biri değil</translation>
    </message>
    <message>
        <source>every footnote needs a mark and a text</source>
        <translation>her dipnotun bir işareti ve bir metni olmalıdır</translation>
    </message>
    <message>
        <source>two footnotes have the same mark</source>
        <translation>iki dipnot aynı işareti taşıyor</translation>
    </message>
    <message>
        <source>footnote %1 is still used by a plan item</source>
        <translation>%1 dipnotu hâlâ bir plan öğesinde kullanılıyor</translation>
    </message>
    <message>
        <source>event %1 is not in this plan (it may have been deleted)</source>
        <translation>%1 numaralı etkinlik bu planda yok (silinmiş olabilir)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>etkinliğin bir adı olmalıdır</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; etkinliği: %2</translation>
    </message>
    <message>
        <source>an event cannot end before it starts</source>
        <translation>etkinliğin bitiş tarihi başlangıç tarihinden önce olamaz</translation>
    </message>
    <message>
        <source>the plan of this event no longer exists</source>
        <translation>bu etkinliğin planı artık yok</translation>
    </message>
    <message>
        <source>event %1 exists already</source>
        <translation>%1 numaralı etkinlik zaten var</translation>
    </message>
    <message>
        <source>the plan has no item with code %1</source>
        <translation>planda %1 kodlu bir öğe yok</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>bilinmeyen durum &apos;%1&apos; (şunlardan biri olmalıdır: %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; progress is marked on activities</source>
        <translation>%1 bir %2; ilerleme yalnızca faaliyetlerde işaretlenir</translation>
    </message>
    <message>
        <source>%1 in %2: &apos;not done&apos; needs a reason</source>
        <translation>%1 (%2): &apos;yapılmadı&apos; durumu için neden yazılmalıdır</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>katılımcı sayısı negatif olamaz</translation>
    </message>
    <message>
        <source>the achieved value cannot be negative</source>
        <translation>gerçekleşen değer negatif olamaz</translation>
    </message>
    <message>
        <source>a date done is given only for done or in-progress activities</source>
        <translation>gerçekleşme tarihi yalnızca yapılan ya da devam eden faaliyetler için girilir</translation>
    </message>
    <message>
        <source>date %1 lies outside period %2 (%3–%4, due %5)</source>
        <translation>%1 tarihi %2 döneminin dışında (%3–%4, teslim tarihi %5)</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 evidence file(s); remove them before clearing the mark</source>
        <translation>%1 (%2) için %3 kanıt belgesi var; işareti temizlemeden önce bunları kaldırın</translation>
    </message>
    <message>
        <source>the outline has section &apos;%1&apos; twice</source>
        <translation>bölüm düzeninde &apos;%1&apos; bölümü iki kez var</translation>
    </message>
    <message>
        <source>section %1 of the outline needs a title</source>
        <translation>bölüm düzenindeki %1. bölümün bir başlığı olmalıdır</translation>
    </message>
    <message>
        <source>the outline needs at least one section</source>
        <translation>bölüm düzeninde en az bir bölüm olmalıdır</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the outline</source>
        <translation>&apos;%1&apos; bölüm düzenindeki bölümlerden biri değil</translation>
    </message>
    <message>
        <source>a section may hold at most %1 characters</source>
        <translation>bir bölüm en çok %1 karakter içerebilir</translation>
    </message>
    <message>
        <source>the outline has no section &apos;%1&apos; (its sections: %2)</source>
        <translation>bölüm düzeninde &apos;%1&apos; bölümü yok (bölümleri: %2)</translation>
    </message>
    <message>
        <source>the due date must fall 0 to 365 days after the period ends</source>
        <translation>teslim tarihi, dönem bitiminden sonraki 0 ile 365 gün arasında olmalıdır</translation>
    </message>
    <message>
        <source>the due date of %1 cannot be before the period starts</source>
        <translation>%1 döneminin teslim tarihi, dönem başlamadan önce olamaz</translation>
    </message>
    <message>
        <source>campaign windows are set as custom periods, not by a scheme</source>
        <translation>kampanya dönemleri bir raporlama düzeniyle değil, özel dönemler olarak belirlenir</translation>
    </message>
    <message>
        <source>the reporting scheme can only change before any progress or planned period is entered; start a new plan for a new scheme</source>
        <translation>raporlama düzeni yalnızca herhangi bir ilerleme ya da planlanan dönem girilmeden önce değiştirilebilir; yeni bir düzen için yeni bir plan başlatın</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf or xlsx)</source>
        <translation>bilinmeyen biçim &apos;%1&apos; (pdf ya da xlsx)</translation>
    </message>
    <message>
        <source>a detached .p7s signature is made only for a signed return</source>
        <translation>ayrık .p7s imzası yalnızca imzalı bir rapor için oluşturulur</translation>
    </message>
    <message>
        <source>the seal signs after the head: sign to seal</source>
        <translation>mühür, yöneticinin imzasından sonra eklenir: mühürlemek için raporu imzalayın</translation>
    </message>
    <message>
        <source>period %1 has no signed return to correct</source>
        <translation>%1 döneminin düzeltilecek imzalı bir raporu yok</translation>
    </message>
    <message>
        <source>this database already holds a plan; open the demo in a new database file</source>
        <translation>bu veritabanında zaten bir plan var; tanıtımı yeni bir veritabanı dosyasında açın</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split the file)</source>
        <translation>%1 dosyası %2 MB; kanıt belgeleri en çok %3 MB olabilir (daha düşük çözünürlükte tarayın ya da dosyayı bölün)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 bir dosya değil</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 dosyası boş</translation>
    </message>
    <message>
        <source>this event no longer exists</source>
        <translation>bu etkinlik artık yok</translation>
    </message>
    <message>
        <source>this evidence file no longer exists</source>
        <translation>bu kanıt belgesi artık yok</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1, kayıtlı SHA-256 değeriyle uyuşmuyor</translation>
    </message>
    <message>
        <source>the template file is too large</source>
        <translation>şablon dosyası çok büyük</translation>
    </message>
    <message>
        <source>the template is not valid JSON</source>
        <translation>şablon geçerli bir JSON dosyası değil</translation>
    </message>
    <message>
        <source>not a PlanDesk plan template</source>
        <translation>bir PlanDesk plan şablonu değil</translation>
    </message>
    <message>
        <source>the template carries no signature</source>
        <translation>şablonda imza yok</translation>
    </message>
    <message>
        <source>the template&apos;s signature is damaged</source>
        <translation>şablonun imzası bozuk</translation>
    </message>
    <message>
        <source>the template was not accepted: %1</source>
        <translation>şablon kabul edilmedi: %1</translation>
    </message>
    <message>
        <source>the template was not accepted: it names %1 as its issuer but was signed with the key of %2</source>
        <translation>şablon kabul edilmedi: şablonu veren olarak %1 belirtilmiş, ancak şablon %2 kurumunun anahtarıyla imzalanmış</translation>
    </message>
    <message>
        <source>the template holds no plan</source>
        <translation>şablonda plan yok</translation>
    </message>
    <message>
        <source>this template (version %1) is older than the plan in use (version %2)</source>
        <translation>bu şablon (sürüm %1) kullanımdaki plandan (sürüm %2) daha eski</translation>
    </message>
    <message>
        <source>the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 %3); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>%1 kurumundan gelen şablon, bu veritabanının henüz güvenmediği %2 tarafından imzalanmış (SHA-256 %3); parmak izini şablonu veren kurumla karşılaştırın, ardından sertifikaya güvenip şablonu yeniden içe aktarın</translation>
    </message>
    <message>
        <source>the template from an unnamed issuer is signed by %1, whom this database does not trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>adı belirtilmemiş bir kurumdan gelen şablon, bu veritabanının henüz güvenmediği %1 tarafından imzalanmış (SHA-256 %2); parmak izini şablonu veren kurumla karşılaştırın, ardından sertifikaya güvenip şablonu yeniden içe aktarın</translation>
    </message>
    <message>
        <source>no return of %1 for %2 has been taken in</source>
        <translation>%1 kurumunun %2 dönemine ait hiçbir raporu alınmadı</translation>
    </message>
    <message>
        <source>a decision is %1</source>
        <translation>karar şunlardan biri olmalıdır: %1</translation>
    </message>
    <message>
        <source>a return sent back needs the reason (what to correct)</source>
        <translation>iade edilen raporun gerekçesi (neyin düzeltileceği) yazılmalıdır</translation>
    </message>
    <message>
        <source>the reason may hold at most %1 characters</source>
        <translation>gerekçe en çok %1 karakter olabilir</translation>
    </message>
    <message>
        <source>fill in this institution&apos;s profile first (Settings)</source>
        <translation>önce bu kurumun bilgilerini doldurun (Ayarlar)</translation>
    </message>
    <message>
        <source>the receipt is incomplete or damaged</source>
        <translation>yanıt belgesi eksik ya da bozuk</translation>
    </message>
    <message>
        <source>the file is too large to be a receipt</source>
        <translation>dosya bir yanıt belgesi olamayacak kadar büyük</translation>
    </message>
    <message>
        <source>the receipt is not valid JSON</source>
        <translation>yanıt belgesi geçerli bir JSON dosyası değil</translation>
    </message>
    <message>
        <source>not a PlanDesk receipt</source>
        <translation>bir PlanDesk yanıt belgesi değil</translation>
    </message>
    <message>
        <source>the receipt carries no signature</source>
        <translation>yanıt belgesinde imza yok</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature is damaged</source>
        <translation>yanıt belgesinin imzası bozuk</translation>
    </message>
    <message>
        <source>the receipt&apos;s decision is neither accepted nor sent back</source>
        <translation>yanıt belgesindeki karar ne kabul ne de iade</translation>
    </message>
    <message>
        <source>the receipt was not accepted: %1</source>
        <translation>yanıt belgesi kabul edilmedi: %1</translation>
    </message>
    <message>
        <source>the receipt was not accepted: it names %1 but was signed with the key of %2</source>
        <translation>yanıt belgesi kabul edilmedi: belgede %1 belirtilmiş, ancak belge %2 kurumunun anahtarıyla imzalanmış</translation>
    </message>
    <message>
        <source>the receipt is for %1, not for this institution</source>
        <translation>yanıt belgesi bu kuruma değil, %1 kurumuna ait</translation>
    </message>
    <message>
        <source>the receipt comes from %1, but this institution reports to %2</source>
        <translation>yanıt belgesi %1 kurumundan geliyor, ancak bu kurum %2 kurumuna rapor veriyor</translation>
    </message>
    <message>
        <source>the receipt is about version %1 of %2, which this institution did not sign (or signed with other data)</source>
        <translation>yanıt belgesi %2 döneminin %1 sürümüyle ilgili, ancak bu kurum bu sürümü imzalamadı (ya da başka verilerle imzaladı)</translation>
    </message>
    <message>
        <source>a subordinate needs a code and a name</source>
        <translation>bağlı kurumun bir kodu ve adı olmalıdır</translation>
    </message>
    <message>
        <source>this certificate belongs to institution %1, not to %2</source>
        <translation>bu sertifika %2 kurumuna değil, %1 kurumuna ait</translation>
    </message>
    <message>
        <source>this certificate is already registered for institution %1; a certificate vouches for one institution only</source>
        <translation>bu sertifika zaten %1 kurumu için kayıtlı; bir sertifika yalnızca tek bir kurum için geçerlidir</translation>
    </message>
    <message>
        <source>this certificate is already registered for an authority trusted for many; a certificate vouches for one institution only</source>
        <translation>bu sertifika zaten birden çok kurum için güvenilen bir sertifika makamı olarak kayıtlı; bir sertifika yalnızca tek bir kurum için geçerlidir</translation>
    </message>
    <message>
        <source>no header with a code and a name column found in the list</source>
        <translation>listede kod ve ad sütunları olan bir başlık satırı bulunamadı</translation>
    </message>
    <message>
        <source>the list has %1 rows of subordinates: looked for at most %2 in one list (split it into several files)</source>
        <translation>listede %1 bağlı kurum satırı var: bir listede en çok %2 satır okunur (listeyi birkaç dosyaya bölün)</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 kayıtlı bir bağlı kurum değil</translation>
    </message>
    <message>
        <source>only an identity created by PlanDesk (with its own root) can issue identities to subordinates</source>
        <translation>bağlı kurumlara imza kimliğini yalnızca PlanDesk tarafından oluşturulmuş (kendi kök sertifikası olan) bir imza kimliği verebilir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate subject (write it like CN=Name,O=Org,C=KZ)</source>
        <translation>&apos;%1&apos; geçerli bir sertifika konusu değil (CN=Ad,O=Kurum,C=TR biçiminde yazın)</translation>
    </message>
    <message>
        <source>this is a signing certificate, not an authority: trust it for its subordinate on the Subordinates page</source>
        <translation>bu bir imza sertifikası, sertifika makamı değil: bu sertifikaya Bağlı kurumlar sayfasında ilgili bağlı kurum için güvenin</translation>
    </message>
    <message>
        <source>no accepted returns for %1 to consolidate</source>
        <translation>%1 için birleştirilecek kabul edilmiş rapor yok</translation>
    </message>
    <message>
        <source>a signed consolidated return is a PDF or an XLSX</source>
        <translation>imzalı birleştirilmiş rapor PDF ya da XLSX dosyası olmalıdır</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, xlsx or json)</source>
        <translation>bilinmeyen biçim &apos;%1&apos; (pdf, xlsx ya da json)</translation>
    </message>
    <message>
        <source>the token cannot sign with %1</source>
        <translation>anahtar cihazı %1 ile imzalayamıyor</translation>
    </message>
    <message>
        <source>the token refused to sign (%1)</source>
        <translation>anahtar cihazı imzalamayı reddetti (%1)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 does not exist</source>
        <translation>PKCS#11 modülü %1 bulunamadı</translation>
    </message>
    <message>
        <source>%1 cannot be loaded as a PKCS#11 module (%2)</source>
        <translation>%1 bir PKCS#11 modülü olarak yüklenemiyor (%2)</translation>
    </message>
    <message>
        <source>no token labelled &apos;%1&apos; is plugged in</source>
        <translation>&apos;%1&apos; etiketli bir anahtar cihazı takılı değil</translation>
    </message>
    <message>
        <source>no token is plugged in (or the module sees none)</source>
        <translation>takılı bir anahtar cihazı yok (ya da modül hiçbirini görmüyor)</translation>
    </message>
    <message>
        <source>several tokens are plugged in (%1): choose one of them</source>
        <translation>birden çok anahtar cihazı takılı (%1): birini seçin</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is wrong (a few more wrong tries lock it)</source>
        <translation>anahtar cihazının PIN&apos;i yanlış (birkaç yanlış deneme daha cihazı kilitler)</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is locked: unlock it with the token&apos;s tool</source>
        <translation>anahtar cihazının PIN&apos;i kilitlendi: kilidi cihazın kendi aracıyla açın</translation>
    </message>
    <message>
        <source>the token cannot be opened (%1)</source>
        <translation>anahtar cihazı açılamıyor (%1)</translation>
    </message>
    <message>
        <source>the token holds no signing key</source>
        <translation>anahtar cihazında imza anahtarı yok</translation>
    </message>
    <message>
        <source>the token holds no signing key labelled %1</source>
        <translation>anahtar cihazında %1 etiketli imza anahtarı yok</translation>
    </message>
    <message>
        <source>the token holds several keys (%1): choose one of them</source>
        <translation>anahtar cihazında birden çok anahtar var (%1): birini seçin</translation>
    </message>
    <message>
        <source>the token holds no certificate for its signing key</source>
        <translation>anahtar cihazında imza anahtarına ait bir sertifika yok</translation>
    </message>
    <message>
        <source>a certificate needs an institution code, and this one is empty</source>
        <translation>sertifika için bir kurum kodu gerekir, bu kod ise boş</translation>
    </message>
    <message>
        <source>the institution code &apos;%1&apos; is too long for a certificate (%2 bytes, at most %3): choose a shorter code</source>
        <translation>&apos;%1&apos; kurum kodu bir sertifika için çok uzun (%2 bayt, en çok %3): daha kısa bir kod seçin</translation>
    </message>
    <message>
        <source>a subordinate needs a name</source>
        <translation>bağlı kurumun bir adı olmalıdır</translation>
    </message>
    <message>
        <source>%1 is not known here</source>
        <translation>%1 burada bilinmiyor</translation>
    </message>
    <message>
        <source>that certificate is not registered for %1</source>
        <translation>bu sertifika %1 için kayıtlı değil</translation>
    </message>
    <message>
        <source>that received return is not kept here</source>
        <translation>bu gelen rapor burada saklanmıyor</translation>
    </message>
    <message>
        <source>%1: its signature does not hold, so its certificate is not offered</source>
        <translation>%1: imzası geçerli değil, bu yüzden sertifikası sunulmuyor</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one in Settings first</source>
        <translation>henüz imza kimliği yok: önce Ayarlar&apos;da bir tane oluşturun</translation>
    </message>
    <message>
        <source>%1 was taken in already</source>
        <translation>%1 zaten alınmış</translation>
    </message>
    <message>
        <source>no subordinates are registered yet: add them on the Subordinates page</source>
        <translation>henüz kayıtlı bağlı kurum yok: onları Bağlı kurumlar sayfasında ekleyin</translation>
    </message>
    <message>
        <source>the plan has no period %1</source>
        <translation>planda %1 dönemi yok</translation>
    </message>
    <message>
        <source>the copy must go to another database than the one it comes from</source>
        <translation>kopya, kopyalandığı veritabanından başka bir veritabanına yapılmalıdır</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 konumunda veritabanı yok</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new database file</source>
        <translation>%1 bir klasör; yeni veritabanı dosyasının adını verin</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file (nothing was copied)</source>
        <translation>%1 zaten var; yeni bir dosyaya kopyalayın (hiçbir şey kopyalanmadı)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; nothing was copied</source>
        <translation>%1 klasörü yok; hiçbir şey kopyalanmadı</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up</source>
        <translation>%1 konumunda yedeklenecek bir veritabanı yok</translation>
    </message>
    <message>
        <source>cannot read the database %1 to back it up (%2); no backup was written</source>
        <translation>yedeklemek için %1 veritabanı okunamıyor (%2); yedek yazılmadı</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>%1 yedeği yazılamıyor: %2</translation>
    </message>
    <message>
        <source>another program has the database open (SQLite says: %1): close it, then run the restore again; nothing was changed</source>
        <translation>veritabanı başka bir programda açık (SQLite iletisi: %1): programı kapatın, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the current database %1 cannot be read (%2); move it aside by hand, then run the restore again; nothing was changed</source>
        <translation>geçerli veritabanı %1 okunamıyor (%2); onu elle başka bir yere taşıyın, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>another program has the database open: close it, then run the restore again; nothing was changed</source>
        <translation>veritabanı başka bir programda açık: programı kapatın, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 bulunamadı</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file</source>
        <translation>%1 veritabanının kendisi; bir yedek dosyası seçin</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was changed</source>
        <translation>%1 bir veritabanı olarak okunamıyor (%2); hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the database (%2); nothing was changed</source>
        <translation>%1 veritabanının yanına kopyalanamıyor (%2); hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the database is open in %1: close it, then run the restore again; nothing was changed</source>
        <translation>veritabanı şurada açık: %1; onu kapatın, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the database is open in %1 and %2 more: close it, then run the restore again; nothing was changed</source>
        <translation>veritabanı şurada ve %2 programda daha açık: %1; bunları kapatın, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 could not be brought to this version (%2); the database was put back as it was</source>
        <translation>%1 bu sürüme yükseltilemedi (%2); veritabanı eski hâline getirildi</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); no backup was written</source>
        <translation>pg_dump kurulu değil (Debian/Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL kurulum programının komut satırı araçları, PATH üzerinde); yedek yazılmadı</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was changed</source>
        <translation>pg_restore kurulu değil (Debian/Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL kurulum programının komut satırı araçları, PATH üzerinde); hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>pg_dump of %1 took more than an hour and was stopped; no backup was written</source>
        <translation>%1 için pg_dump bir saatten uzun sürdü ve durduruldu; yedek yazılmadı</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed (%2); no backup was written</source>
        <translation>%1 için pg_dump başarısız oldu (%2); yedek yazılmadı</translation>
    </message>
    <message>
        <source>pg_restore of %1 took more than an hour and was stopped; the database was left as it was (a copy of it: %2)</source>
        <translation>%1 için pg_restore bir saatten uzun sürdü ve durduruldu; veritabanı olduğu gibi bırakıldı (bir kopyası: %2)</translation>
    </message>
    <message>
        <source>pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)</source>
        <translation>%1 için pg_restore başarısız oldu (%2); veritabanı olduğu gibi bırakıldı (bir kopyası: %3)</translation>
    </message>
    <message>
        <source>%1 is not a database backup of a server (pg_restore says: %2); nothing was changed</source>
        <translation>%1 bir sunucu veritabanının yedeği değil (pg_restore iletisi: %2); hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 is not a backup of a PlanDesk database; nothing was changed</source>
        <translation>%1 bir PlanDesk veritabanının yedeği değil; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 holds no PlanDesk schema revision; nothing was changed</source>
        <translation>%1 bir PlanDesk şema sürümü içermiyor; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; nothing was changed</source>
        <translation>%1 daha yeni bir PlanDesk sürümüyle yazılmış (şema %2); kullanmak için yeni sürümü kurun; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the database is open (%1): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>veritabanı açık (%1): diğer görevlilerden PlanDesk&apos;i kapatmalarını isteyin, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the database is open (%1 and more): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>veritabanı açık (%1 ve diğerleri): diğer görevlilerden PlanDesk&apos;i kapatmalarını isteyin, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>veritabanı açık (%1 başka bağlantı): diğer görevlilerden PlanDesk&apos;i kapatmalarını isteyin, ardından geri yüklemeyi yeniden çalıştırın; hiçbir şey değiştirilmedi</translation>
    </message>
    <message>
        <source>%1 was restored but could not be brought to this version (%2); the database as it was is in %3</source>
        <translation>%1 geri yüklendi ancak bu sürüme yükseltilemedi (%2); veritabanının önceki hâli şurada: %3</translation>
    </message>
    <message>
        <source>%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json)</source>
        <translation>%1 bir klasör: bir plan dosyası bekleniyordu (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt veya .json)</translation>
    </message>
    <message>
        <source>%1 does not exist: looked for a plan file at %2</source>
        <translation>%1 yok: plan dosyası %2 konumunda arandı</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file of at most %3 MB</source>
        <translation>%1 çok büyük (%2): en çok %3 MB boyutunda bir plan dosyası bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB</source>
        <translation>%1 çok büyük (%2): en çok %3 MB boyutunda bir tablo dosyası (.csv, .tsv, .txt) bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB</source>
        <translation>%1 çok büyük (%2): en çok %3 MB boyutunda eski bir Excel 97-2003 (.xls) çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file (.json) of at most %3 MB</source>
        <translation>%1 çok büyük (%2): en çok %3 MB boyutunda bir plan dosyası (.json) bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is empty: looked for a plan table and found nothing</source>
        <translation>%1 boş: bir plan tablosu arandı ve hiçbir şey bulunamadı</translation>
    </message>
    <message>
        <source>%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx document, so save it as .docx without a password</source>
        <translation>%1 eski bir Word 97-2003 (.doc) belgesi ya da parolayla korunan bir belge: .docx belgesi bekleniyordu, belgeyi parolasız .docx olarak kaydedin</translation>
    </message>
    <message>
        <source>%1 is not a Word .docx document: looked for the zip package of a Word .docx document and found something else</source>
        <translation>%1 bir Word .docx belgesi değil: Word .docx belgesinin zip paketi bekleniyordu, başka bir şey bulundu</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .docx zip package (%2)</source>
        <translation>%1 bozuk: okunabilir bir .docx zip paketi bekleniyordu (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .xlsx zip package (%2)</source>
        <translation>%1 bozuk: okunabilir bir .xlsx zip paketi bekleniyordu (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable OpenDocument package (%2)</source>
        <translation>%1 bozuk: okunabilir bir OpenDocument paketi bekleniyordu (%2)</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and found something else</source>
        <translation>%1 bir OpenDocument dosyası değil: OpenDocument dosyasının zip paketi bekleniyordu, başka bir şey bulundu</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found something else</source>
        <translation>%1 bir Excel çalışma kitabı değil: .xlsx dosyasının zip paketi bekleniyordu, başka bir şey bulundu</translation>
    </message>
    <message>
        <source>%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format and found something else</source>
        <translation>%1 eski bir Excel 97-2003 (.xls) çalışma kitabı değil: Excel 97-2003 dosya biçimi bekleniyordu, başka bir şey bulundu</translation>
    </message>
    <message>
        <source>%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json</source>
        <translation>%1 PlanDesk&apos;in içe aktardığı bir dosya değil: .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt veya .json bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)</source>
        <translation>%1 bir JSON dosyası: bir tablo bekleniyordu (.xlsx, .xls, .docx, .ods, .csv, .tsv veya .txt)</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a table</source>
        <translation>%1 içinde çalışma sayfası yok: tablo içeren bir sayfa arandı</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a plan table</source>
        <translation>%1 içinde çalışma sayfası yok: plan tablosu içeren bir sayfa arandı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan table: looked for rows of text and found binary data</source>
        <translation>%1 bir plan tablosu değil: metin satırları bekleniyordu, ikili veri bulundu</translation>
    </message>
    <message>
        <source>%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not valid there</source>
        <translation>%1 okunamıyor: %2 metni bekleniyordu (dosya bu işaretle başlıyor) ve %3. bayt burada geçerli değil</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, scheme and items and far smaller</source>
        <translation>%1, %2 MB&apos;tan büyük: bir PlanDesk planı bekleniyordu: title, year, scheme ve items içeren bir JSON nesnesi ve çok daha küçük</translation>
    </message>
    <message>
        <source>%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, year, scheme and items, of at most %3 goals and activities</source>
        <translation>%1 %2 değerden fazlasını içeriyor: bir PlanDesk planı bekleniyordu: title, year, scheme ve items içeren bir JSON nesnesi, en çok %3 hedef ve faaliyetle</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 geçerli bir JSON değil: bir PlanDesk planı bekleniyordu: title, year, scheme ve items içeren bir JSON nesnesi</translation>
    </message>
    <message>
        <source>%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 bir plan dosyası değil: bir PlanDesk planı bekleniyordu: title, year, scheme ve items içeren bir JSON nesnesi</translation>
    </message>
    <message>
        <source>%1 is not a usable plan file: %2</source>
        <translation>%1 kullanılabilir bir plan dosyası değil: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 goals and activities: looked for a plan of at most %3</source>
        <translation>%1 %2 hedef ve faaliyet içeriyor: en çok %3 taneden oluşan bir plan bekleniyordu</translation>
    </message>
    <message>
        <source>%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan of at most %3 of them</source>
        <translation>%1 toplam %2 hedef, faaliyet, planlanan dönem ve dipnot içeriyor: bunlardan en çok %3 tane içeren bir plan bekleniyordu</translation>
    </message>
    <message>
        <source>%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a few seconds</source>
        <translation>%1 okunması çok uzun sürüyor (%2 saniyeden fazla): PlanDesk&apos;in birkaç saniyede okuyabileceği bir tablo bekleniyordu</translation>
    </message>
    <message>
        <source>the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>dosya bir yıl belirtmiyor: başlığında, sütun başlıklarında, tarihlerinde ve metninde bir yıl ya da dönem arandı, bulunamadı; planın hangi yıl için olduğunu belirtin</translation>
    </message>
    <message>
        <source>%1: the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>%1: dosya bir yıl belirtmiyor: başlığında, sütun başlıklarında, tarihlerinde ve metninde bir yıl ya da dönem arandı, bulunamadı; planın hangi yıl için olduğunu belirtin</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice; codes must be unique</source>
        <translation>%1: %2 kodu iki kez geçiyor; kodlar benzersiz olmalıdır</translation>
    </message>
    <message>
        <source>%1: a campaign plan needs the start and end of its window</source>
        <translation>%1: kampanya planı için kampanya döneminin başlangıç ve bitiş tarihleri gereklidir</translation>
    </message>
    <message>
        <source>%1: the campaign window %2 needs a start and an end date</source>
        <translation>%1: %2 kampanya dönemi için bir başlangıç ve bir bitiş tarihi gereklidir</translation>
    </message>
    <message>
        <source>%1: item %2 is planned in %3, which is not a period of the plan (%4)</source>
        <translation>%1: %2 öğesi %3 için planlanmış, ancak bu planın bir dönemi değil (%4)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to footnote %3, which is missing</source>
        <translation>%1: %2 öğesi %3 dipnotuna atıf yapıyor, ancak bu dipnot yok</translation>
    </message>
    <message>
        <source>no header row of an events list found: looked for a date column (Date, Tarih, Дата, Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in the first %1 rows</source>
        <translation>etkinlik listesinin başlık satırı bulunamadı: ilk %1 satırda bir tarih sütunu (Date, Tarih, Дата, Data, Ngày) ve bir ad sütunu (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) arandı</translation>
    </message>
    <message>
        <source>the list has %1 rows of events: looked for at most %2 events in one list (split it into several files)</source>
        <translation>listede %1 etkinlik satırı var: bir listede en çok %2 etkinlik okunur (listeyi birkaç dosyaya bölün)</translation>
    </message>
    <message>
        <source>the events list has a header but no rows</source>
        <translation>etkinlik listesinin başlığı var ama hiç satırı yok</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>%1. satır: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx</source>
        <translation>%1 bir OpenDocument dosyası: .xlsx çalışma kitabı bekleniyordu, dosyayı .xlsx olarak kaydedin</translation>
    </message>
    <message>
        <source>%1 is a Word document: looked for an Excel workbook, save it as .xlsx</source>
        <translation>%1 bir Word belgesi: Excel çalışma kitabı bekleniyordu, .xlsx olarak kaydedin</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none</source>
        <translation>%1 bir Excel çalışma kitabı değil: içinde xl/workbook.xml arandı, bulunamadı</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a workbook without a password</source>
        <translation>%1 şifrelenmiş: parolasız bir çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration (%2): looked for a plain Excel workbook, which never has one</source>
        <translation>%1 belge türü bildirimi içeren XML barındırıyor (%2): böyle bir bildirimi hiç içermeyen düz bir Excel çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1 has %2 of shared texts: looked for a workbook with at most %3 of them</source>
        <translation>%1 içinde %2 paylaşılan metin var: en çok %3 paylaşılan metin içeren bir çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 XML, as Excel writes</source>
        <translation>%1: %2 bölümü %3 metin kodlamasıyla yazılmış: Excel&apos;in yazdığı gibi UTF-8 veya UTF-16 XML bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for cells of a plan table, which are far shorter</source>
        <translation>%1: %2 bölümünde %3 boyutundan uzun bir metin var: çok daha kısa olan plan tablosu hücreleri bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose parts are far smaller</source>
        <translation>%1: %2 bölümünde %3 öğeden fazla var: bölümleri çok daha küçük olan bir Excel çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells</source>
        <translation>%1: %2 sayfa bölümünde %3 hücreden fazla var: en çok %3 hücreli bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3</source>
        <translation>%1: %2 bölümünde %3 paylaşılan metinden fazla var: en çok %3 paylaşılan metin içeren bir çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 rows: looked for a workbook with at most %3</source>
        <translation>%1: %2 bölümünde %3 satırdan fazla var: en çok %3 satırlı bir çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1: one row of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: %2 bölümünün bir satırında %3 öğeden fazla var: satırları ve metinleri çok daha küçük olan bir Excel çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1: one shared text of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: %2 bölümünün bir paylaşılan metninde %3 öğeden fazla var: satırları ve metinleri çok daha küçük olan bir Excel çalışma kitabı bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook: looked for its worksheets and found a damaged part (%2)</source>
        <translation>%1 okunabilir bir Excel çalışma kitabı değil: çalışma sayfaları arandı, bozuk bir bölüm bulundu (%2)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; cannot be read: looked for rows of cells and found a damaged part (%3)</source>
        <translation>%1: &apos;%2&apos; sayfası okunamıyor: hücre satırları arandı, bozuk bir bölüm bulundu (%3)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; holds more than %3 characters: looked for a plan table, which holds far less text</source>
        <translation>%1: &apos;%2&apos; sayfasında %3 karakterden fazla var: çok daha az metin içeren bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is too large: looked for a plan table of at most %3 rows and %4 columns</source>
        <translation>%1: &apos;%2&apos; sayfası çok büyük: en çok %3 satır ve %4 sütunlu bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has text beyond column %3 in row %4: looked for a plan table, which is far narrower</source>
        <translation>%1: &apos;%2&apos; sayfasının %4. satırında %3. sütundan sonra metin var: çok daha dar bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has more than %3 rows: looked for a table of at most that many</source>
        <translation>%1: &apos;%2&apos; sayfasında %3 satırdan fazla var: en çok bu kadar satırlı bir tablo bekleniyordu</translation>
    </message>
    <message>
        <source>%1 has a line longer than %2 characters: looked for rows of a plan table and found none</source>
        <translation>%1 içinde %2 karakterden uzun bir satır var: plan tablosunun satırları arandı, bulunamadı</translation>
    </message>
    <message>
        <source>%1 has %2 columns in row %3: looked for a plan table, which has at most %4</source>
        <translation>%1 içinde %3. satırda %2 sütun var: en çok %4 sütunlu bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells</source>
        <translation>%1 içinde %2 hücreden fazla var (%3. satıra kadar): en çok %2 hücreli bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters (by row %3): looked for a plan table, which holds far less text</source>
        <translation>%1 içinde %2 karakterden fazla var (%3. satıra kadar): çok daha az metin içeren bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: looked for a table of at most that many</source>
        <translation>%1 içinde %2 satırdan fazla var: en çok bu kadar satırlı bir tablo bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV table: looked for delimited rows (%2)</source>
        <translation>%1 okunabilir bir CSV tablosu değil: ayraçlı satırlar bekleniyordu (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells: looked for a plan table of at most %2 cells</source>
        <translation>%1 içinde %2 hücreden fazla var: en çok %2 hücreli bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters: looked for a plan table, which holds far less text</source>
        <translation>%1 içinde %2 karakterden fazla var: çok daha az metin içeren bir plan tablosu bekleniyordu</translation>
    </message>
    <message>
        <source>column %1 names no period: looked for a period in its heading (a quarter, a four-month period, a month …)</source>
        <translation>%1. sütun bir dönem belirtmiyor: başlığında bir dönem arandı (çeyrek, dört aylık dönem, ay …)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a column role</source>
        <translation>%1. sütun: &apos;%2&apos; bir sütun rolü değil</translation>
    </message>
    <message>
        <source>the period columns mix different kinds of periods: looked for one scheme (quarters, four-month periods, months …)</source>
        <translation>dönem sütunları farklı türde dönemleri karıştırıyor: tek bir düzen bekleniyordu (çeyrekler, dört aylık dönemler, aylar …)</translation>
    </message>
    <message>
        <source>no column holds the activity texts: choose one as &apos;Activity&apos;</source>
        <translation>hiçbir sütun faaliyet metinlerini içermiyor: birini &apos;Faaliyet / öğe metni&apos; olarak seçin</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>başlık satırı bulunamadı: ilk %1 satırda faaliyet metinleri sütunu arandı (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>the table is empty: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>tablo boş: ilk %1 satırda faaliyet metinleri sütunu arandı (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows, and no numbered paragraphs (I., 1., -) to read a plan from</source>
        <translation>başlık satırı bulunamadı: ilk %1 satırda faaliyet metinleri sütunu arandı (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …); planın okunabileceği numaralı paragraflar (I., 1., -) da yok</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code or an activity text</source>
        <translation>başlık satırının (%1. satır) altında faaliyet yok: kodu veya faaliyet metni olan satırlar arandı</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code and an activity text</source>
        <translation>başlık satırının (%1. satır) altında faaliyet yok: hem kodu hem faaliyet metni olan satırlar arandı</translation>
    </message>
    <message>
        <source>code %1 appears twice (rows %2 and %3): looked for one code per goal and activity</source>
        <translation>%1 kodu iki kez geçiyor (%2. ve %3. satırlar): her hedef ve faaliyet için tek bir kod bekleniyordu</translation>
    </message>
    <message>
        <source>row %1: item %2 has no text: looked for it in the column &apos;%3&apos;</source>
        <translation>%1. satır: %2 öğesinin metni yok: metin &apos;%3&apos; sütununda arandı</translation>
    </message>
    <message>
        <source>%1 is not a Word document: looked for word/document.xml inside and found none</source>
        <translation>%1 bir Word belgesi değil: içinde word/document.xml arandı, bulunamadı</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a Word document without a password</source>
        <translation>%1 şifrelenmiş: parolasız bir Word belgesi bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for a document of a plan, whose paragraphs are far shorter</source>
        <translation>%1: %2 bölümünde %3 boyutundan uzun bir metin var: paragrafları çok daha kısa olan bir plan belgesi bekleniyordu</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 XML elements: looked for a document of a plan, which has far fewer</source>
        <translation>%1: %2 bölümünde %3 XML öğesinden fazla var: çok daha az öğesi olan bir plan belgesi bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: looked for its paragraphs and tables and found a damaged part (%2)</source>
        <translation>%1 okunabilir bir Word belgesi değil: paragrafları ve tabloları arandı, bozuk bir bölüm bulundu (%2)</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a file without a password</source>
        <translation>%1 şifrelenmiş: parolasız bir dosya bekleniyordu</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for content.xml inside and found none</source>
        <translation>%1 bir OpenDocument dosyası değil: içinde content.xml arandı, bulunamadı</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument file: looked for its tables and found a damaged part (%2)</source>
        <translation>%1 okunabilir bir OpenDocument dosyası değil: tabloları arandı, bozuk bir bölüm bulundu (%2)</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for a workbook without a password, so save it again without one</source>
        <translation>%1 parolayla korunan eski bir Excel 97-2003 (.xls) çalışma kitabı: parolasız bir çalışma kitabı bekleniyordu, dosyayı parolasız olarak yeniden kaydedin</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or password-protected): looked for its worksheets (%2)</source>
        <translation>%1 okunamayan eski bir Excel 97-2003 (.xls) çalışma kitabı (bozuk veya parolayla korunuyor): çalışma sayfaları arandı (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 rows and %5 columns</source>
        <translation>%1 çok büyük (%2 satır, %3 sütun): en çok %4 satır ve %5 sütunlu bir plan tablosu bekleniyordu</translation>
    </message>
</context>
<context>
    <name>ServiceWord</name>
    <message>
        <source>progress marks</source>
        <translation>ilerleme kayıtları</translation>
    </message>
    <message>
        <source>narrative texts</source>
        <translation>rapor metinleri</translation>
    </message>
    <message>
        <source>planned periods</source>
        <translation>planlanan dönemler</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>raporlar</translation>
    </message>
    <message>
        <source>another clerk</source>
        <translation>başka bir görevli</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>sub-goal</source>
        <translation>alt hedef</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>faaliyet</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>katılımcı sayısı negatif olamaz</translation>
    </message>
    <message>
        <source>no count may be negative</source>
        <translation>hiçbir sayı negatif olamaz</translation>
    </message>
    <message>
        <source>women and men together exceed the number of participants</source>
        <translation>kadın ve erkek sayılarının toplamı katılımcı sayısını aşıyor</translation>
    </message>
    <message>
        <source>pupils, teachers, parents and staff together exceed the number of participants</source>
        <translation>öğrenci, öğretmen, veli ve personel sayılarının toplamı katılımcı sayısını aşıyor</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>the institution profile on the Settings page</source>
        <translation>Ayarlar sayfasındaki kurum bilgileri</translation>
    </message>
    <message>
        <source>the narrative outline on the Settings page</source>
        <translation>Ayarlar sayfasındaki bölüm düzeni</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Değişiklik yapılamadı</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Kurum bilgilerini değiştir</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation>Raporlama düzenini değiştir</translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation>Teslim tarihi kuralını değiştir</translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation>{period} teslim tarihini belirle</translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation>{period} teslim tarihini kurala döndür</translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation>Rapor metni bölüm düzenini değiştir</translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation>Bölüm düzeni kaydedildi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation>Raporlama dönemleri ve teslim tarihleri</translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation>Rapor metni bölüm düzeni</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>İmza kimliği</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Kurum bilgilerini kaydet</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Still to do before the first signed return:</source>
        <translation>İlk imzalı rapordan önce yapılacaklar:</translation>
    </message>
    <message>
        <source>Set up the institution…</source>
        <translation>Kurumu tanımla…</translation>
    </message>
    <message>
        <source>Bring in the plan…</source>
        <translation>Planı getir…</translation>
    </message>
    <message>
        <source>Create or import the signature…</source>
        <translation>İmzayı oluştur veya aktar…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne yapar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Her yerde</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Eylem planı</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Bir sayfaya git</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Geri al, yinele</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Yeni veritabanı</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Veritabanı aç</translation>
    </message>
    <message>
        <source>Quit (asks when typed text is not saved)</source>
        <translation>Çık (kaydedilmemiş metin varsa sorar)</translation>
    </message>
    <message>
        <source>Find on the page shown</source>
        <translation>Gösterilen sayfada bul</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + altı çizili harf</translation>
    </message>
    <message>
        <source>The field of that label</source>
        <translation>O etiketin alanı</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Faaliyet ekle</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Seçili öğeyi düzenle</translation>
    </message>
    <message>
        <source>Indent, outdent</source>
        <translation>İçeri al, dışarı al</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Seçili öğeyi sil</translation>
    </message>
    <message>
        <source>Mark the selected cells</source>
        <translation>Seçili hücreleri işaretle</translation>
    </message>
    <message>
        <source>Copy or paste cells as Excel does (tab-separated text)</source>
        <translation>Hücreleri Excel gibi kopyala veya yapıştır (sekmeyle ayrılmış metin)</translation>
    </message>
    <message>
        <source>Open the details of the cell</source>
        <translation>Hücrenin ayrıntılarını aç</translation>
    </message>
    <message>
        <source>Save the details panel</source>
        <translation>Ayrıntılar panelini kaydet</translation>
    </message>
    <message>
        <source>Revert the details panel</source>
        <translation>Ayrıntılar panelini geri döndür</translation>
    </message>
    <message>
        <source>Add or save the event in the form</source>
        <translation>Formdaki etkinliği ekle veya kaydet</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Formu geri döndür</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Eski sürüm</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Gecikmeli</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Yeni sürüm</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Mükerrer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Eksik</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Süresi geçti</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>İmzalayan</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 · Who we are</source>
        <translation>1 · Biz kimiz</translation>
    </message>
    <message>
        <source>2 · Our plan</source>
        <translation>2 · Planımız</translation>
    </message>
    <message>
        <source>3 · Our signature</source>
        <translation>3 · İmzamız</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamam</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>yapılacak</translation>
    </message>
</context>
<context>
    <name>SubordinateDialog</name>
    <message>
        <source>Edit subordinate</source>
        <translation>Bağlı kurumu düzenle</translation>
    </message>
    <message>
        <source>Add subordinate</source>
        <translation>Bağlı kurum ekle</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Bir sertifika dosyasına güven…</translation>
    </message>
    <message>
        <source>No certificate yet: it can be added later.</source>
        <translation>Henüz sertifika yok: daha sonra eklenebilir.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Sertifika:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Type the institution&apos;s code.</source>
        <translation>Kurumun kodunu yazın.</translation>
    </message>
    <message>
        <source>A subordinate with the code %1 is registered already.</source>
        <translation>%1 kodlu bir bağlı kurum zaten kayıtlı.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Kurumun adını yazın.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Bu bir e-posta adresi değil.</translation>
    </message>
</context>
<context>
    <name>SubordinatesPage</name>
    <message>
        <source>Subordinates</source>
        <translation>Bağlı kurumlar</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinate(s)</source>
        <translation>
            <numerusform>%n bağlı kurum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 kurumdan %1 tanesi gösteriliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinates selected.</source>
        <translation>
            <numerusform>%n bağlı kurum seçildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subordinate to see its certificates.</source>
        <translation>Sertifikalarını görmek için bir bağlı kurum seçin.</translation>
    </message>
    <message>
        <source>No certificate is trusted for it yet: trust its certificate file, the certificate of a return it sent, or issue it an identity.</source>
        <translation>Bu kurum için henüz güvenilen bir sertifika yok: sertifika dosyasına ya da gönderdiği bir raporun sertifikasına güvenin veya ona bir imza kimliği verin.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate subjects bound: %n</source>
        <translation>
            <numerusform>Bağlı sertifika konusu: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Değişiklik yapılamadı</translation>
    </message>
    <message>
        <source>Add subordinate %1</source>
        <translation>%1 bağlı kurumunu ekle</translation>
    </message>
    <message>
        <source>Edit subordinate %1</source>
        <translation>%1 bağlı kurumunu düzenle</translation>
    </message>
    <message>
        <source>Remove subordinates</source>
        <translation>Bağlı kurumları kaldır</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s) from the registry?</source>
        <translation>
            <numerusform>%n bağlı kurum kayıttan kaldırılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their returns are no longer taken in nor awaited. What was received from them and their certificates are kept; Edit → Undo puts them back.</source>
        <translation>Raporları artık ne alınır ne de beklenir. Onlardan gelenler ve sertifikaları saklanır; Düzen → Geri al onları geri getirir.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Koru</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s)</source>
        <translation>
            <numerusform>%n bağlı kurumu kaldır</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt *.cer *.der);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Dosya bir sertifika olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>The institution&apos;s certificate</source>
        <translation>Kurumun sertifikası</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 sertifikası</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Bir sertifikaya güven</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 (%2)?</source>
        <translation>Bu sertifikaya %1 (%2) için güvenilsin mi?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>%1 için bir sertifikaya güven</translation>
    </message>
    <message>
        <source>%1 now signs with a trusted certificate.</source>
        <translation>%1 artık güvenilen bir sertifikayla imzalıyor.</translation>
    </message>
    <message>
        <source>Taking the return in again…</source>
        <translation>Rapor yeniden alınıyor…</translation>
    </message>
    <message>
        <source>%1 was taken in.</source>
        <translation>%1 alındı.</translation>
    </message>
    <message>
        <source>List of subordinates</source>
        <translation>Bağlı kurum listesi</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Listeler (*.xlsx *.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste okunuyor…</translation>
    </message>
    <message>
        <source>Import the list %1</source>
        <translation>%1 listesini içe aktar</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated.</source>
        <translation>%1: %2 yeni, %3 güncellendi.</translation>
    </message>
    <message>
        <source>Issue an identity</source>
        <translation>İmza kimliği ver</translation>
    </message>
    <message>
        <source>No identity can be issued here.</source>
        <translation>Burada imza kimliği verilemez.</translation>
    </message>
    <message>
        <source>This password does not open your signing key. Type it again.</source>
        <translation>Bu parola imza anahtarınızı açmıyor. Yeniden yazın.</translation>
    </message>
    <message>
        <source>Issuing the identity…</source>
        <translation>İmza kimliği veriliyor…</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2; its certificate is trusted for it. Tell the password separately.</source>
        <translation>%1 kurumunun imza kimliği %2 dosyasına yazıldı; sertifikasına bu kurum için güveniliyor. Parolayı ayrıca bildirin.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Beklenmeyen bir hata oluştu; hiçbir şey kaydedilmedi. Ayrıntılar günlük dosyasında.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>İptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>The institutions that report here. A return is taken in only when it is signed with a certificate trusted for its institution.</source>
        <translation>Buraya rapor veren kurumlar. Bir rapor ancak kendi kurumu için güvenilen bir sertifikayla imzalanmışsa alınır.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Liste içe aktar…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with columns for code and name (e-mail, kind, language)</source>
        <translation>Kod ve ad sütunları olan bir Excel ya da CSV dosyası (e-posta, tür, dil)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifika</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Bir sertifika dosyasına güven…</translation>
    </message>
    <message>
        <source>Certificate of a return received…</source>
        <translation>Gelen bir raporun sertifikası…</translation>
    </message>
    <message>
        <source>Issue an identity…</source>
        <translation>İmza kimliği ver…</translation>
    </message>
    <message>
        <source>A key and certificate for it, in a file with its own password</source>
        <translation>Kurum için bir anahtar ve sertifika, kendi parolası olan bir dosyada</translation>
    </message>
    <message>
        <source>Search code, name or e-mail</source>
        <translation>Kod, ad ya da e-posta ara</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Without a certificate</source>
        <translation>Sertifikası olmayanlar</translation>
    </message>
    <message>
        <source>Certificate expiring or expired</source>
        <translation>Sertifikası bitmek üzere ya da bitmiş</translation>
    </message>
    <message>
        <source>No return received yet</source>
        <translation>Henüz raporu gelmeyenler</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Use a key on a token</source>
        <translation>Anahtar cihazındaki anahtarı kullan</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Cihazları bul</translation>
    </message>
    <message>
        <source>Token program (PKCS#11 module):</source>
        <translation>Cihaz programı (PKCS#11 modülü):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Cihaz:</translation>
    </message>
    <message>
        <source>Show its keys</source>
        <translation>Anahtarlarını göster</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Anahtar:</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Bu anahtarı kullan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>the .dll or .so file your token came with</source>
        <translation>cihazınızla gelen .dll veya .so dosyası</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>Cihazın PKCS#11 modülü</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>PKCS#11 modülleri (*.dll *.so *.dylib);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>No token was found. Plug it in and try again.</source>
        <translation>Cihaz bulunamadı. Takın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The token holds no key with a certificate.</source>
        <translation>Cihazda sertifikası olan bir anahtar yok.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Yeni alt hedef</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Yeni faaliyet</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Hedef ekle: %1</translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation>Alt hedef ekle: %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Faaliyet ekle: %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2: %1 alanını düzenle</translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation>%1: planlanan dönemleri düzenle</translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation>%1: dışarı al</translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation>%1: içeri al</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1: taşı</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>%1 “%2” silinsin mi?</translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation>Altındaki öğe de silinir: %1</translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation>
            <numerusform>Altındaki %n öğe de silinir: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation>İlerleme kaydı da silinir.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation>
            <numerusform>%n ilerleme kaydı da silinir.</numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation>Bir etkinliğin bu öğeyle bağlantısı kalkar (etkinlik silinmez).</translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation>
            <numerusform>%n etkinliğin bu öğeyle bağlantısı kalkar (etkinlikler silinmez).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Bu işlemi Düzen → Geri al ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>Plan öğesini sil</translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation>%1 kodlu öğeyi ve altındaki 1 öğeyi sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation>
            <numerusform>%1 kodlu öğeyi ve altındaki %n öğeyi sil</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 kodlu öğeyi sil</translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation>Bu satırlar yapıştırılamıyor: %1</translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation>1 satır yapıştır</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>%n satır yapıştır</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation>Kodlar zaten ağaç sırasına uygun.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>1 kodu yeniden numaralandır</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>%n kodu yeniden numaralandır</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation>Dipnotları düzenle</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Başlarken</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Kaydet ve devam et</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Şimdilik atla</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Kurum bilgilerini değiştir</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Değişiklik yapılamadı</translation>
    </message>
    <message>
        <source>the institution profile on the Getting started page</source>
        <translation>Başlarken sayfasındaki kurum bilgileri</translation>
    </message>
    <message>
        <source>Three steps make PlanDesk ready for your first signed return. Do each now or skip it: the Dashboard shows what is still missing and leads back here.</source>
        <translation>Üç adımda PlanDesk ilk imzalı raporunuza hazır olur. Her adımı şimdi yapın ya da atlayın: Genel bakış eksik kalanları gösterir ve buraya geri getirir.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
</context>
</TS>
