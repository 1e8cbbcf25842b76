"""The documents journey's plain-Python parts: findings, file names, page stack, assembly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from config.documents import DocumentSettings
from config.schema import TerminalSettings
from kiosk.journeys.documents.assembly import DocumentOrder, file_name_for, prepare
from kiosk.journeys.documents.findings import Finding, finding_for
from kiosk.journeys.documents.pages import Page, PageStack, turned
from kiosk.journeys.documents.scan_task import ProgressThrottle
from kiosk.journeys.documents.workspace import Workspace
from scanner.page_checks import Edge, PageCheck, PageEncoding
from scanner.pdfa import describe_pdfa
from scanner.pipeline import process_page
from tests.helpers import pages

BERLIN = ZoneInfo("Europe/Berlin")


def check(**changes: object) -> PageCheck:
    values: dict[str, object] = {
        "blank": False, "cut_off": (), "skew_degrees": 0.0, "too_dark": False,
        "too_light": False, "encoding": PageEncoding.BILEVEL, "paper_level": 250, "ink_level": 20,
    }  # fmt: skip
    values.update(changes)
    return PageCheck(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "finding"),
    [
        ({}, None),
        ({"skew_degrees": 3.0}, None),  # straightened by the pipeline, nothing to tell
        ({"blank": True}, Finding.BLANK),
        ({"cut_off": (Edge.BOTTOM,)}, Finding.CUT_OFF_BOTTOM),
        ({"cut_off": (Edge.TOP, Edge.LEFT)}, Finding.CUT_OFF_SEVERAL),
        ({"too_dark": True}, Finding.TOO_DARK),
        ({"too_light": True}, Finding.TOO_LIGHT),
    ],
)
def test_one_plain_finding_per_page(changes: dict[str, object], finding: Finding | None) -> None:
    assert finding_for(check(**changes)) is finding


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Kontoauszug", "Kontoauszug_2026-11-22_K7F-3QX.pdf"),
        ("Arbeitsunfähigkeitsbescheinigung", "Arbeitsunfaehigkeitsbescheinigung_2026-11-22_K7F-3QX.pdf"),  # noqa: E501
        ("Bescheid anderer Stellen", "Bescheid-anderer-Stellen_2026-11-22_K7F-3QX.pdf"),
        ("???", "Dokument_2026-11-22_K7F-3QX.pdf"),
    ],
)  # fmt: skip
def test_file_names_are_readable_and_safe(label: str, name: str) -> None:
    assert file_name_for(label, dt.date(2026, 11, 22), "K7F-3QX") == name


def test_every_default_document_type_gives_a_valid_file_name() -> None:
    for entry in DocumentSettings().types:
        name = file_name_for(entry.label["de"], dt.date(2026, 11, 22), "K7F-3QX")
        assert name.isascii() and " " not in name


def test_default_settings_offer_the_job_centre_list_and_a_scanner() -> None:
    settings = TerminalSettings()
    labels = [entry.label["de"] for entry in settings.documents.types]
    assert labels[:3] == ["Kontoauszug", "Mietvertrag", "Lohnabrechnung"]
    assert "Sonstiges" in labels
    assert settings.scanner.device == "" and settings.scanner.resolution == 300


def test_stack_replaces_keeps_and_removes() -> None:
    processed = process_page(pages.as_grey(pages.PAGES["missing_bottom"]()), 300)
    stack = PageStack()
    first = Page("a", processed, preview=Path("a.png"))
    stack.add(first)
    assert stack.pages[0].finding is Finding.CUT_OFF_BOTTOM
    stack.keep("a")
    assert stack.pages[0].finding is None
    replacement = Page("b", processed, preview=Path("b.png"))
    assert stack.put(replacement, replacing="a") is not None
    assert [p.id for p in stack.pages] == ["b"]
    assert stack.pages[0].finding is Finding.CUT_OFF_BOTTOM  # a new scan is checked afresh
    assert stack.remove("b") is not None and len(stack) == 0


def test_turning_a_page_swaps_width_and_height() -> None:
    processed = process_page(pages.as_grey(pages.PAGES["letter"]()), 300)
    width, height = processed.encoded.size
    assert turned(processed).encoded.size == (height, width)


def test_workspace_wipe_leaves_an_empty_folder(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "previews")
    workspace.write_preview(Image.new("L", (2480, 3508), 250))
    workspace.write_preview(Image.new("RGB", (800, 1100), (250, 250, 250)))
    assert len(workspace.contents()) == 2
    workspace.wipe()
    assert workspace.contents() == []


def test_prepared_document_carries_pdfa_and_matching_payload() -> None:
    processed = [process_page(pages.as_grey(pages.PAGES["letter"]()), 300)] * 2
    order = DocumentOrder(
        type_id="payslip", type_label_de="Lohnabrechnung", bg_number="12345BG1234567",
        language="en", pages=processed, device="Test scanner", settings={"resolution": "300"},
        scanned_at=dt.datetime(2026, 11, 22, 10, 30, tzinfo=BERLIN),
    )  # fmt: skip
    prepared = prepare(order, "T-1", "K7F-3QX")
    [file] = prepared.payload.files
    assert file.sha256 == prepared.pdf.sha256 and file.size == len(prepared.pdf.data)
    assert file.attachment_id == prepared.attachment_id
    assert file.file_name == "Lohnabrechnung_2026-11-22_K7F-3QX.pdf"
    assert prepared.payload.page_count == 2 and prepared.payload.language == "en"
    assert describe_pdfa(prepared.pdf.data)["terminal_id"] == "T-1"


def test_scan_progress_reaches_the_ui_in_visible_steps_only() -> None:
    throttle = ProgressThrottle()
    # SANE reports every scan line: 3,508 lines of an A4 page at 300 dpi.
    admitted = [n for n in range(3508) if throttle.admits(1, n / 3508)]
    assert 40 <= len(admitted) <= 60
    assert throttle.admits(1, 1.0)  # the end of a page always shows
    assert throttle.admits(2, 0.0)  # so does the start of the next
