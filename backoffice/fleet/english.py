"""The fleet page in English, for IT staff who read it better than German (an external service
desk, a colleague from abroad), with the console's header and footer in English too."""

from __future__ import annotations

from markupsafe import Markup

from backoffice.fleet.language import Language
from backoffice.fleet.phrases import Chrome, Phrases, Refusal
from backoffice.fleet.status import ProblemCode, StatusClass
from backoffice.storage.fleet_models import OverrideScope
from contract.fleet import Presence, ScannerHealth

_QUEUE = "Queue not delivered for {duration}"
_DISK = "Only {percent} of the disk free"

# For moments ("Fri 21 Nov 2025, 10:14"): written out here, never the C library's locale.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

ENGLISH = Phrases(
    language=Language.ENGLISH,
    chrome=Chrome(
        lang=Language.ENGLISH,
        skip_link="Skip to content",
        product="Bürgerterminal · Console",
        sections="Sections",
        requests="Callback requests",
        documents="Documents",
        terminals="Terminals",
        figures="Figures",
        calls="Video calls",
        access_log="Access log",
        account="My account",
        signed_in_as="Signed in as",
        sign_out="Sign out",
        footer=(
            "Bürgerterminal – callback requests from the self-service terminals. Personal data: "
            "use it only to deal with the requests."
        ),
    ),
    decimal_mark=".",
    days="{n} days",
    percent="{n}%",
    status={
        StatusClass.OK: "OK",
        StatusClass.WARNING: "Warning",
        StatusClass.ALARM: "Alarm",
        StatusClass.OFFLINE: "Offline",
        StatusClass.REVOKED: "Revoked",
        StatusClass.NEW: "No report yet",
        StatusClass.DAMAGED: "Damaged — reported to IT",
    },
    scanner={
        ScannerHealth.OK: "working",
        ScannerHealth.JAMMED: "paper jam",
        ScannerHealth.COVER_OPEN: "cover open",
        ScannerHealth.NOT_FOUND: "not found",
        ScannerHealth.ERROR: "reports an error",
        ScannerHealth.UNKNOWN: "not checked yet",
    },
    presence={
        Presence.PRESENT: "connected",
        Presence.MISSING: "missing",
        Presence.UNKNOWN: "unknown",
    },
    problems={
        ProblemCode.SCANNER_JAMMED: "Paper jam in the scanner",
        ProblemCode.SCANNER_COVER_OPEN: "Scanner cover is open",
        ProblemCode.SCANNER_NOT_FOUND: "Scanner not found",
        ProblemCode.SCANNER_ERROR: "Scanner reports an error",
        ProblemCode.QUEUE_STUCK: _QUEUE,
        ProblemCode.QUEUE_GROWING: _QUEUE,
        ProblemCode.ITEMS_QUARANTINED: "Submissions refused by the backoffice: {count}",
        ProblemCode.DISK_FULL: _DISK,
        ProblemCode.DISK_LOW: _DISK,
        ProblemCode.OUTBOX_PROBLEM: "The terminal's queue is in trouble (see Details)",
        ProblemCode.DELIVERY_FAILING: "Deliveries are failing (the error is under Details)",
    },
    refusals={
        Refusal.STALE_PAGE: "The page was open for too long. Please try again.",
        Refusal.NO_SUCH_TERMINAL: "There is no such terminal (any more).",
        Refusal.CONFIG_REFUSED: (
            "Settings refused: not valid TOML or JSON, or a setting that cannot be changed "
            "remotely. Details says which."
        ),
        Refusal.UNKNOWN_SCOPE: "Settings refused: unknown scope.",
    },
    scopes={OverrideScope.LOCATION: "Location", OverrideScope.TERMINAL: "Terminal"},
    scope_choices={OverrideScope.LOCATION: "Location", OverrideScope.TERMINAL: "Terminal (ID)"},
    title="Terminals",
    as_of="As of {moment}",
    refresh="Refresh",
    key_fingerprint=Markup(
        "The backoffice's key fingerprint (for <code>kiosk enroll … --expect-key</code>):"
    ),
    mail_failure=(
        "Team e-mail for “{team}” cannot be sent (since {since}, last tried {last}: {error}). "
        "The requests are in the console; sending is retried."
    ),
    by_status="Terminals by status",
    alerts="Alerts",
    offline_since="no report since {moment}",
    revoked_since="revoked since {moment}, its credentials no longer work",
    damaged="its last report cannot be read; IT finds the details in the backoffice's log",
    no_alerts="No alerts: every terminal reports in and is working.",
    all_terminals="All terminals",
    column_terminal="Terminal",
    column_location="Location",
    column_status="Status",
    column_last_seen="Last seen",
    column_queue="Queue",
    column_scanner="Scanner",
    column_media="Camera / microphone",
    column_disk_free="Free disk space",
    column_version="Version",
    column_action="Action",
    unsealed="no TPM",
    unsealed_title=(
        "Credentials not bound to hardware: a copy of the data folder can pose as this terminal"
    ),
    since="since {moment}",
    details="Details",
    terminal_id="Terminal ID",
    finding="Finding",
    never="never",
    oldest="oldest {age}",
    camera="Camera {state},",
    microphone="microphone {state}",
    revoke="Revoke",
    revoke_named="Revoke {name}",
    no_terminals="No terminals yet",
    enroll_hint=Markup(
        "Set up a terminal with <code>backoffice enrollment-token --location …</code>."
    ),
    remote_config="Remote configuration",
    applies_to="Applies to",
    target="Location or terminal ID",
    settings="Settings (TOML or JSON; empty: remove the override)",
    save="Check and save",
    forbidden_title="No access",
    forbidden_heading="The terminal overview is for IT only",
    forbidden_text=(
        "Your account has other tasks. If you look after the terminals, ask your IT support "
        "for the “IT” role."
    ),
    to_start_page="To your start page",
)
