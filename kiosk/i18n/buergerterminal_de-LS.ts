<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Sie sprechen mit: %1.
Team: %2.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="25"/>
        <source>You are talking to %1.</source>
        <translation>Sie sprechen mit: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="32"/>
        <source>Interpreter %1 (%2) has joined the call.</source>
        <translation>Eine Person zum Übersetzen ist jetzt dabei: %1.
Sprache: %2.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="30"/>
        <source>Interpreter %1 (%2) has joined the call by voice only.</source>
        <translation>Eine Person zum Übersetzen ist jetzt dabei: %1.
Sprache: %2.
Sie hören die Person.
Sie sehen die Person nicht.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="38"/>
        <source>The interpreter has left the call.</source>
        <translation>Die Person zum Übersetzen ist jetzt nicht mehr dabei.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="42"/>
        <source>Reconnecting …</source>
        <translation>Die Verbindung ist weg.
Wir verbinden Sie wieder …</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="46"/>
        <source>Please wait. The call goes on as soon as the connection is back.</source>
        <translation>Bitte warten Sie.
Das Gespräch geht gleich weiter.</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>Wie erreichen wir Sie?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>Wann dürfen wir anrufen?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>Ihre Daten sind sicher</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>Ist alles richtig?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Back to the summary</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>Rückruf anfordern</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="20"/>
        <source>Please choose what your call is about.</source>
        <translation>Bitte wählen Sie: Worum geht es?</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter your name.</source>
        <translation>Bitte schreiben Sie Ihren Namen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="24"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Bitte schreiben Sie Ihre Telefon-Nummer.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="27"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Das ist keine Telefon-Nummer.
Bitte schreiben Sie nur Zahlen.
Zum Beispiel: 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="31"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Die Telefon-Nummer ist nicht vollständig.
Bitte prüfen Sie die Zahlen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="35"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Die BG-Nummer stimmt nicht.
So sieht sie aus: 5 Zahlen.
Dann BG.
Dann 7 Zahlen.
Zum Beispiel: 12345BG1234567.
Sie können das Feld auch leer lassen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="40"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Bitte wählen Sie mindestens eine Zeit für den Anruf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="43"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Ihre Nachricht ist zu lang.
Bitte schreiben Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Ihre Nachricht ist zu lang.
Bitte schreiben Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="49"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Wir rufen nur an, wenn Sie einverstanden sind.
Bitte tippen Sie oben auf das Feld.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="60"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Das Gerät nimmt gerade keine Anfragen an.
Ihre Angaben sind noch da.
Bitte rufen Sie uns an: %1.
Oder fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="66"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</source>
        <translation>Das Gerät nimmt gerade keine Anfragen an.
Ihre Angaben sind noch da.
Bitte rufen Sie uns an: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="72"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Ihre Anfrage wurde nicht gespeichert.
Ihre Angaben sind noch da.
Bitte versuchen Sie es noch einmal.
Oder rufen Sie uns an: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="87"/>
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1 bis %2 Uhr</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="116"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Wir rufen Sie am %1 an.
Wir rufen zwischen %2 und %3 Uhr an.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="120"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Oder am %1 zwischen %2 und %3 Uhr.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="131"/>
        <source>%1 / %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../qml/ContactPage.qml" line="7"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>Ihre Telefon-Nummer</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Handy oder Telefon zu Hause.
Zum Beispiel: 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>BG-Nummer (wenn Sie die Nummer haben)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Die BG-Nummer ist Ihre Nummer beim Jobcenter.
Sie steht auf Briefen vom Jobcenter.
Zum Beispiel: 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>Mit der BG-Nummer kommen Ihre Papiere schneller in die richtige Akte.
In der Akte sind alle Ihre Papiere beim Jobcenter.
Sie haben die Nummer nicht dabei?
Dann tippen Sie auf „Weiter“.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>BG-Nummer (wenn Sie die Nummer haben)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Die BG-Nummer ist Ihre Nummer beim Jobcenter.
Sie steht auf Briefen vom Jobcenter.
Zum Beispiel: 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind of document is it?</source>
        <translation>Was für ein Papier ist es?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind is your next document?</source>
        <translation>Was für ein Papier ist das nächste?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Do you know your BG number?</source>
        <translation>Kennen Sie Ihre BG-Nummer?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Scan your pages</source>
        <translation>Scannen Sie Ihre Seiten</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="13"/>
        <source>Check and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="59"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Ihre Unterlagen werden jetzt gespeichert.
Bitte warten Sie kurz.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="100"/>
        <source>Sending …</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="90"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Send documents</source>
        <translation>Papiere senden</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="16"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Diese Seite ist leer.
Ist es eine leere Rückseite?
Dann können Sie die Seite entfernen.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="20"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Oben fehlt ein Stück von der Seite.
Legen Sie die ganze Seite auf das Glas.
Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="24"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Unten fehlt ein Stück von der Seite.
Legen Sie die ganze Seite auf das Glas.
Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="29"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Links fehlt ein Stück von der Seite.
Legen Sie die ganze Seite auf das Glas.
Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="34"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Rechts fehlt ein Stück von der Seite.
Legen Sie die ganze Seite auf das Glas.
Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="39"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Es fehlen Stücke von der Seite.
Legen Sie die ganze Seite auf das Glas.
Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Die Seite ist zu dunkel.
Bitte scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="46"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Die Seite ist sehr hell.
Man kann sie vielleicht schlecht lesen.
Bitte scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="63"/>
        <source>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</source>
        <translation>Der Scanner geht gerade nicht.
Bitte rufen Sie uns an.
Oder sprechen Sie mit uns per Video.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Das Papier steckt im Scanner fest.
Bitte nehmen Sie das Papier vorsichtig heraus.
Legen Sie die anderen Seiten wieder ein.
Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="75"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Der Deckel vom Scanner ist offen.
Bitte machen Sie den Deckel zu.
Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="79"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>Im Einzug ist kein Papier.
Bitte legen Sie Ihre Seiten ein.
Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Der Scanner geht gerade nicht.
Bitte fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="85"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Der Scanner arbeitet noch.
Bitte warten Sie kurz.
Dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="88"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Das Scannen ist abgebrochen.
Die Seiten von vorher sind noch da.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="93"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Am Scanner gibt es ein Problem.
Bitte versuchen Sie es noch einmal.
Oder fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="98"/>
        <source>Something went wrong at the scanner. Please try again, or call our hotline.</source>
        <translation>Am Scanner gibt es ein Problem.
Bitte versuchen Sie es noch einmal.
Oder rufen Sie uns an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="107"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Ihre Seite von vorher ist noch da.</numerusform>
            <numerusform>Ihre %n Seiten von vorher sind noch da.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="117"/>
        <source>Page %1 was removed.</source>
        <translation>Sie haben Seite %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="123"/>
        <source>Scanning page %1 …</source>
        <translation>Seite %1 wird gescannt …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="129"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Bitte schauen Sie sich Seite %1 noch einmal an.
Scannen Sie die Seite neu.
Oder tippen Sie auf „So lassen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="136"/>
        <source>Please scan at least one page.</source>
        <translation>Bitte scannen Sie mindestens eine Seite.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="140"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Bitte wählen Sie: Was für ein Papier ist es?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="146"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Ein Papier kann höchstens %n Seite haben.
Bitte geben Sie die anderen Seiten als zweites Papier ab.</numerusform>
            <numerusform>Ein Papier kann höchstens %n Seiten haben.
Bitte geben Sie die anderen Seiten als zweites Papier ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="55"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="48"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="75"/>
        <source>This page looks good.</source>
        <translation>Diese Seite ist gut.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <location filename="../qml/DocumentsPageCard.qml" line="107"/>
        <source>Scan again</source>
        <translation>Neu scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="114"/>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="117"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Seite %1 nach rechts drehen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="122"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="58"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="125"/>
        <source>You can undo this.</source>
        <translation>Sie können die Seite zurückholen.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="99"/>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Scannen heißt: Das Gerät macht ein Bild von Ihren Seiten.
Legen Sie alle Seiten in den Einzug.
Die Schrift zeigt nach oben.
Der obere Rand kommt zuerst.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Scannen heißt: Das Gerät macht ein Bild von Ihrer Seite.
Legen Sie eine Seite auf das Glas.
Die Schrift zeigt nach unten.
Die Seite liegt in der Ecke mit dem Pfeil.
Machen Sie den Deckel zu.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="6"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Ihre Papiere sind gespeichert.
Wir schicken sie an das Jobcenter.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="55"/>
        <source>Handed in: %1</source>
        <translation>Abgegeben am: %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="59"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Bitte schreiben Sie die Nummer auf.
Oder machen Sie ein Foto.
Mit der Nummer finden wir Ihre Papiere.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="64"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Bitte nehmen Sie Ihre Papiere mit.
Auf diesem Gerät kann niemand Ihre Papiere lesen.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="10"/>
        <source>BG number</source>
        <translation>BG-Nummer</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="11"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document %1</source>
        <translation>Papier %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="34"/>
        <source>Add a different kind of document</source>
        <translation>Noch ein anderes Papier abgeben</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="35"/>
        <source>For example a payslip as well as a bank statement. Your BG number is kept.</source>
        <translation>Zum Beispiel: Lohn-Abrechnung und Konto-Auszug.
Ihre BG-Nummer bleibt.</translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="26"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Sie haben %n Seite gescannt.</numerusform>
            <numerusform>Sie haben %n Seiten gescannt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>Scan the pages</source>
        <translation>Seiten scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="93"/>
        <source>Scan the page</source>
        <translation>Seite scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="40"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="94"/>
        <source>Scan more pages</source>
        <translation>Weitere Seiten scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="49"/>
        <source>Scanning the page again …</source>
        <translation>Die Seite wird neu gescannt …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="72"/>
        <source>Stop scanning</source>
        <translation>Scannen abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="111"/>
        <source>Undo</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="112"/>
        <source>Undo: put the page back</source>
        <translation>Zurückholen: Die Seite kommt wieder</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="133"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Ihre Seiten kommen hier, wenn sie gescannt sind.
Sie können jede Seite ansehen.
Danach senden Sie die Seiten.</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="9"/>
        <source>Tap the kind of your next document. Your BG number is kept.</source>
        <translation>Tippen Sie auf Ihr nächstes Papier.
Ihre BG-Nummer bleibt.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="10"/>
        <source>Tap the kind of document you want to hand in. You can add a different kind afterwards.</source>
        <translation>Tippen Sie auf Ihr Papier.
Sie haben noch ein anderes Papier?
Das können Sie danach abgeben.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../durations.py" line="21"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../durations.py" line="22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="9"/>
        <source>Help from a person</source>
        <translation>Hilfe von einem Menschen</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="14"/>
        <source>Please ask at the reception desk. Our staff are happy to help you.</source>
        <translation>Bitte fragen Sie am Empfang.
Der Empfang ist der Schalter am Eingang.
Dort hilft man Ihnen gern.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="15"/>
        <source>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</source>
        <translation>In dieser Kabine ist kein Mitarbeiter.
Trotzdem hilft Ihnen jemand.
Per Video: hier und jetzt.
Oder am Telefon.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>Call us: %1</source>
        <translation>Rufen Sie uns an: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>Opening hours: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>If you choose video, what you entered so far is deleted.</source>
        <translation>Sie wählen Video?
Dann löschen wir alles, was Sie bis jetzt geschrieben haben.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="41"/>
        <source>Talk to a person by video</source>
        <translation>Mit einem Menschen per Video sprechen</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="47"/>
        <source>Back to where I was</source>
        <translation>Zurück zu meiner Seite</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="40"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Was möchten Sie machen?
Tippen Sie auf ein Feld.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="84"/>
        <source>Request a callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="85"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Rückruf heißt: Wir rufen Sie an.
Sie sagen uns, wann.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="97"/>
        <source>Hand in documents</source>
        <translation>Papiere abgeben</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="98"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Scannen heißt: Das Gerät macht ein Bild von Ihrem Papier.
Das Bild kommt in Ihre Akte.
In der Akte sind alle Ihre Papiere beim Jobcenter.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="141"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Rufen Sie uns an: %1.
Oder fragen Sie am Empfang.
Wir helfen Ihnen gern.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="142"/>
        <source>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</source>
        <translation>Rufen Sie uns an: %1.
Oder sprechen Sie mit uns per Video.
Wir helfen Ihnen gern.</translation>
    </message>
</context>
<context>
    <name>JourneyTools</name>
    <message>
        <location filename="../qml/JourneyTools.qml" line="9"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="10"/>
        <source>Help from a person</source>
        <translation>Hilfe von einem Menschen</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="15"/>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="16"/>
        <source>Deletes what you entered and goes back to the start.</source>
        <translation>Löscht alles, was Sie geschrieben haben.
Dann sind Sie wieder am Anfang.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="50"/>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="118"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../qml/LanguageRow.qml" line="11"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>Ich bin einverstanden: Das Jobcenter speichert meine Daten für den Rückruf.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../receipt_qr.py" line="16"/>
        <source>Reference number: %1</source>
        <translation>Nummer für Rückfragen: %1</translation>
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
        <translation>Bild mit Ihrer Nummer und unserer Telefon-Nummer</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="85"/>
        <source>Photograph this code with your phone: it holds the reference number and our phone number.</source>
        <translation>Machen Sie mit Ihrem Handy ein Foto von diesem Bild.
Im Bild stehen Ihre Nummer und unsere Telefon-Nummer.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="103"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Diese Seite geht in %1 von selbst zu.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="110"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="6"/>
        <source>Your request is saved.</source>
        <translation>Ihre Anfrage ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="17"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Bitte schreiben Sie die Nummer auf.
Oder machen Sie ein Foto.
Vielleicht brauchen Sie die Nummer, wenn Sie uns anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="34"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Sie verpassen den Anruf?
Dann rufen wir noch einmal an.
Sie können uns auch selbst anrufen: %1.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="9"/>
        <source>Your reference number</source>
        <translation>Ihre Nummer für Rückfragen</translation>
    </message>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="14"/>
        <source>Your reference numbers</source>
        <translation>Ihre Nummern für Rückfragen</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/ScrollArea.qml" line="74"/>
        <source>More below</source>
        <translation>Unten geht es weiter</translation>
    </message>
    <message>
        <location filename="../qml/ScrollArea.qml" line="76"/>
        <source>Shows the rest of this page.</source>
        <translation>Zeigt den Rest von der Seite.</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="31"/>
        <source>Questions? Call us: %1</source>
        <translation>Fragen?
Rufen Sie uns an: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="42"/>
        <source>Opening hours: %1</source>
        <translation>Offen: %1</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="8"/>
        <source>Start over?</source>
        <translation>Neu anfangen?</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="11"/>
        <source>Everything you entered here will be deleted. Then you can start again from the beginning.</source>
        <translation>Wir löschen alles, was Sie hier geschrieben haben.
Dann fangen Sie von vorne an.</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="19"/>
        <source>No, go on</source>
        <translation>Nein, weiter machen</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="25"/>
        <source>Yes, start over</source>
        <translation>Ja, neu anfangen</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="32"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Bitte prüfen Sie Ihre Angaben.
Etwas ist falsch?
Dann tippen Sie auf „Ändern“.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="23"/>
        <source>Name and phone</source>
        <translation>Name und Telefon</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="25"/>
        <source>BG number: %1</source>
        <translation>BG-Nummer: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Times for the call</source>
        <translation>Zeiten für den Anruf</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="34"/>
        <source>Your note: %1</source>
        <translation>Ihre Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="75"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="79"/>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Tippen Sie auf alle Zeiten, die gut für Sie sind.
Mehr Zeiten heißt: Wir können früher anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="82"/>
        <location filename="../qml/TimePage.qml" line="112"/>
        <source>A short note for us (optional)</source>
        <translation>Eine kurze Nachricht an uns (wenn Sie möchten)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="110"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Zum Beispiel: bitte erst nach 10 Uhr</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="9"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="13"/>
        <source>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</source>
        <translation>Das Gerät fängt in %1 neu an.
Dann löschen wir alles, was Sie geschrieben haben.
So schützen wir Ihre Daten.</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="19"/>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Liest diese Seite vor.
Tippen Sie auf den Bildschirm: Dann hört das Vorlesen auf.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="85"/>
        <location filename="../qml/TopBar.qml" line="126"/>
        <source>Large text</source>
        <translation>Große Schrift</translation>
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
        <translation>Starker Kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="111"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="112"/>
        <source>Opens the list of languages.</source>
        <translation>Zeigt alle Sprachen.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="150"/>
        <source>The interpreter</source>
        <translation>Die Person zum Übersetzen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Die Person, mit der Sie sprechen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="37"/>
        <source>The picture is on its way …</source>
        <translation>Das Bild kommt gleich …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="78"/>
        <source>Good connection</source>
        <translation>Gute Verbindung</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="79"/>
        <source>The picture may be jerky</source>
        <translation>Das Bild kann ruckeln</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="80"/>
        <source>Weak connection</source>
        <translation>Schlechte Verbindung</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="81"/>
        <source>Connecting the picture …</source>
        <translation>Das Bild wird verbunden …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is off</source>
        <translation>Das Mikrofon ist aus</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is on</source>
        <translation>Mikrofon ist an</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it on</source>
        <translation>Tippen: Dann ist es an</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it off</source>
        <translation>Tippen: Dann ist es aus</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="169"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="178"/>
        <source>Show a document</source>
        <translation>Ein Papier zeigen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="185"/>
        <source>End the call</source>
        <translation>Gespräch beenden</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="25"/>
        <source>Before we call: a short check</source>
        <translation>Zuerst ein kurzer Test</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="69"/>
        <source>Starting the camera …</source>
        <translation>Die Kamera startet …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="76"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Das sind Sie.
Ihr Gesicht soll gut zu sehen sein.
Bitte setzen Sie sich passend hin.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="91"/>
        <source>The camera is not working.</source>
        <translation>Die Kamera geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="92"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Sie können trotzdem sprechen.
Die Person hört Sie.
Aber die Person sieht Sie nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="95"/>
        <source>You can see yourself in the picture.</source>
        <translation>Sie sehen sich selbst im Bild.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="102"/>
        <source>The microphone is not working.</source>
        <translation>Das Mikrofon geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="103"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="105"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Die Person kann Sie nicht hören.
Wir können Sie aber zurück-rufen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="106"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Sagen Sie etwas.
Hören wir Sie?
Dann bewegt sich der Balken.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>The loudspeaker is not working.</source>
        <translation>Der Laut-Sprecher geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="131"/>
        <source>Loudspeaker</source>
        <translation>Laut-Sprecher</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="133"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Sie können die Person nicht hören.
Wir können Sie aber zurück-rufen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="134"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Tippen Sie auf den Knopf.
Hören Sie einen kurzen Ton?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="139"/>
        <source>Play a test sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="151"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="158"/>
        <source>Request a callback instead</source>
        <translation>Lieber einen Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="164"/>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="27"/>
        <source>Our colleague has ended the call.</source>
        <translation>Die Person hat das Gespräch beendet.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="28"/>
        <source>The call has ended.</source>
        <translation>Das Gespräch ist zu Ende.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="40"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Danke für Ihren Anruf.
Brauchen Sie noch etwas?
Dann fangen Sie einfach neu an.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Sie haben Seiten abgegeben.
Die Seiten sind gespeichert.
Sie kommen in Ihre Akte.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="74"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Das Gerät speichert nichts von dem Gespräch.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="84"/>
        <source>This screen closes by itself in %1.</source>
        <translation>Diese Seite geht in %1 von selbst zu.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="90"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="48"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Ihre Seiten werden gerade abgegeben.
Bitte warten Sie kurz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="70"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>Sie haben Seiten gezeigt und nicht abgegeben.
Wir haben diese Seiten gelöscht.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>Mit einer Person sprechen</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>Per Video.
Jetzt gleich.
Eine Person vom Service-Team hilft Ihnen.</translation>
    </message>
</context>
<context>
    <name>VideoLostPage</name>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="31"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist weg.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="43"/>
        <source>This was not your fault. The line to the office broke off.</source>
        <translation>Das war nicht Ihr Fehler.
Die Leitung zum Jobcenter ist kaputt gegangen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="48"/>
        <source>You can call again now. Or leave a callback request: we call you back at a time that suits you.</source>
        <translation>Sie können jetzt noch einmal anrufen.
Oder wir rufen Sie an.
Das heißt Rückruf.
Sie sagen uns, wann es passt.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>Sie haben Seiten abgegeben.
Die Seiten sind gespeichert.
Sie kommen in Ihre Akte.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="70"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="76"/>
        <source>Leave a callback request</source>
        <translation>Um einen Rückruf bitten</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="82"/>
        <source>Call again</source>
        <translation>Noch einmal anrufen</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="13"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Gerade hat niemand Zeit für Ihren Anruf.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Nobody could answer your call in time.</source>
        <translation>Niemand konnte Ihren Anruf annehmen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Ein Video-Gespräch geht gerade nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="26"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Das tut uns leid.
Wir können Sie aber zurück-rufen.
Sie sagen uns, wann.
Das dauert etwa 3 Minuten.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="59"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Ihre Sprache bleibt gleich.
Sie sagen uns nur 3 Dinge: Worum geht es?
Ihre Telefon-Nummer.
Wann passt es Ihnen?</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="64"/>
        <source>Request a callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="73"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Sie können uns auch anrufen: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="81"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="89"/>
        <source>Call again</source>
        <translation>Noch einmal anrufen</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="59"/>
        <source>Remove page %1</source>
        <translation>Seite %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="78"/>
        <source>Your case worker can see this page.</source>
        <translation>Ihre Ansprech-Person sieht diese Seite jetzt.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="79"/>
        <source>On its way to your case worker …</source>
        <translation>Die Seite geht gerade an Ihre Ansprech-Person …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="40"/>
        <source>Show a document</source>
        <translation>Ein Papier zeigen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="52"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="53"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Der Bereich geht zu.
Ihre Seiten bleiben da.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="125"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Sie geben eine Seite nicht ab?
Dann löschen wir die Seite am Ende vom Gespräch.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="152"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Ihre Seiten kommen hier hin.
Ihre Ansprech-Person sieht die Seiten auch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml" line="186"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>Sie haben %n Seite abgegeben.
Die Seite kommt in Ihre Akte.</numerusform>
            <numerusform>Sie haben %n Seiten abgegeben.
Die Seiten kommen in Ihre Akte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="193"/>
        <source>Your reference number</source>
        <translation>Ihre Nummer für Rückfragen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="227"/>
        <source>Handing in your pages …</source>
        <translation>Wir geben Ihre Seiten ab …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="228"/>
        <source>Hand in these pages</source>
        <translation>Diese Seiten abgeben</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="229"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Die Seiten kommen in Ihre Akte beim Jobcenter.
In der Akte sind alle Ihre Papiere.</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="47"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Eine Person hat angenommen.
Das Gespräch startet …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Gleich ist eine Person für Sie da.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="62"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Ihr Anruf klingelt jetzt im Büro.
Bitte bleiben Sie vor dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Wir rufen das Service-Team an.
Bitte bleiben Sie vor dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="73"/>
        <source>Waiting time: %1</source>
        <translation>So lange warten Sie schon: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="81"/>
        <source>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</source>
        <translation>Es klingelt höchstens %1 lang.
Niemand nimmt an?
Dann rufen wir Sie später an.
Oder Sie rufen noch einmal an.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="89"/>
        <source>Cancel the call</source>
        <translation>Anruf abbrechen</translation>
    </message>
</context>
</TS>
