<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Sonraki bir sürümde geliyor</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Completeness</source>
        <translation>Tamamlanma durumu</translation>
    </message>
    <message>
        <source>For directorates: see who has sent the return of a period, who is late and who is missing, and consolidate the returns into your own.</source>
        <translation>Müdürlükler için: bir dönemin raporunu kimin gönderdiğini, kimin geciktiğini ve kimin hiç göndermediğini görün; gelen raporları kendi raporunuzda birleştirin.</translation>
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
        <source>Dashboard</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>An overview of the current period at a glance: activities done and still open, events held, people reached and the next return due.</source>
        <translation>İçinde bulunulan dönemin özeti: tamamlanan ve devam eden faaliyetler, düzenlenen etkinlikler, ulaşılan kişi sayısı ve teslim tarihi yaklaşan rapor.</translation>
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
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Log what was actually held: seminars, trainings, round tables and campaigns, with date, venue, partners and participants, linked to the activities of the plan.</source>
        <translation>Gerçekte düzenlenenleri kaydedin: seminerler, eğitimler, yuvarlak masa toplantıları ve kampanyalar; tarihi, yeri, paydaşları ve katılımcılarıyla, planın faaliyetlerine bağlı olarak.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Gelen raporlar</translation>
    </message>
    <message>
        <source>For directorates: drop in the returns received from subordinate institutions. Their signatures are checked and every version is kept.</source>
        <translation>Müdürlükler için: bağlı kurumlardan gelen raporları buraya bırakın. İmzaları doğrulanır ve her sürüm saklanır.</translation>
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
        <source>Open a PlanDesk database</source>
        <translation>PlanDesk veritabanı aç</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PlanDesk veritabanları (*.sqlite *.db);;Tüm dosyalar (*)</translation>
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
        <source>Narrative</source>
        <translation>Rapor metni</translation>
    </message>
    <message>
        <source>Write the free-text sections of a return, such as results, difficulties and proposals, following the outline your directorate asks for.</source>
        <translation>Raporun serbest metin bölümlerini (sonuçlar, karşılaşılan güçlükler, öneriler gibi) müdürlüğünüzün istediği taslağa göre yazın.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Açık veritabanı yok. Dosya → Veritabanı aç… ile bir veritabanı açın.</translation>
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
        <source>Filter by code or text…</source>
        <translation>Koda veya metne göre süz…</translation>
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
        <source>There is no plan in this database yet. Import one with “plandesk plan import FILE”, or try PlanDesk with the demo plan: “plandesk --db NEW_FILE demo”.</source>
        <translation>Bu veritabanında henüz plan yok. “plandesk plan import DOSYA” ile bir plan içe aktarın ya da PlanDesk&apos;i örnek planla deneyin: “plandesk --db YENİ_DOSYA demo”.</translation>
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
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Mark the progress of every activity period by period: status, date done, participants and the reason when it was not done, in a grid as quick as a spreadsheet.</source>
        <translation>Her faaliyetin ilerleyişini dönem dönem işaretleyin: durumu, gerçekleştirildiği tarih, katılımcı sayısı ve yapılmadıysa nedeni; bir hesap tablosu kadar hızlı bir tabloda.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Prepare the return of a period as a signed PDF and Excel file in your language, together with an e-mail ready to send.</source>
        <translation>Bir dönemin raporunu kendi dilinizde imzalı PDF ve Excel dosyası olarak, gönderilmeye hazır bir e-postayla birlikte hazırlayın.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Your institution&apos;s profile, the signing certificate, backups and the language of the returns you send.</source>
        <translation>Kurumunuzun bilgileri, imza sertifikası, yedekler ve gönderdiğiniz raporların dili.</translation>
    </message>
</context>
</TS>
