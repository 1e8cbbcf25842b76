"""The hotfolder message follows xdomea 3.0.0 ``Abgabe.Abgabe.0401``: the element order below
is copied from the schema's sequences (see ``backoffice/efile/xdomea.py`` for what was checked
and where). With ``XDOMEA_XSD_DIR`` set, the message is also validated by lxml against
``xdomea-Nachrichten-AbgabeDurchfuehren.xsd`` in that folder. The folder holds the files of the
toolkit's ``generator/schemes/xdomea_3.0.0/`` and the XÖV code type the xdomea files import from
``http://xoev.de/schemata/code/1_0/xoev-code.xsd``, found offline as
``xoev/code/1_0/xoev-code.xsd`` in the folder or beside it (the toolkit's layout)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backoffice.efile.adapter import EfileDocument
from backoffice.efile.xdomea import NAMESPACE, message_xml, primary_file_name, read_message

NS = {"x": NAMESPACE}
SCANNED = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)  # already the 23rd in Berlin


def document(bg_number: str | None = "12345BG1234567") -> EfileDocument:
    return EfileDocument(
        message_id=uuid.UUID("0b8e2c1e-5a57-4c0e-9d51-1f7a8d4c2b10"),
        created_at=SCANNED + dt.timedelta(minutes=5),
        sender_terminal_id="5f0c4a8e-2d7b-4f63-a1c9-8e2b7d6f3a41",
        sender_terminal_name="Terminal Foyer",
        office_name="Jobcenter Musterstadt",
        reference_code="K7F-3QX",
        bg_number=bg_number,
        document_type_id="bank_statement",
        document_type_label="Kontoauszug",
        file_name="Kontoauszug_2026-11-23_K7F-3QX.pdf",
        sha256="ab" * 32,
        size=123456,
        page_count=3,
        scanned_at=SCANNED,
        pdf=Path("/nonexistent"),
    )


def children(element: ET.Element | None) -> list[str]:
    assert element is not None
    return [child.tag.split("}", 1)[1] for child in element]


def test_the_message_has_the_abgabe_0401_structure_in_schema_order() -> None:
    root = ET.fromstring(message_xml(document()))  # noqa: S314  (our own output)

    assert root.tag == f"{{{NAMESPACE}}}Abgabe.Abgabe.0401"
    assert children(root) == ["Kopf", "Schriftgutobjekt"]
    assert children(root.find("x:Kopf", NS)) == [
        "ProzessID",
        "Nachrichtentyp",
        "Erstellungszeitpunkt",
        "Absender",
        "Empfaenger",
        "SendendesSystem",
        "Hinweis",
        "Importbestaetigung",
        "Empfangsbestaetigung",
    ]
    assert root.findtext("x:Kopf/x:Nachrichtentyp/code", namespaces=NS) == "0401"
    assert root.findtext("x:Kopf/x:Importbestaetigung", namespaces=NS) == "1"  # fixed value
    item = root.find("x:Schriftgutobjekt/x:Dokument", NS)
    assert children(item) == [
        "Identifikation",
        "AllgemeineMetadaten",
        "FremdesGeschaeftszeichen",
        "Posteingangsdatum",
        "Typ",
        "Version",
        "AnwendungsspezifischeErweiterung",
    ]
    assert item is not None
    assert children(item.find("x:Version/x:Format", NS)) == ["Name", "Version", "Primaerdokument"]
    assert children(item.find("x:Version/x:Format/x:Primaerdokument", NS)) == [
        "Dateiname",
        "DateinameOriginal",
        "DatumUhrzeit",
    ]
    assert item.findtext("x:Posteingangsdatum", namespaces=NS) == "2026-11-23"  # office day
    assert item.findtext("x:FremdesGeschaeftszeichen", namespaces=NS) == "K7F-3QX"


def test_what_xdomea_has_no_field_for_travels_in_the_extension() -> None:
    facts = read_message(message_xml(document()))
    assert facts.process_id == "0b8e2c1e-5a57-4c0e-9d51-1f7a8d4c2b10"
    assert facts.document_type == "Kontoauszug"
    assert facts.fields == {
        "BGNummer": "12345BG1234567",
        "DokumenttypID": "bank_statement",
        "Seitenzahl": "3",
        "SHA256": "ab" * 32,
        "Groesse": "123456",
        "TerminalID": "5f0c4a8e-2d7b-4f63-a1c9-8e2b7d6f3a41",
        "TerminalName": "Terminal Foyer",
    }
    assert "BGNummer" not in read_message(message_xml(document(bg_number=None))).fields


def test_the_pdf_is_named_with_the_uuid_first_and_keeps_its_readable_name() -> None:
    # xdomea's Dateiname must begin with a UUID; the ZIP holds the PDF under that name.
    facts = read_message(message_xml(document()))
    assert (
        facts.primary_file
        == "0b8e2c1e-5a57-4c0e-9d51-1f7a8d4c2b10_Kontoauszug_2026-11-23_K7F-3QX.pdf"
    )
    assert facts.primary_file == primary_file_name(document())
    assert facts.file_name == "Kontoauszug_2026-11-23_K7F-3QX.pdf"


XOEV_SCHEMATA = "http://xoev.de/schemata/"


def _xoev_folder(folder: Path) -> Path:
    for candidate in (folder / "xoev", folder.parent / "xoev"):
        if (candidate / "code" / "1_0" / "xoev-code.xsd").is_file():
            return candidate
    pytest.fail(f"xoev/code/1_0/xoev-code.xsd not found in or beside {folder}")


@pytest.mark.skipif(
    not os.environ.get("XDOMEA_XSD_DIR"),
    reason="set XDOMEA_XSD_DIR to the xdomea 3.0.0 schema folder to validate",
)
@pytest.mark.parametrize("bg_number", ["12345BG1234567", None])
def test_the_message_is_valid_against_the_official_schema(bg_number: str | None) -> None:
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

    folder = Path(os.environ["XDOMEA_XSD_DIR"])
    xoev = _xoev_folder(folder)

    # lxml's resolver base class is untyped, hence the ignore; it keeps the test offline.
    class OfflineXoevSchemata(etree.Resolver):  # type: ignore[misc]
        """The xdomea files import the XÖV code type by its http URL: serve the local copy."""

        def resolve(self, url: str, pubid: str | None, context: object) -> object:
            if url.startswith(XOEV_SCHEMATA):
                return self.resolve_filename(str(xoev / url[len(XOEV_SCHEMATA) :]), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(OfflineXoevSchemata())
    entry = folder / "xdomea-Nachrichten-AbgabeDurchfuehren.xsd"
    schema = etree.XMLSchema(etree.parse(str(entry), parser))
    message = etree.fromstring(message_xml(document(bg_number)))
    assert schema.validate(message), "\n".join(str(error) for error in schema.error_log)
