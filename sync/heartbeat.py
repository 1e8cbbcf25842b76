"""Heartbeats from ``kiosk sync``: the terminal's health to the backoffice, remote config back.

Runs in its own thread beside the courier, every ``sync.heartbeat_seconds``. A heartbeat that
fails is not retried or queued: the next one says the same, newer. A 401 means this terminal
was revoked (or never enrolled there): logged once per change, heartbeats go on, so a terminal
that IT enrolls again shows up without a restart of anything but the daemon. While the office
asked for a pause (Retry-After), no heartbeat is sent either.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import requests
from pydantic import ValidationError

from config.schema import SyncSettings
from contract.fleet import HEARTBEAT_PATH, Heartbeat, HeartbeatAnswer, SealingKey
from contract.sealing import key_id, public_key_from_b64
from contract.submissions import API_PREFIX
from contract.version import ACCEPTED_HEADER, refusal_from
from sync.device import DeviceCredentials, adopt_sealing_key
from sync.office_link import OfficeLink
from sync.remote_config import RemoteConfigStore

log = logging.getLogger(__name__)


class HeartbeatOutcome(enum.Enum):
    SENT = "sent"
    # 401: the backoffice refuses this terminal's credentials (revoked).
    REFUSED = "refused"
    # No answer, or not one we understand; try again next time.
    AWAY = "away"
    # The backoffice does not speak this terminal's protocol version (contract.version).
    PROTOCOL = "protocol_refused"


class HeartbeatReporter:
    def __init__(
        self,
        device: DeviceCredentials,
        settings: SyncSettings,
        link: OfficeLink,
        collect: Callable[[float, str], Heartbeat],
        remote_config: RemoteConfigStore,
        data_dir: Path | None = None,
    ) -> None:
        """``data_dir``: where ``device.json`` takes the office's new sealing key (the
        answer names it after ``backoffice rotate-key``); None: the key is not taken."""
        self._device = device
        self._data_dir = data_dir
        self._settings = settings
        self._link = link
        self._collect = collect
        self._remote_config = remote_config
        self._last: HeartbeatOutcome | None = None

    def send(self) -> HeartbeatOutcome:
        heartbeat = self._collect(
            self._settings.heartbeat_seconds, self._remote_config.current_sha256()
        )
        outcome = self._post(heartbeat)
        if outcome is not self._last:
            level = logging.INFO if outcome is HeartbeatOutcome.SENT else logging.WARNING
            log.log(level, "heartbeat %s (was %s)", outcome.value, self._last and self._last.value)
            self._last = outcome
        return outcome

    def _post(self, heartbeat: Heartbeat) -> HeartbeatOutcome:
        try:
            response = self._link.request(
                "POST",
                f"{API_PREFIX}{HEARTBEAT_PATH}",
                body=heartbeat.wire_json().encode("utf-8"),
                headers={
                    "Authorization": f"Bearer {self._device.device_token}",
                    "Content-Type": "application/json",
                },
            )
        except requests.RequestException as exc:
            log.debug("heartbeat not sent: %s", type(exc).__name__)
            return HeartbeatOutcome.AWAY
        if response.status_code == 401:
            return HeartbeatOutcome.REFUSED
        refused = refusal_from(response.status_code, response.headers.get(ACCEPTED_HEADER))
        if refused is not None:
            if self._last is not HeartbeatOutcome.PROTOCOL:
                log.error("heartbeat: %s", refused)
            return HeartbeatOutcome.PROTOCOL
        if response.status_code != 200:
            log.debug("heartbeat answered HTTP %d", response.status_code)
            return HeartbeatOutcome.AWAY
        try:
            answer = HeartbeatAnswer.model_validate_json(response.content)
        except ValidationError:
            log.warning("heartbeat answer not understood")
            return HeartbeatOutcome.AWAY
        if answer.remote_config is not None:
            self._remote_config.accept(answer.remote_config)
        if answer.sealing_key is not None:
            self._adopt(answer.sealing_key)
        return HeartbeatOutcome.SENT

    def _adopt(self, key: SealingKey) -> None:
        try:
            named = key_id(public_key_from_b64(key.public_key))
        except ValueError:
            log.warning("heartbeat answer holds an unusable sealing key")
            return
        if named != key.key_id:
            log.warning("heartbeat answer names a sealing key whose id does not match")
            return
        if self._data_dir is None:
            return
        old = self._device.backoffice_key_id
        if adopt_sealing_key(self._data_dir, self._device.device_id, key.public_key, key.key_id):
            # The UI reads device.json at every submission: new items go to the new key.
            log.info("sealing key is now %s (was %s)", key.key_id, old or "unnamed")
            self._device = self._device.with_office_key(key.public_key, key.key_id)

    def run_forever(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                self.send()
            except Exception as exc:  # e.g. the outbox briefly locked: never end the thread
                log.warning("heartbeat failed: %s", type(exc).__name__)
            stop.wait(self._settings.heartbeat_seconds)

    def start(self, stop: threading.Event) -> threading.Thread:
        thread = threading.Thread(
            target=self.run_forever, args=(stop,), name="heartbeat", daemon=True
        )
        thread.start()
        return thread
