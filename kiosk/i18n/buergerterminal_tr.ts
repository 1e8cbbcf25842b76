<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
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
        <translation>Görüştüğünüz kişi: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="25"/>
        <source>You are talking to %1.</source>
        <translation>Görüştüğünüz kişi: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="32"/>
        <source>Interpreter %1 (%2) has joined the call.</source>
        <translation>Tercüman %1 (%2) görüşmeye katıldı.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="30"/>
        <source>Interpreter %1 (%2) has joined the call by voice only.</source>
        <translation>Tercüman %1 (%2) görüşmeye yalnızca sesle katıldı.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="38"/>
        <source>The interpreter has left the call.</source>
        <translation>Tercüman görüşmeden ayrıldı.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="42"/>
        <source>Reconnecting …</source>
        <translation>Bağlantı yeniden kuruluyor …</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="46"/>
        <source>Please wait. The call goes on as soon as the connection is back.</source>
        <translation>Lütfen bekleyin. Bağlantı geri gelir gelmez görüşme devam edecek.</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>Arama ne hakkında?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>Size nasıl ulaşabiliriz?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>Sizi ne zaman arayabiliriz?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>Bilgileriniz korunur</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>Her şey doğru mu?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Back to the summary</source>
        <translation>Özete dön</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>Talebi gönder</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="20"/>
        <source>Please choose what your call is about.</source>
        <translation>Lütfen aramanın ne hakkında olduğunu seçin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter your name.</source>
        <translation>Lütfen adınızı girin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="24"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Lütfen size ulaşabileceğimiz telefon numarasını girin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="27"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Bu bir telefon numarası değil. Lütfen yalnızca rakam girin, örneğin 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="31"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Bu telefon numarası eksik. Lütfen rakamları kontrol edin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="35"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Bu BG numarası doğru görünmüyor. 5 rakam, ardından BG, ardından 7 rakamdan oluşur, örneğin 12345BG1234567. Alanı boş da bırakabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="40"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Lütfen sizi arayabileceğimiz en az bir zaman seçin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="43"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Notunuz çok uzun. Lütfen %n karaktere kısaltın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="49"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Sizi ancak onay verirseniz geri arayabiliriz. Lütfen yukarıdaki kutuya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="60"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Bu terminal şu anda talep alamıyor. Bilgileriniz hâlâ burada. Lütfen bizi %1 numarasından arayın veya danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="66"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</source>
        <translation>Bu terminal şu anda talep alamıyor. Bilgileriniz hâlâ burada. Lütfen bizi arayın: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="72"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Talebiniz şu anda kaydedilemedi. Bilgileriniz hâlâ burada. Lütfen tekrar deneyin veya bizi %1 numarasından arayın.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="87"/>
        <source>dddd, d MMMM</source>
        <translation>d MMMM dddd</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="116"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Sizi %1 günü %2 ile %3 arasında arayacağız.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="120"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Ya da %1 günü %2 ile %3 arasında.</translation>
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
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>Geri arama için telefon numarası</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Cep veya sabit hat, örneğin 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>BG numarası (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Bu numarayı Jobcenter&apos;dan gelen mektuplarda bulabilirsiniz, örneğin 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>BG numaranızla belgeleriniz doğru dosyaya daha hızlı ulaşır. Yanınızda değilse “İleri”ye dokunmanız yeterli.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>BG numarası (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Bu numarayı Jobcenter&apos;dan gelen mektuplarda bulabilirsiniz, örneğin 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind of document is it?</source>
        <translation>Bu ne tür bir belge?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind is your next document?</source>
        <translation>Sıradaki belge ne tür bir belge?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Do you know your BG number?</source>
        <translation>BG numaranızı biliyor musunuz?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Scan your pages</source>
        <translation>Sayfalarınızı tarayın</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="13"/>
        <source>Check and send</source>
        <translation>Kontrol edin ve gönderin</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="59"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Belgeleriniz kaydediliyor. Lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="100"/>
        <source>Sending …</source>
        <translation>Gönderiliyor …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="90"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Send documents</source>
        <translation>Belgeleri gönder</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="16"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Bu sayfa boş görünüyor. Bir sayfanın arka yüzüyse kaldırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="20"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın üst kısmı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="24"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın alt kısmı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="29"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın sol kenarı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="34"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın sağ kenarı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="39"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın bazı kısımları kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Bu sayfa çok karanlık çıktı. Lütfen yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="46"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Bu sayfa çok açık çıktı ve okunması zor olabilir. Lütfen yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="63"/>
        <source>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</source>
        <translation>Tarayıcı şu anda hazır değil. Lütfen yardım hattımızı arayın veya bir çalışanla görüntülü görüşün.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Kâğıt tarayıcıda sıkıştı. Lütfen dikkatlice çıkarın, taranmamış sayfaları yeniden yerleştirin ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="75"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Tarayıcının kapağı açık. Lütfen kapatın ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="79"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>Besleyicide kâğıt yok. Lütfen sayfalarınızı yerleştirin ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Tarayıcı şu anda hazır değil. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="85"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Tarayıcı hâlâ meşgul. Lütfen biraz bekleyip tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="88"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Tarama durduruldu. Şimdiye kadar taranan sayfalar saklanıyor.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="93"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Tarayıcıda bir sorun oluştu. Lütfen tekrar deneyin veya danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="98"/>
        <source>Something went wrong at the scanner. Please try again, or call our hotline.</source>
        <translation>Tarayıcıda bir sorun oluştu. Lütfen tekrar deneyin veya yardım hattımızı arayın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="107"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Şimdiye kadar taranan %n sayfanız saklanıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sayfa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="117"/>
        <source>Page %1 was removed.</source>
        <translation>%1. sayfa kaldırıldı.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="123"/>
        <source>Scanning page %1 …</source>
        <translation>Sayfa %1 taranıyor …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="129"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Sayfa %1 hâlâ ilginizi bekliyor. Yeniden tarayın veya “Olduğu gibi kalsın”a dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="136"/>
        <source>Please scan at least one page.</source>
        <translation>Lütfen en az bir sayfa tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="140"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Lütfen belgenin türünü seçin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="146"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Bir belge en fazla %n sayfa olabilir. Lütfen kalanını ikinci bir belge olarak teslim edin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="55"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="48"/>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="75"/>
        <source>This page looks good.</source>
        <translation>Bu sayfa iyi görünüyor.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <location filename="../qml/DocumentsPageCard.qml" line="107"/>
        <source>Scan again</source>
        <translation>Yeniden tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="114"/>
        <source>Turn</source>
        <translation>Döndür</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="117"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Sayfa %1&apos;i çeyrek tur sağa döndür</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="122"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="58"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="125"/>
        <source>You can undo this.</source>
        <translation>Bunu geri alabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="99"/>
        <source>Keep as it is</source>
        <translation>Olduğu gibi kalsın</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Tüm sayfaları besleyiciye yazılı yüzü yukarı ve üst kenarı önde olacak şekilde koyun.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Bir sayfayı yazılı yüzü aşağı gelecek şekilde camın üzerine, okun olduğu köşeye koyun. Kapağı kapatın.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="6"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Belgeleriniz kaydedildi ve Jobcenter&apos;a gönderilecek.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="55"/>
        <source>Handed in: %1</source>
        <translation>Teslim: %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="59"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Lütfen numarayı not alın veya fotoğrafını çekin. Çalışanlarımız belgelerinizi bu numarayla bulabilir.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="64"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Lütfen kâğıtlarınızı yanınıza alın. Bu terminalde hiçbiri okunabilir şekilde kalmaz.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="10"/>
        <source>BG number</source>
        <translation>BG numarası</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="11"/>
        <source>not given</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document %1</source>
        <translation>Belge %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="34"/>
        <source>Add a different kind of document</source>
        <translation>Başka türde bir belge ekle</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="35"/>
        <source>For example a payslip as well as a bank statement. Your BG number is kept.</source>
        <translation>Örneğin banka hesap dökümünün yanında bir maaş bordrosu. BG numaranız korunur.</translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="26"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Şimdiye kadar %n sayfa tarandı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>Scan the pages</source>
        <translation>Sayfaları tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="93"/>
        <source>Scan the page</source>
        <translation>Sayfayı tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="40"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="94"/>
        <source>Scan more pages</source>
        <translation>Daha fazla sayfa tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="49"/>
        <source>Scanning the page again …</source>
        <translation>Sayfa yeniden taranıyor …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="72"/>
        <source>Stop scanning</source>
        <translation>Taramayı durdur</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="111"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="112"/>
        <source>Undo: put the page back</source>
        <translation>Geri al: sayfayı geri koy</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="133"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Sayfalarınız tarandıkça burada görünecek. Göndermeden önce her birine bakabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="9"/>
        <source>Tap the kind of your next document. Your BG number is kept.</source>
        <translation>Sıradaki belgenizin türüne dokunun. BG numaranız korunur.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="10"/>
        <source>Tap the kind of document you want to hand in. You can add a different kind afterwards.</source>
        <translation>Teslim etmek istediğiniz belgenin türüne dokunun. Başka türde bir belgeyi sonra ekleyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../durations.py" line="21"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../durations.py" line="22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="9"/>
        <source>Help from a person</source>
        <translation>Bir kişiden yardım</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="14"/>
        <source>Please ask at the reception desk. Our staff are happy to help you.</source>
        <translation>Lütfen danışma masasına sorun. Çalışanlarımız size memnuniyetle yardımcı olur.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="15"/>
        <source>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</source>
        <translation>Bu kabinde personel yok. Yine de bir çalışan size yardımcı olabilir: görüntülü olarak hemen şimdi ya da telefonla.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>Call us: %1</source>
        <translation>Bizi arayın: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>Opening hours: %1</source>
        <translation>Çalışma saatleri: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>If you choose video, what you entered so far is deleted.</source>
        <translation>Görüntülü görüşmeyi seçerseniz şimdiye kadar girdikleriniz silinir.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="41"/>
        <source>Talk to a person by video</source>
        <translation>Bir kişiyle görüntülü konuş</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="47"/>
        <source>Back to where I was</source>
        <translation>Kaldığım yere dön</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="40"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Ne yapmak istersiniz? Bir kutucuğa dokunun.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="84"/>
        <source>Request a callback</source>
        <translation>Geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="85"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Sizi size uygun bir zamanda geri ararız.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="97"/>
        <source>Hand in documents</source>
        <translation>Belge teslim edin</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="98"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Kâğıtlarınızı burada tarayın. Doğrudan dosyanıza gider.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="141"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Yardım hattımızı %1 numarasından arayın veya danışmaya sorun. Size memnuniyetle yardımcı oluruz.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="142"/>
        <source>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</source>
        <translation>%1 numaralı yardım hattımızı arayın veya bir çalışanla görüntülü görüşün. Size memnuniyetle yardımcı oluruz.</translation>
    </message>
</context>
<context>
    <name>JourneyTools</name>
    <message>
        <location filename="../qml/JourneyTools.qml" line="9"/>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="10"/>
        <source>Help from a person</source>
        <translation>Bir kişiden yardım</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="15"/>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="16"/>
        <source>Deletes what you entered and goes back to the start.</source>
        <translation>Girdiklerinizi siler ve başa döner.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="50"/>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="118"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../qml/LanguageRow.qml" line="11"/>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>Jobcenter&apos;ın beni geri aramak için bilgilerimi kaydetmesini kabul ediyorum.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../receipt_qr.py" line="16"/>
        <source>Reference number: %1</source>
        <translation>Referans numarası: %1</translation>
    </message>
    <message>
        <location filename="../receipt_qr.py" line="19"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="81"/>
        <source>QR code with your reference number and our phone number</source>
        <translation>Referans numaranızı ve telefon numaramızı içeren QR kodu</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="85"/>
        <source>Photograph this code with your phone: it holds the reference number and our phone number.</source>
        <translation>Bu kodu telefonunuzla fotoğraflayın: referans numarasını ve telefon numaramızı içerir.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="103"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Bu ekran %1 sonra kendiliğinden kapanır.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="110"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="6"/>
        <source>Your request is saved.</source>
        <translation>Talebiniz kaydedildi.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="17"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Lütfen not alın veya fotoğrafını çekin. Bizi ararsanız gerekebilir.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="34"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Aramayı cevaplayamazsanız tekrar deneriz. Bizi her zaman %1 numarasından arayabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="9"/>
        <source>Your reference number</source>
        <translation>Referans numaranız</translation>
    </message>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="14"/>
        <source>Your reference numbers</source>
        <translation>Referans numaralarınız</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/ScrollArea.qml" line="74"/>
        <source>More below</source>
        <translation>Aşağıda devamı var</translation>
    </message>
    <message>
        <location filename="../qml/ScrollArea.qml" line="76"/>
        <source>Shows the rest of this page.</source>
        <translation>Bu sayfanın kalanını gösterir.</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="31"/>
        <source>Questions? Call us: %1</source>
        <translation>Sorularınız mı var? Bizi arayın: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="42"/>
        <source>Opening hours: %1</source>
        <translation>Çalışma saatleri: %1</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="8"/>
        <source>Start over?</source>
        <translation>Baştan başlansın mı?</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="11"/>
        <source>Everything you entered here will be deleted. Then you can start again from the beginning.</source>
        <translation>Burada girdiğiniz her şey silinecek. Sonra en baştan başlayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="19"/>
        <source>No, go on</source>
        <translation>Hayır, devam et</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="25"/>
        <source>Yes, start over</source>
        <translation>Evet, baştan başla</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="32"/>
        <source>Step %1 of %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Lütfen bilgilerinizi kontrol edin. Bir şeyi düzeltmek için “Değiştir”e dokunun.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="23"/>
        <source>Name and phone</source>
        <translation>Ad ve telefon</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="25"/>
        <source>BG number: %1</source>
        <translation>BG numarası: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Times for the call</source>
        <translation>Arama zamanları</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="34"/>
        <source>Your note: %1</source>
        <translation>Notunuz: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="75"/>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="79"/>
        <source>Change: %1</source>
        <translation>Değiştir: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Size uyan her zamana dokunun. Ne kadar çok seçerseniz, o kadar erken arayabiliriz.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="82"/>
        <location filename="../qml/TimePage.qml" line="112"/>
        <source>A short note for us (optional)</source>
        <translation>Bize kısa bir not (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="110"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Örneğin: tercihen saat 10&apos;dan sonra</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="9"/>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="13"/>
        <source>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</source>
        <translation>Verilerinizi korumak için terminal %1 içinde yeniden başlayacak. Girdiğiniz her şey silinecek.</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="19"/>
        <source>I need more time</source>
        <translation>Daha fazla zamana ihtiyacım var</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Bu ekranı sesli okur. Durdurmak için ekrana dokunun.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="85"/>
        <location filename="../qml/TopBar.qml" line="126"/>
        <source>Large text</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="95"/>
        <location filename="../qml/TopBar.qml" line="127"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="97"/>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="111"/>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="112"/>
        <source>Opens the list of languages.</source>
        <translation>Dil listesini açar.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="150"/>
        <source>The interpreter</source>
        <translation>Tercüman</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Konuştuğunuz görevli</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="37"/>
        <source>The picture is on its way …</source>
        <translation>Görüntü birazdan gelecek …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="78"/>
        <source>Good connection</source>
        <translation>Bağlantı iyi</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="79"/>
        <source>The picture may be jerky</source>
        <translation>Görüntü takılabilir</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="80"/>
        <source>Weak connection</source>
        <translation>Bağlantı zayıf</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="81"/>
        <source>Connecting the picture …</source>
        <translation>Görüntü bağlanıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is off</source>
        <translation>Mikrofon kapalı</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is on</source>
        <translation>Mikrofon açık</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it on</source>
        <translation>Açmak için dokunun</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it off</source>
        <translation>Kapatmak için dokunun</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="169"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="178"/>
        <source>Show a document</source>
        <translation>Belge göster</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="185"/>
        <source>End the call</source>
        <translation>Görüşmeyi bitir</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="25"/>
        <source>Before we call: a short check</source>
        <translation>Aramadan önce: kısa bir kontrol</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="69"/>
        <source>Starting the camera …</source>
        <translation>Kamera açılıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="76"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Bu sizsiniz. Lütfen yüzünüzü görebileceğiniz şekilde oturun.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="91"/>
        <source>The camera is not working.</source>
        <translation>Kamera çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="92"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Yine de konuşabilirsiniz. Görevli sizi duyar ama göremez.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="95"/>
        <source>You can see yourself in the picture.</source>
        <translation>Görüntüde kendinizi görüyorsunuz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="102"/>
        <source>The microphone is not working.</source>
        <translation>Mikrofon çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="103"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="105"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Görevli sizi duyamaz. Bunun yerine geri arama talep edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="106"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Bir şey söyleyin. Sizi duyduğumuzda çubuk hareket eder.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>The loudspeaker is not working.</source>
        <translation>Hoparlör çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="131"/>
        <source>Loudspeaker</source>
        <translation>Hoparlör</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="133"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Görevliyi duyamazsınız. Bunun yerine geri arama talep edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="134"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Düğmeye dokunun. Kısa bir ses duyuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="139"/>
        <source>Play a test sound</source>
        <translation>Test sesi çal</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="151"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="158"/>
        <source>Request a callback instead</source>
        <translation>Bunun yerine geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="164"/>
        <source>Call now</source>
        <translation>Şimdi ara</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="27"/>
        <source>Our colleague has ended the call.</source>
        <translation>Görevlimiz görüşmeyi sonlandırdı.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="28"/>
        <source>The call has ended.</source>
        <translation>Görüşme sona erdi.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="40"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Aradığınız için teşekkür ederiz. Başka bir şeye ihtiyacınız olursa istediğiniz zaman yeniden başlayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Teslim ettiğiniz sayfalar kaydedildi ve dosyanıza eklenecek.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="74"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Bu görüşmeden hiçbir şey bu terminalde saklanmaz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="84"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Bu ekran %1 sonra kendiliğinden kapanır.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="90"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="48"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Sayfalarınız hâlâ teslim ediliyor. Bu biraz sürer.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="70"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>Gösterdiğiniz ama teslim etmediğiniz sayfalar silindi.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>Bir kişiyle konuşun</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>Görüntülü, burada ve hemen şimdi. Hizmet ekibinden bir görevli yanıt verir.</translation>
    </message>
</context>
<context>
    <name>VideoLostPage</name>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="31"/>
        <source>The connection was lost.</source>
        <translation>Bağlantı koptu.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="43"/>
        <source>This was not your fault. The line to the office broke off.</source>
        <translation>Bu sizin hatanız değil. Kurumla olan hat koptu.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="48"/>
        <source>You can call again now. Or leave a callback request: we call you back at a time that suits you.</source>
        <translation>Şimdi tekrar arayabilirsiniz. Ya da geri arama talebi bırakın: sizi uygun olduğunuz bir zamanda geri ararız.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Teslim ettiğiniz sayfalar kaydedildi ve dosyanıza eklenecek.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="70"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="76"/>
        <source>Leave a callback request</source>
        <translation>Geri arama talep et</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="82"/>
        <source>Call again</source>
        <translation>Tekrar ara</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="13"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Şu anda aramanızı yanıtlayabilecek kimse yok.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Nobody could answer your call in time.</source>
        <translation>Maalesef aramanızı zamanında yanıtlayan olmadı.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Görüntülü görüşme şu anda mümkün değil.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="26"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Üzgünüz. Bunun yerine geri arama talep edin: sizi size uygun bir zamanda geri ararız. Yaklaşık 3 dakika sürer.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="59"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Diliniz aynı kalır. Bize yalnızca konunuzu, telefon numaranızı ve uygun bir zamanı söylemeniz yeterli.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="64"/>
        <source>Request a callback</source>
        <translation>Geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="73"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Yardım hattımızı da arayabilirsiniz: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="81"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="89"/>
        <source>Call again</source>
        <translation>Tekrar ara</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="59"/>
        <source>Remove page %1</source>
        <translation>%1. sayfayı kaldır</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="78"/>
        <source>Your case worker can see this page.</source>
        <translation>Görüştüğünüz çalışan bu sayfayı görebiliyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="79"/>
        <source>On its way to your case worker …</source>
        <translation>Görüştüğünüz çalışana gönderiliyor …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="40"/>
        <source>Show a document</source>
        <translation>Belge göster</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="52"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="53"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Bu alanı kapatır. Sayfalarınız burada kalır.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="125"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Teslim etmediğiniz sayfalar görüşme bitince silinir.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="152"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Sayfalarınız burada görünecek. Görüştüğünüz çalışan da onları aynı anda görür.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml" line="186"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n sayfa teslim edildi. Dosyanıza eklenecek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="193"/>
        <source>Your reference number</source>
        <translation>Başvuru numaranız</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="227"/>
        <source>Handing in your pages …</source>
        <translation>Sayfalarınız teslim ediliyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="228"/>
        <source>Hand in these pages</source>
        <translation>Bu sayfaları teslim et</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="229"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Sayfalar Jobcenter&apos;daki dosyanıza eklenir.</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="47"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Bir görevli yanıt verdi. Bağlanıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Birazdan bir görevli sizinle olacak.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="62"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Aramanız şu anda ofiste çalıyor. Lütfen ekranın önünde kalın.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Hizmet ekibini arıyoruz. Lütfen ekranın önünde kalın.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="73"/>
        <source>Waiting time: %1</source>
        <translation>Bekleme süresi: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="81"/>
        <source>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</source>
        <translation>En fazla %1 boyunca çalar. O zamana kadar kimse yanıt veremezse geri arama talep edebilir veya tekrar arayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="89"/>
        <source>Cancel the call</source>
        <translation>Aramayı iptal et</translation>
    </message>
</context>
</TS>
