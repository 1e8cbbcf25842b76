"""The callback journey as QML sees it: step, entries, messages, and the submit step."""

# ruff: noqa: N802, N815  (QML sees these names: Qt properties, signals and slots are camelCase)

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from itertools import groupby
from typing import Any

import phonenumbers
from PySide6.QtCore import Property, QObject, Signal, Slot

from config.callback import CallbackSettings
from kiosk.journeys.callback import texts
from kiosk.journeys.callback.contact import check_bg_number, check_phone
from kiosk.journeys.callback.draft import (
    CallbackDraft,
    Problem,
    Step,
    build_payload,
    chosen_windows,
    find_concern,
    problems_for,
)
from kiosk.journeys.callback.submission import CallbackSubmitError, CallbackSubmitter, SubmitFailure
from kiosk.journeys.callback.windows import OfferedWindow, offered_windows

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
RECEIPT_PAGE = len(Step) + 1  # the page after the last step


class Outcome(enum.Enum):
    EDITING = "editing"
    FAILED = "failed"
    STORED = "stored"


class CallbackJourneyViewModel(QObject):
    # One notification for everything: the journey is small, and QML re-reads cheaply.
    changed = Signal()
    finished = Signal()  # the receipt is showing
    cancelled = Signal()  # back from the first step

    def __init__(
        self,
        settings: CallbackSettings,
        submitter: CallbackSubmitter,
        clock: Clock,
        language: Callable[[], str],
        hotline: str,
        parent: QObject | None = None,
        *,
        reception: bool = True,
    ) -> None:
        super().__init__(parent)
        self._reception = reception  # a reception desk to send people to (not in a cabin)
        self._settings = settings
        self._submit = submitter
        self._clock = clock
        self._language = language
        self._hotline = hotline
        self._clear()

    def _clear(self) -> None:
        self._draft = CallbackDraft()
        self._page = int(Step.CONCERN)
        self._problems: dict[str, Problem] = {}
        self._offered: list[OfferedWindow] = []
        self._outcome = Outcome.EDITING
        self._failure: SubmitFailure | None = None
        self._reference_code = ""
        self._receipt_windows: list[OfferedWindow] = []
        self._return_to_summary = False

    # ---- slots QML calls -------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        self._clear()
        self.changed.emit()

    @Slot()
    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(str)
    def chooseConcern(self, concern_id: str) -> None:
        if find_concern(self._settings, concern_id) is None:
            return
        self._draft.concern_id = concern_id
        self.next()

    @Slot(str)
    def setName(self, text: str) -> None:
        self._edit("name", lambda: setattr(self._draft, "name", text))

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._edit("phone", lambda: setattr(self._draft, "phone_text", text))

    @Slot(str)
    def setBgNumber(self, text: str) -> None:
        self._edit("bg", lambda: setattr(self._draft, "bg_text", text))

    @Slot(str)
    def setNote(self, text: str) -> None:
        self._edit("note", lambda: setattr(self._draft, "note", text))

    @Slot(str)
    def toggleWindow(self, key: str) -> None:
        if any(w.key == key for w in self._offered):
            self._edit("", lambda: self._draft.toggle_window(key))

    @Slot(bool)
    def setPrivacyAccepted(self, accepted: bool) -> None:
        moment = self._clock() if accepted else None
        self._edit("", lambda: setattr(self._draft, "privacy_accepted_at", moment))

    @Slot()
    def next(self) -> None:
        if self._page > len(Step):
            return
        step = Step(self._page)
        self._problems = problems_for(step, self._draft, self._settings)
        if not self._problems:
            if self._return_to_summary and step is not Step.SUMMARY:
                self._go(Step.SUMMARY)
            elif step is not Step.SUMMARY:
                self._go(Step(step + 1))
        self.changed.emit()

    @Slot()
    def back(self) -> None:
        if self._page == Step.CONCERN:
            self.cancelled.emit()
            return
        if self._page <= len(Step):
            self._go(Step(self._page - 1))
            self._return_to_summary = False
            self.changed.emit()

    @Slot(int)
    def edit(self, step: int) -> None:
        """From the summary: correct one part, then come straight back to the summary."""
        if self._page == Step.SUMMARY and step in {s.value for s in Step}:
            self._return_to_summary = True
            self._go(Step(step))
            self.changed.emit()

    @Slot()
    def submit(self) -> None:
        if self._page != Step.SUMMARY or self._outcome is Outcome.STORED:
            return
        try:
            payload = build_payload(self._draft, self._settings, self._offered, self._language())
            stored = self._submit(payload)
        except CallbackSubmitError as exc:
            log.warning("callback request not stored: %s", exc.reason.value)
            self._outcome, self._failure = Outcome.FAILED, exc.reason
            self.changed.emit()
            return
        log.info("callback request stored as submission %s", stored.submission_id)
        self._outcome, self._failure = Outcome.STORED, None
        self._reference_code = stored.reference_code
        self._receipt_windows = chosen_windows(self._draft, self._offered)
        # The receipt needs only the code and the times: forget the rest at once.
        self._draft = CallbackDraft()
        self._page = RECEIPT_PAGE
        self.changed.emit()
        self.finished.emit()

    # ---- helpers ---------------------------------------------------------------------------

    def _edit(self, field: str, change: Callable[[], None]) -> None:
        change()
        self._problems.pop(field, None)
        if field:
            self._problems.pop("", None)
        else:
            self._problems.clear()
        if self._outcome is Outcome.FAILED:
            self._outcome, self._failure = Outcome.EDITING, None
        self.changed.emit()

    def _go(self, step: Step) -> None:
        if step is Step.TIME:
            self._offered = offered_windows(self._settings, self._clock())
            still_offered = {w.key for w in self._offered}
            self._draft.window_keys = [k for k in self._draft.window_keys if k in still_offered]
        self._problems = {}
        self._outcome, self._failure = Outcome.EDITING, None
        self._page = int(step)

    def _message(self, field: str) -> str:
        problem = self._problems.get(field)
        return texts.problem_text(problem, self._settings.note_max_length) if problem else ""

    def _label(self, localized: dict[str, str]) -> str:
        return localized.get(self._language()) or localized["de"]

    # ---- properties ------------------------------------------------------------------------

    def _get_page(self) -> int:
        return self._page

    def _get_step_count(self) -> int:
        return len(Step)

    def _get_concerns(self) -> list[dict[str, Any]]:
        return [
            {"id": c.id, "label": self._label(c.label), "selected": c.id == self._draft.concern_id}
            for c in self._settings.concerns
        ]

    def _get_concern_label(self) -> str:
        concern = find_concern(self._settings, self._draft.concern_id)
        return self._label(concern.label) if concern else ""

    def _get_name(self) -> str:
        return self._draft.name

    def _get_phone(self) -> str:
        return self._draft.phone_text

    def _get_phone_display(self) -> str:
        e164 = check_phone(self._draft.phone_text).e164
        if e164 is None:
            return ""
        number = phonenumbers.parse(e164)
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))

    def _get_bg_number(self) -> str:
        return self._draft.bg_text

    def _get_bg_display(self) -> str:
        return check_bg_number(self._draft.bg_text).normalised or ""

    def _get_note(self) -> str:
        return self._draft.note

    def _get_note_counter(self) -> str:
        return texts.note_counter(len(self._draft.note), self._settings.note_max_length)

    def _get_note_max_length(self) -> int:
        return self._settings.note_max_length

    def _get_days(self) -> list[dict[str, Any]]:
        language = self._language()
        days = []
        for day, windows in groupby(self._offered, key=lambda w: w.start.date()):
            slots = [
                {
                    "key": w.key,
                    "label": texts.window_label(language, w),
                    "selected": w.key in self._draft.window_keys,
                }
                for w in windows
            ]
            days.append({"label": texts.day_label(language, day), "windows": slots})
        return days

    def _get_chosen_windows(self) -> list[str]:
        language = self._language()
        return [
            f"{texts.day_label(language, w.start.date())}, {texts.window_label(language, w)}"
            for w in chosen_windows(self._draft, self._offered)
        ]

    def _get_privacy_notice(self) -> str:
        return self._label(self._settings.privacy_notice)

    def _get_privacy_accepted(self) -> bool:
        return self._draft.privacy_accepted_at is not None

    def _get_submit_error(self) -> str:
        if self._failure is None:
            return ""
        return texts.submit_failure_text(self._failure, self._hotline, self._reception)

    def _get_can_retry(self) -> bool:
        return self._failure is not None and self._failure is not SubmitFailure.NOT_ENROLLED

    def _get_reference_code(self) -> str:
        return self._reference_code

    def _get_callback_sentences(self) -> list[str]:
        return texts.callback_sentences(self._language(), self._receipt_windows)

    page = Property(int, _get_page, notify=changed)
    stepCount = Property(int, _get_step_count, constant=True)
    returnsToSummary = Property(bool, lambda self: self._return_to_summary, notify=changed)
    concerns = Property(list, _get_concerns, notify=changed)
    concernLabel = Property(str, _get_concern_label, notify=changed)
    name = Property(str, _get_name, notify=changed)
    phone = Property(str, _get_phone, notify=changed)
    phoneDisplay = Property(str, _get_phone_display, notify=changed)
    bgNumber = Property(str, _get_bg_number, notify=changed)
    bgDisplay = Property(str, _get_bg_display, notify=changed)
    note = Property(str, _get_note, notify=changed)
    noteCounter = Property(str, _get_note_counter, notify=changed)
    noteMaxLength = Property(int, _get_note_max_length, constant=True)
    days = Property(list, _get_days, notify=changed)
    chosenWindows = Property(list, _get_chosen_windows, notify=changed)
    privacyNotice = Property(str, _get_privacy_notice, notify=changed)
    privacyAccepted = Property(bool, _get_privacy_accepted, notify=changed)
    stepError = Property(str, lambda self: self._message(""), notify=changed)
    nameError = Property(str, lambda self: self._message("name"), notify=changed)
    phoneError = Property(str, lambda self: self._message("phone"), notify=changed)
    bgError = Property(str, lambda self: self._message("bg"), notify=changed)
    noteError = Property(str, lambda self: self._message("note"), notify=changed)
    submitError = Property(str, _get_submit_error, notify=changed)
    canRetry = Property(bool, _get_can_retry, notify=changed)
    referenceCode = Property(str, _get_reference_code, notify=changed)
    callbackSentences = Property(list, _get_callback_sentences, notify=changed)
