<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="129"/>
        <source>Scanning a test page…</source>
        <translation>Сканування тестової сторінки…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="146"/>
        <source>Enrolling…</source>
        <translation>Реєстрація…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="215"/>
        <source>Admin mode is not set up.</source>
        <translation>Режим адміністратора не налаштовано.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="224"/>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="139"/>
        <source>Admin mode</source>
        <translation>Режим адміністратора</translation>
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
        <translation>Неправильний PIN-код. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="197"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="198"/>
        <source>Scan a test page</source>
        <translation>Сканувати тестову сторінку</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="199"/>
        <source>Send queue now</source>
        <translation>Надіслати чергу зараз</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="200"/>
        <source>Show log</source>
        <translation>Показати журнал</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="201"/>
        <source>Restart app</source>
        <translation>Перезапустити застосунок</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="202"/>
        <source>Leave admin mode</source>
        <translation>Вийти з режиму адміністратора</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="223"/>
        <source>Enroll again</source>
        <translation>Зареєструвати знову</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="226"/>
        <source>Backoffice URL</source>
        <translation>URL бекофісу</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="227"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="230"/>
        <source>Enroll</source>
        <translation>Зареєструвати</translation>
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
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Back to the summary</source>
        <translation>Назад до огляду</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
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
        <location filename="../journeys/callback/texts.py" line="19"/>
        <source>Please choose what your call is about.</source>
        <translation>Будь ласка, виберіть, щодо чого ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="22"/>
        <source>Please enter your name.</source>
        <translation>Будь ласка, введіть своє ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>Будь ласка, введіть номер телефону, за яким ми можемо з вами зв&apos;язатися.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="26"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>Це не номер телефону. Будь ласка, вводьте лише цифри, наприклад 0171 2345678.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="30"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>Цей номер телефону неповний. Будь ласка, перевірте цифри.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="34"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>Цей номер BG виглядає неправильно. Він має 5 цифр, потім BG, потім 7 цифр, наприклад 12345BG1234567. Ви можете також залишити поле порожнім.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="39"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>Будь ласка, виберіть принаймні один час, коли вам можна зателефонувати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="42"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символу.</numerusform>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символів.</numerusform>
            <numerusform>Ваше повідомлення задовге. Будь ласка, скоротіть його до %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="48"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>Ми можемо передзвонити вам, лише якщо ви погодитеся. Будь ласка, торкніться поля вище.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="58"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>Цей термінал зараз не може приймати запити. Ваші дані збережено на екрані. Будь ласка, зателефонуйте нам за номером %1 або зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="64"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>Не вдалося зберегти ваш запит. Ваші дані збережено на екрані. Будь ласка, спробуйте ще раз або зателефонуйте нам за номером %1.</translation>
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
        <translation>Ми зателефонуємо вам: %1, з %2 до %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="101"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>Або: %1, з %2 до %3.</translation>
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
        <location filename="../qml/DocumentsFlow.qml" line="9"/>
        <source>What kind of document is it?</source>
        <translation>Що це за документ?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>Do you know your BG number?</source>
        <translation>Ви знаєте свій номер BG?</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Scan your pages</source>
        <translation>Відскануйте свої сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Check and send</source>
        <translation>Перевірити й надіслати</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="82"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>Ваші документи зберігаються. Будь ласка, зачекайте трохи.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="99"/>
        <source>Sending …</source>
        <translation>Надсилання …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="61"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Send documents</source>
        <translation>Надіслати документи</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="13"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>Ця сторінка, здається, порожня. Якщо це зворотний бік аркуша, її можна видалити.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="17"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Верхній край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="21"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Нижній край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="26"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Лівий край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="31"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Правий край сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="36"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>Частини сторінки, здається, обрізано. Покладіть сторінку на скло повністю й відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="40"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>Ця сторінка вийшла надто темною. Будь ласка, відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>Ця сторінка вийшла дуже світлою, її може бути важко прочитати. Будь ласка, відскануйте її ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="53"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>Папір застряг у сканері. Будь ласка, обережно вийміть його, знову покладіть сторінки, які ще не відскановано, і торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>Кришка сканера відкрита. Будь ласка, закрийте її й торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="62"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>У подавачі немає паперу. Будь ласка, покладіть свої сторінки й торкніться «Сканувати ще сторінки».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="66"/>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>Сканер зараз не готовий. Будь ласка, зверніться на рецепцію.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="74"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>Сканер ще зайнятий. Будь ласка, зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="77"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>Сканування зупинено. Уже відскановані сторінки збережено.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="83"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>Зі сканером щось пішло не так. Будь ласка, спробуйте ще раз або зверніться на рецепцію.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="91"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>Вашу %n уже відскановану сторінку збережено.</numerusform>
            <numerusform>Ваші %n уже відскановані сторінки збережено.</numerusform>
            <numerusform>Ваші %n уже відсканованих сторінок збережено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="97"/>
        <source>Scanning page %1 …</source>
        <translation>Сканується сторінка %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="103"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>Сторінка %1 ще потребує вашої уваги. Відскануйте її ще раз або торкніться «Залишити як є».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="110"/>
        <source>Please scan at least one page.</source>
        <translation>Будь ласка, відскануйте принаймні одну сторінку.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="114"/>
        <source>Please choose what kind of document it is.</source>
        <translation>Будь ласка, виберіть, що це за документ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="120"/>
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
        <location filename="../qml/DocumentsPageCard.qml" line="46"/>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="66"/>
        <source>This page looks good.</source>
        <translation>Ця сторінка виглядає добре.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="79"/>
        <source>Scan again</source>
        <translation>Сканувати ще раз</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="87"/>
        <source>Turn</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>Повернути сторінку %1 на чверть оберту праворуч</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="96"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="105"/>
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
        <location filename="../qml/DocumentsReceiptPage.qml" line="42"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>Ваші документи збережено, їх буде надіслано до джобцентру.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ваш номер звернення</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="103"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="119"/>
        <source>Handed in</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="136"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>Будь ласка, запишіть номер або сфотографуйте його. За ним працівники знайдуть ваші документи.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="147"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>Будь ласка, заберіть свої папери. На цьому терміналі нічого з них не залишається доступним для читання.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReceiptPage.qml" line="157"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Цей екран закриється автоматично через %n секунду.</numerusform>
            <numerusform>Цей екран закриється автоматично через %n секунди.</numerusform>
            <numerusform>Цей екран закриється автоматично через %n секунд.</numerusform>
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
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="26"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReviewPage.qml" line="27"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>Поки що відскановано %n сторінку.</numerusform>
            <numerusform>Поки що відскановано %n сторінки.</numerusform>
            <numerusform>Поки що відскановано %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the pages</source>
        <translation>Сканувати сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the page</source>
        <translation>Сканувати сторінку</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="53"/>
        <source>Scan more pages</source>
        <translation>Сканувати ще сторінки</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="62"/>
        <source>Scanning the page again …</source>
        <translation>Сторінка сканується ще раз …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="85"/>
        <source>Stop scanning</source>
        <translation>Зупинити сканування</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="114"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>Ваші сторінки з&apos;являтимуться тут після сканування. Ви зможете переглянути кожну, перш ніж надіслати.</translation>
    </message>
</context>
<context>
    <name>DocumentsSummaryRow</name>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>Змінити: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="8"/>
        <source>Tap the kind of document you want to hand in. For a different kind, start again afterwards.</source>
        <translation>Торкніться типу документа, який ви хочете подати. Для документа іншого типу почніть спочатку після цього.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="26"/>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>Що ви хочете зробити? Торкніться плитки.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="57"/>
        <source>Request a callback</source>
        <translation>Замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="58"/>
        <source>We call you back at a time that suits you.</source>
        <translation>Ми передзвонимо вам у зручний для вас час.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="67"/>
        <source>Hand in documents</source>
        <translation>Подати документи</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="68"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>Відскануйте тут свої папери. Вони потраплять прямо до вашої справи.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="105"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>Зателефонуйте на нашу гарячу лінію за номером %1 або зверніться на рецепцію. Ми охоче допоможемо.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="53"/>
        <source>Choose your language</source>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="121"/>
        <source>Close</source>
        <translation>Закрити</translation>
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
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="42"/>
        <source>Your request is saved.</source>
        <translation>Ваш запит збережено.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>Ваш номер звернення</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="81"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>Будь ласка, запишіть його або сфотографуйте. Він може знадобитися, якщо ви нам зателефонуєте.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="104"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>Якщо ви не зможете відповісти, ми зателефонуємо ще раз. Ви завжди можете зателефонувати нам за номером %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="113"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Цей екран закриється автоматично через %n секунду.</numerusform>
            <numerusform>Цей екран закриється автоматично через %n секунди.</numerusform>
            <numerusform>Цей екран закриється автоматично через %n секунд.</numerusform>
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
        <translation>Питання? Телефонуйте нам: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="37"/>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17"/>
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
        <location filename="../qml/SummaryPage.qml" line="22"/>
        <source>Name and phone</source>
        <translation>Ім&apos;я та телефон</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24"/>
        <source>BG number: %1</source>
        <translation>Номер BG: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30"/>
        <source>Times for the call</source>
        <translation>Час для дзвінка</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Your note: %1</source>
        <translation>Ваше повідомлення: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44"/>
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
        <location filename="../qml/TimePage.qml" line="76"/>
        <location filename="../qml/TimePage.qml" line="106"/>
        <source>A short note for us (optional)</source>
        <translation>Коротке повідомлення для нас (необов&apos;язково)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>Наприклад: краще після 10-ї години</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="43"/>
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation>
            <numerusform>Щоб захистити ваші дані, термінал почне спочатку через %n секунду. Усе, що ви ввели, буде видалено.</numerusform>
            <numerusform>Щоб захистити ваші дані, термінал почне спочатку через %n секунди. Усе, що ви ввели, буде видалено.</numerusform>
            <numerusform>Щоб захистити ваші дані, термінал почне спочатку через %n секунд. Усе, що ви ввели, буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="49"/>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
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
        <translation>Озвучити</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="65"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>Озвучує цей екран. Торкніться екрана, щоб зупинити.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="71"/>
        <source>Large text</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="82"/>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="92"/>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="93"/>
        <source>Opens the list of languages.</source>
        <translation>Відкриває список мов.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>Працівник, з яким ви розмовляєте</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="28"/>
        <source>The picture is on its way …</source>
        <translation>Зображення ось-ось з’явиться …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="66"/>
        <source>Good connection</source>
        <translation>Добре з’єднання</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="67"/>
        <source>The picture may be jerky</source>
        <translation>Зображення може перериватися</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="68"/>
        <source>Weak connection</source>
        <translation>Слабке з’єднання</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="69"/>
        <source>Connecting the picture …</source>
        <translation>Підключення зображення …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Microphone is off</source>
        <translation>Мікрофон вимкнено</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Mute microphone</source>
        <translation>Вимкнути мікрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="137"/>
        <source>Show a document</source>
        <translation>Показати документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="152"/>
        <source>End the call</source>
        <translation>Завершити розмову</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="22"/>
        <source>Before we call: a short check</source>
        <translation>Перед дзвінком: коротка перевірка</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="60"/>
        <source>Starting the camera …</source>
        <translation>Камера вмикається …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="67"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>Це ви. Будь ласка, сядьте так, щоб було видно ваше обличчя.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="82"/>
        <source>The camera is not working.</source>
        <translation>Камера не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="83"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="85"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>Ви все одно можете говорити. Працівник чутиме вас, але не бачитиме.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="86"/>
        <source>You can see yourself in the picture.</source>
        <translation>На зображенні ви бачите себе.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="93"/>
        <source>The microphone is not working.</source>
        <translation>Мікрофон не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>Microphone</source>
        <translation>Мікрофон</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="96"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>Працівник вас не почує. Натомість ви можете замовити зворотний дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="97"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>Скажіть щось. Коли ми вас чуємо, смужка рухається.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="121"/>
        <source>The loudspeaker is not working.</source>
        <translation>Динамік не працює.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="122"/>
        <source>Loudspeaker</source>
        <translation>Динамік</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="124"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>Ви не почуєте працівника. Натомість ви можете замовити зворотний дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="125"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>Натисніть кнопку. Чи чуєте ви короткий сигнал?</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>Play a test sound</source>
        <translation>Відтворити тестовий звук</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="142"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="149"/>
        <source>Request a callback instead</source>
        <translation>Краще замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="154"/>
        <source>Call now</source>
        <translation>Зателефонувати зараз</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="29"/>
        <source>The connection was lost.</source>
        <translation>З’єднання перервалося.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="30"/>
        <source>Our colleague has ended the call.</source>
        <translation>Наш працівник завершив розмову.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="31"/>
        <source>The call has ended.</source>
        <translation>Розмову завершено.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="44"/>
        <source>We are sorry. If you still need help, start a new call or leave a callback request.</source>
        <translation>Нам шкода. Якщо вам ще потрібна допомога, зателефонуйте знову або замовте зворотний дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="45"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>Дякуємо за ваш дзвінок. Якщо вам ще щось потрібно, ви можете будь-коли почати знову.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="50"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>Нічого з цієї розмови не зберігається на цьому терміналі.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoEndedPage.qml" line="60"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>Цей екран закриється сам через %n секунду.</numerusform>
            <numerusform>Цей екран закриється сам через %n секунди.</numerusform>
            <numerusform>Цей екран закриється сам через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="67"/>
        <source>Request a callback</source>
        <translation>Замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="72"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you handed in go to your file. Your reference number: %1</source>
        <translation>Передані сторінки буде додано до вашої справи. Ваш номер звернення: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>Ваші сторінки ще передаються. Це займе трохи часу.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
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
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>Зараз ніхто не може прийняти ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>Nobody could answer your call in time.</source>
        <translation>На жаль, ніхто не встиг відповісти на ваш дзвінок.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="16"/>
        <source>A video call is not possible at the moment.</source>
        <translation>Відеодзвінок зараз неможливий.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="27"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>Нам шкода. Замовте натомість зворотний дзвінок: ми передзвонимо вам у зручний для вас час. Це займе близько 3 хвилин.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="57"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>Ваша мова залишиться тією самою. Вам потрібно лише вказати ваше питання, номер телефону та зручний час.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="62"/>
        <source>Request a callback</source>
        <translation>Замовити зворотний дзвінок</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="69"/>
        <source>You can also call our hotline on %1.</source>
        <translation>Ви також можете зателефонувати на нашу гарячу лінію: %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="75"/>
        <source>Back to start</source>
        <translation>На початок</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>Працівник відповів. З’єднуємо …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="49"/>
        <source>A colleague will be with you shortly.</source>
        <translation>Працівник незабаром буде з вами.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>Ваш дзвінок зараз надходить до офісу. Будь ласка, залишайтеся перед екраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="64"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>Ми телефонуємо до сервісної служби. Будь ласка, залишайтеся перед екраном.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="74"/>
        <source>Waiting time: %1:%2</source>
        <translation>Час очікування: %1:%2</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="83"/>
        <source>Cancel the call</source>
        <translation>Скасувати дзвінок</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Remove page %1</source>
        <translation>Видалити сторінку %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Your case worker can see this page.</source>
        <translation>Ваш консультант бачить цю сторінку.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>On its way to your case worker …</source>
        <translation>Надсилаємо вашому консультанту …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Show a document</source>
        <translation>Показати документ</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>Закриває цю панель. Ваші сторінки залишаються тут.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>Сторінки, які ви не передасте, буде видалено після завершення розмови.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>Ваші сторінки з'являться тут. Ваш консультант бачить їх одночасно з вами.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>%n сторінку передано. Вона потрапить до вашої справи.</numerusform>
            <numerusform>%n сторінки передано. Вони потраплять до вашої справи.</numerusform>
            <numerusform>%n сторінок передано. Вони потраплять до вашої справи.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your reference number</source>
        <translation>Ваш номер звернення</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Handing in your pages …</source>
        <translation>Передаємо ваші сторінки …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Hand in these pages</source>
        <translation>Передати ці сторінки</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>Сторінки буде додано до вашої справи в джобцентрі.</translation>
    </message>
</context>
</TS>
