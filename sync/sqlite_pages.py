"""Rows read straight from the pages of a damaged SQLite file, one page at a time.

SQLite finds a row by walking a b-tree from its root; one broken interior page hides every row
below it, and a broken page 1 hides the whole schema. A salvage must not depend on that walk.
Here every page is looked at on its own: each table leaf page (type 0x0D) holds whole rows
(cells), and each cell is decoded with its overflow chain, following the file format
(https://www.sqlite.org/fileformat2.html, "B-tree Pages" and "Record Format"). A page or cell
that does not decode is counted and skipped; the rest still comes out.

(``sqlite3``'s ``.recover`` does the same, but Debian's build lacks the ``sqlite_dbpage`` table
it needs: it fails with "SQL logic error" even on a sound file.)

Which table a row belongs to is not known here: :mod:`sync.outbox_salvage` tells the outbox's
rows apart by their shape.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

SqlValue = int | float | str | bytes | None

_TABLE_LEAF = 0x0D
_PAGE_SIZES = {512 << n for n in range(8)} | {65536}


class CellError(ValueError):
    """A cell that does not decode (damaged bytes, a broken overflow chain)."""


@dataclass(frozen=True)
class PageScan:
    rows: list[tuple[int, list[SqlValue]]]
    leaf_pages: int
    # Cells on leaf pages that did not decode, and pages that are not even readable as pages.
    broken_cells: int


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        if at + i >= len(data):
            raise CellError("varint runs off the page")
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise CellError("unreachable")


def page_size_of(data: bytes) -> int:
    """From the file header, or SQLite's default when the header is damaged."""
    if len(data) >= 100 and data[:16] == b"SQLite format 3\x00":
        (size,) = struct.unpack_from(">H", data, 16)
        size = 65536 if size == 1 else size
        if size in _PAGE_SIZES:
            return size
    return 4096


def scan_rows(data: bytes) -> PageScan:
    """Every row of every table leaf page in ``data`` (a whole database file)."""
    page_size = page_size_of(data)
    reserved = data[20] if len(data) >= 100 and data[:16] == b"SQLite format 3\x00" else 0
    usable = page_size - reserved
    rows: list[tuple[int, list[SqlValue]]] = []
    leaves = broken = 0
    for number in range(1, len(data) // page_size + 1):
        start = (number - 1) * page_size
        page = data[start : start + page_size]
        header = 100 if number == 1 else 0
        if page[header] != _TABLE_LEAF:
            continue
        leaves += 1
        for cell in _cell_pointers(page, header, usable):
            try:
                rows.append(_cell(data, page, cell, usable, page_size))
            except (CellError, struct.error, UnicodeDecodeError, IndexError):
                broken += 1
    return PageScan(rows, leaves, broken)


def _cell_pointers(page: bytes, header: int, usable: int) -> Iterator[int]:
    (count,) = struct.unpack_from(">H", page, header + 3)
    array = header + 8
    for i in range(count):
        if array + 2 * i + 2 > usable:
            return
        (pointer,) = struct.unpack_from(">H", page, array + 2 * i)
        if array + 2 * count <= pointer < usable:
            yield pointer


def _cell(
    data: bytes, page: bytes, at: int, usable: int, page_size: int
) -> tuple[int, list[SqlValue]]:
    size, at = _varint(page, at)
    rowid, at = _varint(page, at)
    if size > len(data):
        raise CellError("payload larger than the file")
    local = _local_bytes(size, usable)
    if at + local > usable:
        raise CellError("cell runs off the page")
    payload = page[at : at + local]
    if local < size:
        (overflow,) = struct.unpack_from(">I", page, at + local)
        payload += _overflow(data, overflow, size - local, usable, page_size)
    return rowid, _record(payload)


def _local_bytes(size: int, usable: int) -> int:
    most = usable - 35
    if size <= most:
        return size
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    return local if local <= most else least


def _overflow(data: bytes, page_number: int, wanted: int, usable: int, page_size: int) -> bytes:
    parts: list[bytes] = []
    seen: set[int] = set()
    pages = len(data) // page_size
    while wanted > 0:
        if not 1 <= page_number <= pages or page_number in seen:
            raise CellError("broken overflow chain")
        seen.add(page_number)
        start = (page_number - 1) * page_size
        (following,) = struct.unpack_from(">I", data, start)
        piece = data[start + 4 : start + min(usable, 4 + wanted)]
        parts.append(piece)
        wanted -= len(piece)
        page_number = following
    return b"".join(parts)


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _record(payload: bytes) -> list[SqlValue]:
    header_size, at = _varint(payload, 0)
    if not 1 <= header_size <= len(payload):
        raise CellError("record header out of bounds")
    types = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    values: list[SqlValue] = []
    at = header_size
    for serial in types:
        value, at = _value(payload, at, serial)
        values.append(value)
    if at != len(payload):
        raise CellError("record length does not match its header")
    return values


def _value(payload: bytes, at: int, serial: int) -> tuple[SqlValue, int]:
    if serial == 0:
        return None, at
    if serial in _INT_SIZES:
        width = _INT_SIZES[serial]
        if at + width > len(payload):
            raise CellError("value runs off the record")
        return int.from_bytes(payload[at : at + width], "big", signed=True), at + width
    if serial == 7:
        if at + 8 > len(payload):
            raise CellError("value runs off the record")
        return struct.unpack_from(">d", payload, at)[0], at + 8
    if serial in (8, 9):
        return serial - 8, at
    if serial < 12:
        raise CellError("reserved serial type")
    width = (serial - 12) // 2
    if at + width > len(payload):
        raise CellError("value runs off the record")
    raw = payload[at : at + width]
    return (raw if serial % 2 == 0 else raw.decode("utf-8")), at + width
