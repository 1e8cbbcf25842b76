"""The delivery loop of ``kiosk sync``: POST each queued submission until the backoffice has it.

What an answer means for the row::

    200/201 with a receipt        delivered: receipt kept, ciphertext dropped
    401                           kept, retried later: this terminal's token is refused
                                  (IT must enroll it again); no other item is tried now
    408, 425, 500, other 5xx      kept, retried later with backoff (a passing fault)
    400 refusing the protocol     kept, retried later: the office does not speak this
                                  terminal's protocol version (contract.version); IT must
                                  update one side; no other item is tried now
    429, 502, 503, 504, timeout,  kept, retried later; the backoffice as a whole is away,
    connection refused            so no other item is tried in this pass
    any other 4xx                 quarantined: sending it again cannot succeed; for a 422 the
                                  reason names the refused fields (kiosk status, heartbeat)

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

Time: every wait (an item's backoff, the full-disk retry, the health probe) runs on the
monotonic clock (:mod:`sync.retry_schedule`); the wall clock only stamps rows for people to
read. Every request goes through the :class:`~sync.office_link.OfficeLink`, so a
``Retry-After`` pause holds the whole queue, not one item, and a stop request (SIGTERM) ends a
pass and the request in flight within seconds, ``run_once`` included.
"""

from __future__ import annotations

import base64
import enum
import logging
import random as stdlib_random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import requests
from pydantic import ValidationError

from config.schema import SyncSettings
from contract.sealing import key_id, public_key_from_b64
from contract.submissions import (
    API_PREFIX,
    IDEMPOTENCY_HEADER,
    AttachmentRef,
    ProblemDetail,
    SubmissionEnvelope,
    SubmissionReceipt,
)
from contract.version import ACCEPTED_HEADER, PROTOCOL_VERSION, refusal_from
from sync.attachment_upload import UploadProblem, upload_attachments
from sync.backoff import RandomSource, retry_delay
from sync.bounded_http import CallCut
from sync.device import DeviceCredentials
from sync.office_link import OfficeAnswer, OfficeLink, OfficePaused
from sync.outbox import Outbox, OutboxFullError, OutboxItem, SubmissionState
from sync.reachability import HealthProbe, ReachabilityWatch
from sync.retry_schedule import RetrySchedule
from sync.submit import Clock, utc_now
from sync.tus_client import TusClient

log = logging.getLogger(__name__)

_TRANSIENT_CLIENT_ERRORS = {401, 408, 425, 429}
_OFFICE_AWAY_STATUSES = {429, 502, 503, 504}
# Longest wait before recording a result is tried again on a full disk (unless room appears).
_STORAGE_RETRY_CAP_SECONDS = 60.0
# A receipt or a problem report is a few hundred bytes.
_MAX_RECEIPT_BYTES = 64 * 1024


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


def _problem_reason(response: OfficeAnswer) -> str:
    """The office's problem, for IT: its title and, for a refused submission, the fields it
    names (a 422 names fields and what is wrong with them, never a value)."""
    try:
        problem = ProblemDetail.model_validate_json(response.content)
    except ValidationError:
        return "no problem detail"
    if response.status_code == 422:
        return f"{problem.title}: {problem.detail}"[:400]
    return problem.title[:120]


class Courier:
    """Delivers the outbox of one enrolled terminal to its backoffice."""

    def __init__(
        self,
        outbox: Outbox,
        device: DeviceCredentials,
        settings: SyncSettings,
        link: OfficeLink,
        *,
        clock: Clock = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        random: RandomSource = stdlib_random.random,
        watch: ReachabilityWatch | None = None,
        current_device: Callable[[], DeviceCredentials | None] | None = None,
    ) -> None:
        """``clock`` stamps rows (wall time, for people); ``monotonic`` times every wait.
        ``current_device`` reads the stored credentials afresh: the office's sealing key the
        heartbeat adopted while this courier runs (see ``_follow_office_key``)."""
        self._outbox = outbox
        self._device = device
        self._current_device = current_device
        self._settings = settings
        self._link = link
        self._clock = clock
        self._monotonic = monotonic
        self._random = random
        self._tus = TusClient(link, device.device_token, chunk_bytes=settings.chunk_bytes)
        self._key_id = key_id(public_key_from_b64(device.backoffice_public_key))
        self.schedule = RetrySchedule(monotonic)
        # Set by a failure, cleared by the next success: a success then means "it is back".
        self._failing = False
        self.watch = watch or ReachabilityWatch(
            HealthProbe(link), every_seconds=settings.probe_seconds, monotonic=monotonic
        )
        # Failed attempts to record a result on a full disk, and when to try again.
        self._storage_failures = 0
        self._storage_retry_at: float | None = None

    def run_once(self, stop: threading.Event | None = None) -> PassCounts:
        """Try every queued item now, ignoring backoff (``kiosk sync --once``)."""
        return self._pass([entry.submission_id for entry in self._outbox.waiting()], stop)

    def run_forever(
        self, stop: threading.Event, alive: Callable[[], object] = lambda: None
    ) -> None:
        """Deliver due items until ``stop`` is set, looking every ``poll_seconds``.

        ``alive`` is called once per pass (the systemd watchdog ping): a hung pass stops it.
        """
        while not stop.is_set():
            # Take the space reserve back once there is room (it may have been used up).
            self._outbox.reserve.ensure()
            paused = self._link.pause.remaining()
            if paused:
                alive()
                stop.wait(min(paused, self._settings.poll_seconds))
                continue
            if not self._waiting_for_storage():
                self._pass(self.schedule.due(self._outbox.waiting()), stop)
            alive()
            if self._office_back():
                continue  # deliver what waited, now
            stop.wait(self._settings.poll_seconds)

    def _follow_office_key(self) -> None:
        """Takes over a sealing key the office handed out since this courier started (a key
        rotation, learned by the heartbeat into device.json): items are then named to an office
        that names its keys, and a refusal of one sealed to the earlier key says so."""
        if self._current_device is None:
            return
        try:
            stored = self._current_device()
        except Exception as exc:  # a device file being replaced, or unreadable: next pass
            log.debug("device file not read for its office key: %s", type(exc).__name__)
            return
        if stored is None or stored.device_id != self._device.device_id:
            return
        known = (self._device.backoffice_public_key, self._device.backoffice_key_id)
        if (stored.backoffice_public_key, stored.backoffice_key_id) == known:
            return
        try:
            self._key_id = key_id(public_key_from_b64(stored.backoffice_public_key))
        except ValueError:
            log.warning("the stored office key is unusable; delivering as before")
            return
        self._device = self._device.with_office_key(
            stored.backoffice_public_key, stored.backoffice_key_id
        )
        log.info("delivering with the office's key %s from now on", self._key_id)

    def _pass(self, ids: list[uuid.UUID], stop: threading.Event | None) -> PassCounts:
        if ids:  # the key matters only for what is sent: no file read on an idle pass
            self._follow_office_key()
        counts = PassCounts()
        while ids:
            if (stop is not None and stop.is_set()) or self._link.pause.remaining():
                counts.not_tried = len(ids)
                break
            item = self._outbox.get(ids.pop(0))
            if item is None or item.state is not SubmissionState.QUEUED:
                continue  # settled by someone else meanwhile (e.g. IT requeued or it is gone)
            was_failing = self._failing
            try:
                outcome = self.deliver(item)
                if outcome is Outcome.DELIVERED and was_failing and stop is not None:
                    # The backoffice is back: drain the queue now rather than after each
                    # item's backoff, which may be minutes.
                    ids = self._everything_now()
            except OutboxFullError as full:
                outcome = self._storage_full(full)
            else:
                self._storage_recovered()
            counts.add(outcome)
            if outcome in (Outcome.OFFICE_AWAY, Outcome.STORAGE_FULL):
                counts.not_tried = len(ids)
                break
        return counts

    def _everything_now(self) -> list[uuid.UUID]:
        waited = self._outbox.retry_all_now(self._clock())
        self.schedule.clear()
        log.info("retrying %d waiting item(s) now", waited)
        return [entry.submission_id for entry in self._outbox.waiting()]

    def _office_back(self) -> bool:
        """While deliveries wait because the office was away, probe it; True if it is back
        (every waiting item is due now)."""
        if self._waiting_for_storage() or not self.watch.probe_if_due():
            return False
        try:
            self._everything_now()
        except OutboxFullError as full:
            self._storage_full(full)
            return False
        return True

    def _waiting_for_storage(self) -> bool:
        if self._storage_retry_at is None:
            return False
        if self._outbox.reserve.held() or self._monotonic() >= self._storage_retry_at:
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
        self._storage_retry_at = self._monotonic() + delay.total_seconds()
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
            # Named only to an office that named its keys (an older one refuses the field).
            key_id=item.sealed_to if self._device.backoffice_key_id is not None else None,
        )
        try:
            response = self._link.request(
                "POST",
                f"{API_PREFIX}/submissions",
                body=envelope.wire_json().encode("utf-8"),
                headers={
                    "Authorization": f"Bearer {self._device.device_token}",
                    IDEMPOTENCY_HEADER: str(item.submission_id),
                    "Content-Type": "application/json",
                },
                max_answer_bytes=_MAX_RECEIPT_BYTES,
            )
        except (OfficePaused, CallCut):
            return Outcome.OFFICE_AWAY  # not sent, or cut as the process stops: no attempt
        except (requests.ConnectionError, requests.Timeout) as exc:
            return self._retry(item, type(exc).__name__, Outcome.OFFICE_AWAY, unreachable=True)
        except requests.RequestException as exc:
            return self._retry(item, type(exc).__name__, Outcome.RETRY)
        return self._judge(item, response)

    def _upload_attachments(self, item: OutboxItem) -> list[AttachmentRef] | Outcome:
        refs = upload_attachments(self._outbox, self._tus, item.submission_id, self._clock)
        if not isinstance(refs, UploadProblem):
            return refs
        if refs.protocol:
            return self._protocol_refused(item, refs.reason)
        if refs.permanent:
            return self._quarantine(item, refs.reason)
        outcome = Outcome.OFFICE_AWAY if refs.office_away else Outcome.RETRY
        return self._retry(item, refs.reason, outcome, unreachable=refs.unreachable)

    def _quarantine(self, item: OutboxItem, reason: str) -> Outcome:
        self._outbox.quarantine(item.submission_id, reason, self._clock())
        self.schedule.forget(item.submission_id)
        log.error(
            "submission %s (reference %s) quarantined: %s",
            item.submission_id,
            item.reference_code,
            reason,
        )
        return Outcome.QUARANTINED

    def _judge(self, item: OutboxItem, response: OfficeAnswer) -> Outcome:
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
            refusal = f"HTTP {status}: {_problem_reason(response)}"
            if item.sealed_to not in (None, self._key_id):
                # After the office changed its key: the likely cause, and what IT can do.
                refusal = (
                    f"sealed to the earlier office key {item.sealed_to}, the office answered "
                    f"{refusal}; once it holds that key again: kiosk requeue --all"
                )
            return self._quarantine(item, refusal)
        if status in _OFFICE_AWAY_STATUSES:
            return self._retry(item, f"HTTP {status}", Outcome.OFFICE_AWAY, unreachable=True)
        return self._retry(item, f"HTTP {status}", Outcome.RETRY)

    def _protocol_refused(self, item: OutboxItem, refusal: str) -> Outcome:
        """The office does not speak this terminal's protocol: nothing is wrong with the item,
        so it is kept and retried, and no other item is tried now."""
        log.error("backoffice %s: %s; the outbox is kept", self._device.backoffice_url, refusal)
        return self._retry(item, f"protocol {PROTOCOL_VERSION} refused", Outcome.OFFICE_AWAY)

    def _accept(self, item: OutboxItem, response: OfficeAnswer) -> Outcome:
        try:
            receipt = SubmissionReceipt.model_validate_json(response.content)
        except ValidationError:
            return self._retry(item, f"HTTP {response.status_code} without receipt", Outcome.RETRY)
        if receipt.submission_id != item.submission_id:
            return self._retry(item, "receipt for another submission", Outcome.RETRY)
        self._outbox.mark_delivered(item.submission_id, receipt, self._clock())
        self.schedule.forget(item.submission_id)
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
        self.schedule.wait(item.submission_id, delay.total_seconds(), now + delay)
        self._failing = True
        log.warning(
            "submission %s not delivered (%s); next attempt in %.1f s",
            item.submission_id,
            error,
            delay.total_seconds(),
        )
        return outcome
