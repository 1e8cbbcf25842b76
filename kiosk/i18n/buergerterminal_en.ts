<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9" />
        <source>What is your call about?</source>
        <translation>What is your call about?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10" />
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11" />
        <source>When may we call you?</source>
        <translation>When may we call you?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12" />
        <source>Your details are protected</source>
        <translation>Your details are protected</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13" />
        <source>Is everything correct?</source>
        <translation>Is everything correct?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53" />
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61" />
        <source>Back to the summary</source>
        <translation>Back to the summary</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69" />
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../viewmodels/texts.py" line="19" />
        <source>Please choose what your call is about.</source>
        <translation>Please choose what your call is about.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="22" />
        <source>Please enter your name.</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="23" />
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Please enter the phone number we can reach you on.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="26" />
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>This is not a phone number. Please enter digits only, for example 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="30" />
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>This phone number is not complete. Please check the digits.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="34" />
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="39" />
        <source>Please choose at least one time when we may call you.</source>
        <translation>Please choose at least one time when we may call you.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewmodels/texts.py" line="42" />
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation><numerusform>Your note is too long. Please shorten it to %n character.</numerusform><numerusform>Your note is too long. Please shorten it to %n characters.</numerusform></translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="48" />
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>We can only call you back if you agree. Please tap the box above.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="58" />
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="64" />
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="74" />
        <source>dddd, d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="86" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="97" />
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>We will call you on %1 between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../viewmodels/texts.py" line="101" />
        <source>Or on %1 between %2 and %3.</source>
        <translation>Or on %1 between %2 and %3.</translation>
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
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17" />
        <source>Phone number for the callback</source>
        <translation>Phone number for the callback</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18" />
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Mobile or landline, for example 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29" />
        <source>BG number (optional)</source>
        <translation>BG number (optional)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30" />
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>You find it on letters from the job centre, for example 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="15" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="24" />
        <source>What would you like to do? Tap a tile.</source>
        <translation>What would you like to do? Tap a tile.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="36" />
        <location filename="../qml/HomeScreen.qml" line="61" />
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37" />
        <source>We call you back at a time that suits you.</source>
        <translation>We call you back at a time that suits you.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="70" />
        <source>We call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>We call you back at a time that suits you. It takes about 3 minutes.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="100" />
        <source>Would you rather talk to someone?</source>
        <translation>Would you rather talk to someone?</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="110" />
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Call our hotline on %1, or ask at the reception desk. We are happy to help.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60" />
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>I agree that the job centre stores my details to call me back.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="29" />
        <source>Your request is saved.</source>
        <translation>Your request is saved.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="50" />
        <source>Your reference number</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="68" />
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Please write it down or take a photo. You may need it if you call us.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="91" />
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>If you cannot take the call, we will try again. You can always call us on %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="100" />
        <source>This screen closes by itself in %n seconds.</source>
        <translation><numerusform>This screen closes by itself in %n second.</numerusform><numerusform>This screen closes by itself in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="106" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="22" />
        <source>Questions? Call us: %1</source>
        <translation>Questions? Call us: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="30" />
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17" />
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6" />
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Please check your details. Tap “Change” to correct something.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15" />
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="22" />
        <source>Name and phone</source>
        <translation>Name and phone</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24" />
        <source>BG number: %1</source>
        <translation>BG number: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30" />
        <source>Times for the call</source>
        <translation>Times for the call</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32" />
        <source>Your note: %1</source>
        <translation>Your note: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44" />
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7" />
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Tap every time that suits you. The more you choose, the sooner we can call.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="76" />
        <location filename="../qml/TimePage.qml" line="106" />
        <source>A short note for us (optional)</source>
        <translation>A short note for us (optional)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104" />
        <source>For example: best after 10 o'clock, please</source>
        <translation>For example: best after 10 o'clock, please</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="29" />
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="39" />
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation><numerusform>To protect your data, the terminal starts again in %n second. Everything you entered will then be deleted.</numerusform><numerusform>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="45" />
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="41" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
</TS>
