"""``[documents]``: the office's document types (Verschlagwortung), page limits and the privacy
notice for handing in documents, with default texts in every language the terminal speaks."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from config.fields import LocalizedText, Section, require_german


class DocumentType(Section):
    """One entry of the office's fixed list of document types (Verschlagwortung)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    label: LocalizedText

    _german = field_validator("label")(require_german)


def _default_document_types() -> list[DocumentType]:
    # Order of each row: de, de-LS (Leichte Sprache), en, uk, ar, tr, ru.
    labels = {
        "bank_statement": (
            "Kontoauszug",
            "Konto-Auszug von der Bank",
            "Bank statement",
            "Банківська виписка",
            "كشف حساب بنكي",
            "Banka hesap dökümü",
            "Банковская выписка",
        ),
        "rental_contract": (
            "Mietvertrag",
            "Miet-Vertrag für die Wohnung",
            "Rental contract",
            "Договір оренди",
            "عقد الإيجار",
            "Kira sözleşmesi",
            "Договор аренды",
        ),
        "payslip": (
            "Lohnabrechnung",
            "Lohn-Abrechnung",
            "Payslip",
            "Розрахунковий лист",
            "كشف الراتب",
            "Maaş bordrosu",
            "Расчётный листок",
        ),
        "sick_note": (
            "Arbeitsunfähigkeitsbescheinigung",
            "Krank-Schreibung vom Arzt",
            "Doctor's sick note",
            "Лікарняний лист",
            "شهادة مرضية من الطبيب",
            "Doktor raporu",
            "Больничный лист",
        ),
        "utility_bill": (
            "Nebenkostenabrechnung",
            "Abrechnung der Neben-Kosten",
            "Utility bill",
            "Рахунок за комунальні послуги",
            "فاتورة التكاليف الإضافية",
            "Yan gider hesabı",
            "Счёт за коммунальные услуги",
        ),
        "other_decision": (
            "Bescheid anderer Stellen",
            "Brief von einem anderen Amt",
            "Decision from another authority",
            "Рішення інших установ",
            "قرار من جهة رسمية أخرى",
            "Başka bir kurumun kararı",
            "Решение других ведомств",
        ),
        "other": (
            "Sonstiges",
            "Etwas anderes",
            "Something else",
            "Інше",
            "شيء آخر",
            "Diğer",
            "Другое",
        ),
    }
    codes = ("de", "de-LS", "en", "uk", "ar", "tr", "ru")
    return [
        DocumentType(id=i, label=dict(zip(codes, row, strict=True))) for i, row in labels.items()
    ]


class DocumentSettings(Section):
    types: list[DocumentType] = Field(default_factory=_default_document_types, min_length=1)
    # Pages per document; a thick file is better handed in at the desk.
    max_pages: int = Field(default=50, ge=1, le=1000)
    # The type given to pages a citizen hands in during a video call (they choose no type
    # there: the case worker has seen the pages). Empty: the first of ``types``.
    call_document_type: str = ""
    privacy_notice: LocalizedText = {
        "de": (
            "Ihre Unterlagen gehen verschlüsselt an das Jobcenter und werden dort in Ihre Akte "
            "aufgenommen. Auf diesem Gerät wird nach dem Senden alles gelöscht."
        ),
        # Leichte Sprache: one sentence per line; "Akte" explained where the journey uses it.
        "de-LS": (
            "Ihre Papiere gehen geheim an das Jobcenter.\nDort kommen sie in Ihre Akte.\n"
            "In der Akte sind alle Ihre Papiere beim Jobcenter.\n"
            "Nach dem Senden löschen wir alles auf diesem Gerät."
        ),
        "en": (
            "Your documents go to the job centre encrypted and are added to your file there. "
            "Everything is deleted from this device after sending."
        ),
        "uk": (
            "Ваші документи надходять до джобцентру в зашифрованому вигляді й додаються там "
            "до вашої справи. Після надсилання все видаляється з цього пристрою."
        ),
        "ar": (
            "تصل مستنداتك إلى مركز العمل (Jobcenter) مشفّرة وتُضاف هناك إلى ملفك. بعد الإرسال "
            "يُحذف كل شيء من هذا الجهاز."
        ),
        "tr": (
            "Belgeleriniz Jobcenter'a şifreli olarak gider ve orada dosyanıza eklenir. "
            "Gönderdikten sonra bu cihazdaki her şey silinir."
        ),
        "ru": (
            "Ваши документы передаются в джобцентр в зашифрованном виде и добавляются там в "
            "ваше дело. После отправки всё удаляется с этого устройства."
        ),
    }

    _german = field_validator("privacy_notice")(require_german)

    @field_validator("types")
    @classmethod
    def _unique_ids(cls, value: list[DocumentType]) -> list[DocumentType]:
        ids = [entry.id for entry in value]
        if len(ids) != len(set(ids)):
            raise ValueError("document type ids must be unique")
        return value

    @model_validator(mode="after")
    def _call_type_is_listed(self) -> DocumentSettings:
        ids = [entry.id for entry in self.types]
        if self.call_document_type and self.call_document_type not in ids:
            raise ValueError(
                f"call_document_type {self.call_document_type!r} is not one of the types' ids"
            )
        return self

    def call_type(self) -> DocumentType:
        """The type of documents handed in during a video call."""
        wanted = self.call_document_type or self.types[0].id
        return next(entry for entry in self.types if entry.id == wanted)
