"""The settings schema. Every key a TOML file may hold is declared here or in the section
modules it names, with its default.

Defaults are chosen so that ``kiosk demo`` runs without any file at all. A terminal's file
(:class:`TerminalSettings`) has the sections ``[site]`` (:mod:`config.site`), ``[callback]``
(:mod:`config.callback`), ``[documents]`` (:mod:`config.documents`) and the smaller ones
below; the backoffice's file is :class:`BackofficeSettings` (with ``[turn]``,
:mod:`config.turn`). Unknown keys are errors
(:class:`config.fields.Section`).
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator, Field, HttpUrl, field_validator

from config.callback import CallbackSettings
from config.console import ConsoleSettings
from config.database import checked_database_url
from config.documents import DocumentSettings
from config.fields import Section, TimeZoneName
from config.office_url import InsecureOfficeUrlError, require_secure_office_url
from config.site import SiteSettings
from config.turn import TurnSettings


class BackofficeLink(Section):
    # https:// for an office on another machine; http:// only on loopback (the demo).
    url: HttpUrl = HttpUrl("http://127.0.0.1:8470")
    # PEM file of the CA(s) that signed the office's TLS certificate (the office's own CA, see
    # docs/operations.md). Set: only these are trusted for the office (pinned), in every HTTPS
    # request and the call's signaling socket; unset: the system's trust store.
    ca_file: Path | None = None

    @field_validator("url")
    @classmethod
    def _encrypted_unless_loopback(cls, value: HttpUrl) -> HttpUrl:
        try:
            require_secure_office_url(str(value))
        except InsecureOfficeUrlError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("ca_file")
    @classmethod
    def _readable_pem(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"{value} is not a file (a PEM file of the office's CA)")
        return value


class TimeoutSettings(Section):
    # Seconds without a touch before the warning appears, then seconds the warning shows.
    inactivity_seconds: int = Field(default=90, ge=10, le=3600)
    warning_seconds: int = Field(default=30, ge=5, le=600)
    # How long the receipt stays before the terminal resets by itself (or "Done" is tapped):
    # at least two minutes, time to write a reference number down or photograph its QR code.
    receipt_seconds: int = Field(default=120, ge=120, le=900)


class AccessibilitySettings(Section):
    """Read-aloud and large text (BITV 2.0 / EN 301 549 clause 5.1: closed functionality)."""

    # Qt TextToSpeech engine: "speechd" (speech-dispatcher with espeak-ng) on the terminal,
    # "mock" in tests and demos without sound.
    speech_engine: str = "speechd"
    # Font and control size in large-text mode; at least 1.5 so the step is clearly noticeable.
    large_text_scale: float = Field(default=1.5, ge=1.5, le=2.0)
    # Once a citizen used read-aloud, every timeout of the session grows by this factor:
    # listening to a screen takes longer than reading it.
    read_aloud_time_factor: float = Field(default=2.0, ge=1.0, le=5.0)


class SyncSettings(Section):
    connect_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    read_timeout_seconds: float = Field(default=30.0, gt=0, le=600)
    backoff_base_seconds: float = Field(default=2.0, gt=0, le=600)
    backoff_cap_seconds: float = Field(default=600.0, gt=0, le=86400)
    # How often the daemon looks at the outbox when nothing is due.
    poll_seconds: float = Field(default=1.0, gt=0, le=600)
    # While deliveries wait because the backoffice was unreachable: how often it asks the
    # backoffice's health check whether it is back (slower as the outage goes on, at most 60 s).
    probe_seconds: float = Field(default=2.0, ge=0.1, le=60)
    # How often ``kiosk sync`` reports the terminal's health to the backoffice (fleet page).
    heartbeat_seconds: float = Field(default=60.0, ge=0.2, le=3600)
    # Longest one request to the office may take, from connecting to the last byte of the
    # answer (plus the time its own body needs at 4 KiB/s): a trickling answer is cut there.
    request_deadline_seconds: float = Field(default=120.0, gt=0, le=3600)
    # Bytes per tus PATCH request: at most this much is sent again after a broken connection.
    chunk_bytes: int = Field(default=1024 * 1024, ge=16 * 1024, le=64 * 1024 * 1024)
    # Most bytes the undelivered queue (outbox database and encrypted files) may take; past it
    # the terminal refuses new submissions instead of filling the disk.
    queue_quota_bytes: int = Field(default=4 * 1024**3, ge=1024 * 1024)
    # Free disk space always left for logs and the system, whatever the quota allows.
    min_free_disk_bytes: int = Field(default=256 * 1024**2, ge=0)


class VideoSettings(Section):
    """The video call from the cabin. Defaults suit a loopback demo and a thin rural link."""

    # STUN/TURN URLs, e.g. "turn:turn.example.org:3478". Empty means host candidates only:
    # aiortc would otherwise silently add a public STUN server (see video.call).
    ice_servers: list[str] = []
    ice_username: str = ""
    ice_credential: str = ""
    # How long staff are rung before the terminal offers a callback instead.
    ring_timeout_seconds: int = Field(default=45, ge=5, le=600)
    # No media from the other side for this long: the link is treated as dropped and the
    # terminal reconnects the call ("Verbindung wird wiederhergestellt …").
    watchdog_seconds: float = Field(default=3.0, ge=1.0, le=60.0)
    # How long a dropped call is reconnected before it ends (the citizen is then offered a
    # callback): covers a link that is gone for up to ~20 s. The hub holds the call as long.
    reconnect_seconds: float = Field(default=25.0, ge=5.0, le=300.0)
    # What the cabin's uplink may carry for a call in all (kbit/s): with an interpreter the
    # picture goes to two parties, each gets its share (video.tuning.UplinkShare).
    uplink_kbit: int = Field(default=800, ge=150, le=20_000)
    # Backoffice only: how long a one-time link for an external interpreter can be opened.
    interpreter_link_minutes: int = Field(default=15, ge=1, le=24 * 60)
    width: int = Field(default=640, ge=160, le=1920)
    height: int = Field(default=480, ge=120, le=1080)
    fps: int = Field(default=15, ge=5, le=30)
    # A cabin without camera, microphone or loudspeaker that should behave as if it had them
    # (the demo, a showroom): a test picture and tone stand in and count as working devices.
    # Off on a real terminal, where a missing device must be said plainly.
    simulated_devices: bool = False
    # "Show a document" during a call, through the terminal's scanner. Off for a cabin
    # without a scanner: the button is not shown rather than ending in a scanner fault.
    show_documents: bool = True


class ScannerSource(enum.StrEnum):
    FLATBED = "flatbed"
    FEEDER = "feeder"


class ScannerSettings(Section):
    # SANE device name, e.g. "fujitsu:fi-7160:12345"; empty means the first device found.
    device: str = ""
    source: ScannerSource = ScannerSource.FLATBED
    resolution: int = Field(default=300, ge=75, le=600)
    # Extra SANE options "KEY=VALUE", checked against the device's allowed values.
    options: list[str] = []
    # Where SANE finds its backend configuration (SANE_CONFIG_DIR); empty: the system's.
    sane_config_dir: Path | None = None


class AdminSettings(Section):
    """Admin mode on the terminal, for IT staff (hidden gesture, then the PIN)."""

    # argon2 hash from 'kiosk admin-pin'; empty means admin mode cannot be opened at all.
    pin_hash: str = ""
    # Admin mode closes by itself after this long without a touch.
    idle_seconds: int = Field(default=120, ge=10, le=3600)

    @field_validator("pin_hash")
    @classmethod
    def _argon2_hash(cls, value: str) -> str:
        if value and not value.startswith("$argon2"):
            raise ValueError("must be an argon2 hash from 'kiosk admin-pin', never the PIN")
        return value


class DeviceSettings(Section):
    # Everything the terminal keeps: outbox, encrypted files, device credentials.
    data_dir: Path = Path("/var/lib/buergerterminal")


class TerminalSettings(Section):
    site: SiteSettings = SiteSettings()
    callback: CallbackSettings = CallbackSettings()
    backoffice: BackofficeLink = BackofficeLink()
    timeouts: TimeoutSettings = TimeoutSettings()
    accessibility: AccessibilitySettings = AccessibilitySettings()
    sync: SyncSettings = SyncSettings()
    device: DeviceSettings = DeviceSettings()
    video: VideoSettings = VideoSettings()
    documents: DocumentSettings = DocumentSettings()
    scanner: ScannerSettings = ScannerSettings()
    admin: AdminSettings = AdminSettings()


class BackofficeSettings(Section):
    office_name: str = "Jobcenter Musterstadt"
    # The office's local time: what the console shows, where "due today" and the figures'
    # days begin and end, the e-file's date of receipt. The terminals' [site] timezone is the
    # same zone.
    timezone: TimeZoneName = "Europe/Berlin"
    # Empty: the SQLite file inside the data folder (one office, one process). A region:
    # "postgresql://USER@HOST:PORT/DATABASE" (see config/database.py; password better in
    # ~/.pgpass or PGPASSWORD than here).
    database_url: Annotated[str, BeforeValidator(checked_database_url)] = ""
    # Connections each backoffice process keeps open to PostgreSQL (and as many more at a
    # peak); workers x nodes x (pool + overflow + 2 for signaling) must fit max_connections.
    database_pool_size: int = Field(default=5, ge=1, le=100)
    # Hours an enrollment token stays valid.
    enrollment_token_hours: int = Field(default=48, ge=1, le=24 * 30)
    # Console login session lifetime.
    session_hours: int = Field(default=10, ge=1, le=24 * 7)
    # Bearer token for /metrics. Empty: /metrics answers loopback clients only (a Prometheus
    # on the same host, or a reverse proxy: then set a token, the proxy is loopback too).
    metrics_token: str = ""
    # Addresses of the reverse proxies in front (nginx, see deploy/nginx/): only requests from
    # them may say, in X-Forwarded-For and X-Forwarded-Proto, who the client is and that it
    # came over HTTPS (secure console cookies, /metrics' loopback rule). Anyone else's such
    # headers are ignored. "*" would trust every client: never on a reachable port.
    trusted_proxies: list[str] = ["127.0.0.1", "::1"]
    # Largest encrypted attachment a terminal may upload (tus Tus-Max-Size).
    upload_max_bytes: int = Field(default=600 * 1024**2, ge=1024 * 1024)
    # Unfinished uploads are kept at least this long for the terminal to resume them.
    partial_upload_days: int = Field(default=30, ge=30, le=3650)
    # A request whose body stops arriving for this long is ended (408): a dead link or a
    # deliberately slow sender holding a connection (docs/security.md). A terminal on a poor
    # link may stall for seconds; half a minute without a byte is no longer a stall.
    body_idle_seconds: float = Field(default=30.0, ge=1.0, le=600.0)
    # Calls: how long a dropped terminal is waited for, one-time interpreter links, and
    # STUN/TURN servers for calls when no TURN service is set below.
    video: VideoSettings = VideoSettings()
    # The TURN service every call's parties get short-lived credentials for.
    turn: TurnSettings = TurnSettings()
    # The e-file hotfolder: one ZIP per received document; empty means <data>/efile-hotfolder.
    efile_hotfolder: Path | None = None
    # Seconds between attempts to hand a document to the e-file after a failure.
    efile_retry_seconds: int = Field(default=60, ge=1, le=86400)
    # Days the backoffice keeps its decrypted copy of a document after handing it to the
    # e-file (the ZIP written into its hotfolder). At least one: the hotfolder confirms
    # nothing, so IT needs time to notice a ZIP the importer refused and hand it over again.
    # Not yet handed over: kept, however long it takes.
    efile_keep_after_handover_days: int = 7
    # The staff console: teams, team mail, the office directory, call attempts (config.console).
    console: ConsoleSettings = ConsoleSettings()

    @field_validator("efile_keep_after_handover_days", mode="before")
    @classmethod
    def _whole_days_up_to_90(cls, value: object) -> object:
        # A job centre may keep citizens' documents outside the e-file only briefly; a typo
        # such as 700 or "7 days" must stop the start, not quietly keep copies for years.
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 90:
            raise ValueError(
                "must be a whole number of days from 1 to 90 (the copy is kept that long after "
                f"the hand-over to the e-file's hotfolder), not {value!r}"
            )
        return value
