<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
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
        <translation>Ваш співрозмовник: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="25"/>
        <source>You are talking to %1.</source>
        <translation>Ваш співрозмовник: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="32"/>
        <source>Interpreter %1 (%2) has joined the call.</source>
        <translation>Перекладач: %1 (%2) тепер у розмові.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="30"/>
        <source>Interpreter %1 (%2) has joined the call by voice only.</source>
        <translation>Перекладач: %1 (%2) тепер у розмові, лише голосом.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="38"/>
        <source>The interpreter has left the call.</source>
        <translation>Перекладача більше немає в розмові.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="42"/>
        <source>Reconnecting …</source>
        <translation>Відновлюємо з’єднання …</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="46"/>
        <source>Please wait. The call goes on as soon as the connection is back.</source>
        <translation>Будь ласка, зачекайте. Розмова продовжиться, щойно з’єднання відновиться.</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>Щодо чого ваш дзвінок?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>Як з вами зв&apos;язатися?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>Коли вам можна зателефонувати?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>Ваші дані захищені</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>Усе правильно?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Back to the summary</source>
        <translation>Назад до огляду</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>Надіслати запит</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="20"/>
        <source>Please choose what your call is about.</source>
        <translation>Будь ласка, виберіть, щодо чого ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter your name.</source>
        <translation>Будь ласка, введіть своє ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="24"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Будь ласка, введіть номер телефону, за яким ми можемо з вами зв&apos;язатися.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="27"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Це не номер телефону. Будь ласка, вводьте лише цифри, наприклад 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="31"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Цей номер телефону неповний. Будь ласка, перевірте цифри.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="35"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Цей номер BG виглядає неправильно. Він має 5 цифр, потім BG, потім 7 цифр, наприклад 12345BG1234567. Ви можете також залишити поле порожнім.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="40"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Будь ласка, виберіть принаймні один час, коли вам можна зателефонувати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="43"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символу.</numerusform>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символів.</numerusform>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="49"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Ми можемо передзвонити вам, лише якщо ви погодитеся. Будь ласка, торкніться поля вище.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="60"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Цей термінал зараз не може приймати запити. Ваші дані збережено на екрані. Будь ласка, зателефонуйте нам за номером %1 або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="66"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</source>
        <translation>Цей термінал зараз не може приймати запити. Ваші дані збережено на екрані. Будь ласка, зателефонуйте нам: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="72"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Не вдалося зберегти ваш запит. Ваші дані збережено на екрані. Будь ласка, спробуйте ще раз або зателефонуйте нам за номером %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="87"/>
        <source>dddd, d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="116"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Ми зателефонуємо вам: %1, з %2 до %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="120"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Або: %1, з %2 до %3.</translation>
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
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>Номер телефону для зворотного дзвінка</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Мобільний або стаціонарний, наприклад 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>Номер BG (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Його можна знайти в листах від джобцентру, наприклад 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>З номером BG ваші документи швидше потраплять до потрібної справи. Якщо його немає з собою, просто торкніться «Далі».</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>Номер BG (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Його можна знайти в листах від джобцентру, наприклад 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind of document is it?</source>
        <translation>Що це за документ?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind is your next document?</source>
        <translation>Який наступний документ?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Do you know your BG number?</source>
        <translation>Ви знаєте свій номер BG?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Scan your pages</source>
        <translation>Відскануйте свої сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="13"/>
        <source>Check and send</source>
        <translation>Перевірити й надіслати</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="59"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Ваші документи зберігаються. Будь ласка, зачекайте трохи.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="100"/>
        <source>Sending …</source>
        <translation>Надсилання …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="90"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Send documents</source>
        <translation>Надіслати документи</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="16"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Ця сторінка, здається, порожня. Якщо це зворотний бік аркуша, її можна видалити.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="20"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Верхній край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="24"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Нижній край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="29"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Лівий край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="34"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Правий край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="39"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Частини сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Ця сторінка вийшла надто темною. Будь ласка, відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="46"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Ця сторінка вийшла дуже світлою, її може бути важко прочитати. Будь ласка, відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="63"/>
        <source>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</source>
        <translation>Сканер зараз не готовий. Будь ласка, зателефонуйте на гарячу лінію або поговоріть з працівником по відео.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Папір застряг у сканері. Будь ласка, обережно вийміть його, знову покладіть сторінки, які ще не відскановано, і торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="75"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Кришка сканера відкрита. Будь ласка, закрийте її й торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="79"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>У подавачі немає паперу. Будь ласка, покладіть свої сторінки й торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Сканер зараз не готовий. Будь ласка, зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="85"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Сканер ще зайнятий. Будь ласка, зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="88"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Сканування зупинено. Уже відскановані сторінки збережено.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="93"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Зі сканером щось пішло не так. Будь ласка, спробуйте ще раз або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="98"/>
        <source>Something went wrong at the scanner. Please try again, or call our hotline.</source>
        <translation>Зі сканером щось пішло не так. Спробуйте ще раз або зателефонуйте на гарячу лінію.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="107"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Вашу %n уже відскановану сторінку збережено.</numerusform>
            <numerusform>Ваші %n уже відскановані сторінки збережено.</numerusform>
            <numerusform>Ваші %n уже відсканованих сторінок збережено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="117"/>
        <source>Page %1 was removed.</source>
        <translation>Сторінку %1 видалено.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="123"/>
        <source>Scanning page %1 …</source>
        <translation>Сканується сторінка %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="129"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Сторінка %1 ще потребує вашої уваги. Відскануйте її ще раз або торкніться «Залишити як є».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="136"/>
        <source>Please scan at least one page.</source>
        <translation>Будь ласка, відскануйте принаймні одну сторінку.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="140"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Будь ласка, виберіть, що це за документ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="146"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Документ може мати щонайбільше %n сторінку. Будь ласка, подайте решту як другий документ.</numerusform>
            <numerusform>Документ може мати щонайбільше %n сторінки. Будь ласка, подайте решту як другий документ.</numerusform>
            <numerusform>Документ може мати щонайбільше %n сторінок. Будь ласка, подайте решту як другий документ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="55"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="48"/>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="75"/>
        <source>This page looks good.</source>
        <translation>Ця сторінка виглядає добре.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <location filename="../qml/DocumentsPageCard.qml" line="107"/>
        <source>Scan again</source>
        <translation>Сканувати ще раз</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="114"/>
        <source>Turn</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="117"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Повернути сторінку %1 на чверть оберту праворуч</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="122"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="58"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="125"/>
        <source>You can undo this.</source>
        <translation>Це можна скасувати.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="99"/>
        <source>Keep as it is</source>
        <translation>Залишити як є</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Покладіть усі сторінки в подавач текстом догори, верхнім краєм уперед.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Покладіть одну сторінку текстом донизу на скло, у кут зі стрілкою. Закрийте кришку.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="6"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Ваші документи збережено, їх буде надіслано до джобцентру.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="55"/>
        <source>Handed in: %1</source>
        <translation>Подано: %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="59"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Будь ласка, запишіть номер або сфотографуйте його. За ним працівники знайдуть ваші документи.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="64"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Будь ласка, заберіть свої папери. На цьому терміналі нічого з них не залишається доступним для читання.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="10"/>
        <source>BG number</source>
        <translation>Номер BG</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="11"/>
        <source>not given</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="34"/>
        <source>Add a different kind of document</source>
        <translation>Додати документ іншого виду</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="35"/>
        <source>For example a payslip as well as a bank statement. Your BG number is kept.</source>
        <translation>Наприклад, розрахунковий лист разом із банківською випискою. Ваш номер BG зберігається.</translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="26"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Поки що відскановано %n сторінку.</numerusform>
            <numerusform>Поки що відскановано %n сторінки.</numerusform>
            <numerusform>Поки що відскановано %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>Scan the pages</source>
        <translation>Сканувати сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="93"/>
        <source>Scan the page</source>
        <translation>Сканувати сторінку</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="40"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="94"/>
        <source>Scan more pages</source>
        <translation>Сканувати ще сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="49"/>
        <source>Scanning the page again …</source>
        <translation>Сторінка сканується ще раз …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="72"/>
        <source>Stop scanning</source>
        <translation>Зупинити сканування</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="111"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="112"/>
        <source>Undo: put the page back</source>
        <translation>Скасувати: повернути сторінку</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="133"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Ваші сторінки з&apos;являтимуться тут після сканування. Ви зможете переглянути кожну, перш ніж надіслати.</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="9"/>
        <source>Tap the kind of your next document. Your BG number is kept.</source>
        <translation>Торкніться виду наступного документа. Ваш номер BG зберігається.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="10"/>
        <source>Tap the kind of document you want to hand in. You can add a different kind afterwards.</source>
        <translation>Торкніться виду документа, який хочете подати. Документ іншого виду можна додати потім.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../durations.py" line="21"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../durations.py" line="22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n хвилину</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="9"/>
        <source>Help from a person</source>
        <translation>Допомога від людини</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="14"/>
        <source>Please ask at the reception desk. Our staff are happy to help you.</source>
        <translation>Будь ласка, зверніться до рецепції. Наші працівники охоче вам допоможуть.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="15"/>
        <source>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</source>
        <translation>У цій кабіні немає персоналу. Але вам допоможе працівник: по відео просто зараз або телефоном.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>Call us: %1</source>
        <translation>Зателефонуйте нам: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>If you choose video, what you entered so far is deleted.</source>
        <translation>Якщо ви оберете відео, введене досі буде видалено.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="41"/>
        <source>Talk to a person by video</source>
        <translation>Поговорити з людиною по відео</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="47"/>
        <source>Back to where I was</source>
        <translation>Повернутися, де я був</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="40"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Що ви хочете зробити? Торкніться плитки.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="84"/>
        <source>Request a callback</source>
        <translation>Замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="85"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Ми передзвонимо вам у зручний для вас час.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="97"/>
        <source>Hand in documents</source>
        <translation>Подати документи</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="98"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Відскануйте тут свої папери. Вони потраплять прямо до вашої справи.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="141"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Зателефонуйте на нашу гарячу лінію за номером %1 або зверніться на рецепцію. Ми охоче допоможемо.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="142"/>
        <source>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</source>
        <translation>Зателефонуйте на нашу гарячу лінію %1 або поговоріть з працівником по відео. Ми охоче допоможемо.</translation>
    </message>
</context>
<context>
    <name>JourneyTools</name>
    <message>
        <location filename="../qml/JourneyTools.qml" line="9"/>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="10"/>
        <source>Help from a person</source>
        <translation>Допомога від людини</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="15"/>
        <source>Start over</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="16"/>
        <source>Deletes what you entered and goes back to the start.</source>
        <translation>Видаляє введене і повертає на початок.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="50"/>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="118"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../qml/LanguageRow.qml" line="11"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>Я погоджуюся, що джобцентр зберігає мої дані, щоб мені передзвонити.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../receipt_qr.py" line="16"/>
        <source>Reference number: %1</source>
        <translation>Номер звернення: %1</translation>
    </message>
    <message>
        <location filename="../receipt_qr.py" line="19"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="81"/>
        <source>QR code with your reference number and our phone number</source>
        <translation>QR-код із номером вашого звернення та нашим номером телефону</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="85"/>
        <source>Photograph this code with your phone: it holds the reference number and our phone number.</source>
        <translation>Сфотографуйте цей код телефоном: у ньому номер звернення і наш номер телефону.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="103"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Цей екран закриється сам через %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="110"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="6"/>
        <source>Your request is saved.</source>
        <translation>Ваш запит збережено.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="17"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Будь ласка, запишіть його або сфотографуйте. Він може знадобитися, якщо ви нам зателефонуєте.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="34"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Якщо ви не зможете відповісти, ми зателефонуємо ще раз. Ви завжди можете зателефонувати нам за номером %1.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="9"/>
        <source>Your reference number</source>
        <translation>Номер вашого звернення</translation>
    </message>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="14"/>
        <source>Your reference numbers</source>
        <translation>Номери ваших звернень</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/ScrollArea.qml" line="74"/>
        <source>More below</source>
        <translation>Далі нижче</translation>
    </message>
    <message>
        <location filename="../qml/ScrollArea.qml" line="76"/>
        <source>Shows the rest of this page.</source>
        <translation>Показує решту цієї сторінки.</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="31"/>
        <source>Questions? Call us: %1</source>
        <translation>Питання? Телефонуйте нам: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="42"/>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="8"/>
        <source>Start over?</source>
        <translation>Почати знову?</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="11"/>
        <source>Everything you entered here will be deleted. Then you can start again from the beginning.</source>
        <translation>Усе, що ви тут ввели, буде видалено. Потім можна почати спочатку.</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="19"/>
        <source>No, go on</source>
        <translation>Ні, продовжити</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="25"/>
        <source>Yes, start over</source>
        <translation>Так, почати знову</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="32"/>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Будь ласка, перевірте свої дані. Торкніться «Змінити», щоб щось виправити.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Питання</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="23"/>
        <source>Name and phone</source>
        <translation>Ім&apos;я та телефон</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="25"/>
        <source>BG number: %1</source>
        <translation>Номер BG: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Times for the call</source>
        <translation>Час для дзвінка</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="34"/>
        <source>Your note: %1</source>
        <translation>Ваше повідомлення: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="75"/>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="79"/>
        <source>Change: %1</source>
        <translation>Змінити: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Торкніться кожного часу, який вам підходить. Що більше ви виберете, то швидше ми зможемо зателефонувати.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="82"/>
        <location filename="../qml/TimePage.qml" line="112"/>
        <source>A short note for us (optional)</source>
        <translation>Коротке повідомлення для нас (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="110"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Наприклад: краще після 10-ї години</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="9"/>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="13"/>
        <source>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</source>
        <translation>Щоб захистити ваші дані, термінал почне спочатку через %1. Усе, що ви ввели, буде видалено.</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="19"/>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Read aloud</source>
        <translation>Озвучити</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Озвучує цей екран. Торкніться екрана, щоб зупинити.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="85"/>
        <location filename="../qml/TopBar.qml" line="126"/>
        <source>Large text</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="95"/>
        <location filename="../qml/TopBar.qml" line="127"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="97"/>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="111"/>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="112"/>
        <source>Opens the list of languages.</source>
        <translation>Відкриває список мов.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="150"/>
        <source>The interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Працівник, з яким ви розмовляєте</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="37"/>
        <source>The picture is on its way …</source>
        <translation>Зображення ось-ось з’явиться …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="78"/>
        <source>Good connection</source>
        <translation>Добре з’єднання</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="79"/>
        <source>The picture may be jerky</source>
        <translation>Зображення може перериватися</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="80"/>
        <source>Weak connection</source>
        <translation>Слабке з’єднання</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="81"/>
        <source>Connecting the picture …</source>
        <translation>Підключення зображення …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is off</source>
        <translation>Мікрофон вимкнено</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is on</source>
        <translation>Мікрофон увімкнено</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it on</source>
        <translation>Торкніться, щоб увімкнути</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it off</source>
        <translation>Торкніться, щоб вимкнути</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="169"/>
        <source>Microphone</source>
        <translation>Мікрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="178"/>
        <source>Show a document</source>
        <translation>Показати документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="185"/>
        <source>End the call</source>
        <translation>Завершити розмову</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="25"/>
        <source>Before we call: a short check</source>
        <translation>Перед дзвінком: коротка перевірка</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="69"/>
        <source>Starting the camera …</source>
        <translation>Камера вмикається …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="76"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Це ви. Будь ласка, сядьте так, щоб було видно ваше обличчя.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="91"/>
        <source>The camera is not working.</source>
        <translation>Камера не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="92"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Ви все одно можете говорити. Працівник чутиме вас, але не бачитиме.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="95"/>
        <source>You can see yourself in the picture.</source>
        <translation>На зображенні ви бачите себе.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="102"/>
        <source>The microphone is not working.</source>
        <translation>Мікрофон не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="103"/>
        <source>Microphone</source>
        <translation>Мікрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="105"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Працівник вас не почує. Натомість ви можете замовити зворотний дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="106"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Скажіть щось. Коли ми вас чуємо, смужка рухається.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>The loudspeaker is not working.</source>
        <translation>Динамік не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="131"/>
        <source>Loudspeaker</source>
        <translation>Динамік</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="133"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Ви не почуєте працівника. Натомість ви можете замовити зворотний дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="134"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Натисніть кнопку. Чи чуєте ви короткий сигнал?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="139"/>
        <source>Play a test sound</source>
        <translation>Відтворити тестовий звук</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="151"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="158"/>
        <source>Request a callback instead</source>
        <translation>Краще замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="164"/>
        <source>Call now</source>
        <translation>Зателефонувати зараз</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="27"/>
        <source>Our colleague has ended the call.</source>
        <translation>Наш працівник завершив розмову.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="28"/>
        <source>The call has ended.</source>
        <translation>Розмову завершено.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="40"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Дякуємо за ваш дзвінок. Якщо вам ще щось потрібно, ви можете будь-коли почати знову.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Подані вами сторінки збережено, вони потраплять до вашої справи.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="74"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Нічого з цієї розмови не зберігається на цьому терміналі.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="84"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Цей екран закриється сам через %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="90"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="48"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Ваші сторінки ще передаються. Це займе трохи часу.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="70"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>Показані сторінки, які ви не передали, видалено.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>Поговорити з людиною</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>Відеозв’язком, тут і зараз. Вам відповість працівник сервісної служби.</translation>
    </message>
</context>
<context>
    <name>VideoLostPage</name>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="31"/>
        <source>The connection was lost.</source>
        <translation>Зв’язок перервався.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="43"/>
        <source>This was not your fault. The line to the office broke off.</source>
        <translation>Ви в цьому не винні. Лінія до установи обірвалася.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="48"/>
        <source>You can call again now. Or leave a callback request: we call you back at a time that suits you.</source>
        <translation>Ви можете зателефонувати знову зараз. Або залиште запит на дзвінок: ми передзвонимо у зручний для вас час.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Подані вами сторінки збережено, вони потраплять до вашої справи.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="70"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="76"/>
        <source>Leave a callback request</source>
        <translation>Залишити запит на дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="82"/>
        <source>Call again</source>
        <translation>Зателефонувати знову</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="13"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Зараз ніхто не може прийняти ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Nobody could answer your call in time.</source>
        <translation>На жаль, ніхто не встиг відповісти на ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Відеодзвінок зараз неможливий.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="26"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Нам шкода. Замовте натомість зворотний дзвінок: ми передзвонимо вам у зручний для вас час. Це займе близько 3 хвилин.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="59"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Ваша мова залишиться тією самою. Вам потрібно лише вказати ваше питання, номер телефону та зручний час.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="64"/>
        <source>Request a callback</source>
        <translation>Замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="73"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Ви також можете зателефонувати на нашу гарячу лінію: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="81"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="89"/>
        <source>Call again</source>
        <translation>Зателефонувати знову</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="59"/>
        <source>Remove page %1</source>
        <translation>Видалити сторінку %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="78"/>
        <source>Your case worker can see this page.</source>
        <translation>Ваш консультант бачить цю сторінку.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="79"/>
        <source>On its way to your case worker …</source>
        <translation>Надсилаємо вашому консультанту …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="40"/>
        <source>Show a document</source>
        <translation>Показати документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="52"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="53"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Закриває цю панель. Ваші сторінки залишаються тут.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="125"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Сторінки, які ви не передасте, буде видалено після завершення розмови.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="152"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Ваші сторінки з&apos;являться тут. Ваш консультант бачить їх одночасно з вами.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml" line="186"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n сторінку передано. Вона потрапить до вашої справи.</numerusform>
            <numerusform>%n сторінки передано. Вони потраплять до вашої справи.</numerusform>
            <numerusform>%n сторінок передано. Вони потраплять до вашої справи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="193"/>
        <source>Your reference number</source>
        <translation>Ваш номер звернення</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="227"/>
        <source>Handing in your pages …</source>
        <translation>Передаємо ваші сторінки …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="228"/>
        <source>Hand in these pages</source>
        <translation>Передати ці сторінки</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="229"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Сторінки буде додано до вашої справи в джобцентрі.</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="47"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Працівник відповів. З’єднуємо …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Працівник незабаром буде з вами.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="62"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Ваш дзвінок зараз надходить до офісу. Будь ласка, залишайтеся перед екраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Ми телефонуємо до сервісної служби. Будь ласка, залишайтеся перед екраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="73"/>
        <source>Waiting time: %1</source>
        <translation>Час очікування: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="81"/>
        <source>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</source>
        <translation>Дзвінок лунатиме %1. Якщо ніхто не відповість, можна залишити запит на дзвінок або зателефонувати знову.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="89"/>
        <source>Cancel the call</source>
        <translation>Скасувати дзвінок</translation>
    </message>
</context>
</TS>
