<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="140"/>
        <source>Scanning a test page…</source>
        <translation>Scanning a test page…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="155"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="160"/>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="180"/>
        <source>Not enrolled: %1</source>
        <translation>Not enrolled: %1</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="181"/>
        <source>Enrolled as %1. Restart the delivery service (kiosk sync).</source>
        <translation>Enrolled as %1. Restart the delivery service (kiosk sync).</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="212"/>
        <source>Did not work. See Details.</source>
        <translation>Did not work. See Details.</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/viewmodel.py" line="231"/>
        <source>%n queued item(s) will be sent now.</source>
        <translation>
            <numerusform>%n queued item will be sent now.</numerusform>
            <numerusform>%n queued items will be sent now.</numerusform>
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
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="263"/>
        <source>Admin mode is not set up.</source>
        <translation>Admin mode is not set up.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="272"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="52"/>
        <location filename="../admin/report.py" line="148"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="65"/>
        <source>reachable</source>
        <translation>reachable</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="66"/>
        <source>answers with an error</source>
        <translation>answers with an error</translation>
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
        <translation>Terminal id</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="86"/>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="102"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="109"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="115"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="119"/>
        <source>Disk free</source>
        <translation>Disk free</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="124"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="130"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="142"/>
        <location filename="../admin/report.py" line="166"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="143"/>
        <location filename="../admin/report.py" line="164"/>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="147"/>
        <location filename="../admin/report.py" line="169"/>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/report.py" line="157"/>
        <source>%n item(s) waiting, %1, the oldest from %2</source>
        <translation>
            <numerusform>%n item waiting, %1, the oldest from %2</numerusform>
            <numerusform>%n items waiting, %1, the oldest from %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="181"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="186"/>
        <location filename="../admin/wording.py" line="33"/>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="189"/>
        <source>Scanners found</source>
        <translation>Scanners found</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="192"/>
        <source>Scanner state</source>
        <translation>Scanner state</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="28"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="29"/>
        <source>paper jam</source>
        <translation>paper jam</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="30"/>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="31"/>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="32"/>
        <source>reports an error</source>
        <translation>reports an error</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="40"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="41"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="42"/>
        <source>unknown (no sound system found)</source>
        <translation>unknown (no sound system found)</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="50"/>
        <source>not reachable: the office&apos;s certificate is not trusted</source>
        <translation>not reachable: the office&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="54"/>
        <source>not reachable: no answer in time</source>
        <translation>not reachable: no answer in time</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="56"/>
        <source>not reachable: connection refused or address unknown</source>
        <translation>not reachable: connection refused or address unknown</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="59"/>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the data folder cannot be written: nothing can be stored or sent</source>
        <translation>the data folder cannot be written: nothing can be stored or sent</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the queue cannot be read</source>
        <translation>the queue cannot be read</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>the queue is damaged: the sync service repairs it when it starts</source>
        <translation>the queue is damaged: the sync service repairs it when it starts</translation>
    </message>
    <message numerus="yes">
        <location filename="../admin/report.py" line="1"/>
        <source>repaired after damage; %n submission(s) lost (see Details)</source>
        <translation>
            <numerusform>repaired after damage; %n submission lost (see Details)</numerusform>
            <numerusform>repaired after damage; %n submissions lost (see Details)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>Outbox problem</source>
        <translation>Outbox problem</translation>
    </message>
    <message>
        <location filename="../admin/report.py" line="1"/>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="69"/>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="70"/>
        <source>bottom</source>
        <translation>bottom</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="71"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="73"/>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="83"/>
        <source>Content touches the edge: %1.</source>
        <translation>Content touches the edge: %1.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="88"/>
        <source>No content at the edges.</source>
        <translation>No content at the edges.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="90"/>
        <source>Blank page.</source>
        <translation>Blank page.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="92"/>
        <source>Not blank.</source>
        <translation>Not blank.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="95"/>
        <source>Too dark.</source>
        <translation>Too dark.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="97"/>
        <source>Too light.</source>
        <translation>Too light.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="99"/>
        <source>Exposure fine.</source>
        <translation>Exposure fine.</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="101"/>
        <source>Encoded as black and white (CCITT G4).</source>
        <translation>Encoded as black and white (CCITT G4).</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="104"/>
        <source>Encoded as grey (JPEG).</source>
        <translation>Encoded as grey (JPEG).</translation>
    </message>
    <message>
        <location filename="../admin/wording.py" line="105"/>
        <source>Encoded in colour (JPEG).</source>
        <translation>Encoded in colour (JPEG).</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="155"/>
        <source>Admin mode</source>
        <translation>Admin mode</translation>
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
        <translation>Wrong PIN. Try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="163"/>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="163"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="263"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="264"/>
        <source>Scan a test page</source>
        <translation>Scan a test page</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="265"/>
        <source>Send queue now</source>
        <translation>Send queue now</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="266"/>
        <source>Show log</source>
        <translation>Show log</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="267"/>
        <source>Restart app</source>
        <translation>Restart app</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="268"/>
        <source>Leave admin mode</source>
        <translation>Leave admin mode</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="290"/>
        <source>Enroll again</source>
        <translation>Enroll again</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="296"/>
        <source>Office URL</source>
        <translation>Office URL</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="297"/>
        <source>Enrollment token</source>
        <translation>Enrollment token</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="316"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="300"/>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
</context>
<context>
    <name>CallJourney</name>
    <message>
        <location filename="../journeys/call/texts.py" line="23"/>
        <source>You are talking to %1 (%2).</source>
        <translation>You are talking to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="25"/>
        <source>You are talking to %1.</source>
        <translation>You are talking to %1.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="32"/>
        <source>Interpreter %1 (%2) has joined the call.</source>
        <translation>Interpreter %1 (%2) has joined the call.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="30"/>
        <source>Interpreter %1 (%2) has joined the call by voice only.</source>
        <translation>Interpreter %1 (%2) has joined the call by voice only.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="38"/>
        <source>The interpreter has left the call.</source>
        <translation>The interpreter has left the call.</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="42"/>
        <source>Reconnecting …</source>
        <translation>Reconnecting …</translation>
    </message>
    <message>
        <location filename="../journeys/call/texts.py" line="46"/>
        <source>Please wait. The call goes on as soon as the connection is back.</source>
        <translation>Please wait. The call goes on as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>What is your call about?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>How can we reach you?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>When may we call you?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>Your details are protected</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>Is everything correct?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Back to the summary</source>
        <translation>Back to the summary</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="62"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="20"/>
        <source>Please choose what your call is about.</source>
        <translation>Please choose what your call is about.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter your name.</source>
        <translation>Please enter your name.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="24"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Please enter the phone number we can reach you on.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="27"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>This is not a phone number. Please enter digits only, for example 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="31"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>This phone number is not complete. Please check the digits.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="35"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="40"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Please choose at least one time when we may call you.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="43"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Your note is too long. Please shorten it to %n character.</numerusform>
            <numerusform>Your note is too long. Please shorten it to %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="49"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>We can only call you back if you agree. Please tap the box above.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="60"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="66"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</source>
        <translation>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="72"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="87"/>
        <source>dddd, d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="116"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>We will call you on %1 between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="120"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Or on %1 between %2 and %3.</translation>
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
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>Phone number for the callback</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Mobile or landline, for example 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>BG number (optional)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>You find it on letters from the job centre, for example 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>BG number (optional)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>You find it on letters from the job centre, for example 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind of document is it?</source>
        <translation>What kind of document is it?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>What kind is your next document?</source>
        <translation>What kind is your next document?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Do you know your BG number?</source>
        <translation>Do you know your BG number?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Scan your pages</source>
        <translation>Scan your pages</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="13"/>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="59"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Your documents are being saved. Please wait a moment.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="100"/>
        <source>Sending …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="80"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="90"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="101"/>
        <source>Send documents</source>
        <translation>Send documents</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="16"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>This page seems to be empty. If it is the back of a page, you can remove it.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="20"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="24"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="29"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="34"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="39"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>This page came out too dark. Please scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="46"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>This page came out very light and may be hard to read. Please scan it again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="63"/>
        <source>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</source>
        <translation>The scanner is not ready at the moment. Please call our hotline, or talk to a colleague by video.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="75"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>The scanner lid is open. Please close it and tap “Scan more pages”.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="79"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>The scanner is not ready at the moment. Please ask at the reception desk.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="85"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>The scanner is still busy. Please wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="88"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Scanning was stopped. The pages scanned so far are kept.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="93"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Something went wrong at the scanner. Please try again, or ask at the reception desk.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="98"/>
        <source>Something went wrong at the scanner. Please try again, or call our hotline.</source>
        <translation>Something went wrong at the scanner. Please try again, or call our hotline.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="107"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Your page scanned so far is kept.</numerusform>
            <numerusform>Your %n pages scanned so far are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="113"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="117"/>
        <source>Page %1 was removed.</source>
        <translation>Page %1 was removed.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="123"/>
        <source>Scanning page %1 …</source>
        <translation>Scanning page %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="129"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="136"/>
        <source>Please scan at least one page.</source>
        <translation>Please scan at least one page.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="140"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Please choose what kind of document it is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="146"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>A document can have at most %n page. Please hand in the rest as a second document.</numerusform>
            <numerusform>A document can have at most %n pages. Please hand in the rest as a second document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="55"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="48"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="75"/>
        <source>This page looks good.</source>
        <translation>This page looks good.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <location filename="../qml/DocumentsPageCard.qml" line="107"/>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="114"/>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="117"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Turn page %1 a quarter to the right</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="122"/>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="58"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="125"/>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="99"/>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Put all pages into the feeder, text facing up and the top edge first.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="6"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Your documents are saved and will be sent to the job centre.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="55"/>
        <source>Handed in: %1</source>
        <translation>Handed in: %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="59"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Please write the number down or take a photo. With it, staff can find your documents.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="64"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Please take your papers with you. Nothing of them stays readable on this terminal.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="10"/>
        <source>BG number</source>
        <translation>BG number</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="11"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="23"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="34"/>
        <source>Add a different kind of document</source>
        <translation>Add a different kind of document</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="35"/>
        <source>For example a payslip as well as a bank statement. Your BG number is kept.</source>
        <translation>For example a payslip as well as a bank statement. Your BG number is kept.</translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>Scan the pages</source>
        <translation>Scan the pages</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="93"/>
        <source>Scan the page</source>
        <translation>Scan the page</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="40"/>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="94"/>
        <source>Scan more pages</source>
        <translation>Scan more pages</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="49"/>
        <source>Scanning the page again …</source>
        <translation>Scanning the page again …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="72"/>
        <source>Stop scanning</source>
        <translation>Stop scanning</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="111"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="112"/>
        <source>Undo: put the page back</source>
        <translation>Undo: put the page back</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="133"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Your pages will appear here as they are scanned. You can look at each one before you send it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="26"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>%n page scanned so far.</numerusform>
            <numerusform>%n pages scanned so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="9"/>
        <source>Tap the kind of your next document. Your BG number is kept.</source>
        <translation>Tap the kind of your next document. Your BG number is kept.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="10"/>
        <source>Tap the kind of document you want to hand in. You can add a different kind afterwards.</source>
        <translation>Tap the kind of document you want to hand in. You can add a different kind afterwards.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <location filename="../durations.py" line="21"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../durations.py" line="22"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../qml/HelpDialog.qml" line="9"/>
        <source>Help from a person</source>
        <translation>Help from a person</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="14"/>
        <source>Please ask at the reception desk. Our staff are happy to help you.</source>
        <translation>Please ask at the reception desk. Our staff are happy to help you.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="15"/>
        <source>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</source>
        <translation>There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="21"/>
        <source>Call us: %1</source>
        <translation>Call us: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="26"/>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="32"/>
        <source>If you choose video, what you entered so far is deleted.</source>
        <translation>If you choose video, what you entered so far is deleted.</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="41"/>
        <source>Talk to a person by video</source>
        <translation>Talk to a person by video</translation>
    </message>
    <message>
        <location filename="../qml/HelpDialog.qml" line="47"/>
        <source>Back to where I was</source>
        <translation>Back to where I was</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="29"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="40"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>What would you like to do? Tap a tile.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="84"/>
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="85"/>
        <source>We call you back at a time that suits you.</source>
        <translation>We call you back at a time that suits you.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="141"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Call our hotline on %1, or ask at the reception desk. We are happy to help.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="142"/>
        <source>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</source>
        <translation>Call our hotline on %1, or talk to a colleague by video. We are happy to help.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="97"/>
        <source>Hand in documents</source>
        <translation>Hand in documents</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="98"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Scan your papers here. They go straight to your file.</translation>
    </message>
</context>
<context>
    <name>JourneyTools</name>
    <message>
        <location filename="../qml/JourneyTools.qml" line="9"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="10"/>
        <source>Help from a person</source>
        <translation>Help from a person</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="15"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location filename="../qml/JourneyTools.qml" line="16"/>
        <source>Deletes what you entered and goes back to the start.</source>
        <translation>Deletes what you entered and goes back to the start.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="50"/>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="118"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguageRow</name>
    <message>
        <location filename="../qml/LanguageRow.qml" line="11"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>I agree that the job centre stores my details to call me back.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../receipt_qr.py" line="16"/>
        <source>Reference number: %1</source>
        <translation>Reference number: %1</translation>
    </message>
    <message>
        <location filename="../receipt_qr.py" line="19"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="81"/>
        <source>QR code with your reference number and our phone number</source>
        <translation>QR code with your reference number and our phone number</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="85"/>
        <source>Photograph this code with your phone: it holds the reference number and our phone number.</source>
        <translation>Photograph this code with your phone: it holds the reference number and our phone number.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="103"/>
        <source>This screen closes by itself in %1.</source>
        <translation>This screen closes by itself in %1.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptLayout.qml" line="110"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="6"/>
        <source>Your request is saved.</source>
        <translation>Your request is saved.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="17"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Please write it down or take a photo. You may need it if you call us.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="34"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>If you cannot take the call, we will try again. You can always call us on %1.</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="9"/>
        <source>Your reference number</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <location filename="../qml/ReferenceBox.qml" line="14"/>
        <source>Your reference numbers</source>
        <translation>Your reference numbers</translation>
    </message>
</context>
<context>
    <name>ScrollArea</name>
    <message>
        <location filename="../qml/ScrollArea.qml" line="74"/>
        <source>More below</source>
        <translation>More below</translation>
    </message>
    <message>
        <location filename="../qml/ScrollArea.qml" line="76"/>
        <source>Shows the rest of this page.</source>
        <translation>Shows the rest of this page.</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="31"/>
        <source>Questions? Call us: %1</source>
        <translation>Questions? Call us: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="42"/>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="8"/>
        <source>Start over?</source>
        <translation>Start over?</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="11"/>
        <source>Everything you entered here will be deleted. Then you can start again from the beginning.</source>
        <translation>Everything you entered here will be deleted. Then you can start again from the beginning.</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="19"/>
        <source>No, go on</source>
        <translation>No, go on</translation>
    </message>
    <message>
        <location filename="../qml/StartOverDialog.qml" line="25"/>
        <source>Yes, start over</source>
        <translation>Yes, start over</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="32"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Please check your details. Tap “Change” to correct something.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="23"/>
        <source>Name and phone</source>
        <translation>Name and phone</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="25"/>
        <source>BG number: %1</source>
        <translation>BG number: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Times for the call</source>
        <translation>Times for the call</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="34"/>
        <source>Your note: %1</source>
        <translation>Your note: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="75"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="79"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Tap every time that suits you. The more you choose, the sooner we can call.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="82"/>
        <location filename="../qml/TimePage.qml" line="112"/>
        <source>A short note for us (optional)</source>
        <translation>A short note for us (optional)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="110"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>For example: best after 10 o&apos;clock, please</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="9"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="13"/>
        <source>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</source>
        <translation>To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.</translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="19"/>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="77"/>
        <location filename="../qml/TopBar.qml" line="125"/>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="78"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Reads this screen aloud. Touch the screen to stop.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="85"/>
        <location filename="../qml/TopBar.qml" line="126"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="95"/>
        <location filename="../qml/TopBar.qml" line="127"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="97"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="111"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="112"/>
        <source>Opens the list of languages.</source>
        <translation>Opens the list of languages.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="150"/>
        <source>The interpreter</source>
        <translation>The interpreter</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>The colleague you are talking to</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="37"/>
        <source>The picture is on its way …</source>
        <translation>The picture is on its way …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="78"/>
        <source>Good connection</source>
        <translation>Good connection</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="79"/>
        <source>The picture may be jerky</source>
        <translation>The picture may be jerky</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="80"/>
        <source>Weak connection</source>
        <translation>Weak connection</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="81"/>
        <source>Connecting the picture …</source>
        <translation>Connecting the picture …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is off</source>
        <translation>Microphone is off</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="162"/>
        <source>Microphone is on</source>
        <translation>Microphone is on</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it on</source>
        <translation>Tap to switch it on</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="163"/>
        <source>Tap to switch it off</source>
        <translation>Tap to switch it off</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="169"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="178"/>
        <source>Show a document</source>
        <translation>Show a document</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="185"/>
        <source>End the call</source>
        <translation>End the call</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="25"/>
        <source>Before we call: a short check</source>
        <translation>Before we call: a short check</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="69"/>
        <source>Starting the camera …</source>
        <translation>Starting the camera …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="76"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>This is you. Please sit so that you can see your face.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="91"/>
        <source>The camera is not working.</source>
        <translation>The camera is not working.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="92"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>You can still talk. The colleague will hear you but not see you.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="95"/>
        <source>You can see yourself in the picture.</source>
        <translation>You can see yourself in the picture.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="102"/>
        <source>The microphone is not working.</source>
        <translation>The microphone is not working.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="103"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="105"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>The colleague would not hear you. You can leave a callback request instead.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="106"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Say something. The bar moves when we hear you.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>The loudspeaker is not working.</source>
        <translation>The loudspeaker is not working.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="131"/>
        <source>Loudspeaker</source>
        <translation>Loudspeaker</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="133"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>You would not hear the colleague. You can leave a callback request instead.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="134"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Tap the button. Can you hear a short chime?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="139"/>
        <source>Play a test sound</source>
        <translation>Play a test sound</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="151"/>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="158"/>
        <source>Request a callback instead</source>
        <translation>Request a callback instead</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="164"/>
        <source>Call now</source>
        <translation>Call now</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="27"/>
        <source>Our colleague has ended the call.</source>
        <translation>Our colleague has ended the call.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="28"/>
        <source>The call has ended.</source>
        <translation>The call has ended.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="40"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Thank you for your call. If you need anything else, you can start again at any time.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>The pages you handed in are saved and go to your file.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="74"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Nothing of this call is stored on this terminal.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="84"/>
        <source>This screen closes by itself in %1.</source>
        <translation>This screen closes by itself in %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="90"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="48"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Your pages are still being handed in. This takes a moment.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="70"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>The pages you showed but did not hand in have been deleted.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>Talk to a person</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>By video, here and now. A colleague from the service team answers.</translation>
    </message>
</context>
<context>
    <name>VideoLostPage</name>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="31"/>
        <source>The connection was lost.</source>
        <translation>The connection was lost.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="43"/>
        <source>This was not your fault. The line to the office broke off.</source>
        <translation>This was not your fault. The line to the office broke off.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="48"/>
        <source>You can call again now. Or leave a callback request: we call you back at a time that suits you.</source>
        <translation>You can call again now. Or leave a callback request: we call you back at a time that suits you.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="55"/>
        <source>The pages you handed in are saved and go to your file.</source>
        <translation>The pages you handed in are saved and go to your file.</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="70"/>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="76"/>
        <source>Leave a callback request</source>
        <translation>Leave a callback request</translation>
    </message>
    <message>
        <location filename="../qml/VideoLostPage.qml" line="82"/>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="13"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Right now nobody is free to take your call.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Nobody could answer your call in time.</source>
        <translation>Nobody could answer your call in time.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>A video call is not possible at the moment.</source>
        <translation>A video call is not possible at the moment.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="26"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="59"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="64"/>
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="73"/>
        <source>You can also call our hotline on %1.</source>
        <translation>You can also call our hotline on %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="81"/>
        <source>Back to start</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="89"/>
        <source>Call again</source>
        <translation>Call again</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="59"/>
        <source>Remove page %1</source>
        <translation>Remove page %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="78"/>
        <source>Your case worker can see this page.</source>
        <translation>Your case worker can see this page.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml" line="79"/>
        <source>On its way to your case worker …</source>
        <translation>On its way to your case worker …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="40"/>
        <source>Show a document</source>
        <translation>Show a document</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="52"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="53"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Closes this panel. Your pages stay here.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="125"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Pages you do not hand in are deleted when the call ends.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="152"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Your pages will appear here. Your case worker sees them at the same time.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml" line="186"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n page handed in. It goes to your file.</numerusform>
            <numerusform>%n pages handed in. They go to your file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="193"/>
        <source>Your reference number</source>
        <translation>Your reference number</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="227"/>
        <source>Handing in your pages …</source>
        <translation>Handing in your pages …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="228"/>
        <source>Hand in these pages</source>
        <translation>Hand in these pages</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml" line="229"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>The pages go to your file at the job centre.</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="47"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>A colleague has answered. Connecting …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague will be with you shortly.</source>
        <translation>A colleague will be with you shortly.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="62"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Your call is ringing in the office now. Please stay in front of the screen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>We are calling the service team. Please stay in front of the screen.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="73"/>
        <source>Waiting time: %1</source>
        <translation>Waiting time: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="81"/>
        <source>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</source>
        <translation>It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="89"/>
        <source>Cancel the call</source>
        <translation>Cancel the call</translation>
    </message>
</context>
</TS>
