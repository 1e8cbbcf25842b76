<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="129"/>
        <source>Scanning a test page…</source>
        <translation>Test sayfası taranıyor…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="146"/>
        <source>Enrolling…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="215"/>
        <source>Admin mode is not set up.</source>
        <translation>Yönetici modu ayarlanmamış.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="224"/>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="139"/>
        <source>Admin mode</source>
        <translation>Yönetici modu</translation>
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
        <translation>Yanlış PIN. %1 sn sonra tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="197"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="198"/>
        <source>Scan a test page</source>
        <translation>Test sayfası tara</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="199"/>
        <source>Send queue now</source>
        <translation>Kuyruğu şimdi gönder</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="200"/>
        <source>Show log</source>
        <translation>Günlüğü göster</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="201"/>
        <source>Restart app</source>
        <translation>Uygulamayı yeniden başlat</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="202"/>
        <source>Leave admin mode</source>
        <translation>Yönetici modundan çık</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="223"/>
        <source>Enroll again</source>
        <translation>Yeniden kaydet</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="226"/>
        <source>Backoffice URL</source>
        <translation>Backoffice URL&apos;si</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="227"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="230"/>
        <source>Enroll</source>
        <translation>Kaydet</translation>
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
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Back to the summary</source>
        <translation>Özete dön</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
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
        <location filename="../journeys/callback/texts.py" line="19"/>
        <source>Please choose what your call is about.</source>
        <translation>Lütfen aramanın ne hakkında olduğunu seçin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="22"/>
        <source>Please enter your name.</source>
        <translation>Lütfen adınızı girin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Lütfen size ulaşabileceğimiz telefon numarasını girin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="26"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Bu bir telefon numarası değil. Lütfen yalnızca rakam girin, örneğin 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="30"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Bu telefon numarası eksik. Lütfen rakamları kontrol edin.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="34"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Bu BG numarası doğru görünmüyor. 5 rakam, ardından BG, ardından 7 rakamdan oluşur, örneğin 12345BG1234567. Alanı boş da bırakabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="39"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Lütfen sizi arayabileceğimiz en az bir zaman seçin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="42"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Notunuz çok uzun. Lütfen %n karaktere kısaltın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="48"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Sizi ancak onay verirseniz geri arayabiliriz. Lütfen yukarıdaki kutuya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="58"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Bu terminal şu anda talep alamıyor. Bilgileriniz hâlâ burada. Lütfen bizi %1 numarasından arayın veya danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="64"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Talebiniz şu anda kaydedilemedi. Bilgileriniz hâlâ burada. Lütfen tekrar deneyin veya bizi %1 numarasından arayın.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="74"/>
        <source>dddd, d MMMM</source>
        <translation>d MMMM dddd</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="86"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="97"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Sizi %1 günü %2 ile %3 arasında arayacağız.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="101"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Ya da %1 günü %2 ile %3 arasında.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="112"/>
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
        <location filename="../qml/DocumentsFlow.qml" line="9"/>
        <source>What kind of document is it?</source>
        <translation>Bu ne tür bir belge?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>Do you know your BG number?</source>
        <translation>BG numaranızı biliyor musunuz?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Scan your pages</source>
        <translation>Sayfalarınızı tarayın</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Check and send</source>
        <translation>Kontrol edin ve gönderin</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="82"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Belgeleriniz kaydediliyor. Lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="99"/>
        <source>Sending …</source>
        <translation>Gönderiliyor …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="61"/>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Send documents</source>
        <translation>Belgeleri gönder</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="13"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Bu sayfa boş görünüyor. Bir sayfanın arka yüzüyse kaldırabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="17"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın üst kısmı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="21"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın alt kısmı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="26"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın sol kenarı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="31"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın sağ kenarı kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="36"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Sayfanın bazı kısımları kesik görünüyor. Sayfayı tamamen camın üzerine yerleştirin ve yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="40"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Bu sayfa çok karanlık çıktı. Lütfen yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Bu sayfa çok açık çıktı ve okunması zor olabilir. Lütfen yeniden tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="53"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Kâğıt tarayıcıda sıkıştı. Lütfen dikkatlice çıkarın, taranmamış sayfaları yeniden yerleştirin ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Tarayıcının kapağı açık. Lütfen kapatın ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="62"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>Besleyicide kâğıt yok. Lütfen sayfalarınızı yerleştirin ve “Daha fazla sayfa tara”ya dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="66"/>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Tarayıcı şu anda hazır değil. Lütfen danışmaya sorun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="74"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Tarayıcı hâlâ meşgul. Lütfen biraz bekleyip tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="77"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Tarama durduruldu. Şimdiye kadar taranan sayfalar saklanıyor.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="83"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Tarayıcıda bir sorun oluştu. Lütfen tekrar deneyin veya danışmaya sorun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="91"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Şimdiye kadar taranan %n sayfanız saklanıyor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="97"/>
        <source>Scanning page %1 …</source>
        <translation>Sayfa %1 taranıyor …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="103"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Sayfa %1 hâlâ ilginizi bekliyor. Yeniden tarayın veya “Olduğu gibi kalsın”a dokunun.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="110"/>
        <source>Please scan at least one page.</source>
        <translation>Lütfen en az bir sayfa tarayın.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="114"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Lütfen belgenin türünü seçin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="120"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Bir belge en fazla %n sayfa olabilir. Lütfen kalanını ikinci bir belge olarak teslim edin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="46"/>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="66"/>
        <source>This page looks good.</source>
        <translation>Bu sayfa iyi görünüyor.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="79"/>
        <source>Scan again</source>
        <translation>Yeniden tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="87"/>
        <source>Turn</source>
        <translation>Döndür</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Sayfa %1&apos;i çeyrek tur sağa döndür</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="96"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="105"/>
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
        <location filename="../qml/DocumentsReceiptPage.qml" line="42"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Belgeleriniz kaydedildi ve Jobcenter&apos;a gönderilecek.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Başvuru numaranız</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="87"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="103"/>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="119"/>
        <source>Handed in</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="136"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Lütfen numarayı not alın veya fotoğrafını çekin. Çalışanlarımız belgelerinizi bu numarayla bulabilir.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="147"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Lütfen kâğıtlarınızı yanınıza alın. Bu terminalde hiçbiri okunabilir şekilde kalmaz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReceiptPage.qml" line="157"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Bu ekran %n saniye içinde kendiliğinden kapanacak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="163"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="12"/>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="19"/>
        <source>BG number</source>
        <translation>BG numarası</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="20"/>
        <source>not given</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="26"/>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReviewPage.qml" line="27"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sayfa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Şimdiye kadar %n sayfa tarandı.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the pages</source>
        <translation>Sayfaları tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the page</source>
        <translation>Sayfayı tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="53"/>
        <source>Scan more pages</source>
        <translation>Daha fazla sayfa tara</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="62"/>
        <source>Scanning the page again …</source>
        <translation>Sayfa yeniden taranıyor …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="85"/>
        <source>Stop scanning</source>
        <translation>Taramayı durdur</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="114"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Sayfalarınız tarandıkça burada görünecek. Göndermeden önce her birine bakabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>DocumentsSummaryRow</name>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Değiştir: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="8"/>
        <source>Tap the kind of document you want to hand in. For a different kind, start again afterwards.</source>
        <translation>Teslim etmek istediğiniz belge türüne dokunun. Farklı bir tür için ardından yeniden başlayın.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="26"/>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Ne yapmak istersiniz? Bir kutucuğa dokunun.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="57"/>
        <source>Request a callback</source>
        <translation>Geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="58"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Sizi size uygun bir zamanda geri ararız.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="67"/>
        <source>Hand in documents</source>
        <translation>Belge teslim edin</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="68"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Kâğıtlarınızı burada tarayın. Doğrudan dosyanıza gider.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="105"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Yardım hattımızı %1 numarasından arayın veya danışmaya sorun. Size memnuniyetle yardımcı oluruz.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="53"/>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="121"/>
        <source>Close</source>
        <translation>Kapat</translation>
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
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="42"/>
        <source>Your request is saved.</source>
        <translation>Talebiniz kaydedildi.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Başvuru numaranız</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="81"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Lütfen not alın veya fotoğrafını çekin. Bizi ararsanız gerekebilir.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="104"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Aramayı cevaplayamazsanız tekrar deneriz. Bizi her zaman %1 numarasından arayabilirsiniz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="113"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Bu ekran %n saniye içinde kendiliğinden kapanacak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="119"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="26"/>
        <source>Questions? Call us: %1</source>
        <translation>Sorularınız mı var? Bizi arayın: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="37"/>
        <source>Opening hours: %1</source>
        <translation>Çalışma saatleri: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17"/>
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
        <location filename="../qml/SummaryPage.qml" line="22"/>
        <source>Name and phone</source>
        <translation>Ad ve telefon</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24"/>
        <source>BG number: %1</source>
        <translation>BG numarası: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30"/>
        <source>Times for the call</source>
        <translation>Arama zamanları</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Your note: %1</source>
        <translation>Notunuz: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44"/>
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
        <location filename="../qml/TimePage.qml" line="76"/>
        <location filename="../qml/TimePage.qml" line="106"/>
        <source>A short note for us (optional)</source>
        <translation>Bize kısa bir not (isteğe bağlı)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Örneğin: tercihen saat 10&apos;dan sonra</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="43"/>
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation>
            <numerusform>Verilerinizi korumak için terminal %n saniye içinde yeniden başlayacak. Girdiğiniz her şey silinecek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="49"/>
        <source>I need more time</source>
        <translation>Daha fazla zamana ihtiyacım var</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="65"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Bu ekranı sesli okur. Durdurmak için ekrana dokunun.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="71"/>
        <source>Large text</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="82"/>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="93"/>
        <source>Opens the list of languages.</source>
        <translation>Dil listesini açar.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Konuştuğunuz görevli</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="28"/>
        <source>The picture is on its way …</source>
        <translation>Görüntü birazdan gelecek …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="66"/>
        <source>Good connection</source>
        <translation>Bağlantı iyi</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="67"/>
        <source>The picture may be jerky</source>
        <translation>Görüntü takılabilir</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="68"/>
        <source>Weak connection</source>
        <translation>Bağlantı zayıf</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="69"/>
        <source>Connecting the picture …</source>
        <translation>Görüntü bağlanıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Microphone is off</source>
        <translation>Mikrofon kapalı</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Mute microphone</source>
        <translation>Mikrofonu kapat</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="137"/>
        <source>Show a document</source>
        <translation>Belge göster</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="152"/>
        <source>End the call</source>
        <translation>Görüşmeyi bitir</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="22"/>
        <source>Before we call: a short check</source>
        <translation>Aramadan önce: kısa bir kontrol</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="60"/>
        <source>Starting the camera …</source>
        <translation>Kamera açılıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="67"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Bu sizsiniz. Lütfen yüzünüzü görebileceğiniz şekilde oturun.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="82"/>
        <source>The camera is not working.</source>
        <translation>Kamera çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="83"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="85"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Yine de konuşabilirsiniz. Görevli sizi duyar ama göremez.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="86"/>
        <source>You can see yourself in the picture.</source>
        <translation>Görüntüde kendinizi görüyorsunuz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="93"/>
        <source>The microphone is not working.</source>
        <translation>Mikrofon çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="96"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Görevli sizi duyamaz. Bunun yerine geri arama talep edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="97"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Bir şey söyleyin. Sizi duyduğumuzda çubuk hareket eder.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="121"/>
        <source>The loudspeaker is not working.</source>
        <translation>Hoparlör çalışmıyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="122"/>
        <source>Loudspeaker</source>
        <translation>Hoparlör</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="124"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Görevliyi duyamazsınız. Bunun yerine geri arama talep edebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="125"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Düğmeye dokunun. Kısa bir ses duyuyor musunuz?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>Play a test sound</source>
        <translation>Test sesi çal</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="142"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="149"/>
        <source>Request a callback instead</source>
        <translation>Bunun yerine geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="154"/>
        <source>Call now</source>
        <translation>Şimdi ara</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="29"/>
        <source>The connection was lost.</source>
        <translation>Bağlantı koptu.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="30"/>
        <source>Our colleague has ended the call.</source>
        <translation>Görevlimiz görüşmeyi sonlandırdı.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="31"/>
        <source>The call has ended.</source>
        <translation>Görüşme sona erdi.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="44"/>
        <source>We are sorry. If you still need help, start a new call or leave a callback request.</source>
        <translation>Üzgünüz. Hâlâ yardıma ihtiyacınız varsa yeniden arayın veya geri arama talep edin.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="45"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Aradığınız için teşekkür ederiz. Başka bir şeye ihtiyacınız olursa istediğiniz zaman yeniden başlayabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="50"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Bu görüşmeden hiçbir şey bu terminalde saklanmaz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoEndedPage.qml" line="60"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Bu ekran %n saniye içinde kendiliğinden kapanır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="67"/>
        <source>Request a callback</source>
        <translation>Geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="72"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you handed in go to your file. Your reference number: %1</source>
        <translation>Teslim ettiğiniz sayfalar dosyanıza eklenecek. Başvuru numaranız: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Sayfalarınız hâlâ teslim ediliyor. Bu biraz sürer.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
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
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Şu anda aramanızı yanıtlayabilecek kimse yok.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>Nobody could answer your call in time.</source>
        <translation>Maalesef aramanızı zamanında yanıtlayan olmadı.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="16"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Görüntülü görüşme şu anda mümkün değil.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="27"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Üzgünüz. Bunun yerine geri arama talep edin: sizi size uygun bir zamanda geri ararız. Yaklaşık 3 dakika sürer.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="57"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Diliniz aynı kalır. Bize yalnızca konunuzu, telefon numaranızı ve uygun bir zamanı söylemeniz yeterli.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="62"/>
        <source>Request a callback</source>
        <translation>Geri arama talep edin</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="69"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Yardım hattımızı da arayabilirsiniz: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="75"/>
        <source>Back to start</source>
        <translation>Başa dön</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Bir görevli yanıt verdi. Bağlanıyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="49"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Birazdan bir görevli sizinle olacak.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Aramanız şu anda ofiste çalıyor. Lütfen ekranın önünde kalın.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="64"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Hizmet ekibini arıyoruz. Lütfen ekranın önünde kalın.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="74"/>
        <source>Waiting time: %1:%2</source>
        <translation>Bekleme süresi: %1:%2</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="83"/>
        <source>Cancel the call</source>
        <translation>Aramayı iptal et</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Remove page %1</source>
        <translation>%1. sayfayı kaldır</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Your case worker can see this page.</source>
        <translation>Görüştüğünüz çalışan bu sayfayı görebiliyor.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>On its way to your case worker …</source>
        <translation>Görüştüğünüz çalışana gönderiliyor …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Show a document</source>
        <translation>Belge göster</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Bu alanı kapatır. Sayfalarınız burada kalır.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Teslim etmediğiniz sayfalar görüşme bitince silinir.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Sayfalarınız burada görünecek. Görüştüğünüz çalışan da onları aynı anda görür.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n sayfa teslim edildi. Dosyanıza eklenecek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your reference number</source>
        <translation>Başvuru numaranız</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Handing in your pages …</source>
        <translation>Sayfalarınız teslim ediliyor …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Hand in these pages</source>
        <translation>Bu sayfaları teslim et</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Sayfalar Jobcenter'daki dosyanıza eklenir.</translation>
    </message>
</context>
</TS>
