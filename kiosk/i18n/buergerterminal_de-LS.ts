<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="129"/>
        <source>Scanning a test page…</source>
        <translation>Test-Seite wird gescannt …</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="146"/>
        <source>Enrolling…</source>
        <translation>Wird angemeldet …</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="215"/>
        <source>Admin mode is not set up.</source>
        <translation>Die Verwaltung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="224"/>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="139"/>
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
        <translation>Die PIN ist falsch. Versuchen Sie es in %1 Sekunden noch einmal.</translation>
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
        <location filename="../qml/AdminOverlay.qml" line="197"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="198"/>
        <source>Scan a test page</source>
        <translation>Test-Seite scannen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="199"/>
        <source>Send queue now</source>
        <translation>Warteschlange jetzt senden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="200"/>
        <source>Show log</source>
        <translation>Protokoll zeigen</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="201"/>
        <source>Restart app</source>
        <translation>App neu starten</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="202"/>
        <source>Leave admin mode</source>
        <translation>Verwaltung beenden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="223"/>
        <source>Enroll again</source>
        <translation>Neu anmelden</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="226"/>
        <source>Backoffice URL</source>
        <translation>Adresse vom Backoffice</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="227"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="230"/>
        <source>Enroll</source>
        <translation>Anmelden</translation>
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
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Back to the summary</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
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
        <location filename="../journeys/callback/texts.py" line="19"/>
        <source>Please choose what your call is about.</source>
        <translation>Bitte wählen Sie: Worum geht es?</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="22"/>
        <source>Please enter your name.</source>
        <translation>Bitte schreiben Sie Ihren Namen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Bitte schreiben Sie Ihre Telefon-Nummer.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="26"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Das ist keine Telefon-Nummer. Bitte schreiben Sie nur Zahlen. Zum Beispiel: 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="30"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Die Telefon-Nummer ist nicht vollständig. Bitte prüfen Sie die Zahlen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="34"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Die BG-Nummer stimmt nicht. So sieht sie aus: 5 Zahlen. Dann BG. Dann 7 Zahlen. Zum Beispiel: 12345BG1234567. Sie können das Feld auch leer lassen.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="39"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Bitte wählen Sie mindestens eine Zeit für den Anruf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="42"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Ihre Nachricht ist zu lang. Bitte schreiben Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Ihre Nachricht ist zu lang. Bitte schreiben Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="48"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Wir rufen nur an, wenn Sie einverstanden sind. Bitte tippen Sie oben auf das Feld.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="58"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Das Terminal nimmt gerade keine Anfragen an. Ihre Angaben sind noch da. Bitte rufen Sie uns an: %1. Oder fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="64"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Ihre Anfrage wurde nicht gespeichert. Ihre Angaben sind noch da. Bitte versuchen Sie es noch einmal. Oder rufen Sie uns an: %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="74"/>
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="86"/>
        <source>%1 – %2</source>
        <translation>%1 bis %2 Uhr</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="97"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Wir rufen Sie am %1 an. Wir rufen zwischen %2 und %3 Uhr an.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="101"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Oder am %1 zwischen %2 und %3 Uhr.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="112"/>
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
        <translation>Handy oder Telefon zu Hause. Zum Beispiel: 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>BG-Nummer (wenn Sie die Nummer haben)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Die Nummer steht auf Briefen vom Jobcenter. Zum Beispiel: 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>Mit der BG-Nummer kommen Ihre Papiere schneller in die richtige Akte. Sie haben die Nummer nicht dabei? Dann tippen Sie auf „Weiter“.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>BG-Nummer (wenn Sie die Nummer haben)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Die Nummer steht auf Briefen vom Jobcenter. Zum Beispiel: 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="9"/>
        <source>What kind of document is it?</source>
        <translation>Was für ein Papier ist es?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>Do you know your BG number?</source>
        <translation>Kennen Sie Ihre BG-Nummer?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Scan your pages</source>
        <translation>Scannen Sie Ihre Seiten</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Check and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="82"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Ihre Unterlagen werden jetzt gespeichert. Bitte warten Sie kurz.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="99"/>
        <source>Sending …</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="61"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Send documents</source>
        <translation>Papiere senden</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="13"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Diese Seite ist leer. Ist es eine leere Rückseite? Dann können Sie die Seite entfernen.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="17"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Oben fehlt ein Stück von der Seite. Legen Sie die ganze Seite auf das Glas. Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="21"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Unten fehlt ein Stück von der Seite. Legen Sie die ganze Seite auf das Glas. Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="26"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Links fehlt ein Stück von der Seite. Legen Sie die ganze Seite auf das Glas. Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="31"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Rechts fehlt ein Stück von der Seite. Legen Sie die ganze Seite auf das Glas. Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="36"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Es fehlen Stücke von der Seite. Legen Sie die ganze Seite auf das Glas. Scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="40"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Die Seite ist zu dunkel. Bitte scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Die Seite ist sehr hell. Man kann sie vielleicht schlecht lesen. Bitte scannen Sie die Seite noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="53"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Das Papier steckt im Scanner fest. Bitte nehmen Sie das Papier vorsichtig heraus. Legen Sie die anderen Seiten wieder ein. Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Der Deckel vom Scanner ist offen. Bitte machen Sie den Deckel zu. Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="62"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>Im Einzug ist kein Papier. Bitte legen Sie Ihre Seiten ein. Dann tippen Sie auf „Weitere Seiten scannen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="66"/>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Der Scanner geht gerade nicht. Bitte fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="74"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Der Scanner arbeitet noch. Bitte warten Sie kurz. Dann versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="77"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Das Scannen ist abgebrochen. Die Seiten von vorher sind noch da.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="83"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Am Scanner gibt es ein Problem. Bitte versuchen Sie es noch einmal. Oder fragen Sie am Empfang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="91"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Ihre Seite von vorher ist noch da.</numerusform>
            <numerusform>Ihre %n Seiten von vorher sind noch da.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="97"/>
        <source>Scanning page %1 …</source>
        <translation>Seite %1 wird gescannt …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="103"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Bitte schauen Sie sich Seite %1 noch einmal an. Scannen Sie die Seite neu. Oder tippen Sie auf „So lassen“.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="110"/>
        <source>Please scan at least one page.</source>
        <translation>Bitte scannen Sie mindestens eine Seite.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="114"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Bitte wählen Sie: Was für ein Papier ist es?</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="120"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Ein Papier kann höchstens %n Seite haben. Bitte geben Sie die anderen Seiten als zweites Papier ab.</numerusform>
            <numerusform>Ein Papier kann höchstens %n Seiten haben. Bitte geben Sie die anderen Seiten als zweites Papier ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="46"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="66"/>
        <source>This page looks good.</source>
        <translation>Diese Seite ist gut.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="79"/>
        <source>Scan again</source>
        <translation>Neu scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="87"/>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Seite %1 nach rechts drehen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="96"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="105"/>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Legen Sie alle Seiten in den Einzug. Die Schrift zeigt nach oben. Der obere Rand kommt zuerst.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Legen Sie eine Seite auf das Glas. Die Schrift zeigt nach unten. Die Seite liegt in der Ecke mit dem Pfeil. Machen Sie den Deckel zu.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="42"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Ihre Papiere sind gespeichert. Wir schicken sie an das Jobcenter.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ihre Nummer für Rückfragen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="87"/>
        <source>Document</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="103"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="119"/>
        <source>Handed in</source>
        <translation>Abgegeben am</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="136"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Bitte schreiben Sie die Nummer auf. Oder machen Sie ein Foto. Mit der Nummer finden wir Ihre Papiere.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="147"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Bitte nehmen Sie Ihre Papiere mit. Auf dem Terminal kann niemand Ihre Papiere lesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReceiptPage.qml" line="157"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Diese Seite geht in %n Sekunde von selbst zu.</numerusform>
            <numerusform>Diese Seite geht in %n Sekunden von selbst zu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="163"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="12"/>
        <source>Document</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="19"/>
        <source>BG number</source>
        <translation>BG-Nummer</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="20"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="26"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReviewPage.qml" line="27"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Sie haben %n Seite gescannt.</numerusform>
            <numerusform>Sie haben %n Seiten gescannt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the pages</source>
        <translation>Seiten scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the page</source>
        <translation>Seite scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="53"/>
        <source>Scan more pages</source>
        <translation>Weitere Seiten scannen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="62"/>
        <source>Scanning the page again …</source>
        <translation>Die Seite wird neu gescannt …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="85"/>
        <source>Stop scanning</source>
        <translation>Scannen abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="114"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Ihre Seiten kommen hier, wenn sie gescannt sind. Sie können jede Seite ansehen. Danach senden Sie die Seiten.</translation>
    </message>
</context>
<context>
    <name>DocumentsSummaryRow</name>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="8"/>
        <source>Tap the kind of document you want to hand in. For a different kind, start again afterwards.</source>
        <translation>Tippen Sie auf die Art von Papier. Sie haben noch eine andere Art? Dann fangen Sie danach neu an.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="26"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Was möchten Sie machen? Tippen Sie auf ein Feld.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="57"/>
        <source>Request a callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="58"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Wir rufen Sie an. Sie sagen uns, wann.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="67"/>
        <source>Hand in documents</source>
        <translation>Papiere abgeben</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="68"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Scannen Sie hier Ihre Papiere. Die Papiere kommen direkt in Ihre Akte.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="105"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Rufen Sie uns an: %1. Oder fragen Sie am Empfang. Wir helfen Ihnen gern.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="53"/>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="121"/>
        <source>Close</source>
        <translation>Schließen</translation>
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
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="42"/>
        <source>Your request is saved.</source>
        <translation>Ihre Anfrage ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ihre Nummer für Rückfragen</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="81"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Bitte schreiben Sie die Nummer auf. Oder machen Sie ein Foto. Vielleicht brauchen Sie die Nummer, wenn Sie uns anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="104"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Sie verpassen den Anruf? Dann rufen wir noch einmal an. Sie können uns auch selbst anrufen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="113"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Diese Seite geht in %n Sekunde von selbst zu.</numerusform>
            <numerusform>Diese Seite geht in %n Sekunden von selbst zu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="119"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="26"/>
        <source>Questions? Call us: %1</source>
        <translation>Fragen? Rufen Sie uns an: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="37"/>
        <source>Opening hours: %1</source>
        <translation>Offen: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Bitte prüfen Sie Ihre Angaben. Etwas ist falsch? Dann tippen Sie auf „Ändern“.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="22"/>
        <source>Name and phone</source>
        <translation>Name und Telefon</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24"/>
        <source>BG number: %1</source>
        <translation>BG-Nummer: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30"/>
        <source>Times for the call</source>
        <translation>Zeiten für den Anruf</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Your note: %1</source>
        <translation>Ihre Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Tippen Sie auf alle Zeiten, die gut für Sie sind. Mehr Zeiten heißt: Wir können früher anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="76"/>
        <location filename="../qml/TimePage.qml" line="106"/>
        <source>A short note for us (optional)</source>
        <translation>Eine kurze Nachricht an uns (wenn Sie möchten)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Zum Beispiel: bitte erst nach 10 Uhr</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="43"/>
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation>
            <numerusform>Das Terminal fängt in %n Sekunde neu an. Dann löschen wir alles, was Sie geschrieben haben. So schützen wir Ihre Daten.</numerusform>
            <numerusform>Das Terminal fängt in %n Sekunden neu an. Dann löschen wir alles, was Sie geschrieben haben. So schützen wir Ihre Daten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="49"/>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="65"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Liest diese Seite vor. Tippen Sie auf den Bildschirm: Dann hört das Vorlesen auf.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="71"/>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="82"/>
        <source>High contrast</source>
        <translation>Starker Kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="93"/>
        <source>Opens the list of languages.</source>
        <translation>Zeigt alle Sprachen.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Die Person, mit der Sie sprechen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="28"/>
        <source>The picture is on its way …</source>
        <translation>Das Bild kommt gleich …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="66"/>
        <source>Good connection</source>
        <translation>Gute Verbindung</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="67"/>
        <source>The picture may be jerky</source>
        <translation>Das Bild kann ruckeln</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="68"/>
        <source>Weak connection</source>
        <translation>Schlechte Verbindung</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="69"/>
        <source>Connecting the picture …</source>
        <translation>Das Bild wird verbunden …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Microphone is off</source>
        <translation>Das Mikrofon ist aus</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Mute microphone</source>
        <translation>Mikrofon aus-schalten</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="137"/>
        <source>Show a document</source>
        <translation>Ein Papier zeigen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="152"/>
        <source>End the call</source>
        <translation>Gespräch beenden</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="22"/>
        <source>Before we call: a short check</source>
        <translation>Zuerst ein kurzer Test</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="60"/>
        <source>Starting the camera …</source>
        <translation>Die Kamera startet …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="67"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Das sind Sie. Ihr Gesicht soll gut zu sehen sein. Bitte setzen Sie sich passend hin.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="82"/>
        <source>The camera is not working.</source>
        <translation>Die Kamera geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="83"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="85"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Sie können trotzdem sprechen. Die Person hört Sie. Aber die Person sieht Sie nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="86"/>
        <source>You can see yourself in the picture.</source>
        <translation>Sie sehen sich selbst im Bild.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="93"/>
        <source>The microphone is not working.</source>
        <translation>Das Mikrofon geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="96"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Die Person kann Sie nicht hören. Wir können Sie aber zurück-rufen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="97"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Sagen Sie etwas. Hören wir Sie? Dann bewegt sich der Balken.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="121"/>
        <source>The loudspeaker is not working.</source>
        <translation>Der Laut-Sprecher geht nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="122"/>
        <source>Loudspeaker</source>
        <translation>Laut-Sprecher</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="124"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Sie können die Person nicht hören. Wir können Sie aber zurück-rufen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="125"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Tippen Sie auf den Knopf. Hören Sie einen kurzen Ton?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>Play a test sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="142"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="149"/>
        <source>Request a callback instead</source>
        <translation>Lieber einen Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="154"/>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="29"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist weg.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="30"/>
        <source>Our colleague has ended the call.</source>
        <translation>Die Person hat das Gespräch beendet.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="31"/>
        <source>The call has ended.</source>
        <translation>Das Gespräch ist zu Ende.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="44"/>
        <source>We are sorry. If you still need help, start a new call or leave a callback request.</source>
        <translation>Das tut uns leid. Brauchen Sie noch Hilfe? Dann rufen Sie noch einmal an. Oder wir rufen Sie zurück.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="45"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Danke für Ihren Anruf. Brauchen Sie noch etwas? Dann fangen Sie einfach neu an.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="50"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Das Terminal speichert nichts von dem Gespräch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoEndedPage.qml" line="60"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Diese Seite geht in %n Sekunde von selbst zu.</numerusform>
            <numerusform>Diese Seite geht in %n Sekunden von selbst zu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="67"/>
        <source>Request a callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="72"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you handed in go to your file. Your reference number: %1</source>
        <translation>Ihre Seiten kommen in Ihre Akte. Ihre Nummer für Rückfragen: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Ihre Seiten werden gerade abgegeben. Bitte warten Sie kurz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>Sie haben Seiten gezeigt und nicht abgegeben. Wir haben diese Seiten gelöscht.</translation>
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
        <translation>Per Video. Jetzt gleich. Eine Person vom Service-Team hilft Ihnen.</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Gerade hat niemand Zeit für Ihren Anruf.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>Nobody could answer your call in time.</source>
        <translation>Niemand konnte Ihren Anruf annehmen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="16"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Ein Video-Gespräch geht gerade nicht.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="27"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Das tut uns leid. Wir können Sie aber zurück-rufen. Sie sagen uns, wann. Das dauert etwa 3 Minuten.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="57"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Ihre Sprache bleibt gleich. Sie sagen uns nur 3 Dinge: Worum geht es? Ihre Telefon-Nummer. Wann passt es Ihnen?</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="62"/>
        <source>Request a callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="69"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Sie können uns auch anrufen: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="75"/>
        <source>Back to start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Eine Person hat angenommen. Das Gespräch startet …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="49"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Gleich ist eine Person für Sie da.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Ihr Anruf klingelt jetzt im Büro. Bitte bleiben Sie vor dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="64"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Wir rufen das Service-Team an. Bitte bleiben Sie vor dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="74"/>
        <source>Waiting time: %1:%2</source>
        <translation>Warte-Zeit: %1:%2</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="83"/>
        <source>Cancel the call</source>
        <translation>Anruf abbrechen</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Remove page %1</source>
        <translation>Seite %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Your case worker can see this page.</source>
        <translation>Ihre Ansprech-Person sieht diese Seite jetzt.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>On its way to your case worker …</source>
        <translation>Die Seite geht gerade an Ihre Ansprech-Person …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Show a document</source>
        <translation>Ein Papier zeigen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Der Bereich geht zu. Ihre Seiten bleiben da.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Sie geben eine Seite nicht ab? Dann löschen wir die Seite am Ende vom Gespräch.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Ihre Seiten kommen hier hin. Ihre Ansprech-Person sieht die Seiten auch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>Sie haben %n Seite abgegeben. Die Seite kommt in Ihre Akte.</numerusform>
            <numerusform>Sie haben %n Seiten abgegeben. Die Seiten kommen in Ihre Akte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your reference number</source>
        <translation>Ihre Nummer für Rückfragen</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Handing in your pages …</source>
        <translation>Wir geben Ihre Seiten ab …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Hand in these pages</source>
        <translation>Diese Seiten abgeben</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Die Seiten kommen in Ihre Akte beim Jobcenter.</translation>
    </message>
</context>
</TS>
