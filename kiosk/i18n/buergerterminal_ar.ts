<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../admin/viewmodel.py" line="129"/>
        <source>Scanning a test page…</source>
        <translation>جارٍ مسح صفحة اختبار…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="146"/>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="215"/>
        <source>Admin mode is not set up.</source>
        <translation>وضع المسؤول غير مُعدّ.</translation>
    </message>
    <message>
        <location filename="../admin/viewmodel.py" line="224"/>
        <source>Wrong PIN.</source>
        <translation>رقم PIN غير صحيح.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="50"/>
        <location filename="../qml/AdminOverlay.qml" line="139"/>
        <source>Admin mode</source>
        <translation>وضع المسؤول</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="66"/>
        <location filename="../qml/AdminOverlay.qml" line="67"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="85"/>
        <source>Wrong PIN. Try again in %1 s.</source>
        <translation>الرقم السري غير صحيح. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="94"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="106"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="197"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="198"/>
        <source>Scan a test page</source>
        <translation>مسح صفحة اختبار</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="199"/>
        <source>Send queue now</source>
        <translation>إرسال قائمة الانتظار الآن</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="200"/>
        <source>Show log</source>
        <translation>عرض السجل</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="201"/>
        <source>Restart app</source>
        <translation>إعادة تشغيل التطبيق</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="202"/>
        <source>Leave admin mode</source>
        <translation>الخروج من وضع المسؤول</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="223"/>
        <source>Enroll again</source>
        <translation>التسجيل من جديد</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="226"/>
        <source>Backoffice URL</source>
        <translation>عنوان URL للمكتب الخلفي</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="227"/>
        <source>Token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../qml/AdminOverlay.qml" line="230"/>
        <source>Enroll</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>CallbackFlow</name>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="9"/>
        <source>What is your call about?</source>
        <translation>ما موضوع الاتصال؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="10"/>
        <source>How can we reach you?</source>
        <translation>كيف يمكننا الوصول إليك؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="11"/>
        <source>When may we call you?</source>
        <translation>متى يمكننا الاتصال بك؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="12"/>
        <source>Your details are protected</source>
        <translation>بياناتك محمية</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="13"/>
        <source>Is everything correct?</source>
        <translation>هل كل شيء صحيح؟</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="53"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Back to the summary</source>
        <translation>العودة إلى الملخص</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="61"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../qml/CallbackFlow.qml" line="69"/>
        <source>Send request</source>
        <translation>إرسال الطلب</translation>
    </message>
</context>
<context>
    <name>CallbackJourney</name>
    <message>
        <location filename="../journeys/callback/texts.py" line="19"/>
        <source>Please choose what your call is about.</source>
        <translation>يرجى اختيار موضوع الاتصال.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="22"/>
        <source>Please enter your name.</source>
        <translation>يرجى إدخال اسمك.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="23"/>
        <source>Please enter the phone number we can reach you on.</source>
        <translation>يرجى إدخال رقم الهاتف الذي يمكننا الوصول إليك عليه.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="26"/>
        <source>This is not a phone number. Please enter digits only, for example 0171 2345678.</source>
        <translation>هذا ليس رقم هاتف. يرجى إدخال أرقام فقط، مثل ⁦0171 2345678⁩.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="30"/>
        <source>This phone number is not complete. Please check the digits.</source>
        <translation>رقم الهاتف هذا غير مكتمل. يرجى التحقق من الأرقام.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="34"/>
        <source>This BG number does not look right. It has 5 digits, then BG, then 7 digits, for example 12345BG1234567. You can also leave the field empty.</source>
        <translation>رقم BG هذا لا يبدو صحيحًا. يتكون من 5 أرقام، ثم BG، ثم 7 أرقام، مثل ⁦12345BG1234567⁩. يمكنك أيضًا ترك الحقل فارغًا.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="39"/>
        <source>Please choose at least one time when we may call you.</source>
        <translation>يرجى اختيار وقت واحد على الأقل يمكننا الاتصال بك فيه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/callback/texts.py" line="42"/>
        <source>Your note is too long. Please shorten it to %n characters.</source>
        <translation>
            <numerusform>ملاحظتك طويلة جدًا. يرجى ألا تتجاوز %n حرف.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى حرف واحد.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى حرفين.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n أحرف.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n حرفًا.</numerusform>
            <numerusform>ملاحظتك طويلة جدًا. يرجى اختصارها إلى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="48"/>
        <source>We can only call you back if you agree. Please tap the box above.</source>
        <translation>لا يمكننا الاتصال بك إلا إذا وافقت. يرجى الضغط على المربع أعلاه.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="58"/>
        <source>This terminal cannot take requests at the moment. Your details are still here. Please call us on %1 or ask at the reception desk.</source>
        <translation>لا يمكن لهذا الجهاز استقبال الطلبات حاليًا. بياناتك لا تزال هنا. يرجى الاتصال بنا على %1 أو السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="64"/>
        <source>Your request could not be saved just now. Your details are still here. Please try again, or call us on %1.</source>
        <translation>تعذّر حفظ طلبك الآن. بياناتك لا تزال هنا. يرجى المحاولة مرة أخرى، أو الاتصال بنا على %1.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="74"/>
        <source>dddd, d MMMM</source>
        <translation>dddd، d MMMM</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="86"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="97"/>
        <source>We will call you on %1 between %2 and %3.</source>
        <translation>سنتصل بك يوم %1 بين الساعة %2 والساعة %3.</translation>
    </message>
    <message>
        <location filename="../journeys/callback/texts.py" line="101"/>
        <source>Or on %1 between %2 and %3.</source>
        <translation>أو يوم %1 بين الساعة %2 والساعة %3.</translation>
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
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="17"/>
        <source>Phone number for the callback</source>
        <translation>رقم الهاتف لمعاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="18"/>
        <source>Mobile or landline, for example 0171 2345678</source>
        <translation>جوال أو هاتف أرضي، مثل ⁦0171 2345678⁩</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="29"/>
        <source>BG number (optional)</source>
        <translation>رقم BG (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/ContactPage.qml" line="30"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>تجده في الرسائل الواردة من مركز العمل (Jobcenter)، مثل ⁦12345BG1234567⁩.</translation>
    </message>
</context>
<context>
    <name>DocumentsBgPage</name>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="7"/>
        <source>With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.</source>
        <translation>مع رقم BG تصل مستنداتك إلى الملف الصحيح بشكل أسرع. إذا لم يكن معك، فاضغط فقط على «التالي».</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="15"/>
        <source>BG number (optional)</source>
        <translation>رقم BG (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsBgPage.qml" line="16"/>
        <source>You find it on letters from the job centre, for example 12345BG1234567.</source>
        <translation>تجده في الرسائل الواردة من مركز العمل (Jobcenter)، مثل ⁦12345BG1234567⁩.</translation>
    </message>
</context>
<context>
    <name>DocumentsFlow</name>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="9"/>
        <source>What kind of document is it?</source>
        <translation>ما نوع المستند؟</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="10"/>
        <source>Do you know your BG number?</source>
        <translation>هل تعرف رقم BG الخاص بك؟</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="11"/>
        <source>Scan your pages</source>
        <translation>امسح صفحاتك ضوئيًا</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="12"/>
        <source>Check and send</source>
        <translation>تحقّق وأرسل</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="82"/>
        <source>Your documents are being saved. Please wait a moment.</source>
        <translation>يتم حفظ مستنداتك. يُرجى الانتظار قليلًا.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="99"/>
        <source>Sending …</source>
        <translation>جارٍ الإرسال …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="52"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="61"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsFlow.qml" line="69"/>
        <source>Send documents</source>
        <translation>إرسال المستندات</translation>
    </message>
</context>
<context>
    <name>DocumentsJourney</name>
    <message>
        <location filename="../journeys/documents/texts.py" line="13"/>
        <source>This page seems to be empty. If it is the back of a page, you can remove it.</source>
        <translation>يبدو أن هذه الصفحة فارغة. إذا كانت الوجه الخلفي لورقة، يمكنك حذفها.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="17"/>
        <source>The top of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الجزء العلوي من الصفحة مقطوع. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="21"/>
        <source>The bottom of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الجزء السفلي من الصفحة مقطوع. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="26"/>
        <source>The left edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الحافة اليسرى من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="31"/>
        <source>The right edge of the page seems cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن الحافة اليمنى من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="36"/>
        <source>Parts of the page seem cut off. Lay the page fully on the glass and scan it again.</source>
        <translation>يبدو أن أجزاء من الصفحة مقطوعة. ضع الصفحة بالكامل على الزجاج وامسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="40"/>
        <source>This page came out too dark. Please scan it again.</source>
        <translation>خرجت هذه الصفحة داكنة جدًا. يرجى مسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="43"/>
        <source>This page came out very light and may be hard to read. Please scan it again.</source>
        <translation>خرجت هذه الصفحة فاتحة جدًا وقد تكون صعبة القراءة. يرجى مسحها ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="53"/>
        <source>The paper is stuck in the scanner. Please take it out carefully, put the pages that were not scanned back in, and tap “Scan more pages”.</source>
        <translation>الورق عالق في الماسح الضوئي. يرجى إخراجه بحذر، وإعادة وضع الصفحات التي لم تُمسح، ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="58"/>
        <source>The scanner lid is open. Please close it and tap “Scan more pages”.</source>
        <translation>غطاء الماسح الضوئي مفتوح. يرجى إغلاقه ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="62"/>
        <source>There is no paper in the feeder. Please put your pages in and tap “Scan more pages”.</source>
        <translation>لا يوجد ورق في وحدة التغذية. يرجى وضع صفحاتك ثم الضغط على «مسح صفحات أخرى».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="66"/>
        <location filename="../journeys/documents/texts.py" line="70"/>
        <source>The scanner is not ready at the moment. Please ask at the reception desk.</source>
        <translation>الماسح الضوئي غير جاهز حاليًا. يرجى السؤال في مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="74"/>
        <source>The scanner is still busy. Please wait a moment and try again.</source>
        <translation>الماسح الضوئي لا يزال مشغولًا. يرجى الانتظار قليلًا والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="77"/>
        <source>Scanning was stopped. The pages scanned so far are kept.</source>
        <translation>تم إيقاف المسح الضوئي. الصفحات التي تم مسحها حتى الآن محفوظة.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="83"/>
        <source>Something went wrong at the scanner. Please try again, or ask at the reception desk.</source>
        <translation>حدث خطأ في الماسح الضوئي. يرجى المحاولة مرة أخرى، أو السؤال في مكتب الاستقبال.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="91"/>
        <source>Your %n pages scanned so far are kept.</source>
        <translation>
            <numerusform>لم تُمسح أي صفحة حتى الآن.</numerusform>
            <numerusform>الصفحة التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحتان اللتان مسحتهما حتى الآن محفوظتان.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
            <numerusform>الصفحات الـ%n التي مسحتها حتى الآن محفوظة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="97"/>
        <source>Scanning page %1 …</source>
        <translation>جارٍ مسح الصفحة %1 …</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="103"/>
        <source>Page %1 still needs your attention. Scan it again, or tap “Keep as it is”.</source>
        <translation>الصفحة %1 لا تزال تحتاج إلى انتباهك. امسحها ضوئيًا مرة أخرى، أو اضغط على «الإبقاء عليها كما هي».</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="110"/>
        <source>Please scan at least one page.</source>
        <translation>يرجى مسح صفحة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../journeys/documents/texts.py" line="114"/>
        <source>Please choose what kind of document it is.</source>
        <translation>يرجى اختيار نوع المستند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../journeys/documents/texts.py" line="120"/>
        <source>A document can have at most %n pages. Please hand in the rest as a second document.</source>
        <translation>
            <numerusform>لا يمكن أن يحتوي المستند على أي صفحة. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على صفحة واحدة فقط. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على صفحتين كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحات كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحة كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
            <numerusform>يمكن أن يحتوي المستند على %n صفحة كحد أقصى. يرجى تقديم الباقي كمستند ثانٍ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPageCard</name>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="46"/>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="66"/>
        <source>This page looks good.</source>
        <translation>تبدو هذه الصفحة جيدة.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="79"/>
        <source>Scan again</source>
        <translation>إعادة المسح</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="87"/>
        <source>Turn</source>
        <translation>تدوير</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="91"/>
        <source>Turn page %1 a quarter to the right</source>
        <translation>تدوير الصفحة %1 ربع دورة إلى اليمين</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="96"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPageCard.qml" line="105"/>
        <source>Keep as it is</source>
        <translation>الإبقاء عليها كما هي</translation>
    </message>
</context>
<context>
    <name>DocumentsPlacement</name>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="98"/>
        <source>Put all pages into the feeder, text facing up and the top edge first.</source>
        <translation>ضع كل الصفحات في وحدة التغذية، والكتابة إلى الأعلى والحافة العلوية أولًا.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsPlacement.qml" line="99"/>
        <source>Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.</source>
        <translation>ضع صفحة واحدة على الزجاج والكتابة إلى الأسفل، في الزاوية التي عليها السهم. أغلق الغطاء.</translation>
    </message>
</context>
<context>
    <name>DocumentsReceiptPage</name>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="42"/>
        <source>Your documents are saved and will be sent to the job centre.</source>
        <translation>تم حفظ مستنداتك وسيتم إرسالها إلى مركز العمل (Jobcenter).</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>رقم المرجع الخاص بك</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="87"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="103"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="119"/>
        <source>Handed in</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="136"/>
        <source>Please write the number down or take a photo. With it, staff can find your documents.</source>
        <translation>يرجى كتابة الرقم أو التقاط صورة له. يستطيع الموظفون من خلاله العثور على مستنداتك.</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="147"/>
        <source>Please take your papers with you. Nothing of them stays readable on this terminal.</source>
        <translation>يرجى أخذ أوراقك معك. لا يبقى منها شيء مقروء على هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReceiptPage.qml" line="157"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانية واحدة.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانيتين.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReceiptPage.qml" line="163"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewPage</name>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="12"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="19"/>
        <source>BG number</source>
        <translation>رقم BG</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="20"/>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsReviewPage.qml" line="26"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/DocumentsReviewPage.qml" line="27"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsScanPage</name>
    <message numerus="yes">
        <location filename="../qml/DocumentsScanPage.qml" line="39"/>
        <source>%n page(s) scanned so far.</source>
        <translation>
            <numerusform>لم تُمسح أي صفحة بعد.</numerusform>
            <numerusform>تم مسح صفحة واحدة حتى الآن.</numerusform>
            <numerusform>تم مسح صفحتين حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحات حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحة حتى الآن.</numerusform>
            <numerusform>تم مسح %n صفحة حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the pages</source>
        <translation>مسح الصفحات</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="52"/>
        <source>Scan the page</source>
        <translation>مسح الصفحة</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="53"/>
        <source>Scan more pages</source>
        <translation>مسح صفحات أخرى</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="62"/>
        <source>Scanning the page again …</source>
        <translation>جارٍ مسح الصفحة مرة أخرى …</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="85"/>
        <source>Stop scanning</source>
        <translation>إيقاف المسح</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsScanPage.qml" line="114"/>
        <source>Your pages will appear here as they are scanned. You can look at each one before you send it.</source>
        <translation>ستظهر صفحاتك هنا أثناء مسحها. يمكنك الاطلاع على كل صفحة قبل إرسالها.</translation>
    </message>
</context>
<context>
    <name>DocumentsSummaryRow</name>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../qml/DocumentsSummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>تغيير: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTypePage</name>
    <message>
        <location filename="../qml/DocumentsTypePage.qml" line="8"/>
        <source>Tap the kind of document you want to hand in. For a different kind, start again afterwards.</source>
        <translation>اضغط على نوع المستند الذي تريد تقديمه. لنوع آخر، ابدأ من جديد بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../qml/HomeScreen.qml" line="26"/>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="37"/>
        <source>What would you like to do? Tap a tile.</source>
        <translation>ماذا تريد أن تفعل؟ اضغط على أحد المربعات.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="57"/>
        <source>Request a callback</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="58"/>
        <source>We call you back at a time that suits you.</source>
        <translation>نعاود الاتصال بك في وقت يناسبك.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="67"/>
        <source>Hand in documents</source>
        <translation>تقديم المستندات</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="68"/>
        <source>Scan your papers here. They go straight to your file.</source>
        <translation>امسح أوراقك ضوئيًا هنا. تصل مباشرة إلى ملفك.</translation>
    </message>
    <message>
        <location filename="../qml/HomeScreen.qml" line="105"/>
        <source>Call our hotline on %1, or ask at the reception desk. We are happy to help.</source>
        <translation>اتصل بخطنا الساخن على %1، أو اسأل في مكتب الاستقبال. يسعدنا مساعدتك.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="53"/>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <location filename="../qml/LanguageChooser.qml" line="121"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../qml/PrivacyPage.qml" line="60"/>
        <source>I agree that the job centre stores my details to call me back.</source>
        <translation>أوافق على أن يحفظ مركز العمل (Jobcenter) بياناتي لمعاودة الاتصال بي.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="42"/>
        <source>Your request is saved.</source>
        <translation>تم حفظ طلبك.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="63"/>
        <source>Your reference number</source>
        <translation>رقم المرجع الخاص بك</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="81"/>
        <source>Please write it down or take a photo. You may need it if you call us.</source>
        <translation>يرجى كتابته أو التقاط صورة له. قد تحتاجه إذا اتصلت بنا.</translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="104"/>
        <source>If you cannot take the call, we will try again. You can always call us on %1.</source>
        <translation>إذا لم تتمكن من الرد، سنحاول مرة أخرى. يمكنك دائمًا الاتصال بنا على %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReceiptPage.qml" line="113"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانية واحدة.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانيتين.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReceiptPage.qml" line="119"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../qml/SiteBar.qml" line="26"/>
        <source>Questions? Call us: %1</source>
        <translation>لديك أسئلة؟ اتصل بنا: %1</translation>
    </message>
    <message>
        <location filename="../qml/SiteBar.qml" line="37"/>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../qml/StepHeader.qml" line="17"/>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../qml/SummaryPage.qml" line="6"/>
        <source>Please check your details. Tap “Change” to correct something.</source>
        <translation>يرجى التحقق من بياناتك. اضغط على «تغيير» لتصحيح أي شيء.</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="15"/>
        <source>Concern</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="22"/>
        <source>Name and phone</source>
        <translation>الاسم والهاتف</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="24"/>
        <source>BG number: %1</source>
        <translation>رقم BG: %1</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="30"/>
        <source>Times for the call</source>
        <translation>أوقات الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/SummaryPage.qml" line="32"/>
        <source>Your note: %1</source>
        <translation>ملاحظتك: %1</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <location filename="../qml/SummaryRow.qml" line="41"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location filename="../qml/SummaryRow.qml" line="44"/>
        <source>Change: %1</source>
        <translation>تغيير: %1</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../qml/TimePage.qml" line="7"/>
        <source>Tap every time that suits you. The more you choose, the sooner we can call.</source>
        <translation>اضغط على كل وقت يناسبك. كلما اخترت أوقاتًا أكثر، تمكّنّا من الاتصال بك أسرع.</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="76"/>
        <location filename="../qml/TimePage.qml" line="106"/>
        <source>A short note for us (optional)</source>
        <translation>ملاحظة قصيرة لنا (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/TimePage.qml" line="104"/>
        <source>For example: best after 10 o&apos;clock, please</source>
        <translation>مثلًا: يُفضّل بعد الساعة العاشرة</translation>
    </message>
</context>
<context>
    <name>TimeoutOverlay</name>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="31"/>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/TimeoutOverlay.qml" line="43"/>
        <source>To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.</source>
        <translation>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد %n ثانية. وسيُحذف كل ما أدخلته.</numerusform>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد ثانية واحدة. وسيُحذف كل ما أدخلته.</numerusform>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد ثانيتين. وسيُحذف كل ما أدخلته.</numerusform>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد %n ثوانٍ. وسيُحذف كل ما أدخلته.</numerusform>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد %n ثانية. وسيُحذف كل ما أدخلته.</numerusform>
            <numerusform>لحماية بياناتك، سيبدأ الجهاز من جديد بعد %n ثانية. وسيُحذف كل ما أدخلته.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/TimeoutOverlay.qml" line="49"/>
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="64"/>
        <source>Read aloud</source>
        <translation>استمع</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="65"/>
        <source>Reads this screen aloud. Touch the screen to stop.</source>
        <translation>يقرأ هذه الشاشة بصوت عالٍ. المس الشاشة للإيقاف.</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="71"/>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="80"/>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="82"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="92"/>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../qml/TopBar.qml" line="93"/>
        <source>Opens the list of languages.</source>
        <translation>يفتح قائمة اللغات.</translation>
    </message>
</context>
<context>
    <name>VideoCallPage</name>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="22"/>
        <source>The colleague you are talking to</source>
        <translation>الموظف الذي تتحدث معه</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="28"/>
        <source>The picture is on its way …</source>
        <translation>الصورة في الطريق …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="66"/>
        <source>Good connection</source>
        <translation>اتصال جيد</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="67"/>
        <source>The picture may be jerky</source>
        <translation>قد تتقطع الصورة</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="68"/>
        <source>Weak connection</source>
        <translation>اتصال ضعيف</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="69"/>
        <source>Connecting the picture …</source>
        <translation>جارٍ توصيل الصورة …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Microphone is off</source>
        <translation>الميكروفون مغلق</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="127"/>
        <source>Mute microphone</source>
        <translation>كتم الميكروفون</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="137"/>
        <source>Show a document</source>
        <translation>عرض مستند</translation>
    </message>
    <message>
        <location filename="../qml/VideoCallPage.qml" line="152"/>
        <source>End the call</source>
        <translation>إنهاء المكالمة</translation>
    </message>
</context>
<context>
    <name>VideoCheckPage</name>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="22"/>
        <source>Before we call: a short check</source>
        <translation>قبل الاتصال: فحص قصير</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="60"/>
        <source>Starting the camera …</source>
        <translation>جارٍ تشغيل الكاميرا …</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="67"/>
        <source>This is you. Please sit so that you can see your face.</source>
        <translation>هذا أنت. يُرجى الجلوس بحيث ترى وجهك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="82"/>
        <source>The camera is not working.</source>
        <translation>الكاميرا لا تعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="83"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="85"/>
        <source>You can still talk. The colleague will hear you but not see you.</source>
        <translation>لا يزال بإمكانك التحدث. سيسمعك الموظف لكنه لن يراك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="86"/>
        <source>You can see yourself in the picture.</source>
        <translation>ترى نفسك في الصورة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="93"/>
        <source>The microphone is not working.</source>
        <translation>الميكروفون لا يعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="94"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="96"/>
        <source>The colleague would not hear you. You can leave a callback request instead.</source>
        <translation>لن يسمعك الموظف. يمكنك بدلاً من ذلك طلب معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="97"/>
        <source>Say something. The bar moves when we hear you.</source>
        <translation>قل شيئًا. يتحرك الشريط عندما نسمعك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="121"/>
        <source>The loudspeaker is not working.</source>
        <translation>مكبر الصوت لا يعمل.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="122"/>
        <source>Loudspeaker</source>
        <translation>مكبر الصوت</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="124"/>
        <source>You would not hear the colleague. You can leave a callback request instead.</source>
        <translation>لن تسمع الموظف. يمكنك بدلاً من ذلك طلب معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="125"/>
        <source>Tap the button. Can you hear a short chime?</source>
        <translation>اضغط على الزر. هل تسمع نغمة قصيرة؟</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="130"/>
        <source>Play a test sound</source>
        <translation>تشغيل صوت تجريبي</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="142"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="149"/>
        <source>Request a callback instead</source>
        <translation>طلب معاودة الاتصال بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../qml/VideoCheckPage.qml" line="154"/>
        <source>Call now</source>
        <translation>اتصل الآن</translation>
    </message>
</context>
<context>
    <name>VideoEndedPage</name>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="29"/>
        <source>The connection was lost.</source>
        <translation>انقطع الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="30"/>
        <source>Our colleague has ended the call.</source>
        <translation>أنهى موظفنا المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="31"/>
        <source>The call has ended.</source>
        <translation>انتهت المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="44"/>
        <source>We are sorry. If you still need help, start a new call or leave a callback request.</source>
        <translation>نأسف لذلك. إذا كنت لا تزال بحاجة إلى مساعدة، فابدأ مكالمة جديدة أو اطلب معاودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="45"/>
        <source>Thank you for your call. If you need anything else, you can start again at any time.</source>
        <translation>شكرًا لاتصالك. إذا احتجت إلى أي شيء آخر، يمكنك البدء من جديد في أي وقت.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="50"/>
        <source>Nothing of this call is stored on this terminal.</source>
        <translation>لا يُحفظ أي شيء من هذه المكالمة على هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoEndedPage.qml" line="60"/>
        <source>This screen closes by itself in %n seconds.</source>
        <translation>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانية واحدة.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد ثانيتين.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثوانٍ.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
            <numerusform>ستُغلق هذه الشاشة تلقائيًا بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="67"/>
        <source>Request a callback</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml" line="72"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you handed in go to your file. Your reference number: %1</source>
        <translation>ستُضاف الصفحات التي سلّمتها إلى ملفك. رقم المرجع الخاص بك: %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>Your pages are still being handed in. This takes a moment.</source>
        <translation>لا تزال صفحاتك قيد التسليم. يستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoEndedPage.qml"/>
        <source>The pages you showed but did not hand in have been deleted.</source>
        <translation>حُذفت الصفحات التي عرضتها ولم تسلّمها.</translation>
    </message>
</context>
<context>
    <name>VideoHomeTile</name>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="7"/>
        <source>Talk to a person</source>
        <translation>التحدث مع شخص</translation>
    </message>
    <message>
        <location filename="../qml/VideoHomeTile.qml" line="8"/>
        <source>By video, here and now. A colleague from the service team answers.</source>
        <translation>عبر الفيديو، هنا والآن. يرد عليك موظف من فريق الخدمة.</translation>
    </message>
</context>
<context>
    <name>VideoOfferPage</name>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="14"/>
        <source>Right now nobody is free to take your call.</source>
        <translation>لا يوجد أحد متاح الآن للرد على مكالمتك.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="15"/>
        <source>Nobody could answer your call in time.</source>
        <translation>للأسف لم يتمكن أحد من الرد على مكالمتك في الوقت المناسب.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="16"/>
        <source>A video call is not possible at the moment.</source>
        <translation>مكالمة الفيديو غير ممكنة حاليًا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="27"/>
        <source>We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.</source>
        <translation>نأسف لذلك. اطلب بدلاً من ذلك معاودة الاتصال: نعاود الاتصال بك في وقت يناسبك. يستغرق ذلك نحو 3 دقائق.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="57"/>
        <source>Your language stays as it is. You only need to tell us your concern, your phone number and a good time.</source>
        <translation>تبقى لغتك كما هي. كل ما عليك هو أن تخبرنا بموضوعك ورقم هاتفك ووقت مناسب.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="62"/>
        <source>Request a callback</source>
        <translation>طلب معاودة الاتصال</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="69"/>
        <source>You can also call our hotline on %1.</source>
        <translation>يمكنك أيضًا الاتصال بخطنا الساخن على %1.</translation>
    </message>
    <message>
        <location filename="../qml/VideoOfferPage.qml" line="75"/>
        <source>Back to start</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>VideoWaitingPage</name>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="48"/>
        <source>A colleague has answered. Connecting …</source>
        <translation>ردّ أحد الموظفين. جارٍ الاتصال …</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="49"/>
        <source>A colleague will be with you shortly.</source>
        <translation>سيكون أحد الموظفين معك قريبًا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="63"/>
        <source>Your call is ringing in the office now. Please stay in front of the screen.</source>
        <translation>مكالمتك ترن الآن في المكتب. يُرجى البقاء أمام الشاشة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="64"/>
        <source>We are calling the service team. Please stay in front of the screen.</source>
        <translation>نتصل بفريق الخدمة. يُرجى البقاء أمام الشاشة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="74"/>
        <source>Waiting time: %1:%2</source>
        <translation>وقت الانتظار: %1:%2</translation>
    </message>
    <message>
        <location filename="../qml/VideoWaitingPage.qml" line="83"/>
        <source>Cancel the call</source>
        <translation>إلغاء المكالمة</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPageCard</name>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Remove page %1</source>
        <translation>حذف الصفحة %1</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>Your case worker can see this page.</source>
        <translation>يرى الموظف هذه الصفحة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPageCard.qml"/>
        <source>On its way to your case worker …</source>
        <translation>جارٍ الإرسال إلى الموظف المسؤول عنك …</translation>
    </message>
</context>
<context>
    <name>VideoShowDocumentPanel</name>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Show a document</source>
        <translation>عرض مستند</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Closes this panel. Your pages stay here.</source>
        <translation>يغلق هذه اللوحة. تبقى صفحاتك هنا.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Pages you do not hand in are deleted when the call ends.</source>
        <translation>الصفحات التي لا تسلّمها تُحذف عند انتهاء المكالمة.</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your pages will appear here. Your case worker sees them at the same time.</source>
        <translation>ستظهر صفحاتك هنا. ويراها الموظف المسؤول عنك في الوقت نفسه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>%n page(s) handed in. They go to your file.</source>
        <translation>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم صفحة واحدة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم صفحتين. ستُضافان إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحات. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
            <numerusform>تم تسليم %n صفحة. ستُضاف إلى ملفك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Your reference number</source>
        <translation>رقم المرجع الخاص بك</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Handing in your pages …</source>
        <translation>جارٍ تسليم صفحاتك …</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>Hand in these pages</source>
        <translation>تسليم هذه الصفحات</translation>
    </message>
    <message>
        <location filename="../qml/VideoShowDocumentPanel.qml"/>
        <source>The pages go to your file at the job centre.</source>
        <translation>تُضاف الصفحات إلى ملفك في مركز العمل (Jobcenter).</translation>
    </message>
</context>
</TS>
