"""A message after xdomea's structure (Kopf with message id, time and sender; Schriftgutobjekt
with the document's metadata and its file). Not a validated xdomea 3.x instance: the element
names follow the standard so an importer can map them, the namespace is our own."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from backoffice.efile.adapter import EfileDocument

NAMESPACE = "https://buergerterminal.de/ns/efile/1.0/"


def message_xml(document: EfileDocument) -> bytes:
    ET.register_namespace("", NAMESPACE)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}")
        if text is not None:
            element.text = text
        return element

    root = ET.Element(f"{{{NAMESPACE}}}Dokumenteneingang")
    head = sub(root, "Kopf")
    sub(head, "ProzessID", str(document.message_id))
    sub(head, "Erstellungszeitpunkt", document.created_at.isoformat(timespec="seconds"))
    sender = sub(head, "Absender")
    sub(sender, "Terminal", document.sender_terminal_id).set("name", document.sender_terminal_name)
    sub(sender, "Behoerde", document.office_name)
    item = sub(root, "Schriftgutobjekt")
    sub(item, "Referenznummer", document.reference_code)
    sub(item, "BGNummer", document.bg_number or "")
    kind = sub(item, "Dokumenttyp", document.document_type_label)
    kind.set("id", document.document_type_id)
    sub(item, "Scanzeitpunkt", document.scanned_at.isoformat(timespec="seconds"))
    sub(item, "Seitenzahl", str(document.page_count))
    file = sub(item, "Datei")
    sub(file, "Dateiname", document.file_name)
    sub(file, "MIMETyp", "application/pdf")
    sub(file, "Groesse", str(document.size))
    sub(file, "Pruefsumme", document.sha256).set("algorithmus", "SHA-256")
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
