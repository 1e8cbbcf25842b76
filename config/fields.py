"""What every settings section shares: unknown keys are errors, texts come in languages.

Unknown keys are errors (``extra="forbid"``): a typo in a config file must not be silently
ignored on a terminal nobody looks at.
"""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Za-z]+)?$")]
# A text the office writes in several languages: {"de": "...", "en": "..."}. German is required
# because it is the fallback for every language the office has not translated.
LocalizedText = dict[LanguageCode, str]


class Section(BaseModel):
    """One ``[section]`` of a settings file (or a table inside one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def require_german(value: LocalizedText) -> LocalizedText:
    if "de" not in value:
        raise ValueError("needs at least a German text under the key 'de'")
    return value


def _known_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a known time zone like 'Europe/Berlin'") from None
    return value


# An IANA time zone name such as "Europe/Berlin" (what zoneinfo knows).
TimeZoneName = Annotated[str, AfterValidator(_known_zone)]
