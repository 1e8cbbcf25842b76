"""``[site]``: the office the terminal stands for, its hotline, opening hours and languages."""

from __future__ import annotations

import enum

from pydantic import field_validator, model_validator

from config.fields import LanguageCode, LocalizedText, Section, TimeZoneName, require_german


class SiteKind(enum.StrEnum):
    """Who is there besides the terminal: it decides where the terminal sends a citizen who
    needs a person ("ask at the reception desk" is wrong in an unattended cabin)."""

    OFFICE = "office"  # a job centre's waiting area with a reception desk
    CABIN = "cabin"  # an unattended video cabin: help comes by video or on the phone


class SiteSettings(Section):
    office_name: str = "Jobcenter Musterstadt"
    location: str = "Wartebereich Erdgeschoss"
    hotline: str = "+49 5121 969-0"
    # "office" (staff at a reception desk nearby) or "cabin" (nobody on site).
    kind: SiteKind = SiteKind.OFFICE
    opening_hours: LocalizedText = {
        "de": "Mo–Fr 8–12 Uhr, Do 14–18 Uhr",
        "de-LS": "Montag bis Freitag 8 bis 12 Uhr.\nDonnerstag auch 14 bis 18 Uhr.",
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
    timezone: TimeZoneName = "Europe/Berlin"

    _german = field_validator("opening_hours")(require_german)

    @model_validator(mode="after")
    def _default_is_offered(self) -> SiteSettings:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in languages")
        return self
