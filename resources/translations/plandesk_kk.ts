<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>CertificateText</name>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 until %4
SHA-256: %5</source>
        <translation>Иесі: %1
Берген: %2
Жарамдылығы: %3 – %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Due %1</source>
        <translation>Тапсыру мерзімі: %1</translation>
    </message>
    <message>
        <source>returns in</source>
        <translation>есеп түсті</translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them on the Subordinates page to follow their returns here.</source>
        <translation>Бағынысты ұйымдар әлі тіркелмеген. Олардың есептерін осы жерден қадағалау үшін оларды «Бағынысты ұйымдар» бетінде тіркеңіз.</translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation>Еске салу хаттарын сақтайтын қалта</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Еске салу хаттары жазылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation>
            <numerusform>%n еске салу хаты %1 қалтасына жазылды — жіберу үшін оларды пошта бағдарламасында ашыңыз.</numerusform>
            <numerusform>%n еске салу хаты %1 қалтасына жазылды — жіберу үшін оларды пошта бағдарламасында ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation>Еске салу хаттарын жазу мүмкін болмады. Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Қабылдау…</translation>
    </message>
    <message>
        <source>Accept the chosen return, with a signed receipt</source>
        <translation>Таңдалған есепті қол қойылған түбіртекпен қабылдау</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Қайтару…</translation>
    </message>
    <message>
        <source>Send the chosen return back for correction, with the reason</source>
        <translation>Таңдалған есепті себебін көрсетіп, түзетуге қайтару</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Тапсыру толықтығы</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation>Еске салу хаттары…</translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation>Есебі тапсырылмаған әр ұйымға өз тілінде бір электрондық хат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Электрондық қолтаңба жоқ</translation>
    </message>
    <message>
        <source>A receipt is signed with your key, and there is none yet.</source>
        <translation>Түбіртекке сіздің кілтіңізбен қол қойылады, ал ол әлі жоқ.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Оны Баптаулар → Электрондық қолтаңба бөлімінде жасаңыз немесе .p12 файлыңызды импорттаңыз.</translation>
    </message>
    <message>
        <source>the return of %1 (%2, version %3)</source>
        <translation>«%1» ұйымының есебін (%2, нұсқа %3)</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Бұл қолтаңба кілтін ашпайды. Қайта теріңіз.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>түзетуге қайтарылды</translation>
    </message>
    <message>
        <source>%1 %2: the signed receipt is %3</source>
        <translation>%1 %2: қол қойылған түбіртек — %3</translation>
    </message>
    <message>
        <source>and the e-mail %1.</source>
        <translation>және хат %1.</translation>
    </message>
    <message>
        <source>The receipt could not be made. The details are in the log file.</source>
        <translation>Түбіртек жасалмады. Толығырақ журнал файлында.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Жиынтық есеп</translation>
    </message>
    <message>
        <source>Signed (%1)</source>
        <translation>Қол қойылғандар (%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылғандар</translation>
    </message>
    <message>
        <source>%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing.</source>
        <translation>%2 есептің %1 түсті: %3 қабылданды, %4 қайтарылды, %5 қаралмады; %6 тапсырылмады.</translation>
    </message>
    <message>
        <source>Signed as version %1 by %2.</source>
        <translation>%1-нұсқа ретінде қол қойылды: %2.</translation>
    </message>
    <message>
        <source>Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events</source>
        <translation>Нұсқа %1 · ұйымдар: %2 · орындалды: %3 (белгілердің %4) · қатысушылар: %5 · іс-шаралар: %6</translation>
    </message>
    <message>
        <source>Press Preview to see the consolidated return as it will be printed.</source>
        <translation>Жиынтық есепті басып шығарылатын түрінде көру үшін «Алдын ала қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Күтпеген қате орын алды; ештеңе сақталған жоқ. Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Тоқтатылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>No return has been taken in for this period yet.</source>
        <translation>Бұл кезең бойынша әлі бірде-бір есеп қабылданбаған.</translation>
    </message>
    <message>
        <source>Adding up the returns…</source>
        <translation>Есептер жинақталуда…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Алдын ала қарау үшін pdftoppm бағдарламасы (poppler-utils) қажет, ол орнатылмаған. Қол қою және сақтау онсыз да жұмыс істейді.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Нұсқа %1 — %n беттің алғашқы %2 беті.</numerusform>
            <numerusform>Нұсқа %1 — %n беттің алғашқы %2 беті.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated return of %1 is signed with the head&apos;s key</source>
        <translation>%1 бойынша жиынтық есепке басшының кілтімен қол қойылады</translation>
    </message>
    <message>
        <source>, then sealed with the institution&apos;s seal</source>
        <translation>, содан кейін ұйымның мөрімен бекітіледі</translation>
    </message>
    <message>
        <source>Returns sent back for correction are counted as they were received: %1.</source>
        <translation>Түзетуге қайтарылған есептер қалай түссе, солай есептеледі: %1.</translation>
    </message>
    <message>
        <source>Save the consolidated return in</source>
        <translation>Жиынтық есепті сақтайтын орын</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Қол қойылып, сақталуда…</translation>
    </message>
    <message>
        <source>Signed (version %1) and saved in %2: %3</source>
        <translation>Қол қойылды (нұсқа %1) және %2 ішіне сақталды: %3</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2).</source>
        <translation>Қол қойылған %1 файлдары сақталған жерінде (%2) енді жоқ.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Хат пошта бағдарламаңызда ашық: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Хатты ешбір пошта бағдарламасы ашпады, сондықтан оның қалтасы көрсетілді: %1 файлын хатқа тіркеңіз не сүйреп апарыңыз.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the level above: fill it in in Settings)</source>
        <translation>(жоғары тұрған ұйымның мекенжайы белгісіз: оны баптауларда толтырыңыз)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 файлы сақталған жерінде (%2) енді жоқ.</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Қайта жинақтау</translation>
    </message>
    <message>
        <source>Open the consolidation of %1 (version %2) again?</source>
        <translation>%1 бойынша жиынтық есепті (нұсқа %2) қайта ашу керек пе?</translation>
    </message>
    <message>
        <source>The signed files stay valid and in the list; the next signed consolidated return becomes version %1, with the returns accepted by then.</source>
        <translation>Қол қойылған файлдар жарамды болып, тізімде қалады; келесі қол қойылған жиынтық есеп сол уақытқа дейін қабылданған есептермен %1-нұсқа болады.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The next signed consolidated return is version %1.</source>
        <translation>Келесі қол қойылған жиынтық есеп %1-нұсқа болады.</translation>
    </message>
    <message>
        <source>The returns taken in for a period, added up into this institution&apos;s own return for the level above: signed, saved as PDF and Excel, sent by e-mail.</source>
        <translation>Кезең бойынша қабылданған есептер осы ұйымның жоғары тұрған ұйымға арналған өз есебіне жинақталады: қол қойылады, PDF және Excel түрінде сақталады, электрондық поштамен жіберіледі.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Есептің тілі:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Қол қою және сақтау…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Электрондық хат дайындау</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>Қол қойылғаннан кейін: екі файл да тіркелген электрондық хат</translation>
    </message>
    <message>
        <source>Consolidate again…</source>
        <translation>Қайта жинақтау…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Үлкейту (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Кішірейту (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Не кіреді</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PlanDesk ran into a problem</source>
        <translation>PlanDesk-те қате орын алды</translation>
    </message>
    <message>
        <source>Something went wrong that PlanDesk did not expect. Your data is safe: every change is saved as you make it. Please save this report and send it to whoever supports PlanDesk for you.</source>
        <translation>Күтпеген қате орын алды. Деректеріңіз қауіпсіз: әр өзгеріс бірден сақталады. Осы есепті сақтап, сізге PlanDesk бойынша қолдау көрсететін адамға жіберіңіз.</translation>
    </message>
    <message>
        <source>A copy is already in %1</source>
        <translation>Көшірмесі сақталды: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Қате туралы есепті сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>{done} of {planned}</source>
        <translation>{planned} ішінен {done}</translation>
    </message>
    <message>
        <source>activities done, all periods</source>
        <translation>тармақ орындалды, барлық кезең</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>іс-шара өткізілді</translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation>қатысушы іс-шараларға тартылды</translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation>тапсырылатын есеп жоқ</translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation>
            <numerusform>{period} есебінің мерзімі %n күнге өтті</numerusform>
            <numerusform>{period} есебінің мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation>
            <numerusform>келесі есеп: {period}, %n күннен кейін</numerusform>
            <numerusform>келесі есеп: {period}, %n күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>Жоспар бір қарағанда</translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation>Кезеңдер бойынша орындалуы</translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation>Мақсаттар бойынша орындалуы, барлық кезең</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Тапсырылатын есептер</translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation>Кезеңдер бойынша іс-шаралар мен қатысушылар</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <source>events</source>
        <translation>іс-шаралар</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>Әзірге ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>{label}
{done} done, {progress} in progress, {not_done} not done, {marked} marked planned, {open} planned, not reported yet; {na} not applicable</source>
        <translation>{label}
орындалды: {done}, орындалуда: {progress}, орындалмады: {not_done}, «жоспарланған» деп белгіленген: {marked}, жоспарланған, әлі белгіленбеген: {open}; қатысты емес: {na}</translation>
    </message>
    <message>
        <source>activities done, of those planned or marked (not applicable left out), all periods</source>
        <translation>тармақ орындалды, жоспарланған не белгіленгендерден («қатысты емес» қоспағанда), барлық кезең</translation>
    </message>
    <message>
        <source>marked planned</source>
        <translation>«жоспарланған» деп белгіленген</translation>
    </message>
    <message>
        <source>planned, not reported yet</source>
        <translation>жоспарланған, әлі белгіленбеген</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>PlanDesk дерекқорын ашу</translation>
    </message>
    <message>
        <source>PlanDesk databases (%1);;All files (*)</source>
        <translation>PlanDesk дерекқорлары (%1);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New PlanDesk database</source>
        <translation>Жаңа PlanDesk дерекқоры</translation>
    </message>
    <message>
        <source>Save the demo database as</source>
        <translation>Демо дерекқорын былайша сақтау</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Әзірге дерекқор ашылмаған</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation>Элемент таңдалмаған</translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation>Толық мәліметін көріп, өңдеу үшін жоспардың бір жолын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Кіші мақсат</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>code</source>
        <translation>коды</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>жауапты</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>target</source>
        <translation>нысаналы көрсеткіш</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>нысаналы мән</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>өлшем бірлігі</translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation>ескертпе белгілері</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>себеп</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>түсініктемелер</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Т&amp;үрі</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Сипаттамасы</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Се&amp;ріктестер</translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation>&amp;Нысаналы көрсеткіш (жазылғандай)</translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation>Нысаналы көрсеткіш санмен</translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation>Жоспарланған кезеңдер (белгілеп, жоспарланған күнді жазыңыз)</translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation>&amp;Ескертпе белгілері (мысалы, 1, 2)</translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation>&amp;Орындалмау себебі</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Түсі&amp;ніктемелер</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Мәні</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Бірлігі</translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation>— белгісіз —</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation>Қол жеткізілген мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысаналы көрсеткіш</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation>Себебі (орындалмаса, міндетті)</translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation>Тармақ орындалмаса, себебін көрсету міндетті.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation>Толық мәлімет панелін жабу (Esc)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Растайтын файлдар</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Ұяшық таңдалмаған</translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation>Кестенің ұяшығын таңдаңыз: оның күйі, сандары және растайтын файлдары осында көрсетіледі.</translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation>Таңдалған ұяшықтар: %1</translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation>Күйі мен себебі таңдалған барлық ұяшыққа қолданылады.</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>нысаналы көрсеткіш берілмеген</translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation>осы кезеңде %1, қатысушылар: %2</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
</context>
<context>
    <name>DueDatesModel</name>
    <message>
        <source>signed</source>
        <translation>қол қойылды</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>мерзімі %n күнге өтті</numerusform>
            <numerusform>мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation>Барлық кезең</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Барлық тармақ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түр</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Finds events by title, venue, organiser, partners or description (Ctrl+F)</source>
        <translation>Іс-шараларды атауы, орны, ұйымдастырушысы, серіктестері не сипаттамасы бойынша іздейді (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation>Жоба / қаржыландыру</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>Оның ішінде</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Мұғалімдер</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ата-аналар</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>until</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Activity code or words</source>
        <translation>Тармақ коды не сөздер</translation>
    </message>
    <message>
        <source>Leaflets, posters…</source>
        <translation>Парақшалар, плакаттар…</translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation>Полиция, прокуратура, дағдарыс орталығы, психолог, ҮЕҰ…</translation>
    </message>
    <message>
        <source>Police, NGO…</source>
        <translation>Полиция, ҮЕҰ…</translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation>Әйелдер мен ерлер бірге ({parts}) қатысушылар санынан ({total}) асып кетті.</translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation>Оқушылар, мұғалімдер, ата-аналар мен персонал бірге ({parts}) қатысушылар санынан ({total}) асып кетті.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Іс-шара басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation>Жоспарда {code} тармағы жоқ.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Іс-шараның атауы болуы керек.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өткізілген орны</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n іс-шара</numerusform>
            <numerusform>%n іс-шара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n қатысушы</numerusform>
            <numerusform>%n қатысушы</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation>(барлығы {total} іс-шара)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Іс-шараны өңдеу</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Өзгерістерді сақтау</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Өзгеріс енгізілмеді</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>«{title}» іс-шарасын қосу</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>«{title}» іс-шарасын өңдеу</translation>
    </message>
    <message>
        <source>the new event “%1” on the Events page</source>
        <translation>«Іс-шаралар» бетіндегі жаңа «%1» іс-шарасы</translation>
    </message>
    <message>
        <source>the changes to the event “%1” on the Events page</source>
        <translation>«Іс-шаралар» бетіндегі «%1» іс-шарасының өзгерістері</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Іс-шараны жою</translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation>«{title}» іс-шарасы жойылсын ба?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Түзету → Болдырмау арқылы оны қайтаруға болады.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>«{title}» іс-шарасын жою</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Іс-шараларды импорттау</translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Іс-шаралар тізімдері (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation>Іс-шаралар тізімін импорттау мүмкін емес</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>%n іс-шараны импорттау</numerusform>
            <numerusform>%n іс-шараны импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>Іс-шараларды импорттау…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation>Фотосуреттерді немесе қатысу тізімдерін осы жерге сүйреп әкеліңіз (әрқайсысы %1 МБ-тан аспауы керек).</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Растайтын файлдарды тіркеу</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Есеп бергендер</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation>Ескертпелер жоспардың астында көрсетіледі; элементтер оларға белгісі арқылы сілтеме жасайды. Элемент әлі пайдаланып отырған белгіні жою мүмкін емес.</translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation>Ескертпе &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation>Ескертпені &amp;жою</translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Ескертпе мәтіні</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation>PlanDesk жасаған (өз түбірлік сертификаты)</translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation>.p12 файлынан импортталған</translation>
    </message>
    <message>
        <source>on the token %1 (the key never leaves it)</source>
        <translation>%1 токенінде (кілт одан ешқашан шықпайды)</translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation>PlanDesk ұйымыңыз үшін түбірлік сертификат пен қол қою кілтін жасайды. Кілтті қорғайтын құпиясөзді таңдаңыз (кемінде 8 таңба). Ол ешқашан сақталмайды: оны мұқият сақтаңыз, құпиясөзсіз кілтпен қол қою мүмкін емес.</translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation>Қазіргі электрондық қолтаңба сақталады, бірақ енді пайдаланылмайды.</translation>
    </message>
    <message>
        <source>Plug in your token or smart card, choose its program (the PKCS#11 module that came with it), find the token, type its PIN and choose the key. The key never leaves the token; the PIN is asked each time you sign and never stored.</source>
        <translation>Токенді немесе смарт-картаны салыңыз, оның бағдарламасын (бірге келген PKCS#11 модулі) таңдаңыз, токенді табыңыз, PIN-кодын теріп, кілтті таңдаңыз. Кілт токеннен ешқашан шықпайды; PIN-код әр қол қойғанда сұралады және еш жерде сақталмайды.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Қол қою кілтін импорттау</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>%1 құпиясөзі:</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation>Бұл PKCS#12 кілт файлы емес (тым үлкен).</translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation>Сенім сертификатын экспорттау</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Сертификаттар (*.pem)</translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation>Сенім сертификаты %1 файлына жазылды. Оны есеп беретін жоғары тұрған ұйымға беріңіз.</translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation>Электрондық қолтаңба дайын.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Күтпеген қате орын алды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <source>Signature of:</source>
        <translation>Қолтаңба иесі:</translation>
    </message>
    <message>
        <source>the head of the institution</source>
        <translation>ұйым басшысы</translation>
    </message>
    <message>
        <source>the institution&apos;s seal (optional)</source>
        <translation>ұйымның мөрі (қалауыңызша)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Иесі:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Шығу көзі:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Саусақ ізі (SHA-256):</translation>
    </message>
    <message>
        <source>No seal. A seal is the institution&apos;s own signature, added after the head&apos;s on every return (as Viet Nam&apos;s rules ask); returns are valid without it unless the directorate requires it.</source>
        <translation>Мөр жоқ. Мөр — ұйымның өз қолтаңбасы, ол әр есепте басшының қолынан кейін қойылады (Вьетнам ережелеріндегідей); жоғары тұрған орган талап етпесе, есептер мөрсіз де жарамды.</translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, import the .p12 file you already have, or use the key on your token.</source>
        <translation>Әзірге жоқ. Есептерге ұйымыңыздың кілтімен қол қойылады: оны осында жасаңыз, бар .p12 файлын импорттаңыз немесе токеніңіздегі кілтті пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Жасау…</translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation>.p12 импорттау…</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Токенді пайдалану…</translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation>Сенім сертификатын экспорттау…</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Our signature</source>
        <translation>Біздің қолтаңба</translation>
    </message>
    <message>
        <source>Returns are signed digitally with your institution&apos;s key. PlanDesk can create one (with its own root certificate, which you give to the institution you report to), or use the .p12 file you already have.</source>
        <translation>Есептерге ұйымыңыздың кілтімен электрондық қол қойылады. PlanDesk кілтті өзі жасай алады (өз түбірлік сертификатымен, оны есеп беретін ұйымыңызға бересіз) немесе сізде бар .p12 файлын пайдалана алады.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation>Жоспарды импорттау</translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation>«%1» файлының әр бағанында не бар екенін және PlanDesk таныған жолдарды тексеріңіз. «Импорттау» батырмасын баспайынша ештеңе сақталмайды; содан кейін бұл жоспар ағымдағы жоспар болады (қазіргісі дерекқорда сақталады).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(алып тастау)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Goal (beside its activities)</source>
        <translation>Мақсат (іс-шараларының жанында)</translation>
    </message>
    <message>
        <source>Sub-goal (beside its activities)</source>
        <translation>Кіші мақсат (іс-шараларының жанында)</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation>Тармақ / элемент мәтіні</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысаналы көрсеткіш</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Орындалмау себебі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Түсініктемелер</translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation>Мерзімі / күндері</translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation>Осы кезеңде жоспарланған</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Бірінші мәні</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Kept apart (not plan items)</source>
        <translation>Бөлек сақталғандар (жоспар тармағы емес)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>файлдағыдай</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Кезеңдер:</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>тоқсандар</translation>
    </message>
    <message>
        <source>four-month periods</source>
        <translation>төрт айлық кезеңдер</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>жартыжылдықтар</translation>
    </message>
    <message>
        <source>months</source>
        <translation>айлар</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>жылына бір</translation>
    </message>
    <message>
        <source>a campaign window</source>
        <translation>науқан кезеңі</translation>
    </message>
    <message>
        <source>The file names no year: choose the plan&apos;s year above (and its periods, if it reports by quarter, half-year …).</source>
        <translation>Файлда жыл көрсетілмеген: жоспардың жылын жоғарыда таңдаңыз (есеп тоқсан, жартыжылдық … бойынша болса, кезеңдерін де).</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (файлдан)</translation>
    </message>
    <message>
        <source>No row is taken in: tick the rows to import.</source>
        <translation>Бірде-бір жол алынбаған: импортталатын жолдарды белгілеңіз.</translation>
    </message>
    <message>
        <source>“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation>«%1»: мақсат — %3, міндет — %4, іс-шара — %5, ескертпе — %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have no code in the file: PlanDesk numbered them (marked below).</source>
        <translation>
            <numerusform>%n жолдың файлда коды жоқ: PlanDesk оларды нөмірледі (төменде белгіленген).</numerusform>
            <numerusform>%n жолдың файлда коды жоқ: PlanDesk оларды нөмірледі (төменде белгіленген).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are numbered again in each section: they get full codes (1.3, not 3).</source>
        <translation>
            <numerusform>%n жол әр бөлімде қайта нөмірленген: олар толық код алады (3 емес, 1.3).</numerusform>
            <numerusform>%n жол әр бөлімде қайта нөмірленген: олар толық код алады (3 емес, 1.3).</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>сіз таңдадыңыз</translation>
    </message>
    <message>
        <source>from the campaign window in the file</source>
        <translation>файлдағы науқан кезеңінен</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>тақырыптан</translation>
    </message>
    <message>
        <source>from the column headings</source>
        <translation>баған тақырыптарынан</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>файлдағы күндерден</translation>
    </message>
    <message>
        <source>from the text of the file</source>
        <translation>файлдың мәтінінен</translation>
    </message>
    <message>
        <source>Year %1 (%2); periods: %3.</source>
        <translation>Жыл %1 (%2); кезеңдер: %3.</translation>
    </message>
    <message>
        <source>The file names no reporting periods: one period for the year.</source>
        <translation>Файлда есептік кезеңдер көрсетілмеген: жылға бір кезең.</translation>
    </message>
    <message>
        <source>Glossary (kept with the plan&apos;s footnotes):</source>
        <translation>Қысқартулар тізімі (жоспардың ескертпелерімен сақталады):</translation>
    </message>
    <message>
        <source>Footnotes and notes:</source>
        <translation>Ескертпелер мен ескертулер:</translation>
    </message>
    <message>
        <source>Columns kept in each item&apos;s notes: %1</source>
        <translation>Әр тармақтың ескертулерінде сақталған бағандар: %1</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Алынбаған бағандар: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <source>header</source>
        <translation>кесте тақырыбы</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>қысқартулар</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>бөлгіш</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>баған нөмірлері</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>басқа мәтін</translation>
    </message>
    <message>
        <source>Rows that are not items:</source>
        <translation>Тармақ емес жолдар:</translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  %1-жол (%2): %3</translation>
    </message>
    <message>
        <source>Keep in the notes, with its heading</source>
        <translation>Тақырыбымен бірге ескертулерде сақтау</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation>Іс-шараларды импорттау</translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation>{file}: {good} іс-шараны импорттауға болады.</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation>{bad} жолды импорттау мүмкін емес, олар алынып тасталады; себептері төменде көрсетілген.</translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation>Жазылғандай қалдырылған түрлер: {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>%n іс-шараны импорттау</numerusform>
            <numerusform>%n іс-шараны импорттау</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Импорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>%n events of the list are already in the plan (same day, title and venue): they are skipped.</source>
        <translation>
            <numerusform>Тізімдегі %n іс-шара жоспарда бар (сол күн, атау және орын): өткізіліп жіберіледі.</numerusform>
            <numerusform>Тізімдегі %n іс-шара жоспарда бар (сол күн, атау және орын): өткізіліп жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>ұйымдастырушы</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>серіктестер</translation>
    </message>
    <message>
        <source>project</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>материалдар</translation>
    </message>
    <message>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <source>plan activity</source>
        <translation>жоспар тармағы</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <source>date and venue (split)</source>
        <translation>күні мен орны (бөлінді)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Бағандар: %1</translation>
    </message>
    <message>
        <source>Kept in each event&apos;s description: %1</source>
        <translation>Әр іс-шараның сипаттамасында сақталады: %1</translation>
    </message>
    <message>
        <source>Row numbers, not stored: %1</source>
        <translation>Жол нөмірлері, сақталмайды: %1</translation>
    </message>
    <message>
        <source>Dates written without a year: %1</source>
        <translation>Жылы жазылмаған күндер: %1</translation>
    </message>
    <message>
        <source>Footnotes under the list, added to the events that cite them: %1</source>
        <translation>Тізім астындағы ескертпелер оларға сілтеме жасайтын іс-шараларға қосылды: %1</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation>Толығырақ немесе себеп</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>импортталады</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>импортталмайды</translation>
    </message>
    <message>
        <source>already in the plan: skipped</source>
        <translation>жоспарда бар: өткізіліп жіберіледі</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>алынбады</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Есепке алынды</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Келіп түскен уақыты</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation>
            <numerusform>Соңғы қабылдау: %n файл</numerusform>
            <numerusform>Соңғы қабылдау: %n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Тоқтатылды: әлі оқылмаған файлдар өткізіліп жіберілді.</translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation>Қабылданбаған файлдар есепке алынбады; себебі олардың жолында көрсетілген.</translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation>Қабылданатын есептер</translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation>Есептер және сақталған электрондық хаттар (*.pdf *.xlsx *.eml);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation>Келіп түскен есептер қалтасы</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Есептер ізделуде…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation>%2 файлдың %1 тексерілді</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Күтпеген қате орын алды. Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation>Тексеріліп жатқан файлдан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Кіріс есептер</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation>Жоспардың кез келген кезеңі</translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation>Бағынысты ұйымдардан келіп түскен есептер: әр файлдың қолтаңбасы тіркелген ұйыммен салыстырылып тексеріледі, содан кейін файл қабылданады, жаңа нұсқа ретінде сақталады немесе себебі көрсетіліп қабылданбайды. Әр файл толығымен қабылданады немесе мүлдем қабылданбайды.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Қалта қосу…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation>Есептерді осы жерге сүйреп әкеліңіз: PDF және Excel файлдары, сақталған электрондық хаттар (.eml) немесе электрондық хат тіркемелерінің бүкіл қалтасы.</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <source>signer not the institution it claims</source>
        <translation>қол қоюшы мәлімделген ұйым емес</translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>қол қоюшы белгісіз</translation>
    </message>
    <message>
        <source>not a return</source>
        <translation>есеп емес</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>тұтастығы бұзылған</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>басқа жоспар</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>басқа кезең</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>электрондық хатты оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the e-mail has no PDF or XLSX attached</source>
        <translation>электрондық хатқа PDF немесе XLSX файлы тіркелмеген</translation>
    </message>
    <message>
        <source>only PDF, XLSX and .eml files are read</source>
        <translation>тек PDF, XLSX және .eml файлдары оқылады</translation>
    </message>
    <message>
        <source>a note or a hidden file, not a return: left as it is</source>
        <translation>жазба не жасырын файл, есеп емес: өзгеріссіз қалдырылды</translation>
    </message>
    <message>
        <source>the file could not be read (it is damaged or not made by PlanDesk)</source>
        <translation>файлды оқу мүмкін болмады (ол бүлінген немесе PlanDesk-те жасалмаған)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF файлы бүлінген, оны оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the PDF carries other signatures than the head&apos;s and the institution&apos;s seal</source>
        <translation>PDF-те басшының қолтаңбасы мен ұйым мөрінен басқа қолтаңбалар бар</translation>
    </message>
    <message>
        <source>the Excel file is damaged and cannot be read</source>
        <translation>Excel файлы бүлінген, оны оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 differs from what was signed</source>
        <translation>Excel файлы қол қойылғаннан кейін өзгертілген: %1 қол қойылған нұсқадан өзгеше</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was added</source>
        <translation>Excel файлы қол қойылғаннан кейін өзгертілген: %1 қосылған</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was removed</source>
        <translation>Excel файлы қол қойылғаннан кейін өзгертілген: %1 алынып тасталған</translation>
    </message>
    <message>
        <source>the Excel file was saved again by a spreadsheet program, so it is no longer the signed original; ask for the PDF of the same return</source>
        <translation>Excel файлы кесте бағдарламасында қайта сақталған, енді ол қол қойылған түпнұсқа емес; осы есептің PDF нұсқасын сұраңыз</translation>
    </message>
    <message>
        <source>an Excel return from an earlier PlanDesk, whose signature does not cover its formatting; ask for the PDF of the same return</source>
        <translation>PlanDesk-тің бұрынғы нұсқасының Excel есебі, оның қолтаңбасы пішімдеуді қамтымайды; осы есептің PDF нұсқасын сұраңыз</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (%1) was revoked by its issuer</source>
        <translation>қол қоюшының сертификатын (%1) берген орталық кері қайтарып алды</translation>
    </message>
    <message>
        <source>the signer (%1) is not registered for %2</source>
        <translation>қол қоюшы (%1) %2 ұйымы үшін тіркелмеген</translation>
    </message>
    <message>
        <source>the signed content is not a PlanDesk return</source>
        <translation>қол қойылған мазмұн PlanDesk есебі емес</translation>
    </message>
    <message>
        <source>the return was made by a newer PlanDesk; install the newer version to read it</source>
        <translation>есеп PlanDesk-тің жаңарақ нұсқасында жасалған; оны оқу үшін жаңа нұсқаны орнатыңыз</translation>
    </message>
    <message>
        <source>the second signature (%1) is not the seal of %2</source>
        <translation>екінші қолтаңба (%1) %2 мөрі емес</translation>
    </message>
    <message>
        <source>signed twice by the same key; a second signature must be the institution&apos;s seal</source>
        <translation>бір кілтпен екі рет қол қойылған; екінші қолтаңба ұйымның мөрі болуы керек</translation>
    </message>
    <message>
        <source>the return is not sealed; this directorate requires the institution&apos;s seal</source>
        <translation>есепке мөр басылмаған; бұл басқарма ұйымның мөрін талап етеді</translation>
    </message>
    <message>
        <source>this very file was already taken in</source>
        <translation>дәл осы файл бұрын қабылданған</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 тіркелген бағынысты ұйым емес</translation>
    </message>
    <message>
        <source>the key belongs to %1</source>
        <translation>кілт %1 ұйымына тиесілі</translation>
    </message>
    <message>
        <source>the certificate is not registered for %1</source>
        <translation>сертификат %1 ұйымы үшін тіркелмеген</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan (%2)</source>
        <translation>%1 осы жоспардың кезеңі емес (%2)</translation>
    </message>
    <message>
        <source>%1, this intake is for %2</source>
        <translation>%1, ал бұл қабылдау %2 кезеңіне арналған</translation>
    </message>
    <message>
        <source>the same return is already in</source>
        <translation>дәл сондай есеп бұрын қабылданған</translation>
    </message>
    <message>
        <source>kept; version %1 is already in</source>
        <translation>сақталды; %1-нұсқа бұрын қабылданған</translation>
    </message>
    <message>
        <source>supersedes version %1</source>
        <translation>%1-нұсқаның орнын басады</translation>
    </message>
    <message>
        <source>signed %1, due %2</source>
        <translation>қол қойылған күні %1, тапсыру мерзімі %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a return</source>
        <translation>файл есеп болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>neither a PDF nor an Excel file</source>
        <translation>PDF файлы да, Excel файлы да емес</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>PDF файлы емес</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF файлында электрондық қолтаңба жоқ</translation>
    </message>
    <message>
        <source>the signature does not match the content: the file was changed after signing</source>
        <translation>қолтаңба мазмұнға сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>the file was changed after signing (an update was appended after the signature)</source>
        <translation>файл қол қойылғаннан кейін өзгертілген (қолтаңбадан кейін жаңарту қосылған)</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>қолтаңба жарамсыз</translation>
    </message>
    <message>
        <source>the signed PDF holds no machine-readable return</source>
        <translation>қол қойылған PDF файлында машинамен оқылатын есеп жоқ</translation>
    </message>
    <message>
        <source>the visible pages differ from the signed data: %1</source>
        <translation>көрінетін беттер қол қойылған деректерден өзгеше: %1</translation>
    </message>
    <message>
        <source>the Excel file is not a signed PlanDesk return</source>
        <translation>Excel файлы қол қойылған PlanDesk есебі емес</translation>
    </message>
    <message>
        <source>the signature block is damaged</source>
        <translation>қолтаңба блогы бүлінген</translation>
    </message>
    <message>
        <source>the signed return was changed after signing (hidden data does not match its signature)</source>
        <translation>қол қойылған есеп қол қойылғаннан кейін өзгертілген (жасырын деректер қолтаңбаға сәйкес келмейді)</translation>
    </message>
    <message>
        <source>a visible cell was changed after signing: %1</source>
        <translation>көрінетін ұяшық қол қойылғаннан кейін өзгертілген: %1</translation>
    </message>
    <message>
        <source>the signer (%1) is not trusted</source>
        <translation>қол қоюшы (%1) сенімді емес</translation>
    </message>
    <message>
        <source>the signed return is not in canonical form</source>
        <translation>қол қойылған есеп канондық түрде емес</translation>
    </message>
    <message>
        <source>signed by the key of institution %1, but the return claims to come from %2</source>
        <translation>%1 ұйымының кілтімен қол қойылған, бірақ есепте оның %2 ұйымынан келгені көрсетілген</translation>
    </message>
    <message>
        <source>the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)</source>
        <translation>файл атауы бойынша %1 %2, бірақ қол қойылған есеп %3 ұйымынан, %4 кезеңі үшін (файл атауы өзгертілген бе?)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue an identity</source>
        <translation>Электрондық қолтаңба беру</translation>
    </message>
    <message>
        <source>A signing key and certificate for %1 (%2), issued by this institution&apos;s own root, in a PKCS#12 file protected by a new password. Hand the file over on a USB stick and tell the password separately.</source>
        <translation>«%1» (%2) үшін осы ұйымның өз түбірлік сертификатымен берілген қолтаңба кілті мен сертификат, жаңа құпиясөзбен қорғалған PKCS#12 файлында. Файлды USB жинақтаушымен тапсырып, құпиясөзді бөлек айтыңыз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Your key password:</source>
        <translation>Кілтіңіздің құпиясөзі:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Қайталау:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Былай сақтау:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Беру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Электрондық қолтаңбаны былай сақтау</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 файлдары (*.p12 *.pfx)</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
            <numerusform>Жаңа құпиясөз кемінде %n таңбадан тұруы керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Екі жаңа құпиясөз бірдей емес.</translation>
    </message>
    <message>
        <source>The new password must not be your own.</source>
        <translation>Жаңа құпиясөз сіздікімен бірдей болмауы керек.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Бар қалтадағы файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Seal token&apos;s PIN:</source>
        <translation>Мөр токенінің PIN-коды:</translation>
    </message>
    <message>
        <source>Seal key password:</source>
        <translation>Мөр кілтінің құпиясөзі:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Токеннің PIN-коды:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Кілт құпиясөзі:</translation>
    </message>
    <message>
        <source>This does not open the seal&apos;s key. Type it again.</source>
        <translation>Бұл мөр кілтін ашпайды. Қайта теріңіз.</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Бұл қолтаңба кілтін ашпайды. Қайта теріңіз.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>It is open in process %1 on the computer %2.</source>
        <translation>Ол %2 компьютеріндегі %1 процесінде ашық.</translation>
    </message>
    <message>
        <source>PlanDesk is already open</source>
        <translation>PlanDesk әлдеқашан ашық</translation>
    </message>
    <message>
        <source>This database is already open in another PlanDesk window:
%1</source>
        <translation>Бұл дерекқор PlanDesk-тің басқа терезесінде ашық тұр:
%1</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and start PlanDesk again.</source>
        <translation>Сол терезеге ауысыңыз немесе оны жауып, PlanDesk-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder of this database:
%1</source>
        <translation>PlanDesk осы дерекқор орналасқан қалтаға жаза алмайды:
%1</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to, or ask for access.</source>
        <translation>Дерекқорды жазуға рұқсатыңыз бар қалтаға көшіріңіз немесе қолжетімділік сұраңыз.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Сақтық көшірме жазылмады.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Сақтық көшірме %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Демо нұсқаны көру</translation>
    </message>
    <message>
        <source>The demo needs a new file, not the database that is open.</source>
        <translation>Демо үшін ашық тұрған дерекқор емес, жаңа файл керек.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Демо дерекқоры жасалуда…</translation>
    </message>
    <message>
        <source>The demo could not be made in %1.</source>
        <translation>Демо %1 ішінде жасалмады.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PlanDesk.</source>
        <translation>Бұл дерекқор PlanDesk-тің жаңарақ нұсқасымен жасалған.</translation>
    </message>
    <message>
        <source>Install the newer PlanDesk to open it. The file was not changed.</source>
        <translation>Оны ашу үшін PlanDesk-тің жаңа нұсқасын орнатыңыз. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>PlanDesk could not open the database because of an unexpected error.</source>
        <translation>Күтпеген қатеге байланысты PlanDesk дерекқорды аша алмады.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>This file is not a PlanDesk database, or it is damaged.</source>
        <translation>Бұл файл PlanDesk дерекқоры емес немесе ол бүлінген.</translation>
    </message>
    <message>
        <source>Open another database with File → Open database….</source>
        <translation>Басқа дерекқорды Файл → Дерекқорды ашу… арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>No institution set up yet</source>
        <translation>Ұйым әлі көрсетілмеген</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Жоспар әлі жоқ</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, есеп тапсыру мерзімі %3</translation>
    </message>
    <message>
        <source>Opening the database %1…</source>
        <translation>Дерекқор ашылуда: %1…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Some typed text is not saved yet:</source>
        <translation>Енгізілген мәтіннің бір бөлігі әлі сақталмаған:</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Сақтап шығу</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Сақтамай шығу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PlanDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save a backup of the database</source>
        <translation>Дерекқордың сақтық көшірмесін сақтау</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>PlanDesk туралы</translation>
    </message>
    <message>
        <source>PlanDesk %1</source>
        <translation>PlanDesk %1</translation>
    </message>
    <message>
        <source>Keeps an action plan against violence towards women, the progress of every activity, the events held and the signed returns sent upward. Works fully offline: PlanDesk never sends anything over the network by itself.</source>
        <translation>Әйелдерге қатысты зорлық-зомбылыққа қарсы іс-қимыл жоспарын, әр тармақтың орындалу барысын, өткізілген іс-шараларды және жоғары тұрған ұйымға жіберілген қол қойылған есептерді жүргізеді. Толығымен желісіз жұмыс істейді: PlanDesk желі арқылы өздігінен ештеңе жібермейді.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Ағымдағы кезең</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>Try the &amp;demo in a new file…</source>
        <translation>&amp;Демо нұсқаны жаңа файлда көру…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Жұмысты бастау</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>PlanDesk &amp;туралы</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation>Осы кезеңнің есебіне қол қойылды ({version}-нұсқа); есеп мәтіні бекітілді. Оны өзгерту үшін «Есептер» бетінде есепті түзетіңіз.</translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation>Осында жазыңыз; мәтін теру барысында сақталады.</translation>
    </message>
    <message>
        <source>the narrative of %1</source>
        <translation>%1 есеп мәтіні</translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation>{period}: есеп мәтіні</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Есеп мәтіні</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation>Кезең есебінің еркін мәтін бөлігі. Бөлімдер «Баптаулар» бетінде белгіленген құрылымға сәйкес келеді; әр өзгеріс теруді тоқтатқаннан кейін сәлден соң сақталады.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>The plan&apos;s title and its reporting periods. Goals and activities are typed in the table afterwards; the periods can be changed in Settings until something is recorded in them.</source>
        <translation>Жоспардың атауы мен есептік кезеңдері. Мақсаттар мен іс-шаралар кейін кестеге енгізіледі; кезеңдерге әлі ештеңе жазылмаған кезде оларды Баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <source>e.g. Action plan against violence 2025</source>
        <translation>мысалы, Зорлық-зомбылыққа қарсы іс-қимыл жоспары 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Жыл</translation>
    </message>
    <message>
        <source>&amp;Reporting periods</source>
        <translation>&amp;Есептік кезеңдер</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Жоспарды бастау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Жоспардың атауы болуы керек.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation>Бөлім қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation>Құрылымды сақтау</translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation>Бөлімнің атауын өзгерту үшін оны екі рет басыңыз</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Жаңа бөлім</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation>Кілт құпиясөзі</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>Токеннің PIN-коды</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Қайталау:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба.</numerusform>
            <numerusform>Кемінде %n таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Тапсыру мерзімі</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Мерзім белгіленді</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>қолмен</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>ереже бойынша</translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation>Осы кезеңнің тапсыру мерзімін қолмен белгілеу үшін екі рет басыңыз</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation>Мақсат қосу</translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation>Таңдалған мақсаттан кейін мақсат қосу</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Кіші мақсат қосу</translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation>Таңдалған мақсатқа кіші мақсат қосу</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Тармақ қосу</translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation>Таңдалған кіші мақсаттың астына немесе таңдалған тармақтан кейін тармақ қосу</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Жоғарыға кірістіру</translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation>Таңдалған элементтің үстіне сол түрдегі элемент кірістіру</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Төменге кірістіру</translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation>Таңдалған элементтің астына сол түрдегі элемент кірістіру</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation>Таңдалған элементті бүйір панелінде өңдеу</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation>Таңдалған элементті оның астындағылардың бәрімен бірге жою</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Ішке жылжыту</translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation>Элементті үстіндегі элементтің астына жылжыту</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Сыртқа жылжыту</translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation>Элементті бір деңгей жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation>Элементті өз деңгейіндегілер арасында жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation>Элементті өз деңгейіндегілер арасында төмен жылжыту</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Жолдарды қою</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation>Excel немесе Word-тан көшірілген жолдарды таңдалған элементтің астына қою</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Қайта нөмірлеу…</translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation>Кодтарды ағаш ретімен қайта нөмірлеу (алдымен ескі → жаңа көрсетіледі)</translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation>Ескертпелер…</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation>Жоспардың ескертпелерін өңдеу</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Жоспарды импорттау…</translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation>Жоспарды Excel, CSV немесе PlanDesk файлынан импорттау</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>Толық мәлімет панелін көрсету немесе жасыру</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Бұл файлды импорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Import plan from %1</source>
        <translation>Жоспарды %1 файлынан импорттау</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>Жоспар импортталмады: %1</translation>
    </message>
    <message>
        <source>The template from %1 is signed by a certificate this database does not trust yet:
%2</source>
        <translation>%1 жіберген үлгіге осы дерекқор әзірге сенбейтін сертификатпен қол қойылған:
%2</translation>
    </message>
    <message>
        <source>Before you trust it, ask the directorate for its certificate&apos;s fingerprint (by telephone or on paper) and compare it with this one:

%1</source>
        <translation>Сенбес бұрын басқармадан оның сертификатының саусақ ізін (телефон арқылы немесе қағазда) сұрап, мынамен салыстырыңыз:

%1</translation>
    </message>
    <message>
        <source>Import plan template from %1</source>
        <translation>%1 файлынан жоспар үлгісін импорттау</translation>
    </message>
    <message>
        <source>The plan template version %1 from %2 was imported.</source>
        <translation>%2 жіберген %1-нұсқалы жоспар үлгісі импортталды.</translation>
    </message>
    <message>
        <source>The plan was updated to template version %1 from %2; progress and events are kept.</source>
        <translation>Жоспар %2 жіберген үлгінің %1-нұсқасына жаңартылды; орындалу барысы мен іс-шаралар сақталды.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start the plan “%1”</source>
        <translation>«%1» жоспарын бастау</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Дерекқор ашылмаған. Оны Файл → Дерекқорды ашу… арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>The plan “%1” has no goals yet. Add the first one with “Add goal”, or import the plan from a file.</source>
        <translation>«%1» жоспарында әлі мақсат жоқ. Біріншісін «Мақсат қосу» арқылы қосыңыз немесе жоспарды файлдан импорттаңыз.</translation>
    </message>
    <message>
        <source>Add the first goal</source>
        <translation>Алғашқы мақсатты қосу</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.</source>
        <translation>Бұл дерекқорда әлі жоспар жоқ. Оны бос кестеге енгізіңіз, файлдан импорттаңыз (Excel, CSV немесе жоғары басқармадан келген үлгі) немесе алдымен демо нұсқаны қараңыз.</translation>
    </message>
    <message>
        <source>Type in a new plan…</source>
        <translation>Жаңа жоспар енгізу…</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>Жоспар кестесі</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Shows the goals and activities whose code or text holds these words (Ctrl+F)</source>
        <translation>Коды не мәтінінде осы сөздер бар мақсаттар мен іс-шараларды көрсетеді (Ctrl+F)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Барлығын ашу</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Барлығын жию</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Элемент туралы толық мәлімет</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Жоспарды импорттау…</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Демо нұсқаны көру…</translation>
    </message>
</context>
<context>
    <name>PlanPrompts</name>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Бұл сертификатқа сену керек пе?</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Сеніп, импорттау</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Жоспарды импорттау</translation>
    </message>
    <message>
        <source>Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Жоспар кестелері (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <source>Your plan: “%1”, %n activities.</source>
        <translation>
            <numerusform>Жоспарыңыз: «%1», %n іс-шара.</numerusform>
            <numerusform>Жоспарыңыз: «%1», %n іс-шара.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan in this database yet.</source>
        <translation>Бұл дерекқорда әлі жоспар жоқ.</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Біздің жоспар</translation>
    </message>
    <message>
        <source>The goals and activities you report on, period after period. Choose how it comes into PlanDesk; whatever you choose is one step of Edit → Undo.</source>
        <translation>Кезең сайын есеп беретін мақсаттар мен іс-шаралар. Жоспардың PlanDesk-ке қалай енетінін таңдаңыз; кез келген таңдау «Түзету → Болдырмау» арқылы бір қадаммен қайтарылады.</translation>
    </message>
    <message>
        <source>Type it in…</source>
        <translation>Қолмен енгізу…</translation>
    </message>
    <message>
        <source>Start with an empty table: its title and periods, then goal by goal.</source>
        <translation>Бос кестеден бастаңыз: атауы мен кезеңдері, сосын мақсаттар бірінен соң бірі.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Файлдан импорттау…</translation>
    </message>
    <message>
        <source>An Excel or CSV table of the plan, its columns matched in a preview.</source>
        <translation>Жоспардың Excel немесе CSV кестесі; бағандар алдын ала қарауда сәйкестендіріледі.</translation>
    </message>
    <message>
        <source>Open a template…</source>
        <translation>Үлгіні ашу…</translation>
    </message>
    <message>
        <source>The signed plan file (.json) your directorate sent: its signature is checked before anything is stored.</source>
        <translation>Басқармаңыз жіберген қол қойылған жоспар файлы (.json): бірдеңе сақталмас бұрын қолтаңбасы тексеріледі.</translation>
    </message>
    <message>
        <source>We keep no plan</source>
        <translation>Бізде жоспар жоқ</translation>
    </message>
    <message>
        <source>Only log the events you hold; a plan of events, a period a year.</source>
        <translation>Тек өткізген іс-шараларыңызды тіркеңіз: іс-шаралар жоспары, жылына бір кезең.</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Демо нұсқаны көру…</translation>
    </message>
    <message>
        <source>A ready-made example in a separate file, to look around first; this database stays as it is.</source>
        <translation>Алдымен танысу үшін бөлек файлдағы дайын мысал; бұл дерекқор өзгермейді.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1: %2 – %3, return due %4</source>
        <translation>%1: %2 – %3, есеп тапсыру мерзімі %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Орындалмау себебі</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Серіктестер: %1</translation>
    </message>
    <message>
        <source>Planned in %1</source>
        <translation>Жоспарланған кезең: %1</translation>
    </message>
</context>
<context>
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Жоспарланған күні</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Кіші мақсат</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <source>no code: numbered by PlanDesk</source>
        <translation>коды жоқ: PlanDesk нөмірледі</translation>
    </message>
    <message>
        <source>numbered %1 in its section</source>
        <translation>өз бөлімінде %1 нөмірімен</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation>Есептердің тілі</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Басшының аты-жөні</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>Есеп беретін ұйым (коды)</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>Есеп беретін ұйым (атауы)</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>Оның электрондық поштасы</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation>Аудандық білім бөлімі</translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation>Облыстық білім басқармасы</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Басқарма</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Кәсіподақ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation>мысалы, MEB-10</translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation>бос болса: ешкімге есеп бермейді</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation>Тек әріптерді, цифрларды және . - / _ таңбаларын пайдаланыңыз (64-ке дейін).</translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation>Ұйымның коды болуы керек.</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>Ұйымның атауы болуы керек.</translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation>Ұйым өзіне өзі есеп бере алмайды.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who we are</source>
        <translation>Біз кімбіз</translation>
    </message>
    <message>
        <source>The institution that signs the returns, its head, and the institution it reports to with that one&apos;s e-mail address (the returns are addressed to it). Everything can be changed later in Settings.</source>
        <translation>Есептерге қол қоятын ұйым, оның басшысы және есеп беретін жоғары ұйым мен оның электрондық поштасы (есептер соған жіберіледі). Мұның бәрін кейін Баптауларда өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>ProgressClipboard</name>
    <message>
        <source>“%1” is not a status: paste status words (Done, Not done…) or their keys (D, N, P, L, A).</source>
        <translation>«%1» — мәртебе емес: мәртебе сөздерін (Орындалды, Орындалмады…) не олардың пернелерін (D, N, P, L, A) қойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>%n ұяшықты қою</numerusform>
            <numerusform>%n ұяшықты қою</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, есеп тапсыру мерзімі %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation>Бұғатталған: осы кезеңнің есебіне қол қойылған.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>жоспарланбаған</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation>%1 іс-ш/%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Нысаналы көрсеткіш: %1</translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation>Осы кезеңде жоспарланбаған</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Жоспарланған: %1</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Күйі әлі белгіленбеген</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Қол жеткізілгені: %1</translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation>Іс-шаралар: %1 (қатысушылар: %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation>%1 бұғатталған: оның есебіне (%2-нұсқа) қол қойылды</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation>Оның белгілерін енді өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation>%1, %2: «%3» деп белгілеу</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>%1, %2: белгіні тазарту</translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation>%n ұяшықты «%3» деп белгілеу</translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation>%n ұяшықты тазарту</translation>
    </message>
    <message>
        <source>the text typed for %1 on the Progress page</source>
        <translation>«Орындалу барысы» бетінде %1 үшін терілген мәтін</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation>%1 файлын тіркеу: %2, %3</translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation>%1 растайтын файлын алып тастау</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Барлық тармақтар</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмағандар</translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation>Себебі көрсетілмеген</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation>Тек осындай кезеңі бар тармақтарды көрсету</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Finds activities by code or text (Ctrl+F)</source>
        <translation>Тармақтарды коды не мәтіні бойынша іздейді (Ctrl+F)</translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation>Del – тазарту · Enter – ашу · Shift+көрсеткі – бірнеше ұяшық</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Дерекқор ашылмаған. Оны Файл → Дерекқорды ашу… арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation>Бұл дерекқорда әлі жоспар жоқ. Оны «Жоспар» бетінде жасаңыз немесе импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Planned</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Қатысы жоқ</translation>
    </message>
</context>
<context>
    <name>ReceivedSignerDialog</name>
    <message>
        <source>Certificate of a return received</source>
        <translation>Түскен есептің сертификаты</translation>
    </message>
    <message>
        <source>Returns received from %1 (%2). Choose one: the certificate it was signed with is shown. Compare its fingerprint with the institution (by telephone) before you trust it.</source>
        <translation>«%1» (%2) ұйымынан түскен есептер. Біреуін таңдаңыз: оған қол қойылған сертификат көрсетіледі. Сенім білдірмес бұрын оның саусақ ізін ұйыммен (телефон арқылы) салыстырыңыз.</translation>
    </message>
    <message>
        <source>Take this return in again once the certificate is trusted</source>
        <translation>Сертификатқа сенім білдірілгеннен кейін бұл есепті қайта қабылдау</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Бұл сертификатқа сенім білдіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Nothing signed has been received with this code.</source>
        <translation>Бұл кодпен қол қойылған ештеңе түскен жоқ.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Last return</source>
        <translation>Соңғы есеп</translation>
    </message>
    <message numerus="yes">
        <source>Subject bound (%n)</source>
        <translation>
            <numerusform>Байланған иесі (%n)</numerusform>
            <numerusform>Байланған иелері (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: its returns are refused</source>
        <translation>Жоқ: оның есептері қабылданбайды</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(тағы %n)</numerusform>
            <numerusform>(тағы %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Иесі: %1
Берген: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate has expired: returns signed with it are refused.</source>
        <translation>Сертификаттың мерзімі өтті: онымен қол қойылған есептер қабылданбайды.</translation>
    </message>
    <message>
        <source>The certificate expires soon: issue or bind a new one.</source>
        <translation>Сертификаттың мерзімі жақында бітеді: жаңасын беріңіз не байлаңыз.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation>Кодтарды қайта нөмірлеу</translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation>Бұл кодтар ағаш ретіне сәйкес келетіндей өзгертіледі. Орындалу барысы, іс-шаралар мен есептер өз элементтерінде қалады.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>1 кодты қайта нөмірлеу</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>%n кодты қайта нөмірлеу</numerusform>
            <numerusform>%n кодты қайта нөмірлеу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation>Ескі коды</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Жаңа коды</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation>Есеп беру кезеңдері</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Тапсыру мерзімі</translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation>күн, кезең аяқталғаннан кейін</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>Ережеге қайтару</translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation>Тапсыру мерзімін қолмен белгілеу үшін оны екі рет басыңыз; «Ережеге қайтару» таңдалған кезеңді ережеге қайтарады.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Тоқсандар</translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation>Төрт айлық кезеңдер (I/II/III)</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Жартыжылдықтар</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Айлар</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation>Еркін кезеңдер (науқан)</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1 (жиынтық)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation>Бұл кезең қол қойылған есебімен бекітілген (%1-нұсқа, %2): оның орындалу барысын, іс-шараларын және есеп мәтінін өзгерту мүмкін емес. Оларды өзгерту үшін есепті түзетіңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation>
            <numerusform>Осында қол қойылған есептер (%n)</numerusform>
            <numerusform>Осында қол қойылған есептер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation>Мұнда әлі бірде-бір есепке қол қойылмаған.</translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation>Жоспар әлі жоқ, сондықтан дайындайтын есеп жоқ.</translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation>Есептің кезеңі мен тілін таңдап, оның басып шығарылатын түрін көру үшін «Алдын ала қарау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Күтпеген қате орын алды; ештеңе сақталған жоқ. Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Тоқтатылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Алдын ала қарау үшін pdftoppm бағдарламасы (poppler-utils) қажет, ол орнатылмаған. Қол қою және сақтау онсыз да жұмыс істейді.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, signed %3 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>%1-нұсқа, %3 қол қойылған — %n беттің алғашқы %2 беті.</numerusform>
            <numerusform>%1-нұсқа, %3 қол қойылған — %n беттің алғашқы %2 беті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation>
            <numerusform>%1-нұсқа, әлі қол қойылмаған — %n беттің алғашқы %2 беті.</numerusform>
            <numerusform>%1-нұсқа, әлі қол қойылмаған — %n беттің алғашқы %2 беті.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Электрондық қолтаңба жоқ</translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation>Электрондық қолтаңба әлі жоқ.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Оны Баптаулар → Электрондық қолтаңба бөлімінде жасаңыз немесе .p12 файлыңызды импорттаңыз.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with the key on your token. Plug it in and type its PIN.</source>
        <translation>%1 есебіне токеніңіздегі кілтпен қол қойылады. Токенді салып, PIN-кодын теріңіз.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation>%1 есебіне сіздің кілтіңізбен қол қойылады. Кілт құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal, on its token. Plug it in and type its PIN.</source>
        <translation>Содан кейін есеп ұйымның мөрімен, оның токенінде расталады. Токенді салып, PIN-кодын теріңіз.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal. Type the seal key&apos;s password.</source>
        <translation>Содан кейін есеп ұйымның мөрімен расталады. Мөр кілтінің құпиясөзін теріңіз.</translation>
    </message>
    <message>
        <source>This password does not open the signing key. Type it again.</source>
        <translation>Бұл құпиясөз қолтаңба кілтін ашпайды. Қайта теріңіз.</translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation>Қол қойылған есепті сақтайтын қалта</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Қол қойылып, сақталуда…</translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation>Қол қойылып, %1 қалтасына сақталды: %2</translation>
    </message>
    <message>
        <source>The return of %1 is signed (version %2) and saved.</source>
        <translation>%1 есебіне қол қойылды (%2-нұсқа) және сақталды.</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>Түбіртекті жүктеу…</translation>
    </message>
    <message>
        <source>The answer of the body above: accepted, or sent back for correction</source>
        <translation>Жоғары тұрған ұйымның жауабы: қабылданды немесе түзетуге қайтарылды</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Үлкейту (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Кішірейту (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2). Sign the period again after “Correct this return…”, or copy them back there.</source>
        <translation>Қол қойылған %1 файлдары сақталған жерінде (%2) енді жоқ. «Бұл есепті түзету…» арқылы кезеңге қайта қол қойыңыз немесе файлдарды сол жерге қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Хат пошта бағдарламаңызда ашық: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Хатты ешбір пошта бағдарламасы ашпады, сондықтан оның қалтасы көрсетілді: %1 файлын хатқа тіркеңіз не сүйреп апарыңыз.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation>(алушының электрондық пошта мекенжайы белгісіз: оны толтырыңыз)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 файлы сақталған жерінде (%2) енді жоқ.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation>Осы есепті түзету</translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation>%1 есебі (%2-нұсқа) түзетілсін бе?</translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation>Кезең өзгерістер үшін ашылады. Қол қойылған файлдар жарамды болып, тізімде қалады; келесі қол қойылған есеп %1-нұсқа болып, оның орнын басады.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation>Кезең өзгерістер үшін ашық; келесі қол қойылған есеп – %1-нұсқа.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation>Кезең есебі сіз таңдаған тілде қол қойылған PDF және Excel файлы ретінде, жіберуге дайын электрондық хатпен бірге. Қол қою кезеңнің деректерін бекітеді.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Есептің тілі:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Қол қою және сақтау…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Электрондық хат дайындау</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>Қол қойылғаннан кейін: екі файл да тіркелген электрондық хат</translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation>Осы есепті түзету…</translation>
    </message>
    <message>
        <source>A receipt from the body above</source>
        <translation>Жоғары тұрған ұйымның түбіртегі</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Түбіртектер (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Receipt imported: %1</source>
        <translation>Түбіртек жүктелді: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Version %1 accepted by %2 on %3.</source>
        <translation>%1-нұсқаны %3 күні %2 қабылдады.</translation>
    </message>
    <message>
        <source>Version %1 sent back by %2 on %3: %4. The period is open for version %5.</source>
        <translation>%1-нұсқаны %3 күні %2 түзетуге қайтарды: %4. Кезең %5-нұсқа үшін ашық.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Қайта тапсырылды</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Әлі қаралмады</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept the return</source>
        <translation>Есепті қабылдау</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <source>Accept %1. The institution is told by a receipt signed with your key.</source>
        <translation>%1 қабылдау. Ұйым бұл туралы сіздің кілтіңізбен қол қойылған түбіртектен біледі.</translation>
    </message>
    <message>
        <source>Send %1 back for correction. The institution is told why by a receipt signed with your key; its period opens for version %2.</source>
        <translation>%1 түзетуге қайтару. Ұйым себебін сіздің кілтіңізбен қол қойылған түбіртектен біледі; оның кезеңі %2-нұсқа үшін ашылады.</translation>
    </message>
    <message>
        <source>What to correct (required)</source>
        <translation>Нені түзету керек (міндетті)</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Ескертпе (міндетті емес)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>Токеннің PIN-коды:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Кілт құпиясөзі:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Save the receipt as:</source>
        <translation>Түбіртекті былай сақтау:</translation>
    </message>
    <message>
        <source>Prepare an e-mail to %1 with the receipt</source>
        <translation>Түбіртекпен %1 мекенжайына хат дайындау</translation>
    </message>
    <message>
        <source>Prepare an e-mail with the receipt (no address is known)</source>
        <translation>Түбіртекпен хат дайындау (мекенжайы белгісіз)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Түбіртекті былай сақтау</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Түбіртектер (*.json)</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>Нені түзету керектігін жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>The reason may hold at most %n characters.</source>
        <translation>
            <numerusform>Себеп ең көбі %n таңбадан тұруы мүмкін.</numerusform>
            <numerusform>Себеп ең көбі %n таңбадан тұруы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Бар қалтадағы файлды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>period %1 is frozen by its signed return (version %2 on %3); correct the return to change its data</source>
        <translation>%1 кезеңі қол қойылған есебімен бекітілген (%2-нұсқа, %3); оның деректерін өзгерту үшін есепті түзетіңіз</translation>
    </message>
    <message>
        <source>period %1 is frozen by its signed return (version %2); correct the return to change its data</source>
        <translation>%1 кезеңі қол қойылған есебімен бекітілген (%2-нұсқа); оның деректерін өзгерту үшін есепті түзетіңіз</translation>
    </message>
    <message>
        <source>the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>осы аралықта %1 кезеңіне қол қойылды (қол қойған: %2, %3-нұсқа, %4 UTC); мұнда ештеңеге қол қойылған жоқ, қайта тексеріңіз</translation>
    </message>
    <message>
        <source>the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>осы аралықта %1 кезеңінің жиынтық есебіне қол қойылды (қол қойған: %2, %3-нұсқа, %4 UTC); мұнда ештеңеге қол қойылған жоқ, қайта тексеріңіз</translation>
    </message>
    <message>
        <source>the key password needs at least %1 characters</source>
        <translation>кілт құпиясөзі кемінде %1 таңбадан тұруы керек</translation>
    </message>
    <message>
        <source>wrong password for the signing key</source>
        <translation>қолтаңба кілтінің құпиясөзі қате</translation>
    </message>
    <message>
        <source>the stored root key is not usable</source>
        <translation>сақталған түбірлік кілтті пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (head or seal)</source>
        <translation>белгісіз рөл: «%1» (басшы немесе мөр)</translation>
    </message>
    <message>
        <source>fill in the institution&apos;s profile first (Settings)</source>
        <translation>алдымен ұйым деректерін толтырыңыз (Баптаулар)</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 key file (too large)</source>
        <translation>бұл PKCS#12 кілт файлы емес (тым үлкен)</translation>
    </message>
    <message>
        <source>the key file cannot be opened: wrong password or not a PKCS#12 file</source>
        <translation>кілт файлын ашу мүмкін емес: құпиясөз қате немесе бұл PKCS#12 файлы емес</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with a certificate</source>
        <translation>PKCS#12 файлында сертификаты бар жабық кілт жоқ</translation>
    </message>
    <message>
        <source>only RSA keys are supported for signing returns</source>
        <translation>есептерге қол қою үшін тек RSA кілттері қолданылады</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>сертификаттың жарамдылық мерзімі %1 күні өтті</translation>
    </message>
    <message>
        <source>there is no seal identity yet: create one, import a .p12 file or register a token for the seal (Settings → Signing identity)</source>
        <translation>мөрдің электрондық қолтаңбасы әлі жоқ: оны жасаңыз, .p12 файлын импорттаңыз немесе мөр үшін токенді тіркеңіз (Баптаулар → Электрондық қолтаңба)</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one or import a .p12 file (Settings → Signing identity)</source>
        <translation>электрондық қолтаңба әлі жоқ: оны жасаңыз немесе .p12 файлын импорттаңыз (Баптаулар → Электрондық қолтаңба)</translation>
    </message>
    <message>
        <source>this signing key is on a token: its PIN opens it, not a password</source>
        <translation>бұл қолтаңба кілті токенде: ол құпиясөзбен емес, PIN-кодпен ашылады</translation>
    </message>
    <message>
        <source>the stored signing key is not usable</source>
        <translation>сақталған қолтаңба кілтін пайдалану мүмкін емес</translation>
    </message>
    <message>
        <source>the token&apos;s certificate is not the one registered: register the token again (Settings → Signing identity)</source>
        <translation>токендегі сертификат тіркелген сертификатпен сәйкес келмейді: токенді қайта тіркеңіз (Баптаулар → Электрондық қолтаңба)</translation>
    </message>
    <message>
        <source>the file is not a certificate (PEM or DER)</source>
        <translation>файл сертификат емес (PEM немесе DER)</translation>
    </message>
    <message>
        <source>plan %1 is no longer in this database</source>
        <translation>%1 жоспары бұл дерекқорда енді жоқ</translation>
    </message>
    <message>
        <source>there is no plan yet: type it in or import it on the Plan page</source>
        <translation>жоспар әлі жоқ: оны «Жоспар» бетінде енгізіңіз немесе импорттаңыз</translation>
    </message>
    <message>
        <source>the plan has no period %1 (its periods: %2)</source>
        <translation>жоспарда %1 кезеңі жоқ (оның кезеңдері: %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a campaign plan needs the start and end of its window</source>
        <translation>науқан жоспарына науқан кезеңінің басталу және аяқталу күндері қажет</translation>
    </message>
    <message>
        <source>a %1 has no code: &apos;%2&apos;</source>
        <translation>«%2» элементінің (%1) коды жоқ</translation>
    </message>
    <message>
        <source>code %1 appears twice; codes must be unique in a plan</source>
        <translation>%1 коды екі рет кездеседі; жоспардағы кодтар қайталанбауы керек</translation>
    </message>
    <message>
        <source>item %1 has no description</source>
        <translation>%1 элементінің сипаттамасы жоқ</translation>
    </message>
    <message>
        <source>item %1 is planned in %2, which is not a period of the plan (%3)</source>
        <translation>%1 элементі %2 кезеңіне жоспарланған, бірақ ол жоспардың кезеңі емес (%3)</translation>
    </message>
    <message>
        <source>item %1 refers to footnote %2, which is missing</source>
        <translation>%1 элементі жоқ %2 ескертпесіне сілтеме жасайды</translation>
    </message>
    <message>
        <source>a campaign window needs its first and last day</source>
        <translation>науқан кезеңінің бірінші және соңғы күні көрсетілуі керек</translation>
    </message>
    <message>
        <source>custom window %1 ends before it starts</source>
        <translation>%1 еркін кезеңі басталмай тұрып аяқталады</translation>
    </message>
    <message>
        <source>a first and a last day are set only for a campaign window</source>
        <translation>бірінші және соңғы күн тек науқан кезеңі үшін белгіленеді</translation>
    </message>
    <message>
        <source>%1 is not a plan year (1990 to 2100)</source>
        <translation>%1 жоспар жылы ретінде жарамсыз (1990 бен 2100 аралығы)</translation>
    </message>
    <message>
        <source>a new plan needs a title</source>
        <translation>жаңа жоспардың атауы болуы керек</translation>
    </message>
    <message>
        <source>a plan title may hold at most %1 characters</source>
        <translation>жоспар атауы %1 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>the plan&apos;s title cannot be empty</source>
        <translation>жоспар атауы бос болмауы керек</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>белгісіз тіл: «%1» (мүмкін мәндер: %2)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods cannot change: it already has %1 (start a new plan, or keep them)</source>
        <translation>жоспардың кезеңдерін өзгерту мүмкін емес: онда %1 бар (жаңа жоспар бастаңыз немесе кезеңдерді өзгеріссіз қалдырыңыз)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable institution code (letters, digits, . - / _; up to %2 bytes)</source>
        <translation>«%1» ұйым коды ретінде жарамсыз (әріптер, цифрлар, . - / _; %2 байтқа дейін)</translation>
    </message>
    <message>
        <source>the institution needs a name</source>
        <translation>ұйымның атауы болуы керек</translation>
    </message>
    <message>
        <source>unknown institution kind &apos;%1&apos; (one of: %2)</source>
        <translation>белгісіз ұйым түрі: «%1» (мүмкін мәндер: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«%1» электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>an institution cannot report to itself</source>
        <translation>ұйым өзіне өзі есеп бере алмайды</translation>
    </message>
    <message>
        <source>code %1 already belongs to another institution</source>
        <translation>%1 коды басқа ұйымға тиесілі</translation>
    </message>
    <message>
        <source>this plan item no longer exists</source>
        <translation>бұл жоспар элементі енді жоқ</translation>
    </message>
    <message>
        <source>the code cannot be empty</source>
        <translation>код бос болмауы керек</translation>
    </message>
    <message>
        <source>code %1 is already used in this plan</source>
        <translation>%1 коды бұл жоспарда бұрыннан пайдаланылған</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>белгісіз элемент түрі: «%1»</translation>
    </message>
    <message>
        <source>item %1 needs a description</source>
        <translation>%1 элементінің сипаттамасы болуы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited</source>
        <translation>«%1» өрісін өңдеу мүмкін емес</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>нысаналы көрсеткіш теріс болмауы керек</translation>
    </message>
    <message>
        <source>footnote %1 does not exist in this plan</source>
        <translation>бұл жоспарда %1 ескертпесі жоқ</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan</source>
        <translation>%1 осы жоспардың кезеңі емес</translation>
    </message>
    <message>
        <source>an item cannot be moved under itself</source>
        <translation>элементті өзінің астына жылжыту мүмкін емес</translation>
    </message>
    <message>
        <source>%1 has no item above it on its level to go under</source>
        <translation>%1 элементінің үстінде оны астына жылжытуға болатын сол деңгейдегі элемент жоқ</translation>
    </message>
    <message>
        <source>%1 is already at the top level</source>
        <translation>%1 элементі онсыз да ең жоғарғы деңгейде</translation>
    </message>
    <message>
        <source>there is nothing to insert</source>
        <translation>қоятын ештеңе жоқ</translation>
    </message>
    <message>
        <source>every pasted row needs a code and a text</source>
        <translation>қойылатын әр жолда код пен мәтін болуы керек</translation>
    </message>
    <message>
        <source>%1: %2 is not a period of this plan</source>
        <translation>%1: %2 осы жоспардың кезеңі емес</translation>
    </message>
    <message>
        <source>every footnote needs a mark and a text</source>
        <translation>әр ескертпеде белгі мен мәтін болуы керек</translation>
    </message>
    <message>
        <source>two footnotes have the same mark</source>
        <translation>екі ескертпенің белгісі бірдей</translation>
    </message>
    <message>
        <source>footnote %1 is still used by a plan item</source>
        <translation>%1 ескертпесін жоспар элементі әлі пайдаланып отыр</translation>
    </message>
    <message>
        <source>event %1 is not in this plan (it may have been deleted)</source>
        <translation>%1 іс-шарасы бұл жоспарда жоқ (ол жойылған болуы мүмкін)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>іс-шараның атауы болуы керек</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;: %2</source>
        <translation>«%1» іс-шарасы: %2</translation>
    </message>
    <message>
        <source>an event cannot end before it starts</source>
        <translation>іс-шара басталмай тұрып аяқтала алмайды</translation>
    </message>
    <message>
        <source>the plan of this event no longer exists</source>
        <translation>бұл іс-шараның жоспары енді жоқ</translation>
    </message>
    <message>
        <source>event %1 exists already</source>
        <translation>%1 іс-шарасы бұрыннан бар</translation>
    </message>
    <message>
        <source>the plan has no item with code %1</source>
        <translation>жоспарда %1 коды бар элемент жоқ</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>белгісіз күй: «%1» (мүмкін мәндер: %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; progress is marked on activities</source>
        <translation>%1 — %2; орындалу барысы тек тармақтар бойынша белгіленеді</translation>
    </message>
    <message>
        <source>%1 in %2: &apos;not done&apos; needs a reason</source>
        <translation>%1, %2: «Орындалмады» белгісі үшін себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>қатысушылар саны теріс болмауы керек</translation>
    </message>
    <message>
        <source>the achieved value cannot be negative</source>
        <translation>қол жеткізілген мән теріс болмауы керек</translation>
    </message>
    <message>
        <source>a date done is given only for done or in-progress activities</source>
        <translation>орындалған күні тек «Орындалды» немесе «Орындалуда» күйіндегі тармақтар үшін көрсетіледі</translation>
    </message>
    <message>
        <source>date %1 lies outside period %2 (%3–%4, due %5)</source>
        <translation>%1 күні %2 кезеңінен тыс (%3–%4, тапсыру мерзімі %5)</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 evidence file(s); remove them before clearing the mark</source>
        <translation>%1, %2: растайтын файлдар саны — %3; белгіні тазартпас бұрын оларды алып тастаңыз</translation>
    </message>
    <message>
        <source>the outline has section &apos;%1&apos; twice</source>
        <translation>есеп мәтінінің құрылымында «%1» бөлімі екі рет кездеседі</translation>
    </message>
    <message>
        <source>section %1 of the outline needs a title</source>
        <translation>есеп мәтіні құрылымының %1-бөлімінің атауы болуы керек</translation>
    </message>
    <message>
        <source>the outline needs at least one section</source>
        <translation>есеп мәтінінің құрылымында кемінде бір бөлім болуы керек</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the outline</source>
        <translation>«%1» есеп мәтіні құрылымының бөлімі емес</translation>
    </message>
    <message>
        <source>a section may hold at most %1 characters</source>
        <translation>бөлім %1 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>the outline has no section &apos;%1&apos; (its sections: %2)</source>
        <translation>есеп мәтінінің құрылымында «%1» бөлімі жоқ (оның бөлімдері: %2)</translation>
    </message>
    <message>
        <source>the due date must fall 0 to 365 days after the period ends</source>
        <translation>тапсыру мерзімі кезең аяқталғаннан кейін 0–365 күн ішінде болуы керек</translation>
    </message>
    <message>
        <source>the due date of %1 cannot be before the period starts</source>
        <translation>%1 тапсыру мерзімі кезең басталғанға дейін болмауы керек</translation>
    </message>
    <message>
        <source>campaign windows are set as custom periods, not by a scheme</source>
        <translation>науқан кезеңдері дайын сызбамен емес, еркін кезеңдер ретінде белгіленеді</translation>
    </message>
    <message>
        <source>the reporting scheme can only change before any progress or planned period is entered; start a new plan for a new scheme</source>
        <translation>есеп беру кезеңдерін орындалу барысы немесе жоспарланған кезеңдер енгізілгенге дейін ғана өзгертуге болады; басқа есеп беру кезеңдері үшін жаңа жоспар бастаңыз</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf or xlsx)</source>
        <translation>белгісіз пішім: «%1» (pdf немесе xlsx)</translation>
    </message>
    <message>
        <source>a detached .p7s signature is made only for a signed return</source>
        <translation>бөлек .p7s қолтаңбасы тек қол қойылған есеп үшін жасалады</translation>
    </message>
    <message>
        <source>the seal signs after the head: sign to seal</source>
        <translation>мөр басшының қолынан кейін басылады: мөрмен бекіту үшін алдымен есепке қол қойыңыз</translation>
    </message>
    <message>
        <source>period %1 has no signed return to correct</source>
        <translation>%1 кезеңінде түзететін қол қойылған есеп жоқ</translation>
    </message>
    <message>
        <source>this database already holds a plan; open the demo in a new database file</source>
        <translation>бұл дерекқорда жоспар бар; демо нұсқаны жаңа дерекқор файлында ашыңыз</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split the file)</source>
        <translation>%1 файлының өлшемі — %2 МБ; растайтын файл %3 МБ-тан аспауы керек (төменірек ажыратымдылықпен сканерлеңіз немесе файлды бөліңіз)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 файл емес</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 файлы бос</translation>
    </message>
    <message>
        <source>this event no longer exists</source>
        <translation>бұл іс-шара енді жоқ</translation>
    </message>
    <message>
        <source>this evidence file no longer exists</source>
        <translation>бұл растайтын файл енді жоқ</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1 файлы оған сақталған SHA-256 мәніне сәйкес келмейді</translation>
    </message>
    <message>
        <source>the template file is too large</source>
        <translation>үлгі файлы тым үлкен</translation>
    </message>
    <message>
        <source>the template is not valid JSON</source>
        <translation>үлгі жарамды JSON емес</translation>
    </message>
    <message>
        <source>not a PlanDesk plan template</source>
        <translation>бұл PlanDesk жоспар үлгісі емес</translation>
    </message>
    <message>
        <source>the template carries no signature</source>
        <translation>үлгіде қолтаңба жоқ</translation>
    </message>
    <message>
        <source>the template&apos;s signature is damaged</source>
        <translation>үлгінің қолтаңбасы бүлінген</translation>
    </message>
    <message>
        <source>the template was not accepted: %1</source>
        <translation>үлгі қабылданбады: %1</translation>
    </message>
    <message>
        <source>the template was not accepted: it names %1 as its issuer but was signed with the key of %2</source>
        <translation>үлгі қабылданбады: онда жіберуші ретінде %1 көрсетілген, бірақ оған %2 кілтімен қол қойылған</translation>
    </message>
    <message>
        <source>the template holds no plan</source>
        <translation>үлгіде жоспар жоқ</translation>
    </message>
    <message>
        <source>this template (version %1) is older than the plan in use (version %2)</source>
        <translation>бұл үлгі (%1-нұсқа) қолданыстағы жоспардан (%2-нұсқа) ескірек</translation>
    </message>
    <message>
        <source>the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 %3); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>%1 жіберген үлгіге %2 сертификатымен қол қойылған, бұл дерекқор оған әзірге сенбейді (SHA-256 %3); саусақ ізін жіберушімен салыстырыңыз, содан кейін сертификатқа сенім білдіріп, үлгіні қайта импорттаңыз</translation>
    </message>
    <message>
        <source>the template from an unnamed issuer is signed by %1, whom this database does not trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>жіберушісі көрсетілмеген үлгіге %1 сертификатымен қол қойылған, бұл дерекқор оған әзірге сенбейді (SHA-256 %2); саусақ ізін жіберушімен салыстырыңыз, содан кейін сертификатқа сенім білдіріп, үлгіні қайта импорттаңыз</translation>
    </message>
    <message>
        <source>no return of %1 for %2 has been taken in</source>
        <translation>%1 ұйымының %2 бойынша есебі қабылданбаған</translation>
    </message>
    <message>
        <source>a decision is %1</source>
        <translation>шешім тек мынадай болуы мүмкін: %1</translation>
    </message>
    <message>
        <source>a return sent back needs the reason (what to correct)</source>
        <translation>есепті түзетуге қайтару үшін себебін көрсетіңіз (нені түзету керек)</translation>
    </message>
    <message>
        <source>the reason may hold at most %1 characters</source>
        <translation>себеп %1 таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>fill in this institution&apos;s profile first (Settings)</source>
        <translation>алдымен осы ұйымның деректерін толтырыңыз (Баптаулар)</translation>
    </message>
    <message>
        <source>the receipt is incomplete or damaged</source>
        <translation>түбіртек толық емес немесе бүлінген</translation>
    </message>
    <message>
        <source>the file is too large to be a receipt</source>
        <translation>файл түбіртек болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>the receipt is not valid JSON</source>
        <translation>түбіртек жарамды JSON емес</translation>
    </message>
    <message>
        <source>not a PlanDesk receipt</source>
        <translation>бұл PlanDesk түбіртегі емес</translation>
    </message>
    <message>
        <source>the receipt carries no signature</source>
        <translation>түбіртекте қолтаңба жоқ</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature is damaged</source>
        <translation>түбіртектің қолтаңбасы бүлінген</translation>
    </message>
    <message>
        <source>the receipt&apos;s decision is neither accepted nor sent back</source>
        <translation>түбіртектегі шешім «қабылданды» да, «түзетуге қайтарылды» да емес</translation>
    </message>
    <message>
        <source>the receipt was not accepted: %1</source>
        <translation>түбіртек қабылданбады: %1</translation>
    </message>
    <message>
        <source>the receipt was not accepted: it names %1 but was signed with the key of %2</source>
        <translation>түбіртек қабылданбады: онда %1 көрсетілген, бірақ оған %2 кілтімен қол қойылған</translation>
    </message>
    <message>
        <source>the receipt is for %1, not for this institution</source>
        <translation>түбіртек осы ұйымға емес, %1 ұйымына арналған</translation>
    </message>
    <message>
        <source>the receipt comes from %1, but this institution reports to %2</source>
        <translation>түбіртек %1 ұйымынан келген, бірақ бұл ұйым %2 ұйымына есеп береді</translation>
    </message>
    <message>
        <source>the receipt is about version %1 of %2, which this institution did not sign (or signed with other data)</source>
        <translation>түбіртек %2 есебінің %1-нұсқасына қатысты, бұл ұйым оған қол қоймаған (немесе басқа деректермен қол қойған)</translation>
    </message>
    <message>
        <source>a subordinate needs a code and a name</source>
        <translation>бағынысты ұйымның коды мен атауы болуы керек</translation>
    </message>
    <message>
        <source>this certificate belongs to institution %1, not to %2</source>
        <translation>бұл сертификат %2 ұйымына емес, %1 ұйымына тиесілі</translation>
    </message>
    <message>
        <source>this certificate is already registered for institution %1; a certificate vouches for one institution only</source>
        <translation>бұл сертификат %1 ұйымы үшін бұрыннан тіркелген; бір сертификат тек бір ұйымды растайды</translation>
    </message>
    <message>
        <source>this certificate is already registered for an authority trusted for many; a certificate vouches for one institution only</source>
        <translation>бұл сертификат көп ұйым үшін сенім білдірілген куәландырушы орталық ретінде бұрыннан тіркелген; бір сертификат тек бір ұйымды растайды</translation>
    </message>
    <message>
        <source>no header with a code and a name column found in the list</source>
        <translation>тізімде коды мен атауы бағандары бар тақырып жолы табылмады</translation>
    </message>
    <message>
        <source>the list has %1 rows of subordinates: looked for at most %2 in one list (split it into several files)</source>
        <translation>тізімде бағынысты ұйымдардың %1 жолы бар, ал бір тізімде ең көбі %2 жол қаралады (оны бірнеше файлға бөліңіз)</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 тіркелген бағынысты ұйым емес</translation>
    </message>
    <message>
        <source>only an identity created by PlanDesk (with its own root) can issue identities to subordinates</source>
        <translation>бағынысты ұйымдарға электрондық қолтаңбаны тек PlanDesk жасаған (өз түбірлік сертификаты бар) қолтаңба бере алады</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate subject (write it like CN=Name,O=Org,C=KZ)</source>
        <translation>«%1» сертификат иесінің атауы емес (былай жазыңыз: CN=Атауы,O=Ұйым,C=KZ)</translation>
    </message>
    <message>
        <source>this is a signing certificate, not an authority: trust it for its subordinate on the Subordinates page</source>
        <translation>бұл куәландырушы орталықтың емес, қолтаңбаның сертификаты: оған «Бағынысты ұйымдар» бетінде тиісті ұйым үшін сенім білдіріңіз</translation>
    </message>
    <message>
        <source>no accepted returns for %1 to consolidate</source>
        <translation>%1 бойынша жинақтайтын қабылданған есептер жоқ</translation>
    </message>
    <message>
        <source>a signed consolidated return is a PDF or an XLSX</source>
        <translation>қол қойылған жиынтық есеп PDF немесе XLSX пішімінде болады</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, xlsx or json)</source>
        <translation>белгісіз пішім: «%1» (pdf, xlsx немесе json)</translation>
    </message>
    <message>
        <source>the token cannot sign with %1</source>
        <translation>токен %1 алгоритмімен қол қоя алмайды</translation>
    </message>
    <message>
        <source>the token refused to sign (%1)</source>
        <translation>токен қол қоюдан бас тартты (%1)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 does not exist</source>
        <translation>PKCS#11 модулі %1 табылмады</translation>
    </message>
    <message>
        <source>%1 cannot be loaded as a PKCS#11 module (%2)</source>
        <translation>%1 файлын PKCS#11 модулі ретінде жүктеу мүмкін емес (%2)</translation>
    </message>
    <message>
        <source>no token labelled &apos;%1&apos; is plugged in</source>
        <translation>«%1» белгісі бар токен қосылмаған</translation>
    </message>
    <message>
        <source>no token is plugged in (or the module sees none)</source>
        <translation>бірде-бір токен қосылмаған (немесе модуль оларды көрмейді)</translation>
    </message>
    <message>
        <source>several tokens are plugged in (%1): choose one of them</source>
        <translation>бірнеше токен қосылған (%1): солардың бірін таңдаңыз</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is wrong (a few more wrong tries lock it)</source>
        <translation>токеннің PIN-коды қате (тағы бірнеше қате әрекет оны бұғаттайды)</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is locked: unlock it with the token&apos;s tool</source>
        <translation>токеннің PIN-коды бұғатталған: оны токеннің өз бағдарламасымен бұғаттан шығарыңыз</translation>
    </message>
    <message>
        <source>the token cannot be opened (%1)</source>
        <translation>токенді ашу мүмкін емес (%1)</translation>
    </message>
    <message>
        <source>the token holds no signing key</source>
        <translation>токенде қолтаңба кілті жоқ</translation>
    </message>
    <message>
        <source>the token holds no signing key labelled %1</source>
        <translation>токенде %1 белгісі бар қолтаңба кілті жоқ</translation>
    </message>
    <message>
        <source>the token holds several keys (%1): choose one of them</source>
        <translation>токенде бірнеше кілт бар (%1): солардың бірін таңдаңыз</translation>
    </message>
    <message>
        <source>the token holds no certificate for its signing key</source>
        <translation>токенде оның қолтаңба кілтіне арналған сертификат жоқ</translation>
    </message>
    <message>
        <source>a certificate needs an institution code, and this one is empty</source>
        <translation>сертификатқа ұйым коды қажет, ал бұл код бос</translation>
    </message>
    <message>
        <source>the institution code &apos;%1&apos; is too long for a certificate (%2 bytes, at most %3): choose a shorter code</source>
        <translation>«%1» ұйым коды сертификат үшін тым ұзын (%2 байт, ең көбі %3): қысқарақ код таңдаңыз</translation>
    </message>
    <message>
        <source>a subordinate needs a name</source>
        <translation>бағынысты ұйымның атауы болуы керек</translation>
    </message>
    <message>
        <source>%1 is not known here</source>
        <translation>%1 ұйымы мұнда белгісіз</translation>
    </message>
    <message>
        <source>that certificate is not registered for %1</source>
        <translation>бұл сертификат %1 үшін тіркелмеген</translation>
    </message>
    <message>
        <source>that received return is not kept here</source>
        <translation>бұл келіп түскен есеп мұнда сақталмаған</translation>
    </message>
    <message>
        <source>%1: its signature does not hold, so its certificate is not offered</source>
        <translation>%1: қолтаңбасы жарамсыз, сондықтан оның сертификаты ұсынылмайды</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one in Settings first</source>
        <translation>электрондық қолтаңба әлі жоқ: алдымен оны «Баптаулар» бөлімінде жасаңыз</translation>
    </message>
    <message>
        <source>%1 was taken in already</source>
        <translation>%1 бұрын қабылданған</translation>
    </message>
    <message>
        <source>no subordinates are registered yet: add them on the Subordinates page</source>
        <translation>бағынысты ұйымдар әлі тіркелмеген: оларды «Бағынысты ұйымдар» бетінде қосыңыз</translation>
    </message>
    <message>
        <source>the plan has no period %1</source>
        <translation>жоспарда %1 кезеңі жоқ</translation>
    </message>
    <message>
        <source>the copy must go to another database than the one it comes from</source>
        <translation>көшірме өзі алынған дерекқорға емес, басқа дерекқорға жазылуы керек</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>%1 орнында дерекқор жоқ</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new database file</source>
        <translation>%1 — қалта; жаңа дерекқор файлының атын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file (nothing was copied)</source>
        <translation>%1 бұрыннан бар; жаңа файлға көшіріңіз (ештеңе көшірілген жоқ)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; nothing was copied</source>
        <translation>%1 қалтасы жоқ; ештеңе көшірілген жоқ</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up</source>
        <translation>%1 орнында сақтық көшірмесі жасалатын дерекқор жоқ</translation>
    </message>
    <message>
        <source>cannot read the database %1 to back it up (%2); no backup was written</source>
        <translation>сақтық көшірме жасау үшін %1 дерекқорын оқу мүмкін емес (%2); сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>%1 сақтық көшірмесін жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>another program has the database open (SQLite says: %1): close it, then run the restore again; nothing was changed</source>
        <translation>дерекқор басқа бағдарламада ашық (SQLite хабары: %1): сол бағдарламаны жауып, қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the current database %1 cannot be read (%2); move it aside by hand, then run the restore again; nothing was changed</source>
        <translation>ағымдағы %1 дерекқорын оқу мүмкін емес (%2); оны қолмен басқа орынға жылжытып, қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>another program has the database open: close it, then run the restore again; nothing was changed</source>
        <translation>дерекқор басқа бағдарламада ашық: сол бағдарламаны жауып, қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file</source>
        <translation>%1 — дерекқордың өзі; сақтық көшірме файлын таңдаңыз</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was changed</source>
        <translation>%1 файлын дерекқор ретінде оқу мүмкін емес (%2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the database (%2); nothing was changed</source>
        <translation>%1 файлын дерекқордың жанына көшіру мүмкін емес (%2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the database is open in %1: close it, then run the restore again; nothing was changed</source>
        <translation>дерекқор мына жерде ашық: %1; оны жауып, қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the database is open in %1 and %2 more: close it, then run the restore again; nothing was changed</source>
        <translation>дерекқор мына жерде және тағы %2 бағдарламада ашық: %1; оларды жауып, қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 could not be brought to this version (%2); the database was put back as it was</source>
        <translation>%1 файлын осы нұсқаға келтіру мүмкін болмады (%2); дерекқор бұрынғы күйіне қайтарылды</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); no backup was written</source>
        <translation>pg_dump орнатылмаған (Debian/Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL орнатқышының пәрмен жолы құралдары, PATH ішінде); сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was changed</source>
        <translation>pg_restore орнатылмаған (Debian/Ubuntu: apt-get install postgresql-client; Windows: PostgreSQL орнатқышының пәрмен жолы құралдары, PATH ішінде); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>pg_dump of %1 took more than an hour and was stopped; no backup was written</source>
        <translation>%1 үшін pg_dump бір сағаттан астам жұмыс істеп, тоқтатылды; сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed (%2); no backup was written</source>
        <translation>%1 үшін pg_dump сәтсіз аяқталды (%2); сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>pg_restore of %1 took more than an hour and was stopped; the database was left as it was (a copy of it: %2)</source>
        <translation>%1 үшін pg_restore бір сағаттан астам жұмыс істеп, тоқтатылды; дерекқор бұрынғы күйінде қалдырылды (оның көшірмесі: %2)</translation>
    </message>
    <message>
        <source>pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)</source>
        <translation>%1 үшін pg_restore сәтсіз аяқталды (%2); дерекқор бұрынғы күйінде қалдырылды (оның көшірмесі: %3)</translation>
    </message>
    <message>
        <source>%1 is not a database backup of a server (pg_restore says: %2); nothing was changed</source>
        <translation>%1 сервер дерекқорының сақтық көшірмесі емес (pg_restore хабары: %2); ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 is not a backup of a PlanDesk database; nothing was changed</source>
        <translation>%1 PlanDesk дерекқорының сақтық көшірмесі емес; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 holds no PlanDesk schema revision; nothing was changed</source>
        <translation>%1 ішінде PlanDesk схемасының нұсқасы жоқ; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; nothing was changed</source>
        <translation>%1 PlanDesk-тің жаңарақ нұсқасында жазылған (схема %2); оны пайдалану үшін жаңа нұсқаны орнатыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the database is open (%1): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>дерекқор ашық (%1): басқа қызметкерлерден PlanDesk-ті жабуды сұраңыз, содан кейін қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the database is open (%1 and more): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>дерекқор ашық (%1 және басқалар): басқа қызметкерлерден PlanDesk-ті жабуды сұраңыз, содан кейін қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>дерекқор ашық (басқа қосылымдар: %1): басқа қызметкерлерден PlanDesk-ті жабуды сұраңыз, содан кейін қалпына келтіруді қайта іске қосыңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <source>%1 was restored but could not be brought to this version (%2); the database as it was is in %3</source>
        <translation>%1 қалпына келтірілді, бірақ оны осы нұсқаға келтіру мүмкін болмады (%2); дерекқордың бұрынғы күйі мына жерде: %3</translation>
    </message>
    <message>
        <source>%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json)</source>
        <translation>%1 — бұл қалта, ал жоспар файлы күтілген (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt немесе .json)</translation>
    </message>
    <message>
        <source>%1 does not exist: looked for a plan file at %2</source>
        <translation>%1 жоқ: жоспар файлы мына жерден ізделді: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file of at most %3 MB</source>
        <translation>%1 тым үлкен (%2): көлемі %3 МБ-тан аспайтын жоспар файлы күтілген</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB</source>
        <translation>%1 тым үлкен (%2): көлемі %3 МБ-тан аспайтын кесте файлы (.csv, .tsv, .txt) күтілген</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB</source>
        <translation>%1 тым үлкен (%2): көлемі %3 МБ-тан аспайтын ескі Excel 97-2003 (.xls) кітабы күтілген</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file (.json) of at most %3 MB</source>
        <translation>%1 тым үлкен (%2): көлемі %3 МБ-тан аспайтын жоспар файлы (.json) күтілген</translation>
    </message>
    <message>
        <source>%1 is empty: looked for a plan table and found nothing</source>
        <translation>%1 бос: жоспар кестесі ізделді, бірақ ештеңе табылмады</translation>
    </message>
    <message>
        <source>%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx document, so save it as .docx without a password</source>
        <translation>%1 — ескі Word 97-2003 (.doc) құжаты немесе құпиясөзбен қорғалған құжат: .docx құжаты күтілген, оны құпиясөзсіз .docx ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>%1 is not a Word .docx document: looked for the zip package of a Word .docx document and found something else</source>
        <translation>%1 Word .docx құжаты емес: Word .docx құжатының zip-бумасы күтілген, бірақ басқа нәрсе табылды</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .docx zip package (%2)</source>
        <translation>%1 файлы бүлінген: оқылатын .docx zip-бумасы күтілген еді (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .xlsx zip package (%2)</source>
        <translation>%1 файлы бүлінген: оқылатын .xlsx zip-бумасы күтілген еді (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable OpenDocument package (%2)</source>
        <translation>%1 файлы бүлінген: оқылатын OpenDocument бумасы күтілген еді (%2)</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and found something else</source>
        <translation>%1 OpenDocument файлы емес: OpenDocument файлының zip-бумасы күтілген, бірақ басқа нәрсе табылды</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found something else</source>
        <translation>%1 Excel кітабы емес: .xlsx файлының zip-бумасы күтілген, бірақ басқа нәрсе табылды</translation>
    </message>
    <message>
        <source>%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format and found something else</source>
        <translation>%1 ескі Excel 97-2003 (.xls) кітабы емес: Excel 97-2003 файл пішімі күтілген, бірақ басқа нәрсе табылды</translation>
    </message>
    <message>
        <source>%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json</source>
        <translation>PlanDesk %1 сияқты файлдарды импорттамайды: .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt немесе .json күтілген</translation>
    </message>
    <message>
        <source>%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)</source>
        <translation>%1 — JSON файлы, ал кесте күтілген (.xlsx, .xls, .docx, .ods, .csv, .tsv немесе .txt)</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a table</source>
        <translation>%1 ішінде парақ жоқ: кестесі бар парақ ізделді</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a plan table</source>
        <translation>%1 ішінде парақ жоқ: жоспар кестесі бар парақ ізделді</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan table: looked for rows of text and found binary data</source>
        <translation>%1 жоспар кестесі емес: мәтін жолдары күтілген, бірақ екілік деректер табылды</translation>
    </message>
    <message>
        <source>%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not valid there</source>
        <translation>%1 оқылмайды: %2 мәтіні күтілген (файл осы белгіден басталады), бірақ %3 байты онда жарамсыз</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, scheme and items and far smaller</source>
        <translation>%1 көлемі %2 МБ-тан үлкен: PlanDesk жоспары күтілген: title, year, scheme және items өрістері бар JSON нысаны, әрі әлдеқайда кішірек</translation>
    </message>
    <message>
        <source>%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, year, scheme and items, of at most %3 goals and activities</source>
        <translation>%1 ішінде %2-ден артық мән бар: PlanDesk жоспары күтілген: title, year, scheme және items өрістері бар JSON нысаны, ең көбі %3 мақсат пен тармақпен</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 жарамды JSON емес: PlanDesk жоспары күтілген: title, year, scheme және items өрістері бар JSON нысаны</translation>
    </message>
    <message>
        <source>%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 жоспар файлы емес: PlanDesk жоспары күтілген: title, year, scheme және items өрістері бар JSON нысаны</translation>
    </message>
    <message>
        <source>%1 is not a usable plan file: %2</source>
        <translation>%1 жоспар файлы ретінде жарамсыз: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 goals and activities: looked for a plan of at most %3</source>
        <translation>%1 ішінде %2 мақсат пен тармақ бар: ең көбі %3 болатын жоспар күтілген</translation>
    </message>
    <message>
        <source>%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan of at most %3 of them</source>
        <translation>%1 ішінде мақсаттар, тармақтар, жоспарланған кезеңдер мен ескертпелер барлығы %2: олар ең көбі %3 болатын жоспар күтілген</translation>
    </message>
    <message>
        <source>%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a few seconds</source>
        <translation>%1 тым ұзақ оқылады (%2 секундтан артық): PlanDesk бірнеше секундта оқитын кесте күтілген</translation>
    </message>
    <message>
        <source>the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>файлда жыл көрсетілмеген: жыл немесе кезең тақырыптан, баған атауларынан, күндерден және мәтіннен ізделді, бірақ табылмады; жоспар қай жылға арналғанын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>%1: файлда жыл көрсетілмеген: жыл немесе кезең тақырыптан, баған атауларынан, күндерден және мәтіннен ізделді, бірақ табылмады; жоспар қай жылға арналғанын көрсетіңіз</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice; codes must be unique</source>
        <translation>%1: %2 коды екі рет кездеседі; кодтар қайталанбауы керек</translation>
    </message>
    <message>
        <source>%1: a campaign plan needs the start and end of its window</source>
        <translation>%1: науқан жоспарына науқан кезеңінің басталу және аяқталу күндері қажет</translation>
    </message>
    <message>
        <source>%1: the campaign window %2 needs a start and an end date</source>
        <translation>%1: %2 науқан кезеңіне басталу және аяқталу күндері қажет</translation>
    </message>
    <message>
        <source>%1: item %2 is planned in %3, which is not a period of the plan (%4)</source>
        <translation>%1: %2 элементі %3 кезеңіне жоспарланған, бірақ бұл жоспардың кезеңі емес (%4)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to footnote %3, which is missing</source>
        <translation>%1: %2 элементі жоқ %3 ескертпесіне сілтеме жасайды</translation>
    </message>
    <message>
        <source>no header row of an events list found: looked for a date column (Date, Tarih, Дата, Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in the first %1 rows</source>
        <translation>іс-шаралар тізімінің тақырып жолы табылмады: алғашқы %1 жолдан күн бағаны (Date, Tarih, Дата, Data, Ngày) және атау бағаны (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) ізделді</translation>
    </message>
    <message>
        <source>the list has %1 rows of events: looked for at most %2 events in one list (split it into several files)</source>
        <translation>тізімде іс-шаралардың %1 жолы бар, ал бір тізімде ең көбі %2 іс-шара қаралады (оны бірнеше файлға бөліңіз)</translation>
    </message>
    <message>
        <source>the events list has a header but no rows</source>
        <translation>іс-шаралар тізімінде тақырып бар, бірақ бірде-бір жол жоқ</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx</source>
        <translation>%1 — OpenDocument файлы, ал .xlsx кітабы күтілген: оны .xlsx ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>%1 is a Word document: looked for an Excel workbook, save it as .xlsx</source>
        <translation>%1 — Word құжаты, ал Excel кітабы күтілген: оны .xlsx ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none</source>
        <translation>%1 Excel кітабы емес: ішінен xl/workbook.xml ізделді, бірақ табылмады</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a workbook without a password</source>
        <translation>%1 шифрланған: құпиясөзсіз кітап күтілген</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration (%2): looked for a plain Excel workbook, which never has one</source>
        <translation>%1 ішінде құжат түрі жарияланған XML бар (%2): мұндай жариялауы ешқашан болмайтын қарапайым Excel кітабы күтілген</translation>
    </message>
    <message>
        <source>%1 has %2 of shared texts: looked for a workbook with at most %3 of them</source>
        <translation>%1 ішінде ортақ мәтіндер көлемі %2: олардың көлемі ең көбі %3 болатын кітап күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 XML, as Excel writes</source>
        <translation>%1: %2 бөлігі %3 мәтін кодтамасында жазылған: Excel жазатындай UTF-8 немесе UTF-16 XML күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for cells of a plan table, which are far shorter</source>
        <translation>%1: %2 бөлігінде %3-тан ұзын мәтін бар: әлдеқайда қысқа болатын жоспар кестесінің ұяшықтары күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose parts are far smaller</source>
        <translation>%1: %2 бөлігінде %3-тен артық элемент бар: бөліктері әлдеқайда кіші Excel кітабы күтілген</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells</source>
        <translation>%1: %2 парақ бөлігінде %3-тен артық ұяшық бар: ең көбі %3 ұяшықтан тұратын жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3</source>
        <translation>%1: %2 бөлігінде %3-тен артық ортақ мәтін бар: ең көбі %3 ортақ мәтіні бар кітап күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 rows: looked for a workbook with at most %3</source>
        <translation>%1: %2 бөлігінде %3-тен артық жол бар: ең көбі %3 жолы бар кітап күтілген</translation>
    </message>
    <message>
        <source>%1: one row of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: %2 бөлігінің бір жолында %3-тен артық элемент бар: жолдары мен мәтіндері әлдеқайда кіші Excel кітабы күтілген</translation>
    </message>
    <message>
        <source>%1: one shared text of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: %2 бөлігінің бір ортақ мәтінінде %3-тен артық элемент бар: жолдары мен мәтіндері әлдеқайда кіші Excel кітабы күтілген</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook: looked for its worksheets and found a damaged part (%2)</source>
        <translation>%1 — оқылмайтын Excel кітабы: оның парақтары ізделді, бірақ бүлінген бөлік табылды (%2)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; cannot be read: looked for rows of cells and found a damaged part (%3)</source>
        <translation>%1: «%2» парағы оқылмайды: ұяшық жолдары ізделді, бірақ бүлінген бөлік табылды (%3)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; holds more than %3 characters: looked for a plan table, which holds far less text</source>
        <translation>%1: «%2» парағында %3-тен артық таңба бар: мәтіні әлдеқайда аз жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is too large: looked for a plan table of at most %3 rows and %4 columns</source>
        <translation>%1: «%2» парағы тым үлкен: ең көбі %3 жол мен %4 бағаннан тұратын жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has text beyond column %3 in row %4: looked for a plan table, which is far narrower</source>
        <translation>%1: «%2» парағының %4-жолында %3-бағаннан кейін мәтін бар: әлдеқайда тар жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has more than %3 rows: looked for a table of at most that many</source>
        <translation>%1: «%2» парағында %3-тен артық жол бар: жолы одан аспайтын кесте күтілген</translation>
    </message>
    <message>
        <source>%1 has a line longer than %2 characters: looked for rows of a plan table and found none</source>
        <translation>%1 ішінде %2 таңбадан ұзын жол бар: жоспар кестесінің жолдары ізделді, бірақ табылмады</translation>
    </message>
    <message>
        <source>%1 has %2 columns in row %3: looked for a plan table, which has at most %4</source>
        <translation>%1 ішінде %3-жолда %2 баған бар: бағандары ең көбі %4 болатын жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells</source>
        <translation>%1 ішінде %2-ден артық ұяшық бар (%3-жолға дейін): ең көбі %2 ұяшықтан тұратын жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters (by row %3): looked for a plan table, which holds far less text</source>
        <translation>%1 ішінде %2-ден артық таңба бар (%3-жолға дейін): мәтіні әлдеқайда аз жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: looked for a table of at most that many</source>
        <translation>%1 ішінде %2-ден артық жол бар: жолы одан аспайтын кесте күтілген</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV table: looked for delimited rows (%2)</source>
        <translation>%1 — оқылмайтын CSV кестесі: бөлгішпен бөлінген жолдар күтілген (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells: looked for a plan table of at most %2 cells</source>
        <translation>%1 ішінде %2-ден артық ұяшық бар: ең көбі %2 ұяшықтан тұратын жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters: looked for a plan table, which holds far less text</source>
        <translation>%1 ішінде %2-ден артық таңба бар: мәтіні әлдеқайда аз жоспар кестесі күтілген</translation>
    </message>
    <message>
        <source>column %1 names no period: looked for a period in its heading (a quarter, a four-month period, a month …)</source>
        <translation>%1-баған кезеңді атамайды: оның тақырыбынан кезең ізделді (тоқсан, төрт айлық кезең, ай …)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a column role</source>
        <translation>%1-баған: «%2» баған рөлі емес</translation>
    </message>
    <message>
        <source>the period columns mix different kinds of periods: looked for one scheme (quarters, four-month periods, months …)</source>
        <translation>кезең бағандарында әр түрлі кезеңдер араласқан: бір ғана схема күтілген (тоқсандар, төрт айлық кезеңдер, айлар …)</translation>
    </message>
    <message>
        <source>no column holds the activity texts: choose one as &apos;Activity&apos;</source>
        <translation>бірде-бір бағанда тармақ мәтіндері жоқ: біреуін «Тармақ / элемент мәтіні» ретінде таңдаңыз</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>тақырып жолы табылмады: алғашқы %1 жолдан тармақ мәтіндерінің бағаны ізделді (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>the table is empty: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>кесте бос: алғашқы %1 жолдан тармақ мәтіндерінің бағаны ізделді (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows, and no numbered paragraphs (I., 1., -) to read a plan from</source>
        <translation>тақырып жолы табылмады: алғашқы %1 жолдан тармақ мәтіндерінің бағаны ізделді (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …), әрі жоспарды оқуға болатын нөмірленген абзацтар (I., 1., -) да жоқ</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code or an activity text</source>
        <translation>тақырып жолының (%1-жол) астында тармақтар жоқ: коды немесе тармақ мәтіні бар жолдар ізделді</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code and an activity text</source>
        <translation>тақырып жолының (%1-жол) астында тармақтар жоқ: коды да, тармақ мәтіні де бар жолдар ізделді</translation>
    </message>
    <message>
        <source>code %1 appears twice (rows %2 and %3): looked for one code per goal and activity</source>
        <translation>%1 коды екі рет кездеседі (%2 және %3 жолдар): әр мақсат пен тармаққа бір код күтілген</translation>
    </message>
    <message>
        <source>row %1: item %2 has no text: looked for it in the column &apos;%3&apos;</source>
        <translation>%1-жол: %2 элементінің мәтіні жоқ: ол «%3» бағанынан ізделді</translation>
    </message>
    <message>
        <source>%1 is not a Word document: looked for word/document.xml inside and found none</source>
        <translation>%1 Word құжаты емес: ішінен word/document.xml ізделді, бірақ табылмады</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a Word document without a password</source>
        <translation>%1 шифрланған: құпиясөзсіз Word құжаты күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for a document of a plan, whose paragraphs are far shorter</source>
        <translation>%1: %2 бөлігінде %3-тан ұзын мәтін бар: абзацтары әлдеқайда қысқа жоспар құжаты күтілген</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 XML elements: looked for a document of a plan, which has far fewer</source>
        <translation>%1: %2 бөлігінде %3-тен артық XML элементі бар: элементтері әлдеқайда аз жоспар құжаты күтілген</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: looked for its paragraphs and tables and found a damaged part (%2)</source>
        <translation>%1 — оқылмайтын Word құжаты: оның абзацтары мен кестелері ізделді, бірақ бүлінген бөлік табылды (%2)</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a file without a password</source>
        <translation>%1 шифрланған: құпиясөзсіз файл күтілген</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for content.xml inside and found none</source>
        <translation>%1 OpenDocument файлы емес: ішінен content.xml ізделді, бірақ табылмады</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument file: looked for its tables and found a damaged part (%2)</source>
        <translation>%1 — оқылмайтын OpenDocument файлы: оның кестелері ізделді, бірақ бүлінген бөлік табылды (%2)</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for a workbook without a password, so save it again without one</source>
        <translation>%1 — құпиясөзбен қорғалған ескі Excel 97-2003 (.xls) кітабы: құпиясөзсіз кітап күтілген, оны құпиясөзсіз қайта сақтаңыз</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or password-protected): looked for its worksheets (%2)</source>
        <translation>%1 — оқылмайтын ескі Excel 97-2003 (.xls) кітабы (бүлінген немесе құпиясөзбен қорғалған): оның парақтары ізделді (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 rows and %5 columns</source>
        <translation>%1 тым үлкен (%2 жол, %3 баған): ең көбі %4 жол мен %5 бағаннан тұратын жоспар кестесі күтілген</translation>
    </message>
</context>
<context>
    <name>ServiceWord</name>
    <message>
        <source>progress marks</source>
        <translation>орындалу белгілері</translation>
    </message>
    <message>
        <source>narrative texts</source>
        <translation>есеп мәтіндері</translation>
    </message>
    <message>
        <source>planned periods</source>
        <translation>жоспарланған кезеңдер</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>есептер</translation>
    </message>
    <message>
        <source>another clerk</source>
        <translation>басқа қызметкер</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>мақсат</translation>
    </message>
    <message>
        <source>sub-goal</source>
        <translation>кіші мақсат</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>тармақ</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>қатысушылар саны теріс болмауы керек</translation>
    </message>
    <message>
        <source>no count may be negative</source>
        <translation>ешбір сан теріс болмауы керек</translation>
    </message>
    <message>
        <source>women and men together exceed the number of participants</source>
        <translation>әйелдер мен ерлер бірге қатысушылар санынан асып кетті</translation>
    </message>
    <message>
        <source>pupils, teachers, parents and staff together exceed the number of participants</source>
        <translation>оқушылар, мұғалімдер, ата-аналар мен персонал бірге қатысушылар санынан асып кетті</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <source>the institution profile on the Settings page</source>
        <translation>«Баптаулар» бетіндегі ұйым деректері</translation>
    </message>
    <message>
        <source>the narrative outline on the Settings page</source>
        <translation>«Баптаулар» бетіндегі есеп мәтінінің құрылымы</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Өзгеріс енгізілмеді</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Ұйым деректерін өзгерту</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation>Есеп беру кезеңдерін өзгерту</translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation>Тапсыру мерзімінің ережесін өзгерту</translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation>{period}: тапсыру мерзімін белгілеу</translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation>{period}: тапсыру мерзімін ережеге қайтару</translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation>Есеп мәтінінің құрылымын өзгерту</translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation>Құрылым сақталды</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation>Есеп беру кезеңдері мен тапсыру мерзімдері</translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation>Есеп мәтінінің құрылымы</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Электрондық қолтаңба</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Деректерді сақтау</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Still to do before the first signed return:</source>
        <translation>Алғашқы қол қойылған есепке дейін істелетіні:</translation>
    </message>
    <message>
        <source>Set up the institution…</source>
        <translation>Ұйымды баптау…</translation>
    </message>
    <message>
        <source>Bring in the plan…</source>
        <translation>Жоспарды енгізу…</translation>
    </message>
    <message>
        <source>Create or import the signature…</source>
        <translation>Қолтаңбаны жасау не импорттау…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Бетке өту</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Болдырмау, қайталау</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Quit (asks when typed text is not saved)</source>
        <translation>Шығу (мәтін сақталмаса, сұрайды)</translation>
    </message>
    <message>
        <source>Find on the page shown</source>
        <translation>Ашық беттен іздеу</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + асты сызылған әріп</translation>
    </message>
    <message>
        <source>The field of that label</source>
        <translation>Сол белгінің өрісі</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Іс-шара қосу</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Мақсат қосу</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Таңдалған тармақты өңдеу</translation>
    </message>
    <message>
        <source>Indent, outdent</source>
        <translation>Деңгейін төмендету, көтеру</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Таңдалған тармақты жою</translation>
    </message>
    <message>
        <source>Mark the selected cells</source>
        <translation>Таңдалған ұяшықтарды белгілеу</translation>
    </message>
    <message>
        <source>Copy or paste cells as Excel does (tab-separated text)</source>
        <translation>Ұяшықтарды Excel сияқты көшіру не қою (табуляциямен бөлінген мәтін)</translation>
    </message>
    <message>
        <source>Open the details of the cell</source>
        <translation>Ұяшық мәліметтерін ашу</translation>
    </message>
    <message>
        <source>Save the details panel</source>
        <translation>Мәліметтер панелін сақтау</translation>
    </message>
    <message>
        <source>Revert the details panel</source>
        <translation>Мәліметтер панелін қайтару</translation>
    </message>
    <message>
        <source>Add or save the event in the form</source>
        <translation>Пішіндегі іс-шараны қосу не сақтау</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Пішінді қайтару</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешіктірілді</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Жаңа нұсқа</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Қайталанған</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Өткізіліп жіберілді</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Тапсырылмаған</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Келіп түскен уақыты</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 · Who we are</source>
        <translation>1 · Біз кімбіз</translation>
    </message>
    <message>
        <source>2 · Our plan</source>
        <translation>2 · Біздің жоспар</translation>
    </message>
    <message>
        <source>3 · Our signature</source>
        <translation>3 · Біздің қолтаңба</translation>
    </message>
    <message>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>әлі істелмеген</translation>
    </message>
</context>
<context>
    <name>SubordinateDialog</name>
    <message>
        <source>Edit subordinate</source>
        <translation>Бағынысты ұйымды өзгерту</translation>
    </message>
    <message>
        <source>Add subordinate</source>
        <translation>Бағынысты ұйым қосу</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Сертификат файлына сенім білдіру…</translation>
    </message>
    <message>
        <source>No certificate yet: it can be added later.</source>
        <translation>Сертификат әлі жоқ: оны кейін қосуға болады.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Type the institution&apos;s code.</source>
        <translation>Ұйымның кодын теріңіз.</translation>
    </message>
    <message>
        <source>A subordinate with the code %1 is registered already.</source>
        <translation>%1 кодты бағынысты ұйым бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Ұйымның атауын теріңіз.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Бұл электрондық пошта мекенжайы емес.</translation>
    </message>
</context>
<context>
    <name>SubordinatesPage</name>
    <message>
        <source>Subordinates</source>
        <translation>Бағынысты ұйымдар</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinate(s)</source>
        <translation>
            <numerusform>%n бағынысты ұйым</numerusform>
            <numerusform>%n бағынысты ұйым</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 ішінен %1 көрсетілді</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinates selected.</source>
        <translation>
            <numerusform>%n бағынысты ұйым таңдалды.</numerusform>
            <numerusform>%n бағынысты ұйым таңдалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subordinate to see its certificates.</source>
        <translation>Сертификаттарын көру үшін бағынысты ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <source>No certificate is trusted for it yet: trust its certificate file, the certificate of a return it sent, or issue it an identity.</source>
        <translation>Ол үшін әлі сенімді сертификат жоқ: оның сертификат файлына не жіберген есебінің сертификатына сенім білдіріңіз немесе оған электрондық қолтаңба беріңіз.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate subjects bound: %n</source>
        <translation>
            <numerusform>Байланған сертификат иелері: %n</numerusform>
            <numerusform>Байланған сертификат иелері: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Өзгеріс енгізілмеді</translation>
    </message>
    <message>
        <source>Add subordinate %1</source>
        <translation>%1 бағынысты ұйымын қосу</translation>
    </message>
    <message>
        <source>Edit subordinate %1</source>
        <translation>%1 бағынысты ұйымын өзгерту</translation>
    </message>
    <message>
        <source>Remove subordinates</source>
        <translation>Бағынысты ұйымдарды алып тастау</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s) from the registry?</source>
        <translation>
            <numerusform>%n бағынысты ұйымды тізілімнен алып тастау керек пе?</numerusform>
            <numerusform>%n бағынысты ұйымды тізілімнен алып тастау керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their returns are no longer taken in nor awaited. What was received from them and their certificates are kept; Edit → Undo puts them back.</source>
        <translation>Олардың есептері енді қабылданбайды және күтілмейді. Олардан түскендер мен сертификаттары сақталады; «Түзету → Болдырмау» оларды қайтарады.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s)</source>
        <translation>
            <numerusform>%n бағынысты ұйымды алып тастау</numerusform>
            <numerusform>%n бағынысты ұйымды алып тастау</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Файл сертификат болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>The institution&apos;s certificate</source>
        <translation>Ұйымның сертификаты</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 сертификаты</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Сертификатқа сенім білдіру</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 (%2)?</source>
        <translation>Бұл сертификатқа «%1» (%2) үшін сенім білдіру керек пе?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Сенім білдіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>%1 үшін сертификатқа сенім білдіру</translation>
    </message>
    <message>
        <source>%1 now signs with a trusted certificate.</source>
        <translation>%1 енді сенімді сертификатпен қол қояды.</translation>
    </message>
    <message>
        <source>Taking the return in again…</source>
        <translation>Есеп қайта қабылдануда…</translation>
    </message>
    <message>
        <source>%1 was taken in.</source>
        <translation>%1 қабылданды.</translation>
    </message>
    <message>
        <source>List of subordinates</source>
        <translation>Бағынысты ұйымдар тізімі</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Тізімдер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Тізім оқылуда…</translation>
    </message>
    <message>
        <source>Import the list %1</source>
        <translation>%1 тізімін жүктеу</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated.</source>
        <translation>%1: жаңасы — %2, жаңартылғаны — %3.</translation>
    </message>
    <message>
        <source>Issue an identity</source>
        <translation>Электрондық қолтаңба беру</translation>
    </message>
    <message>
        <source>No identity can be issued here.</source>
        <translation>Мұнда электрондық қолтаңба беруге болмайды.</translation>
    </message>
    <message>
        <source>This password does not open your signing key. Type it again.</source>
        <translation>Бұл құпиясөз қолтаңба кілтіңізді ашпайды. Қайта теріңіз.</translation>
    </message>
    <message>
        <source>Issuing the identity…</source>
        <translation>Электрондық қолтаңба берілуде…</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2; its certificate is trusted for it. Tell the password separately.</source>
        <translation>%1 ұйымының электрондық қолтаңбасы %2 файлына жазылды; оның сертификатына осы ұйым үшін сенім білдірілді. Құпиясөзді бөлек айтыңыз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Күтпеген қате орын алды; ештеңе сақталған жоқ. Толығырақ журнал файлында.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Тоқтатылды; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>The institutions that report here. A return is taken in only when it is signed with a certificate trusted for its institution.</source>
        <translation>Осында есеп беретін ұйымдар. Есеп өз ұйымы үшін сенім білдірілген сертификатпен қол қойылса ғана қабылданады.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Тізімді жүктеу…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with columns for code and name (e-mail, kind, language)</source>
        <translation>Коды мен атауы бағандары бар Excel немесе CSV файлы (электрондық пошта, түрі, тілі)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Сертификат файлына сенім білдіру…</translation>
    </message>
    <message>
        <source>Certificate of a return received…</source>
        <translation>Түскен есептің сертификаты…</translation>
    </message>
    <message>
        <source>Issue an identity…</source>
        <translation>Электрондық қолтаңба беру…</translation>
    </message>
    <message>
        <source>A key and certificate for it, in a file with its own password</source>
        <translation>Ол үшін өз құпиясөзі бар файлдағы кілт пен сертификат</translation>
    </message>
    <message>
        <source>Search code, name or e-mail</source>
        <translation>Коды, атауы не поштасы бойынша іздеу</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түр</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Without a certificate</source>
        <translation>Сертификаты жоқтар</translation>
    </message>
    <message>
        <source>Certificate expiring or expired</source>
        <translation>Сертификат мерзімі бітіп жатқан не біткен</translation>
    </message>
    <message>
        <source>No return received yet</source>
        <translation>Есебі әлі түспегендер</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Use a key on a token</source>
        <translation>Токендегі кілт</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Токендерді табу</translation>
    </message>
    <message>
        <source>Token program (PKCS#11 module):</source>
        <translation>Токен бағдарламасы (PKCS#11 модулі):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Show its keys</source>
        <translation>Кілттерін көрсету</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Кілт:</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Осы кілтті пайдалану</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>the .dll or .so file your token came with</source>
        <translation>токенмен бірге келген .dll немесе .so файлы</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>Токеннің PKCS#11 модулі</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>PKCS#11 модульдері (*.dll *.so *.dylib);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>No token was found. Plug it in and try again.</source>
        <translation>Токен табылмады. Оны салып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The token holds no key with a certificate.</source>
        <translation>Токенде сертификаты бар кілт жоқ.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation>Жаңа мақсат</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Жаңа кіші мақсат</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Жаңа тармақ</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Мақсат қосу: %1</translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation>Кіші мақсат қосу: %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Тармақ қосу: %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%2: «%1» өрісін өңдеу</translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation>%1: жоспарланған кезеңдерді өңдеу</translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation>%1: сыртқа жылжыту</translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation>%1: ішке жылжыту</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1: жылжыту</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>%1 «%2» жойылсын ба?</translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation>Онымен бірге астындағы элемент те жойылады: %1</translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation>
            <numerusform>Онымен бірге астындағы %n элемент те жойылады: %1</numerusform>
            <numerusform>Онымен бірге астындағы %n элемент те жойылады: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation>Оның орындалу белгісі де жойылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation>
            <numerusform>Онымен бірге %n орындалу белгісі де жойылады.</numerusform>
            <numerusform>Онымен бірге %n орындалу белгісі де жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation>Бір іс-шара онымен бұдан былай байланыспайды (іс-шараның өзі қалады).</translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation>
            <numerusform>%n іс-шара онымен бұдан былай байланыспайды (іс-шаралардың өзі қалады).</numerusform>
            <numerusform>%n іс-шара онымен бұдан былай байланыспайды (іс-шаралардың өзі қалады).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Мұны Түзету → Болдырмау арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>Жоспар элементін жою</translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation>%1 және 1 элементті жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation>
            <numerusform>%1 және %n элементті жою</numerusform>
            <numerusform>%1 және %n элементті жою</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 жою</translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation>Бұл жолдарды қою мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation>1 жолды қою</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>%n жолды қою</numerusform>
            <numerusform>%n жолды қою</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation>Кодтар ағаш ретіне сәйкес келеді.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>1 кодты қайта нөмірлеу</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>%n кодты қайта нөмірлеу</numerusform>
            <numerusform>%n кодты қайта нөмірлеу</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation>Ескертпелерді өңдеу</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Жұмысты бастау</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сақтап, жалғастыру</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Әзірге өткізіп жіберу</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Ұйым деректерін өзгерту</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Өзгеріс енгізілмеді</translation>
    </message>
    <message>
        <source>the institution profile on the Getting started page</source>
        <translation>«Жұмысты бастау» бетіндегі ұйым деректері</translation>
    </message>
    <message>
        <source>Three steps make PlanDesk ready for your first signed return. Do each now or skip it: the Dashboard shows what is still missing and leads back here.</source>
        <translation>Үш қадам PlanDesk-ті алғашқы қол қойылған есепке дайындайды. Әр қадамды қазір орындаңыз немесе өткізіп жіберіңіз: «Шолу» жетпей тұрғанын көрсетіп, осында қайта әкеледі.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
</context>
</TS>
