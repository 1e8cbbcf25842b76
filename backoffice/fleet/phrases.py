"""Every word the fleet page shows, as one table per language (``german.py``, ``english.py``).

A field per phrase, so a language that lacks one does not even build (and mypy says which).
Phrases are whole sentences; ``{name}`` marks where a value goes (``str.format``, the value
escaped by the template). The few with markup (a command in ``<code>``) are :class:`Markup`
written here, never built from a request.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup

from backoffice.fleet.language import Language
from backoffice.fleet.status import ProblemCode, StatusClass
from backoffice.storage.fleet_models import OverrideScope
from contract.fleet import Presence, ScannerHealth


class Refusal(enum.Enum):
    """Why the page refused what IT sent; the technical reason, if any, goes to "Details"."""

    STALE_PAGE = "stale page"
    NO_SUCH_TERMINAL = "no such terminal"
    CONFIG_REFUSED = "config refused"
    UNKNOWN_SCOPE = "unknown scope"


@dataclass(frozen=True)
class Chrome:
    """The console's shared header and footer (``base.html``) in a language other than the
    console's own German; ``base.html`` keeps the German words."""

    lang: Language  # for <html lang>
    skip_link: str
    product: str
    sections: str
    requests: str
    documents: str
    terminals: str
    figures: str
    calls: str
    access_log: str
    account: str
    signed_in_as: str
    sign_out: str
    footer: str


@dataclass(frozen=True)
class Phrases:
    language: Language
    # None: the console's German header and footer as base.html has them.
    chrome: Chrome | None

    # How numbers and durations read ("1,5 MB" or "1.5 MB").
    decimal_mark: str
    days: str  # {n}
    percent: str  # {n}

    status: Mapping[StatusClass, str]
    scanner: Mapping[ScannerHealth, str]
    presence: Mapping[Presence, str]
    # {duration} (queue), {count} (refused items), {percent} (disk)
    problems: Mapping[ProblemCode, str]
    refusals: Mapping[Refusal, str]
    scopes: Mapping[OverrideScope, str]
    scope_choices: Mapping[OverrideScope, str]

    title: str
    as_of: str  # {moment}
    refresh: str
    key_fingerprint: Markup
    mail_failure: str  # {team} {since} {last} {error}
    by_status: str
    alerts: str
    offline_since: str  # {moment}
    revoked_since: str  # {moment}
    damaged: str
    no_alerts: str
    all_terminals: str
    column_terminal: str
    column_location: str
    column_status: str
    column_last_seen: str
    column_queue: str
    column_scanner: str
    column_media: str
    column_disk_free: str
    column_version: str
    column_action: str
    unsealed: str
    unsealed_title: str
    since: str  # {moment}
    details: str
    terminal_id: str
    finding: str
    never: str
    oldest: str  # {age}
    camera: str  # {state}
    microphone: str  # {state}
    revoke: str
    revoke_named: str  # {name}
    no_terminals: str
    enroll_hint: Markup
    remote_config: str
    applies_to: str
    target: str
    settings: str
    save: str
    forbidden_title: str
    forbidden_heading: str
    forbidden_text: str
    to_start_page: str
