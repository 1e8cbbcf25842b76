"""What a citizen has entered so far, the checks per step, and the payload built from it."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from config.callback import CallbackSettings, Concern
from contract.submissions import CallbackRequestPayload, TimeWindow
from kiosk.journeys.callback.contact import BgProblem, PhoneProblem, check_bg_number, check_phone
from kiosk.journeys.callback.windows import OfferedWindow

NAME_MAX_LENGTH = 200


class Step(enum.IntEnum):
    """The steps in the order the citizen meets them (numbering starts at 1 for display)."""

    CONCERN = 1
    CONTACT = 2
    TIME = 3
    PRIVACY = 4
    SUMMARY = 5


class Problem(enum.Enum):
    """Something that keeps the citizen on a step; each has its own message in the UI."""

    NO_CONCERN = "no_concern"
    NO_NAME = "no_name"
    PHONE_MISSING = "phone_missing"
    PHONE_NOT_A_NUMBER = "phone_not_a_number"
    PHONE_INCOMPLETE = "phone_incomplete"
    BG_MALFORMED = "bg_malformed"
    NO_WINDOW = "no_window"
    NOTE_TOO_LONG = "note_too_long"
    NO_CONSENT = "no_consent"


_PHONE_PROBLEMS = {
    PhoneProblem.MISSING: Problem.PHONE_MISSING,
    PhoneProblem.NOT_A_NUMBER: Problem.PHONE_NOT_A_NUMBER,
    PhoneProblem.INCOMPLETE: Problem.PHONE_INCOMPLETE,
}


@dataclass
class CallbackDraft:
    concern_id: str = ""
    name: str = ""
    phone_text: str = ""
    bg_text: str = ""
    window_keys: list[str] = field(default_factory=list)
    note: str = ""
    privacy_accepted_at: dt.datetime | None = None

    def toggle_window(self, key: str) -> None:
        if key in self.window_keys:
            self.window_keys.remove(key)
        else:
            self.window_keys.append(key)


def problems_for(
    step: Step, draft: CallbackDraft, settings: CallbackSettings
) -> dict[str, Problem]:
    """Problems on one step, keyed by the field they belong to ("" for the step as a whole)."""
    found: dict[str, Problem] = {}
    if step is Step.CONCERN and not find_concern(settings, draft.concern_id):
        found[""] = Problem.NO_CONCERN
    elif step is Step.CONTACT:
        if not draft.name.strip():
            found["name"] = Problem.NO_NAME
        phone = check_phone(draft.phone_text)
        if phone.problem is not None:
            found["phone"] = _PHONE_PROBLEMS[phone.problem]
        if check_bg_number(draft.bg_text).problem is BgProblem.MALFORMED:
            found["bg"] = Problem.BG_MALFORMED
    elif step is Step.TIME:
        if not draft.window_keys:
            found[""] = Problem.NO_WINDOW
        if len(draft.note) > settings.note_max_length:
            found["note"] = Problem.NOTE_TOO_LONG
    elif step is Step.PRIVACY and draft.privacy_accepted_at is None:
        found[""] = Problem.NO_CONSENT
    return found


def find_concern(settings: CallbackSettings, concern_id: str) -> Concern | None:
    return next((c for c in settings.concerns if c.id == concern_id), None)


def chosen_windows(draft: CallbackDraft, offered: list[OfferedWindow]) -> list[OfferedWindow]:
    """The chosen windows that are still on offer, earliest first."""
    return sorted((w for w in offered if w.key in draft.window_keys), key=lambda w: w.start)


class DraftIncompleteError(ValueError):
    """The draft still has problems; the UI should never get here (it checks every step)."""


def build_payload(
    draft: CallbackDraft,
    settings: CallbackSettings,
    offered: list[OfferedWindow],
    language: str,
) -> CallbackRequestPayload:
    for step in Step:
        if problems_for(step, draft, settings):
            raise DraftIncompleteError(f"step {step.name} is not complete")
    concern = find_concern(settings, draft.concern_id)
    windows = chosen_windows(draft, offered)
    phone = check_phone(draft.phone_text).e164
    if concern is None or phone is None or draft.privacy_accepted_at is None or not windows:
        raise DraftIncompleteError("draft changed while building the payload")
    return CallbackRequestPayload(
        concern_id=concern.id,
        concern_label=concern.label["de"],  # staff read German, whatever the citizen chose
        name=draft.name.strip()[:NAME_MAX_LENGTH],
        phone_e164=phone,
        bg_number=check_bg_number(draft.bg_text).normalised,
        time_windows=[TimeWindow(start=w.start, end=w.end) for w in windows],
        note=draft.note.strip(),
        language=language,
        privacy_accepted_at=draft.privacy_accepted_at,
    )
