<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Келесі нұсқада қосылады</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Completeness</source>
        <translation>Тапсыру толықтығы</translation>
    </message>
    <message>
        <source>For directorates: see who has sent the return of a period, who is late and who is missing, and consolidate the returns into your own.</source>
        <translation>Басқармалар үшін: кезең есебін кім тапсырғанын, кім кешіккенін және кім мүлде тапсырмағанын көріп, есептерді өз есебіңізге біріктіріңіз.</translation>
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
        <source>Dashboard</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>An overview of the current period at a glance: activities done and still open, events held, people reached and the next return due.</source>
        <translation>Ағымдағы кезең бір қарағанда: орындалған және әлі ашық жұмыстар, өткізілген іс-шаралар, қамтылған адамдар және келесі есептің мерзімі.</translation>
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
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Log what was actually held: seminars, trainings, round tables and campaigns, with date, venue, partners and participants, linked to the activities of the plan.</source>
        <translation>Нақты өткізілген іс-шаралар журналы: семинарлар, тренингтер, дөңгелек үстелдер мен акциялар — күні, орны, серіктестері және қатысушыларымен, жоспар тармақтарына байланыстырылып.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Кіріс есептер</translation>
    </message>
    <message>
        <source>For directorates: drop in the returns received from subordinate institutions. Their signatures are checked and every version is kept.</source>
        <translation>Басқармалар үшін: ведомстволық ұйымдардан келген есептерді осы жерге сүйреп әкеліңіз. Қолтаңбалары тексеріледі, әр нұсқасы сақталады.</translation>
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
        <source>Open a PlanDesk database</source>
        <translation>PlanDesk дерекқорын ашу</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PlanDesk дерекқорлары (*.sqlite *.db);;Барлық файлдар (*)</translation>
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
        <source>Narrative</source>
        <translation>Есеп мәтіні</translation>
    </message>
    <message>
        <source>Write the free-text sections of a return, such as results, difficulties and proposals, following the outline your directorate asks for.</source>
        <translation>Есептің мәтіндік бөлімдерін — нәтижелер, қиындықтар, ұсыныстар — басқармаңыз талап ететін құрылым бойынша жазыңыз.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Дерекқор ашылмаған. Оны Файл → Дерекқорды ашу… арқылы ашыңыз.</translation>
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
        <source>Filter by code or text…</source>
        <translation>Код немесе мәтін бойынша сүзу…</translation>
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
        <source>There is no plan in this database yet. Import one with “plandesk plan import FILE”, or try PlanDesk with the demo plan: “plandesk --db NEW_FILE demo”.</source>
        <translation>Бұл дерекқорда әлі жоспар жоқ. Жоспарды «plandesk plan import ФАЙЛ» командасымен импорттаңыз немесе PlanDesk-ті демо жоспармен байқап көріңіз: «plandesk --db ЖАҢА_ФАЙЛ demo».</translation>
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
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Mark the progress of every activity period by period: status, date done, participants and the reason when it was not done, in a grid as quick as a spreadsheet.</source>
        <translation>Әр тармақтың орындалуын кезең бойынша белгілеңіз: мәртебесі, орындалған күні, қатысушылар саны және орындалмаса себебі — электрондық кестедей ыңғайлы торда.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Prepare the return of a period as a signed PDF and Excel file in your language, together with an e-mail ready to send.</source>
        <translation>Кезең есебін өз тіліңізде қол қойылған PDF және Excel файлдары түрінде, жіберуге дайын электрондық хатпен бірге дайындаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Your institution&apos;s profile, the signing certificate, backups and the language of the returns you send.</source>
        <translation>Ұйымыңыз туралы мәліметтер, қолтаңба сертификаты, сақтық көшірмелер және жіберілетін есептердің тілі.</translation>
    </message>
</context>
</TS>
