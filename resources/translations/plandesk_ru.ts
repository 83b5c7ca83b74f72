<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CertificateText</name>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 until %4
SHA-256: %5</source>
        <translation>Владелец: %1
Издатель: %2
Действует с %3 по %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Due %1</source>
        <translation>Срок сдачи: %1</translation>
    </message>
    <message>
        <source>returns in</source>
        <translation>поступило</translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them on the Subordinates page to follow their returns here.</source>
        <translation>Подведомственные учреждения ещё не зарегистрированы. Зарегистрируйте их на странице «Подведомственные», чтобы следить здесь за сдачей их отчётов.</translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation>Папка для сохранения напоминаний</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Сохранение напоминаний…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation>
            <numerusform>%n напоминание сохранено в %1 — откройте его в почтовой программе, чтобы отправить.</numerusform>
            <numerusform>%n напоминания сохранены в %1 — откройте их в почтовой программе, чтобы отправить.</numerusform>
            <numerusform>%n напоминаний сохранено в %1 — откройте их в почтовой программе, чтобы отправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation>Не удалось сохранить напоминания. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Accept the chosen return, with a signed receipt</source>
        <translation>Принять выбранный отчёт с подписанной квитанцией</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <source>Send the chosen return back for correction, with the reason</source>
        <translation>Вернуть выбранный отчёт на доработку с указанием причины</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота сдачи</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation>Подготовить напоминания…</translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation>По одному письму каждому учреждению, не сдавшему отчёт, на его языке</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Нет электронной подписи</translation>
    </message>
    <message>
        <source>A receipt is signed with your key, and there is none yet.</source>
        <translation>Квитанция подписывается вашим ключом, а его ещё нет.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Создайте её или импортируйте свой файл .p12 в разделе Настройки → Электронная подпись.</translation>
    </message>
    <message>
        <source>the return of %1 (%2, version %3)</source>
        <translation>отчёт учреждения «%1» (%2, версия %3)</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Это не открывает ключ подписи. Введите ещё раз.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>возвращён на доработку</translation>
    </message>
    <message>
        <source>%1 %2: the signed receipt is %3</source>
        <translation>%1 %2: подписанная квитанция — %3</translation>
    </message>
    <message>
        <source>and the e-mail %1.</source>
        <translation>и письмо %1.</translation>
    </message>
    <message>
        <source>The receipt could not be made. The details are in the log file.</source>
        <translation>Не удалось подготовить квитанцию. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <source>Signed (%1)</source>
        <translation>Подписанные (%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписанные</translation>
    </message>
    <message>
        <source>%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing.</source>
        <translation>Поступило %1 из %2 отчётов: принято %3, возвращено %4, не рассмотрено %5; не поступило %6.</translation>
    </message>
    <message>
        <source>Signed as version %1 by %2.</source>
        <translation>Подписан как версия %1: %2.</translation>
    </message>
    <message>
        <source>Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events</source>
        <translation>Версия %1 · учреждений: %2 · выполнено: %3 (%4 отметок) · участников: %5 · мероприятий: %6</translation>
    </message>
    <message>
        <source>Press Preview to see the consolidated return as it will be printed.</source>
        <translation>Нажмите «Просмотр», чтобы увидеть сводный отчёт таким, каким он будет напечатан.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка; ничего не сохранено. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>No return has been taken in for this period yet.</source>
        <translation>За этот период ещё не принято ни одного отчёта.</translation>
    </message>
    <message>
        <source>Adding up the returns…</source>
        <translation>Суммирование отчётов…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка просмотра…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Для просмотра нужна программа pdftoppm (poppler-utils), а она не установлена. Подписание и сохранение работают и без неё.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Версия %1 — первые %2 из %n страницы.</numerusform>
            <numerusform>Версия %1 — первые %2 из %n страниц.</numerusform>
            <numerusform>Версия %1 — первые %2 из %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated return of %1 is signed with the head&apos;s key</source>
        <translation>Сводный отчёт за %1 подписывается ключом руководителя</translation>
    </message>
    <message>
        <source>, then sealed with the institution&apos;s seal</source>
        <translation>, затем скрепляется печатью учреждения</translation>
    </message>
    <message>
        <source>Returns sent back for correction are counted as they were received: %1.</source>
        <translation>Отчёты, возвращённые на доработку, учитываются в том виде, в каком поступили: %1.</translation>
    </message>
    <message>
        <source>Save the consolidated return in</source>
        <translation>Сохранить сводный отчёт в</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Подписание и сохранение…</translation>
    </message>
    <message>
        <source>Signed (version %1) and saved in %2: %3</source>
        <translation>Подписан (версия %1) и сохранён в %2: %3</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2).</source>
        <translation>Подписанных файлов %1 больше нет там, где они были сохранены (%2).</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Письмо открыто в вашей почтовой программе: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Ни одна почтовая программа не открыла письмо, поэтому показана его папка: вложите или перетащите %1 в письмо.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the level above: fill it in in Settings)</source>
        <translation>(адрес вышестоящей организации неизвестен: укажите его в настройках)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>Файла %1 больше нет там, где он был сохранён (%2).</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Свести заново</translation>
    </message>
    <message>
        <source>Open the consolidation of %1 (version %2) again?</source>
        <translation>Открыть сводный отчёт за %1 (версия %2) заново?</translation>
    </message>
    <message>
        <source>The signed files stay valid and in the list; the next signed consolidated return becomes version %1, with the returns accepted by then.</source>
        <translation>Подписанные файлы остаются действительными и в списке; следующий подписанный сводный отчёт станет версией %1 и учтёт отчёты, принятые к тому времени.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The next signed consolidated return is version %1.</source>
        <translation>Следующий подписанный сводный отчёт будет версией %1.</translation>
    </message>
    <message>
        <source>The returns taken in for a period, added up into this institution&apos;s own return for the level above: signed, saved as PDF and Excel, sent by e-mail.</source>
        <translation>Принятые за период отчёты суммируются в собственный отчёт учреждения для вышестоящей организации: он подписывается, сохраняется в PDF и Excel и отправляется по почте.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Подписать и сохранить…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Подготовить письмо</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>После подписания: письмо с обоими файлами во вложении</translation>
    </message>
    <message>
        <source>Consolidate again…</source>
        <translation>Свести заново…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Увеличить (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Уменьшить (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Что входит</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
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
        <source>{done} of {planned}</source>
        <translation>{done} из {planned}</translation>
    </message>
    <message>
        <source>activities done, all periods</source>
        <translation>пунктов выполнено, все периоды</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>проведено мероприятий</translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation>участников мероприятий</translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation>отчётов к сдаче нет</translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation>
            <numerusform>отчёт за {period} просрочен на %n день</numerusform>
            <numerusform>отчёт за {period} просрочен на %n дня</numerusform>
            <numerusform>отчёт за {period} просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation>
            <numerusform>следующий отчёт: {period}, через %n день</numerusform>
            <numerusform>следующий отчёт: {period}, через %n дня</numerusform>
            <numerusform>следующий отчёт: {period}, через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>План в общих чертах</translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation>Выполнение по периодам</translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation>Выполнение по целям, все периоды</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Сроки сдачи отчётов</translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation>Мероприятия и участники по периодам</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>events</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>Пока ничего не запланировано.</translation>
    </message>
    <message>
        <source>{label}
{done} done, {progress} in progress, {not_done} not done, {marked} marked planned, {open} planned, not reported yet; {na} not applicable</source>
        <translation>{label}
выполнено: {done}, выполняется: {progress}, не выполнено: {not_done}, отмечено «запланировано»: {marked}, запланировано, без отметки: {open}; не применимо: {na}</translation>
    </message>
    <message>
        <source>activities done, of those planned or marked (not applicable left out), all periods</source>
        <translation>пунктов выполнено из запланированных или отмеченных (кроме «не применимо»), все периоды</translation>
    </message>
    <message>
        <source>marked planned</source>
        <translation>отмечено «запланировано»</translation>
    </message>
    <message>
        <source>planned, not reported yet</source>
        <translation>запланировано, без отметки</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Открыть базу данных PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (%1);;All files (*)</source>
        <translation>Базы данных PlanDesk (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New PlanDesk database</source>
        <translation>Новая база данных PlanDesk</translation>
    </message>
    <message>
        <source>Save the demo database as</source>
        <translation>Сохранить демонстрационную базу как</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Базы данных ещё не открывались</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation>Элемент не выбран</translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation>Выберите строку плана, чтобы просмотреть и изменить её данные.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевой показатель</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>значение показателя</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>единица показателя</translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation>знаки сносок</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Па&amp;ртнёры</translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation>&amp;Целевой показатель (как в плане)</translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation>Показатель в числах</translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation>Запланировано на периоды (отметьте; введите плановую дату)</translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation>Зн&amp;аки сносок (например, 1, 2)</translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation>Причина &amp;невыполнения</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Значение</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation>— без отметки —</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation>Достигнутое значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation>Причина (обязательна при невыполнении)</translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation>Если пункт не выполнен, укажите причину.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation>Закрыть панель подробностей (Esc)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Подтверждающие файлы</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Ячейка не выбрана</translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation>Выберите ячейку таблицы: здесь появятся её статус, показатели и подтверждающие файлы.</translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation>Выбрано ячеек: %1</translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation>Статус и причина применяются ко всем выбранным ячейкам.</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>показатель не задан</translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation>%1 за этот период, участников: %2</translation>
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
    <name>DueDatesModel</name>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>просрочен на %n день</numerusform>
            <numerusform>просрочен на %n дня</numerusform>
            <numerusform>просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок — сегодня</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation>Все периоды</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <source>Finds events by title, venue, organiser, partners or description (Ctrl+F)</source>
        <translation>Ищет мероприятия по названию, месту, организатору, партнёрам или описанию (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation>Проект / финансирование</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>Из них</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Activity code or words</source>
        <translation>Код или слова пункта</translation>
    </message>
    <message>
        <source>Leaflets, posters…</source>
        <translation>Листовки, плакаты…</translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation>Полиция, прокуратура, кризисный центр, психолог, НКО…</translation>
    </message>
    <message>
        <source>Police, NGO…</source>
        <translation>Полиция, НКО…</translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation>Женщин и мужчин вместе ({parts}) больше, чем участников ({total}).</translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation>Учащихся, учителей, родителей и персонала вместе ({parts}) больше, чем участников ({total}).</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Мероприятие не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation>В плане нет пункта {code}.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation>(всего мероприятий: {total})</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не удалось внести изменение</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>Добавление мероприятия «{title}»</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>Изменение мероприятия «{title}»</translation>
    </message>
    <message>
        <source>the new event “%1” on the Events page</source>
        <translation>новое мероприятие «%1» на странице «Мероприятия»</translation>
    </message>
    <message>
        <source>the changes to the event “%1” on the Events page</source>
        <translation>изменения мероприятия «%1» на странице «Мероприятия»</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation>Удалить мероприятие «{title}»?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Вернуть его можно командой Правка → Отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Удаление мероприятия «{title}»</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Списки мероприятий (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation>Не удаётся импортировать список мероприятий</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Импорт %n мероприятия</numerusform>
            <numerusform>Импорт %n мероприятий</numerusform>
            <numerusform>Импорт %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>Импорт мероприятий…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation>Перетащите сюда фотографии или листы регистрации участников (не более %1 МБ каждый).</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Прикрепить подтверждающие файлы</translation>
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
        <translation>Размер</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Отчитались</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation>Сноски выводятся под планом; элементы плана ссылаются на них по знаку. Сноску, знак которой ещё используется, удалить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation>&amp;Добавить сноску</translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation>&amp;Удалить сноску</translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation>Знак</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Текст сноски</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation>создана в PlanDesk (собственный корневой сертификат)</translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation>импортирована из файла .p12</translation>
    </message>
    <message>
        <source>on the token %1 (the key never leaves it)</source>
        <translation>на токене %1 (ключ никогда его не покидает)</translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation>PlanDesk создаст корневой сертификат и ключ подписи для вашего учреждения. Задайте пароль для защиты ключа (не менее 8 символов). Пароль нигде не сохраняется: храните его надёжно — без него ключом нельзя подписывать.</translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation>Текущая подпись сохранится, но больше не будет использоваться.</translation>
    </message>
    <message>
        <source>Plug in your token or smart card, choose its program (the PKCS#11 module that came with it), find the token, type its PIN and choose the key. The key never leaves the token; the PIN is asked each time you sign and never stored.</source>
        <translation>Вставьте токен или смарт-карту, выберите его программу (модуль PKCS#11, поставляемый с ним), найдите токен, введите PIN-код и выберите ключ. Ключ никогда не покидает токен; PIN-код запрашивается при каждой подписи и нигде не хранится.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Импорт ключа подписи</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы ключей PKCS#12 (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Пароль к %1:</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation>Это не файл ключа PKCS#12 (слишком большой).</translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation>Экспорт сертификата доверия</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Сертификаты (*.pem)</translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation>Сертификат доверия сохранён в %1. Передайте его вышестоящему учреждению.</translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation>Электронная подпись готова.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Произошла непредвиденная ошибка; ничего не изменено.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <source>Signature of:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>the head of the institution</source>
        <translation>руководителя организации</translation>
    </message>
    <message>
        <source>the institution&apos;s seal (optional)</source>
        <translation>печать организации (по желанию)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Владелец:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Отпечаток (SHA-256):</translation>
    </message>
    <message>
        <source>No seal. A seal is the institution&apos;s own signature, added after the head&apos;s on every return (as Viet Nam&apos;s rules ask); returns are valid without it unless the directorate requires it.</source>
        <translation>Печати нет. Печать — это подпись самой организации, которая ставится после подписи руководителя на каждом отчёте (как требуют правила Вьетнама); отчёты действительны и без неё, если вышестоящий орган её не требует.</translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, import the .p12 file you already have, or use the key on your token.</source>
        <translation>Пока нет. Отчёты подписываются ключом вашей организации: создайте его здесь, импортируйте имеющийся файл .p12 или используйте ключ на вашем токене.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation>Импорт .p12…</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Использовать токен…</translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation>Экспорт сертификата доверия…</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Our signature</source>
        <translation>Наша подпись</translation>
    </message>
    <message>
        <source>Returns are signed digitally with your institution&apos;s key. PlanDesk can create one (with its own root certificate, which you give to the institution you report to), or use the .p12 file you already have.</source>
        <translation>Отчёты подписываются электронной подписью ключом вашего учреждения. PlanDesk может создать ключ (со своим корневым сертификатом, который вы передаёте вышестоящей организации) или использовать уже имеющийся у вас файл .p12.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation>Импорт плана</translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation>Проверьте, что содержит каждый столбец файла «%1», и строки, распознанные PlanDesk. Ничего не сохраняется, пока вы не нажмёте «Импортировать»; после этого план станет текущим (прежний план останется в базе данных).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(не использовать)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Goal (beside its activities)</source>
        <translation>Цель (рядом с её мероприятиями)</translation>
    </message>
    <message>
        <source>Sub-goal (beside its activities)</source>
        <translation>Задача (рядом с её мероприятиями)</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation>Текст пункта / элемента</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевой показатель</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Причина невыполнения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation>Сроки / даты</translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation>Запланировано на этот период</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Kept apart (not plan items)</source>
        <translation>Отдельно (не пункты плана)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>как в файле</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Периоды:</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <source>four-month periods</source>
        <translation>четырёхмесячные периоды</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>полугодия</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцы</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>один в год</translation>
    </message>
    <message>
        <source>a campaign window</source>
        <translation>период кампании</translation>
    </message>
    <message>
        <source>The file names no year: choose the plan&apos;s year above (and its periods, if it reports by quarter, half-year …).</source>
        <translation>В файле не указан год: выберите год плана выше (и его периоды, если отчёт по кварталам, полугодиям …).</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (из файла)</translation>
    </message>
    <message>
        <source>No row is taken in: tick the rows to import.</source>
        <translation>Не выбрана ни одна строка: отметьте строки для импорта.</translation>
    </message>
    <message>
        <source>“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation>«%1»: целей — %3, задач — %4, мероприятий — %5, сносок — %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have no code in the file: PlanDesk numbered them (marked below).</source>
        <translation>
            <numerusform>%n строка не имеет кода в файле: PlanDesk пронумеровал её (отмечено ниже).</numerusform>
            <numerusform>%n строки не имеют кода в файле: PlanDesk пронумеровал их (отмечено ниже).</numerusform>
            <numerusform>%n строк не имеют кода в файле: PlanDesk пронумеровал их (отмечено ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are numbered again in each section: they get full codes (1.3, not 3).</source>
        <translation>
            <numerusform>%n строка пронумерована заново в своём разделе: она получает полный код (1.3, а не 3).</numerusform>
            <numerusform>%n строки пронумерованы заново в каждом разделе: они получают полные коды (1.3, а не 3).</numerusform>
            <numerusform>%n строк пронумерованы заново в каждом разделе: они получают полные коды (1.3, а не 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>выбран вами</translation>
    </message>
    <message>
        <source>from the campaign window in the file</source>
        <translation>из периода кампании в файле</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>из заголовка</translation>
    </message>
    <message>
        <source>from the column headings</source>
        <translation>из заголовков столбцов</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>из дат в файле</translation>
    </message>
    <message>
        <source>from the text of the file</source>
        <translation>из текста файла</translation>
    </message>
    <message>
        <source>Year %1 (%2); periods: %3.</source>
        <translation>Год %1 (%2); периоды: %3.</translation>
    </message>
    <message>
        <source>The file names no reporting periods: one period for the year.</source>
        <translation>В файле не указаны отчётные периоды: один период на год.</translation>
    </message>
    <message>
        <source>Glossary (kept with the plan&apos;s footnotes):</source>
        <translation>Список сокращений (хранится со сносками плана):</translation>
    </message>
    <message>
        <source>Footnotes and notes:</source>
        <translation>Сноски и примечания:</translation>
    </message>
    <message>
        <source>Columns kept in each item&apos;s notes: %1</source>
        <translation>Столбцы, сохранённые в примечаниях каждого пункта: %1</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Пропущенные столбцы: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>header</source>
        <translation>шапка таблицы</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>сокращения</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>сноска</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>разделитель</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>номера столбцов</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>другой текст</translation>
    </message>
    <message>
        <source>Rows that are not items:</source>
        <translation>Строки, которые не являются пунктами:</translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  строка %1 (%2): %3</translation>
    </message>
    <message>
        <source>Keep in the notes, with its heading</source>
        <translation>Сохранить в примечаниях вместе с заголовком</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation>Импорт мероприятий</translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation>{file}: мероприятий для импорта — {good}.</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation>Строк, которые нельзя импортировать: {bad}; они будут пропущены, причины указаны ниже.</translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation>Виды, оставленные как в файле: {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Импортировать %n мероприятие</numerusform>
            <numerusform>Импортировать %n мероприятия</numerusform>
            <numerusform>Импортировать %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n events of the list are already in the plan (same day, title and venue): they are skipped.</source>
        <translation>
            <numerusform>%n мероприятие из списка уже есть в плане (тот же день, название и место): оно пропускается.</numerusform>
            <numerusform>%n мероприятия из списка уже есть в плане (тот же день, название и место): они пропускаются.</numerusform>
            <numerusform>%n мероприятий из списка уже есть в плане (тот же день, название и место): они пропускаются.</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>место</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>партнёры</translation>
    </message>
    <message>
        <source>project</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>материалы</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>plan activity</source>
        <translation>пункт плана</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>date and venue (split)</source>
        <translation>дата и место (разделены)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Столбцы: %1</translation>
    </message>
    <message>
        <source>Kept in each event&apos;s description: %1</source>
        <translation>Сохраняется в описании каждого мероприятия: %1</translation>
    </message>
    <message>
        <source>Row numbers, not stored: %1</source>
        <translation>Номера строк, не сохраняются: %1</translation>
    </message>
    <message>
        <source>Dates written without a year: %1</source>
        <translation>Даты без года: %1</translation>
    </message>
    <message>
        <source>Footnotes under the list, added to the events that cite them: %1</source>
        <translation>Сноски под списком добавлены к мероприятиям, которые на них ссылаются: %1</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation>Подробности или причина</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>будет импортирована</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <source>already in the plan: skipped</source>
        <translation>уже есть в плане: пропускается</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>исключено</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учтён</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation>
            <numerusform>Последний приём: %n файл</numerusform>
            <numerusform>Последний приём: %n файла</numerusform>
            <numerusform>Последний приём: %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Прервано: ещё не прочитанные файлы пропущены.</translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation>Отклонённые файлы не учтены; причина указана в их строке.</translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation>Отчёты для приёма</translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation>Отчёты и сохранённые письма (*.pdf *.xlsx *.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation>Папка с полученными отчётами</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Поиск отчётов…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation>Проверено файлов: %1 из %2</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation>Остановка после проверки текущего файла…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Входящие отчёты</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation>Любой период плана</translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation>Отчёты, полученные от подведомственных учреждений: подпись каждого файла сверяется с зарегистрированным учреждением, после чего файл принимается, сохраняется как новая версия или отклоняется с указанием причины. Каждый файл принимается целиком или не принимается совсем.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation>Перетащите сюда отчёты: файлы PDF и Excel, сохранённые письма (.eml) или целую папку с вложениями из писем.</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <source>signer not the institution it claims</source>
        <translation>подписант не является заявленным учреждением</translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>подписант неизвестен</translation>
    </message>
    <message>
        <source>not a return</source>
        <translation>не является отчётом</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>нарушена целостность</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>другой план</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>другой период</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>не удаётся прочитать письмо</translation>
    </message>
    <message>
        <source>the e-mail has no PDF or XLSX attached</source>
        <translation>к письму не приложен файл PDF или XLSX</translation>
    </message>
    <message>
        <source>only PDF, XLSX and .eml files are read</source>
        <translation>читаются только файлы PDF, XLSX и .eml</translation>
    </message>
    <message>
        <source>a note or a hidden file, not a return: left as it is</source>
        <translation>заметка или скрытый файл, а не отчёт: оставлен без изменений</translation>
    </message>
    <message>
        <source>the file could not be read (it is damaged or not made by PlanDesk)</source>
        <translation>файл не удалось прочитать (он повреждён или создан не в PlanDesk)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF повреждён, прочитать его нельзя</translation>
    </message>
    <message>
        <source>the PDF carries other signatures than the head&apos;s and the institution&apos;s seal</source>
        <translation>в PDF есть подписи помимо подписи руководителя и печати учреждения</translation>
    </message>
    <message>
        <source>the Excel file is damaged and cannot be read</source>
        <translation>файл Excel повреждён, прочитать его нельзя</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 differs from what was signed</source>
        <translation>файл Excel изменён после подписания: %1 отличается от подписанного</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was added</source>
        <translation>файл Excel изменён после подписания: добавлена часть %1</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was removed</source>
        <translation>файл Excel изменён после подписания: удалена часть %1</translation>
    </message>
    <message>
        <source>the Excel file was saved again by a spreadsheet program, so it is no longer the signed original; ask for the PDF of the same return</source>
        <translation>файл Excel был повторно сохранён табличной программой и больше не является подписанным оригиналом; запросите PDF этого же отчёта</translation>
    </message>
    <message>
        <source>an Excel return from an earlier PlanDesk, whose signature does not cover its formatting; ask for the PDF of the same return</source>
        <translation>отчёт Excel из прежней версии PlanDesk, подпись которого не охватывает оформление; запросите PDF этого же отчёта</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (%1) was revoked by its issuer</source>
        <translation>сертификат подписанта (%1) отозван выдавшим его центром</translation>
    </message>
    <message>
        <source>the signer (%1) is not registered for %2</source>
        <translation>подписант (%1) не зарегистрирован для учреждения %2</translation>
    </message>
    <message>
        <source>the signed content is not a PlanDesk return</source>
        <translation>подписанное содержимое не является отчётом PlanDesk</translation>
    </message>
    <message>
        <source>the return was made by a newer PlanDesk; install the newer version to read it</source>
        <translation>отчёт создан более новой версией PlanDesk; установите новую версию, чтобы прочитать его</translation>
    </message>
    <message>
        <source>the second signature (%1) is not the seal of %2</source>
        <translation>вторая подпись (%1) не является печатью %2</translation>
    </message>
    <message>
        <source>signed twice by the same key; a second signature must be the institution&apos;s seal</source>
        <translation>подписан дважды одним ключом; вторая подпись должна быть печатью учреждения</translation>
    </message>
    <message>
        <source>the return is not sealed; this directorate requires the institution&apos;s seal</source>
        <translation>отчёт не заверен печатью; это управление требует печать учреждения</translation>
    </message>
    <message>
        <source>this very file was already taken in</source>
        <translation>этот же файл уже был принят</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 не является зарегистрированным подведомственным учреждением</translation>
    </message>
    <message>
        <source>the key belongs to %1</source>
        <translation>ключ принадлежит учреждению %1</translation>
    </message>
    <message>
        <source>the certificate is not registered for %1</source>
        <translation>сертификат не зарегистрирован для учреждения %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan (%2)</source>
        <translation>%1 не является периодом этого плана (%2)</translation>
    </message>
    <message>
        <source>%1, this intake is for %2</source>
        <translation>%1, а этот приём — за период %2</translation>
    </message>
    <message>
        <source>the same return is already in</source>
        <translation>такой же отчёт уже принят</translation>
    </message>
    <message>
        <source>kept; version %1 is already in</source>
        <translation>сохранён; версия %1 уже принята</translation>
    </message>
    <message>
        <source>supersedes version %1</source>
        <translation>заменяет версию %1</translation>
    </message>
    <message>
        <source>signed %1, due %2</source>
        <translation>подписан %1, срок сдачи %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a return</source>
        <translation>файл слишком велик для отчёта</translation>
    </message>
    <message>
        <source>neither a PDF nor an Excel file</source>
        <translation>не файл PDF и не файл Excel</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>не файл PDF</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF не содержит электронной подписи</translation>
    </message>
    <message>
        <source>the signature does not match the content: the file was changed after signing</source>
        <translation>подпись не соответствует содержимому: файл изменён после подписания</translation>
    </message>
    <message>
        <source>the file was changed after signing (an update was appended after the signature)</source>
        <translation>файл изменён после подписания (после подписи добавлено обновление)</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>подпись недействительна</translation>
    </message>
    <message>
        <source>the signed PDF holds no machine-readable return</source>
        <translation>подписанный PDF не содержит машиночитаемого отчёта</translation>
    </message>
    <message>
        <source>the visible pages differ from the signed data: %1</source>
        <translation>видимые страницы расходятся с подписанными данными: %1</translation>
    </message>
    <message>
        <source>the Excel file is not a signed PlanDesk return</source>
        <translation>файл Excel не является подписанным отчётом PlanDesk</translation>
    </message>
    <message>
        <source>the signature block is damaged</source>
        <translation>блок подписи повреждён</translation>
    </message>
    <message>
        <source>the signed return was changed after signing (hidden data does not match its signature)</source>
        <translation>подписанный отчёт изменён после подписания (скрытые данные не соответствуют подписи)</translation>
    </message>
    <message>
        <source>a visible cell was changed after signing: %1</source>
        <translation>видимая ячейка изменена после подписания: %1</translation>
    </message>
    <message>
        <source>the signer (%1) is not trusted</source>
        <translation>подписант (%1) не входит в число доверенных</translation>
    </message>
    <message>
        <source>the signed return is not in canonical form</source>
        <translation>подписанный отчёт представлен не в каноническом виде</translation>
    </message>
    <message>
        <source>signed by the key of institution %1, but the return claims to come from %2</source>
        <translation>подписан ключом учреждения %1, но в отчёте указано, что он от %2</translation>
    </message>
    <message>
        <source>the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)</source>
        <translation>по имени файла — %1 %2, но подписанный отчёт от %3 за %4 (файл переименован?)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue an identity</source>
        <translation>Выдать электронную подпись</translation>
    </message>
    <message>
        <source>A signing key and certificate for %1 (%2), issued by this institution&apos;s own root, in a PKCS#12 file protected by a new password. Hand the file over on a USB stick and tell the password separately.</source>
        <translation>Ключ подписи и сертификат для «%1» (%2), выданные корневым сертификатом этого учреждения, в файле PKCS#12 под новым паролем. Передайте файл на USB-носителе, а пароль сообщите отдельно.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Your key password:</source>
        <translation>Пароль вашего ключа:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Сохранить электронную подпись как</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Файлы PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Новый пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Новый пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <source>The new password must not be your own.</source>
        <translation>Новый пароль не должен совпадать с вашим.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Выберите файл в существующей папке.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Seal token&apos;s PIN:</source>
        <translation>PIN-код токена печати:</translation>
    </message>
    <message>
        <source>Seal key password:</source>
        <translation>Пароль ключа печати:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>PIN-код токена:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Пароль ключа:</translation>
    </message>
    <message>
        <source>This does not open the seal&apos;s key. Type it again.</source>
        <translation>Это не открывает ключ печати. Введите ещё раз.</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Это не открывает ключ подписи. Введите ещё раз.</translation>
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
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Не удалось записать резервную копию.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <source>The demo needs a new file, not the database that is open.</source>
        <translation>Для демонстрации нужен новый файл, а не открытая сейчас база данных.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Создаётся демонстрационная база…</translation>
    </message>
    <message>
        <source>The demo could not be made in %1.</source>
        <translation>Не удалось создать демонстрацию в %1.</translation>
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
        <translation>Учреждение ещё не указано</translation>
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
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Some typed text is not saved yet:</source>
        <translation>Часть введённого текста ещё не сохранена:</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Сохранить и выйти</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Выйти без сохранения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных PlanDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save a backup of the database</source>
        <translation>Сохранить резервную копию базы данных</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
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
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
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
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>Try the &amp;demo in a new file…</source>
        <translation>&amp;Демонстрация в новом файле…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
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
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation>Отчёт за этот период подписан (версия {version}); его текст заблокирован. Чтобы изменить текст, откройте отчёт для исправления на странице «Отчёты».</translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation>Пишите здесь — текст сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>the narrative of %1</source>
        <translation>текст отчёта за %1</translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation>Текст отчёта за {period}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation>Текстовая часть отчёта за период. Разделы следуют структуре, заданной в настройках; каждое изменение сохраняется вскоре после того, как вы перестанете печатать.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>The plan&apos;s title and its reporting periods. Goals and activities are typed in the table afterwards; the periods can be changed in Settings until something is recorded in them.</source>
        <translation>Название плана и его отчётные периоды. Цели и мероприятия затем вводятся в таблицу; периоды можно изменить в настройках, пока в них ничего не записано.</translation>
    </message>
    <message>
        <source>e.g. Action plan against violence 2025</source>
        <translation>напр. План действий против насилия на 2025 год</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>&amp;Reporting periods</source>
        <translation>&amp;Отчётные периоды</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Создать план</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>У плана должно быть название.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation>Сохранить структуру</translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation>Дважды щёлкните заголовок, чтобы переименовать раздел</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN-код токена</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Срок задан</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>по правилу</translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation>Дважды щёлкните, чтобы задать срок сдачи за этот период вручную</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation>Добавить цель после выбранной</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation>Добавить задачу в выбранную цель</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation>Добавить пункт в выбранную задачу или после выбранного пункта</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Вставить выше</translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation>Вставить элемент того же типа над выбранным</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Вставить ниже</translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation>Вставить элемент того же типа под выбранным</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation>Изменить выбранный элемент на боковой панели</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation>Удалить выбранный элемент вместе со всеми вложенными</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Понизить уровень</translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation>Сделать элемент вложенным в элемент над ним</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Повысить уровень</translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation>Перенести элемент на уровень выше</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation>Переместить элемент вверх в пределах его уровня</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation>Переместить элемент вниз в пределах его уровня</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation>Вставить строки, скопированные из Excel или Word, под выбранный элемент</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Перенумеровать…</translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation>Перенумеровать коды в порядке дерева (сначала показывает старый → новый)</translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation>Сноски…</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation>Изменить сноски плана</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Импорт плана…</translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation>Импортировать план из файла Excel, CSV или PlanDesk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>Показать или скрыть панель подробностей</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message>
        <source>Import plan from %1</source>
        <translation>Импорт плана из %1</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>План не импортирован: %1</translation>
    </message>
    <message>
        <source>The template from %1 is signed by a certificate this database does not trust yet:
%2</source>
        <translation>Шаблон от %1 подписан сертификатом, которому эта база данных пока не доверяет:
%2</translation>
    </message>
    <message>
        <source>Before you trust it, ask the directorate for its certificate&apos;s fingerprint (by telephone or on paper) and compare it with this one:

%1</source>
        <translation>Прежде чем доверять, запросите у управления отпечаток его сертификата (по телефону или на бумаге) и сравните с этим:

%1</translation>
    </message>
    <message>
        <source>Import plan template from %1</source>
        <translation>Импорт шаблона плана из %1</translation>
    </message>
    <message>
        <source>The plan template version %1 from %2 was imported.</source>
        <translation>Шаблон плана версии %1 от %2 импортирован.</translation>
    </message>
    <message>
        <source>The plan was updated to template version %1 from %2; progress and events are kept.</source>
        <translation>План обновлён до версии шаблона %1 от %2; ход выполнения и мероприятия сохранены.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start the plan “%1”</source>
        <translation>Создание плана «%1»</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>База данных не открыта. Откройте её через Файл → Открыть базу данных….</translation>
    </message>
    <message>
        <source>The plan “%1” has no goals yet. Add the first one with “Add goal”, or import the plan from a file.</source>
        <translation>В плане «%1» ещё нет целей. Добавьте первую кнопкой «Добавить цель» или импортируйте план из файла.</translation>
    </message>
    <message>
        <source>Add the first goal</source>
        <translation>Добавить первую цель</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.</source>
        <translation>В этой базе данных ещё нет плана. Введите его в пустую таблицу, импортируйте из файла (Excel, CSV или шаблон от вышестоящего управления) или сначала посмотрите демонстрацию.</translation>
    </message>
    <message>
        <source>Type in a new plan…</source>
        <translation>Ввести новый план…</translation>
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
        <source>Find…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <source>Shows the goals and activities whose code or text holds these words (Ctrl+F)</source>
        <translation>Показывает цели и мероприятия, в коде или тексте которых есть эти слова (Ctrl+F)</translation>
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
        <source>Item details</source>
        <translation>Сведения об элементе</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Импортировать план…</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Демонстрация…</translation>
    </message>
</context>
<context>
    <name>PlanPrompts</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Доверять этому сертификату?</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Доверять и импортировать</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Импорт плана</translation>
    </message>
    <message>
        <source>Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Таблицы плана (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <source>Your plan: “%1”, %n activities.</source>
        <translation>
            <numerusform>Ваш план: «%1», %n мероприятие.</numerusform>
            <numerusform>Ваш план: «%1», %n мероприятия.</numerusform>
            <numerusform>Ваш план: «%1», %n мероприятий.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan in this database yet.</source>
        <translation>В этой базе данных ещё нет плана.</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Наш план</translation>
    </message>
    <message>
        <source>The goals and activities you report on, period after period. Choose how it comes into PlanDesk; whatever you choose is one step of Edit → Undo.</source>
        <translation>Цели и мероприятия, о которых вы отчитываетесь период за периодом. Выберите, как план попадёт в PlanDesk; любой выбор отменяется одним шагом «Правка → Отменить».</translation>
    </message>
    <message>
        <source>Type it in…</source>
        <translation>Ввести вручную…</translation>
    </message>
    <message>
        <source>Start with an empty table: its title and periods, then goal by goal.</source>
        <translation>Начните с пустой таблицы: название и периоды, затем цель за целью.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Импорт из файла…</translation>
    </message>
    <message>
        <source>An Excel or CSV table of the plan, its columns matched in a preview.</source>
        <translation>Таблица плана в Excel или CSV; столбцы сопоставляются в предпросмотре.</translation>
    </message>
    <message>
        <source>Open a template…</source>
        <translation>Открыть шаблон…</translation>
    </message>
    <message>
        <source>The signed plan file (.json) your directorate sent: its signature is checked before anything is stored.</source>
        <translation>Подписанный файл плана (.json) от вашего управления: подпись проверяется до того, как что-либо будет сохранено.</translation>
    </message>
    <message>
        <source>We keep no plan</source>
        <translation>Плана у нас нет</translation>
    </message>
    <message>
        <source>Only log the events you hold; a plan of events, a period a year.</source>
        <translation>Только журнал проводимых мероприятий: план мероприятий, один период в год.</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Демонстрация…</translation>
    </message>
    <message>
        <source>A ready-made example in a separate file, to look around first; this database stays as it is.</source>
        <translation>Готовый пример в отдельном файле, чтобы сначала осмотреться; эта база данных не меняется.</translation>
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
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Плановая дата</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
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
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>no code: numbered by PlanDesk</source>
        <translation>нет кода: пронумеровано PlanDesk</translation>
    </message>
    <message>
        <source>numbered %1 in its section</source>
        <translation>в своём разделе под номером %1</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation>Язык отчётов</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>Кому подотчётно (код)</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>Кому подотчётно (название)</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>Эл. почта вышестоящего</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation>Районное управление образования</translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation>Областное управление образования</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Профсоюз</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation>например, MEB-10</translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation>пусто — вышестоящего учреждения нет</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>«{text}» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation>Допустимы только буквы, цифры и . - / _ (не более 64).</translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation>Укажите код учреждения.</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>Укажите название учреждения.</translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation>Учреждение не может быть вышестоящим для самого себя.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who we are</source>
        <translation>Кто мы</translation>
    </message>
    <message>
        <source>The institution that signs the returns, its head, and the institution it reports to with that one&apos;s e-mail address (the returns are addressed to it). Everything can be changed later in Settings.</source>
        <translation>Учреждение, которое подписывает отчёты, его руководитель и вышестоящая организация с её адресом электронной почты (отчёты адресуются ей). Всё это можно позже изменить в настройках.</translation>
    </message>
</context>
<context>
    <name>ProgressClipboard</name>
    <message>
        <source>“%1” is not a status: paste status words (Done, Not done…) or their keys (D, N, P, L, A).</source>
        <translation>«%1» — не статус: вставляйте слова статусов (Выполнено, Не выполнено…) или их клавиши (D, N, P, L, A).</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Вставка %n ячейки</numerusform>
            <numerusform>Вставка %n ячеек</numerusform>
            <numerusform>Вставка %n ячеек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, срок сдачи отчёта %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation>Заблокировано: отчёт за этот период подписан.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>не запланировано</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>без отметки</translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation>%1 мер./%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Целевой показатель: %1</translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation>Не запланировано на этот период</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Запланировано: %1</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Статус ещё не отмечен</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Достигнуто: %1</translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation>Мероприятия: %1 (участников: %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation>Период %1 заблокирован: отчёт за него (версия %2) подписан</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation>Отметки за этот период больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation>Отметка «%3»: %1, %2</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>Очистка отметки: %1, %2</translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation>Отметка «%3»: ячеек — %n</translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation>Очистка отметок: ячеек — %n</translation>
    </message>
    <message>
        <source>the text typed for %1 on the Progress page</source>
        <translation>текст, введённый для %1 на странице «Ход выполнения»</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation>Прикрепление %1: %2, %3</translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation>Удаление подтверждающего файла %1</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Все пункты</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation>Нет причины</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation>Показать только пункты с таким периодом</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <source>Finds activities by code or text (Ctrl+F)</source>
        <translation>Ищет пункты плана по коду или тексту (Ctrl+F)</translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation>Del — очистить · Enter — подробности · Shift+стрелки — выделить несколько ячеек</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>База данных не открыта. Откройте её через Файл → Открыть базу данных….</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation>В этой базе данных пока нет плана. Создайте или импортируйте его на странице «План».</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
</context>
<context>
    <name>ReceivedSignerDialog</name>
    <message>
        <source>Certificate of a return received</source>
        <translation>Сертификат полученного отчёта</translation>
    </message>
    <message>
        <source>Returns received from %1 (%2). Choose one: the certificate it was signed with is shown. Compare its fingerprint with the institution (by telephone) before you trust it.</source>
        <translation>Отчёты, полученные от «%1» (%2). Выберите один: будет показан сертификат, которым он подписан. Прежде чем доверять ему, сверьте отпечаток с учреждением (по телефону).</translation>
    </message>
    <message>
        <source>Take this return in again once the certificate is trusted</source>
        <translation>Принять этот отчёт заново, когда сертификату будет оказано доверие</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing signed has been received with this code.</source>
        <translation>С этим кодом не получено ничего подписанного.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Last return</source>
        <translation>Последний отчёт</translation>
    </message>
    <message numerus="yes">
        <source>Subject bound (%n)</source>
        <translation>
            <numerusform>Привязан владелец (%n)</numerusform>
            <numerusform>Привязаны владельцы (%n)</numerusform>
            <numerusform>Привязаны владельцы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: its returns are refused</source>
        <translation>Нет: его отчёты отклоняются</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Владелец: %1
Издатель: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate has expired: returns signed with it are refused.</source>
        <translation>Срок действия сертификата истёк: подписанные им отчёты отклоняются.</translation>
    </message>
    <message>
        <source>The certificate expires soon: issue or bind a new one.</source>
        <translation>Срок действия сертификата скоро истекает: выдайте или привяжите новый.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation>Перенумерация кодов</translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation>Эти коды изменятся в соответствии с порядком дерева. Отметки о выполнении, мероприятия и отчёты останутся привязаны к своим элементам.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Перенумеровать 1 код</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Перенумеровать %n код</numerusform>
            <numerusform>Перенумеровать %n кода</numerusform>
            <numerusform>Перенумеровать %n кодов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation>Старый код</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation>Отчётные периоды</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Срок сдачи отчёта</translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation>дн. после окончания периода</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>По правилу</translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation>Дважды щёлкните срок сдачи, чтобы задать его вручную; кнопка «По правилу» возвращает выбранному периоду срок по правилу.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Кварталы</translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation>Четырёхмесячные периоды (I/II/III)</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Полугодия</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation>Произвольные периоды (акция)</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Дата подписи</translation>
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
        <translation>%1 (сводный)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation>Период заблокирован подписанным отчётом (версия %1, %2): его отметки о выполнении, мероприятия и текст отчёта изменить нельзя. Чтобы изменить их, откройте отчёт для исправления.</translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation>
            <numerusform>Отчёты, подписанные здесь (%n)</numerusform>
            <numerusform>Отчёты, подписанные здесь (%n)</numerusform>
            <numerusform>Отчёты, подписанные здесь (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation>Здесь ещё не подписано ни одного отчёта.</translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation>Плана пока нет, поэтому готовить отчёт не по чему.</translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation>Выберите период и язык отчёта, затем нажмите «Просмотр», чтобы увидеть отчёт в том виде, в каком он будет напечатан.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка; ничего не сохранено. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка просмотра…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Для просмотра нужна программа pdftoppm (poppler-utils), а она не установлена. Подписание и сохранение работают и без неё.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, signed %3 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Версия %1, подписана %3 — первые %2 из %n страницы.</numerusform>
            <numerusform>Версия %1, подписана %3 — первые %2 из %n страниц.</numerusform>
            <numerusform>Версия %1, подписана %3 — первые %2 из %n страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Версия %1, ещё не подписана — показано страниц: %2 из %n.</numerusform>
            <numerusform>Версия %1, ещё не подписана — показано страниц: %2 из %n.</numerusform>
            <numerusform>Версия %1, ещё не подписана — показано страниц: %2 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Нет электронной подписи</translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation>Электронная подпись ещё не настроена.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Создайте её или импортируйте свой файл .p12 в разделе Настройки → Электронная подпись.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with the key on your token. Plug it in and type its PIN.</source>
        <translation>Отчёт за %1 подписывается ключом на вашем токене. Вставьте токен и введите его PIN-код.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation>Отчёт за %1 подписывается вашим ключом. Введите пароль ключа.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal, on its token. Plug it in and type its PIN.</source>
        <translation>Затем отчёт заверяется печатью организации на её токене. Вставьте токен и введите его PIN-код.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal. Type the seal key&apos;s password.</source>
        <translation>Затем отчёт заверяется печатью организации. Введите пароль ключа печати.</translation>
    </message>
    <message>
        <source>This password does not open the signing key. Type it again.</source>
        <translation>Этот пароль не открывает ключ подписи. Введите его ещё раз.</translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation>Папка для подписанного отчёта</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Подписание и сохранение…</translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation>Подписан и сохранён в %1: %2</translation>
    </message>
    <message>
        <source>The return of %1 is signed (version %2) and saved.</source>
        <translation>Отчёт за %1 подписан (версия %2) и сохранён.</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>Загрузить квитанцию…</translation>
    </message>
    <message>
        <source>The answer of the body above: accepted, or sent back for correction</source>
        <translation>Ответ вышестоящей организации: принят или возвращён на доработку</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Увеличить (Ctrl+плюс)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Уменьшить (Ctrl+минус)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2). Sign the period again after “Correct this return…”, or copy them back there.</source>
        <translation>Подписанных файлов %1 больше нет там, где они были сохранены (%2). Подпишите период заново после «Исправить этот отчёт…» или скопируйте их обратно.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>Письмо открыто в вашей почтовой программе: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Ни одна почтовая программа не открыла письмо, поэтому показана его папка: вложите или перетащите %1 в письмо.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation>(адрес электронной почты получателя неизвестен: укажите его)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>Файла %1 больше нет там, где он был сохранён (%2).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation>Исправление отчёта</translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation>Исправить отчёт за %1 (версия %2)?</translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation>Период будет открыт для изменений. Подписанные файлы остаются действительными и в списке; следующий подписанный отчёт получит версию %1 и заменит этот.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation>Период открыт для изменений; следующий подписанный отчёт получит версию %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation>Отчёт за период в виде подписанных файлов PDF и Excel на выбранном языке, с готовым к отправке письмом. После подписания данные периода блокируются.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Язык отчёта:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Подписать и сохранить…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Подготовить письмо</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>После подписания: письмо с обоими файлами во вложении</translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation>Исправить отчёт…</translation>
    </message>
    <message>
        <source>A receipt from the body above</source>
        <translation>Квитанция вышестоящей организации</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Квитанции (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Receipt imported: %1</source>
        <translation>Квитанция загружена: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Version %1 accepted by %2 on %3.</source>
        <translation>Версия %1 принята (%2, %3).</translation>
    </message>
    <message>
        <source>Version %1 sent back by %2 on %3: %4. The period is open for version %5.</source>
        <translation>Версия %1 возвращена на доработку (%2, %3): %4. Период открыт для версии %5.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Представлен повторно</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не рассмотрен</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept the return</source>
        <translation>Принять отчёт</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Accept %1. The institution is told by a receipt signed with your key.</source>
        <translation>Принять %1. Учреждение узнает об этом из квитанции, подписанной вашим ключом.</translation>
    </message>
    <message>
        <source>Send %1 back for correction. The institution is told why by a receipt signed with your key; its period opens for version %2.</source>
        <translation>Вернуть %1 на доработку. Учреждение узнает причину из квитанции, подписанной вашим ключом; его период откроется для версии %2.</translation>
    </message>
    <message>
        <source>What to correct (required)</source>
        <translation>Что исправить (обязательно)</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>PIN-код токена:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Пароль ключа:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Save the receipt as:</source>
        <translation>Сохранить квитанцию как:</translation>
    </message>
    <message>
        <source>Prepare an e-mail to %1 with the receipt</source>
        <translation>Подготовить письмо на %1 с квитанцией</translation>
    </message>
    <message>
        <source>Prepare an e-mail with the receipt (no address is known)</source>
        <translation>Подготовить письмо с квитанцией (адрес неизвестен)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Сохранить квитанцию как</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Квитанции (*.json)</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>Укажите, что нужно исправить.</translation>
    </message>
    <message numerus="yes">
        <source>The reason may hold at most %n characters.</source>
        <translation>
            <numerusform>Причина может содержать не более %n символа.</numerusform>
            <numerusform>Причина может содержать не более %n символов.</numerusform>
            <numerusform>Причина может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Выберите файл в существующей папке.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>period %1 is frozen by its signed return (version %2 on %3); correct the return to change its data</source>
        <translation>период %1 заблокирован подписанным отчётом (версия %2 от %3); чтобы изменить его данные, откройте отчёт для исправления</translation>
    </message>
    <message>
        <source>period %1 is frozen by its signed return (version %2); correct the return to change its data</source>
        <translation>период %1 заблокирован подписанным отчётом (версия %2); чтобы изменить его данные, откройте отчёт для исправления</translation>
    </message>
    <message>
        <source>the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>тем временем период %1 уже подписан (подписал: %2, версия %3, %4 UTC); здесь ничего не подписано, проверьте ещё раз</translation>
    </message>
    <message>
        <source>the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>тем временем сводный отчёт за период %1 уже подписан (подписал: %2, версия %3, %4 UTC); здесь ничего не подписано, проверьте ещё раз</translation>
    </message>
    <message>
        <source>the key password needs at least %1 characters</source>
        <translation>пароль ключа должен содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>wrong password for the signing key</source>
        <translation>неверный пароль ключа подписи</translation>
    </message>
    <message>
        <source>the stored root key is not usable</source>
        <translation>сохранённый корневой ключ непригоден для использования</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (head or seal)</source>
        <translation>неизвестная роль «%1» (руководитель или печать)</translation>
    </message>
    <message>
        <source>fill in the institution&apos;s profile first (Settings)</source>
        <translation>сначала заполните сведения об учреждении (Настройки)</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 key file (too large)</source>
        <translation>это не файл ключа PKCS#12 (слишком большой)</translation>
    </message>
    <message>
        <source>the key file cannot be opened: wrong password or not a PKCS#12 file</source>
        <translation>не удаётся открыть файл ключа: неверный пароль или это не файл PKCS#12</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with a certificate</source>
        <translation>в файле PKCS#12 нет закрытого ключа с сертификатом</translation>
    </message>
    <message>
        <source>only RSA keys are supported for signing returns</source>
        <translation>для подписания отчётов поддерживаются только ключи RSA</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>срок действия сертификата истёк %1</translation>
    </message>
    <message>
        <source>there is no seal identity yet: create one, import a .p12 file or register a token for the seal (Settings → Signing identity)</source>
        <translation>электронной подписи для печати ещё нет: создайте её, импортируйте файл .p12 или зарегистрируйте токен для печати (Настройки → Электронная подпись)</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one or import a .p12 file (Settings → Signing identity)</source>
        <translation>электронной подписи ещё нет: создайте её или импортируйте файл .p12 (Настройки → Электронная подпись)</translation>
    </message>
    <message>
        <source>this signing key is on a token: its PIN opens it, not a password</source>
        <translation>этот ключ подписи находится на токене: он открывается PIN-кодом, а не паролем</translation>
    </message>
    <message>
        <source>the stored signing key is not usable</source>
        <translation>сохранённый ключ подписи непригоден для использования</translation>
    </message>
    <message>
        <source>the token&apos;s certificate is not the one registered: register the token again (Settings → Signing identity)</source>
        <translation>сертификат на токене не совпадает с зарегистрированным: зарегистрируйте токен заново (Настройки → Электронная подпись)</translation>
    </message>
    <message>
        <source>the file is not a certificate (PEM or DER)</source>
        <translation>файл не является сертификатом (PEM или DER)</translation>
    </message>
    <message>
        <source>plan %1 is no longer in this database</source>
        <translation>плана %1 больше нет в этой базе данных</translation>
    </message>
    <message>
        <source>there is no plan yet: type it in or import it on the Plan page</source>
        <translation>плана ещё нет: введите его или импортируйте на странице «План»</translation>
    </message>
    <message>
        <source>the plan has no period %1 (its periods: %2)</source>
        <translation>в плане нет периода %1 (его периоды: %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a campaign plan needs the start and end of its window</source>
        <translation>для плана кампании нужны дата начала и дата окончания периода кампании</translation>
    </message>
    <message>
        <source>a %1 has no code: &apos;%2&apos;</source>
        <translation>элемент «%2» (%1) не имеет кода</translation>
    </message>
    <message>
        <source>code %1 appears twice; codes must be unique in a plan</source>
        <translation>код %1 встречается дважды; коды в плане не должны повторяться</translation>
    </message>
    <message>
        <source>item %1 has no description</source>
        <translation>у элемента %1 нет описания</translation>
    </message>
    <message>
        <source>item %1 is planned in %2, which is not a period of the plan (%3)</source>
        <translation>элемент %1 запланирован на %2, но это не период плана (%3)</translation>
    </message>
    <message>
        <source>item %1 refers to footnote %2, which is missing</source>
        <translation>элемент %1 ссылается на сноску %2, которой нет</translation>
    </message>
    <message>
        <source>a campaign window needs its first and last day</source>
        <translation>для периода кампании нужны первый и последний день</translation>
    </message>
    <message>
        <source>custom window %1 ends before it starts</source>
        <translation>произвольный период %1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>a first and a last day are set only for a campaign window</source>
        <translation>первый и последний день задаются только для периода кампании</translation>
    </message>
    <message>
        <source>%1 is not a plan year (1990 to 2100)</source>
        <translation>%1 не подходит как год плана (от 1990 до 2100)</translation>
    </message>
    <message>
        <source>a new plan needs a title</source>
        <translation>у нового плана должно быть название</translation>
    </message>
    <message>
        <source>a plan title may hold at most %1 characters</source>
        <translation>название плана может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>the plan&apos;s title cannot be empty</source>
        <translation>название плана не может быть пустым</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный язык «%1» (допустимые: %2)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods cannot change: it already has %1 (start a new plan, or keep them)</source>
        <translation>периоды плана нельзя изменить: в нём уже есть %1 (начните новый план или оставьте периоды как есть)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable institution code (letters, digits, . - / _; up to %2 bytes)</source>
        <translation>«%1» не подходит как код учреждения (буквы, цифры, . - / _; не более %2 байт)</translation>
    </message>
    <message>
        <source>the institution needs a name</source>
        <translation>укажите название учреждения</translation>
    </message>
    <message>
        <source>unknown institution kind &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный тип учреждения «%1» (допустимые: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>an institution cannot report to itself</source>
        <translation>учреждение не может быть вышестоящим для самого себя</translation>
    </message>
    <message>
        <source>code %1 already belongs to another institution</source>
        <translation>код %1 уже принадлежит другому учреждению</translation>
    </message>
    <message>
        <source>this plan item no longer exists</source>
        <translation>этого элемента плана больше нет</translation>
    </message>
    <message>
        <source>the code cannot be empty</source>
        <translation>код не может быть пустым</translation>
    </message>
    <message>
        <source>code %1 is already used in this plan</source>
        <translation>код %1 уже используется в этом плане</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>неизвестный тип элемента «%1»</translation>
    </message>
    <message>
        <source>item %1 needs a description</source>
        <translation>укажите описание элемента %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited</source>
        <translation>поле «%1» нельзя изменить</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>целевой показатель не может быть отрицательным</translation>
    </message>
    <message>
        <source>footnote %1 does not exist in this plan</source>
        <translation>в этом плане нет сноски %1</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan</source>
        <translation>%1 не является периодом этого плана</translation>
    </message>
    <message>
        <source>an item cannot be moved under itself</source>
        <translation>элемент нельзя вложить в самого себя</translation>
    </message>
    <message>
        <source>%1 has no item above it on its level to go under</source>
        <translation>над элементом %1 нет элемента того же уровня, в который его можно вложить</translation>
    </message>
    <message>
        <source>%1 is already at the top level</source>
        <translation>элемент %1 уже находится на верхнем уровне</translation>
    </message>
    <message>
        <source>there is nothing to insert</source>
        <translation>нечего вставлять</translation>
    </message>
    <message>
        <source>every pasted row needs a code and a text</source>
        <translation>у каждой вставляемой строки должны быть код и текст</translation>
    </message>
    <message>
        <source>%1: %2 is not a period of this plan</source>
        <translation>%1: %2 не является периодом этого плана</translation>
    </message>
    <message>
        <source>every footnote needs a mark and a text</source>
        <translation>у каждой сноски должны быть знак и текст</translation>
    </message>
    <message>
        <source>two footnotes have the same mark</source>
        <translation>у двух сносок одинаковый знак</translation>
    </message>
    <message>
        <source>footnote %1 is still used by a plan item</source>
        <translation>сноска %1 ещё используется элементом плана</translation>
    </message>
    <message>
        <source>event %1 is not in this plan (it may have been deleted)</source>
        <translation>мероприятия %1 нет в этом плане (возможно, оно удалено)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>укажите название мероприятия</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;: %2</source>
        <translation>мероприятие «%1»: %2</translation>
    </message>
    <message>
        <source>an event cannot end before it starts</source>
        <translation>мероприятие не может закончиться раньше, чем началось</translation>
    </message>
    <message>
        <source>the plan of this event no longer exists</source>
        <translation>плана этого мероприятия больше нет</translation>
    </message>
    <message>
        <source>event %1 exists already</source>
        <translation>мероприятие %1 уже существует</translation>
    </message>
    <message>
        <source>the plan has no item with code %1</source>
        <translation>в плане нет элемента с кодом %1</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный статус «%1» (допустимые: %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; progress is marked on activities</source>
        <translation>%1 — это %2; ход выполнения отмечается только для пунктов плана</translation>
    </message>
    <message>
        <source>%1 in %2: &apos;not done&apos; needs a reason</source>
        <translation>%1, %2: для отметки «Не выполнено» укажите причину</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>число участников не может быть отрицательным</translation>
    </message>
    <message>
        <source>the achieved value cannot be negative</source>
        <translation>достигнутое значение не может быть отрицательным</translation>
    </message>
    <message>
        <source>a date done is given only for done or in-progress activities</source>
        <translation>дата выполнения указывается только для пунктов со статусом «Выполнено» или «Выполняется»</translation>
    </message>
    <message>
        <source>date %1 lies outside period %2 (%3–%4, due %5)</source>
        <translation>дата %1 не входит в период %2 (%3–%4, срок сдачи %5)</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 evidence file(s); remove them before clearing the mark</source>
        <translation>%1, %2: подтверждающих файлов — %3; удалите их, прежде чем очищать отметку</translation>
    </message>
    <message>
        <source>the outline has section &apos;%1&apos; twice</source>
        <translation>в структуре текста отчёта раздел «%1» встречается дважды</translation>
    </message>
    <message>
        <source>section %1 of the outline needs a title</source>
        <translation>у раздела %1 в структуре текста отчёта должно быть название</translation>
    </message>
    <message>
        <source>the outline needs at least one section</source>
        <translation>в структуре текста отчёта должен быть хотя бы один раздел</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the outline</source>
        <translation>«%1» не является разделом структуры текста отчёта</translation>
    </message>
    <message>
        <source>a section may hold at most %1 characters</source>
        <translation>раздел может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>the outline has no section &apos;%1&apos; (its sections: %2)</source>
        <translation>в структуре текста отчёта нет раздела «%1» (её разделы: %2)</translation>
    </message>
    <message>
        <source>the due date must fall 0 to 365 days after the period ends</source>
        <translation>срок сдачи должен наступать через 0–365 дней после окончания периода</translation>
    </message>
    <message>
        <source>the due date of %1 cannot be before the period starts</source>
        <translation>срок сдачи за %1 не может быть раньше начала периода</translation>
    </message>
    <message>
        <source>campaign windows are set as custom periods, not by a scheme</source>
        <translation>периоды кампании задаются как произвольные периоды, а не выбором готовой схемы</translation>
    </message>
    <message>
        <source>the reporting scheme can only change before any progress or planned period is entered; start a new plan for a new scheme</source>
        <translation>отчётные периоды можно изменить, только пока не внесены отметки о выполнении или плановые периоды; для других отчётных периодов начните новый план</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf or xlsx)</source>
        <translation>неизвестный формат «%1» (pdf или xlsx)</translation>
    </message>
    <message>
        <source>a detached .p7s signature is made only for a signed return</source>
        <translation>отдельная подпись .p7s создаётся только для подписанного отчёта</translation>
    </message>
    <message>
        <source>the seal signs after the head: sign to seal</source>
        <translation>печать ставится после подписи руководителя: чтобы заверить отчёт печатью, сначала подпишите его</translation>
    </message>
    <message>
        <source>period %1 has no signed return to correct</source>
        <translation>за период %1 нет подписанного отчёта, который можно исправить</translation>
    </message>
    <message>
        <source>this database already holds a plan; open the demo in a new database file</source>
        <translation>в этой базе данных уже есть план; откройте демонстрацию в новом файле базы данных</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split the file)</source>
        <translation>размер файла %1 — %2 МБ; подтверждающий файл может быть не больше %3 МБ (отсканируйте с меньшим разрешением или разделите файл)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 не является файлом</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>файл %1 пуст</translation>
    </message>
    <message>
        <source>this event no longer exists</source>
        <translation>этого мероприятия больше нет</translation>
    </message>
    <message>
        <source>this evidence file no longer exists</source>
        <translation>этого подтверждающего файла больше нет</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>файл %1 не совпадает с сохранённой для него суммой SHA-256</translation>
    </message>
    <message>
        <source>the template file is too large</source>
        <translation>файл шаблона слишком велик</translation>
    </message>
    <message>
        <source>the template is not valid JSON</source>
        <translation>шаблон не является корректным JSON</translation>
    </message>
    <message>
        <source>not a PlanDesk plan template</source>
        <translation>это не шаблон плана PlanDesk</translation>
    </message>
    <message>
        <source>the template carries no signature</source>
        <translation>шаблон не подписан</translation>
    </message>
    <message>
        <source>the template&apos;s signature is damaged</source>
        <translation>подпись шаблона повреждена</translation>
    </message>
    <message>
        <source>the template was not accepted: %1</source>
        <translation>шаблон не принят: %1</translation>
    </message>
    <message>
        <source>the template was not accepted: it names %1 as its issuer but was signed with the key of %2</source>
        <translation>шаблон не принят: отправителем в нём указан %1, но он подписан ключом %2</translation>
    </message>
    <message>
        <source>the template holds no plan</source>
        <translation>в шаблоне нет плана</translation>
    </message>
    <message>
        <source>this template (version %1) is older than the plan in use (version %2)</source>
        <translation>этот шаблон (версия %1) старее используемого плана (версия %2)</translation>
    </message>
    <message>
        <source>the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 %3); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>шаблон от %1 подписан сертификатом %2, которому эта база данных пока не доверяет (SHA-256 %3); сверьте отпечаток с отправителем, затем признайте сертификат доверенным и снова импортируйте шаблон</translation>
    </message>
    <message>
        <source>the template from an unnamed issuer is signed by %1, whom this database does not trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>шаблон от неуказанного отправителя подписан сертификатом %1, которому эта база данных пока не доверяет (SHA-256 %2); сверьте отпечаток с отправителем, затем признайте сертификат доверенным и снова импортируйте шаблон</translation>
    </message>
    <message>
        <source>no return of %1 for %2 has been taken in</source>
        <translation>отчёт учреждения %1 за %2 не принимался</translation>
    </message>
    <message>
        <source>a decision is %1</source>
        <translation>решение может быть только таким: %1</translation>
    </message>
    <message>
        <source>a return sent back needs the reason (what to correct)</source>
        <translation>при возврате отчёта на доработку укажите причину (что исправить)</translation>
    </message>
    <message>
        <source>the reason may hold at most %1 characters</source>
        <translation>причина может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>fill in this institution&apos;s profile first (Settings)</source>
        <translation>сначала заполните сведения об этом учреждении (Настройки)</translation>
    </message>
    <message>
        <source>the receipt is incomplete or damaged</source>
        <translation>квитанция неполна или повреждена</translation>
    </message>
    <message>
        <source>the file is too large to be a receipt</source>
        <translation>файл слишком велик для квитанции</translation>
    </message>
    <message>
        <source>the receipt is not valid JSON</source>
        <translation>квитанция не является корректным JSON</translation>
    </message>
    <message>
        <source>not a PlanDesk receipt</source>
        <translation>это не квитанция PlanDesk</translation>
    </message>
    <message>
        <source>the receipt carries no signature</source>
        <translation>квитанция не подписана</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature is damaged</source>
        <translation>подпись квитанции повреждена</translation>
    </message>
    <message>
        <source>the receipt&apos;s decision is neither accepted nor sent back</source>
        <translation>решение в квитанции — ни «принят», ни «возвращён на доработку»</translation>
    </message>
    <message>
        <source>the receipt was not accepted: %1</source>
        <translation>квитанция не принята: %1</translation>
    </message>
    <message>
        <source>the receipt was not accepted: it names %1 but was signed with the key of %2</source>
        <translation>квитанция не принята: в ней указан %1, но она подписана ключом %2</translation>
    </message>
    <message>
        <source>the receipt is for %1, not for this institution</source>
        <translation>квитанция предназначена для %1, а не для этого учреждения</translation>
    </message>
    <message>
        <source>the receipt comes from %1, but this institution reports to %2</source>
        <translation>квитанция получена от %1, но это учреждение подотчётно %2</translation>
    </message>
    <message>
        <source>the receipt is about version %1 of %2, which this institution did not sign (or signed with other data)</source>
        <translation>квитанция относится к версии %1 отчёта за %2, которую это учреждение не подписывало (или подписывало с другими данными)</translation>
    </message>
    <message>
        <source>a subordinate needs a code and a name</source>
        <translation>у подведомственного учреждения должны быть код и название</translation>
    </message>
    <message>
        <source>this certificate belongs to institution %1, not to %2</source>
        <translation>этот сертификат принадлежит учреждению %1, а не %2</translation>
    </message>
    <message>
        <source>this certificate is already registered for institution %1; a certificate vouches for one institution only</source>
        <translation>этот сертификат уже зарегистрирован для учреждения %1; один сертификат подтверждает только одно учреждение</translation>
    </message>
    <message>
        <source>this certificate is already registered for an authority trusted for many; a certificate vouches for one institution only</source>
        <translation>этот сертификат уже зарегистрирован как удостоверяющий центр, которому доверяют для многих учреждений; один сертификат подтверждает только одно учреждение</translation>
    </message>
    <message>
        <source>no header with a code and a name column found in the list</source>
        <translation>в списке не найдена строка заголовков со столбцами кода и названия</translation>
    </message>
    <message>
        <source>the list has %1 rows of subordinates: looked for at most %2 in one list (split it into several files)</source>
        <translation>строк подведомственных учреждений в списке: %1, а в одном списке обрабатывается не более %2 (разделите его на несколько файлов)</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 не является зарегистрированным подведомственным учреждением</translation>
    </message>
    <message>
        <source>only an identity created by PlanDesk (with its own root) can issue identities to subordinates</source>
        <translation>выдавать электронные подписи подведомственным учреждениям может только подпись, созданная в PlanDesk (с собственным корневым сертификатом)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate subject (write it like CN=Name,O=Org,C=KZ)</source>
        <translation>«%1» не является именем владельца сертификата (запишите так: CN=Название,O=Организация,C=KZ)</translation>
    </message>
    <message>
        <source>this is a signing certificate, not an authority: trust it for its subordinate on the Subordinates page</source>
        <translation>это сертификат подписи, а не удостоверяющего центра: доверьте его для соответствующего учреждения на странице «Подведомственные»</translation>
    </message>
    <message>
        <source>no accepted returns for %1 to consolidate</source>
        <translation>за %1 нет принятых отчётов для сводного отчёта</translation>
    </message>
    <message>
        <source>a signed consolidated return is a PDF or an XLSX</source>
        <translation>подписанный сводный отчёт сохраняется в формате PDF или XLSX</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, xlsx or json)</source>
        <translation>неизвестный формат «%1» (pdf, xlsx или json)</translation>
    </message>
    <message>
        <source>the token cannot sign with %1</source>
        <translation>токен не может подписывать с алгоритмом %1</translation>
    </message>
    <message>
        <source>the token refused to sign (%1)</source>
        <translation>токен отказался подписывать (%1)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 does not exist</source>
        <translation>модуль PKCS#11 %1 не найден</translation>
    </message>
    <message>
        <source>%1 cannot be loaded as a PKCS#11 module (%2)</source>
        <translation>%1 не удаётся загрузить как модуль PKCS#11 (%2)</translation>
    </message>
    <message>
        <source>no token labelled &apos;%1&apos; is plugged in</source>
        <translation>токен с меткой «%1» не подключён</translation>
    </message>
    <message>
        <source>no token is plugged in (or the module sees none)</source>
        <translation>ни один токен не подключён (или модуль их не видит)</translation>
    </message>
    <message>
        <source>several tokens are plugged in (%1): choose one of them</source>
        <translation>подключено несколько токенов (%1): выберите один из них</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is wrong (a few more wrong tries lock it)</source>
        <translation>неверный PIN-код токена (ещё несколько неверных попыток заблокируют его)</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is locked: unlock it with the token&apos;s tool</source>
        <translation>PIN-код токена заблокирован: разблокируйте его программой токена</translation>
    </message>
    <message>
        <source>the token cannot be opened (%1)</source>
        <translation>не удаётся открыть токен (%1)</translation>
    </message>
    <message>
        <source>the token holds no signing key</source>
        <translation>на токене нет ключа подписи</translation>
    </message>
    <message>
        <source>the token holds no signing key labelled %1</source>
        <translation>на токене нет ключа подписи с меткой %1</translation>
    </message>
    <message>
        <source>the token holds several keys (%1): choose one of them</source>
        <translation>на токене несколько ключей (%1): выберите один из них</translation>
    </message>
    <message>
        <source>the token holds no certificate for its signing key</source>
        <translation>на токене нет сертификата для его ключа подписи</translation>
    </message>
    <message>
        <source>a certificate needs an institution code, and this one is empty</source>
        <translation>для сертификата нужен код учреждения, а этот код пуст</translation>
    </message>
    <message>
        <source>the institution code &apos;%1&apos; is too long for a certificate (%2 bytes, at most %3): choose a shorter code</source>
        <translation>код учреждения «%1» слишком длинный для сертификата (%2 байт, не более %3): выберите код короче</translation>
    </message>
    <message>
        <source>a subordinate needs a name</source>
        <translation>у подведомственного учреждения должно быть название</translation>
    </message>
    <message>
        <source>%1 is not known here</source>
        <translation>учреждение %1 здесь неизвестно</translation>
    </message>
    <message>
        <source>that certificate is not registered for %1</source>
        <translation>этот сертификат не зарегистрирован для %1</translation>
    </message>
    <message>
        <source>that received return is not kept here</source>
        <translation>этот полученный отчёт здесь не хранится</translation>
    </message>
    <message>
        <source>%1: its signature does not hold, so its certificate is not offered</source>
        <translation>%1: подпись недействительна, поэтому её сертификат не предлагается</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one in Settings first</source>
        <translation>электронной подписи ещё нет: сначала создайте её в разделе «Настройки»</translation>
    </message>
    <message>
        <source>%1 was taken in already</source>
        <translation>файл %1 уже принят</translation>
    </message>
    <message>
        <source>no subordinates are registered yet: add them on the Subordinates page</source>
        <translation>подведомственные учреждения ещё не зарегистрированы: добавьте их на странице «Подведомственные»</translation>
    </message>
    <message>
        <source>the plan has no period %1</source>
        <translation>в плане нет периода %1</translation>
    </message>
    <message>
        <source>the copy must go to another database than the one it comes from</source>
        <translation>копировать нужно в другую базу данных, а не в ту же самую</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>по адресу %1 нет базы данных</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new database file</source>
        <translation>%1 — это папка; укажите имя нового файла базы данных</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file (nothing was copied)</source>
        <translation>%1 уже существует; копируйте в новый файл (ничего не скопировано)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; nothing was copied</source>
        <translation>папки %1 не существует; ничего не скопировано</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up</source>
        <translation>по адресу %1 нет базы данных для резервного копирования</translation>
    </message>
    <message>
        <source>cannot read the database %1 to back it up (%2); no backup was written</source>
        <translation>не удаётся прочитать базу данных %1 для резервного копирования (%2); резервная копия не записана</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>не удаётся записать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>another program has the database open (SQLite says: %1): close it, then run the restore again; nothing was changed</source>
        <translation>база данных открыта другой программой (сообщение SQLite: %1): закройте эту программу и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>the current database %1 cannot be read (%2); move it aside by hand, then run the restore again; nothing was changed</source>
        <translation>текущую базу данных %1 не удаётся прочитать (%2); переместите её вручную в другое место и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>another program has the database open: close it, then run the restore again; nothing was changed</source>
        <translation>база данных открыта другой программой: закройте эту программу и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file</source>
        <translation>%1 — это сама база данных; выберите файл резервной копии</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was changed</source>
        <translation>%1 не удаётся прочитать как базу данных (%2); ничего не изменено</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the database (%2); nothing was changed</source>
        <translation>не удаётся скопировать %1 рядом с базой данных (%2); ничего не изменено</translation>
    </message>
    <message>
        <source>the database is open in %1: close it, then run the restore again; nothing was changed</source>
        <translation>база данных открыта в %1: закройте эту программу и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>the database is open in %1 and %2 more: close it, then run the restore again; nothing was changed</source>
        <translation>база данных открыта в %1 и ещё в %2: закройте эти программы и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 could not be brought to this version (%2); the database was put back as it was</source>
        <translation>%1 не удалось привести к этой версии (%2); база данных возвращена в прежнее состояние</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); no backup was written</source>
        <translation>pg_dump не установлен (Debian/Ubuntu: apt-get install postgresql-client; Windows: инструменты командной строки из установщика PostgreSQL, в PATH); резервная копия не записана</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was changed</source>
        <translation>pg_restore не установлен (Debian/Ubuntu: apt-get install postgresql-client; Windows: инструменты командной строки из установщика PostgreSQL, в PATH); ничего не изменено</translation>
    </message>
    <message>
        <source>pg_dump of %1 took more than an hour and was stopped; no backup was written</source>
        <translation>pg_dump для %1 работал больше часа и был остановлен; резервная копия не записана</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed (%2); no backup was written</source>
        <translation>pg_dump для %1 завершился с ошибкой (%2); резервная копия не записана</translation>
    </message>
    <message>
        <source>pg_restore of %1 took more than an hour and was stopped; the database was left as it was (a copy of it: %2)</source>
        <translation>pg_restore для %1 работал больше часа и был остановлен; база данных оставлена как была (её копия: %2)</translation>
    </message>
    <message>
        <source>pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)</source>
        <translation>pg_restore для %1 завершился с ошибкой (%2); база данных оставлена как была (её копия: %3)</translation>
    </message>
    <message>
        <source>%1 is not a database backup of a server (pg_restore says: %2); nothing was changed</source>
        <translation>%1 не является резервной копией базы данных сервера (сообщение pg_restore: %2); ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is not a backup of a PlanDesk database; nothing was changed</source>
        <translation>%1 не является резервной копией базы данных PlanDesk; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 holds no PlanDesk schema revision; nothing was changed</source>
        <translation>в %1 нет версии схемы PlanDesk; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; nothing was changed</source>
        <translation>%1 записан более новой версией PlanDesk (схема %2); чтобы использовать его, установите новую версию; ничего не изменено</translation>
    </message>
    <message>
        <source>the database is open (%1): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>база данных открыта (%1): попросите других сотрудников закрыть PlanDesk и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>the database is open (%1 and more): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>база данных открыта (%1 и другие): попросите других сотрудников закрыть PlanDesk и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>база данных открыта (других подключений: %1): попросите других сотрудников закрыть PlanDesk и запустите восстановление снова; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 was restored but could not be brought to this version (%2); the database as it was is in %3</source>
        <translation>%1 восстановлен, но его не удалось привести к этой версии (%2); прежнее состояние базы данных сохранено в %3</translation>
    </message>
    <message>
        <source>%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json)</source>
        <translation>%1 — это папка, а ожидался файл плана (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt или .json)</translation>
    </message>
    <message>
        <source>%1 does not exist: looked for a plan file at %2</source>
        <translation>%1 не существует: файл плана искали здесь: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file of at most %3 MB</source>
        <translation>%1 слишком велик (%2): ожидался файл плана не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB</source>
        <translation>%1 слишком велик (%2): ожидался файл таблицы (.csv, .tsv, .txt) не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB</source>
        <translation>%1 слишком велик (%2): ожидалась старая книга Excel 97-2003 (.xls) не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file (.json) of at most %3 MB</source>
        <translation>%1 слишком велик (%2): ожидался файл плана (.json) не больше %3 МБ</translation>
    </message>
    <message>
        <source>%1 is empty: looked for a plan table and found nothing</source>
        <translation>%1 пуст: искали таблицу плана и ничего не нашли</translation>
    </message>
    <message>
        <source>%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx document, so save it as .docx without a password</source>
        <translation>%1 — старый документ Word 97-2003 (.doc) или документ, защищённый паролем: ожидался документ .docx, сохраните его как .docx без пароля</translation>
    </message>
    <message>
        <source>%1 is not a Word .docx document: looked for the zip package of a Word .docx document and found something else</source>
        <translation>%1 не является документом Word .docx: ожидался zip-пакет документа Word .docx, а найдено что-то другое</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .docx zip package (%2)</source>
        <translation>файл %1 повреждён: ожидался читаемый zip-пакет .docx (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .xlsx zip package (%2)</source>
        <translation>файл %1 повреждён: ожидался читаемый zip-пакет .xlsx (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable OpenDocument package (%2)</source>
        <translation>файл %1 повреждён: ожидался читаемый пакет OpenDocument (%2)</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and found something else</source>
        <translation>%1 не является файлом OpenDocument: ожидался zip-пакет файла OpenDocument, а найдено что-то другое</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found something else</source>
        <translation>%1 не является книгой Excel: ожидался zip-пакет файла .xlsx, а найдено что-то другое</translation>
    </message>
    <message>
        <source>%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format and found something else</source>
        <translation>%1 не является старой книгой Excel 97-2003 (.xls): ожидался формат файла Excel 97-2003, а найдено что-то другое</translation>
    </message>
    <message>
        <source>%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json</source>
        <translation>PlanDesk не импортирует такие файлы, как %1: ожидался .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt или .json</translation>
    </message>
    <message>
        <source>%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)</source>
        <translation>%1 — это файл JSON, а ожидалась таблица (.xlsx, .xls, .docx, .ods, .csv, .tsv или .txt)</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a table</source>
        <translation>в %1 нет листа: искали лист с таблицей</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a plan table</source>
        <translation>в %1 нет листа: искали лист с таблицей плана</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan table: looked for rows of text and found binary data</source>
        <translation>%1 не является таблицей плана: ожидались строки текста, а найдены двоичные данные</translation>
    </message>
    <message>
        <source>%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not valid there</source>
        <translation>не удаётся прочитать %1: ожидался текст в %2 (файл начинается с этой метки), но байт %3 в нём недопустим</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, scheme and items and far smaller</source>
        <translation>%1 больше %2 МБ: ожидался план PlanDesk: объект JSON с полями title, year, scheme и items, и намного меньше</translation>
    </message>
    <message>
        <source>%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, year, scheme and items, of at most %3 goals and activities</source>
        <translation>в %1 больше %2 значений: ожидался план PlanDesk: объект JSON с полями title, year, scheme и items, не больше чем с %3 целями и пунктами</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 не является корректным JSON: ожидался план PlanDesk: объект JSON с полями title, year, scheme и items</translation>
    </message>
    <message>
        <source>%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 не является файлом плана: ожидался план PlanDesk: объект JSON с полями title, year, scheme и items</translation>
    </message>
    <message>
        <source>%1 is not a usable plan file: %2</source>
        <translation>%1 не годится как файл плана: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 goals and activities: looked for a plan of at most %3</source>
        <translation>в %1 целей и пунктов: %2, а ожидался план не больше чем из %3</translation>
    </message>
    <message>
        <source>%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan of at most %3 of them</source>
        <translation>в %1 целей, пунктов, запланированных периодов и сносок вместе: %2, а ожидался план, где их не больше %3</translation>
    </message>
    <message>
        <source>%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a few seconds</source>
        <translation>%1 читается слишком долго (больше %2 с): ожидалась таблица, которую PlanDesk прочитает за несколько секунд</translation>
    </message>
    <message>
        <source>the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>в файле не указан год: год или период искали в заголовке, в заголовках столбцов, в датах и в тексте и не нашли; укажите, на какой год этот план</translation>
    </message>
    <message>
        <source>%1: the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>%1: в файле не указан год: год или период искали в заголовке, в заголовках столбцов, в датах и в тексте и не нашли; укажите, на какой год этот план</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice; codes must be unique</source>
        <translation>%1: код %2 встречается дважды; коды должны быть уникальными</translation>
    </message>
    <message>
        <source>%1: a campaign plan needs the start and end of its window</source>
        <translation>%1: для плана кампании нужны дата начала и дата окончания периода кампании</translation>
    </message>
    <message>
        <source>%1: the campaign window %2 needs a start and an end date</source>
        <translation>%1: для периода кампании %2 нужны дата начала и дата окончания</translation>
    </message>
    <message>
        <source>%1: item %2 is planned in %3, which is not a period of the plan (%4)</source>
        <translation>%1: элемент %2 запланирован на %3, но это не период плана (%4)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to footnote %3, which is missing</source>
        <translation>%1: элемент %2 ссылается на сноску %3, которой нет</translation>
    </message>
    <message>
        <source>no header row of an events list found: looked for a date column (Date, Tarih, Дата, Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in the first %1 rows</source>
        <translation>не найдена строка заголовков списка мероприятий: в первых %1 строках искали столбец даты (Date, Tarih, Дата, Data, Ngày) и столбец названия (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động)</translation>
    </message>
    <message>
        <source>the list has %1 rows of events: looked for at most %2 events in one list (split it into several files)</source>
        <translation>строк мероприятий в списке: %1, а в одном списке обрабатывается не более %2 (разделите его на несколько файлов)</translation>
    </message>
    <message>
        <source>the events list has a header but no rows</source>
        <translation>в списке мероприятий есть заголовок, но нет ни одной строки</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx</source>
        <translation>%1 — файл OpenDocument, а ожидалась книга .xlsx: сохраните его как .xlsx</translation>
    </message>
    <message>
        <source>%1 is a Word document: looked for an Excel workbook, save it as .xlsx</source>
        <translation>%1 — документ Word, а ожидалась книга Excel: сохраните его как .xlsx</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none</source>
        <translation>%1 не является книгой Excel: внутри искали xl/workbook.xml и не нашли</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a workbook without a password</source>
        <translation>%1 зашифрован: ожидалась книга без пароля</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration (%2): looked for a plain Excel workbook, which never has one</source>
        <translation>%1 содержит XML с объявлением типа документа (%2): ожидалась обычная книга Excel, в которой его никогда не бывает</translation>
    </message>
    <message>
        <source>%1 has %2 of shared texts: looked for a workbook with at most %3 of them</source>
        <translation>в %1 общих текстов на %2: ожидалась книга, где их не больше %3</translation>
    </message>
    <message>
        <source>%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 XML, as Excel writes</source>
        <translation>%1: часть %2 записана в кодировке %3: ожидался XML в UTF-8 или UTF-16, как пишет Excel</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for cells of a plan table, which are far shorter</source>
        <translation>%1: в части %2 есть текст длиннее %3: ожидались ячейки таблицы плана, а они гораздо короче</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose parts are far smaller</source>
        <translation>%1: в части %2 больше %3 элементов: ожидалась книга Excel, части которой гораздо меньше</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells</source>
        <translation>%1: в части листа %2 больше %3 ячеек: ожидалась таблица плана не больше чем из %3 ячеек</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3</source>
        <translation>%1: в части %2 больше %3 общих текстов: ожидалась книга, где их не больше %3</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 rows: looked for a workbook with at most %3</source>
        <translation>%1: в части %2 больше %3 строк: ожидалась книга, где их не больше %3</translation>
    </message>
    <message>
        <source>%1: one row of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: в одной строке части %2 больше %3 элементов: ожидалась книга Excel, строки и тексты которой гораздо меньше</translation>
    </message>
    <message>
        <source>%1: one shared text of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: в одном общем тексте части %2 больше %3 элементов: ожидалась книга Excel, строки и тексты которой гораздо меньше</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook: looked for its worksheets and found a damaged part (%2)</source>
        <translation>%1 — нечитаемая книга Excel: искали её листы и нашли повреждённую часть (%2)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; cannot be read: looked for rows of cells and found a damaged part (%3)</source>
        <translation>%1: не удаётся прочитать лист «%2»: искали строки ячеек и нашли повреждённую часть (%3)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; holds more than %3 characters: looked for a plan table, which holds far less text</source>
        <translation>%1: на листе «%2» больше %3 символов: ожидалась таблица плана, в которой текста гораздо меньше</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is too large: looked for a plan table of at most %3 rows and %4 columns</source>
        <translation>%1: лист «%2» слишком велик: ожидалась таблица плана не больше %3 строк и %4 столбцов</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has text beyond column %3 in row %4: looked for a plan table, which is far narrower</source>
        <translation>%1: на листе «%2» в строке %4 есть текст за столбцом %3: ожидалась таблица плана, а она гораздо уже</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has more than %3 rows: looked for a table of at most that many</source>
        <translation>%1: на листе «%2» больше %3 строк: ожидалась таблица не больше этого</translation>
    </message>
    <message>
        <source>%1 has a line longer than %2 characters: looked for rows of a plan table and found none</source>
        <translation>в %1 есть строка длиннее %2 символов: искали строки таблицы плана и не нашли</translation>
    </message>
    <message>
        <source>%1 has %2 columns in row %3: looked for a plan table, which has at most %4</source>
        <translation>в %1 в строке %3 столбцов: %2, а ожидалась таблица плана, где их не больше %4</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells</source>
        <translation>в %1 больше %2 ячеек (к строке %3): ожидалась таблица плана не больше чем из %2 ячеек</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters (by row %3): looked for a plan table, which holds far less text</source>
        <translation>в %1 больше %2 символов (к строке %3): ожидалась таблица плана, в которой текста гораздо меньше</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: looked for a table of at most that many</source>
        <translation>в %1 больше %2 строк: ожидалась таблица не больше этого</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV table: looked for delimited rows (%2)</source>
        <translation>%1 — нечитаемая таблица CSV: ожидались строки с разделителями (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells: looked for a plan table of at most %2 cells</source>
        <translation>в %1 больше %2 ячеек: ожидалась таблица плана не больше чем из %2 ячеек</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters: looked for a plan table, which holds far less text</source>
        <translation>в %1 больше %2 символов: ожидалась таблица плана, в которой текста гораздо меньше</translation>
    </message>
    <message>
        <source>column %1 names no period: looked for a period in its heading (a quarter, a four-month period, a month …)</source>
        <translation>столбец %1 не называет период: в его заголовке искали период (квартал, четырёхмесячный период, месяц …)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a column role</source>
        <translation>столбец %1: «%2» — не роль столбца</translation>
    </message>
    <message>
        <source>the period columns mix different kinds of periods: looked for one scheme (quarters, four-month periods, months …)</source>
        <translation>в столбцах периодов смешаны периоды разных видов: ожидалась одна схема (кварталы, четырёхмесячные периоды, месяцы …)</translation>
    </message>
    <message>
        <source>no column holds the activity texts: choose one as &apos;Activity&apos;</source>
        <translation>ни в одном столбце нет текстов пунктов: выберите один как «Текст пункта / элемента»</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>строка заголовков не найдена: в первых %1 строках искали столбец с текстами пунктов (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>the table is empty: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>таблица пуста: в первых %1 строках искали столбец с текстами пунктов (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …)</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows, and no numbered paragraphs (I., 1., -) to read a plan from</source>
        <translation>строка заголовков не найдена: в первых %1 строках искали столбец с текстами пунктов (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …), и нет нумерованных абзацев (I., 1., -), из которых можно прочитать план</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code or an activity text</source>
        <translation>под строкой заголовков (строка %1) нет пунктов: искали строки с кодом или текстом пункта</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code and an activity text</source>
        <translation>под строкой заголовков (строка %1) нет пунктов: искали строки с кодом и текстом пункта</translation>
    </message>
    <message>
        <source>code %1 appears twice (rows %2 and %3): looked for one code per goal and activity</source>
        <translation>код %1 встречается дважды (строки %2 и %3): ожидался один код на каждую цель и каждый пункт</translation>
    </message>
    <message>
        <source>row %1: item %2 has no text: looked for it in the column &apos;%3&apos;</source>
        <translation>строка %1: у элемента %2 нет текста: его искали в столбце «%3»</translation>
    </message>
    <message>
        <source>%1 is not a Word document: looked for word/document.xml inside and found none</source>
        <translation>%1 не является документом Word: внутри искали word/document.xml и не нашли</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a Word document without a password</source>
        <translation>%1 зашифрован: ожидался документ Word без пароля</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for a document of a plan, whose paragraphs are far shorter</source>
        <translation>%1: в части %2 есть текст длиннее %3: ожидался документ плана, абзацы которого гораздо короче</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 XML elements: looked for a document of a plan, which has far fewer</source>
        <translation>%1: в части %2 больше %3 элементов XML: ожидался документ плана, где их гораздо меньше</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: looked for its paragraphs and tables and found a damaged part (%2)</source>
        <translation>%1 — нечитаемый документ Word: искали его абзацы и таблицы и нашли повреждённую часть (%2)</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a file without a password</source>
        <translation>%1 зашифрован: ожидался файл без пароля</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for content.xml inside and found none</source>
        <translation>%1 не является файлом OpenDocument: внутри искали content.xml и не нашли</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument file: looked for its tables and found a damaged part (%2)</source>
        <translation>%1 — нечитаемый файл OpenDocument: искали его таблицы и нашли повреждённую часть (%2)</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for a workbook without a password, so save it again without one</source>
        <translation>%1 — старая книга Excel 97-2003 (.xls), защищённая паролем: ожидалась книга без пароля, сохраните её заново без пароля</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or password-protected): looked for its worksheets (%2)</source>
        <translation>%1 — старая книга Excel 97-2003 (.xls), которую не удаётся прочитать (повреждена или защищена паролем): искали её листы (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 rows and %5 columns</source>
        <translation>%1 слишком велик (строк: %2, столбцов: %3): ожидалась таблица плана не больше %4 строк и %5 столбцов</translation>
    </message>
</context>
<context>
    <name>ServiceWord</name>
    <message>
        <source>progress marks</source>
        <translation>отметки о выполнении</translation>
    </message>
    <message>
        <source>narrative texts</source>
        <translation>тексты отчёта</translation>
    </message>
    <message>
        <source>planned periods</source>
        <translation>плановые периоды</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>отчёты</translation>
    </message>
    <message>
        <source>another clerk</source>
        <translation>другой сотрудник</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>sub-goal</source>
        <translation>задача</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>пункт</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>число участников не может быть отрицательным</translation>
    </message>
    <message>
        <source>no count may be negative</source>
        <translation>ни одно из чисел не может быть отрицательным</translation>
    </message>
    <message>
        <source>women and men together exceed the number of participants</source>
        <translation>женщин и мужчин вместе больше, чем участников</translation>
    </message>
    <message>
        <source>pupils, teachers, parents and staff together exceed the number of participants</source>
        <translation>учащихся, учителей, родителей и персонала вместе больше, чем участников</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>the institution profile on the Settings page</source>
        <translation>сведения об учреждении на странице «Настройки»</translation>
    </message>
    <message>
        <source>the narrative outline on the Settings page</source>
        <translation>структура текста отчёта на странице «Настройки»</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не удалось внести изменение</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Изменение сведений об учреждении</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation>Изменение отчётных периодов</translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation>Изменение правила сроков сдачи</translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation>Установка срока сдачи за {period}</translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation>Возврат срока сдачи за {period} к правилу</translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation>Изменение структуры текста отчёта</translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation>Структура сохранена</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation>Отчётные периоды и сроки сдачи</translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation>Структура текста отчёта</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Электронная подпись</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить сведения</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Still to do before the first signed return:</source>
        <translation>Что осталось сделать до первого подписанного отчёта:</translation>
    </message>
    <message>
        <source>Set up the institution…</source>
        <translation>Указать учреждение…</translation>
    </message>
    <message>
        <source>Bring in the plan…</source>
        <translation>Внести план…</translation>
    </message>
    <message>
        <source>Create or import the signature…</source>
        <translation>Создать или импортировать подпись…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Перейти на страницу</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Отменить, повторить</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Quit (asks when typed text is not saved)</source>
        <translation>Выход (спросит, если текст не сохранён)</translation>
    </message>
    <message>
        <source>Find on the page shown</source>
        <translation>Поиск на открытой странице</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <source>The field of that label</source>
        <translation>Поле этой подписи</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Добавить мероприятие</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Изменить выбранный пункт</translation>
    </message>
    <message>
        <source>Indent, outdent</source>
        <translation>Понизить, повысить уровень</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Удалить выбранный пункт</translation>
    </message>
    <message>
        <source>Mark the selected cells</source>
        <translation>Отметить выбранные ячейки</translation>
    </message>
    <message>
        <source>Copy or paste cells as Excel does (tab-separated text)</source>
        <translation>Копировать и вставлять ячейки как в Excel (текст с табуляцией)</translation>
    </message>
    <message>
        <source>Open the details of the cell</source>
        <translation>Открыть подробности ячейки</translation>
    </message>
    <message>
        <source>Save the details panel</source>
        <translation>Сохранить панель подробностей</translation>
    </message>
    <message>
        <source>Revert the details panel</source>
        <translation>Вернуть панель подробностей</translation>
    </message>
    <message>
        <source>Add or save the event in the form</source>
        <translation>Добавить или сохранить мероприятие из формы</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Вернуть форму</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С опозданием</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не поступил</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 · Who we are</source>
        <translation>1 · Кто мы</translation>
    </message>
    <message>
        <source>2 · Our plan</source>
        <translation>2 · Наш план</translation>
    </message>
    <message>
        <source>3 · Our signature</source>
        <translation>3 · Наша подпись</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>ещё не сделано</translation>
    </message>
</context>
<context>
    <name>SubordinateDialog</name>
    <message>
        <source>Edit subordinate</source>
        <translation>Изменить подведомственное учреждение</translation>
    </message>
    <message>
        <source>Add subordinate</source>
        <translation>Добавить подведомственное учреждение</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Доверять файлу сертификата…</translation>
    </message>
    <message>
        <source>No certificate yet: it can be added later.</source>
        <translation>Сертификата пока нет: его можно добавить позже.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the institution&apos;s code.</source>
        <translation>Введите код учреждения.</translation>
    </message>
    <message>
        <source>A subordinate with the code %1 is registered already.</source>
        <translation>Подведомственное учреждение с кодом %1 уже зарегистрировано.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Введите название учреждения.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>SubordinatesPage</name>
    <message>
        <source>Subordinates</source>
        <translation>Подведомственные</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinate(s)</source>
        <translation>
            <numerusform>%n подведомственное учреждение</numerusform>
            <numerusform>%n подведомственных учреждения</numerusform>
            <numerusform>%n подведомственных учреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinates selected.</source>
        <translation>
            <numerusform>Выбрано %n учреждение.</numerusform>
            <numerusform>Выбрано %n учреждения.</numerusform>
            <numerusform>Выбрано %n учреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subordinate to see its certificates.</source>
        <translation>Выберите учреждение, чтобы увидеть его сертификаты.</translation>
    </message>
    <message>
        <source>No certificate is trusted for it yet: trust its certificate file, the certificate of a return it sent, or issue it an identity.</source>
        <translation>Для него ещё нет доверенного сертификата: доверьте его файл сертификата или сертификат присланного им отчёта либо выдайте ему электронную подпись.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate subjects bound: %n</source>
        <translation>
            <numerusform>Привязанных владельцев сертификатов: %n</numerusform>
            <numerusform>Привязанных владельцев сертификатов: %n</numerusform>
            <numerusform>Привязанных владельцев сертификатов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не удалось внести изменение</translation>
    </message>
    <message>
        <source>Add subordinate %1</source>
        <translation>Добавить учреждение %1</translation>
    </message>
    <message>
        <source>Edit subordinate %1</source>
        <translation>Изменить учреждение %1</translation>
    </message>
    <message>
        <source>Remove subordinates</source>
        <translation>Убрать подведомственные учреждения</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s) from the registry?</source>
        <translation>
            <numerusform>Убрать %n учреждение из реестра?</numerusform>
            <numerusform>Убрать %n учреждения из реестра?</numerusform>
            <numerusform>Убрать %n учреждений из реестра?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their returns are no longer taken in nor awaited. What was received from them and their certificates are kept; Edit → Undo puts them back.</source>
        <translation>Их отчёты больше не принимаются и не ожидаются. Полученное от них и их сертификаты сохраняются; «Правка → Отменить» вернёт их.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s)</source>
        <translation>
            <numerusform>Убрать %n учреждение</numerusform>
            <numerusform>Убрать %n учреждения</numerusform>
            <numerusform>Убрать %n учреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Файл слишком велик для сертификата.</translation>
    </message>
    <message>
        <source>The institution&apos;s certificate</source>
        <translation>Сертификат учреждения</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Доверять сертификату</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 (%2)?</source>
        <translation>Доверять этому сертификату для «%1» (%2)?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>Доверять сертификату для %1</translation>
    </message>
    <message>
        <source>%1 now signs with a trusted certificate.</source>
        <translation>Теперь %1 подписывает доверенным сертификатом.</translation>
    </message>
    <message>
        <source>Taking the return in again…</source>
        <translation>Повторный приём отчёта…</translation>
    </message>
    <message>
        <source>%1 was taken in.</source>
        <translation>%1 принят.</translation>
    </message>
    <message>
        <source>List of subordinates</source>
        <translation>Список подведомственных учреждений</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Списки (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
    <message>
        <source>Import the list %1</source>
        <translation>Загрузить список %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated.</source>
        <translation>%1: новых — %2, обновлено — %3.</translation>
    </message>
    <message>
        <source>Issue an identity</source>
        <translation>Выдать электронную подпись</translation>
    </message>
    <message>
        <source>No identity can be issued here.</source>
        <translation>Здесь нельзя выдать электронную подпись.</translation>
    </message>
    <message>
        <source>This password does not open your signing key. Type it again.</source>
        <translation>Этот пароль не открывает ваш ключ подписи. Введите его ещё раз.</translation>
    </message>
    <message>
        <source>Issuing the identity…</source>
        <translation>Выдача электронной подписи…</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2; its certificate is trusted for it. Tell the password separately.</source>
        <translation>Электронная подпись для %1 записана в %2; её сертификат признан доверенным для этого учреждения. Сообщите пароль отдельно.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка; ничего не сохранено. Подробности — в файле журнала.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The institutions that report here. A return is taken in only when it is signed with a certificate trusted for its institution.</source>
        <translation>Учреждения, которые отчитываются сюда. Отчёт принимается, только если он подписан сертификатом, которому доверяют для его учреждения.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Загрузить список…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with columns for code and name (e-mail, kind, language)</source>
        <translation>Файл Excel или CSV со столбцами кода и названия (эл. почта, вид, язык)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Доверять файлу сертификата…</translation>
    </message>
    <message>
        <source>Certificate of a return received…</source>
        <translation>Сертификат полученного отчёта…</translation>
    </message>
    <message>
        <source>Issue an identity…</source>
        <translation>Выдать электронную подпись…</translation>
    </message>
    <message>
        <source>A key and certificate for it, in a file with its own password</source>
        <translation>Ключ и сертификат для него в файле со своим паролем</translation>
    </message>
    <message>
        <source>Search code, name or e-mail</source>
        <translation>Поиск по коду, названию или почте</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Without a certificate</source>
        <translation>Без сертификата</translation>
    </message>
    <message>
        <source>Certificate expiring or expired</source>
        <translation>Сертификат истекает или истёк</translation>
    </message>
    <message>
        <source>No return received yet</source>
        <translation>Отчёт ещё не получен</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Use a key on a token</source>
        <translation>Ключ на токене</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Найти токены</translation>
    </message>
    <message>
        <source>Token program (PKCS#11 module):</source>
        <translation>Программа токена (модуль PKCS#11):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Show its keys</source>
        <translation>Показать ключи</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Использовать этот ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>the .dll or .so file your token came with</source>
        <translation>файл .dll или .so, поставляемый с токеном</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>Модуль PKCS#11 токена</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Модули PKCS#11 (*.dll *.so *.dylib);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No token was found. Plug it in and try again.</source>
        <translation>Токен не найден. Вставьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The token holds no key with a certificate.</source>
        <translation>На токене нет ключа с сертификатом.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation>Новая цель</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Добавление цели %1</translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation>Добавление задачи %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Добавление пункта %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Изменение поля «%1» (%2)</translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation>Изменение плановых периодов %1</translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation>Повышение уровня %1</translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation>Понижение уровня %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Перемещение %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Удалить %1 «%2»?</translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation>Вместе с ним будет удалён вложенный элемент: %1</translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation>
            <numerusform>Вместе с ним будет удалён %n вложенный элемент: %1</numerusform>
            <numerusform>Вместе с ним будут удалены %n вложенных элемента: %1</numerusform>
            <numerusform>Вместе с ним будут удалены %n вложенных элементов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation>Удаляется и его отметка о выполнении.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation>
            <numerusform>Удаляется и %n его отметка о выполнении.</numerusform>
            <numerusform>Удаляются и %n его отметки о выполнении.</numerusform>
            <numerusform>Удаляются и %n его отметок о выполнении.</numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation>Одно мероприятие больше не будет к нему привязано (само мероприятие сохранится).</translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation>
            <numerusform>%n мероприятие больше не будет к нему привязано (само мероприятие сохранится).</numerusform>
            <numerusform>%n мероприятия больше не будут к нему привязаны (сами мероприятия сохранятся).</numerusform>
            <numerusform>%n мероприятий больше не будут к нему привязаны (сами мероприятия сохранятся).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Это можно отменить командой Правка → Отменить.</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>Удаление элемента плана</translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation>Удаление %1 и 1 вложенного элемента</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation>
            <numerusform>Удаление %1 и %n вложенного элемента</numerusform>
            <numerusform>Удаление %1 и %n вложенных элементов</numerusform>
            <numerusform>Удаление %1 и %n вложенных элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление %1</translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation>Эти строки нельзя вставить: %1</translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation>Вставка 1 строки</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Вставка %n строки</numerusform>
            <numerusform>Вставка %n строк</numerusform>
            <numerusform>Вставка %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation>Коды уже соответствуют порядку дерева.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Перенумерация 1 кода</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Перенумерация %n кода</numerusform>
            <numerusform>Перенумерация %n кодов</numerusform>
            <numerusform>Перенумерация %n кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation>Изменение сносок</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сохранить и продолжить</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Пропустить пока</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Изменение сведений об учреждении</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не удалось внести изменение</translation>
    </message>
    <message>
        <source>the institution profile on the Getting started page</source>
        <translation>сведения об учреждении на странице «Начало работы»</translation>
    </message>
    <message>
        <source>Three steps make PlanDesk ready for your first signed return. Do each now or skip it: the Dashboard shows what is still missing and leads back here.</source>
        <translation>Три шага готовят PlanDesk к первому подписанному отчёту. Выполните каждый сейчас или пропустите: «Обзор» покажет, чего ещё не хватает, и приведёт сюда.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
</TS>
