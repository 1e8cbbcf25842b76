"""The delivery loop of ``kiosk sync``: POST each queued submission until the backoffice has it.

What an answer means for the row::

    200/201 with a receipt        delivered: receipt kept, ciphertext dropped
    401                           kept, retried later: this terminal's token is refused
                                  (IT must enrol it again); no other item is tried now
    408, 425, 500, other 5xx      kept, retried later with backoff (a passing fault)
    429, 502, 503, 504, timeout,  kept, retried later; the backoffice as a whole is away,
    connection refused            so no other item is tried in this pass
    any other 4xx                 quarantined: sending it again cannot succeed

Submissions are posted with ``Idempotency-Key: <submission id>``; a repeat after a lost answer
gets the stored receipt, so nothing is recorded twice.
"""

from __future__ import annotations

import base64
import enum
import logging
import random as stdlib_random
import threading
from dataclasses import dataclass

import requests
from pydantic import ValidationError

from config.schema import SyncSettings
from sync.backoff import RandomSource, retry_delay
from sync.device import DeviceCredentials
from sync.outbox import Outbox, OutboxItem
from sync.submit import Clock, utc_now
from sync.wire import (
    API_PREFIX,
    IDEMPOTENCY_HEADER,
    ProblemDetail,
    SubmissionEnvelope,
    SubmissionReceipt,
)

log = logging.getLogger(__name__)

_TRANSIENT_CLIENT_ERRORS = {401, 408, 425, 429}
_OFFICE_AWAY_STATUSES = {429, 502, 503, 504}


class Outcome(enum.Enum):
    DELIVERED = "delivered"
    QUARANTINED = "quarantined"
    # This item failed for a passing reason; others may still go through.
    RETRY = "retry"
    # The backoffice is unreachable, overloaded, or refuses this terminal: stop the pass.
    OFFICE_AWAY = "office_away"


@dataclass
class PassCounts:
    delivered: int = 0
    retrying: int = 0
    quarantined: int = 0
    # Left for later because the backoffice was away.
    not_tried: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome is Outcome.DELIVERED:
            self.delivered += 1
        elif outcome is Outcome.QUARANTINED:
            self.quarantined += 1
        else:
            self.retrying += 1


def _problem_title(response: requests.Response) -> str:
    try:
        return ProblemDetail.model_validate_json(response.content).title[:120]
    except ValidationError:
        return "no problem detail"


class Courier:
    """Delivers the outbox of one enrolled terminal to its backoffice."""

    def __init__(
        self,
        outbox: Outbox,
        device: DeviceCredentials,
        settings: SyncSettings,
        session: requests.Session,
        *,
        clock: Clock = utc_now,
        random: RandomSource = stdlib_random.random,
    ) -> None:
        self._outbox = outbox
        self._device = device
        self._settings = settings
        self._session = session
        self._clock = clock
        self._random = random
        self._url = f"{device.backoffice_url.rstrip('/')}{API_PREFIX}/submissions"
        self._timeouts = (settings.connect_timeout_seconds, settings.read_timeout_seconds)
        # Set by a failure, cleared by the next success: a success then means "it is back".
        self._failing = False

    def run_once(self) -> PassCounts:
        """Try every queued item now, ignoring backoff (``kiosk sync --once``)."""
        return self._pass(self._outbox.queued(), stop=None)

    def run_forever(self, stop: threading.Event) -> None:
        """Deliver due items until ``stop`` is set, looking every ``poll_seconds``."""
        while not stop.is_set():
            self._pass(self._outbox.due(self._clock()), stop)
            stop.wait(self._settings.poll_seconds)

    def _pass(self, items: list[OutboxItem], stop: threading.Event | None) -> PassCounts:
        counts = PassCounts()
        while items:
            if stop is not None and stop.is_set():
                break
            item = items.pop(0)
            was_failing = self._failing
            outcome = self.deliver(item)
            counts.add(outcome)
            if outcome is Outcome.OFFICE_AWAY:
                counts.not_tried = len(items)
                break
            if outcome is Outcome.DELIVERED and was_failing and stop is not None:
                # The backoffice is back: drain the queue now rather than after each item's
                # backoff, which may be minutes.
                waited = self._outbox.retry_all_now(self._clock())
                log.info("backoffice reachable again; retrying %d waiting item(s) now", waited)
                items = self._outbox.due(self._clock())
        return counts

    def deliver(self, item: OutboxItem) -> Outcome:
        """One attempt for one item; the outbox row records the result."""
        if item.sealed_payload is None:
            raise ValueError(f"submission {item.submission_id} has no payload to deliver")
        envelope = SubmissionEnvelope(
            submission_id=item.submission_id,
            kind=item.kind,
            reference_code=item.reference_code,
            created_at=item.created_at,
            sealed_payload=base64.b64encode(item.sealed_payload).decode("ascii"),
        )
        try:
            response = self._session.post(
                self._url,
                data=envelope.model_dump_json().encode("utf-8"),
                headers={
                    "Authorization": f"Bearer {self._device.device_token}",
                    IDEMPOTENCY_HEADER: str(item.submission_id),
                    "Content-Type": "application/json",
                },
                timeout=self._timeouts,
                allow_redirects=False,
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            return self._retry(item, type(exc).__name__, Outcome.OFFICE_AWAY)
        except requests.RequestException as exc:
            return self._retry(item, type(exc).__name__, Outcome.RETRY)
        return self._judge(item, response)

    def _judge(self, item: OutboxItem, response: requests.Response) -> Outcome:
        status = response.status_code
        if status in (200, 201):
            return self._accept(item, response)
        if status == 401:
            log.error(
                "backoffice %s refused this terminal's token (HTTP 401): enrol the terminal "
                "again with 'kiosk enroll URL TOKEN'; the outbox is kept",
                self._device.backoffice_url,
            )
            return self._retry(item, "HTTP 401", Outcome.OFFICE_AWAY)
        if 400 <= status < 500 and status not in _TRANSIENT_CLIENT_ERRORS:
            reason = f"HTTP {status}: {_problem_title(response)}"
            self._outbox.quarantine(item.submission_id, reason, self._clock())
            log.error(
                "submission %s (reference %s) quarantined: backoffice answered %s",
                item.submission_id,
                item.reference_code,
                reason,
            )
            return Outcome.QUARANTINED
        away = Outcome.OFFICE_AWAY if status in _OFFICE_AWAY_STATUSES else Outcome.RETRY
        return self._retry(item, f"HTTP {status}", away)

    def _accept(self, item: OutboxItem, response: requests.Response) -> Outcome:
        try:
            receipt = SubmissionReceipt.model_validate_json(response.content)
        except ValidationError:
            return self._retry(item, f"HTTP {response.status_code} without receipt", Outcome.RETRY)
        if receipt.submission_id != item.submission_id:
            return self._retry(item, "receipt for another submission", Outcome.RETRY)
        self._outbox.mark_delivered(item.submission_id, receipt, self._clock())
        self._failing = False
        log.info("delivered submission %s (reference %s)", item.submission_id, item.reference_code)
        return Outcome.DELIVERED

    def _retry(self, item: OutboxItem, error: str, outcome: Outcome) -> Outcome:
        now = self._clock()
        delay = retry_delay(
            item.attempts + 1,
            base_seconds=self._settings.backoff_base_seconds,
            cap_seconds=self._settings.backoff_cap_seconds,
            random=self._random,
        )
        self._outbox.schedule_retry(item.submission_id, now + delay, error, now)
        self._failing = True
        log.warning(
            "submission %s not delivered (%s); next attempt in %.1f s",
            item.submission_id,
            error,
            delay.total_seconds(),
        )
        return outcome
