<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="140"/>
        <source>Scanning a test page…</source>
        <translation>Testseite wird gescannt …</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="155"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="160"/>
        <source>Enrolling…</source>
        <translation>Wird angemeldet …</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="180"/>
        <source>Not enrolled: %1</source>
        <translation>Nicht registriert: %1</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="181"/>
        <source>Enrolled as %1. Restart the delivery service (kiosk sync).</source>
        <translation>Registriert als %1. Bitte den Zustelldienst (kiosk sync) neu starten.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="212"/>
        <source>Did not work. See Details.</source>
        <translation>Hat nicht funktioniert. Siehe Details.</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/viewmodel.py" line="231"/>
        <source>%n queued item(s) will be sent now.</source>
        <translation>
            <numerusform>%n wartender Eintrag wird jetzt gesendet.</numerusform>
            <numerusform>%n wartende Einträge werden jetzt gesendet.</numerusform>
            <numerusform>%n wartende Einträge werden jetzt gesendet.</numerusform>
            <numerusform>%n wartende Einträge werden jetzt gesendet.</numerusform>
            <numerusform>%n wartende Einträge werden jetzt gesendet.</numerusform>
            <numerusform>%n wartende Einträge werden jetzt gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="241"/>
        <source>Scanner %1: %2.</source>
        <translation>Scanner %1: %2.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="246"/>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="263"/>
        <source>Admin mode is not set up.</source>
        <translation>Die Verwaltung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="272"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="52"/>
        <location filename="../admin/report.py" line="148"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="65"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="66"/>
        <source>answers with an error</source>
        <translation>antwortet mit einem Fehler</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="85"/>
        <location filename="../admin/report.py" line="94"/>
        <source>Terminal id</source>
        <translation>Terminal-ID</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="86"/>
        <source>not enrolled</source>
        <translation>nicht registriert</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="102"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="109"/>
        <source>Office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="115"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="119"/>
        <source>Disk free</source>
        <translation>Speicher frei</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="124"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="130"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="142"/>
        <location filename="../admin/report.py" line="166"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="143"/>
        <location filename="../admin/report.py" line="164"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="147"/>
        <location filename="../admin/report.py" line="169"/>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/report.py" line="157"/>
        <source>%n item(s) waiting, %1, the oldest from %2</source>
        <translation>
            <numerusform>%n Eintrag wartet, %1, der älteste vom %2</numerusform>
            <numerusform>%n Einträge warten, %1, der älteste vom %2</numerusform>
            <numerusform>%n Einträge warten, %1, der älteste vom %2</numerusform>
            <numerusform>%n Einträge warten, %1, der älteste vom %2</numerusform>
            <numerusform>%n Einträge warten, %1, der älteste vom %2</numerusform>
            <numerusform>%n Einträge warten, %1, der älteste vom %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="181"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="186"/>
        <location filename="../admin/wording.py" line="33"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="189"/>
        <source>Scanners found</source>
        <translation>Gefundene Scanner</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="192"/>
        <source>Scanner state</source>
        <translation>Scannerzustand</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="28"/>
        <source>working</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="29"/>
        <source>paper jam</source>
        <translation>Papierstau</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="30"/>
        <source>cover open</source>
        <translation>Deckel offen</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="31"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="32"/>
        <source>reports an error</source>
        <translation>meldet einen Fehler</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="40"/>
        <source>connected</source>
        <translation>angeschlossen</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="41"/>
        <source>not connected</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="42"/>
        <source>unknown (no sound system found)</source>
        <translation>unbekannt (kein Audiosystem gefunden)</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="50"/>
        <source>not reachable: the office&apos;s certificate is not trusted</source>
        <translation>nicht erreichbar: dem Zertifikat des Backoffice wird nicht vertraut</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="54"/>
        <source>not reachable: no answer in time</source>
        <translation>nicht erreichbar: keine Antwort in der Wartezeit</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="56"/>
        <source>not reachable: connection refused or address unknown</source>
        <translation>nicht erreichbar: Verbindung abgelehnt oder Adresse unbekannt</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="59"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the data folder cannot be written: nothing can be stored or sent</source>
        <translation>der Datenordner ist nicht beschreibbar: nichts kann gespeichert oder gesendet werden</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the queue cannot be read</source>
        <translation>die Warteschlange ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the queue is damaged: the sync service repairs it when it starts</source>
        <translation>die Warteschlange ist beschädigt: der Sync-Dienst repariert sie beim Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/report.py" line="1"/>
        <source>repaired after damage; %n submission(s) lost (see Details)</source>
        <translation>
            <numerusform>nach einem Schaden repariert; %n Sendung verloren (siehe Details)</numerusform>
            <numerusform>nach einem Schaden repariert; %n Sendungen verloren (siehe Details)</numerusform>
            <numerusform>nach einem Schaden repariert; %n Sendungen verloren (siehe Details)</numerusform>
            <numerusform>nach einem Schaden repariert; %n Sendungen verloren (siehe Details)</numerusform>
            <numerusform>nach einem Schaden repariert; %n Sendungen verloren (siehe Details)</numerusform>
            <numerusform>nach einem Schaden repariert; %n Sendungen verloren (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>Outbox problem</source>
        <translation>Problem mit der Warteschlange</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="69"/>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="70"/>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="71"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="73"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="83"/>
        <source>Content touches the edge: %1.</source>
        <translation>Inhalt berührt den Rand: %1.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="88"/>
        <source>No content at the edges.</source>
        <translation>Kein Inhalt an den Rändern.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="90"/>
        <source>Blank page.</source>
        <translation>Leere Seite.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="92"/>
        <source>Not blank.</source>
        <translation>Nicht leer.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="95"/>
        <source>Too dark.</source>
        <translation>Zu dunkel.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="97"/>
        <source>Too light.</source>
        <translation>Zu hell.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="99"/>
        <source>Exposure fine.</source>
        <translation>Helligkeit in Ordnung.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="101"/>
        <source>Encoded as black and white (CCITT G4).</source>
        <translation>Gespeichert als Schwarzweiß (CCITT G4).</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="104"/>
        <source>Encoded as grey (JPEG).</source>
        <translation>Gespeichert in Graustufen (JPEG).</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="105"/>
        <source>Encoded in colour (JPEG).</source>
        <translation>Gespeichert in Farbe (JPEG).</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="155"/>
        <source>Admin mode</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="66"/>
        <location filename="../qml/AdminOverlay.qml" line="67"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="85"/>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Falsche PIN. Erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="163"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="163"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="263"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="264"/>
        <source>Scan a test page</source>
        <translation>Testseite scannen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="265"/>
        <source>Send queue now</source>
        <translation>Warteschlange jetzt senden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="266"/>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="267"/>
        <source>Restart app</source>
        <translation>Anwendung neu starten</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="268"/>
        <source>Leave admin mode</source>
        <translation>Verwaltung verlassen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="290"/>
        <source>Enroll again</source>
        <translation>Neu registrieren</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="296"/>
        <source>Office URL</source>
        <translation>Adresse des Backoffice</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="297"/>
        <source>Enrollment token</source>
        <translation>Registrierungs-Token</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="316"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="300"/>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>CallJourney</name>
    <message>
        <location filename="../journeys/call/texts.py" line="23"/>
        <source>You are talking to %1 (%2).</source>
        <translation>أنت تتحدث مع: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="25"/>
        <source>You are talking to %1.</source>
        <translation>أنت تتحدث مع: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="32"/>
        <source>Interpreter %1 (%2) has joined the call.</source>
        <translation>انضم المترجم %1 (%2) إلى المكالمة.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="30"/>
        <source>Interpreter %1 (%2) has joined the call by voice only.</source>
        <translation>انضم المترجم %1 (%2) إلى المكالمة بالصوت فقط.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="38"/>
        <source>The interpreter has left the call.</source>
        <translation>غادر المترجم المكالمة.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="42"/>
        <source>Reconnecting …</source>
        <translation>جارٍ استعادة الاتصال …</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="46"/>
        <source>Please wait. The call goes on as soon as the connection is back.</source>
        <translation>يُرجى الانتظار. ستستمر المكالمة فور عودة الاتصال.</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>ما موضوع الاتصال؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>كيف يمكننا الوصول إليك؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>متى يمكننا الاتصال بك؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>بياناتك محمية</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>هل كل شيء صحيح؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Back to the summary</source>
        <translation>العودة إلى الملخص</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>إرسال الطلب</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="20"/>
        <source>Please choose what your call is about.</source>
        <translation>يرجى اختيار موضوع الاتصال.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter your name.</source>
        <translation>يرجى إدخال اسمك.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="24"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>يرجى إدخال رقم الهاتف الذي يمكننا الوصول إليك عليه.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="27"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>هذا ليس رقم هاتف. يرجى إدخال أرقام فقط، مثل ⁦0171 2345678⁩.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="31"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>رقم الهاتف هذا غير مكتمل. يرجى التحقق من الأرقام.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="35"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>رقم BG هذا لا يبدو صحيحًا. يتكون من 5 أرقام، ثم BG، ثم 7 أرقام، مثل ⁦12345BG1234567⁩. يمكنك أيضًا ترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="40"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>يرجى اختيار وقت واحد على الأقل يمكننا الاتصال بك فيه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="43"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>ملاحظتك طويلة جدًا. يرجى ألا تتجاوز %n حرف.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى حرف واحد.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى حرفين.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n أحرف.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n حرفًا.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="49"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>لا يمكننا الاتصال بك إلا إذا وافقت. يرجى الضغط على المربع أعلاه.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="60"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>لا يمكن لهذا الجهاز استقبال الطلبات حاليًا. بياناتك لا تزال هنا. يرجى الاتصال بنا على %1 أو السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="66"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</source>
        <translation>لا يستطيع هذا الجهاز استقبال الطلبات حاليًا. بياناتك ما زالت هنا. يرجى الاتصال بنا على %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="72"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>تعذّر حفظ طلبك الآن. بياناتك لا تزال هنا. يرجى المحاولة مرة أخرى، أو الاتصال بنا على %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="87"/>
        <source>dddd, d MMMM</source>
        <translation>dddd، d MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="116"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>سنتصل بك يوم %1 بين الساعة %2 والساعة %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="120"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>أو يوم %1 بين الساعة %2 والساعة %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="131"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../qml/ContactPage.qml" line="7"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>رقم الهاتف لمعاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>جوال أو هاتف أرضي، مثل ⁦0171 2345678⁩</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>رقم BG (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>تجده في الرسائل الواردة من مركز العمل (Jobcenter)، مثل ⁦12345BG1234567⁩.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>مع رقم BG تصل مستنداتك إلى الملف الصحيح بشكل أسرع. إذا لم يكن معك، فاضغط فقط على «التالي».</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>رقم BG (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>تجده في الرسائل الواردة من مركز العمل (Jobcenter)، مثل ⁦12345BG1234567⁩.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind of document is it?</source>
        <translation>ما نوع المستند؟</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind is your next document?</source>
        <translation>ما نوع المستند التالي؟</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Do you know your BG number?</source>
        <translation>هل تعرف رقم BG الخاص بك؟</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Scan your pages</source>
        <translation>امسح صفحاتك ضوئيًا</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="13"/>
        <source>Check and send</source>
        <translation>تحقّق وأرسل</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="59"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>يتم حفظ مستنداتك. يُرجى الانتظار قليلًا.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="100"/>
        <source>Sending …</source>
        <translation>جارٍ الإرسال …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="90"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Send documents</source>
        <translation>إرسال المستندات</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="16"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>يبدو أن هذه الصفحة فارغة. إذا كانت الوجه الخلفي لورقة، يمكنك حذفها.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="20"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الجزء العلوي من الصفحة مقطوع. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="24"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الجزء السفلي من الصفحة مقطوع. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="29"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الحافة اليسرى من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="34"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الحافة اليمنى من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="39"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن أجزاء من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>خرجت هذه الصفحة داكنة جدًا. يرجى مسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="46"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>خرجت هذه الصفحة فاتحة جدًا وقد تكون صعبة القراءة. يرجى مسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="63"/>
        <source>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</source>
        <translation>الماسح الضوئي غير جاهز حاليًا. يرجى الاتصال بالخط الساخن أو التحدث مع أحد الموظفين عبر الفيديو.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>الورق عالق في الماسح الضوئي. يرجى إخراجه بحذر، وإعادة وضع الصفحات التي لم تُمسح، ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="75"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>غطاء الماسح الضوئي مفتوح. يرجى إغلاقه ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="79"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>لا يوجد ورق في وحدة التغذية. يرجى وضع صفحاتك ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>الماسح الضوئي غير جاهز حاليًا. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="85"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>الماسح الضوئي لا يزال مشغولًا. يرجى الانتظار قليلًا والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="88"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>تم إيقاف المسح الضوئي. الصفحات التي تم مسحها حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="93"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>حدث خطأ في الماسح الضوئي. يرجى المحاولة مرة أخرى، أو السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="98"/>
        <source>Something went wrong at the scanner. Please try again, or call our hotline.</source>
        <translation>حدث خطأ في الماسح الضوئي. يرجى المحاولة مرة أخرى أو الاتصال بالخط الساخن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="107"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>لم تُمسح أي صفحة حتى الآن.</numerusform>
            <numerusform>الصفحة التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحتان اللتان مسحتهما حتى الآن محفوظتان.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="117"/>
        <source>Page %1 was removed.</source>
        <translation>تمت إزالة الصفحة %1.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="123"/>
        <source>Scanning page %1 …</source>
        <translation>جارٍ مسح الصفحة %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="129"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>الصفحة %1 لا تزال تحتاج إلى انتباهك. امسحها ضوئيًا مرة أخرى، أو اضغط على «الإبقاء عليها كما هي».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="136"/>
        <source>Please scan at least one page.</source>
        <translation>يرجى مسح صفحة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="140"/>
        <source>Please choose what kind of document it is.</source>
        <translation>يرجى اختيار نوع المستند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="146"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>لا يمكن أن يحتوي المستند على أي صفحة. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على صفحة واحدة فقط. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على صفحتين كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحات كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحة كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحة كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="55"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="48"/>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="75"/>
        <source>This page looks good.</source>
        <translation>تبدو هذه الصفحة جيدة.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <location filename="../qml/DocumentsPageCard.qml" line="107"/>
        <source>Scan again</source>
        <translation>إعادة المسح</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="114"/>
        <source>Turn</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="117"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>تدوير الصفحة %1 ربع دورة إلى اليمين</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="122"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="58"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="125"/>
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="99"/>
        <source>Keep as it is</source>
        <translation>الإبقاء عليها كما هي</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>ضع كل الصفحات في وحدة التغذية، والكتابة إلى الأعلى والحافة العلوية أولًا.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>ضع صفحة واحدة على الزجاج والكتابة إلى الأسفل، في الزاوية التي عليها السهم. أغلق الغطاء.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="6"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>تم حفظ مستنداتك وسيتم إرسالها إلى مركز العمل (Jobcenter).</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="55"/>
        <source>Handed in: %1</source>
        <translation>تاريخ التسليم: %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="59"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>يرجى كتابة الرقم أو التقاط صورة له. يستطيع الموظفون من خلاله العثور على مستنداتك.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="64"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>يرجى أخذ أوراقك معك. لا يبقى منها شيء مقروء على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="10"/>
        <source>BG number</source>
        <translation>رقم BG</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="11"/>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document %1</source>
        <translation>المستند %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="34"/>
        <source>Add a different kind of document</source>
        <translation>إضافة مستند من نوع آخر</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="35"/>
        <source>For example a payslip as well as a bank statement. Your BG number is kept.</source>
        <translation>مثلًا كشف الراتب بالإضافة إلى كشف الحساب البنكي. يبقى رقم BG الخاص بك محفوظًا.</translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="26"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>لم تُمسح أي صفحة بعد.</numerusform>
            <numerusform>تم مسح صفحة واحدة حتى الآن.</numerusform>
            <numerusform>تم مسح صفحتين حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحات حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحة حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحة حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>Scan the pages</source>
        <translation>مسح الصفحات</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="93"/>
        <source>Scan the page</source>
        <translation>مسح الصفحة</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="40"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="94"/>
        <source>Scan more pages</source>
        <translation>مسح صفحات أخرى</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="49"/>
        <source>Scanning the page again …</source>
        <translation>جارٍ مسح الصفحة مرة أخرى …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="72"/>
        <source>Stop scanning</source>
        <translation>إيقاف المسح</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="111"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="112"/>
        <source>Undo: put the page back</source>
        <translation>تراجع: إعادة الصفحة</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="133"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>ستظهر صفحاتك هنا أثناء مسحها. يمكنك الاطلاع على كل صفحة قبل إرسالها.</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="9"/>
        <source>Tap the kind of your next document. Your BG number is kept.</source>
        <translation>اضغط على نوع مستندك التالي. يبقى رقم BG الخاص بك محفوظًا.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="10"/>
        <source>Tap the kind of document you want to hand in. You can add a different kind afterwards.</source>
        <translation>اضغط على نوع المستند الذي تريد تسليمه. يمكنك إضافة نوع آخر بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../durations.py" line="21"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../durations.py" line="22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="9"/>
        <source>Help from a person</source>
        <translation>مساعدة من شخص</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="14"/>
        <source>Please ask at the reception desk. Our staff are happy to help you.</source>
        <translation>يرجى السؤال في مكتب الاستقبال. يسعد موظفونا بمساعدتك.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="15"/>
        <source>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</source>
        <translation>لا يوجد موظفون في هذه المقصورة. ومع ذلك يمكن لأحد الموظفين مساعدتك: عبر الفيديو هنا والآن، أو عبر الهاتف.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>Call us: %1</source>
        <translation>اتصل بنا: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>If you choose video, what you entered so far is deleted.</source>
        <translation>إذا اخترت الفيديو، فسيتم حذف ما أدخلته حتى الآن.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="41"/>
        <source>Talk to a person by video</source>
        <translation>التحدث مع شخص عبر الفيديو</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="47"/>
        <source>Back to where I was</source>
        <translation>العودة إلى حيث كنت</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="40"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>ماذا تريد أن تفعل؟ اضغط على أحد المربعات.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="84"/>
        <source>Request a callback</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="85"/>
        <source>We call you back at a time that suits you.</source>
        <translation>نعاود الاتصال بك في وقت يناسبك.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="97"/>
        <source>Hand in documents</source>
        <translation>تقديم المستندات</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="98"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>امسح أوراقك ضوئيًا هنا. تصل مباشرة إلى ملفك.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="141"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>اتصل بخطنا الساخن على %1، أو اسأل في مكتب الاستقبال. يسعدنا مساعدتك.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="142"/>
        <source>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</source>
        <translation>اتصل بخطنا الساخن على %1 أو تحدث مع أحد الموظفين عبر الفيديو. يسعدنا مساعدتك.</translation>
    </message>
</context>
<context>
    <name>JourneyTools</name>
    <message>
        <location filename="../qml/JourneyTools.qml" line="9"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="10"/>
        <source>Help from a person</source>
        <translation>مساعدة من شخص</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="15"/>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="16"/>
        <source>Deletes what you entered and goes back to the start.</source>
        <translation>يحذف ما أدخلته ويعود إلى البداية.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="50"/>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="118"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../qml/LanguageRow.qml" line="11"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>أوافق على أن يحفظ مركز العمل (Jobcenter) بياناتي لمعاودة الاتصال بي.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../receipt_qr.py" line="16"/>
        <source>Reference number: %1</source>
        <translation>الرقم المرجعي: %1</translation>
    </message>
    <message>
        <location filename="../receipt_qr.py" line="19"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="81"/>
        <source>QR code with your reference number and our phone number</source>
        <translation>رمز QR يحتوي على رقمك المرجعي ورقم هاتفنا</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="85"/>
        <source>Photograph this code with your phone: it holds the reference number and our phone number.</source>
        <translation>صوّر هذا الرمز بهاتفك: فهو يحتوي على الرقم المرجعي ورقم هاتفنا.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="103"/>
        <source>This screen closes by itself in %1.</source>
        <translation>ستُغلق هذه الشاشة تلقائيًا بعد %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="110"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="6"/>
        <source>Your request is saved.</source>
        <translation>تم حفظ طلبك.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="17"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>يرجى كتابته أو التقاط صورة له. قد تحتاجه إذا اتصلت بنا.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="34"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>إذا لم تتمكن من الرد، سنحاول مرة أخرى. يمكنك دائمًا الاتصال بنا على %1.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="9"/>
        <source>Your reference number</source>
        <translation>رقمك المرجعي</translation>
    </message>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="14"/>
        <source>Your reference numbers</source>
        <translation>أرقامك المرجعية</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/ScrollArea.qml" line="74"/>
        <source>More below</source>
        <translation>المزيد في الأسفل</translation>
    </message>
    <message>
        <location filename="../qml/ScrollArea.qml" line="76"/>
        <source>Shows the rest of this page.</source>
        <translation>يعرض بقية هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="31"/>
        <source>Questions? Call us: %1</source>
        <translation>لديك أسئلة؟ اتصل بنا: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="42"/>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: %1</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="8"/>
        <source>Start over?</source>
        <translation>البدء من جديد؟</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="11"/>
        <source>Everything you entered here will be deleted. Then you can start again from the beginning.</source>
        <translation>سيتم حذف كل ما أدخلته هنا. ثم يمكنك البدء من جديد.</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="19"/>
        <source>No, go on</source>
        <translation>لا، تابع</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="25"/>
        <source>Yes, start over</source>
        <translation>نعم، ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="32"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>يرجى التحقق من بياناتك. اضغط على «تغيير» لتصحيح أي شيء.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="23"/>
        <source>Name and phone</source>
        <translation>الاسم والهاتف</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="25"/>
        <source>BG number: %1</source>
        <translation>رقم BG: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Times for the call</source>
        <translation>أوقات الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="34"/>
        <source>Your note: %1</source>
        <translation>ملاحظتك: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="75"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="79"/>
        <source>Change: %1</source>
        <translation>تغيير: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>اضغط على كل وقت يناسبك. كلما اخترت أوقاتًا أكثر، تمكّنّا من الاتصال بك أسرع.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="82"/>
        <location filename="../qml/TimePage.qml" line="112"/>
        <source>A short note for us (optional)</source>
        <translation>ملاحظة قصيرة لنا (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="110"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>مثلًا: يُفضّل بعد الساعة العاشرة</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="9"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="13"/>
        <source>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</source>
        <translation>لحماية بياناتك، سيبدأ الجهاز من جديد بعد %1. وسيُحذف كل ما أدخلته.</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="19"/>
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Read aloud</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>يقرأ هذه الشاشة بصوت عالٍ. المس الشاشة للإيقاف.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="85"/>
        <location filename="../qml/TopBar.qml" line="126"/>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="95"/>
        <location filename="../qml/TopBar.qml" line="127"/>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="97"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="111"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="112"/>
        <source>Opens the list of languages.</source>
        <translation>يفتح قائمة اللغات.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="150"/>
        <source>The interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>الموظف الذي تتحدث معه</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="37"/>
        <source>The picture is on its way …</source>
        <translation>الصورة في الطريق …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="78"/>
        <source>Good connection</source>
        <translation>اتصال جيد</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="79"/>
        <source>The picture may be jerky</source>
        <translation>قد تتقطع الصورة</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="80"/>
        <source>Weak connection</source>
        <translation>اتصال ضعيف</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="81"/>
        <source>Connecting the picture …</source>
        <translation>جارٍ توصيل الصورة …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is off</source>
        <translation>الميكروفون مغلق</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is on</source>
        <translation>الميكروفون يعمل</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it on</source>
        <translation>اضغط لتشغيله</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it off</source>
        <translation>اضغط لإيقافه</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="169"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="178"/>
        <source>Show a document</source>
        <translation>عرض مستند</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="185"/>
        <source>End the call</source>
        <translation>إنهاء المكالمة</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="25"/>
        <source>Before we call: a short check</source>
        <translation>قبل الاتصال: فحص قصير</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="69"/>
        <source>Starting the camera …</source>
        <translation>جارٍ تشغيل الكاميرا …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="76"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>هذا أنت. يُرجى الجلوس بحيث ترى وجهك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="91"/>
        <source>The camera is not working.</source>
        <translation>الكاميرا لا تعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="92"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>لا يزال بإمكانك التحدث. سيسمعك الموظف لكنه لن يراك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="95"/>
        <source>You can see yourself in the picture.</source>
        <translation>ترى نفسك في الصورة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="102"/>
        <source>The microphone is not working.</source>
        <translation>الميكروفون لا يعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="103"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="105"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>لن يسمعك الموظف. يمكنك بدلاً من ذلك طلب معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="106"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>قل شيئًا. يتحرك الشريط عندما نسمعك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>The loudspeaker is not working.</source>
        <translation>مكبر الصوت لا يعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="131"/>
        <source>Loudspeaker</source>
        <translation>مكبر الصوت</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="133"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>لن تسمع الموظف. يمكنك بدلاً من ذلك طلب معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="134"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>اضغط على الزر. هل تسمع نغمة قصيرة؟</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="139"/>
        <source>Play a test sound</source>
        <translation>تشغيل صوت تجريبي</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="151"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="158"/>
        <source>Request a callback instead</source>
        <translation>طلب معاودة الاتصال بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="164"/>
        <source>Call now</source>
        <translation>اتصل الآن</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="27"/>
        <source>Our colleague has ended the call.</source>
        <translation>أنهى موظفنا المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="28"/>
        <source>The call has ended.</source>
        <translation>انتهت المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="40"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>شكرًا لاتصالك. إذا احتجت إلى أي شيء آخر، يمكنك البدء من جديد في أي وقت.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>الصفحات التي سلّمتها محفوظة وستُضاف إلى ملفك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="74"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>لا يُحفظ أي شيء من هذه المكالمة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="84"/>
        <source>This screen closes by itself in %1.</source>
        <translation>ستُغلق هذه الشاشة تلقائيًا بعد %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="90"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="48"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>لا تزال صفحاتك قيد التسليم. يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="70"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>حُذفت الصفحات التي عرضتها ولم تسلّمها.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>التحدث مع شخص</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>عبر الفيديو، هنا والآن. يرد عليك موظف من فريق الخدمة.</translation>
    </message>
</context>
<context>
    <name>VideoLostPage</name>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="31"/>
        <source>The connection was lost.</source>
        <translation>انقطع الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="43"/>
        <source>This was not your fault. The line to the office broke off.</source>
        <translation>لم يكن ذلك خطأك. انقطع الخط إلى المكتب.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="48"/>
        <source>You can call again now. Or leave a callback request: we call you back at a time that suits you.</source>
        <translation>يمكنك الاتصال مرة أخرى الآن. أو اترك طلب معاودة اتصال: سنتصل بك في الوقت الذي يناسبك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>الصفحات التي سلّمتها محفوظة وستُضاف إلى ملفك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="70"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="76"/>
        <source>Leave a callback request</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="82"/>
        <source>Call again</source>
        <translation>الاتصال مرة أخرى</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="13"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>لا يوجد أحد متاح الآن للرد على مكالمتك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Nobody could answer your call in time.</source>
        <translation>للأسف لم يتمكن أحد من الرد على مكالمتك في الوقت المناسب.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>A video call is not possible at the moment.</source>
        <translation>مكالمة الفيديو غير ممكنة حاليًا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="26"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>نأسف لذلك. اطلب بدلاً من ذلك معاودة الاتصال: نعاود الاتصال بك في وقت يناسبك. يستغرق ذلك نحو 3 دقائق.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="59"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>تبقى لغتك كما هي. كل ما عليك هو أن تخبرنا بموضوعك ورقم هاتفك ووقت مناسب.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="64"/>
        <source>Request a callback</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="73"/>
        <source>You can also call our hotline on %1.</source>
        <translation>يمكنك أيضًا الاتصال بخطنا الساخن على %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="81"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="89"/>
        <source>Call again</source>
        <translation>الاتصال مرة أخرى</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="59"/>
        <source>Remove page %1</source>
        <translation>حذف الصفحة %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="78"/>
        <source>Your case worker can see this page.</source>
        <translation>يرى الموظف هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="79"/>
        <source>On its way to your case worker …</source>
        <translation>جارٍ الإرسال إلى الموظف المسؤول عنك …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="40"/>
        <source>Show a document</source>
        <translation>عرض مستند</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="52"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="53"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>يغلق هذه اللوحة. تبقى صفحاتك هنا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="125"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>الصفحات التي لا تسلّمها تُحذف عند انتهاء المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="152"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>ستظهر صفحاتك هنا. ويراها الموظف المسؤول عنك في الوقت نفسه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml" line="186"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم صفحة واحدة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم صفحتين. ستُضافان إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحات. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="193"/>
        <source>Your reference number</source>
        <translation>رقم المرجع الخاص بك</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="227"/>
        <source>Handing in your pages …</source>
        <translation>جارٍ تسليم صفحاتك …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="228"/>
        <source>Hand in these pages</source>
        <translation>تسليم هذه الصفحات</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="229"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>تُضاف الصفحات إلى ملفك في مركز العمل (Jobcenter).</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="47"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>ردّ أحد الموظفين. جارٍ الاتصال …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague will be with you shortly.</source>
        <translation>سيكون أحد الموظفين معك قريبًا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="62"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>مكالمتك ترن الآن في المكتب. يُرجى البقاء أمام الشاشة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>نتصل بفريق الخدمة. يُرجى البقاء أمام الشاشة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="73"/>
        <source>Waiting time: %1</source>
        <translation>مدة الانتظار: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="81"/>
        <source>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</source>
        <translation>يرن الاتصال لمدة أقصاها %1. إذا لم يرد أحد خلال ذلك، يمكنك طلب معاودة الاتصال أو الاتصال مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="89"/>
        <source>Cancel the call</source>
        <translation>إلغاء المكالمة</translation>
    </message>
</context>
</TS>
