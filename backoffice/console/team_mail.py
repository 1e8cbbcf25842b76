"""Tells each team by e-mail that new work arrived: counts and a link, never a name, phone
number, BG number, reference code or note (a mail leaves the office's systems).

One mail per team and run at most (runs every ``mail.batch_seconds``), covering every request
and document not yet announced. A mail server that refuses or is down loses nothing: the rows
stay unannounced and the next run tries again; the failure (error type and SMTP code only) is
kept in ``mail_status`` and shown to IT on the fleet page.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage

from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.clock import Clock
from backoffice.context import OfficeContext
from backoffice.periodic import run_periodically
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest
from backoffice.storage.work_models import MailStatus
from config.console import ConsoleSettings, MailSecurity, MailSettings, Team

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeamNews:
    team_id: str
    team: Team
    requests: list[int]
    documents: list[int]


def news_message(news: TeamNews, sender: str, public_url: str, office_name: str) -> EmailMessage:
    """The mail for one team. Only counts and a link: see the module's docstring."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = news.team.mail
    message["Subject"] = f"Bürgerterminal: neue Eingänge für {news.team.name}"
    lines = [
        f"Für {news.team.name} ({office_name}) sind neu eingegangen:",
        "",
        f"- Rückrufbitten: {len(news.requests)}",
        f"- Unterlagen: {len(news.documents)}",
        "",
    ]
    if public_url:
        lines.append(
            f"In der Konsole ansehen: {public_url.rstrip('/')}/console?team={news.team_id}"
        )
    lines += ["", "Diese Nachricht enthält absichtlich keine personenbezogenen Daten."]
    message.set_content("\n".join(lines))
    return message


Sender = Callable[[MailSettings, EmailMessage], None]


def send_by_smtp(settings: MailSettings, message: EmailMessage) -> None:
    context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    timeout = settings.timeout_seconds
    if settings.security is MailSecurity.TLS:
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    with client:
        if settings.security is MailSecurity.STARTTLS:
            client.starttls(context=context)
        if settings.username:
            client.login(settings.username, settings.password)
        client.send_message(message)


def _error_text(exc: Exception) -> str:
    code = getattr(exc, "smtp_code", None)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = {c for c, _ in exc.recipients.values()}
        code = ",".join(str(c) for c in sorted(codes))
    return f"{type(exc).__name__}{f' {code}' if code else ''}"[:200]


class TeamMail:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        settings: ConsoleSettings,
        office_name: str,
        send: Sender = send_by_smtp,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self._office_name = office_name
        self._send = send

    def run_once(self) -> int:
        """Sends what is due; returns the number of mails sent."""
        if not self._settings.mail.host:
            return 0
        sent = 0
        for news in self._news():
            if self._deliver(news):
                sent += 1
        return sent

    def _news(self) -> list[TeamNews]:
        teams = {t: team for t, team in self._settings.teams.items() if team.mail}
        if not teams:
            return []
        with self._sessions() as db:
            requests = db.execute(
                select(CallbackRequest.team, CallbackRequest.id).where(
                    CallbackRequest.team_notified_at.is_(None),
                    CallbackRequest.team.in_(teams),
                )
            ).all()
            documents = db.execute(
                select(ReceivedDocument.team, ReceivedDocument.id).where(
                    ReceivedDocument.team_notified_at.is_(None),
                    ReceivedDocument.team.in_(teams),
                )
            ).all()
        news = []
        for team_id, team in teams.items():
            request_ids = [i for t, i in requests if t == team_id]
            document_ids = [i for t, i in documents if t == team_id]
            if request_ids or document_ids:
                news.append(TeamNews(team_id, team, request_ids, document_ids))
        return news

    def _deliver(self, news: TeamNews) -> bool:
        mail = self._settings.mail
        message = news_message(news, mail.sender, self._settings.public_url, self._office_name)
        now = self._clock.now()
        try:
            self._send(mail, message)
        except (smtplib.SMTPException, OSError) as exc:
            error = _error_text(exc)
            log.warning("team mail for team %s not sent: %s", news.team_id, error)
            self._note(news.team_id, now, error)
            return False
        with self._sessions() as db, db.begin():
            if news.requests:
                db.execute(
                    update(CallbackRequest)
                    .where(CallbackRequest.id.in_(news.requests))
                    .values(team_notified_at=now)
                )
            if news.documents:
                db.execute(
                    update(ReceivedDocument)
                    .where(ReceivedDocument.id.in_(news.documents))
                    .values(team_notified_at=now)
                )
        self._note(news.team_id, now, "")
        log.info(
            "team mail for team %s: %d requests, %d documents",
            news.team_id,
            len(news.requests),
            len(news.documents),
        )
        return True

    def _note(self, team_id: str, now: dt.datetime, error: str) -> None:
        with self._sessions() as db, db.begin():
            status = db.get(MailStatus, team_id)
            if status is None:
                status = MailStatus(team=team_id, last_attempt_at=now)
                db.add(status)
            status.last_attempt_at = now
            status.last_error = error
            if error:
                status.failing_since = status.failing_since or now
            else:
                status.last_sent_at, status.failing_since = now, None


def failing_mail(db: Session) -> list[MailStatus]:
    """Teams whose last mail failed, for IT's fleet page."""
    return list(db.scalars(select(MailStatus).where(MailStatus.last_error != "")))


def unannounced(db: Session) -> int:
    return int(
        db.scalar(
            select(func.count())
            .select_from(CallbackRequest)
            .where(CallbackRequest.team_notified_at.is_(None))
        )
        or 0
    )


def mount_team_mail(app: FastAPI, context: OfficeContext) -> None:
    settings = context.settings.console
    if not settings.mail.host:
        return
    mail = TeamMail(context.sessions, context.clock, settings, context.settings.office_name)
    run_periodically(app, mail.run_once, settings.mail.batch_seconds, log, "team mail")
