<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>CertificateText</name>
    <message>
        <source>Subject: %1
Issued by: %2
Valid from %3 until %4
SHA-256: %5</source>
        <translation>Titular: %1
Emis de: %2
Valabil de la %3 până la %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Due %1</source>
        <translation>Termen: %1</translation>
    </message>
    <message>
        <source>returns in</source>
        <translation>primite</translation>
    </message>
    <message>
        <source>No subordinate institutions are registered yet. Register them on the Subordinates page to follow their returns here.</source>
        <translation>Nu este înregistrată încă nicio instituție subordonată. Înregistrați-le pe pagina Subordonate pentru a urmări aici rapoartele lor.</translation>
    </message>
    <message>
        <source>Save the reminders in</source>
        <translation>Salvați notificările în</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Se scriu notificările…</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders written to %1 — open them in your mail program to send.</source>
        <translation>
            <numerusform>%n notificare scrisă în %1 — deschideți-o în programul de e-mail pentru a o trimite.</numerusform>
            <numerusform>%n notificări scrise în %1 — deschideți-le în programul de e-mail pentru a le trimite.</numerusform>
            <numerusform>%n de notificări scrise în %1 — deschideți-le în programul de e-mail pentru a le trimite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reminders could not be written. The details are in the log file.</source>
        <translation>Notificările nu au putut fi scrise. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Acceptă…</translation>
    </message>
    <message>
        <source>Accept the chosen return, with a signed receipt</source>
        <translation>Acceptă raportul ales, cu o confirmare semnată</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Returnează…</translation>
    </message>
    <message>
        <source>Send the chosen return back for correction, with the reason</source>
        <translation>Returnează raportul ales pentru corectare, cu motivul</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Situația raportării</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Prepare reminders…</source>
        <translation>Pregătește notificări…</translation>
    </message>
    <message>
        <source>One e-mail per institution whose return is missing, in its language</source>
        <translation>Câte un e-mail pentru fiecare instituție al cărei raport lipsește, în limba acesteia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Nicio identitate de semnare</translation>
    </message>
    <message>
        <source>A receipt is signed with your key, and there is none yet.</source>
        <translation>Confirmarea se semnează cu cheia dumneavoastră, iar aceasta nu există încă.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Creați una sau importați fișierul .p12 în Setări → Identitate de semnare.</translation>
    </message>
    <message>
        <source>the return of %1 (%2, version %3)</source>
        <translation>raportul instituției %1 (%2, versiunea %3)</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Aceasta nu deschide cheia de semnare. Introduceți-o din nou.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptat</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>returnat pentru corectare</translation>
    </message>
    <message>
        <source>%1 %2: the signed receipt is %3</source>
        <translation>%1 %2: confirmarea semnată este %3</translation>
    </message>
    <message>
        <source>and the e-mail %1.</source>
        <translation>și e-mailul %1.</translation>
    </message>
    <message>
        <source>The receipt could not be made. The details are in the log file.</source>
        <translation>Confirmarea nu a putut fi făcută. Detaliile se află în fișierul jurnal.</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Centralizare</translation>
    </message>
    <message>
        <source>Signed (%1)</source>
        <translation>Semnate (%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Semnate</translation>
    </message>
    <message>
        <source>%1 of %2 returns in: %3 accepted, %4 sent back, %5 not reviewed; %6 missing.</source>
        <translation>Au sosit %1 din %2 rapoarte: %3 acceptate, %4 returnate, %5 neexaminate; %6 lipsă.</translation>
    </message>
    <message>
        <source>Signed as version %1 by %2.</source>
        <translation>Semnat ca versiunea %1 de %2.</translation>
    </message>
    <message>
        <source>Version %1 · %2 institutions · %3 done (%4 of marks) · %5 participants · %6 events</source>
        <translation>Versiunea %1 · %2 instituții · %3 realizate (%4 din mențiuni) · %5 participanți · %6 evenimente</translation>
    </message>
    <message>
        <source>Press Preview to see the consolidated return as it will be printed.</source>
        <translation>Apăsați Previzualizare pentru a vedea raportul centralizat așa cum va fi tipărit.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>A apărut o eroare neprevăzută; nu s-a salvat nimic. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Întrerupt; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>No return has been taken in for this period yet.</source>
        <translation>Pentru această perioadă nu a fost primit încă niciun raport.</translation>
    </message>
    <message>
        <source>Adding up the returns…</source>
        <translation>Se adună rapoartele…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Se pregătește previzualizarea…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Previzualizarea necesită programul pdftoppm (poppler-utils), care nu este instalat. Semnarea și salvarea funcționează și fără el.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Versiunea %1 — primele %2 din %n pagină.</numerusform>
            <numerusform>Versiunea %1 — primele %2 din %n pagini.</numerusform>
            <numerusform>Versiunea %1 — primele %2 din %n de pagini.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated return of %1 is signed with the head&apos;s key</source>
        <translation>Raportul centralizat pentru %1 se semnează cu cheia conducătorului</translation>
    </message>
    <message>
        <source>, then sealed with the institution&apos;s seal</source>
        <translation>, apoi se aplică ștampila instituției</translation>
    </message>
    <message>
        <source>Returns sent back for correction are counted as they were received: %1.</source>
        <translation>Rapoartele returnate pentru corectare sunt numărate așa cum au fost primite: %1.</translation>
    </message>
    <message>
        <source>Save the consolidated return in</source>
        <translation>Salvați raportul centralizat în</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Se semnează și se salvează…</translation>
    </message>
    <message>
        <source>Signed (version %1) and saved in %2: %3</source>
        <translation>Semnat (versiunea %1) și salvat în %2: %3</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2).</source>
        <translation>Fișierele semnate %1 nu mai sunt unde au fost salvate (%2).</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>E-mailul este deschis în programul de e-mail: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Niciun program de e-mail nu a deschis mesajul, așa că i se arată dosarul: atașați sau trageți %1 în e-mail.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the level above: fill it in in Settings)</source>
        <translation>(adresa de e-mail a nivelului superior nu este cunoscută: completați-o în Setări)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 nu mai este unde a fost salvat (%2).</translation>
    </message>
    <message>
        <source>Consolidate again</source>
        <translation>Centralizează din nou</translation>
    </message>
    <message>
        <source>Open the consolidation of %1 (version %2) again?</source>
        <translation>Redeschideți centralizarea pentru %1 (versiunea %2)?</translation>
    </message>
    <message>
        <source>The signed files stay valid and in the list; the next signed consolidated return becomes version %1, with the returns accepted by then.</source>
        <translation>Fișierele semnate rămân valabile și în listă; următorul raport centralizat semnat devine versiunea %1, cu rapoartele acceptate până atunci.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>The next signed consolidated return is version %1.</source>
        <translation>Următorul raport centralizat semnat va fi versiunea %1.</translation>
    </message>
    <message>
        <source>The returns taken in for a period, added up into this institution&apos;s own return for the level above: signed, saved as PDF and Excel, sent by e-mail.</source>
        <translation>Rapoartele primite pentru o perioadă, adunate în raportul propriu al instituției pentru nivelul superior: semnat, salvat ca PDF și Excel, trimis prin e-mail.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Limba raportului:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Semnează și salvează…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Pregătește e-mailul</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>După semnare: un e-mail cu ambele fișiere atașate</translation>
    </message>
    <message>
        <source>Consolidate again…</source>
        <translation>Centralizează din nou…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Mărește (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Micșorează (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Potrivește lățimea</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Ce intră</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifre</translation>
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
        <source>{done} of {planned}</source>
        <translation>{done} din {planned}</translation>
    </message>
    <message>
        <source>activities done, all periods</source>
        <translation>activități realizate, toate perioadele</translation>
    </message>
    <message>
        <source>events held</source>
        <translation>evenimente organizate</translation>
    </message>
    <message>
        <source>participants reached by events</source>
        <translation>participanți la evenimente</translation>
    </message>
    <message>
        <source>no return is due</source>
        <translation>niciun raport scadent</translation>
    </message>
    <message numerus="yes">
        <source>return of {period} overdue by %n days</source>
        <translation>
            <numerusform>raportul pentru {period} este întârziat cu %n zi</numerusform>
            <numerusform>raportul pentru {period} este întârziat cu %n zile</numerusform>
            <numerusform>raportul pentru {period} este întârziat cu %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next return due: {period}, in %n days</source>
        <translation>
            <numerusform>următorul raport: {period}, peste %n zi</numerusform>
            <numerusform>următorul raport: {period}, peste %n zile</numerusform>
            <numerusform>următorul raport: {period}, peste %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panou general</translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation>Planul pe scurt</translation>
    </message>
    <message>
        <source>Completion per period</source>
        <translation>Realizare pe perioade</translation>
    </message>
    <message>
        <source>Completion per goal, all periods</source>
        <translation>Realizare pe obiective, toate perioadele</translation>
    </message>
    <message>
        <source>Returns due</source>
        <translation>Termene de raportare</translation>
    </message>
    <message>
        <source>Events and participants per period</source>
        <translation>Evenimente și participanți pe perioade</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizate</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nerealizate</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenimente</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participanți</translation>
    </message>
    <message>
        <source>Nothing is planned yet.</source>
        <translation>Nu este planificat nimic deocamdată.</translation>
    </message>
    <message>
        <source>{label}
{done} done, {progress} in progress, {not_done} not done, {marked} marked planned, {open} planned, not reported yet; {na} not applicable</source>
        <translation>{label}
{done} realizate, {progress} în desfășurare, {not_done} nerealizate, {marked} marcate planificate, {open} planificate, neraportate încă; {na} nu se aplică</translation>
    </message>
    <message>
        <source>activities done, of those planned or marked (not applicable left out), all periods</source>
        <translation>activități realizate, din cele planificate sau marcate (fără cele care nu se aplică), toate perioadele</translation>
    </message>
    <message>
        <source>marked planned</source>
        <translation>marcate planificate</translation>
    </message>
    <message>
        <source>planned, not reported yet</source>
        <translation>planificate, neraportate încă</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open a PlanDesk database</source>
        <translation>Deschide o bază de date PlanDesk</translation>
    </message>
    <message>
        <source>PlanDesk databases (%1);;All files (*)</source>
        <translation>Baze de date PlanDesk (%1);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>New PlanDesk database</source>
        <translation>Bază de date PlanDesk nouă</translation>
    </message>
    <message>
        <source>Save the demo database as</source>
        <translation>Salvează baza de date demonstrativă ca</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Nicio bază de date deschisă încă</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>No item selected</source>
        <translation>Niciun element selectat</translation>
    </message>
    <message>
        <source>Select a row of the plan to see and edit its details.</source>
        <translation>Selectați un rând din plan pentru a vedea și modifica detaliile.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Subobiectiv</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descriere</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsabil</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>parteneri</translation>
    </message>
    <message>
        <source>target</source>
        <translation>țintă</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>valoarea-țintă</translation>
    </message>
    <message>
        <source>target unit</source>
        <translation>unitate de măsură</translation>
    </message>
    <message>
        <source>footnote marks</source>
        <translation>trimiteri la note</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motiv</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observații</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Cod</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tip</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descriere</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsabil</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Parteneri</translation>
    </message>
    <message>
        <source>&amp;Target (as written)</source>
        <translation>Ț&amp;intă (cum este formulată)</translation>
    </message>
    <message>
        <source>Target in numbers</source>
        <translation>Ținta în cifre</translation>
    </message>
    <message>
        <source>Planned in periods (tick; type the planned date)</source>
        <translation>Planificat în perioadele (bifați; scrieți data planificată)</translation>
    </message>
    <message>
        <source>&amp;Footnote marks (e.g. 1, 2)</source>
        <translation>Trimiteri la &amp;note (de ex. 1, 2)</translation>
    </message>
    <message>
        <source>Reason if &amp;not carried out</source>
        <translation>Motivul &amp;neefectuării</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observații</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valoare</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unitate</translation>
    </message>
    <message>
        <source>— no mark —</source>
        <translation>— nemarcat —</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Data realizării</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Achieved value</source>
        <translation>Valoare atinsă</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizat la</translation>
    </message>
    <message>
        <source>Reason (required when not done)</source>
        <translation>Motiv (obligatoriu dacă nu s-a realizat)</translation>
    </message>
    <message>
        <source>A reason is required when the activity was not done.</source>
        <translation>Motivul este obligatoriu atunci când activitatea nu a fost realizată.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observație</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restabilește</translation>
    </message>
    <message>
        <source>Close the details panel (Esc)</source>
        <translation>Închide panoul de detalii (Esc)</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Documente justificative</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Nicio celulă selectată</translation>
    </message>
    <message>
        <source>Select a cell of the grid: its status, figures and evidence show here.</source>
        <translation>Selectați o celulă din tabel: stadiul, cifrele și documentele justificative apar aici.</translation>
    </message>
    <message>
        <source>%1 cells selected</source>
        <translation>Celule selectate: %1</translation>
    </message>
    <message>
        <source>Status and reason apply to every selected cell.</source>
        <translation>Stadiul și motivul se aplică tuturor celulelor selectate.</translation>
    </message>
    <message>
        <source>no target given</source>
        <translation>fără țintă stabilită</translation>
    </message>
    <message>
        <source>%1 in this period, %2 participants</source>
        <translation>%1 în această perioadă, participanți: %2</translation>
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
    <name>DueDatesModel</name>
    <message>
        <source>signed</source>
        <translation>semnat</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>întârziat cu %n zi</numerusform>
            <numerusform>întârziat cu %n zile</numerusform>
            <numerusform>întârziat cu %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>termen astăzi</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>termen peste %n zi</numerusform>
            <numerusform>termen peste %n zile</numerusform>
            <numerusform>termen peste %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>All periods</source>
        <translation>Toate perioadele</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toate activitățile</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Caută…</translation>
    </message>
    <message>
        <source>Finds events by title, venue, organiser, partners or description (Ctrl+F)</source>
        <translation>Găsește evenimente după titlu, loc, organizator, parteneri sau descriere (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>Project / funding</source>
        <translation>Proiect / finanțare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Of whom</source>
        <translation>Din care</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femei</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Bărbați</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Elevi</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Cadre didactice</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Părinți</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>until</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>Activity code or words</source>
        <translation>Codul sau cuvinte din activitate</translation>
    </message>
    <message>
        <source>Leaflets, posters…</source>
        <translation>Pliante, afișe…</translation>
    </message>
    <message>
        <source>Police, prosecutor, crisis centre, psychologist, NGO…</source>
        <translation>Poliție, parchet, centru de criză, psiholog, ONG…</translation>
    </message>
    <message>
        <source>Police, NGO…</source>
        <translation>Poliție, ONG…</translation>
    </message>
    <message>
        <source>Women and men together ({parts}) exceed the participants ({total}).</source>
        <translation>Femeile și bărbații împreună ({parts}) depășesc numărul participanților ({total}).</translation>
    </message>
    <message>
        <source>Pupils, teachers, parents and staff together ({parts}) exceed the participants ({total}).</source>
        <translation>Elevii, cadrele didactice, părinții și personalul împreună ({parts}) depășesc numărul participanților ({total}).</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Evenimentul nu se poate încheia înainte de a începe.</translation>
    </message>
    <message>
        <source>The plan has no activity {code}.</source>
        <translation>Planul nu conține activitatea {code}.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Evenimentul trebuie să aibă un titlu.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n eveniment</numerusform>
            <numerusform>%n evenimente</numerusform>
            <numerusform>%n de evenimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participanți</numerusform>
            <numerusform>%n de participanți</numerusform>
        </translation>
    </message>
    <message>
        <source>(of {total} events)</source>
        <translation>(din {total} evenimente)</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modificare eveniment</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Eveniment nou</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Adaugă evenimentul</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restabilește</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Modificarea nu a putut fi efectuată</translation>
    </message>
    <message>
        <source>Add event “{title}”</source>
        <translation>Adăugare eveniment „{title}”</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>Modificare eveniment „{title}”</translation>
    </message>
    <message>
        <source>the new event “%1” on the Events page</source>
        <translation>evenimentul nou „%1” din pagina Evenimente</translation>
    </message>
    <message>
        <source>the changes to the event “%1” on the Events page</source>
        <translation>modificările evenimentului „%1” din pagina Evenimente</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Ștergere eveniment</translation>
    </message>
    <message>
        <source>Delete the event “{title}”?</source>
        <translation>Ștergeți evenimentul „{title}”?</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back.</source>
        <translation>Editare → Anulează îl readuce.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Ștergere eveniment „{title}”</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Import evenimente</translation>
    </message>
    <message>
        <source>Event lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Liste de evenimente (*.xlsx *.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The events list cannot be imported</source>
        <translation>Lista de evenimente nu poate fi importată</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Import %n eveniment</numerusform>
            <numerusform>Import %n evenimente</numerusform>
            <numerusform>Import %n de evenimente</numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Import events…</source>
        <translation>Importă evenimente…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <source>Attach…</source>
        <translation>Atașează…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Drop photos or attendance lists here (at most %1 MB each).</source>
        <translation>Trageți aici fotografii sau liste de prezență (cel mult %1 MB fiecare).</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Atașați documente justificative</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raportează</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nerealizat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participanți</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
</context>
<context>
    <name>FootnotesDialog</name>
    <message>
        <source>Footnotes</source>
        <translation>Note de subsol</translation>
    </message>
    <message>
        <source>Footnotes are shown beneath the plan; items refer to them by their mark. A mark still used by an item cannot be removed.</source>
        <translation>Notele de subsol apar sub plan; elementele trimit la ele prin marcajul lor. Un marcaj folosit încă de un element nu poate fi eliminat.</translation>
    </message>
    <message>
        <source>&amp;Add footnote</source>
        <translation>&amp;Adaugă notă</translation>
    </message>
    <message>
        <source>&amp;Remove footnote</source>
        <translation>&amp;Elimină nota</translation>
    </message>
</context>
<context>
    <name>FootnotesModel</name>
    <message>
        <source>Mark</source>
        <translation>Marcaj</translation>
    </message>
    <message>
        <source>Footnote text</source>
        <translation>Textul notei</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>created by PlanDesk (own root certificate)</source>
        <translation>creată de PlanDesk (certificat rădăcină propriu)</translation>
    </message>
    <message>
        <source>imported from a .p12 file</source>
        <translation>importată dintr-un fișier .p12</translation>
    </message>
    <message>
        <source>on the token %1 (the key never leaves it)</source>
        <translation>pe tokenul %1 (cheia nu îl părăsește niciodată)</translation>
    </message>
    <message>
        <source>PlanDesk makes a root certificate and a signing key for your institution. Choose the password that protects the key (at least 8 characters). It is never stored: keep it safe, without it the key cannot sign.</source>
        <translation>PlanDesk creează un certificat rădăcină și o cheie de semnare pentru instituția dumneavoastră. Alegeți parola care protejează cheia (cel puțin 8 caractere). Parola nu este memorată nicăieri: păstrați-o în siguranță, fără ea cheia nu poate semna.</translation>
    </message>
    <message>
        <source>The present identity is kept but no longer used.</source>
        <translation>Identitatea actuală se păstrează, dar nu mai este folosită.</translation>
    </message>
    <message>
        <source>Plug in your token or smart card, choose its program (the PKCS#11 module that came with it), find the token, type its PIN and choose the key. The key never leaves the token; the PIN is asked each time you sign and never stored.</source>
        <translation>Introduceți tokenul sau cardul inteligent, alegeți programul lui (modulul PKCS#11 primit împreună cu el), găsiți tokenul, tastați PIN-ul și alegeți cheia. Cheia nu părăsește niciodată tokenul; PIN-ul este cerut la fiecare semnare și nu este păstrat nicăieri.</translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation>Importă o cheie de semnare</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fișiere de chei PKCS#12 (*.p12 *.pfx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The password of %1:</source>
        <translation>Parola pentru %1:</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 key file (too large).</source>
        <translation>Acesta nu este un fișier de cheie PKCS#12 (este prea mare).</translation>
    </message>
    <message>
        <source>Export the trust certificate</source>
        <translation>Exportă certificatul de încredere</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <source>Trust certificate written to %1. Give it to the institution you report to.</source>
        <translation>Certificatul de încredere a fost salvat în %1. Predați-l instituției căreia îi raportați.</translation>
    </message>
    <message>
        <source>The signing identity is ready.</source>
        <translation>Identitatea de semnare este pregătită.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>A apărut o eroare neprevăzută; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitate de semnare</translation>
    </message>
    <message>
        <source>Signature of:</source>
        <translation>Semnătura:</translation>
    </message>
    <message>
        <source>the head of the institution</source>
        <translation>conducătorului instituției</translation>
    </message>
    <message>
        <source>the institution&apos;s seal (optional)</source>
        <translation>sigiliul instituției (opțional)</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valabil până la:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Proveniență:</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Amprentă (SHA-256):</translation>
    </message>
    <message>
        <source>No seal. A seal is the institution&apos;s own signature, added after the head&apos;s on every return (as Viet Nam&apos;s rules ask); returns are valid without it unless the directorate requires it.</source>
        <translation>Niciun sigiliu. Sigiliul este semnătura instituției înseși, adăugată după cea a conducătorului pe fiecare raport (cum cer regulile din Vietnam); rapoartele sunt valabile și fără el, dacă direcția nu îl cere.</translation>
    </message>
    <message>
        <source>None yet. Returns are signed with your institution&apos;s key: create one here, import the .p12 file you already have, or use the key on your token.</source>
        <translation>Încă niciuna. Rapoartele se semnează cu cheia instituției: creați una aici, importați fișierul .p12 pe care îl aveți sau folosiți cheia de pe token.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Creează…</translation>
    </message>
    <message>
        <source>Import .p12…</source>
        <translation>Importă .p12…</translation>
    </message>
    <message>
        <source>Use a token…</source>
        <translation>Folosiți un token…</translation>
    </message>
    <message>
        <source>Export trust certificate…</source>
        <translation>Exportă certificatul de încredere…</translation>
    </message>
</context>
<context>
    <name>IdentityStep</name>
    <message>
        <source>Our signature</source>
        <translation>Semnătura noastră</translation>
    </message>
    <message>
        <source>Returns are signed digitally with your institution&apos;s key. PlanDesk can create one (with its own root certificate, which you give to the institution you report to), or use the .p12 file you already have.</source>
        <translation>Rapoartele se semnează digital cu cheia instituției. PlanDesk poate crea una (cu propriul certificat rădăcină, pe care îl dați instituției căreia îi raportați) sau poate folosi fișierul .p12 pe care îl aveți deja.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import plan</source>
        <translation>Importul planului</translation>
    </message>
    <message>
        <source>Check what each column of “%1” holds and the rows PlanDesk recognised. Nothing is stored until you press Import; the plan then becomes the current plan (the present one is kept in the database).</source>
        <translation>Verificați ce conține fiecare coloană din „%1” și rândurile recunoscute de PlanDesk. Nimic nu se salvează până nu apăsați Importă; planul devine apoi planul curent (cel actual se păstrează în baza de date).</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(se omite)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Goal (beside its activities)</source>
        <translation>Obiectiv (lângă activitățile sale)</translation>
    </message>
    <message>
        <source>Sub-goal (beside its activities)</source>
        <translation>Subobiectiv (lângă activitățile sale)</translation>
    </message>
    <message>
        <source>Activity / item text</source>
        <translation>Textul activității / elementului</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Reason if not carried out</source>
        <translation>Motivul neefectuării</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observații</translation>
    </message>
    <message>
        <source>Time / dates</source>
        <translation>Termen / date</translation>
    </message>
    <message>
        <source>Planned in this period</source>
        <translation>Planificat în această perioadă</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Prima valoare</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Conține</translation>
    </message>
    <message>
        <source>Kept apart (not plan items)</source>
        <translation>Păstrate separat (nu sunt puncte ale planului)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anul:</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>ca în fișier</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioade:</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>four-month periods</source>
        <translation>perioade de patru luni</translation>
    </message>
    <message>
        <source>half-years</source>
        <translation>semestre</translation>
    </message>
    <message>
        <source>months</source>
        <translation>luni</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>una pe an</translation>
    </message>
    <message>
        <source>a campaign window</source>
        <translation>perioada unei campanii</translation>
    </message>
    <message>
        <source>The file names no year: choose the plan&apos;s year above (and its periods, if it reports by quarter, half-year …).</source>
        <translation>Fișierul nu indică anul: alegeți mai sus anul planului (și perioadele lui, dacă raportează pe trimestre, semestre …).</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (din fișier)</translation>
    </message>
    <message>
        <source>No row is taken in: tick the rows to import.</source>
        <translation>Niciun rând nu este preluat: bifați rândurile de importat.</translation>
    </message>
    <message>
        <source>“%1”: %3 goals, %4 sub-goals, %5 activities, %6 footnotes.</source>
        <translation>„%1”: %3 obiective, %4 obiective specifice, %5 activități, %6 note de subsol.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have no code in the file: PlanDesk numbered them (marked below).</source>
        <translation>
            <numerusform>%n rând nu are cod în fișier: PlanDesk l-a numerotat (marcat mai jos).</numerusform>
            <numerusform>%n rânduri nu au cod în fișier: PlanDesk le-a numerotat (marcate mai jos).</numerusform>
            <numerusform>%n de rânduri nu au cod în fișier: PlanDesk le-a numerotat (marcate mai jos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are numbered again in each section: they get full codes (1.3, not 3).</source>
        <translation>
            <numerusform>%n rând este numerotat din nou în secțiunea lui: primește cod complet (1.3, nu 3).</numerusform>
            <numerusform>%n rânduri sunt numerotate din nou în fiecare secțiune: primesc coduri complete (1.3, nu 3).</numerusform>
            <numerusform>%n de rânduri sunt numerotate din nou în fiecare secțiune: primesc coduri complete (1.3, nu 3).</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>ales de dumneavoastră</translation>
    </message>
    <message>
        <source>from the campaign window in the file</source>
        <translation>din perioada campaniei din fișier</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>din titlu</translation>
    </message>
    <message>
        <source>from the column headings</source>
        <translation>din capetele de coloană</translation>
    </message>
    <message>
        <source>from the dates in the file</source>
        <translation>din datele din fișier</translation>
    </message>
    <message>
        <source>from the text of the file</source>
        <translation>din textul fișierului</translation>
    </message>
    <message>
        <source>Year %1 (%2); periods: %3.</source>
        <translation>Anul %1 (%2); perioade: %3.</translation>
    </message>
    <message>
        <source>The file names no reporting periods: one period for the year.</source>
        <translation>Fișierul nu indică perioade de raportare: o singură perioadă pentru an.</translation>
    </message>
    <message>
        <source>Glossary (kept with the plan&apos;s footnotes):</source>
        <translation>Lista de abrevieri (păstrată cu notele de subsol ale planului):</translation>
    </message>
    <message>
        <source>Footnotes and notes:</source>
        <translation>Note de subsol și observații:</translation>
    </message>
    <message>
        <source>Columns kept in each item&apos;s notes: %1</source>
        <translation>Coloane păstrate în observațiile fiecărui punct: %1</translation>
    </message>
    <message>
        <source>Columns left out: %1</source>
        <translation>Coloane lăsate deoparte: %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cap de tabel</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>abrevieri</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>notă de subsol</translation>
    </message>
    <message>
        <source>note</source>
        <translation>observație</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>separator</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>numerele coloanelor</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>alt text</translation>
    </message>
    <message>
        <source>Rows that are not items:</source>
        <translation>Rânduri care nu sunt puncte:</translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  rândul %1 (%2): %3</translation>
    </message>
    <message>
        <source>Keep in the notes, with its heading</source>
        <translation>Păstrează în observații, cu titlul coloanei</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import events</source>
        <translation>Import evenimente</translation>
    </message>
    <message>
        <source>{file}: {good} events can be imported.</source>
        <translation>{file}: evenimente care pot fi importate: {good}.</translation>
    </message>
    <message>
        <source>{bad} rows cannot be imported and will be left out; the reasons are below.</source>
        <translation>Rânduri care nu pot fi importate și vor fi omise: {bad}; motivele sunt mai jos.</translation>
    </message>
    <message>
        <source>Kinds kept as written: {kinds}</source>
        <translation>Tipuri păstrate așa cum sunt scrise: {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n events</source>
        <translation>
            <numerusform>Importă %n eveniment</numerusform>
            <numerusform>Importă %n evenimente</numerusform>
            <numerusform>Importă %n de evenimente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nimic de importat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message numerus="yes">
        <source>%n events of the list are already in the plan (same day, title and venue): they are skipped.</source>
        <translation>
            <numerusform>%n eveniment din listă există deja în plan (aceeași zi, titlu și loc): se omite.</numerusform>
            <numerusform>%n evenimente din listă există deja în plan (aceeași zi, titlu și loc): se omit.</numerusform>
            <numerusform>%n de evenimente din listă există deja în plan (aceeași zi, titlu și loc): se omit.</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data de sfârșit</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titlu</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>loc</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizator</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>parteneri</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proiect</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>materiale</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descriere</translation>
    </message>
    <message>
        <source>plan activity</source>
        <translation>activitate din plan</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participanți</translation>
    </message>
    <message>
        <source>date and venue (split)</source>
        <translation>data și locul (despărțite)</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Coloane: %1</translation>
    </message>
    <message>
        <source>Kept in each event&apos;s description: %1</source>
        <translation>Păstrat în descrierea fiecărui eveniment: %1</translation>
    </message>
    <message>
        <source>Row numbers, not stored: %1</source>
        <translation>Numere de rând, nu se păstrează: %1</translation>
    </message>
    <message>
        <source>Dates written without a year: %1</source>
        <translation>Date scrise fără an: %1</translation>
    </message>
    <message>
        <source>Footnotes under the list, added to the events that cite them: %1</source>
        <translation>Notele de subsol de sub listă, adăugate la evenimentele care le citează: %1</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Details or reason</source>
        <translation>Detalii sau motiv</translation>
    </message>
    <message>
        <source>will be imported</source>
        <translation>va fi importat</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nu se importă</translation>
    </message>
    <message>
        <source>already in the plan: skipped</source>
        <translation>există deja în plan: se omite</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>lăsat deoparte</translation>
    </message>
</context>
<context>
    <name>InputsModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Numărat</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Primit la</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>IntakeLinesModel</name>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Last intake: %n file(s)</source>
        <translation>
            <numerusform>Ultima primire: %n fișier</numerusform>
            <numerusform>Ultima primire: %n fișiere</numerusform>
            <numerusform>Ultima primire: %n de fișiere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fișier</numerusform>
            <numerusform>%n fișiere</numerusform>
            <numerusform>%n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the files not yet read were left out.</source>
        <translation>Întrerupt: fișierele necitite încă au fost omise.</translation>
    </message>
    <message>
        <source>Rejected files were not counted; the reason is on their line.</source>
        <translation>Fișierele respinse nu au fost luate în calcul; motivul apare pe rândul fiecăruia.</translation>
    </message>
    <message>
        <source>Returns to take in</source>
        <translation>Rapoarte de primit</translation>
    </message>
    <message>
        <source>Returns and saved e-mails (*.pdf *.xlsx *.eml);;All files (*)</source>
        <translation>Rapoarte și e-mailuri salvate (*.pdf *.xlsx *.eml);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Folder of received returns</source>
        <translation>Dosarul cu rapoartele primite</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Se caută rapoarte…</translation>
    </message>
    <message>
        <source>%1 of %2 files checked</source>
        <translation>%1 din %2 fișiere verificate</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>A apărut o eroare neprevăzută. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Stopping after the file being checked…</source>
        <translation>Se oprește după fișierul în curs de verificare…</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Rapoarte primite</translation>
    </message>
    <message>
        <source>Any period of the plan</source>
        <translation>Orice perioadă a planului</translation>
    </message>
    <message>
        <source>Returns received from subordinate institutions: each file&apos;s signature is checked against the registered institution, then it is accepted, kept as a new version, or rejected with the reason. Every file goes in whole or not at all.</source>
        <translation>Rapoartele primite de la instituțiile subordonate: semnătura fiecărui fișier este verificată în raport cu instituția înregistrată, apoi fișierul este acceptat, păstrat ca versiune nouă sau respins cu indicarea motivului. Fiecare fișier este preluat integral sau deloc.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adaugă fișiere…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Adaugă dosar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Drop returns here: PDF and Excel files, saved e-mails (.eml) or a whole folder of e-mail attachments.</source>
        <translation>Trageți aici rapoartele: fișiere PDF și Excel, e-mailuri salvate (.eml) sau un dosar întreg cu atașamente de e-mail.</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <source>signer not the institution it claims</source>
        <translation>semnatarul nu este instituția declarată</translation>
    </message>
    <message>
        <source>signer unknown</source>
        <translation>semnatar necunoscut</translation>
    </message>
    <message>
        <source>not a return</source>
        <translation>nu este un raport</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>fișier alterat</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>alt plan</translation>
    </message>
    <message>
        <source>another period</source>
        <translation>altă perioadă</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <source>the e-mail cannot be read</source>
        <translation>e-mailul nu poate fi citit</translation>
    </message>
    <message>
        <source>the e-mail has no PDF or XLSX attached</source>
        <translation>e-mailul nu are atașat niciun fișier PDF sau XLSX</translation>
    </message>
    <message>
        <source>only PDF, XLSX and .eml files are read</source>
        <translation>se citesc doar fișiere PDF, XLSX și .eml</translation>
    </message>
    <message>
        <source>a note or a hidden file, not a return: left as it is</source>
        <translation>o notă sau un fișier ascuns, nu un raport: a fost lăsat neschimbat</translation>
    </message>
    <message>
        <source>the file could not be read (it is damaged or not made by PlanDesk)</source>
        <translation>fișierul nu a putut fi citit (este deteriorat sau nu a fost făcut cu PlanDesk)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-ul este deteriorat și nu poate fi citit</translation>
    </message>
    <message>
        <source>the PDF carries other signatures than the head&apos;s and the institution&apos;s seal</source>
        <translation>PDF-ul conține alte semnături decât a conducătorului și sigiliul instituției</translation>
    </message>
    <message>
        <source>the Excel file is damaged and cannot be read</source>
        <translation>fișierul Excel este deteriorat și nu poate fi citit</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 differs from what was signed</source>
        <translation>fișierul Excel a fost modificat după semnare: %1 diferă de ce s-a semnat</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was added</source>
        <translation>fișierul Excel a fost modificat după semnare: a fost adăugat %1</translation>
    </message>
    <message>
        <source>the Excel file was changed after signing: %1 was removed</source>
        <translation>fișierul Excel a fost modificat după semnare: a fost eliminat %1</translation>
    </message>
    <message>
        <source>the Excel file was saved again by a spreadsheet program, so it is no longer the signed original; ask for the PDF of the same return</source>
        <translation>fișierul Excel a fost salvat din nou de un program de calcul tabelar, deci nu mai este originalul semnat; cereți PDF-ul aceluiași raport</translation>
    </message>
    <message>
        <source>an Excel return from an earlier PlanDesk, whose signature does not cover its formatting; ask for the PDF of the same return</source>
        <translation>raport Excel dintr-o versiune anterioară PlanDesk, a cărui semnătură nu acoperă formatarea; cereți PDF-ul aceluiași raport</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (%1) was revoked by its issuer</source>
        <translation>certificatul semnatarului (%1) a fost revocat de emitent</translation>
    </message>
    <message>
        <source>the signer (%1) is not registered for %2</source>
        <translation>semnatarul (%1) nu este înregistrat pentru instituția %2</translation>
    </message>
    <message>
        <source>the signed content is not a PlanDesk return</source>
        <translation>conținutul semnat nu este un raport PlanDesk</translation>
    </message>
    <message>
        <source>the return was made by a newer PlanDesk; install the newer version to read it</source>
        <translation>raportul a fost făcut cu o versiune mai nouă de PlanDesk; instalați versiunea nouă pentru a-l citi</translation>
    </message>
    <message>
        <source>the second signature (%1) is not the seal of %2</source>
        <translation>a doua semnătură (%1) nu este sigiliul %2</translation>
    </message>
    <message>
        <source>signed twice by the same key; a second signature must be the institution&apos;s seal</source>
        <translation>semnat de două ori cu aceeași cheie; a doua semnătură trebuie să fie sigiliul instituției</translation>
    </message>
    <message>
        <source>the return is not sealed; this directorate requires the institution&apos;s seal</source>
        <translation>raportul nu este sigilat; această direcție cere sigiliul instituției</translation>
    </message>
    <message>
        <source>this very file was already taken in</source>
        <translation>exact acest fișier a fost deja primit</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 nu este o instituție subordonată înregistrată</translation>
    </message>
    <message>
        <source>the key belongs to %1</source>
        <translation>cheia aparține instituției %1</translation>
    </message>
    <message>
        <source>the certificate is not registered for %1</source>
        <translation>certificatul nu este înregistrat pentru instituția %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2</source>
        <translation>„%1” %2</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan (%2)</source>
        <translation>%1 nu este o perioadă a acestui plan (%2)</translation>
    </message>
    <message>
        <source>%1, this intake is for %2</source>
        <translation>%1, iar această primire este pentru perioada %2</translation>
    </message>
    <message>
        <source>the same return is already in</source>
        <translation>același raport a fost deja primit</translation>
    </message>
    <message>
        <source>kept; version %1 is already in</source>
        <translation>păstrat; versiunea %1 a fost deja primită</translation>
    </message>
    <message>
        <source>supersedes version %1</source>
        <translation>înlocuiește versiunea %1</translation>
    </message>
    <message>
        <source>signed %1, due %2</source>
        <translation>semnat la %1, termen %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>the file is too large to be a return</source>
        <translation>fișierul este prea mare pentru a fi un raport</translation>
    </message>
    <message>
        <source>neither a PDF nor an Excel file</source>
        <translation>nici fișier PDF, nici fișier Excel</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>nu este un fișier PDF</translation>
    </message>
    <message>
        <source>the PDF carries no digital signature</source>
        <translation>PDF-ul nu are nicio semnătură digitală</translation>
    </message>
    <message>
        <source>the signature does not match the content: the file was changed after signing</source>
        <translation>semnătura nu corespunde conținutului: fișierul a fost modificat după semnare</translation>
    </message>
    <message>
        <source>the file was changed after signing (an update was appended after the signature)</source>
        <translation>fișierul a fost modificat după semnare (după semnătură a fost adăugată o actualizare)</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>semnătura nu este validă</translation>
    </message>
    <message>
        <source>the signed PDF holds no machine-readable return</source>
        <translation>PDF-ul semnat nu conține un raport care poate fi citit automat</translation>
    </message>
    <message>
        <source>the visible pages differ from the signed data: %1</source>
        <translation>paginile vizibile diferă de datele semnate: %1</translation>
    </message>
    <message>
        <source>the Excel file is not a signed PlanDesk return</source>
        <translation>fișierul Excel nu este un raport PlanDesk semnat</translation>
    </message>
    <message>
        <source>the signature block is damaged</source>
        <translation>blocul semnăturii este deteriorat</translation>
    </message>
    <message>
        <source>the signed return was changed after signing (hidden data does not match its signature)</source>
        <translation>raportul semnat a fost modificat după semnare (datele ascunse nu corespund semnăturii)</translation>
    </message>
    <message>
        <source>a visible cell was changed after signing: %1</source>
        <translation>o celulă vizibilă a fost modificată după semnare: %1</translation>
    </message>
    <message>
        <source>the signer (%1) is not trusted</source>
        <translation>semnatarul (%1) nu este de încredere</translation>
    </message>
    <message>
        <source>the signed return is not in canonical form</source>
        <translation>raportul semnat nu este în formă canonică</translation>
    </message>
    <message>
        <source>signed by the key of institution %1, but the return claims to come from %2</source>
        <translation>semnat cu cheia instituției %1, dar raportul declară că provine de la %2</translation>
    </message>
    <message>
        <source>the file name says %1 %2, but the signed return is from %3 for %4 (renamed file?)</source>
        <translation>numele fișierului indică %1 %2, dar raportul semnat este de la %3 pentru %4 (fișier redenumit?)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue an identity</source>
        <translation>Emite o identitate de semnare</translation>
    </message>
    <message>
        <source>A signing key and certificate for %1 (%2), issued by this institution&apos;s own root, in a PKCS#12 file protected by a new password. Hand the file over on a USB stick and tell the password separately.</source>
        <translation>O cheie de semnare și un certificat pentru %1 (%2), emise de rădăcina proprie a acestei instituții, într-un fișier PKCS#12 protejat cu o parolă nouă. Predați fișierul pe un stick USB și comunicați parola separat.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Your key password:</source>
        <translation>Parola cheii dumneavoastră:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Parola nouă:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetați:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvează ca:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Save the identity as</source>
        <translation>Salvați identitatea ca</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fișiere PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Parola nouă trebuie să aibă cel puțin %n caracter.</numerusform>
            <numerusform>Parola nouă trebuie să aibă cel puțin %n caractere.</numerusform>
            <numerusform>Parola nouă trebuie să aibă cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Cele două parole noi nu sunt identice.</translation>
    </message>
    <message>
        <source>The new password must not be your own.</source>
        <translation>Parola nouă nu trebuie să fie a dumneavoastră.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Alegeți un fișier într-un dosar existent.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Sign</source>
        <translation>Semnează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Seal token&apos;s PIN:</source>
        <translation>PIN-ul tokenului ștampilei:</translation>
    </message>
    <message>
        <source>Seal key password:</source>
        <translation>Parola cheii ștampilei:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>PIN-ul tokenului:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Parola cheii:</translation>
    </message>
    <message>
        <source>This does not open the seal&apos;s key. Type it again.</source>
        <translation>Aceasta nu deschide cheia ștampilei. Introduceți-o din nou.</translation>
    </message>
    <message>
        <source>This does not open the signing key. Type it again.</source>
        <translation>Aceasta nu deschide cheia de semnare. Introduceți-o din nou.</translation>
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
        <source>Try the demo</source>
        <translation>Încearcă demonstrația</translation>
    </message>
    <message>
        <source>The demo needs a new file, not the database that is open.</source>
        <translation>Demonstrația are nevoie de un fișier nou, nu de baza de date deschisă.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Se creează baza de date demonstrativă…</translation>
    </message>
    <message>
        <source>The demo could not be made in %1.</source>
        <translation>Demonstrația nu a putut fi creată în %1.</translation>
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
    <message>
        <source>Backup</source>
        <translation>Copie de rezervă</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>Copia de rezervă nu a putut fi scrisă.</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>Copia de rezervă a fost salvată în %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Caută…</translation>
    </message>
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
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Some typed text is not saved yet:</source>
        <translation>O parte din textul introdus nu este salvată încă:</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Salvează și ieși</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ieși fără a salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
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
        <source>&amp;Recent databases</source>
        <translation>Baze de date &amp;recente</translation>
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
        <source>&amp;New database…</source>
        <translation>Bază de date &amp;nouă…</translation>
    </message>
    <message>
        <source>Try the &amp;demo in a new file…</source>
        <translation>Încearcă &amp;demonstrația într-un fișier nou…</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primii pași</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Comenzi rapide de la &amp;tastatură</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Deschide dosarul de &amp;jurnal</translation>
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
    <message>
        <source>Save a backup of the database</source>
        <translation>Salvați o copie de rezervă a bazei de date</translation>
    </message>
</context>
<context>
    <name>NarrativePage</name>
    <message>
        <source>The return of this period was signed (version {version}); its narrative is frozen. Correct the return on the Returns page to change it.</source>
        <translation>Raportul acestei perioade a fost semnat (versiunea {version}); raportul narativ este blocat. Pentru a-l modifica, corectați raportul în pagina Rapoarte.</translation>
    </message>
    <message>
        <source>Write here; it is saved as you type.</source>
        <translation>Scrieți aici; textul se salvează pe măsură ce scrieți.</translation>
    </message>
    <message>
        <source>the narrative of %1</source>
        <translation>raportul narativ pentru %1</translation>
    </message>
    <message>
        <source>Narrative of {period}</source>
        <translation>Raport narativ – {period}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Salvat la {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nesalvat: {reason}</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Raport narativ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>The free-text part of the period&apos;s return. Sections follow the outline set in Settings; every change is saved a moment after you stop typing.</source>
        <translation>Partea descriptivă a raportului pe perioadă. Secțiunile urmează structura stabilită în Setări; fiecare modificare se salvează la scurt timp după ce încetați să scrieți.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Plan nou</translation>
    </message>
    <message>
        <source>The plan&apos;s title and its reporting periods. Goals and activities are typed in the table afterwards; the periods can be changed in Settings until something is recorded in them.</source>
        <translation>Titlul planului și perioadele de raportare. Obiectivele și activitățile se introduc apoi în tabel; perioadele pot fi schimbate în Setări cât timp nu s-a înregistrat nimic în ele.</translation>
    </message>
    <message>
        <source>e.g. Action plan against violence 2025</source>
        <translation>de ex. Plan de acțiune împotriva violenței 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Reporting periods</source>
        <translation>&amp;Perioade de raportare</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Începe planul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>Planul are nevoie de un titlu.</translation>
    </message>
</context>
<context>
    <name>OutlineEditor</name>
    <message>
        <source>Add section</source>
        <translation>Adaugă secțiune</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mută în sus</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mută în jos</translation>
    </message>
    <message>
        <source>Save outline</source>
        <translation>Salvează structura</translation>
    </message>
    <message>
        <source>Double-click a title to rename the section</source>
        <translation>Faceți dublu clic pe un titlu pentru a redenumi secțiunea</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Secțiune nouă</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Key password</source>
        <translation>Parola cheii</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN-ul tokenului</translation>
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
        <translation>Repetați:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Cel puțin %n caracter.</numerusform>
            <numerusform>Cel puțin %n caractere.</numerusform>
            <numerusform>Cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Cele două parole nu coincid.</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Termen raport</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Termen stabilit</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>după regulă</translation>
    </message>
    <message>
        <source>Double-click to set this period&apos;s due date by hand</source>
        <translation>Faceți dublu clic pentru a stabili manual termenul acestei perioade</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Add goal</source>
        <translation>Adaugă obiectiv</translation>
    </message>
    <message>
        <source>Add a goal after the selected one</source>
        <translation>Adaugă un obiectiv după cel selectat</translation>
    </message>
    <message>
        <source>Add sub-goal</source>
        <translation>Adaugă subobiectiv</translation>
    </message>
    <message>
        <source>Add a sub-goal to the selected goal</source>
        <translation>Adaugă un subobiectiv la obiectivul selectat</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Adaugă activitate</translation>
    </message>
    <message>
        <source>Add an activity under the selected sub-goal or after the selected activity</source>
        <translation>Adaugă o activitate sub subobiectivul selectat sau după activitatea selectată</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>Inserează deasupra</translation>
    </message>
    <message>
        <source>Insert an item of the same kind above the selected one</source>
        <translation>Inserează un element de același tip deasupra celui selectat</translation>
    </message>
    <message>
        <source>Insert below</source>
        <translation>Inserează dedesubt</translation>
    </message>
    <message>
        <source>Insert an item of the same kind below the selected one</source>
        <translation>Inserează un element de același tip sub cel selectat</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifică</translation>
    </message>
    <message>
        <source>Edit the selected item in the side panel</source>
        <translation>Modifică elementul selectat în panoul lateral</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Delete the selected item with everything under it</source>
        <translation>Șterge elementul selectat împreună cu tot ce conține</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Coboară nivel</translation>
    </message>
    <message>
        <source>Move the item under the item above it</source>
        <translation>Mută elementul sub elementul de deasupra</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Urcă nivel</translation>
    </message>
    <message>
        <source>Move the item one level up</source>
        <translation>Mută elementul cu un nivel mai sus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mută în sus</translation>
    </message>
    <message>
        <source>Move the item up among its siblings</source>
        <translation>Mută elementul în sus, la același nivel</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mută în jos</translation>
    </message>
    <message>
        <source>Move the item down among its siblings</source>
        <translation>Mută elementul în jos, la același nivel</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Lipește rânduri</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel or Word under the selected item</source>
        <translation>Lipește sub elementul selectat rânduri copiate din Excel sau Word</translation>
    </message>
    <message>
        <source>Renumber…</source>
        <translation>Renumerotează…</translation>
    </message>
    <message>
        <source>Renumber the codes in tree order (shows old → new first)</source>
        <translation>Renumerotează codurile în ordinea arborelui (afișează întâi vechi → nou)</translation>
    </message>
    <message>
        <source>Footnotes…</source>
        <translation>Note de subsol…</translation>
    </message>
    <message>
        <source>Edit the plan&apos;s footnotes</source>
        <translation>Modifică notele de subsol ale planului</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Importă plan…</translation>
    </message>
    <message>
        <source>Import a plan from an Excel, CSV or PlanDesk file</source>
        <translation>Importă un plan dintr-un fișier Excel, CSV sau PlanDesk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Show or hide the details panel</source>
        <translation>Afișează sau ascunde panoul de detalii</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Acest fișier nu poate fi importat: %1</translation>
    </message>
    <message>
        <source>Import plan from %1</source>
        <translation>Importă planul din %1</translation>
    </message>
    <message>
        <source>The plan was not imported: %1</source>
        <translation>Planul nu a fost importat: %1</translation>
    </message>
    <message>
        <source>The template from %1 is signed by a certificate this database does not trust yet:
%2</source>
        <translation>Șablonul de la %1 este semnat cu un certificat în care această bază de date nu are încă încredere:
%2</translation>
    </message>
    <message>
        <source>Before you trust it, ask the directorate for its certificate&apos;s fingerprint (by telephone or on paper) and compare it with this one:

%1</source>
        <translation>Înainte de a avea încredere, cereți direcției amprenta certificatului său (la telefon sau pe hârtie) și comparați-o cu aceasta:

%1</translation>
    </message>
    <message>
        <source>Import plan template from %1</source>
        <translation>Importă șablonul planului din %1</translation>
    </message>
    <message>
        <source>The plan template version %1 from %2 was imported.</source>
        <translation>Șablonul planului, versiunea %1, de la %2 a fost importat.</translation>
    </message>
    <message>
        <source>The plan was updated to template version %1 from %2; progress and events are kept.</source>
        <translation>Planul a fost actualizat la versiunea %1 a șablonului de la %2; progresul și evenimentele au fost păstrate.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Start the plan “%1”</source>
        <translation>Începerea planului „%1”</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Nicio bază de date nu este deschisă. Deschideți una din Fișier → Deschide baza de date….</translation>
    </message>
    <message>
        <source>The plan “%1” has no goals yet. Add the first one with “Add goal”, or import the plan from a file.</source>
        <translation>Planul „%1” nu are încă obiective. Adăugați primul cu „Adaugă obiectiv” sau importați planul dintr-un fișier.</translation>
    </message>
    <message>
        <source>Add the first goal</source>
        <translation>Adaugă primul obiectiv</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Type it in from an empty table, import it from a file (Excel, CSV, or a template received from the directorate above), or look around in a demo first.</source>
        <translation>Această bază de date nu are încă un plan. Introduceți-l într-un tabel gol, importați-l dintr-un fișier (Excel, CSV sau un șablon primit de la direcția superioară) ori priviți mai întâi o demonstrație.</translation>
    </message>
    <message>
        <source>Type in a new plan…</source>
        <translation>Introdu un plan nou…</translation>
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
        <source>Find…</source>
        <translation>Caută…</translation>
    </message>
    <message>
        <source>Shows the goals and activities whose code or text holds these words (Ctrl+F)</source>
        <translation>Arată obiectivele și activitățile al căror cod sau text conține aceste cuvinte (Ctrl+F)</translation>
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
        <source>Item details</source>
        <translation>Detaliile elementului</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Importă un plan…</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Încearcă demonstrația…</translation>
    </message>
</context>
<context>
    <name>PlanPrompts</name>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Aveți încredere în acest certificat?</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>Am încredere, importă</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planul de acțiune</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importul planului</translation>
    </message>
    <message>
        <source>Plan tables (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabele de plan (*.xlsx *.xlsm *.csv *.tsv *.txt *.json);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message numerus="yes">
        <source>Your plan: “%1”, %n activities.</source>
        <translation>
            <numerusform>Planul dvs.: „%1”, %n activitate.</numerusform>
            <numerusform>Planul dvs.: „%1”, %n activități.</numerusform>
            <numerusform>Planul dvs.: „%1”, %n de activități.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no plan in this database yet.</source>
        <translation>Această bază de date nu are încă un plan.</translation>
    </message>
    <message>
        <source>Our plan</source>
        <translation>Planul nostru</translation>
    </message>
    <message>
        <source>The goals and activities you report on, period after period. Choose how it comes into PlanDesk; whatever you choose is one step of Edit → Undo.</source>
        <translation>Obiectivele și activitățile despre care raportați, perioadă după perioadă. Alegeți cum intră planul în PlanDesk; orice alegere se anulează într-un pas cu Editare → Anulează.</translation>
    </message>
    <message>
        <source>Type it in…</source>
        <translation>Îl introduc eu…</translation>
    </message>
    <message>
        <source>Start with an empty table: its title and periods, then goal by goal.</source>
        <translation>Începeți cu un tabel gol: titlul și perioadele, apoi obiectiv cu obiectiv.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importă un fișier…</translation>
    </message>
    <message>
        <source>An Excel or CSV table of the plan, its columns matched in a preview.</source>
        <translation>Un tabel Excel sau CSV al planului; coloanele se potrivesc într-o previzualizare.</translation>
    </message>
    <message>
        <source>Open a template…</source>
        <translation>Deschide un șablon…</translation>
    </message>
    <message>
        <source>The signed plan file (.json) your directorate sent: its signature is checked before anything is stored.</source>
        <translation>Fișierul de plan semnat (.json) trimis de direcția dvs.: semnătura se verifică înainte de a se salva ceva.</translation>
    </message>
    <message>
        <source>We keep no plan</source>
        <translation>Nu ținem un plan</translation>
    </message>
    <message>
        <source>Only log the events you hold; a plan of events, a period a year.</source>
        <translation>Doar înregistrați evenimentele pe care le țineți: un plan de evenimente, o perioadă pe an.</translation>
    </message>
    <message>
        <source>Try the demo…</source>
        <translation>Încearcă demonstrația…</translation>
    </message>
    <message>
        <source>A ready-made example in a separate file, to look around first; this database stays as it is.</source>
        <translation>Un exemplu gata făcut, într-un fișier separat, ca să vă uitați mai întâi; această bază de date rămâne neschimbată.</translation>
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
    <name>PlannedPeriodsModel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Data planificată</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
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
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Subobiectiv</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>În fișier</translation>
    </message>
    <message>
        <source>no code: numbered by PlanDesk</source>
        <translation>fără cod: numerotat de PlanDesk</translation>
    </message>
    <message>
        <source>numbered %1 in its section</source>
        <translation>numerotat %1 în secțiunea lui</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Language of returns</source>
        <translation>Limba rapoartelor</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>Numele conducătorului</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Funcția conducătorului</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresă de e-mail</translation>
    </message>
    <message>
        <source>Reports to (code)</source>
        <translation>Raportează către (cod)</translation>
    </message>
    <message>
        <source>Reports to (name)</source>
        <translation>Raportează către (denumire)</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>E-mailul acesteia</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Școală</translation>
    </message>
    <message>
        <source>District directorate</source>
        <translation>Direcție de district</translation>
    </message>
    <message>
        <source>Provincial directorate</source>
        <translation>Direcție provincială</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Minister</translation>
    </message>
    <message>
        <source>Directorate</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisie</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Sindicat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>e.g. MEB-10</source>
        <translation>de ex. MEB-10</translation>
    </message>
    <message>
        <source>empty: reports to nobody</source>
        <translation>necompletat: nu raportează nimănui</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Use letters, digits and . - / _ only (up to 64).</source>
        <translation>Folosiți numai litere, cifre și . - / _ (cel mult 64).</translation>
    </message>
    <message>
        <source>The institution needs a code.</source>
        <translation>Instituția trebuie să aibă un cod.</translation>
    </message>
    <message>
        <source>The institution needs a name.</source>
        <translation>Instituția trebuie să aibă o denumire.</translation>
    </message>
    <message>
        <source>An institution cannot report to itself.</source>
        <translation>O instituție nu poate raporta către ea însăși.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Who we are</source>
        <translation>Cine suntem</translation>
    </message>
    <message>
        <source>The institution that signs the returns, its head, and the institution it reports to with that one&apos;s e-mail address (the returns are addressed to it). Everything can be changed later in Settings.</source>
        <translation>Instituția care semnează rapoartele, conducătorul ei și instituția căreia îi raportează, cu adresa ei de e-mail (rapoartele îi sunt adresate). Totul poate fi schimbat ulterior în Setări.</translation>
    </message>
</context>
<context>
    <name>ProgressClipboard</name>
    <message>
        <source>“%1” is not a status: paste status words (Done, Not done…) or their keys (D, N, P, L, A).</source>
        <translation>„%1” nu este un stadiu: lipiți cuvinte de stadiu (Realizat, Nerealizat…) sau tastele lor (D, N, P, L, A).</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cells</source>
        <translation>
            <numerusform>Lipire în %n celulă</numerusform>
            <numerusform>Lipire în %n celule</numerusform>
            <numerusform>Lipire în %n de celule</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressGridModel</name>
    <message>
        <source>Activity</source>
        <translation>Activitate</translation>
    </message>
    <message>
        <source>%1 – %2, return due %3</source>
        <translation>%1 – %2, termen de raportare %3</translation>
    </message>
    <message>
        <source>Locked: the return of this period has been signed.</source>
        <translation>Blocat: raportul acestei perioade a fost semnat.</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>neplanificat</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nemarcat</translation>
    </message>
    <message>
        <source>%1 ev/%2</source>
        <translation>%1 ev./%2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Țintă: %1</translation>
    </message>
    <message>
        <source>Not planned in this period</source>
        <translation>Neplanificat în această perioadă</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Planificat: %1</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Fără stadiu deocamdată</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participanți: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Realizat: %1</translation>
    </message>
    <message>
        <source>Events: %1 (%2 participants)</source>
        <translation>Evenimente: %1 (participanți: %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motiv: %1</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1 is locked: its return (version %2) was signed</source>
        <translation>Perioada %1 este blocată: raportul (versiunea %2) a fost semnat</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>la %1</translation>
    </message>
    <message>
        <source>Its marks can no longer be changed.</source>
        <translation>Marcajele nu mai pot fi modificate.</translation>
    </message>
    <message>
        <source>Set %1 in %2 to %3</source>
        <translation>Marcare %1 în %2: %3</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>Ștergere marcaj %1 în %2</translation>
    </message>
    <message>
        <source>Set %n cells to %3</source>
        <translation>Marcare celule selectate (%n): %3</translation>
    </message>
    <message>
        <source>Clear %n cells</source>
        <translation>Ștergere marcaj celule selectate (%n)</translation>
    </message>
    <message>
        <source>the text typed for %1 on the Progress page</source>
        <translation>textul scris pentru %1 în pagina Progres</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Attach %1 to %2 in %3</source>
        <translation>Atașare %1 la %2 în %3</translation>
    </message>
    <message>
        <source>Remove evidence file %1</source>
        <translation>Eliminare document justificativ %1</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Toate activitățile</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nerealizate</translation>
    </message>
    <message>
        <source>Missing reason</source>
        <translation>Fără motiv</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termen depășit</translation>
    </message>
    <message>
        <source>Show only the activities with such a period</source>
        <translation>Afișează numai activitățile cu o astfel de perioadă</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Caută…</translation>
    </message>
    <message>
        <source>Finds activities by code or text (Ctrl+F)</source>
        <translation>Găsește activități după cod sau text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Del clears · Enter opens the details · Shift+arrows select more cells</source>
        <translation>Del șterge · Enter deschide detaliile · Shift+săgeți selectează mai multe celule</translation>
    </message>
    <message>
        <source>No database is open. Open one with File → Open database….</source>
        <translation>Nicio bază de date nu este deschisă. Deschideți una din Fișier → Deschide baza de date….</translation>
    </message>
    <message>
        <source>There is no plan in this database yet. Create or import it on the Plan page.</source>
        <translation>În această bază de date nu există încă un plan. Creați-l sau importați-l în pagina Plan.</translation>
    </message>
</context>
<context>
    <name>ProgressStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nerealizat</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nu se aplică</translation>
    </message>
</context>
<context>
    <name>ReceivedSignerDialog</name>
    <message>
        <source>Certificate of a return received</source>
        <translation>Certificatul unui raport primit</translation>
    </message>
    <message>
        <source>Returns received from %1 (%2). Choose one: the certificate it was signed with is shown. Compare its fingerprint with the institution (by telephone) before you trust it.</source>
        <translation>Rapoarte primite de la %1 (%2). Alegeți unul: se arată certificatul cu care a fost semnat. Comparați amprenta lui cu instituția (la telefon) înainte de a-l accepta.</translation>
    </message>
    <message>
        <source>Take this return in again once the certificate is trusted</source>
        <translation>Preia din nou acest raport după ce certificatul devine de încredere</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Acceptă acest certificat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Nothing signed has been received with this code.</source>
        <translation>Nu s-a primit nimic semnat cu acest cod.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <source>Last return</source>
        <translation>Ultimul raport</translation>
    </message>
    <message numerus="yes">
        <source>Subject bound (%n)</source>
        <translation>
            <numerusform>Titular legat (%n)</numerusform>
            <numerusform>Titulari legați (%n)</numerusform>
            <numerusform>Titulari legați (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: its returns are refused</source>
        <translation>Niciunul: rapoartele sale sunt respinse</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(încă %n)</numerusform>
            <numerusform>(încă %n)</numerusform>
            <numerusform>(încă %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: %1
Issued by: %2
SHA-256: %3</source>
        <translation>Titular: %1
Emis de: %2
SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate has expired: returns signed with it are refused.</source>
        <translation>Certificatul a expirat: rapoartele semnate cu el sunt respinse.</translation>
    </message>
    <message>
        <source>The certificate expires soon: issue or bind a new one.</source>
        <translation>Certificatul expiră în curând: emiteți sau legați unul nou.</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber codes</source>
        <translation>Renumerotare coduri</translation>
    </message>
    <message>
        <source>These codes will change so that they follow the order of the tree. Progress, events and returns stay with their items.</source>
        <translation>Aceste coduri se vor schimba pentru a urma ordinea arborelui. Progresul, evenimentele și rapoartele rămân la elementele lor.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Renumerotează 1 cod</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Renumerotează %n cod</numerusform>
            <numerusform>Renumerotează %n coduri</numerusform>
            <numerusform>Renumerotează %n de coduri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberModel</name>
    <message>
        <source>Old code</source>
        <translation>Cod vechi</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Cod nou</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
</context>
<context>
    <name>ReportingPanel</name>
    <message>
        <source>Reporting scheme</source>
        <translation>Periodicitatea raportării</translation>
    </message>
    <message>
        <source>Return due</source>
        <translation>Termen raport</translation>
    </message>
    <message>
        <source>days after the period ends</source>
        <translation>zile după încheierea perioadei</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>Revino la regulă</translation>
    </message>
    <message>
        <source>Double-click a due date to set it by hand; “Back to the rule” returns the selected period to the rule.</source>
        <translation>Faceți dublu clic pe un termen pentru a-l stabili manual; „Revino la regulă” readuce perioada selectată la regula generală.</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Four-month periods (I/II/III)</source>
        <translation>Perioade de patru luni (I/II/III)</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Luni</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <source>Custom windows (campaign)</source>
        <translation>Intervale personalizate (campanie)</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Semnat de</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Data semnării</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>%1 (consolidated)</source>
        <translation>%1 (centralizat)</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>This period is frozen by its signed return (version %1, %2): its progress, events and narrative cannot be changed. Correct the return to change them.</source>
        <translation>Această perioadă este blocată de raportul semnat (versiunea %1, %2): progresul, evenimentele și raportul narativ nu mai pot fi modificate. Pentru a le modifica, corectați raportul.</translation>
    </message>
    <message numerus="yes">
        <source>Returns signed here (%n)</source>
        <translation>
            <numerusform>Rapoarte semnate aici (%n)</numerusform>
            <numerusform>Rapoarte semnate aici (%n)</numerusform>
            <numerusform>Rapoarte semnate aici (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No return has been signed here yet.</source>
        <translation>Niciun raport nu a fost semnat aici deocamdată.</translation>
    </message>
    <message>
        <source>There is no plan yet, so there is no return to prepare.</source>
        <translation>Nu există încă un plan, deci nu există niciun raport de pregătit.</translation>
    </message>
    <message>
        <source>Choose the period and the language of the return, then press Preview to see it as it will be printed.</source>
        <translation>Alegeți perioada și limba raportului, apoi apăsați Previzualizare pentru a-l vedea așa cum va fi tipărit.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>A apărut o eroare neprevăzută; nu s-a salvat nimic. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Întrerupt; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Se pregătește previzualizarea…</translation>
    </message>
    <message>
        <source>The preview needs the program pdftoppm (poppler-utils), which is not installed. Signing and saving work without it.</source>
        <translation>Previzualizarea necesită programul pdftoppm (poppler-utils), care nu este instalat. Semnarea și salvarea funcționează și fără el.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, signed %3 — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Versiunea %1, semnată %3 — primele %2 din %n pagină.</numerusform>
            <numerusform>Versiunea %1, semnată %3 — primele %2 din %n pagini.</numerusform>
            <numerusform>Versiunea %1, semnată %3 — primele %2 din %n de pagini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not signed yet — the first %2 of %n pages.</source>
        <translation>
            <numerusform>Versiunea %1, încă nesemnată — se afișează %2 din %n pagină.</numerusform>
            <numerusform>Versiunea %1, încă nesemnată — se afișează primele %2 din %n pagini.</numerusform>
            <numerusform>Versiunea %1, încă nesemnată — se afișează primele %2 din %n de pagini.</numerusform>
        </translation>
    </message>
    <message>
        <source>No signing identity</source>
        <translation>Nicio identitate de semnare</translation>
    </message>
    <message>
        <source>There is no signing identity yet.</source>
        <translation>Nu există încă o identitate de semnare.</translation>
    </message>
    <message>
        <source>Create one or import your .p12 file in Settings → Signing identity.</source>
        <translation>Creați una sau importați fișierul .p12 în Setări → Identitate de semnare.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with the key on your token. Plug it in and type its PIN.</source>
        <translation>Raportul pentru %1 se semnează cu cheia de pe token. Introduceți tokenul și tastați PIN-ul.</translation>
    </message>
    <message>
        <source>The return of %1 is signed with your key. Type the key password.</source>
        <translation>Raportul pentru %1 se semnează cu cheia dumneavoastră. Introduceți parola cheii.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal, on its token. Plug it in and type its PIN.</source>
        <translation>Apoi raportul este sigilat cu sigiliul instituției, de pe tokenul lui. Introduceți tokenul și tastați PIN-ul.</translation>
    </message>
    <message>
        <source>The return is then sealed with the institution&apos;s seal. Type the seal key&apos;s password.</source>
        <translation>Apoi raportul este sigilat cu sigiliul instituției. Tastați parola cheii sigiliului.</translation>
    </message>
    <message>
        <source>This password does not open the signing key. Type it again.</source>
        <translation>Această parolă nu deschide cheia de semnare. Introduceți-o din nou.</translation>
    </message>
    <message>
        <source>Save the signed return in</source>
        <translation>Salvați raportul semnat în</translation>
    </message>
    <message>
        <source>Signing and saving…</source>
        <translation>Se semnează și se salvează…</translation>
    </message>
    <message>
        <source>Signed and saved in %1: %2</source>
        <translation>Semnat și salvat în %1: %2</translation>
    </message>
    <message>
        <source>The return of %1 is signed (version %2) and saved.</source>
        <translation>Raportul pentru %1 este semnat (versiunea %2) și salvat.</translation>
    </message>
    <message>
        <source>Import a receipt…</source>
        <translation>Importă o confirmare…</translation>
    </message>
    <message>
        <source>The answer of the body above: accepted, or sent back for correction</source>
        <translation>Răspunsul nivelului superior: acceptat sau returnat pentru corectare</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Mărește (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Micșorează (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Potrivește lățimea</translation>
    </message>
    <message>
        <source>The signed files %1 are no longer where they were saved (%2). Sign the period again after “Correct this return…”, or copy them back there.</source>
        <translation>Fișierele semnate %1 nu mai sunt unde au fost salvate (%2). Semnați din nou perioada după „Corectează acest raport…” sau copiați-le înapoi acolo.</translation>
    </message>
    <message>
        <source>The e-mail is open in your mail program: %1</source>
        <translation>E-mailul este deschis în programul de e-mail: %1</translation>
    </message>
    <message>
        <source>No mail program opened the e-mail, so its folder is shown: attach or drag %1 into your mail.</source>
        <translation>Niciun program de e-mail nu a deschis mesajul, așa că i se arată dosarul: atașați sau trageți %1 în e-mail.</translation>
    </message>
    <message>
        <source>(no e-mail address is known for the recipient: fill it in)</source>
        <translation>(adresa de e-mail a destinatarului nu este cunoscută: completați-o)</translation>
    </message>
    <message>
        <source>%1 is no longer where it was saved (%2).</source>
        <translation>%1 nu mai este unde a fost salvat (%2).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Arată în dosar</translation>
    </message>
    <message>
        <source>Correct this return</source>
        <translation>Corectarea raportului</translation>
    </message>
    <message>
        <source>Correct the return of %1 (version %2)?</source>
        <translation>Corectați raportul pentru %1 (versiunea %2)?</translation>
    </message>
    <message>
        <source>The period opens for changes. The signed files stay valid and in the list; the next signed return becomes version %1 and replaces it.</source>
        <translation>Perioada se deschide pentru modificări. Fișierele semnate rămân valabile și în listă; următorul raport semnat devine versiunea %1 și îl înlocuiește.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corectează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>The period is open for changes; the next signed return is version %1.</source>
        <translation>Perioada este deschisă pentru modificări; următorul raport semnat va fi versiunea %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>The return of a period as a signed PDF and Excel file in the language you choose, with an e-mail ready to send. Signing freezes the period&apos;s data.</source>
        <translation>Raportul unei perioade, ca fișier PDF și Excel semnat, în limba aleasă, cu un e-mail gata de trimis. Semnarea blochează datele perioadei.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Language of the return:</source>
        <translation>Limba raportului:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Semnează și salvează…</translation>
    </message>
    <message>
        <source>Prepare e-mail</source>
        <translation>Pregătește e-mailul</translation>
    </message>
    <message>
        <source>After signing: an e-mail with both files attached</source>
        <translation>După semnare: un e-mail cu ambele fișiere atașate</translation>
    </message>
    <message>
        <source>Correct this return…</source>
        <translation>Corectează raportul…</translation>
    </message>
    <message>
        <source>A receipt from the body above</source>
        <translation>O confirmare de la nivelul superior</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Confirmări (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Receipt imported: %1</source>
        <translation>Confirmare importată: %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Version %1 accepted by %2 on %3.</source>
        <translation>Versiunea %1 a fost acceptată de %2 la %3.</translation>
    </message>
    <message>
        <source>Version %1 sent back by %2 on %3: %4. The period is open for version %5.</source>
        <translation>Versiunea %1 a fost returnată de %2 la %3: %4. Perioada este deschisă pentru versiunea %5.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptat</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Returnat</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Retransmis</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Neexaminat încă</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Accept the return</source>
        <translation>Acceptă raportul</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Returnează pentru corectare</translation>
    </message>
    <message>
        <source>Accept %1. The institution is told by a receipt signed with your key.</source>
        <translation>Acceptați %1. Instituția este anunțată printr-o confirmare semnată cu cheia dumneavoastră.</translation>
    </message>
    <message>
        <source>Send %1 back for correction. The institution is told why by a receipt signed with your key; its period opens for version %2.</source>
        <translation>Returnați %1 pentru corectare. Instituția află motivul dintr-o confirmare semnată cu cheia dumneavoastră; perioada sa se deschide pentru versiunea %2.</translation>
    </message>
    <message>
        <source>What to correct (required)</source>
        <translation>Ce trebuie corectat (obligatoriu)</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>O notă (opțional)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motiv:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notă:</translation>
    </message>
    <message>
        <source>Token&apos;s PIN:</source>
        <translation>PIN-ul tokenului:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Parola cheii:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Save the receipt as:</source>
        <translation>Salvați confirmarea ca:</translation>
    </message>
    <message>
        <source>Prepare an e-mail to %1 with the receipt</source>
        <translation>Pregătește un e-mail către %1 cu confirmarea</translation>
    </message>
    <message>
        <source>Prepare an e-mail with the receipt (no address is known)</source>
        <translation>Pregătește un e-mail cu confirmarea (adresa nu este cunoscută)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Save the receipt as</source>
        <translation>Salvați confirmarea ca</translation>
    </message>
    <message>
        <source>Receipts (*.json)</source>
        <translation>Confirmări (*.json)</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>Spuneți ce trebuie corectat.</translation>
    </message>
    <message numerus="yes">
        <source>The reason may hold at most %n characters.</source>
        <translation>
            <numerusform>Motivul poate avea cel mult %n caracter.</numerusform>
            <numerusform>Motivul poate avea cel mult %n caractere.</numerusform>
            <numerusform>Motivul poate avea cel mult %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Alegeți un fișier într-un dosar existent.</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>period %1 is frozen by its signed return (version %2 on %3); correct the return to change its data</source>
        <translation>perioada %1 este blocată de raportul semnat (versiunea %2 din %3); pentru a-i modifica datele, corectați raportul</translation>
    </message>
    <message>
        <source>period %1 is frozen by its signed return (version %2); correct the return to change its data</source>
        <translation>perioada %1 este blocată de raportul semnat (versiunea %2); pentru a-i modifica datele, corectați raportul</translation>
    </message>
    <message>
        <source>the period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>perioada %1 a fost semnată între timp de %2 (versiunea %3, %4 UTC); aici nu s-a semnat nimic, verificați din nou</translation>
    </message>
    <message>
        <source>the consolidated return of period %1 was signed meanwhile by %2 (version %3, %4 UTC); nothing was signed here, look again</source>
        <translation>raportul centralizat al perioadei %1 a fost semnat între timp de %2 (versiunea %3, %4 UTC); aici nu s-a semnat nimic, verificați din nou</translation>
    </message>
    <message>
        <source>the key password needs at least %1 characters</source>
        <translation>parola cheii trebuie să aibă cel puțin %1 caractere</translation>
    </message>
    <message>
        <source>wrong password for the signing key</source>
        <translation>parola cheii de semnare este greșită</translation>
    </message>
    <message>
        <source>the stored root key is not usable</source>
        <translation>cheia rădăcină salvată nu poate fi folosită</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (head or seal)</source>
        <translation>rol necunoscut „%1” (conducător sau sigiliu)</translation>
    </message>
    <message>
        <source>fill in the institution&apos;s profile first (Settings)</source>
        <translation>completați mai întâi profilul instituției (Setări)</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 key file (too large)</source>
        <translation>acesta nu este un fișier de cheie PKCS#12 (este prea mare)</translation>
    </message>
    <message>
        <source>the key file cannot be opened: wrong password or not a PKCS#12 file</source>
        <translation>fișierul cheii nu poate fi deschis: parola este greșită sau fișierul nu este de tip PKCS#12</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with a certificate</source>
        <translation>fișierul PKCS#12 nu conține nicio cheie privată cu certificat</translation>
    </message>
    <message>
        <source>only RSA keys are supported for signing returns</source>
        <translation>pentru semnarea rapoartelor sunt acceptate numai chei RSA</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>certificatul a expirat la %1</translation>
    </message>
    <message>
        <source>there is no seal identity yet: create one, import a .p12 file or register a token for the seal (Settings → Signing identity)</source>
        <translation>nu există încă o identitate pentru sigiliu: creați una, importați un fișier .p12 sau înregistrați un token pentru sigiliu (Setări → Identitate de semnare)</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one or import a .p12 file (Settings → Signing identity)</source>
        <translation>nu există încă o identitate de semnare: creați una sau importați un fișier .p12 (Setări → Identitate de semnare)</translation>
    </message>
    <message>
        <source>this signing key is on a token: its PIN opens it, not a password</source>
        <translation>această cheie de semnare se află pe un token: se deschide cu PIN-ul tokenului, nu cu o parolă</translation>
    </message>
    <message>
        <source>the stored signing key is not usable</source>
        <translation>cheia de semnare salvată nu poate fi folosită</translation>
    </message>
    <message>
        <source>the token&apos;s certificate is not the one registered: register the token again (Settings → Signing identity)</source>
        <translation>certificatul de pe token nu este cel înregistrat: înregistrați din nou tokenul (Setări → Identitate de semnare)</translation>
    </message>
    <message>
        <source>the file is not a certificate (PEM or DER)</source>
        <translation>fișierul nu este un certificat (PEM sau DER)</translation>
    </message>
    <message>
        <source>plan %1 is no longer in this database</source>
        <translation>planul %1 nu mai există în această bază de date</translation>
    </message>
    <message>
        <source>there is no plan yet: type it in or import it on the Plan page</source>
        <translation>nu există încă un plan: introduceți-l sau importați-l în pagina Planul de acțiune</translation>
    </message>
    <message>
        <source>the plan has no period %1 (its periods: %2)</source>
        <translation>planul nu are perioada %1 (perioadele lui: %2)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>a campaign plan needs the start and end of its window</source>
        <translation>un plan de campanie trebuie să aibă începutul și sfârșitul perioadei campaniei</translation>
    </message>
    <message>
        <source>a %1 has no code: &apos;%2&apos;</source>
        <translation>%1 fără cod: „%2”</translation>
    </message>
    <message>
        <source>code %1 appears twice; codes must be unique in a plan</source>
        <translation>codul %1 apare de două ori; codurile trebuie să fie unice într-un plan</translation>
    </message>
    <message>
        <source>item %1 has no description</source>
        <translation>elementul %1 nu are descriere</translation>
    </message>
    <message>
        <source>item %1 is planned in %2, which is not a period of the plan (%3)</source>
        <translation>elementul %1 este planificat în %2, care nu este o perioadă a planului (%3)</translation>
    </message>
    <message>
        <source>item %1 refers to footnote %2, which is missing</source>
        <translation>elementul %1 trimite la nota de subsol %2, care lipsește</translation>
    </message>
    <message>
        <source>a campaign window needs its first and last day</source>
        <translation>pentru perioada campaniei trebuie indicate prima și ultima zi</translation>
    </message>
    <message>
        <source>custom window %1 ends before it starts</source>
        <translation>intervalul personalizat %1 se termină înainte de a începe</translation>
    </message>
    <message>
        <source>a first and a last day are set only for a campaign window</source>
        <translation>prima și ultima zi se stabilesc numai pentru perioada unei campanii</translation>
    </message>
    <message>
        <source>%1 is not a plan year (1990 to 2100)</source>
        <translation>%1 nu este un an valid pentru plan (între 1990 și 2100)</translation>
    </message>
    <message>
        <source>a new plan needs a title</source>
        <translation>un plan nou trebuie să aibă un titlu</translation>
    </message>
    <message>
        <source>a plan title may hold at most %1 characters</source>
        <translation>titlul planului poate avea cel mult %1 caractere</translation>
    </message>
    <message>
        <source>the plan&apos;s title cannot be empty</source>
        <translation>titlul planului nu poate fi gol</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>limbă necunoscută „%1” (una dintre: %2)</translation>
    </message>
    <message>
        <source>the plan&apos;s periods cannot change: it already has %1 (start a new plan, or keep them)</source>
        <translation>perioadele planului nu mai pot fi schimbate: planul are deja %1 (începeți un plan nou sau păstrați-le)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable institution code (letters, digits, . - / _; up to %2 bytes)</source>
        <translation>„%1” nu poate fi folosit drept cod de instituție (litere, cifre, . - / _; cel mult %2 octeți)</translation>
    </message>
    <message>
        <source>the institution needs a name</source>
        <translation>instituția trebuie să aibă o denumire</translation>
    </message>
    <message>
        <source>unknown institution kind &apos;%1&apos; (one of: %2)</source>
        <translation>tip de instituție necunoscut „%1” (unul dintre: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1” nu este o adresă de e-mail</translation>
    </message>
    <message>
        <source>an institution cannot report to itself</source>
        <translation>o instituție nu poate raporta către ea însăși</translation>
    </message>
    <message>
        <source>code %1 already belongs to another institution</source>
        <translation>codul %1 aparține deja altei instituții</translation>
    </message>
    <message>
        <source>this plan item no longer exists</source>
        <translation>acest element din plan nu mai există</translation>
    </message>
    <message>
        <source>the code cannot be empty</source>
        <translation>codul nu poate fi gol</translation>
    </message>
    <message>
        <source>code %1 is already used in this plan</source>
        <translation>codul %1 este deja folosit în acest plan</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>tip de element necunoscut „%1”</translation>
    </message>
    <message>
        <source>item %1 needs a description</source>
        <translation>elementul %1 trebuie să aibă o descriere</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited</source>
        <translation>„%1” nu poate fi modificat</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>ținta nu poate fi negativă</translation>
    </message>
    <message>
        <source>footnote %1 does not exist in this plan</source>
        <translation>nota de subsol %1 nu există în acest plan</translation>
    </message>
    <message>
        <source>%1 is not a period of this plan</source>
        <translation>%1 nu este o perioadă a acestui plan</translation>
    </message>
    <message>
        <source>an item cannot be moved under itself</source>
        <translation>un element nu poate fi mutat sub el însuși</translation>
    </message>
    <message>
        <source>%1 has no item above it on its level to go under</source>
        <translation>deasupra lui %1 nu există, la același nivel, niciun element sub care să poată fi mutat</translation>
    </message>
    <message>
        <source>%1 is already at the top level</source>
        <translation>%1 este deja la nivelul cel mai de sus</translation>
    </message>
    <message>
        <source>there is nothing to insert</source>
        <translation>nu există nimic de inserat</translation>
    </message>
    <message>
        <source>every pasted row needs a code and a text</source>
        <translation>fiecare rând lipit trebuie să aibă un cod și un text</translation>
    </message>
    <message>
        <source>%1: %2 is not a period of this plan</source>
        <translation>%1: %2 nu este o perioadă a acestui plan</translation>
    </message>
    <message>
        <source>every footnote needs a mark and a text</source>
        <translation>fiecare notă de subsol trebuie să aibă un marcaj și un text</translation>
    </message>
    <message>
        <source>two footnotes have the same mark</source>
        <translation>două note de subsol au același marcaj</translation>
    </message>
    <message>
        <source>footnote %1 is still used by a plan item</source>
        <translation>nota de subsol %1 este încă folosită de un element din plan</translation>
    </message>
    <message>
        <source>event %1 is not in this plan (it may have been deleted)</source>
        <translation>evenimentul %1 nu face parte din acest plan (este posibil să fi fost șters)</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>evenimentul trebuie să aibă un titlu</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;: %2</source>
        <translation>evenimentul „%1”: %2</translation>
    </message>
    <message>
        <source>an event cannot end before it starts</source>
        <translation>evenimentul nu se poate încheia înainte de a începe</translation>
    </message>
    <message>
        <source>the plan of this event no longer exists</source>
        <translation>planul acestui eveniment nu mai există</translation>
    </message>
    <message>
        <source>event %1 exists already</source>
        <translation>evenimentul %1 există deja</translation>
    </message>
    <message>
        <source>the plan has no item with code %1</source>
        <translation>planul nu conține niciun element cu codul %1</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (one of: %2)</source>
        <translation>stadiu necunoscut „%1” (unul dintre: %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; progress is marked on activities</source>
        <translation>%1 este %2; progresul se marchează numai la activități</translation>
    </message>
    <message>
        <source>%1 in %2: &apos;not done&apos; needs a reason</source>
        <translation>%1 în %2: stadiul „nerealizat” necesită un motiv</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>numărul participanților nu poate fi negativ</translation>
    </message>
    <message>
        <source>the achieved value cannot be negative</source>
        <translation>valoarea atinsă nu poate fi negativă</translation>
    </message>
    <message>
        <source>a date done is given only for done or in-progress activities</source>
        <translation>data realizării se indică numai pentru activitățile realizate sau în desfășurare</translation>
    </message>
    <message>
        <source>date %1 lies outside period %2 (%3–%4, due %5)</source>
        <translation>data %1 este în afara perioadei %2 (%3–%4, termen %5)</translation>
    </message>
    <message>
        <source>%1 in %2 has %3 evidence file(s); remove them before clearing the mark</source>
        <translation>%1 în %2 are documente justificative (%3); eliminați-le înainte de a șterge marcajul</translation>
    </message>
    <message>
        <source>the outline has section &apos;%1&apos; twice</source>
        <translation>structura conține de două ori secțiunea „%1”</translation>
    </message>
    <message>
        <source>section %1 of the outline needs a title</source>
        <translation>secțiunea %1 din structură trebuie să aibă un titlu</translation>
    </message>
    <message>
        <source>the outline needs at least one section</source>
        <translation>structura trebuie să aibă cel puțin o secțiune</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section of the outline</source>
        <translation>„%1” nu este o secțiune a structurii</translation>
    </message>
    <message>
        <source>a section may hold at most %1 characters</source>
        <translation>o secțiune poate avea cel mult %1 caractere</translation>
    </message>
    <message>
        <source>the outline has no section &apos;%1&apos; (its sections: %2)</source>
        <translation>structura nu are secțiunea „%1” (secțiunile ei: %2)</translation>
    </message>
    <message>
        <source>the due date must fall 0 to 365 days after the period ends</source>
        <translation>termenul trebuie să fie la 0 până la 365 de zile după încheierea perioadei</translation>
    </message>
    <message>
        <source>the due date of %1 cannot be before the period starts</source>
        <translation>termenul pentru %1 nu poate fi înainte de începutul perioadei</translation>
    </message>
    <message>
        <source>campaign windows are set as custom periods, not by a scheme</source>
        <translation>perioadele de campanie se stabilesc ca intervale personalizate, nu printr-o periodicitate</translation>
    </message>
    <message>
        <source>the reporting scheme can only change before any progress or planned period is entered; start a new plan for a new scheme</source>
        <translation>periodicitatea raportării poate fi schimbată numai înainte de a introduce progres sau perioade planificate; pentru o periodicitate nouă, începeți un plan nou</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf or xlsx)</source>
        <translation>format necunoscut „%1” (pdf sau xlsx)</translation>
    </message>
    <message>
        <source>a detached .p7s signature is made only for a signed return</source>
        <translation>o semnătură detașată .p7s se creează numai pentru un raport semnat</translation>
    </message>
    <message>
        <source>the seal signs after the head: sign to seal</source>
        <translation>sigiliul se aplică după semnătura conducătorului: pentru a sigila, semnați raportul</translation>
    </message>
    <message>
        <source>period %1 has no signed return to correct</source>
        <translation>perioada %1 nu are un raport semnat care să poată fi corectat</translation>
    </message>
    <message>
        <source>this database already holds a plan; open the demo in a new database file</source>
        <translation>această bază de date conține deja un plan; deschideți demonstrația într-un fișier nou de bază de date</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (scan at a lower resolution or split the file)</source>
        <translation>%1 are %2 MB; documentele justificative pot avea cel mult %3 MB (scanați la o rezoluție mai mică sau împărțiți fișierul)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 nu este un fișier</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>fișierul %1 este gol</translation>
    </message>
    <message>
        <source>this event no longer exists</source>
        <translation>acest eveniment nu mai există</translation>
    </message>
    <message>
        <source>this evidence file no longer exists</source>
        <translation>acest document justificativ nu mai există</translation>
    </message>
    <message>
        <source>%1 does not match its recorded SHA-256</source>
        <translation>%1 nu corespunde amprentei SHA-256 înregistrate</translation>
    </message>
    <message>
        <source>the template file is too large</source>
        <translation>fișierul șablonului este prea mare</translation>
    </message>
    <message>
        <source>the template is not valid JSON</source>
        <translation>șablonul nu este un fișier JSON valid</translation>
    </message>
    <message>
        <source>not a PlanDesk plan template</source>
        <translation>nu este un șablon de plan PlanDesk</translation>
    </message>
    <message>
        <source>the template carries no signature</source>
        <translation>șablonul nu are semnătură</translation>
    </message>
    <message>
        <source>the template&apos;s signature is damaged</source>
        <translation>semnătura șablonului este deteriorată</translation>
    </message>
    <message>
        <source>the template was not accepted: %1</source>
        <translation>șablonul nu a fost acceptat: %1</translation>
    </message>
    <message>
        <source>the template was not accepted: it names %1 as its issuer but was signed with the key of %2</source>
        <translation>șablonul nu a fost acceptat: indică drept emitent instituția %1, dar a fost semnat cu cheia instituției %2</translation>
    </message>
    <message>
        <source>the template holds no plan</source>
        <translation>șablonul nu conține niciun plan</translation>
    </message>
    <message>
        <source>this template (version %1) is older than the plan in use (version %2)</source>
        <translation>acest șablon (versiunea %1) este mai vechi decât planul folosit (versiunea %2)</translation>
    </message>
    <message>
        <source>the template from %1 is signed by %2, whom this database does not trust yet (SHA-256 %3); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>șablonul de la %1 este semnat de %2, în care această bază de date nu are încă încredere (SHA-256 %3); verificați amprenta împreună cu emitentul, apoi acordați încredere certificatului și importați din nou șablonul</translation>
    </message>
    <message>
        <source>the template from an unnamed issuer is signed by %1, whom this database does not trust yet (SHA-256 %2); check the fingerprint with the issuer, then trust the certificate and import the template again</source>
        <translation>șablonul de la un emitent fără nume este semnat de %1, în care această bază de date nu are încă încredere (SHA-256 %2); verificați amprenta împreună cu emitentul, apoi acordați încredere certificatului și importați din nou șablonul</translation>
    </message>
    <message>
        <source>no return of %1 for %2 has been taken in</source>
        <translation>nu a fost primit niciun raport al instituției %1 pentru %2</translation>
    </message>
    <message>
        <source>a decision is %1</source>
        <translation>decizia trebuie să fie: %1</translation>
    </message>
    <message>
        <source>a return sent back needs the reason (what to correct)</source>
        <translation>un raport returnat trebuie să aibă motivul (ce trebuie corectat)</translation>
    </message>
    <message>
        <source>the reason may hold at most %1 characters</source>
        <translation>motivul poate avea cel mult %1 caractere</translation>
    </message>
    <message>
        <source>fill in this institution&apos;s profile first (Settings)</source>
        <translation>completați mai întâi profilul acestei instituții (Setări)</translation>
    </message>
    <message>
        <source>the receipt is incomplete or damaged</source>
        <translation>confirmarea este incompletă sau deteriorată</translation>
    </message>
    <message>
        <source>the file is too large to be a receipt</source>
        <translation>fișierul este prea mare pentru a fi o confirmare</translation>
    </message>
    <message>
        <source>the receipt is not valid JSON</source>
        <translation>confirmarea nu este un fișier JSON valid</translation>
    </message>
    <message>
        <source>not a PlanDesk receipt</source>
        <translation>nu este o confirmare PlanDesk</translation>
    </message>
    <message>
        <source>the receipt carries no signature</source>
        <translation>confirmarea nu are semnătură</translation>
    </message>
    <message>
        <source>the receipt&apos;s signature is damaged</source>
        <translation>semnătura confirmării este deteriorată</translation>
    </message>
    <message>
        <source>the receipt&apos;s decision is neither accepted nor sent back</source>
        <translation>decizia din confirmare nu este nici „acceptat”, nici „returnat”</translation>
    </message>
    <message>
        <source>the receipt was not accepted: %1</source>
        <translation>confirmarea nu a fost acceptată: %1</translation>
    </message>
    <message>
        <source>the receipt was not accepted: it names %1 but was signed with the key of %2</source>
        <translation>confirmarea nu a fost acceptată: indică instituția %1, dar a fost semnată cu cheia instituției %2</translation>
    </message>
    <message>
        <source>the receipt is for %1, not for this institution</source>
        <translation>confirmarea este pentru %1, nu pentru această instituție</translation>
    </message>
    <message>
        <source>the receipt comes from %1, but this institution reports to %2</source>
        <translation>confirmarea provine de la %1, dar această instituție raportează către %2</translation>
    </message>
    <message>
        <source>the receipt is about version %1 of %2, which this institution did not sign (or signed with other data)</source>
        <translation>confirmarea se referă la versiunea %1 pentru %2, pe care această instituție nu a semnat-o (sau a semnat-o cu alte date)</translation>
    </message>
    <message>
        <source>a subordinate needs a code and a name</source>
        <translation>instituția subordonată trebuie să aibă un cod și o denumire</translation>
    </message>
    <message>
        <source>this certificate belongs to institution %1, not to %2</source>
        <translation>acest certificat aparține instituției %1, nu instituției %2</translation>
    </message>
    <message>
        <source>this certificate is already registered for institution %1; a certificate vouches for one institution only</source>
        <translation>acest certificat este deja înregistrat pentru instituția %1; un certificat garantează pentru o singură instituție</translation>
    </message>
    <message>
        <source>this certificate is already registered for an authority trusted for many; a certificate vouches for one institution only</source>
        <translation>acest certificat este deja înregistrat ca autoritate de încredere pentru mai multe instituții; un certificat garantează pentru o singură instituție</translation>
    </message>
    <message>
        <source>no header with a code and a name column found in the list</source>
        <translation>în listă nu s-a găsit un cap de tabel cu o coloană pentru cod și una pentru denumire</translation>
    </message>
    <message>
        <source>the list has %1 rows of subordinates: looked for at most %2 in one list (split it into several files)</source>
        <translation>lista are %1 rânduri cu instituții subordonate: dintr-o listă se citesc cel mult %2 (împărțiți-o în mai multe fișiere)</translation>
    </message>
    <message>
        <source>%1 is not a registered subordinate</source>
        <translation>%1 nu este o instituție subordonată înregistrată</translation>
    </message>
    <message>
        <source>only an identity created by PlanDesk (with its own root) can issue identities to subordinates</source>
        <translation>numai o identitate creată de PlanDesk (cu certificat rădăcină propriu) poate emite identități pentru instituțiile subordonate</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a certificate subject (write it like CN=Name,O=Org,C=KZ)</source>
        <translation>„%1” nu este un titular de certificat valid (scrieți-l sub forma CN=Nume,O=Instituție,C=RO)</translation>
    </message>
    <message>
        <source>this is a signing certificate, not an authority: trust it for its subordinate on the Subordinates page</source>
        <translation>acesta este un certificat de semnare, nu o autoritate de certificare: acceptați-l pentru instituția subordonată căreia îi aparține, în pagina Subordonate</translation>
    </message>
    <message>
        <source>no accepted returns for %1 to consolidate</source>
        <translation>nu există rapoarte acceptate pentru %1 care să fie centralizate</translation>
    </message>
    <message>
        <source>a signed consolidated return is a PDF or an XLSX</source>
        <translation>un raport centralizat semnat este un fișier PDF sau XLSX</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, xlsx or json)</source>
        <translation>format necunoscut „%1” (pdf, xlsx sau json)</translation>
    </message>
    <message>
        <source>the token cannot sign with %1</source>
        <translation>tokenul nu poate semna cu %1</translation>
    </message>
    <message>
        <source>the token refused to sign (%1)</source>
        <translation>tokenul a refuzat să semneze (%1)</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 does not exist</source>
        <translation>modulul PKCS#11 %1 nu există</translation>
    </message>
    <message>
        <source>%1 cannot be loaded as a PKCS#11 module (%2)</source>
        <translation>%1 nu poate fi încărcat ca modul PKCS#11 (%2)</translation>
    </message>
    <message>
        <source>no token labelled &apos;%1&apos; is plugged in</source>
        <translation>nu este conectat niciun token cu eticheta „%1”</translation>
    </message>
    <message>
        <source>no token is plugged in (or the module sees none)</source>
        <translation>nu este conectat niciun token (sau modulul nu vede niciunul)</translation>
    </message>
    <message>
        <source>several tokens are plugged in (%1): choose one of them</source>
        <translation>sunt conectate mai multe tokenuri (%1): alegeți unul dintre ele</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is wrong (a few more wrong tries lock it)</source>
        <translation>PIN-ul tokenului este greșit (încă câteva încercări greșite îl blochează)</translation>
    </message>
    <message>
        <source>the token&apos;s PIN is locked: unlock it with the token&apos;s tool</source>
        <translation>PIN-ul tokenului este blocat: deblocați-l cu programul tokenului</translation>
    </message>
    <message>
        <source>the token cannot be opened (%1)</source>
        <translation>tokenul nu poate fi deschis (%1)</translation>
    </message>
    <message>
        <source>the token holds no signing key</source>
        <translation>tokenul nu conține nicio cheie de semnare</translation>
    </message>
    <message>
        <source>the token holds no signing key labelled %1</source>
        <translation>tokenul nu conține nicio cheie de semnare cu eticheta %1</translation>
    </message>
    <message>
        <source>the token holds several keys (%1): choose one of them</source>
        <translation>tokenul conține mai multe chei (%1): alegeți una dintre ele</translation>
    </message>
    <message>
        <source>the token holds no certificate for its signing key</source>
        <translation>tokenul nu conține niciun certificat pentru cheia sa de semnare</translation>
    </message>
    <message>
        <source>a certificate needs an institution code, and this one is empty</source>
        <translation>un certificat are nevoie de un cod de instituție, iar acesta este gol</translation>
    </message>
    <message>
        <source>the institution code &apos;%1&apos; is too long for a certificate (%2 bytes, at most %3): choose a shorter code</source>
        <translation>codul de instituție „%1” este prea lung pentru un certificat (%2 octeți, cel mult %3): alegeți un cod mai scurt</translation>
    </message>
    <message>
        <source>a subordinate needs a name</source>
        <translation>instituția subordonată trebuie să aibă o denumire</translation>
    </message>
    <message>
        <source>%1 is not known here</source>
        <translation>instituția %1 nu este cunoscută aici</translation>
    </message>
    <message>
        <source>that certificate is not registered for %1</source>
        <translation>acest certificat nu este înregistrat pentru %1</translation>
    </message>
    <message>
        <source>that received return is not kept here</source>
        <translation>acest raport primit nu este păstrat aici</translation>
    </message>
    <message>
        <source>%1: its signature does not hold, so its certificate is not offered</source>
        <translation>%1: semnătura nu este valabilă, așa că certificatul ei nu este oferit</translation>
    </message>
    <message>
        <source>there is no signing identity yet: create one in Settings first</source>
        <translation>nu există încă o identitate de semnare: creați mai întâi una în Setări</translation>
    </message>
    <message>
        <source>%1 was taken in already</source>
        <translation>%1 a fost deja preluat</translation>
    </message>
    <message>
        <source>no subordinates are registered yet: add them on the Subordinates page</source>
        <translation>nu este înregistrată încă nicio instituție subordonată: adăugați-le în pagina Subordonate</translation>
    </message>
    <message>
        <source>the plan has no period %1</source>
        <translation>planul nu are perioada %1</translation>
    </message>
    <message>
        <source>the copy must go to another database than the one it comes from</source>
        <translation>copia trebuie să meargă într-o altă bază de date decât cea din care provine</translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation>nu există nicio bază de date la %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the new database file</source>
        <translation>%1 este un dosar; indicați numele noului fișier de bază de date</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file (nothing was copied)</source>
        <translation>%1 există deja; copiați într-un fișier nou (nu s-a copiat nimic)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; nothing was copied</source>
        <translation>dosarul %1 nu există; nu s-a copiat nimic</translation>
    </message>
    <message>
        <source>there is no database at %1 to back up</source>
        <translation>la %1 nu există nicio bază de date din care să se facă o copie de rezervă</translation>
    </message>
    <message>
        <source>cannot read the database %1 to back it up (%2); no backup was written</source>
        <translation>baza de date %1 nu poate fi citită pentru copia de rezervă (%2); nu s-a scris nicio copie de rezervă</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>copia de rezervă %1 nu poate fi scrisă: %2</translation>
    </message>
    <message>
        <source>another program has the database open (SQLite says: %1): close it, then run the restore again; nothing was changed</source>
        <translation>alt program are baza de date deschisă (SQLite spune: %1): închideți-l, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the current database %1 cannot be read (%2); move it aside by hand, then run the restore again; nothing was changed</source>
        <translation>baza de date curentă %1 nu poate fi citită (%2); mutați-o manual în altă parte, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>another program has the database open: close it, then run the restore again; nothing was changed</source>
        <translation>alt program are baza de date deschisă: închideți-l, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 nu există</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file</source>
        <translation>%1 este chiar baza de date; alegeți un fișier de copie de rezervă</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2); nothing was changed</source>
        <translation>%1 nu poate fi citit ca bază de date (%2); nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the database (%2); nothing was changed</source>
        <translation>%1 nu poate fi copiat lângă baza de date (%2); nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the database is open in %1: close it, then run the restore again; nothing was changed</source>
        <translation>baza de date este deschisă în %1: închideți programul, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the database is open in %1 and %2 more: close it, then run the restore again; nothing was changed</source>
        <translation>baza de date este deschisă în %1 și în încă %2: închideți programele, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 could not be brought to this version (%2); the database was put back as it was</source>
        <translation>%1 nu a putut fi adus la această versiune (%2); baza de date a fost readusă cum era</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); no backup was written</source>
        <translation>pg_dump nu este instalat (Debian/Ubuntu: apt-get install postgresql-client; Windows: instrumentele de linie de comandă ale programului de instalare PostgreSQL, în PATH); nu s-a scris nicio copie de rezervă</translation>
    </message>
    <message>
        <source>pg_restore is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: the command-line tools of the PostgreSQL installer, on PATH); nothing was changed</source>
        <translation>pg_restore nu este instalat (Debian/Ubuntu: apt-get install postgresql-client; Windows: instrumentele de linie de comandă ale programului de instalare PostgreSQL, în PATH); nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>pg_dump of %1 took more than an hour and was stopped; no backup was written</source>
        <translation>pg_dump pentru %1 a durat mai mult de o oră și a fost oprit; nu s-a scris nicio copie de rezervă</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed (%2); no backup was written</source>
        <translation>pg_dump pentru %1 a eșuat (%2); nu s-a scris nicio copie de rezervă</translation>
    </message>
    <message>
        <source>pg_restore of %1 took more than an hour and was stopped; the database was left as it was (a copy of it: %2)</source>
        <translation>pg_restore pentru %1 a durat mai mult de o oră și a fost oprit; baza de date a rămas cum era (o copie a ei: %2)</translation>
    </message>
    <message>
        <source>pg_restore of %1 failed (%2); the database was left as it was (a copy of it: %3)</source>
        <translation>pg_restore pentru %1 a eșuat (%2); baza de date a rămas cum era (o copie a ei: %3)</translation>
    </message>
    <message>
        <source>%1 is not a database backup of a server (pg_restore says: %2); nothing was changed</source>
        <translation>%1 nu este o copie de rezervă a unei baze de date de pe server (pg_restore spune: %2); nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 is not a backup of a PlanDesk database; nothing was changed</source>
        <translation>%1 nu este o copie de rezervă a unei baze de date PlanDesk; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 holds no PlanDesk schema revision; nothing was changed</source>
        <translation>%1 nu conține nicio revizie a schemei PlanDesk; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 was written by a newer PlanDesk (schema %2); install the newer version to use it; nothing was changed</source>
        <translation>%1 a fost scris cu o versiune mai nouă de PlanDesk (schema %2); instalați versiunea nouă pentru a-l folosi; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the database is open (%1): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>baza de date este deschisă (%1): rugați ceilalți funcționari să închidă PlanDesk, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the database is open (%1 and more): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>baza de date este deschisă (%1 și alții): rugați ceilalți funcționari să închidă PlanDesk, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>the database is open (%1 other connection(s)): ask the other clerks to close PlanDesk, then run the restore again; nothing was changed</source>
        <translation>baza de date este deschisă (alte conexiuni: %1): rugați ceilalți funcționari să închidă PlanDesk, apoi porniți din nou restaurarea; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>%1 was restored but could not be brought to this version (%2); the database as it was is in %3</source>
        <translation>%1 a fost restaurat, dar nu a putut fi adus la această versiune (%2); baza de date, așa cum era, se află în %3</translation>
    </message>
    <message>
        <source>%1 is a folder: looked for a plan file (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json)</source>
        <translation>%1 este un dosar: se aștepta un fișier de plan (.xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt sau .json)</translation>
    </message>
    <message>
        <source>%1 does not exist: looked for a plan file at %2</source>
        <translation>%1 nu există: fișierul de plan a fost căutat la %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file of at most %3 MB</source>
        <translation>%1 este prea mare (%2): se aștepta un fișier de plan de cel mult %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a table file (.csv, .tsv, .txt) of at most %3 MB</source>
        <translation>%1 este prea mare (%2): se aștepta un fișier tabel (.csv, .tsv, .txt) de cel mult %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for an old Excel 97-2003 (.xls) workbook of at most %3 MB</source>
        <translation>%1 este prea mare (%2): se aștepta un registru Excel 97-2003 (.xls) vechi de cel mult %3 MB</translation>
    </message>
    <message>
        <source>%1 is too large (%2): looked for a plan file (.json) of at most %3 MB</source>
        <translation>%1 este prea mare (%2): se aștepta un fișier de plan (.json) de cel mult %3 MB</translation>
    </message>
    <message>
        <source>%1 is empty: looked for a plan table and found nothing</source>
        <translation>%1 este gol: s-a căutat un tabel de plan și nu s-a găsit nimic</translation>
    </message>
    <message>
        <source>%1 is an old Word 97-2003 (.doc) or password-protected document: looked for a .docx document, so save it as .docx without a password</source>
        <translation>%1 este un document Word 97-2003 (.doc) vechi sau protejat prin parolă: se aștepta un document .docx, așa că salvați-l ca .docx fără parolă</translation>
    </message>
    <message>
        <source>%1 is not a Word .docx document: looked for the zip package of a Word .docx document and found something else</source>
        <translation>%1 nu este un document Word .docx: se aștepta pachetul zip al unui document Word .docx și s-a găsit altceva</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .docx zip package (%2)</source>
        <translation>%1 este deteriorat: se aștepta un pachet zip .docx lizibil (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable .xlsx zip package (%2)</source>
        <translation>%1 este deteriorat: se aștepta un pachet zip .xlsx lizibil (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: looked for a readable OpenDocument package (%2)</source>
        <translation>%1 este deteriorat: se aștepta un pachet OpenDocument lizibil (%2)</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for the zip package of an OpenDocument file and found something else</source>
        <translation>%1 nu este un fișier OpenDocument: se aștepta pachetul zip al unui fișier OpenDocument și s-a găsit altceva</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for the zip package of an .xlsx file and found something else</source>
        <translation>%1 nu este un registru Excel: se aștepta pachetul zip al unui fișier .xlsx și s-a găsit altceva</translation>
    </message>
    <message>
        <source>%1 is not an old Excel 97-2003 (.xls) workbook: looked for the Excel 97-2003 file format and found something else</source>
        <translation>%1 nu este un registru Excel 97-2003 (.xls) vechi: se aștepta formatul de fișier Excel 97-2003 și s-a găsit altceva</translation>
    </message>
    <message>
        <source>%1 is not a file PlanDesk imports: looked for .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt or .json</source>
        <translation>%1 nu este un fișier pe care PlanDesk îl importă: se aștepta .xlsx, .xls, .docx, .ods, .odt, .csv, .tsv, .txt sau .json</translation>
    </message>
    <message>
        <source>%1 is a JSON file: looked for a table (.xlsx, .xls, .docx, .ods, .csv, .tsv or .txt)</source>
        <translation>%1 este un fișier JSON: se aștepta un tabel (.xlsx, .xls, .docx, .ods, .csv, .tsv sau .txt)</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a table</source>
        <translation>%1 nu are nicio foaie de lucru: s-a căutat o foaie cu un tabel</translation>
    </message>
    <message>
        <source>%1 has no worksheet: looked for a sheet with a plan table</source>
        <translation>%1 nu are nicio foaie de lucru: s-a căutat o foaie cu un tabel de plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan table: looked for rows of text and found binary data</source>
        <translation>%1 nu este un tabel de plan: se așteptau rânduri de text și s-au găsit date binare</translation>
    </message>
    <message>
        <source>%1 cannot be read: looked for %2 text (it starts with that mark) and byte %3 is not valid there</source>
        <translation>%1 nu poate fi citit: se aștepta text %2 (începe cu acest marcaj), iar octetul %3 nu este valid acolo</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: looked for a PlanDesk plan: a JSON object with title, year, scheme and items and far smaller</source>
        <translation>%1 este mai mare de %2 MB: se aștepta un plan PlanDesk: un obiect JSON cu title, year, scheme și items și mult mai mic</translation>
    </message>
    <message>
        <source>%1 holds more than %2 values: looked for a PlanDesk plan: a JSON object with title, year, scheme and items, of at most %3 goals and activities</source>
        <translation>%1 conține mai mult de %2 valori: se aștepta un plan PlanDesk: un obiect JSON cu title, year, scheme și items, cu cel mult %3 obiective și activități</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 nu este JSON valid: se aștepta un plan PlanDesk: un obiect JSON cu title, year, scheme și items</translation>
    </message>
    <message>
        <source>%1 is not a plan file: looked for a PlanDesk plan: a JSON object with title, year, scheme and items</source>
        <translation>%1 nu este un fișier de plan: se aștepta un plan PlanDesk: un obiect JSON cu title, year, scheme și items</translation>
    </message>
    <message>
        <source>%1 is not a usable plan file: %2</source>
        <translation>%1 nu este un fișier de plan utilizabil: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 goals and activities: looked for a plan of at most %3</source>
        <translation>%1 conține %2 obiective și activități: se aștepta un plan de cel mult %3</translation>
    </message>
    <message>
        <source>%1 holds %2 goals, activities, planned periods and footnotes together: looked for a plan of at most %3 of them</source>
        <translation>%1 conține în total %2 obiective, activități, perioade planificate și note de subsol: se aștepta un plan cu cel mult %3 dintre acestea</translation>
    </message>
    <message>
        <source>%1 takes too long to read (more than %2 seconds): looked for a table PlanDesk reads in a few seconds</source>
        <translation>citirea %1 durează prea mult (peste %2 secunde): se aștepta un tabel pe care PlanDesk îl citește în câteva secunde</translation>
    </message>
    <message>
        <source>the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>fișierul nu numește niciun an: s-a căutat un an sau o perioadă în titlu, în antetele coloanelor, în date și în text și nu s-a găsit nimic; spuneți pentru ce an este planul</translation>
    </message>
    <message>
        <source>%1: the file names no year: looked for a year or a period in its title, its column headings, its dates and its text, and found none; say which year the plan is for</source>
        <translation>%1: fișierul nu numește niciun an: s-a căutat un an sau o perioadă în titlu, în antetele coloanelor, în date și în text și nu s-a găsit nimic; spuneți pentru ce an este planul</translation>
    </message>
    <message>
        <source>%1: code %2 appears twice; codes must be unique</source>
        <translation>%1: codul %2 apare de două ori; codurile trebuie să fie unice</translation>
    </message>
    <message>
        <source>%1: a campaign plan needs the start and end of its window</source>
        <translation>%1: un plan de campanie trebuie să aibă începutul și sfârșitul perioadei campaniei</translation>
    </message>
    <message>
        <source>%1: the campaign window %2 needs a start and an end date</source>
        <translation>%1: perioada campaniei %2 trebuie să aibă o dată de început și una de sfârșit</translation>
    </message>
    <message>
        <source>%1: item %2 is planned in %3, which is not a period of the plan (%4)</source>
        <translation>%1: elementul %2 este planificat în %3, care nu este o perioadă a planului (%4)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to footnote %3, which is missing</source>
        <translation>%1: elementul %2 trimite la nota de subsol %3, care lipsește</translation>
    </message>
    <message>
        <source>no header row of an events list found: looked for a date column (Date, Tarih, Дата, Data, Ngày) and a title column (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) in the first %1 rows</source>
        <translation>nu s-a găsit rândul de antet al unei liste de evenimente: s-au căutat o coloană de dată (Date, Tarih, Дата, Data, Ngày) și o coloană de titlu (Title, Etkinlik, Мероприятие, Titlu, Tên hoạt động) în primele %1 rânduri</translation>
    </message>
    <message>
        <source>the list has %1 rows of events: looked for at most %2 events in one list (split it into several files)</source>
        <translation>lista are %1 rânduri cu evenimente: dintr-o listă se citesc cel mult %2 evenimente (împărțiți-o în mai multe fișiere)</translation>
    </message>
    <message>
        <source>the events list has a header but no rows</source>
        <translation>lista de evenimente are antet, dar niciun rând</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rândul %1: %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file: looked for an .xlsx workbook, so save it as .xlsx</source>
        <translation>%1 este un fișier OpenDocument: se aștepta un registru .xlsx, așa că salvați-l ca .xlsx</translation>
    </message>
    <message>
        <source>%1 is a Word document: looked for an Excel workbook, save it as .xlsx</source>
        <translation>%1 este un document Word: se aștepta un registru Excel, salvați-l ca .xlsx</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook: looked for xl/workbook.xml inside and found none</source>
        <translation>%1 nu este un registru Excel: s-a căutat xl/workbook.xml în interior și nu s-a găsit</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a workbook without a password</source>
        <translation>%1 este criptat: se aștepta un registru fără parolă</translation>
    </message>
    <message>
        <source>%1 contains XML with a document type declaration (%2): looked for a plain Excel workbook, which never has one</source>
        <translation>%1 conține XML cu o declarație de tip de document (%2): se aștepta un registru Excel obișnuit, care nu are niciodată așa ceva</translation>
    </message>
    <message>
        <source>%1 has %2 of shared texts: looked for a workbook with at most %3 of them</source>
        <translation>%1 are %2 de texte partajate: se aștepta un registru cu cel mult %3 de astfel de texte</translation>
    </message>
    <message>
        <source>%1: the part %2 is written in the text encoding %3: looked for UTF-8 or UTF-16 XML, as Excel writes</source>
        <translation>%1: partea %2 este scrisă în codificarea de text %3: se aștepta XML UTF-8 sau UTF-16, așa cum scrie Excel</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for cells of a plan table, which are far shorter</source>
        <translation>%1: partea %2 conține un text mai lung de %3: se așteptau celulele unui tabel de plan, care sunt mult mai scurte</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 elements: looked for an Excel workbook, whose parts are far smaller</source>
        <translation>%1: partea %2 are peste %3 elemente: se aștepta un registru Excel, ale cărui părți sunt mult mai mici</translation>
    </message>
    <message>
        <source>%1: the sheet part %2 has more than %3 cells: looked for a plan table of at most %3 cells</source>
        <translation>%1: partea de foaie %2 are peste %3 celule: se aștepta un tabel de plan de cel mult %3 celule</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 shared texts: looked for a workbook with at most %3</source>
        <translation>%1: partea %2 are peste %3 texte partajate: se aștepta un registru cu cel mult %3</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 rows: looked for a workbook with at most %3</source>
        <translation>%1: partea %2 are peste %3 rânduri: se aștepta un registru cu cel mult %3</translation>
    </message>
    <message>
        <source>%1: one row of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: un rând al părții %2 are peste %3 elemente: se aștepta un registru Excel, ale cărui rânduri și texte sunt mult mai mici</translation>
    </message>
    <message>
        <source>%1: one shared text of the part %2 has more than %3 elements: looked for an Excel workbook, whose rows and texts are far smaller</source>
        <translation>%1: un text partajat al părții %2 are peste %3 elemente: se aștepta un registru Excel, ale cărui rânduri și texte sunt mult mai mici</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook: looked for its worksheets and found a damaged part (%2)</source>
        <translation>%1 nu este un registru Excel lizibil: s-au căutat foile de lucru și s-a găsit o parte deteriorată (%2)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; cannot be read: looked for rows of cells and found a damaged part (%3)</source>
        <translation>%1: foaia „%2” nu poate fi citită: s-au căutat rânduri de celule și s-a găsit o parte deteriorată (%3)</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; holds more than %3 characters: looked for a plan table, which holds far less text</source>
        <translation>%1: foaia „%2” conține peste %3 caractere: se aștepta un tabel de plan, care conține mult mai puțin text</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; is too large: looked for a plan table of at most %3 rows and %4 columns</source>
        <translation>%1: foaia „%2” este prea mare: se aștepta un tabel de plan de cel mult %3 rânduri și %4 coloane</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has text beyond column %3 in row %4: looked for a plan table, which is far narrower</source>
        <translation>%1: foaia „%2” are text dincolo de coloana %3 în rândul %4: se aștepta un tabel de plan, care este mult mai îngust</translation>
    </message>
    <message>
        <source>%1: the sheet &apos;%2&apos; has more than %3 rows: looked for a table of at most that many</source>
        <translation>%1: foaia „%2” are peste %3 rânduri: se aștepta un tabel cu cel mult atâtea rânduri</translation>
    </message>
    <message>
        <source>%1 has a line longer than %2 characters: looked for rows of a plan table and found none</source>
        <translation>%1 are o linie mai lungă de %2 caractere: s-au căutat rândurile unui tabel de plan și nu s-au găsit</translation>
    </message>
    <message>
        <source>%1 has %2 columns in row %3: looked for a plan table, which has at most %4</source>
        <translation>%1 are %2 coloane în rândul %3: se aștepta un tabel de plan, care are cel mult %4</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells (by row %3): looked for a plan table of at most %2 cells</source>
        <translation>%1 are peste %2 celule (până la rândul %3): se aștepta un tabel de plan de cel mult %2 celule</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters (by row %3): looked for a plan table, which holds far less text</source>
        <translation>%1 conține peste %2 caractere (până la rândul %3): se aștepta un tabel de plan, care conține mult mai puțin text</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows: looked for a table of at most that many</source>
        <translation>%1 are peste %2 rânduri: se aștepta un tabel cu cel mult atâtea rânduri</translation>
    </message>
    <message>
        <source>%1 is not a readable CSV table: looked for delimited rows (%2)</source>
        <translation>%1 nu este un tabel CSV lizibil: se așteptau rânduri delimitate (%2)</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells: looked for a plan table of at most %2 cells</source>
        <translation>%1 are peste %2 celule: se aștepta un tabel de plan de cel mult %2 celule</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters: looked for a plan table, which holds far less text</source>
        <translation>%1 conține peste %2 caractere: se aștepta un tabel de plan, care conține mult mai puțin text</translation>
    </message>
    <message>
        <source>column %1 names no period: looked for a period in its heading (a quarter, a four-month period, a month …)</source>
        <translation>coloana %1 nu numește nicio perioadă: s-a căutat o perioadă în antetul ei (un trimestru, o perioadă de patru luni, o lună …)</translation>
    </message>
    <message>
        <source>column %1: &apos;%2&apos; is not a column role</source>
        <translation>coloana %1: „%2” nu este un rol de coloană</translation>
    </message>
    <message>
        <source>the period columns mix different kinds of periods: looked for one scheme (quarters, four-month periods, months …)</source>
        <translation>coloanele de perioade amestecă tipuri diferite de perioade: se aștepta o singură schemă (trimestre, perioade de patru luni, luni …)</translation>
    </message>
    <message>
        <source>no column holds the activity texts: choose one as &apos;Activity&apos;</source>
        <translation>nicio coloană nu conține textele activităților: alegeți una ca „Textul activității / elementului”</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>nu s-a găsit rândul de antet: s-a căutat o coloană cu textele activităților (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) în primele %1 rânduri</translation>
    </message>
    <message>
        <source>the table is empty: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows</source>
        <translation>tabelul este gol: s-a căutat o coloană cu textele activităților (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) în primele %1 rânduri</translation>
    </message>
    <message>
        <source>no header row found: looked for a column of activity texts (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) in the first %1 rows, and no numbered paragraphs (I., 1., -) to read a plan from</source>
        <translation>nu s-a găsit rândul de antet: s-a căutat o coloană cu textele activităților (Faaliyet, Activity, Мероприятие, Іс-шара, Activitate, Nội dung hoạt động …) în primele %1 rânduri și nu există paragrafe numerotate (I., 1., -) din care să se citească un plan</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code or an activity text</source>
        <translation>sub rândul de antet (rândul %1) nu există activități: s-au căutat rânduri cu un cod sau cu textul unei activități</translation>
    </message>
    <message>
        <source>the header row (row %1) has no activities below it: looked for rows with a code and an activity text</source>
        <translation>sub rândul de antet (rândul %1) nu există activități: s-au căutat rânduri cu un cod și cu textul unei activități</translation>
    </message>
    <message>
        <source>code %1 appears twice (rows %2 and %3): looked for one code per goal and activity</source>
        <translation>codul %1 apare de două ori (rândurile %2 și %3): se aștepta un singur cod pentru fiecare obiectiv și activitate</translation>
    </message>
    <message>
        <source>row %1: item %2 has no text: looked for it in the column &apos;%3&apos;</source>
        <translation>rândul %1: elementul %2 nu are text: a fost căutat în coloana „%3”</translation>
    </message>
    <message>
        <source>%1 is not a Word document: looked for word/document.xml inside and found none</source>
        <translation>%1 nu este un document Word: s-a căutat word/document.xml în interior și nu s-a găsit</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a Word document without a password</source>
        <translation>%1 este criptat: se aștepta un document Word fără parolă</translation>
    </message>
    <message>
        <source>%1: the part %2 holds a text longer than %3: looked for a document of a plan, whose paragraphs are far shorter</source>
        <translation>%1: partea %2 conține un text mai lung de %3: se aștepta documentul unui plan, ale cărui paragrafe sunt mult mai scurte</translation>
    </message>
    <message>
        <source>%1: the part %2 has more than %3 XML elements: looked for a document of a plan, which has far fewer</source>
        <translation>%1: partea %2 are peste %3 elemente XML: se aștepta documentul unui plan, care are mult mai puține</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: looked for its paragraphs and tables and found a damaged part (%2)</source>
        <translation>%1 nu este un document Word lizibil: s-au căutat paragrafele și tabelele lui și s-a găsit o parte deteriorată (%2)</translation>
    </message>
    <message>
        <source>%1 is encrypted: looked for a file without a password</source>
        <translation>%1 este criptat: se aștepta un fișier fără parolă</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument file: looked for content.xml inside and found none</source>
        <translation>%1 nu este un fișier OpenDocument: s-a căutat content.xml în interior și nu s-a găsit</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument file: looked for its tables and found a damaged part (%2)</source>
        <translation>%1 nu este un fișier OpenDocument lizibil: s-au căutat tabelele lui și s-a găsit o parte deteriorată (%2)</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook protected by a password: looked for a workbook without a password, so save it again without one</source>
        <translation>%1 este un registru Excel 97-2003 (.xls) vechi protejat prin parolă: se aștepta un registru fără parolă, așa că salvați-l din nou fără parolă</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook that cannot be read (damaged or password-protected): looked for its worksheets (%2)</source>
        <translation>%1 este un registru Excel 97-2003 (.xls) vechi care nu poate fi citit (deteriorat sau protejat prin parolă): s-au căutat foile de lucru (%2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 rows, %3 columns): looked for a plan table of at most %4 rows and %5 columns</source>
        <translation>%1 este prea mare (%2 rânduri, %3 coloane): se aștepta un tabel de plan de cel mult %4 rânduri și %5 coloane</translation>
    </message>
</context>
<context>
    <name>ServiceWord</name>
    <message>
        <source>progress marks</source>
        <translation>marcaje de progres</translation>
    </message>
    <message>
        <source>narrative texts</source>
        <translation>texte ale raportului narativ</translation>
    </message>
    <message>
        <source>planned periods</source>
        <translation>perioade planificate</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>rapoarte</translation>
    </message>
    <message>
        <source>another clerk</source>
        <translation>un alt funcționar</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>obiectiv</translation>
    </message>
    <message>
        <source>sub-goal</source>
        <translation>subobiectiv</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activitate</translation>
    </message>
    <message>
        <source>the number of participants cannot be negative</source>
        <translation>numărul participanților nu poate fi negativ</translation>
    </message>
    <message>
        <source>no count may be negative</source>
        <translation>niciun număr nu poate fi negativ</translation>
    </message>
    <message>
        <source>women and men together exceed the number of participants</source>
        <translation>femeile și bărbații împreună depășesc numărul participanților</translation>
    </message>
    <message>
        <source>pupils, teachers, parents and staff together exceed the number of participants</source>
        <translation>elevii, cadrele didactice, părinții și personalul împreună depășesc numărul participanților</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nesalvat încă</translation>
    </message>
    <message>
        <source>the institution profile on the Settings page</source>
        <translation>profilul instituției din pagina Setări</translation>
    </message>
    <message>
        <source>the narrative outline on the Settings page</source>
        <translation>structura raportului narativ din pagina Setări</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Modificarea nu a putut fi efectuată</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Modificarea profilului instituției</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvat</translation>
    </message>
    <message>
        <source>Change the reporting scheme</source>
        <translation>Modificarea periodicității raportării</translation>
    </message>
    <message>
        <source>Change the due-date rule</source>
        <translation>Modificarea regulii pentru termene</translation>
    </message>
    <message>
        <source>Set the due date of {period}</source>
        <translation>Stabilirea termenului pentru {period}</translation>
    </message>
    <message>
        <source>Due date of {period} back to the rule</source>
        <translation>Termenul pentru {period} revine la regulă</translation>
    </message>
    <message>
        <source>Change the narrative outline</source>
        <translation>Modificarea structurii raportului narativ</translation>
    </message>
    <message>
        <source>Outline saved</source>
        <translation>Structura a fost salvată</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituția</translation>
    </message>
    <message>
        <source>Reporting periods and due dates</source>
        <translation>Perioade de raportare și termene</translation>
    </message>
    <message>
        <source>Narrative outline</source>
        <translation>Structura raportului narativ</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identitate de semnare</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvează profilul</translation>
    </message>
</context>
<context>
    <name>SetupCard</name>
    <message>
        <source>Still to do before the first signed return:</source>
        <translation>De făcut înainte de primul raport semnat:</translation>
    </message>
    <message>
        <source>Set up the institution…</source>
        <translation>Configurează instituția…</translation>
    </message>
    <message>
        <source>Bring in the plan…</source>
        <translation>Adu planul…</translation>
    </message>
    <message>
        <source>Create or import the signature…</source>
        <translation>Creează sau importă semnătura…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce face</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Peste tot</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planul de acțiune</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenimente</translation>
    </message>
    <message>
        <source>Go to a page</source>
        <translation>Mergi la o pagină</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Anulează, refă</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Bază de date nouă</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Deschide o bază de date</translation>
    </message>
    <message>
        <source>Quit (asks when typed text is not saved)</source>
        <translation>Ieșire (întreabă dacă textul nu e salvat)</translation>
    </message>
    <message>
        <source>Find on the page shown</source>
        <translation>Caută în pagina afișată</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + litera subliniată</translation>
    </message>
    <message>
        <source>The field of that label</source>
        <translation>Câmpul acelei etichete</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Adaugă o activitate</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Adaugă un obiectiv</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Editează elementul selectat</translation>
    </message>
    <message>
        <source>Indent, outdent</source>
        <translation>Mută un nivel mai jos, mai sus</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Șterge elementul selectat</translation>
    </message>
    <message>
        <source>Mark the selected cells</source>
        <translation>Marchează celulele selectate</translation>
    </message>
    <message>
        <source>Copy or paste cells as Excel does (tab-separated text)</source>
        <translation>Copiază sau lipește celule ca în Excel (text separat prin tab)</translation>
    </message>
    <message>
        <source>Open the details of the cell</source>
        <translation>Deschide detaliile celulei</translation>
    </message>
    <message>
        <source>Save the details panel</source>
        <translation>Salvează panoul de detalii</translation>
    </message>
    <message>
        <source>Revert the details panel</source>
        <translation>Revino la panoul de detalii salvat</translation>
    </message>
    <message>
        <source>Add or save the event in the form</source>
        <translation>Adaugă sau salvează evenimentul din formular</translation>
    </message>
    <message>
        <source>Revert the form</source>
        <translation>Revino la formularul salvat</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>Signed</source>
        <translation>Semnat</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Înlocuit</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptat</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Întârziat</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Versiune nouă</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respins</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Termen depășit</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituție</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Semnat de</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Primit la</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decizie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>1 · Who we are</source>
        <translation>1 · Cine suntem</translation>
    </message>
    <message>
        <source>2 · Our plan</source>
        <translation>2 · Planul nostru</translation>
    </message>
    <message>
        <source>3 · Our signature</source>
        <translation>3 · Semnătura noastră</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>de făcut</translation>
    </message>
</context>
<context>
    <name>SubordinateDialog</name>
    <message>
        <source>Edit subordinate</source>
        <translation>Modifică instituția subordonată</translation>
    </message>
    <message>
        <source>Add subordinate</source>
        <translation>Adaugă o instituție subordonată</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Cod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Denumire:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Acceptă un fișier de certificat…</translation>
    </message>
    <message>
        <source>No certificate yet: it can be added later.</source>
        <translation>Încă niciun certificat: poate fi adăugat mai târziu.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Type the institution&apos;s code.</source>
        <translation>Introduceți codul instituției.</translation>
    </message>
    <message>
        <source>A subordinate with the code %1 is registered already.</source>
        <translation>O instituție subordonată cu codul %1 este deja înregistrată.</translation>
    </message>
    <message>
        <source>Type the institution&apos;s name.</source>
        <translation>Introduceți denumirea instituției.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Aceasta nu este o adresă de e-mail.</translation>
    </message>
</context>
<context>
    <name>SubordinatesPage</name>
    <message>
        <source>Subordinates</source>
        <translation>Subordonate</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinate(s)</source>
        <translation>
            <numerusform>%n instituție subordonată</numerusform>
            <numerusform>%n instituții subordonate</numerusform>
            <numerusform>%n de instituții subordonate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se afișează %1 din %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subordinates selected.</source>
        <translation>
            <numerusform>%n instituție selectată.</numerusform>
            <numerusform>%n instituții selectate.</numerusform>
            <numerusform>%n de instituții selectate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a subordinate to see its certificates.</source>
        <translation>Alegeți o instituție subordonată pentru a-i vedea certificatele.</translation>
    </message>
    <message>
        <source>No certificate is trusted for it yet: trust its certificate file, the certificate of a return it sent, or issue it an identity.</source>
        <translation>Încă niciun certificat nu este de încredere pentru ea: acceptați fișierul ei de certificat, certificatul unui raport trimis de ea sau emiteți-i o identitate.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate subjects bound: %n</source>
        <translation>
            <numerusform>Titulari de certificat legați: %n</numerusform>
            <numerusform>Titulari de certificat legați: %n</numerusform>
            <numerusform>Titulari de certificat legați: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Modificarea nu a putut fi efectuată</translation>
    </message>
    <message>
        <source>Add subordinate %1</source>
        <translation>Adaugă instituția subordonată %1</translation>
    </message>
    <message>
        <source>Edit subordinate %1</source>
        <translation>Modifică instituția subordonată %1</translation>
    </message>
    <message>
        <source>Remove subordinates</source>
        <translation>Elimină instituții subordonate</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s) from the registry?</source>
        <translation>
            <numerusform>Eliminați %n instituție subordonată din registru?</numerusform>
            <numerusform>Eliminați %n instituții subordonate din registru?</numerusform>
            <numerusform>Eliminați %n de instituții subordonate din registru?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their returns are no longer taken in nor awaited. What was received from them and their certificates are kept; Edit → Undo puts them back.</source>
        <translation>Rapoartele lor nu mai sunt primite și nici așteptate. Ce s-a primit de la ele și certificatele lor se păstrează; Editare → Anulează le readuce.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n subordinate(s)</source>
        <translation>
            <numerusform>Elimină %n instituție subordonată</numerusform>
            <numerusform>Elimină %n instituții subordonate</numerusform>
            <numerusform>Elimină %n de instituții subordonate</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificate (*.pem *.crt *.cer *.der);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The file is too large to be a certificate.</source>
        <translation>Fișierul este prea mare pentru a fi un certificat.</translation>
    </message>
    <message>
        <source>The institution&apos;s certificate</source>
        <translation>Certificatul instituției</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificatul %1</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Acceptă un certificat</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 (%2)?</source>
        <translation>Acceptați acest certificat pentru %1 (%2)?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Acceptă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Trust a certificate for %1</source>
        <translation>Acceptă un certificat pentru %1</translation>
    </message>
    <message>
        <source>%1 now signs with a trusted certificate.</source>
        <translation>%1 semnează acum cu un certificat de încredere.</translation>
    </message>
    <message>
        <source>Taking the return in again…</source>
        <translation>Raportul este preluat din nou…</translation>
    </message>
    <message>
        <source>%1 was taken in.</source>
        <translation>%1 a fost preluat.</translation>
    </message>
    <message>
        <source>List of subordinates</source>
        <translation>Lista instituțiilor subordonate</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv);;All files (*)</source>
        <translation>Liste (*.xlsx *.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Se citește lista…</translation>
    </message>
    <message>
        <source>Import the list %1</source>
        <translation>Importă lista %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated.</source>
        <translation>%1: %2 noi, %3 actualizate.</translation>
    </message>
    <message>
        <source>Issue an identity</source>
        <translation>Emite o identitate de semnare</translation>
    </message>
    <message>
        <source>No identity can be issued here.</source>
        <translation>Aici nu se poate emite nicio identitate.</translation>
    </message>
    <message>
        <source>This password does not open your signing key. Type it again.</source>
        <translation>Această parolă nu deschide cheia dumneavoastră de semnare. Introduceți-o din nou.</translation>
    </message>
    <message>
        <source>Issuing the identity…</source>
        <translation>Se emite identitatea…</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2; its certificate is trusted for it. Tell the password separately.</source>
        <translation>Identitatea pentru %1 a fost scrisă în %2; certificatul ei este de încredere pentru această instituție. Comunicați parola separat.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was saved. The details are in the log file.</source>
        <translation>A apărut o eroare neprevăzută; nu s-a salvat nimic. Detaliile se află în fișierul jurnal.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Întrerupt; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Se oprește…</translation>
    </message>
    <message>
        <source>The institutions that report here. A return is taken in only when it is signed with a certificate trusted for its institution.</source>
        <translation>Instituțiile care raportează aici. Un raport este preluat numai dacă este semnat cu un certificat de încredere pentru instituția sa.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifică…</translation>
    </message>
    <message>
        <source>Import a list…</source>
        <translation>Importă o listă…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with columns for code and name (e-mail, kind, language)</source>
        <translation>Un fișier Excel sau CSV cu coloane pentru cod și denumire (e-mail, tip, limbă)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Trust a certificate file…</source>
        <translation>Acceptă un fișier de certificat…</translation>
    </message>
    <message>
        <source>Certificate of a return received…</source>
        <translation>Certificatul unui raport primit…</translation>
    </message>
    <message>
        <source>Issue an identity…</source>
        <translation>Emite o identitate…</translation>
    </message>
    <message>
        <source>A key and certificate for it, in a file with its own password</source>
        <translation>O cheie și un certificat pentru ea, într-un fișier cu parola proprie</translation>
    </message>
    <message>
        <source>Search code, name or e-mail</source>
        <translation>Căutați cod, denumire sau e-mail</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Arată:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Without a certificate</source>
        <translation>Fără certificat</translation>
    </message>
    <message>
        <source>Certificate expiring or expired</source>
        <translation>Certificat care expiră sau a expirat</translation>
    </message>
    <message>
        <source>No return received yet</source>
        <translation>Niciun raport primit încă</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Use a key on a token</source>
        <translation>Folosiți o cheie de pe token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiți…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Găsiți tokenurile</translation>
    </message>
    <message>
        <source>Token program (PKCS#11 module):</source>
        <translation>Programul tokenului (modul PKCS#11):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Show its keys</source>
        <translation>Arătați cheile</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Cheia:</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Folosiți această cheie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <source>the .dll or .so file your token came with</source>
        <translation>fișierul .dll sau .so primit cu tokenul</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>Modulul PKCS#11 al tokenului</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Module PKCS#11 (*.dll *.so *.dylib);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>No token was found. Plug it in and try again.</source>
        <translation>Nu s-a găsit niciun token. Introduceți-l și încercați din nou.</translation>
    </message>
    <message>
        <source>The token holds no key with a certificate.</source>
        <translation>Tokenul nu conține nicio cheie cu certificat.</translation>
    </message>
</context>
<context>
    <name>TreeEditing</name>
    <message>
        <source>New goal</source>
        <translation>Obiectiv nou</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Subobiectiv nou</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Activitate nouă</translation>
    </message>
    <message>
        <source>Add goal %1</source>
        <translation>Adăugare obiectiv %1</translation>
    </message>
    <message>
        <source>Add sub-goal %1</source>
        <translation>Adăugare subobiectiv %1</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Adăugare activitate %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modificare %2: %1</translation>
    </message>
    <message>
        <source>Edit planned periods of %1</source>
        <translation>Modificare perioade planificate pentru %1</translation>
    </message>
    <message>
        <source>Outdent %1</source>
        <translation>Urcare nivel %1</translation>
    </message>
    <message>
        <source>Indent %1</source>
        <translation>Coborâre nivel %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mutare %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Ștergeți elementul %1 „%2”?</translation>
    </message>
    <message>
        <source>With it goes the item under it: %1</source>
        <translation>Se șterge și elementul subordonat: %1</translation>
    </message>
    <message numerus="yes">
        <source>With it go the %n items under it: %1</source>
        <translation>
            <numerusform>Se șterge și %n element subordonat: %1</numerusform>
            <numerusform>Se șterg și cele %n elemente subordonate: %1</numerusform>
            <numerusform>Se șterg și cele %n de elemente subordonate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Its progress mark goes with it.</source>
        <translation>Se șterge și marcajul de progres al acestuia.</translation>
    </message>
    <message numerus="yes">
        <source>%n progress marks go with it.</source>
        <translation>
            <numerusform>Se șterge și %n marcaj de progres.</numerusform>
            <numerusform>Se șterg și %n marcaje de progres.</numerusform>
            <numerusform>Se șterg și %n de marcaje de progres.</numerusform>
        </translation>
    </message>
    <message>
        <source>One event will no longer be linked to it (the event stays).</source>
        <translation>Un eveniment nu va mai fi legat de acesta (evenimentul rămâne).</translation>
    </message>
    <message numerus="yes">
        <source>%n events will no longer be linked to it (the events stay).</source>
        <translation>
            <numerusform>%n eveniment nu va mai fi legat de acesta (evenimentul rămâne).</numerusform>
            <numerusform>%n evenimente nu vor mai fi legate de acesta (evenimentele rămân).</numerusform>
            <numerusform>%n de evenimente nu vor mai fi legate de acesta (evenimentele rămân).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Puteți anula operațiunea din Editare → Anulează.</translation>
    </message>
    <message>
        <source>Delete plan item</source>
        <translation>Ștergere element din plan</translation>
    </message>
    <message>
        <source>Delete %1 and 1 item</source>
        <translation>Ștergere %1 și 1 element</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n items</source>
        <translation>
            <numerusform>Ștergere %1 și %n element</numerusform>
            <numerusform>Ștergere %1 și %n elemente</numerusform>
            <numerusform>Ștergere %1 și %n de elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Ștergere %1</translation>
    </message>
    <message>
        <source>These rows cannot be pasted: %1</source>
        <translation>Aceste rânduri nu pot fi lipite: %1</translation>
    </message>
    <message>
        <source>Paste 1 row</source>
        <translation>Lipire 1 rând</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n rows</source>
        <translation>
            <numerusform>Lipire %n rând</numerusform>
            <numerusform>Lipire %n rânduri</numerusform>
            <numerusform>Lipire %n de rânduri</numerusform>
        </translation>
    </message>
    <message>
        <source>The codes already follow the order of the tree.</source>
        <translation>Codurile urmează deja ordinea arborelui.</translation>
    </message>
    <message>
        <source>Renumber 1 code</source>
        <translation>Renumerotare 1 cod</translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n codes</source>
        <translation>
            <numerusform>Renumerotare %n cod</numerusform>
            <numerusform>Renumerotare %n coduri</numerusform>
            <numerusform>Renumerotare %n de coduri</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit footnotes</source>
        <translation>Modificare note de subsol</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Getting started</source>
        <translation>Primii pași</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Salvează și continuă</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Termină</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Sari peste, deocamdată</translation>
    </message>
    <message>
        <source>Change the institution profile</source>
        <translation>Modificarea profilului instituției</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Modificarea nu a putut fi efectuată</translation>
    </message>
    <message>
        <source>the institution profile on the Getting started page</source>
        <translation>profilul instituției din pagina Primii pași</translation>
    </message>
    <message>
        <source>Three steps make PlanDesk ready for your first signed return. Do each now or skip it: the Dashboard shows what is still missing and leads back here.</source>
        <translation>Trei pași pregătesc PlanDesk pentru primul raport semnat. Faceți-i acum sau săriți peste ei: Panoul general arată ce lipsește încă și vă aduce înapoi aici.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
</context>
</TS>
