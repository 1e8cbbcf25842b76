"""``[callback]``: the concerns a callback request can be about, the call-back windows, and the
privacy notice, with default texts in every language the terminal speaks."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import Field, field_validator

from config.fields import LocalizedText, Section, require_german


class Concern(Section):
    """One entry of the office's list of concerns a callback can be about."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,39}$")
    label: LocalizedText

    _german = field_validator("label")(require_german)


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


class CallbackSettings(Section):
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
        # Leichte Sprache: one sentence per line.
        "de-LS": (
            "Wir speichern Ihren Namen.\nWir speichern Ihre Telefon-Nummer.\nWir speichern Ihr "
            "Anliegen.\nDas brauchen wir für den Rückruf.\nDie Daten gehen geheim an das "
            "Jobcenter.\nDanach löschen wir die Daten.\nAuf diesem Gerät kann niemand die Daten "
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

    _german = field_validator("privacy_notice")(require_german)

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
