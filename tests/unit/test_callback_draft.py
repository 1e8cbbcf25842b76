"""The draft's checks per step and the payload staff receive."""

from __future__ import annotations

import datetime as dt

import pytest

from config.callback import CallbackSettings
from kiosk.journeys.callback.draft import (
    CallbackDraft,
    DraftIncompleteError,
    Problem,
    Step,
    build_payload,
    problems_for,
)
from kiosk.journeys.callback.windows import offered_windows
from tests.helpers.qt_fakes import MONDAY_MORNING

SETTINGS = CallbackSettings(note_max_length=20)
OFFERED = offered_windows(SETTINGS, MONDAY_MORNING)


def _complete() -> CallbackDraft:
    return CallbackDraft(
        concern_id="change",
        name="  Erika Mustermann ",
        phone_text="0171 2345678",
        bg_text="12345//1234567",
        window_keys=[OFFERED[3].key, OFFERED[0].key],
        note="vormittags",
        privacy_accepted_at=MONDAY_MORNING,
    )


def test_empty_draft_has_a_problem_on_every_step_but_the_summary() -> None:
    draft = CallbackDraft()
    assert problems_for(Step.CONCERN, draft, SETTINGS) == {"": Problem.NO_CONCERN}
    assert problems_for(Step.CONTACT, draft, SETTINGS) == {
        "name": Problem.NO_NAME,
        "phone": Problem.PHONE_MISSING,
    }
    assert problems_for(Step.TIME, draft, SETTINGS) == {"": Problem.NO_WINDOW}
    assert problems_for(Step.PRIVACY, draft, SETTINGS) == {"": Problem.NO_CONSENT}
    assert problems_for(Step.SUMMARY, draft, SETTINGS) == {}


def test_too_long_note_and_wrong_bg_number_are_problems() -> None:
    draft = _complete()
    draft.note = "x" * 21
    draft.bg_text = "12345-1234567"
    assert problems_for(Step.TIME, draft, SETTINGS) == {"note": Problem.NOTE_TOO_LONG}
    assert problems_for(Step.CONTACT, draft, SETTINGS) == {"bg": Problem.BG_MALFORMED}


def test_payload_has_german_label_e164_normalised_bg_and_windows_in_order() -> None:
    payload = build_payload(_complete(), SETTINGS, OFFERED, "en")
    assert payload.concern_label == "Veränderung melden"
    assert payload.name == "Erika Mustermann"
    assert payload.phone_e164 == "+491712345678"
    assert payload.bg_number == "12345BG1234567"
    assert [w.start for w in payload.time_windows] == [OFFERED[0].start, OFFERED[3].start]
    assert payload.time_windows[0].end - payload.time_windows[0].start == dt.timedelta(hours=2)
    assert payload.language == "en"
    assert payload.privacy_accepted_at == MONDAY_MORNING


def test_incomplete_draft_is_never_built() -> None:
    draft = _complete()
    draft.privacy_accepted_at = None
    with pytest.raises(DraftIncompleteError):
        build_payload(draft, SETTINGS, OFFERED, "de")
