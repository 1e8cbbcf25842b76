"""Staff find a request however its reference, BG number, phone or name is written, and
hostile search texts find nothing they should not (real SQLite, real intake)."""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from backoffice.console.finder import MAX_QUERY_LENGTH, RequestQuery, StatusFilter, find_page
from backoffice.console.search_keys import (
    bg_key,
    fold,
    fold_plain,
    name_tokens,
    phone_key,
    reference_key,
)
from backoffice.intake import SubmissionIntake
from backoffice.storage.engine import make_engine, make_session_factory
from backoffice.storage.migrate import alembic_config, upgrade
from backoffice.storage.models import Device
from tests.helpers.backoffice import FixedClock, callback_payload, sealed_envelope

KEY = PrivateKey.generate()
PUBLIC = base64.b64encode(bytes(KEY.public_key)).decode()


@pytest.mark.parametrize(
    ("written", "key"),
    [("k7f3qx", "K7F3QX"), ("K7F-3QX", "K7F3QX"), (" k7f 3qx ", "K7F3QX"), ("K7F-3QZ", None)],
)
def test_reference_codes_in_any_case_with_or_without_dash(written: str, key: str | None) -> None:
    assert reference_key(written) == key


@pytest.mark.parametrize(
    "written",
    ["12345BG1234567", "12345bg1234567", "12345//1234567", "12345 BG 1234567", "12345/1234567"],
)
def test_bg_numbers_in_every_written_form(written: str) -> None:
    assert bg_key(written) == "12345BG1234567"


def test_bg_numbers_with_digits_of_other_scripts_are_not_bg_numbers() -> None:
    assert bg_key("١٢٣٤٥BG1234567") is None


@pytest.mark.parametrize(
    "written",
    [
        "0151 23456789",
        "0151-234 567 89",
        "+49 151 23456789",
        "0049 151 23456789",
        "0049/151/23456789",
        "+49 (151) 2345-6789",
        "(0151) 23456789",
    ],
)
def test_phone_numbers_in_every_written_form(written: str) -> None:
    assert phone_key(written, "DE") == "+4915123456789"


def test_umlauts_accents_and_sharp_s_fold_to_one_spelling() -> None:
    assert fold("Müller") == fold("MUELLER") == "mueller"
    assert fold_plain("Müller") == fold_plain("MULLER") == "muller"
    assert fold("Groß") == fold("GROSS") == fold_plain("Groß") == "gross"
    assert fold("Çelik") == fold_plain("Çelik") == "celik"
    assert fold("Böttcher") == fold("Boettcher")
    assert fold("Yılmaz") == fold("YILMAZ") == "yilmaz"
    assert fold("İlhan") == fold_plain("İlhan") == "ilhan"


def test_letters_of_other_scripts_keep_their_marks() -> None:
    """Only the case of Cyrillic and Arabic letters is folded: й is not и."""
    assert name_tokens("Андрій ЙОВЕНКО") == ["андрій", "йовенко"]
    assert name_tokens("مُحَمَّد") == ["مُحَمَّد"]


def _store(sessions: sessionmaker[Session], **fields: object) -> str:
    clock = FixedClock()
    device_id = uuid.uuid4()
    with sessions() as session, session.begin():
        session.add(
            Device(id=device_id, name="t", token_sha256=device_id.hex * 2, enrolled_at=clock.now())
        )
    envelope = sealed_envelope(callback_payload(**fields), PUBLIC)
    SubmissionIntake(sessions, KEY, clock).receive(device_id, envelope)
    return envelope.reference_code


def _found(sessions: sessionmaker[Session], text: str) -> list[str]:
    with sessions() as session:
        query = RequestQuery(text=text, status=StatusFilter.ALL)
        return [r.reference_code for r in find_page(session, query).requests]


@pytest.fixture
def stored(sessions: sessionmaker[Session]) -> dict[str, str]:
    return {
        "mueller": _store(
            sessions,
            name="Hans-Jürgen Müller",
            phone_e164="+4915123456789",
            bg_number="12345BG1234567",
        ),
        "groß": _store(sessions, name="Eva Groß", phone_e164="+4951219690123", bg_number=None),
        "percent": _store(
            sessions, name="Ann 100% O'Neil_\\x", phone_e164="+4930123456", bg_number=None
        ),
    }


def test_a_request_is_found_by_every_form(
    sessions: sessionmaker[Session], stored: dict[str, str]
) -> None:
    code = stored["mueller"]
    for written in (
        code,
        code.lower().replace("-", ""),
        "12345//1234567",
        "12345 bg 1234567",
        "0151 234 567-89",
        "+49 (151) 23456789",
        "0049 151 23456789",
        "müller",
        "MUELLER",
        "Hans Mül",
        "hans-jürgen",
    ):
        assert _found(sessions, written) == [code], written
    assert _found(sessions, "gross") == [stored["groß"]]
    assert _found(sessions, "GROẞ") == [stored["groß"]]


@pytest.mark.parametrize(
    "hostile",
    [
        "%",
        "_",
        "%%",
        "' OR 1=1 --",
        '"',
        "\\",
        "a" * 10_000,
        "%" * MAX_QUERY_LENGTH,
        "\u202eRTL \u05e9\u05dc\u05d5\u05dd",
        "😀",
        "\x00",
        "\ud800",
        "*)(uid=*",
    ],
)
def test_hostile_search_texts_find_nothing_and_raise_nothing(
    sessions: sessionmaker[Session], stored: dict[str, str], hostile: str
) -> None:
    assert _found(sessions, hostile) == []


NAMES = [
    "Jürgen Müller",
    "Petra Mueller",
    "Tom Miller",
    "Eva Groß",
    "Jean Strauss",
    "Zoë Lefèvre",
    "Ayşe Çelik",
    "Yıldız Işık",
    "Андрій Шевченко",
    "Андрей Шевчук",
    "محمد العلي",
]


SEARCHES = [
    ("Muller", ["Jürgen Müller", "Petra Mueller"]),
    ("Mueller", ["Jürgen Müller", "Petra Mueller"]),
    ("MÜLLER", ["Jürgen Müller", "Petra Mueller"]),
    ("Miller", ["Tom Miller"]),
    ("gross", ["Eva Groß"]),
    ("Groß", ["Eva Groß"]),
    ("Strauß", ["Jean Strauss"]),
    ("lefevre", ["Zoë Lefèvre"]),
    ("Zoe Lefèvre", ["Zoë Lefèvre"]),
    ("celik", ["Ayşe Çelik"]),
    ("Ayse", ["Ayşe Çelik"]),
    ("yildiz isik", ["Yıldız Işık"]),
    ("YILDIZ", ["Yıldız Işık"]),
    ("андрій", ["Андрій Шевченко"]),
    ("АНДРЕЙ", ["Андрей Шевчук"]),
    ("Шевч", ["Андрій Шевченко", "Андрей Шевчук"]),
    ("محمد", ["محمد العلي"]),
    ("андріи", []),  # й is its own letter, not и with a mark
]


def test_names_are_found_however_umlauts_and_accents_are_written(
    sessions: sessionmaker[Session],
) -> None:
    codes = {_store(sessions, name=name): name for name in NAMES}
    for written, found in SEARCHES:
        assert sorted(codes[code] for code in _found(sessions, written)) == sorted(found), written


def test_a_name_with_percent_and_quotes_is_still_found_by_its_words(
    sessions: sessionmaker[Session], stored: dict[str, str]
) -> None:
    assert _found(sessions, "o'neil") == [stored["percent"]]
    assert _found(sessions, "100") == [stored["percent"]]


def test_the_migration_gives_existing_requests_their_search_keys(tmp_path: Path) -> None:
    """Requests stored before 0200 are found after the upgrade (the backfill)."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(engine), "0100_region")
    sessions = make_session_factory(engine)
    now = "2025-11-21 09:00:00.000000"
    with engine.begin() as db:
        db.execute(
            text(
                "INSERT INTO device (id, name, location, token_sha256, enrolled_at)"
                " VALUES ('0123456789abcdef0123456789abcdef', 't', 'Wiesenburg', 'x', :now)"
            ),
            {"now": now},
        )
        db.execute(
            text(
                "INSERT INTO submission (id, device_id, submission_id, envelope_sha256, kind,"
                " reference_code, received_at, response_status, response_body) VALUES (1,"
                " '0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210', 'x',"
                " 'callback', 'K7F-3QX', :now, 201, '{}')"
            ),
            {"now": now},
        )
        db.execute(
            text(
                "INSERT INTO callback_request (id, submission_pk, reference_code, concern_id,"
                " concern_label, name, phone_e164, bg_number, time_windows, note, language,"
                " privacy_accepted_at, received_at, status) VALUES (1, 1, 'K7F-3QX', 'payment',"
                " 'Zahlung', 'Jürgen Weiß', '+4915123456789', '12345BG1234567', :windows, '',"
                " 'de', :now, :now, 'open')"
            ),
            {
                "now": now,
                "windows": '[{"start": "2025-11-24T08:00:00+01:00",'
                ' "end": "2025-11-24T10:00:00+01:00"}]',
            },
        )
    upgrade(engine)
    for written in ("k7f3qx", "12345//1234567", "0151 23456789", "weiss", "juergen"):
        assert _found(sessions, written) == ["K7F-3QX"], written
    with sessions() as session:
        first = find_page(session, RequestQuery()).requests[0]
        assert first.due_at == dt.datetime(2025, 11, 24, 7, 0, tzinfo=dt.UTC)
    engine.dispose()
