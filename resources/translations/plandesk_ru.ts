<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Completeness</source>
        <translation>Полнота сдачи</translation>
    </message>
    <message>
        <source>For directorates: see who has sent the return of a period, who is late and who is missing, and consolidate the returns into your own.</source>
        <translation>Для управлений: кто сдал отчёт за период, кто опаздывает, кто не сдал вовсе, — и сведение всех отчётов в ваш собственный.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PlanDesk ran into a problem</source>
        <translation>В PlanDesk произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that PlanDesk did not expect. Your data is safe: every change is saved as you make it. Please save this report and send it to whoever supports PlanDesk for you.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в безопасности: каждое изменение сохраняется сразу. Сохраните, пожалуйста, этот отчёт и отправьте его тому, кто сопровождает у вас PlanDesk.</translation>
    </message>
    <message>
        <source>A copy is already in %1</source>
        <translation>Копия уже сохранена: %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Сохранить отчёт об ошибке</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>An overview of the current period at a glance: activities done and still open, events held, people reached and the next return due.</source>
        <translation>Текущий период одним взглядом: выполненные и открытые мероприятия плана, проведённые события, охваченные люди и ближайший срок сдачи отчёта.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Log what was actually held: seminars, trainings, round tables and campaigns, with date, venue, partners and participants, linked to the activities of the plan.</source>
        <translation>Журнал проведённых мероприятий: семинары, тренинги, круглые столы и акции — с датой, местом, партнёрами и участниками, с привязкой к пунктам плана.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Входящие отчёты</translation>
    </message>
    <message>
        <source>For directorates: drop in the returns received from subordinate institutions. Their signatures are checked and every version is kept.</source>
        <translation>Для управлений: перетащите сюда отчёты, полученные от подведомственных организаций. Подписи проверяются, каждая версия сохраняется.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>It is open in process %1 on the computer %2.</source>
        <translation>Она открыта процессом %1 на компьютере %2.</translation>
    </message>
    <message>
        <source>PlanDesk is already open</source>
        <translation>PlanDesk уже открыт</translation>
    </message>
    <message>
        <source>This database is already open in another PlanDesk window:
%1</source>
        <translation>Эта база данных уже открыта в другом окне PlanDesk:
%1</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and start PlanDesk again.</source>
        <translation>Перейдите в то окно или закройте его и запустите PlanDesk снова.</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder of this database:
%1</source>
        <translation>PlanDesk не может записывать в папку этой базы данных:
%1</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to, or ask for access.</source>
        <translation>Скопируйте базу данных в папку, куда у вас есть право записи, или запросите доступ.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PlanDesk.</source>
        <translation>Эта база данных создана более новой версией PlanDesk.</translation>
    </message>
    <message>
        <source>Install the newer PlanDesk to open it. The file was not changed.</source>
        <translation>Чтобы открыть её, установите новую версию PlanDesk. Файл не изменён.</translation>
    </message>
    <message>
        <source>PlanDesk could not open the database because of an unexpected error.</source>
        <translation>PlanDesk не смог открыть базу данных из-за непредвиденной ошибки.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>This file is not a PlanDesk database, or it is damaged.</source>
        <translation>Этот файл не является базой данных PlanDesk или повреждён.</translation>
    </message>
    <message>
        <source>Open another database with File → Open database….</source>
        <translation>Откройте другую базу данных через Файл → Открыть базу данных….</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>No institution set up yet</source>
        <translation>Организация ещё не указана</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Плана пока нет</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, срок сдачи отчёта %3</translation>
    </message>
    <message>
        <source>Opening the database %1…</source>
        <translation>Открывается база данных %1…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Открыть базу данных PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных PlanDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>О программе PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk %1</source>
        <translation>PlanDesk %1</translation>
    </message>
    <message>
        <source>Keeps an action plan against violence towards women, the progress of every activity, the events held and the signed returns sent upward. Works fully offline: PlanDesk never sends anything over the network by itself.</source>
        <translation>Ведёт план действий по противодействию насилию в отношении женщин, ход выполнения каждого пункта, проведённые мероприятия и подписанные отчёты, отправленные вышестоящей организации. Работает полностью автономно: PlanDesk сам ничего не отправляет по сети.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>&amp;О программе PlanDesk</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>Narrative</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Write the free-text sections of a return, such as results, difficulties and proposals, following the outline your directorate asks for.</source>
        <translation>Пишите текстовые разделы отчёта — результаты, трудности, предложения — по структуре, которую требует ваше управление.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>База данных не открыта. Откройте её через Файл → Открыть базу данных….</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>Таблица плана</translation>
    </message>
    <message>
        <source>Filter by code or text…</source>
        <translation>Фильтр по коду или тексту…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Развернуть всё</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Свернуть всё</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Import one with “plandesk plan import FILE”, or try PlanDesk with the demo plan: “plandesk --db NEW_FILE demo”.</source>
        <translation>В этой базе данных пока нет плана. Импортируйте его командой «plandesk plan import ФАЙЛ» или попробуйте PlanDesk на демонстрационном плане: «plandesk --db НОВЫЙ_ФАЙЛ demo».</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1: %2 – %3, return due %4</source>
        <translation>%1: %2 – %3, срок сдачи отчёта %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Причина невыполнения</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Партнёры: %1</translation>
    </message>
    <message>
        <source>Planned in %1</source>
        <translation>Запланировано: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Mark the progress of every activity period by period: status, date done, participants and the reason when it was not done, in a grid as quick as a spreadsheet.</source>
        <translation>Отмечайте выполнение каждого пункта плана по периодам: статус, дата выполнения, число участников и причина невыполнения — в таблице, удобной, как электронная таблица.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Prepare the return of a period as a signed PDF and Excel file in your language, together with an e-mail ready to send.</source>
        <translation>Готовьте отчёт за период в виде подписанных файлов PDF и Excel на вашем языке вместе с готовым к отправке письмом.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your institution&apos;s profile, the signing certificate, backups and the language of the returns you send.</source>
        <translation>Сведения о вашей организации, сертификат подписи, резервные копии и язык отправляемых отчётов.</translation>
    </message>
</context>
</TS>
