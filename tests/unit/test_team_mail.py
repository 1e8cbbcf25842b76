"""The team mail: one mail per team and run covering everything new, nothing announced twice,
nothing lost when the mail server refuses (real SQLite, real intake; the SMTP client is the
one injected seam, recorded here)."""

from __future__ import annotations

import base64
import smtplib
import uuid
from email.message import EmailMessage

from nacl.public import PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.team_mail import TeamMail, failing_mail
from backoffice.intake import SubmissionIntake
from backoffice.storage.models import Device
from config.console import ConsoleSettings, MailSettings
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()
SETTINGS = ConsoleSettings.model_validate(
    {
        "teams": {
            "leistung": {
                "name": "Team Leistung",
                "mail": "leistung@jobcenter.example",
                "concerns": ["continued_payment", "payment"],
            },
            "markt": {
                "name": "Team Markt",
                "mail": "markt@jobcenter.example",
                "concerns": ["work"],
            },
        },
        "mail": {"host": "mail.jobcenter.example"},
    }
)


class RecordedMailer:
    """Stands in for the SMTP client: keeps what it was given, or refuses like a server."""

    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []
        self.refusing = False

    def __call__(self, settings: MailSettings, message: EmailMessage) -> None:
        if self.refusing:
            raise smtplib.SMTPResponseException(451, b"try again later")
        self.sent.append(message)


def _receive(sessions: sessionmaker[Session], clock: FixedClock, *concerns: str) -> None:
    device_id = uuid.uuid4()
    with sessions() as db, db.begin():
        db.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    intake = SubmissionIntake(sessions, KEY, clock, console=SETTINGS)
    for concern in concerns:
        intake.receive(device_id, sealed_envelope(callback_payload(concern_id=concern), PUBLIC))


def _counts(mailer: RecordedMailer) -> dict[str, str]:
    return {
        str(m["To"]): next(
            line for line in m.get_content().splitlines() if line.startswith("- Rückrufbitten")
        )
        for m in mailer.sent
    }


def test_one_mail_per_team_and_run_covers_everything_new(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock()
    mailer = RecordedMailer()
    mail = TeamMail(sessions, clock, SETTINGS, "Jobcenter Musterstadt", send=mailer)
    _receive(sessions, clock, "payment", "continued_payment", "payment", "work", "appointment")
    assert mail.run_once() == 2
    assert _counts(mailer) == {
        "leistung@jobcenter.example": "- Rückrufbitten: 3",
        "markt@jobcenter.example": "- Rückrufbitten: 1",
    }
    assert mail.run_once() == 0  # nothing announced twice
    _receive(sessions, clock, "payment")
    assert mail.run_once() == 1
    assert _counts(mailer)["leistung@jobcenter.example"] == "- Rückrufbitten: 1"


def test_a_refusing_server_loses_nothing_and_is_shown(sessions: sessionmaker[Session]) -> None:
    clock = FixedClock()
    mailer = RecordedMailer()
    mail = TeamMail(sessions, clock, SETTINGS, "Jobcenter Musterstadt", send=mailer)
    _receive(sessions, clock, "payment", "payment")
    mailer.refusing = True
    assert mail.run_once() == 0
    with sessions() as db:
        assert [(s.team, s.last_error) for s in failing_mail(db)] == [
            ("leistung", "SMTPResponseException 451")
        ]
    mailer.refusing = False
    clock.advance(minutes=5)
    assert mail.run_once() == 1
    assert _counts(mailer) == {"leistung@jobcenter.example": "- Rückrufbitten: 2"}
    with sessions() as db:
        assert failing_mail(db) == []
