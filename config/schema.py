"""The settings schema. Every key a TOML file may hold is declared here, with its default.

Defaults are chosen so that ``kiosk demo`` runs without any file at all. Unknown keys are
errors (``extra="forbid"``): a typo in a config file must not be silently ignored on a terminal
nobody looks at.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Za-z]+)?$")]
# A text the office writes in several languages: {"de": "...", "en": "..."}. German is required
# because it is the fallback for every language the office has not translated.
LocalizedText = dict[LanguageCode, str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _require_german(value: LocalizedText) -> LocalizedText:
    if "de" not in value:
        raise ValueError("needs at least a German text under the key 'de'")
    return value


class SiteSettings(_Strict):
    office_name: str = "Jobcenter Musterstadt"
    location: str = "Wartebereich Erdgeschoss"
    hotline: str = "+49 5121 969-0"
    opening_hours: LocalizedText = {
        "de": "Mo–Fr 8–12 Uhr, Do 14–18 Uhr",
        "de-LS": "Montag bis Freitag 8 bis 12 Uhr. Donnerstag auch 14 bis 18 Uhr.",
        "en": "Mon–Fri 8 am–12 noon, Thu 2–6 pm",
        "uk": "Пн–Пт 8:00–12:00, Чт 14:00–18:00",
        "ar": "الإثنين–الجمعة 8–12، الخميس 14–18",
        "tr": "Pzt–Cum 08.00–12.00, Per 14.00–18.00",
        "ru": "Пн–Пт 8:00–12:00, Чт 14:00–18:00",
    }
    # "de-LS" is Leichte Sprache (easy German), the code the backoffice console already knows.
    languages: list[LanguageCode] = ["de", "de-LS", "en", "uk", "ar", "tr", "ru"]
    default_language: LanguageCode = "de"
    # The office's time zone: callback windows are offered in it, whatever the terminal's
    # system clock is set to (staff read the same windows in the same zone).
    timezone: str = "Europe/Berlin"

    _german = field_validator("opening_hours")(_require_german)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a known time zone like 'Europe/Berlin'") from None
        return value

    @model_validator(mode="after")
    def _default_is_offered(self) -> SiteSettings:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in languages")
        return self


class Concern(_Strict):
    """One entry of the office's list of concerns a callback can be about."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    label: LocalizedText

    _german = field_validator("label")(_require_german)


_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


def _default_concerns() -> list[Concern]:
    # Order of each row: de, de-LS (Leichte Sprache), en, uk, ar, tr, ru.
    labels = {
        "application": (
            "Antrag auf Bürgergeld",
            "Ich will Bürgergeld beantragen",
            "Application for Bürgergeld",
            "Заява на Bürgergeld",
            "طلب Bürgergeld",
            "Bürgergeld başvurusu",
            "Заявление на Bürgergeld",
        ),
        "continued_payment": (
            "Weiterbewilligung",
            "Ich will weiter Geld bekommen",
            "Continued payment",
            "Продовження виплат",
            "تمديد الصرف",
            "Ödemenin devamı",
            "Продление выплат",
        ),
        "change": (
            "Veränderung melden",
            "Bei mir hat sich etwas geändert",
            "Report a change in circumstances",
            "Повідомити про зміни",
            "الإبلاغ عن تغيير",
            "Değişiklik bildirmek",
            "Сообщить об изменениях",
        ),
        "payment": (
            "Frage zur Zahlung",
            "Ich habe eine Frage zum Geld",
            "Question about a payment",
            "Питання щодо виплати",
            "سؤال عن دفعة",
            "Ödeme hakkında soru",
            "Вопрос о выплате",
        ),
        "appointment": (
            "Termin",
            "Es geht um einen Termin",
            "Appointment",
            "Прийом",
            "موعد",
            "Randevu",
            "Приём",
        ),
        "work": (
            "Arbeit und Weiterbildung",
            "Arbeit und Lernen für den Beruf",
            "Work and training",
            "Робота і навчання",
            "العمل والتدريب",
            "İş ve eğitim",
            "Работа и обучение",
        ),
        "other": (
            "Anderes Anliegen",
            "Etwas anderes",
            "Something else",
            "Інше питання",
            "أمر آخر",
            "Başka bir konu",
            "Другой вопрос",
        ),
    }
    codes = ("de", "de-LS", "en", "uk", "ar", "tr", "ru")
    return [Concern(id=i, label=dict(zip(codes, row, strict=True))) for i, row in labels.items()]


class CallbackSettings(_Strict):
    concerns: list[Concern] = Field(default_factory=_default_concerns, min_length=1)
    # Time windows in which staff call back, local time, "HH:MM-HH:MM".
    windows: list[str] = ["08:00-10:00", "10:00-12:00", "13:00-15:00"]
    # 1 = Monday … 7 = Sunday (ISO weekdays).
    weekdays: list[Annotated[int, Field(ge=1, le=7)]] = [1, 2, 3, 4, 5]
    days_ahead: int = Field(default=3, ge=1, le=14)
    # Days without callbacks (public holidays, office closed).
    closed_days: list[dt.date] = []
    note_max_length: int = Field(default=300, ge=0, le=2000)
    privacy_notice: LocalizedText = {
        "de": (
            "Wir speichern Ihren Namen, Ihre Telefonnummer und Ihr Anliegen, um Sie "
            "zurückzurufen. Die Angaben gehen verschlüsselt an das Jobcenter und werden nach "
            "Erledigung gelöscht. Auf diesem Gerät bleibt nichts davon lesbar."
        ),
        "de-LS": (
            "Wir speichern Ihren Namen. Wir speichern Ihre Telefon-Nummer. Wir speichern Ihr "
            "Anliegen. Das brauchen wir für den Rückruf. Die Daten gehen geheim an das "
            "Jobcenter. Danach löschen wir die Daten. Auf diesem Gerät kann niemand die Daten "
            "lesen."
        ),
        "en": (
            "We store your name, phone number and concern to call you back. The details go "
            "to the job centre encrypted and are deleted once your request is dealt with. "
            "Nothing of it stays readable on this device."
        ),
        "uk": (
            "Ми зберігаємо ваше ім'я, номер телефону та питання, щоб вам передзвонити. Дані "
            "надходять до джобцентру в зашифрованому вигляді й видаляються, щойно ваше "
            "звернення буде опрацьовано. На цьому пристрої нічого з цього не залишається "
            "доступним для читання."
        ),
        "ar": (
            "نحفظ اسمك ورقم هاتفك وموضوع طلبك لكي نتصل بك. تصل البيانات إلى مركز العمل "
            "(Jobcenter) مشفّرة، وتُحذف بعد الانتهاء من طلبك. لا يبقى منها شيء مقروء على هذا "
            "الجهاز."
        ),
        "tr": (
            "Sizi geri arayabilmek için adınızı, telefon numaranızı ve konunuzu kaydediyoruz. "
            "Bilgiler Jobcenter'a şifreli olarak gider ve talebiniz işlendikten sonra silinir. "
            "Bu cihazda bunlardan hiçbiri okunabilir şekilde kalmaz."
        ),
        "ru": (
            "Мы сохраняем ваше имя, номер телефона и вопрос, чтобы вам перезвонить. Данные "
            "передаются в джобцентр в зашифрованном виде и удаляются после рассмотрения "
            "вашего обращения. На этом устройстве ничего из этого не остаётся доступным для "
            "чтения."
        ),
    }

    _german = field_validator("privacy_notice")(_require_german)

    @field_validator("windows")
    @classmethod
    def _windows_are_ranges(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("needs at least one window like '08:00-10:00'")
        for window in value:
            match = _WINDOW.match(window)
            if not match:
                raise ValueError(f"{window!r} is not a window like '08:00-10:00'")
            start = int(match[1]) * 60 + int(match[2])
            end = int(match[3]) * 60 + int(match[4])
            if end <= start:
                raise ValueError(f"{window!r} ends before it starts")
        return value


class BackofficeLink(_Strict):
    url: HttpUrl = HttpUrl("http://127.0.0.1:8470")
    # PEM file with the certificate of the CA that signed the office's TLS certificate (the
    # office's own CA, see docs/operations.md): the terminal then trusts only that CA for the
    # backoffice, in every HTTPS request and the call's signaling socket. Empty: the system's.
    ca_file: Path | None = None


class TimeoutSettings(_Strict):
    # Seconds without a touch before the warning appears, then seconds the warning shows.
    inactivity_seconds: int = Field(default=90, ge=10, le=3600)
    warning_seconds: int = Field(default=30, ge=5, le=600)
    # How long the receipt stays before the terminal resets by itself.
    receipt_seconds: int = Field(default=30, ge=5, le=600)


class AccessibilitySettings(_Strict):
    """Read-aloud and large text (BITV 2.0 / EN 301 549 clause 5.1: closed functionality)."""

    # Qt TextToSpeech engine: "speechd" (speech-dispatcher with espeak-ng) on the terminal,
    # "mock" in tests and demos without sound.
    speech_engine: str = "speechd"
    # Font and control size in large-text mode; at least 1.5 so the step is clearly noticeable.
    large_text_scale: float = Field(default=1.5, ge=1.5, le=2.0)
    # Once a citizen used read-aloud, every timeout of the session grows by this factor:
    # listening to a screen takes longer than reading it.
    read_aloud_time_factor: float = Field(default=2.0, ge=1.0, le=5.0)


class SyncSettings(_Strict):
    connect_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    read_timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    backoff_base_seconds: float = Field(default=2.0, gt=0, le=600)
    backoff_cap_seconds: float = Field(default=600.0, gt=0, le=86400)
    # How often the daemon looks at the outbox when nothing is due.
    poll_seconds: float = Field(default=1.0, gt=0, le=600)
    # While deliveries wait because the backoffice was unreachable: how often it asks the
    # backoffice's health check whether it is back (slower as the outage goes on, at most 60 s).
    probe_seconds: float = Field(default=2.0, ge=0.1, le=60)
    # How often ``kiosk sync`` reports the terminal's health to the backoffice (fleet page).
    heartbeat_seconds: float = Field(default=60.0, ge=0.2, le=3600)
    # Bytes per tus PATCH request: at most this much is sent again after a broken connection.
    chunk_bytes: int = Field(default=1024 * 1024, ge=16 * 1024, le=64 * 1024 * 1024)
    # Most bytes the undelivered queue (outbox database and encrypted files) may take; past it
    # the terminal refuses new submissions instead of filling the disk.
    queue_quota_bytes: int = Field(default=4 * 1024**3, ge=1024 * 1024)
    # Free disk space always left for logs and the system, whatever the quota allows.
    min_free_disk_bytes: int = Field(default=256 * 1024**2, ge=0)


class VideoSettings(_Strict):
    """The video call from the cabin. Defaults suit a loopback demo and a thin rural link."""

    # STUN/TURN URLs, e.g. "turn:turn.example.org:3478". Empty means host candidates only:
    # aiortc would otherwise silently add a public STUN server (see video.call).
    ice_servers: list[str] = []
    ice_username: str = ""
    ice_credential: str = ""
    # How long staff are rung before the terminal offers a callback instead.
    ring_timeout_seconds: int = Field(default=45, ge=5, le=600)
    # No media and no signaling from the other side for this long ends the call.
    watchdog_seconds: float = Field(default=3.0, ge=1.0, le=60.0)
    width: int = Field(default=640, ge=160, le=1920)
    height: int = Field(default=480, ge=120, le=1080)
    fps: int = Field(default=15, ge=5, le=30)
    # A cabin without camera, microphone or loudspeaker that should behave as if it had them
    # (the demo, a showroom): a test picture and tone stand in and count as working devices.
    # Off on a real terminal, where a missing device must be said plainly.
    simulated_devices: bool = False
    # "Show a document" during a call, through the terminal's scanner. Off for a cabin
    # without a scanner: the button is not shown rather than ending in a scanner fault.
    show_documents: bool = True


class DocumentType(_Strict):
    """One entry of the office's fixed list of document types (Verschlagwortung)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    label: LocalizedText

    _german = field_validator("label")(_require_german)


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


class DocumentSettings(_Strict):
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
        "de-LS": (
            "Ihre Unterlagen gehen geheim an das Jobcenter. Dort kommen sie in Ihre Akte. "
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

    _german = field_validator("privacy_notice")(_require_german)

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


class ScannerSource(enum.StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


class ScannerSettings(_Strict):
    # SANE device name, e.g. "fujitsu:fi-7160:12345"; empty means the first device found.
    device: str = ""
    source: ScannerSource = ScannerSource.FLATBED
    resolution: int = Field(default=300, ge=75, le=600)
    # Extra SANE options "KEY=VALUE", checked against the device's allowed values.
    options: list[str] = []
    # Where SANE finds its backend configuration (SANE_CONFIG_DIR); empty: the system's.
    sane_config_dir: Path | None = None


class AdminSettings(_Strict):
    """Admin mode on the terminal, for IT staff (hidden gesture, then the PIN)."""

    # argon2 hash from 'kiosk admin-pin'; empty means admin mode cannot be opened at all.
    pin_hash: str = ""
    # Admin mode closes by itself after this long without a touch.
    idle_seconds: int = Field(default=120, ge=10, le=3600)

    @field_validator("pin_hash")
    @classmethod
    def _argon2_hash(cls, value: str) -> str:
        if value and not value.startswith("$argon2"):
            raise ValueError("must be an argon2 hash from 'kiosk admin-pin', never the PIN")
        return value


class DeviceSettings(_Strict):
    # Everything the terminal keeps: outbox, encrypted files, device credentials.
    data_dir: Path = Path("/var/lib/buergerterminal")


class TerminalSettings(_Strict):
    site: SiteSettings = SiteSettings()
    callback: CallbackSettings = CallbackSettings()
    backoffice: BackofficeLink = BackofficeLink()
    timeouts: TimeoutSettings = TimeoutSettings()
    accessibility: AccessibilitySettings = AccessibilitySettings()
    sync: SyncSettings = SyncSettings()
    device: DeviceSettings = DeviceSettings()
    video: VideoSettings = VideoSettings()
    documents: DocumentSettings = DocumentSettings()
    scanner: ScannerSettings = ScannerSettings()
    admin: AdminSettings = AdminSettings()


class BackofficeSettings(_Strict):
    office_name: str = "Jobcenter Musterstadt"
    # SQLAlchemy URL; empty means the SQLite file inside the data folder.
    database_url: str = ""
    # Hours an enrolment token stays valid.
    enrollment_token_hours: int = Field(default=48, ge=1, le=24 * 30)
    # Console login session lifetime.
    session_hours: int = Field(default=10, ge=1, le=24 * 7)
    # Bearer token for /metrics. Empty: /metrics answers loopback clients only (a Prometheus
    # on the same host, or a reverse proxy: then set a token, the proxy is loopback too).
    metrics_token: str = ""
    # Addresses of the reverse proxies in front (nginx, see deploy/nginx/): only requests from
    # them may say, in X-Forwarded-For and X-Forwarded-Proto, who the client is and that it
    # came over HTTPS (secure console cookies, /metrics' loopback rule). Anyone else's such
    # headers are ignored. "*" would trust every client: never on a reachable port.
    trusted_proxies: list[str] = ["127.0.0.1", "::1"]
    # Largest encrypted attachment a terminal may upload (tus Tus-Max-Size).
    upload_max_bytes: int = Field(default=600 * 1024**2, ge=1024 * 1024)
    # Unfinished uploads are kept at least this long for the terminal to resume them.
    partial_upload_days: int = Field(default=30, ge=30, le=3650)
    # STUN/TURN servers handed to the staff call page (the terminal has its own copy).
    video: VideoSettings = VideoSettings()
    # The e-file hotfolder: one ZIP per received document; empty means <data>/efile-hotfolder.
    efile_hotfolder: Path | None = None
    # Seconds between attempts to hand a document to the e-file after a failure.
    efile_retry_seconds: int = Field(default=60, ge=1, le=86400)
    # Days the backoffice keeps its decrypted copy of a document after handing it to the
    # e-file (the ZIP written into its hotfolder). At least one: the hotfolder confirms
    # nothing, so IT needs time to notice a ZIP the importer refused and hand it over again.
    # Not yet handed over: kept, however long it takes.
    efile_keep_after_handover_days: int = 7

    @field_validator("efile_keep_after_handover_days", mode="before")
    @classmethod
    def _whole_days_up_to_90(cls, value: object) -> object:
        # A job centre may keep citizens' documents outside the e-file only briefly; a typo
        # such as 700 or "7 days" must stop the start, not quietly keep copies for years.
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 90:
            raise ValueError(
                "must be a whole number of days from 1 to 90 (the copy is kept that long after "
                f"the hand-over to the e-file's hotfolder), not {value!r}"
            )
        return value
