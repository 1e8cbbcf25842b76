<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="129"/>
        <source>Scanning a test page…</source>
        <translation>Сканирование тестовой страницы…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="146"/>
        <source>Enrolling…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="215"/>
        <source>Admin mode is not set up.</source>
        <translation>Режим администратора не настроен.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="224"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="139"/>
        <source>Admin mode</source>
        <translation>Режим администратора</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="66"/>
        <location filename="../qml/AdminOverlay.qml" line="67"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="85"/>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>Неверный PIN-код. Повторите попытку через %1 с.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="197"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="198"/>
        <source>Scan a test page</source>
        <translation>Сканировать тестовую страницу</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="199"/>
        <source>Send queue now</source>
        <translation>Отправить очередь сейчас</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="200"/>
        <source>Show log</source>
        <translation>Показать журнал</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="201"/>
        <source>Restart app</source>
        <translation>Перезапустить приложение</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="202"/>
        <source>Leave admin mode</source>
        <translation>Выйти из режима администратора</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="223"/>
        <source>Enroll again</source>
        <translation>Зарегистрировать заново</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="226"/>
        <source>Backoffice URL</source>
        <translation>URL бэк-офиса</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="227"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="230"/>
        <source>Enroll</source>
        <translation>Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>По какому вопросу звонок?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>Как с вами связаться?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>Когда вам можно позвонить?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>Ваши данные защищены</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>Всё верно?</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Back to the summary</source>
        <translation>Назад к обзору</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>Отправить запрос</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="19"/>
        <source>Please choose what your call is about.</source>
        <translation>Пожалуйста, выберите, по какому вопросу звонок.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="22"/>
        <source>Please enter your name.</source>
        <translation>Пожалуйста, введите своё имя.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Пожалуйста, введите номер телефона, по которому мы можем с вами связаться.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="26"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Это не номер телефона. Пожалуйста, вводите только цифры, например 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="30"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Этот номер телефона неполный. Пожалуйста, проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="34"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Этот номер BG выглядит неправильно. В нём 5 цифр, затем BG, затем 7 цифр, например 12345BG1234567. Можно также оставить поле пустым.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="39"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Пожалуйста, выберите хотя бы одно время, когда вам можно позвонить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="42"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Ваша заметка слишком длинная. Пожалуйста, сократите её до %n символа.</numerusform>
            <numerusform>Ваша заметка слишком длинная. Пожалуйста, сократите её до %n символов.</numerusform>
            <numerusform>Ваша заметка слишком длинная. Пожалуйста, сократите её до %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="48"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Мы можем перезвонить вам, только если вы согласны. Пожалуйста, нажмите на поле выше.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="58"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Этот терминал сейчас не может принимать запросы. Ваши данные всё ещё здесь. Пожалуйста, позвоните нам по номеру %1 или обратитесь на стойку регистрации.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="64"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Не удалось сохранить ваш запрос. Ваши данные всё ещё здесь. Пожалуйста, попробуйте ещё раз или позвоните нам по номеру %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="74"/>
        <source>dddd, d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="86"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="97"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>Мы позвоним вам: %1, с %2 до %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="101"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Или: %1, с %2 до %3.</translation>
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
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>Номер телефона для обратного звонка</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>Мобильный или стационарный, например 0171 2345678</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>Номер BG (необязательно)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Его можно найти в письмах от джобцентра, например 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>С номером BG ваши документы быстрее попадут в нужное дело. Если его нет с собой, просто нажмите «Далее».</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>Номер BG (необязательно)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>Его можно найти в письмах от джобцентра, например 12345BG1234567.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="9"/>
        <source>What kind of document is it?</source>
        <translation>Что это за документ?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>Do you know your BG number?</source>
        <translation>Вы знаете свой номер BG?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Scan your pages</source>
        <translation>Отсканируйте свои страницы</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Check and send</source>
        <translation>Проверить и отправить</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="82"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Ваши документы сохраняются. Пожалуйста, подождите немного.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="99"/>
        <source>Sending …</source>
        <translation>Отправка …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="61"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Send documents</source>
        <translation>Отправить документы</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="13"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Эта страница, похоже, пустая. Если это оборот листа, её можно удалить.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="17"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Верхний край страницы, похоже, обрезан. Положите страницу на стекло целиком и отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="21"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Нижний край страницы, похоже, обрезан. Положите страницу на стекло целиком и отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="26"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Левый край страницы, похоже, обрезан. Положите страницу на стекло целиком и отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="31"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Правый край страницы, похоже, обрезан. Положите страницу на стекло целиком и отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="36"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Части страницы, похоже, обрезаны. Положите страницу на стекло целиком и отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="40"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Эта страница получилась слишком тёмной. Пожалуйста, отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Эта страница получилась очень светлой, её может быть трудно прочитать. Пожалуйста, отсканируйте её ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="53"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Бумага застряла в сканере. Пожалуйста, осторожно выньте её, снова вложите неотсканированные страницы и нажмите «Сканировать ещё страницы».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Крышка сканера открыта. Пожалуйста, закройте её и нажмите «Сканировать ещё страницы».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="62"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>В податчике нет бумаги. Пожалуйста, вложите свои страницы и нажмите «Сканировать ещё страницы».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="66"/>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Сканер сейчас не готов. Пожалуйста, обратитесь на стойку регистрации.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="74"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Сканер ещё занят. Пожалуйста, подождите немного и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="77"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Сканирование остановлено. Уже отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="83"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Со сканером что-то пошло не так. Пожалуйста, попробуйте ещё раз или обратитесь на стойку регистрации.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="91"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Ваша %n уже отсканированная страница сохранена.</numerusform>
            <numerusform>Ваши %n уже отсканированные страницы сохранены.</numerusform>
            <numerusform>Ваши %n уже отсканированных страниц сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="97"/>
        <source>Scanning page %1 …</source>
        <translation>Сканируется страница %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="103"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Страница %1 ещё требует вашего внимания. Отсканируйте её ещё раз или нажмите «Оставить как есть».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="110"/>
        <source>Please scan at least one page.</source>
        <translation>Пожалуйста, отсканируйте хотя бы одну страницу.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="114"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Пожалуйста, выберите, что это за документ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="120"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>Документ может содержать не более %n страницы. Пожалуйста, сдайте остальное как второй документ.</numerusform>
            <numerusform>Документ может содержать не более %n страниц. Пожалуйста, сдайте остальное как второй документ.</numerusform>
            <numerusform>Документ может содержать не более %n страниц. Пожалуйста, сдайте остальное как второй документ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="46"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="66"/>
        <source>This page looks good.</source>
        <translation>Эта страница выглядит хорошо.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="79"/>
        <source>Scan again</source>
        <translation>Сканировать заново</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="87"/>
        <source>Turn</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Повернуть страницу %1 на четверть оборота вправо</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="96"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="105"/>
        <source>Keep as it is</source>
        <translation>Оставить как есть</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>Положите все страницы в податчик текстом вверх, верхним краем вперёд.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>Положите одну страницу текстом вниз на стекло, в угол со стрелкой. Закройте крышку.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="42"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Ваши документы сохранены и будут отправлены в джобцентр.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ваш номер обращения</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="103"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="119"/>
        <source>Handed in</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="136"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Пожалуйста, запишите номер или сфотографируйте его. По нему сотрудники найдут ваши документы.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="147"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Пожалуйста, заберите свои бумаги. На этом терминале ничего из них не остаётся доступным для чтения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReceiptPage.qml" line="157"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Этот экран закроется сам через %n секунду.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунды.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="163"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="12"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="19"/>
        <source>BG number</source>
        <translation>Номер BG</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="20"/>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="26"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReviewPage.qml" line="27"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Пока отсканирована %n страница.</numerusform>
            <numerusform>Пока отсканированы %n страницы.</numerusform>
            <numerusform>Пока отсканировано %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the pages</source>
        <translation>Сканировать страницы</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the page</source>
        <translation>Сканировать страницу</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="53"/>
        <source>Scan more pages</source>
        <translation>Сканировать ещё страницы</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="62"/>
        <source>Scanning the page again …</source>
        <translation>Страница сканируется заново …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="85"/>
        <source>Stop scanning</source>
        <translation>Остановить сканирование</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="114"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Ваши страницы будут появляться здесь по мере сканирования. Вы сможете просмотреть каждую перед отправкой.</translation>
    </message>
</context>
<context>
    <name>DocumentsSummaryRow</name>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="8"/>
        <source>Tap the kind of document you want to hand in. For a different kind, start again afterwards.</source>
        <translation>Нажмите на тип документа, который хотите сдать. Для другого типа начните заново после этого.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="26"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Что вы хотите сделать? Нажмите на плитку.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="57"/>
        <source>Request a callback</source>
        <translation>Заказать обратный звонок</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="58"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Мы перезвоним вам в удобное для вас время.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="67"/>
        <source>Hand in documents</source>
        <translation>Сдать документы</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="68"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Отсканируйте здесь свои бумаги. Они попадут прямо в ваше дело.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="105"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Позвоните на нашу горячую линию по номеру %1 или обратитесь на стойку регистрации. Мы с радостью поможем.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="53"/>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="121"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>Я согласен(-на), что джобцентр сохранит мои данные, чтобы мне перезвонить.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="42"/>
        <source>Your request is saved.</source>
        <translation>Ваш запрос сохранён.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ваш номер обращения</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="81"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Пожалуйста, запишите его или сфотографируйте. Он может понадобиться, если вы нам позвоните.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="104"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Если вы не сможете ответить, мы позвоним ещё раз. Вы всегда можете позвонить нам по номеру %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="113"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Этот экран закроется сам через %n секунду.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунды.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="119"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="26"/>
        <source>Questions? Call us: %1</source>
        <translation>Вопросы? Звоните нам: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="37"/>
        <source>Opening hours: %1</source>
        <translation>Часы работы: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>Пожалуйста, проверьте свои данные. Нажмите «Изменить», чтобы что-то исправить.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="22"/>
        <source>Name and phone</source>
        <translation>Имя и телефон</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24"/>
        <source>BG number: %1</source>
        <translation>Номер BG: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30"/>
        <source>Times for the call</source>
        <translation>Время для звонка</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Your note: %1</source>
        <translation>Ваша заметка: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>Нажмите на каждое подходящее вам время. Чем больше вы выберете, тем скорее мы сможем позвонить.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="76"/>
        <location filename="../qml/TimePage.qml" line="106"/>
        <source>A short note for us (optional)</source>
        <translation>Короткая заметка для нас (необязательно)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Например: лучше после 10 часов</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="43"/>
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation>
            <numerusform>Чтобы защитить ваши данные, терминал начнёт заново через %n секунду. Всё, что вы ввели, будет удалено.</numerusform>
            <numerusform>Чтобы защитить ваши данные, терминал начнёт заново через %n секунды. Всё, что вы ввели, будет удалено.</numerusform>
            <numerusform>Чтобы защитить ваши данные, терминал начнёт заново через %n секунд. Всё, что вы ввели, будет удалено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="49"/>
        <source>I need more time</source>
        <translation>Мне нужно больше времени</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Read aloud</source>
        <translation>Озвучить</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="65"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Озвучивает этот экран. Коснитесь экрана, чтобы остановить.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="71"/>
        <source>Large text</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="82"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="93"/>
        <source>Opens the list of languages.</source>
        <translation>Открывает список языков.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Сотрудник, с которым вы говорите</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="28"/>
        <source>The picture is on its way …</source>
        <translation>Изображение сейчас появится …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="66"/>
        <source>Good connection</source>
        <translation>Хорошее соединение</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="67"/>
        <source>The picture may be jerky</source>
        <translation>Изображение может прерываться</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="68"/>
        <source>Weak connection</source>
        <translation>Слабое соединение</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="69"/>
        <source>Connecting the picture …</source>
        <translation>Подключение изображения …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Microphone is off</source>
        <translation>Микрофон выключен</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Mute microphone</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="137"/>
        <source>Show a document</source>
        <translation>Показать документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="152"/>
        <source>End the call</source>
        <translation>Завершить разговор</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="22"/>
        <source>Before we call: a short check</source>
        <translation>Перед звонком: короткая проверка</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="60"/>
        <source>Starting the camera …</source>
        <translation>Камера включается …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="67"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Это вы. Пожалуйста, сядьте так, чтобы было видно ваше лицо.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="82"/>
        <source>The camera is not working.</source>
        <translation>Камера не работает.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="83"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="85"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Вы всё равно можете говорить. Сотрудник будет вас слышать, но не видеть.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="86"/>
        <source>You can see yourself in the picture.</source>
        <translation>На изображении вы видите себя.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="93"/>
        <source>The microphone is not working.</source>
        <translation>Микрофон не работает.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="96"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Сотрудник вас не услышит. Вместо этого вы можете заказать обратный звонок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="97"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Скажите что-нибудь. Когда мы вас слышим, полоска двигается.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="121"/>
        <source>The loudspeaker is not working.</source>
        <translation>Динамик не работает.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="122"/>
        <source>Loudspeaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="124"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Вы не услышите сотрудника. Вместо этого вы можете заказать обратный звонок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="125"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Нажмите кнопку. Вы слышите короткий сигнал?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>Play a test sound</source>
        <translation>Воспроизвести тестовый звук</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="142"/>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="149"/>
        <source>Request a callback instead</source>
        <translation>Лучше заказать обратный звонок</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="154"/>
        <source>Call now</source>
        <translation>Позвонить сейчас</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="29"/>
        <source>The connection was lost.</source>
        <translation>Соединение прервалось.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="30"/>
        <source>Our colleague has ended the call.</source>
        <translation>Наш сотрудник завершил разговор.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="31"/>
        <source>The call has ended.</source>
        <translation>Разговор завершён.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="44"/>
        <source>We are sorry. If you still need help, start a new call or leave a callback request.</source>
        <translation>Нам жаль. Если вам ещё нужна помощь, позвоните снова или закажите обратный звонок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="45"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Спасибо за ваш звонок. Если вам нужно что-то ещё, вы можете в любой момент начать заново.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="50"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Ничего из этого разговора не сохраняется на этом терминале.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoEndedPage.qml" line="60"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Этот экран закроется сам через %n секунду.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунды.</numerusform>
            <numerusform>Этот экран закроется сам через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="67"/>
        <source>Request a callback</source>
        <translation>Заказать обратный звонок</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="72"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you handed in go to your file. Your reference number: %1</source>
        <translation>Переданные страницы будут добавлены в ваше дело. Ваш номер обращения: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Ваши страницы ещё передаются. Это займёт немного времени.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>Показанные страницы, которые вы не передали, удалены.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>Поговорить с человеком</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>По видеосвязи, здесь и сейчас. Вам ответит сотрудник сервисной службы.</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Сейчас никто не может принять ваш звонок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>Nobody could answer your call in time.</source>
        <translation>К сожалению, никто не успел ответить на ваш звонок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="16"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Видеозвонок сейчас невозможен.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="27"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Нам жаль. Закажите вместо этого обратный звонок: мы перезвоним вам в удобное для вас время. Это займёт около 3 минут.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="57"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Ваш язык останется прежним. Вам нужно лишь указать ваш вопрос, номер телефона и удобное время.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="62"/>
        <source>Request a callback</source>
        <translation>Заказать обратный звонок</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="69"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Вы также можете позвонить на нашу горячую линию: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="75"/>
        <source>Back to start</source>
        <translation>В начало</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Сотрудник ответил. Соединяем …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="49"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Сотрудник скоро будет с вами.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Ваш звонок сейчас поступает в офис. Пожалуйста, оставайтесь перед экраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="64"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Мы звоним в сервисную службу. Пожалуйста, оставайтесь перед экраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="74"/>
        <source>Waiting time: %1:%2</source>
        <translation>Время ожидания: %1:%2</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="83"/>
        <source>Cancel the call</source>
        <translation>Отменить звонок</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Remove page %1</source>
        <translation>Удалить страницу %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Your case worker can see this page.</source>
        <translation>Ваш консультант видит эту страницу.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>On its way to your case worker …</source>
        <translation>Отправляем вашему консультанту …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Show a document</source>
        <translation>Показать документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Закрывает эту панель. Ваши страницы остаются здесь.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Страницы, которые вы не передадите, будут удалены после окончания разговора.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Ваши страницы появятся здесь. Ваш консультант видит их одновременно с вами.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n страница передана. Она попадёт в ваше дело.</numerusform>
            <numerusform>%n страницы переданы. Они попадут в ваше дело.</numerusform>
            <numerusform>%n страниц передано. Они попадут в ваше дело.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your reference number</source>
        <translation>Ваш номер обращения</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Handing in your pages …</source>
        <translation>Передаём ваши страницы …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Hand in these pages</source>
        <translation>Передать эти страницы</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Страницы будут добавлены в ваше дело в джобцентре.</translation>
    </message>
</context>
</TS>
