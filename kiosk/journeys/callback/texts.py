"""Citizen-facing sentences the view-models produce, all through Qt's translation system.

Kept in one module so every message a citizen can meet is easy to review and translate.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.bidi import ltr
from kiosk.journeys.callback.draft import Problem
from kiosk.journeys.callback.submission import SubmitFailure
from kiosk.journeys.callback.windows import OfferedWindow


def problem_text(problem: Problem, note_max_length: int) -> str:
    texts = {
        Problem.NO_CONCERN: QCoreApplication.translate(
            "CallbackJourney", "Please choose what your call is about."
        ),
        Problem.NO_NAME: QCoreApplication.translate("CallbackJourney", "Please enter your name."),
        Problem.PHONE_MISSING: QCoreApplication.translate(
            "CallbackJourney", "Please enter the phone number we can reach you on."
        ),
        Problem.PHONE_NOT_A_NUMBER: QCoreApplication.translate(
            "CallbackJourney",
            "This is not a phone number. Please enter digits only, for example 0171 2345678.",
        ),
        Problem.PHONE_INCOMPLETE: QCoreApplication.translate(
            "CallbackJourney",
            "This phone number is not complete. Please check the digits.",
        ),
        Problem.BG_MALFORMED: QCoreApplication.translate(
            "CallbackJourney",
            "This BG number does not look right. It has 5 digits, then BG, then 7 digits, "
            "for example 12345BG1234567. You can also leave the field empty.",
        ),
        Problem.NO_WINDOW: QCoreApplication.translate(
            "CallbackJourney", "Please choose at least one time when we may call you."
        ),
        Problem.NOTE_TOO_LONG: QCoreApplication.translate(
            "CallbackJourney",
            "Your note is too long. Please shorten it to %n characters.",
            "",
            note_max_length,
        ),
        Problem.NO_CONSENT: QCoreApplication.translate(
            "CallbackJourney",
            "We can only call you back if you agree. Please tap the box above.",
        ),
    }
    return texts[problem]


def submit_failure_text(reason: SubmitFailure, hotline: str, reception: bool = True) -> str:
    """What went wrong and what to do; "ask at the reception desk" only where there is one."""
    if reason is SubmitFailure.NOT_ENROLLED and reception:
        text = QCoreApplication.translate(
            "CallbackJourney",
            "This terminal cannot take requests at the moment. Your details are still here. "
            "Please call us on %1 or ask at the reception desk.",
        )
    elif reason is SubmitFailure.NOT_ENROLLED:
        text = QCoreApplication.translate(
            "CallbackJourney",
            "This terminal cannot take requests at the moment. Your details are still here. "
            "Please call us on %1.",
        )
    else:
        text = QCoreApplication.translate(
            "CallbackJourney",
            "Your request could not be saved just now. Your details are still here. "
            "Please try again, or call us on %1.",
        )
    return text.replace("%1", phone_for_display(hotline))


def phone_for_display(number: str) -> str:
    """One unbroken line, left to right even inside Arabic text ("0-969 5121 49+" otherwise)."""
    return ltr(number.replace(" ", "\u00a0"))


def day_label(language: str, day: dt.date) -> str:
    # The date pattern is translated too: "Monday, 6 January" vs "Montag, 6. Januar".
    pattern = QCoreApplication.translate("CallbackJourney", "dddd, d MMMM")
    return QLocale(language).toString(QDate(day.year, day.month, day.day), pattern)


def time_label(language: str, moment: dt.datetime) -> str:
    return QLocale(language).toString(
        QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
    )


def moment_label(language: str, moment: dt.datetime) -> str:
    """Day and time for a receipt: "Montag, 6. Januar, 10:14"."""
    return f"{day_label(language, moment.date())}, {time_label(language, moment)}"


def window_label(language: str, window: OfferedWindow) -> str:
    """ "08:00 – 10:00", one left-to-right run even in Arabic (not "10:00 – 08:00")."""
    return ltr(
        QCoreApplication.translate("CallbackJourney", "%1 – %2")
        .replace("%1", time_label(language, window.start))
        .replace("%2", time_label(language, window.end))
    )


def callback_sentences(language: str, windows: list[OfferedWindow]) -> list[str]:
    """'We will call you on Monday, 6 January between 8:00 and 10:00.', then the others."""
    sentences = []
    for index, window in enumerate(windows):
        if index == 0:
            text = QCoreApplication.translate(
                "CallbackJourney", "We will call you on %1 between %2 and %3."
            )
        else:
            text = QCoreApplication.translate("CallbackJourney", "Or on %1 between %2 and %3.")
        sentences.append(
            text.replace("%1", day_label(language, window.start.date()))
            .replace("%2", ltr(time_label(language, window.start)))
            .replace("%3", ltr(time_label(language, window.end)))
        )
    return sentences


def note_counter(length: int, maximum: int) -> str:
    return ltr(
        QCoreApplication.translate("CallbackJourney", "%1 / %2")
        .replace("%1", str(length))
        .replace("%2", str(maximum))
    )
