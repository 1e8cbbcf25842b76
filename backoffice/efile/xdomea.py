"""The hotfolder's message: an xdomea 3.0.0 ``Abgabe.Abgabe.0401`` with one ``Dokument``.

Why this message: xdomea (KoSIT, IT-Planungsrat) has no message "a citizen hands in a paper
document"; ``Abgabe.Abgabe.0401`` carries complete Schriftgutobjekte from one system to another
with all their metadata, and e-file importers commonly take it from a folder.
``FVDaten.SGOAblegen`` (0605) may fit the meaning better but its schema was not available to us.

What was checked, and against what: the xdomea 3.0.0 XSDs as published by KoSIT, in the copy
in github.com/Landesarchiv-Thueringen/xdomea_toolkit (``generator/schemes/xdomea_3.0.0/`` and the
XÖV code type ``generator/schemes/xoev/code/1_0/xoev-code.xsd``):

- validated with lxml against ``xdomea-Nachrichten-AbgabeDurchfuehren.xsd`` (with
  ``xdomea-Baukasten.xsd``, ``xdomea-Typen-AbgabeDurchfuehren.xsd``, ``xdomea-Datentypen.xsd``,
  ``xoev-code.xsd``): ``tests/unit/test_efile_xdomea.py`` does so when ``XDOMEA_XSD_DIR`` points
  at that folder. The schema files are not vendored (they carry no licence statement).
- what the schema demands and this module follows: namespace ``urn:xoev-de:xdomea:schema:3.0.0``;
  ``Kopf`` (``NkAbgabeType``) then ``Schriftgutobjekt/Dokument``; the sequences of
  ``NkBasisType`` and ``DokumentType``; ``ProzessID`` and ``Identifikation/ID`` are UUIDs;
  ``Importbestaetigung`` is fixed to 1; code elements carry an unqualified ``code`` child and the
  code list's fixed ``listURI``/``listVersionID`` (message type 0401 in list version 2.0, medium
  001 = electronic in list version 1.0); ``Primaerdokument/Dateiname`` must begin with a UUID
  (pattern of ``stringDateinameType``), so the PDF is named ``<UUID>_<file name>`` in the message
  and in the ZIP, and the readable name travels in ``DateinameOriginal``.
- not checked by the schema: the ``Dateiformat`` code list has no fixed values in the XSD; code
  ``044`` for a PDF/A file is taken from published sample messages (the Landesarchiv Thüringen
  toolkit uses it so; list version 1.0).

Our own data without an xdomea field (BG number when given, document type id, page count,
SHA-256, size, terminal) travels in ``AnwendungsspezifischeErweiterung`` fields, as xdomea intends
for that.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from backoffice import __version__
from backoffice.efile.adapter import EfileDocument

NAMESPACE = "urn:xoev-de:xdomea:schema:3.0.0"
ROOT = "Abgabe.Abgabe.0401"
MESSAGE_TYPE = ("urn:xoev-de:xdomea:codeliste:nachrichtentyp", "2.0", "0401")
MEDIUM_ELECTRONIC = ("urn:xoev-de:xdomea:codeliste:medium", "1.0", "001")
FORMAT_PDF = ("urn:xoev-de:xdomea:codeliste:dateiformat", "1.0", "044")
PDFA_VERSION = "2b"  # our scanner writes PDF/A-2b
EXTENSION_ID = "buergerterminal-dokument"
PRODUCT = "Bürgerterminal"
# The office's local day for Posteingangsdatum: [backoffice] timezone, as in the console.
DEFAULT_ZONE = ZoneInfo("Europe/Berlin")
PRIMARY_PATH = "x:Version/x:Format/x:Primaerdokument"


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _sub(parent: ET.Element, name: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, _tag(name))
    if text is not None:
        element.text = text
    return element


def _code(parent: ET.Element, name: str, code: tuple[str, str, str]) -> None:
    list_uri, list_version, value = code
    element = _sub(parent, name)
    element.set("listURI", list_uri)
    element.set("listVersionID", list_version)
    ET.SubElement(element, "code").text = value  # unqualified, as the code types declare


def _institution(parent: ET.Element, name: str, office_name: str) -> None:
    contact = _sub(parent, name)
    _sub(_sub(contact, "Institution"), "Name", office_name)


def _head(root: ET.Element, document: EfileDocument) -> None:
    head = _sub(root, "Kopf")
    _sub(head, "ProzessID", str(document.message_id))
    _code(head, "Nachrichtentyp", MESSAGE_TYPE)
    _sub(head, "Erstellungszeitpunkt", document.created_at.isoformat(timespec="seconds"))
    _institution(head, "Absender", document.office_name)
    _institution(head, "Empfaenger", document.office_name)
    system = _sub(head, "SendendesSystem")
    _sub(system, "Produktname", PRODUCT)
    _sub(system, "Version", __version__)
    _sub(head, "Hinweis", "Am Bürgerterminal gescannte und eingereichte Unterlage.")
    _sub(head, "Importbestaetigung", "1")  # fixed by the schema
    _sub(head, "Empfangsbestaetigung", "0")  # a hotfolder has no way back for it


def primary_file_name(document: EfileDocument) -> str:
    """The PDF's name in the message and in the ZIP: xdomea's ``Dateiname`` must begin with a
    UUID (``UUID_Dokumentname.Dateiformat`` is the form the standard suggests)."""
    return f"{document.message_id}_{document.file_name}"


def _extension(parent: ET.Element, document: EfileDocument) -> None:
    extension = _sub(parent, "AnwendungsspezifischeErweiterung")
    _sub(extension, "Kennung", EXTENSION_ID)
    _sub(extension, "Name", "Bürgerterminal: eingereichte Unterlage")
    # No BG number given: no field, rather than an empty one an importer might file under "".
    fields = {"BGNummer": document.bg_number} if document.bg_number else {}
    fields |= {
        "DokumenttypID": document.document_type_id,
        "Seitenzahl": str(document.page_count),
        "SHA256": document.sha256,
        "Groesse": str(document.size),
        "TerminalID": document.sender_terminal_id,
        "TerminalName": document.sender_terminal_name,
    }
    for name, value in fields.items():
        field = _sub(extension, "Feld")
        _sub(field, "Name", name)
        _sub(field, "Wert", value)


def _document(root: ET.Element, document: EfileDocument, zone: ZoneInfo) -> None:
    item = _sub(_sub(root, "Schriftgutobjekt"), "Dokument")
    _sub(_sub(item, "Identifikation"), "ID", str(document.message_id))
    general = _sub(item, "AllgemeineMetadaten")
    _sub(general, "Betreff", document.document_type_label)
    _code(general, "Medium", MEDIUM_ELECTRONIC)
    _sub(item, "FremdesGeschaeftszeichen", document.reference_code)
    handed_in = document.scanned_at.astimezone(zone).date()
    _sub(item, "Posteingangsdatum", handed_in.isoformat())
    _sub(item, "Typ", document.document_type_label)
    version = _sub(item, "Version")
    _sub(version, "Nummer", "1")
    file_format = _sub(version, "Format")
    _code(file_format, "Name", FORMAT_PDF)
    _sub(file_format, "Version", PDFA_VERSION)
    primary = _sub(file_format, "Primaerdokument")
    _sub(primary, "Dateiname", primary_file_name(document))
    _sub(primary, "DateinameOriginal", document.file_name)
    _sub(primary, "DatumUhrzeit", document.scanned_at.isoformat(timespec="seconds"))
    _extension(item, document)


def message_xml(document: EfileDocument, zone: ZoneInfo = DEFAULT_ZONE) -> bytes:
    ET.register_namespace("xdomea", NAMESPACE)
    root = ET.Element(_tag(ROOT))
    _head(root, document)
    _document(root, document, zone)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


@dataclass(frozen=True)
class MessageFacts:
    """What an importer (or a test) reads back from a message."""

    process_id: str
    primary_file: str  # the PDF's entry in the ZIP (``Dateiname``)
    file_name: str  # the name staff see (``DateinameOriginal``)
    document_type: str
    fields: dict[str, str]


def read_message(data: bytes) -> MessageFacts:
    """The facts of a message this module wrote (our own output: plain ElementTree is safe)."""
    root = ET.fromstring(data)  # noqa: S314  (only ever our own message)
    ns = {"x": NAMESPACE}
    item = root.find("x:Schriftgutobjekt/x:Dokument", ns)
    primary = None if item is None else item.find(PRIMARY_PATH, ns)
    if root.tag != _tag(ROOT) or item is None or primary is None:
        raise ValueError("not an Abgabe.Abgabe.0401 message with a Dokument and its file")
    fields = {
        field.findtext("x:Name", "", ns): field.findtext("x:Wert", "", ns)
        for field in item.iterfind("x:AnwendungsspezifischeErweiterung/x:Feld", ns)
    }
    return MessageFacts(
        process_id=root.findtext("x:Kopf/x:ProzessID", "", ns),
        primary_file=primary.findtext("x:Dateiname", "", ns),
        file_name=primary.findtext("x:DateinameOriginal", "", ns),
        document_type=item.findtext("x:Typ", "", ns),
        fields=fields,
    )
