"""The delivery loop of ``kiosk sync``: POST each queued submission until the backoffice has it.

What an answer means for the row::

    200/201 with a receipt        delivered: receipt kept, ciphertext dropped
    401                           kept, retried later: this terminal's token is refused
                                  (IT must enroll it again); no other item is tried now
    400 refusing the protocol     kept, retried later: the office does not speak this
                                  terminal's protocol version (contract.version); IT must
                                  update one side; no other item is tried now
    408, 425, 500, other 5xx      kept, retried later with backoff (a passing fault)
    429, 502, 503, 504, timeout,  kept, retried later; the backoffice as a whole is away,
    connection refused            so no other item is tried in this pass
    any other 4xx                 quarantined: sending it again cannot succeed

Submissions are posted with ``Idempotency-Key: <submission id>``; a repeat after a lost answer
gets the stored receipt, so nothing is recorded twice.

While deliveries fail because the office is away, a cheap health probe
(:mod:`sync.reachability`) notices its return, and every waiting item is tried at once instead
of after its backoff.

When the outbox cannot record a result because the disk is full (even after using its space
reserve, :mod:`sync.space_reserve`), the daemon does not stop: it logs that once, waits with
backoff (or until there is room again) and sends again; the office's idempotency makes that
harmless.

A submission with attachments first uploads each sealed file with tus (:mod:`sync.tus_client`),
resuming where the server's offset says; the envelope then refers to the finished uploads. An
upload the backoffice refuses for good quarantines the whole submission, files kept.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import logging
import random as stdlib_random
import threading
from collections.abc import Callable
from dataclasses import dataclass

import requests
from pydantic import ValidationError

from config.schema import SyncSettings
from contract.submissions import (
    API_PREFIX,
    IDEMPOTENCY_HEADER,
    AttachmentRef,
    ProblemDetail,
    SubmissionEnvelope,
    SubmissionReceipt,
)
from contract.version import ACCEPTED_HEADER, PROTOCOL_VERSION, protocol_headers, refusal_from
from sync.backoff import RandomSource, retry_delay
from sync.device import DeviceCredentials
from sync.outbox import Outbox, OutboxFullError, OutboxItem
from sync.outbox_attachments import AttachmentState, OutboxAttachment
from sync.reachability import HealthProbe, ReachabilityWatch
from sync.submit import Clock, utc_now
from sync.tus_client import TusClient, TusError, TusFailure, UploadTarget

log = logging.getLogger(__name__)

_TRANSIENT_CLIENT_ERRORS = {401, 408, 425, 429}
_OFFICE_AWAY_STATUSES = {429, 502, 503, 504}
# Longest wait before recording a result is tried again on a full disk (unless room appears).
_STORAGE_RETRY_CAP_SECONDS = 60.0


class Outcome(enum.Enum):
    DELIVERED = "delivered"
    QUARANTINED = "quarantined"
    # This item failed for a passing reason; others may still go through.
    RETRY = "retry"
    # The backoffice is unreachable, overloaded, or refuses this terminal: stop the pass.
    OFFICE_AWAY = "office_away"
    # The outbox cannot record results (disk full): stop the pass, try again later.
    STORAGE_FULL = "storage_full"


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
        watch: ReachabilityWatch | None = None,
    ) -> None:
        self._outbox = outbox
        self._device = device
        self._settings = settings
        self._session = session
        self._clock = clock
        self._random = random
        self._url = f"{device.backoffice_url.rstrip('/')}{API_PREFIX}/submissions"
        self._timeouts = (settings.connect_timeout_seconds, settings.read_timeout_seconds)
        self._tus = TusClient(
            session,
            device.backoffice_url,
            device.device_token,
            chunk_bytes=settings.chunk_bytes,
            timeouts=self._timeouts,
        )
        # Set by a failure, cleared by the next success: a success then means "it is back".
        self._failing = False
        self.watch = watch or ReachabilityWatch(
            HealthProbe(session, device.backoffice_url),
            every_seconds=settings.probe_seconds,
            clock=clock,
        )
        # Failed attempts to record a result on a full disk, and when to try again.
        self._storage_failures = 0
        self._storage_retry_at: dt.datetime | None = None

    def run_once(self) -> PassCounts:
        """Try every queued item now, ignoring backoff (``kiosk sync --once``)."""
        return self._pass(self._outbox.queued(), stop=None)

    def run_forever(
        self, stop: threading.Event, alive: Callable[[], object] = lambda: None
    ) -> None:
        """Deliver due items until ``stop`` is set, looking every ``poll_seconds``.

        ``alive`` is called once per pass (the systemd watchdog ping): a hung pass stops it.
        """
        while not stop.is_set():
            # Take the space reserve back once there is room (it may have been used up).
            self._outbox.reserve.ensure()
            if not self._waiting_for_storage():
                self._pass(self._outbox.due(self._clock()), stop)
            alive()
            if self._office_back():
                continue  # deliver what waited, now
            stop.wait(self._settings.poll_seconds)

    def _pass(self, items: list[OutboxItem], stop: threading.Event | None) -> PassCounts:
        counts = PassCounts()
        while items:
            if stop is not None and stop.is_set():
                break
            item = items.pop(0)
            was_failing = self._failing
            try:
                outcome = self.deliver(item)
                if outcome is Outcome.DELIVERED and was_failing and stop is not None:
                    # The backoffice is back: drain the queue now rather than after each
                    # item's backoff, which may be minutes.
                    waited = self._outbox.retry_all_now(self._clock())
                    log.info("retrying %d waiting item(s) now", waited)
                    items = self._outbox.due(self._clock())
            except OutboxFullError as full:
                outcome = self._storage_full(full)
            else:
                self._storage_recovered()
            counts.add(outcome)
            if outcome in (Outcome.OFFICE_AWAY, Outcome.STORAGE_FULL):
                counts.not_tried = len(items)
                break
        return counts

    def _office_back(self) -> bool:
        """While deliveries wait because the office was away, probe it; True if it is back
        (every waiting item is due now)."""
        if self._waiting_for_storage() or not self.watch.probe_if_due():
            return False
        try:
            waited = self._outbox.retry_all_now(self._clock())
        except OutboxFullError as full:
            self._storage_full(full)
            return False
        log.info("retrying %d waiting item(s) now", waited)
        return True

    def _waiting_for_storage(self) -> bool:
        if self._storage_retry_at is None:
            return False
        if self._outbox.reserve.held() or self._clock() >= self._storage_retry_at:
            self._storage_retry_at = None  # room again, or time to try
            return False
        return True

    def _storage_full(self, error: OutboxFullError) -> Outcome:
        self._storage_failures += 1
        delay = retry_delay(
            self._storage_failures,
            base_seconds=self._settings.backoff_base_seconds,
            cap_seconds=min(self._settings.backoff_cap_seconds, _STORAGE_RETRY_CAP_SECONDS),
            random=self._random,
        )
        self._storage_retry_at = self._clock() + delay
        if self._storage_failures == 1:
            log.error(
                "outbox cannot record delivery results (%s): free disk space in %s; until "
                "then delivery is retried with backoff (re-sending is harmless)",
                error,
                self._outbox.path.parent,
            )
        return Outcome.STORAGE_FULL

    def _storage_recovered(self) -> None:
        if self._storage_failures:
            log.info(
                "outbox records delivery results again (after %d failed attempt(s))",
                self._storage_failures,
            )
        self._storage_failures = 0
        self._storage_retry_at = None

    def deliver(self, item: OutboxItem) -> Outcome:
        """One attempt for one item; the outbox row records the result."""
        if item.sealed_payload is None:
            raise ValueError(f"submission {item.submission_id} has no payload to deliver")
        refs = self._upload_attachments(item)
        if isinstance(refs, Outcome):
            return refs
        envelope = SubmissionEnvelope(
            submission_id=item.submission_id,
            kind=item.kind,
            reference_code=item.reference_code,
            created_at=item.created_at,
            sealed_payload=base64.b64encode(item.sealed_payload).decode("ascii"),
            attachments=refs,
            key_id=item.key_id,
        )
        try:
            response = self._session.post(
                self._url,
                data=envelope.wire_json().encode("utf-8"),
                headers={
                    "Authorization": f"Bearer {self._device.device_token}",
                    IDEMPOTENCY_HEADER: str(item.submission_id),
                    "Content-Type": "application/json",
                    **protocol_headers(),
                },
                timeout=self._timeouts,
                allow_redirects=False,
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            return self._retry(item, type(exc).__name__, Outcome.OFFICE_AWAY, unreachable=True)
        except requests.RequestException as exc:
            return self._retry(item, type(exc).__name__, Outcome.RETRY)
        return self._judge(item, response)

    def _upload_attachments(self, item: OutboxItem) -> list[AttachmentRef] | Outcome:
        """Upload whatever of the item's files the server does not hold yet."""
        refs = []
        for attachment in self._outbox.attachments.of(item.submission_id):
            if attachment.path is None or attachment.sha256 is None:
                return self._quarantine(item, "attachment file missing")
            upload_path = attachment.upload_path
            if attachment.state is not AttachmentState.UPLOADED or upload_path is None:
                try:
                    upload_path = self._tus.upload(self._target(attachment))
                except TusError as error:
                    if error.failure is TusFailure.PROTOCOL:
                        return self._protocol_refused(item, str(error))
                    if error.failure is TusFailure.PERMANENT:
                        return self._quarantine(item, f"upload refused: {error}")
                    away = error.failure in (TusFailure.AWAY, TusFailure.REFUSED)
                    return self._retry(
                        item,
                        f"upload: {error}",
                        Outcome.OFFICE_AWAY if away else Outcome.RETRY,
                        unreachable=error.failure is TusFailure.AWAY,
                    )
                except FileNotFoundError:
                    return self._quarantine(item, "attachment file missing")
                self._outbox.attachments.mark_uploaded(
                    item.submission_id, attachment.attachment_id, self._clock()
                )
            refs.append(
                AttachmentRef(
                    attachment_id=attachment.attachment_id,
                    upload_path=upload_path,
                    size=attachment.size,
                    sha256=attachment.sha256,
                )
            )
        return refs

    def _target(self, attachment: OutboxAttachment) -> UploadTarget:
        assert attachment.path is not None
        sid, aid = attachment.submission_id, attachment.attachment_id
        return UploadTarget(
            attachment_id=aid,
            path=attachment.path,
            size=attachment.size,
            upload_path=attachment.upload_path,
            on_created=lambda path: self._outbox.attachments.save_upload_path(sid, aid, path),
            on_progress=lambda offset: self._outbox.attachments.record_offset(sid, aid, offset),
        )

    def _quarantine(self, item: OutboxItem, reason: str) -> Outcome:
        self._outbox.quarantine(item.submission_id, reason, self._clock())
        log.error(
            "submission %s (reference %s) quarantined: %s",
            item.submission_id,
            item.reference_code,
            reason,
        )
        return Outcome.QUARANTINED

    def _judge(self, item: OutboxItem, response: requests.Response) -> Outcome:
        status = response.status_code
        if status in (200, 201):
            return self._accept(item, response)
        if status == 401:
            log.error(
                "backoffice %s refused this terminal's token (HTTP 401): enroll the terminal "
                "again with 'kiosk enroll URL TOKEN'; the outbox is kept",
                self._device.backoffice_url,
            )
            return self._retry(item, "HTTP 401", Outcome.OFFICE_AWAY)
        refused = refusal_from(status, response.headers.get(ACCEPTED_HEADER))
        if refused is not None:
            return self._protocol_refused(item, refused)
        if 400 <= status < 500 and status not in _TRANSIENT_CLIENT_ERRORS:
            return self._quarantine(item, f"HTTP {status}: {_problem_title(response)}")
        if status in _OFFICE_AWAY_STATUSES:
            return self._retry(item, f"HTTP {status}", Outcome.OFFICE_AWAY, unreachable=True)
        return self._retry(item, f"HTTP {status}", Outcome.RETRY)

    def _protocol_refused(self, item: OutboxItem, refusal: str) -> Outcome:
        """The office does not speak this terminal's protocol: nothing is wrong with the item,
        so it is kept and retried, and no other item is tried now."""
        log.error("backoffice %s: %s; the outbox is kept", self._device.backoffice_url, refusal)
        return self._retry(item, f"protocol {PROTOCOL_VERSION} refused", Outcome.OFFICE_AWAY)

    def _accept(self, item: OutboxItem, response: requests.Response) -> Outcome:
        try:
            receipt = SubmissionReceipt.model_validate_json(response.content)
        except ValidationError:
            return self._retry(item, f"HTTP {response.status_code} without receipt", Outcome.RETRY)
        if receipt.submission_id != item.submission_id:
            return self._retry(item, "receipt for another submission", Outcome.RETRY)
        self._outbox.mark_delivered(item.submission_id, receipt, self._clock())
        self._failing = False
        self.watch.reached()
        log.info("delivered submission %s (reference %s)", item.submission_id, item.reference_code)
        return Outcome.DELIVERED

    def _retry(
        self, item: OutboxItem, error: str, outcome: Outcome, *, unreachable: bool = False
    ) -> Outcome:
        """``unreachable``: the office as a whole is away (not this item, not our token)."""
        if unreachable:
            self.watch.lost(error)
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
