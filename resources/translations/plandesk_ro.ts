<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Disponibil într-o versiune viitoare</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Completeness</source>
        <translation>Situația raportării</translation>
    </message>
    <message>
        <source>For directorates: see who has sent the return of a period, who is late and who is missing, and consolidate the returns into your own.</source>
        <translation>Pentru direcții: vedeți cine a trimis raportul unei perioade, cine întârzie și cine lipsește, apoi centralizați rapoartele în propriul raport.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PlanDesk ran into a problem</source>
        <translation>PlanDesk a întâmpinat o problemă</translation>
    </message>
    <message>
        <source>Something went wrong that PlanDesk did not expect. Your data is safe: every change is saved as you make it. Please save this report and send it to whoever supports PlanDesk for you.</source>
        <translation>A apărut o eroare neprevăzută. Datele dumneavoastră sunt în siguranță: fiecare modificare se salvează imediat. Vă rugăm să salvați acest raport și să-l trimiteți persoanei care vă oferă asistență pentru PlanDesk.</translation>
    </message>
    <message>
        <source>A copy is already in %1</source>
        <translation>O copie a fost deja salvată în %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Salvează raportul…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Save crash report</source>
        <translation>Salvează raportul de eroare</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fișiere text (*.txt)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panou general</translation>
    </message>
    <message>
        <source>An overview of the current period at a glance: activities done and still open, events held, people reached and the next return due.</source>
        <translation>Perioada curentă dintr-o privire: activitățile realizate și cele în curs, evenimentele organizate, persoanele la care s-a ajuns și următorul termen de raportare.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Log what was actually held: seminars, trainings, round tables and campaigns, with date, venue, partners and participants, linked to the activities of the plan.</source>
        <translation>Înregistrați ce s-a desfășurat efectiv: seminare, instruiri, mese rotunde și campanii, cu data, locul, partenerii și participanții, legate de activitățile planului.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Intake</source>
        <translation>Rapoarte primite</translation>
    </message>
    <message>
        <source>For directorates: drop in the returns received from subordinate institutions. Their signatures are checked and every version is kept.</source>
        <translation>Pentru direcții: trageți aici rapoartele primite de la instituțiile subordonate. Semnăturile sunt verificate și fiecare versiune este păstrată.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>It is open in process %1 on the computer %2.</source>
        <translation>Este deschisă de procesul %1 pe calculatorul %2.</translation>
    </message>
    <message>
        <source>PlanDesk is already open</source>
        <translation>PlanDesk este deja deschis</translation>
    </message>
    <message>
        <source>This database is already open in another PlanDesk window:
%1</source>
        <translation>Această bază de date este deja deschisă într-o altă fereastră PlanDesk:
%1</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and start PlanDesk again.</source>
        <translation>Treceți la acea fereastră sau închideți-o și porniți din nou PlanDesk.</translation>
    </message>
    <message>
        <source>PlanDesk cannot write in the folder of this database:
%1</source>
        <translation>PlanDesk nu poate scrie în dosarul acestei baze de date:
%1</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to, or ask for access.</source>
        <translation>Copiați baza de date într-un dosar în care puteți scrie sau cereți acces.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PlanDesk.</source>
        <translation>Această bază de date a fost scrisă de o versiune mai nouă a PlanDesk.</translation>
    </message>
    <message>
        <source>Install the newer PlanDesk to open it. The file was not changed.</source>
        <translation>Instalați versiunea mai nouă a PlanDesk pentru a o deschide. Fișierul nu a fost modificat.</translation>
    </message>
    <message>
        <source>PlanDesk could not open the database because of an unexpected error.</source>
        <translation>PlanDesk nu a putut deschide baza de date din cauza unei erori neprevăzute.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>This file is not a PlanDesk database, or it is damaged.</source>
        <translation>Acest fișier nu este o bază de date PlanDesk sau este deteriorat.</translation>
    </message>
    <message>
        <source>Open another database with File → Open database….</source>
        <translation>Deschideți altă bază de date din Fișier → Deschide baza de date….</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Baza de date nu poate fi deschisă</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Se deschide baza de date…</translation>
    </message>
    <message>
        <source>No institution set up yet</source>
        <translation>Instituția nu este încă configurată</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Niciun plan deocamdată</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, termen de raportare %3</translation>
    </message>
    <message>
        <source>Opening the database %1…</source>
        <translation>Se deschide baza de date %1…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza de date: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Nicio bază de date deschisă</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Deschide o bază de date PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Baze de date PlanDesk (*.sqlite *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>About PlanDesk</source>
        <translation>Despre PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk %1</source>
        <translation>PlanDesk %1</translation>
    </message>
    <message>
        <source>Keeps an action plan against violence towards women, the progress of every activity, the events held and the signed returns sent upward. Works fully offline: PlanDesk never sends anything over the network by itself.</source>
        <translation>Ține evidența planului de acțiune împotriva violenței față de femei, a progresului fiecărei activități, a evenimentelor organizate și a rapoartelor semnate trimise ierarhic. Funcționează complet offline: PlanDesk nu trimite nimic prin rețea din proprie inițiativă.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigare</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Perioada curentă</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Deschide baza de date…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>Copie de &amp;rezervă…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;eșire</translation>
    </message>
    <message>
        <source>&amp;About PlanDesk</source>
        <translation>&amp;Despre PlanDesk</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>Narrative</source>
        <translation>Raport narativ</translation>
    </message>
    <message>
        <source>Write the free-text sections of a return, such as results, difficulties and proposals, following the outline your directorate asks for.</source>
        <translation>Redactați secțiunile text ale raportului, precum rezultate, dificultăți și propuneri, după structura cerută de direcția dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Nicio bază de date nu este deschisă. Deschideți una din Fișier → Deschide baza de date….</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Note de subsol</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planul de acțiune</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>Tabelul planului</translation>
    </message>
    <message>
        <source>Filter by code or text…</source>
        <translation>Filtrați după cod sau text…</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Extinde tot</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Restrânge tot</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Import one with “plandesk plan import FILE”, or try PlanDesk with the demo plan: “plandesk --db NEW_FILE demo”.</source>
        <translation>În această bază de date nu există încă un plan. Importați unul cu „plandesk plan import FIȘIER” sau încercați PlanDesk cu planul demonstrativ: „plandesk --db FIȘIER_NOU demo”.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1: %2 – %3, return due %4</source>
        <translation>%1: %2 – %3, termen de raportare %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Motivul neefectuării</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Parteneri: %1</translation>
    </message>
    <message>
        <source>Planned in %1</source>
        <translation>Planificat în %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Mark the progress of every activity period by period: status, date done, participants and the reason when it was not done, in a grid as quick as a spreadsheet.</source>
        <translation>Marcați progresul fiecărei activități, perioadă cu perioadă: stadiul, data realizării, participanții și motivul când nu s-a realizat, într-un tabel la fel de rapid ca o foaie de calcul.</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Prepare the return of a period as a signed PDF and Excel file in your language, together with an e-mail ready to send.</source>
        <translation>Pregătiți raportul unei perioade ca fișiere PDF și Excel semnate, în limba dumneavoastră, împreună cu un e-mail gata de trimis.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Your institution&apos;s profile, the signing certificate, backups and the language of the returns you send.</source>
        <translation>Profilul instituției dumneavoastră, certificatul de semnare, copiile de rezervă și limba rapoartelor pe care le trimiteți.</translation>
    </message>
</context>
</TS>
