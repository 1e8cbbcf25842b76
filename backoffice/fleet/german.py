"""The fleet page in German: the office's own language, and the default."""

from __future__ import annotations

from markupsafe import Markup

from backoffice.fleet.language import Language
from backoffice.fleet.phrases import Phrases, Refusal
from backoffice.fleet.status import ProblemCode, StatusClass
from backoffice.storage.fleet_models import OverrideScope
from contract.fleet import Presence, ScannerHealth

_QUEUE = "Warteschlange seit {duration} nicht zugestellt"
_DISK = "Nur {percent} Speicher frei"

GERMAN = Phrases(
    language=Language.GERMAN,
    chrome=None,
    decimal_mark=",",
    days="{n} Tage",
    percent="{n} %",
    status={
        StatusClass.OK: "in Ordnung",
        StatusClass.WARNING: "Warnung",
        StatusClass.ALARM: "Alarm",
        StatusClass.OFFLINE: "offline",
        StatusClass.REVOKED: "gesperrt",
        StatusClass.NEW: "noch keine Meldung",
        StatusClass.DAMAGED: "beschädigt — an IT gemeldet",
    },
    scanner={
        ScannerHealth.OK: "funktioniert",
        ScannerHealth.JAMMED: "Papierstau",
        ScannerHealth.COVER_OPEN: "Deckel offen",
        ScannerHealth.NOT_FOUND: "nicht gefunden",
        ScannerHealth.ERROR: "meldet einen Fehler",
        ScannerHealth.UNKNOWN: "noch nicht geprüft",
    },
    presence={
        Presence.PRESENT: "angeschlossen",
        Presence.MISSING: "fehlt",
        Presence.UNKNOWN: "unbekannt",
    },
    problems={
        ProblemCode.SCANNER_JAMMED: "Papierstau im Scanner",
        ProblemCode.SCANNER_COVER_OPEN: "Scannerdeckel ist offen",
        ProblemCode.SCANNER_NOT_FOUND: "Scanner nicht gefunden",
        ProblemCode.SCANNER_ERROR: "Scanner meldet einen Fehler",
        ProblemCode.QUEUE_STUCK: _QUEUE,
        ProblemCode.QUEUE_GROWING: _QUEUE,
        ProblemCode.ITEMS_QUARANTINED: "Vom Backoffice abgewiesene Einreichungen: {count}",
        ProblemCode.DISK_FULL: _DISK,
        ProblemCode.DISK_LOW: _DISK,
        ProblemCode.OUTBOX_PROBLEM: "Die Warteschlange des Terminals ist gestört (siehe Details)",
        ProblemCode.DELIVERY_FAILING: "Die Zustellung scheitert (Fehler unter Details)",
    },
    refusals={
        Refusal.STALE_PAGE: "Die Seite war zu lange geöffnet. Bitte noch einmal.",
        Refusal.NO_SUCH_TERMINAL: "Dieses Terminal gibt es nicht (mehr).",
        Refusal.CONFIG_REFUSED: (
            "Konfiguration abgelehnt: kein gültiges TOML oder JSON, oder eine Einstellung, die "
            "aus der Ferne nicht geändert werden darf. Welche, steht unter Details."
        ),
        Refusal.UNKNOWN_SCOPE: "Konfiguration abgelehnt: Unbekannter Geltungsbereich.",
    },
    scopes={OverrideScope.LOCATION: "Standort", OverrideScope.TERMINAL: "Terminal"},
    scope_choices={OverrideScope.LOCATION: "Standort", OverrideScope.TERMINAL: "Terminal (ID)"},
    title="Terminals",
    as_of="Stand: {moment}",
    refresh="Aktualisieren",
    key_fingerprint=Markup(
        "Schlüssel-Fingerabdruck des Backoffice (für <code>kiosk enroll … --expect-key</code>):"
    ),
    mail_failure=(
        "Team-E-Mail für „{team}“ kann nicht gesendet werden (seit {since}, zuletzt {last}: "
        "{error}). Die Eingänge sind in der Konsole; der Versand wird wiederholt."
    ),
    by_status="Terminals nach Status",
    alerts="Meldungen",
    offline_since="keine Meldung seit {moment}",
    revoked_since="gesperrt seit {moment}, Zugangsdaten ungültig",
    damaged=(
        "seine letzte Meldung ist nicht lesbar; die IT findet die Einzelheiten im Protokoll des "
        "Backoffice"
    ),
    no_alerts="Keine Meldungen: alle Terminals melden sich und arbeiten.",
    all_terminals="Alle Terminals",
    column_terminal="Terminal",
    column_location="Standort",
    column_status="Status",
    column_last_seen="Zuletzt gesehen",
    column_queue="Warteschlange",
    column_scanner="Scanner",
    column_media="Kamera / Mikrofon",
    column_disk_free="Speicher frei",
    column_version="Version",
    column_action="Aktion",
    unsealed="ohne TPM",
    unsealed_title=(
        "Zugangsdaten nicht an Hardware gebunden: eine Kopie des Datenordners kann sich als "
        "dieses Terminal ausgeben"
    ),
    since="seit {moment}",
    details="Details",
    terminal_id="Terminal-ID",
    finding="Meldung",
    never="nie",
    oldest="älteste {age}",
    camera="Kamera {state},",
    microphone="Mikrofon {state}",
    revoke="Sperren",
    revoke_named="{name} sperren",
    no_terminals="Noch keine Terminals",
    enroll_hint=Markup(
        "Mit <code>backoffice enrollment-token --location …</code> ein Terminal einrichten."
    ),
    remote_config="Konfiguration aus der Ferne",
    applies_to="Gilt für",
    target="Standort oder Terminal-ID",
    settings="Einstellungen (TOML oder JSON; leer: Überschreibung entfernen)",
    save="Prüfen und speichern",
    forbidden_title="Kein Zugriff",
    forbidden_heading="Die Terminalübersicht ist nur für die IT",
    forbidden_text=(
        "Ihr Konto hat andere Aufgaben. Wenn Sie die Terminals betreuen, bitten Sie die "
        "IT-Betreuung um die Rolle „IT“."
    ),
    to_start_page="Zu Ihrer Startseite",
)
