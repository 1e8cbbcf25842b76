<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9" />
        <source>What is your call about?</source>
        <translation>Worum geht es bei Ihrem Anruf?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10" />
        <source>How can we reach you?</source>
        <translation>Wie erreichen wir Sie?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11" />
        <source>When may we call you?</source>
        <translation>Wann dürfen wir Sie anrufen?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12" />
        <source>Your details are protected</source>
        <translation>Ihre Daten sind geschützt</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13" />
        <source>Is everything correct?</source>
        <translation>Ist alles richtig?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53" />
        <source>Back to start</source>
        <translation>Zurück zum Start</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61" />
        <source>Back to the summary</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69" />
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69" />
        <source>Send request</source>
        <translation>Rückruf anfordern</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../viewmodels/texts.py" line="19" />
        <source>Please choose what your call is about.</source>
        <translation>Bitte wählen Sie, worum es bei Ihrem Anruf geht.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="22" />
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="23" />
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Bitte geben Sie die Telefonnummer ein, unter der wir Sie erreichen.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="26" />
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Das ist keine Telefonnummer. Bitte geben Sie nur Ziffern ein, zum Beispiel 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="30" />
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Diese Telefonnummer ist nicht vollständig. Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="34" />
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Diese BG-Nummer stimmt so nicht. Sie hat 5 Ziffern, dann BG, dann 7 Ziffern, zum Beispiel 12345BG1234567. Sie können das Feld auch leer lassen.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="39" />
        <source>Please choose at least one time when we may call you.</source>
        <translation>Bitte wählen Sie mindestens eine Zeit, zu der wir Sie anrufen dürfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewmodels/texts.py" line="42" />
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation><numerusform>Ihre Nachricht ist zu lang. Bitte kürzen Sie sie auf %n Zeichen.</numerusform><numerusform>Ihre Nachricht ist zu lang. Bitte kürzen Sie sie auf %n Zeichen.</numerusform></translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="48" />
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Wir können Sie nur zurückrufen, wenn Sie zustimmen. Bitte tippen Sie oben auf das Feld.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="58" />
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Dieses Terminal kann gerade keine Anfragen annehmen. Ihre Angaben sind noch da. Bitte rufen Sie uns an unter %1 oder fragen Sie am Empfang.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="64" />
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Ihre Anfrage konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da. Bitte versuchen Sie es noch einmal oder rufen Sie uns an unter %1.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="74" />
        <source>dddd, d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="86" />
        <source>%1 – %2</source>
        <translation>%1 – %2 Uhr</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="97" />
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Wir rufen Sie am %1 zwischen %2 und %3 Uhr an.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="101" />
        <source>Or on %1 between %2 and %3.</source>
        <translation>Oder am %1 zwischen %2 und %3 Uhr.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="112" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../qml/ContactPage.qml" line="7" />
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17" />
        <source>Phone number for the callback</source>
        <translation>Telefonnummer für den Rückruf</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18" />
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Handy oder Festnetz, zum Beispiel 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29" />
        <source>BG number (optional)</source>
        <translation>BG-Nummer (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30" />
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Sie steht auf Briefen vom Jobcenter, zum Beispiel 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="15" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="24" />
        <source>What would you like to do? Tap a tile.</source>
        <translation>Was möchten Sie tun? Tippen Sie auf eine Fläche.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="36" />
        <location filename="../qml/HomeScreen.qml" line="61" />
        <source>Request a callback</source>
        <translation>Rückruf anfordern</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37" />
        <source>We call you back at a time that suits you.</source>
        <translation>Wir rufen Sie zurück, wann es Ihnen passt.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="70" />
        <source>We call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Wir rufen Sie zurück, wann es Ihnen passt. Das dauert etwa 3 Minuten.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="100" />
        <source>Would you rather talk to someone?</source>
        <translation>Sie möchten lieber mit jemandem sprechen?</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="110" />
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Rufen Sie unsere Hotline an unter %1 oder fragen Sie am Empfang. Wir helfen Ihnen gern.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60" />
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>Ich bin einverstanden, dass das Jobcenter meine Angaben speichert, um mich zurückzurufen.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="29" />
        <source>Your request is saved.</source>
        <translation>Ihre Anfrage ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="50" />
        <source>Your reference number</source>
        <translation>Ihre Vorgangsnummer</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="68" />
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Bitte schreiben Sie sie auf oder machen Sie ein Foto. Sie brauchen sie vielleicht, wenn Sie uns anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="91" />
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Wenn Sie den Anruf verpassen, versuchen wir es noch einmal. Sie können uns auch jederzeit anrufen unter %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="100" />
        <source>This screen closes by itself in %n seconds.</source>
        <translation><numerusform>Diese Anzeige schließt sich in %n Sekunde von selbst.</numerusform><numerusform>Diese Anzeige schließt sich in %n Sekunden von selbst.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="106" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="22" />
        <source>Questions? Call us: %1</source>
        <translation>Fragen? Rufen Sie uns an: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="30" />
        <source>Opening hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17" />
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6" />
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Bitte prüfen Sie Ihre Angaben. Tippen Sie auf „Ändern“, um etwas zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15" />
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="22" />
        <source>Name and phone</source>
        <translation>Name und Telefon</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24" />
        <source>BG number: %1</source>
        <translation>BG-Nummer: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30" />
        <source>Times for the call</source>
        <translation>Zeiten für den Anruf</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32" />
        <source>Your note: %1</source>
        <translation>Ihre Nachricht: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41" />
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44" />
        <source>Change: %1</source>
        <translation>Ändern: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7" />
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Tippen Sie jede Zeit an, die Ihnen passt. Je mehr Zeiten Sie wählen, desto eher können wir anrufen.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="76" />
        <location filename="../qml/TimePage.qml" line="106" />
        <source>A short note for us (optional)</source>
        <translation>Eine kurze Nachricht an uns (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104" />
        <source>For example: best after 10 o'clock, please</source>
        <translation>Zum Beispiel: bitte erst nach 10 Uhr</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="29" />
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="39" />
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation><numerusform>Zum Schutz Ihrer Daten beginnt das Terminal in %n Sekunde von vorn. Alles, was Sie eingegeben haben, wird dann gelöscht.</numerusform><numerusform>Zum Schutz Ihrer Daten beginnt das Terminal in %n Sekunden von vorn. Alles, was Sie eingegeben haben, wird dann gelöscht.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="45" />
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="41" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>
