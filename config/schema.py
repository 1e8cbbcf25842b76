"""The settings schema. Every key a TOML file may hold is declared here, with its default.

Defaults are chosen so that ``kiosk demo`` runs without any file at all. Unknown keys are
errors (``extra="forbid"``): a typo in a config file must not be silently ignored on a terminal
nobody looks at.
"""

from __future__ import annotations

import datetime as dt
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
        "en": "Mon–Fri 8 am–12 noon, Thu 2–6 pm",
    }
    languages: list[LanguageCode] = ["de", "en"]
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
    labels = [
        ("application", "Antrag auf Bürgergeld", "Application for Bürgergeld"),
        ("continued_payment", "Weiterbewilligung", "Continued payment"),
        ("change", "Veränderung melden", "Report a change in circumstances"),
        ("payment", "Frage zur Zahlung", "Question about a payment"),
        ("appointment", "Termin", "Appointment"),
        ("work", "Arbeit und Weiterbildung", "Work and training"),
        ("other", "Anderes Anliegen", "Something else"),
    ]
    return [Concern(id=i, label={"de": de, "en": en}) for i, de, en in labels]


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
        "en": (
            "We store your name, phone number and concern to call you back. The details go "
            "to the job centre encrypted and are deleted once your request is dealt with. "
            "Nothing of it stays readable on this device."
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


class TimeoutSettings(_Strict):
    # Seconds without a touch before the warning appears, then seconds the warning shows.
    inactivity_seconds: int = Field(default=90, ge=10, le=3600)
    warning_seconds: int = Field(default=30, ge=5, le=600)
    # How long the receipt stays before the terminal resets by itself.
    receipt_seconds: int = Field(default=30, ge=5, le=600)


class SyncSettings(_Strict):
    connect_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    read_timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    backoff_base_seconds: float = Field(default=2.0, gt=0, le=600)
    backoff_cap_seconds: float = Field(default=600.0, gt=0, le=86400)
    # How often the daemon looks at the outbox when nothing is due.
    poll_seconds: float = Field(default=1.0, gt=0, le=600)


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


class DeviceSettings(_Strict):
    # Everything the terminal keeps: outbox, encrypted files, device credentials.
    data_dir: Path = Path("/var/lib/buergerterminal")


class TerminalSettings(_Strict):
    site: SiteSettings = SiteSettings()
    callback: CallbackSettings = CallbackSettings()
    backoffice: BackofficeLink = BackofficeLink()
    timeouts: TimeoutSettings = TimeoutSettings()
    sync: SyncSettings = SyncSettings()
    device: DeviceSettings = DeviceSettings()
    video: VideoSettings = VideoSettings()


class BackofficeSettings(_Strict):
    office_name: str = "Jobcenter Musterstadt"
    # SQLAlchemy URL; empty means the SQLite file inside the data folder.
    database_url: str = ""
    # Hours an enrolment token stays valid.
    enrollment_token_hours: int = Field(default=48, ge=1, le=24 * 30)
    # Console login session lifetime.
    session_hours: int = Field(default=10, ge=1, le=24 * 7)
    # STUN/TURN servers handed to the staff call page (the terminal has its own copy).
    video: VideoSettings = VideoSettings()
