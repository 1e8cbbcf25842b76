"""Searching a folder for personal data in any form a program might have written it.

A stolen terminal must reveal nothing: no file under its data folder (SQLite -wal and -shm
files, temporary files, logs) may hold any marker string in UTF-8, UTF-16 (both byte orders),
Latin-1, JSON escapes, upper or lower case.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Leak:
    path: Path
    # Kept out of repr: test output must not spread the marker either.
    marker: str = field(repr=False)
    encoding: str
    offset: int

    def __str__(self) -> str:
        # The marker's text itself stays out of test output: a short prefix is enough.
        return f"{self.path.name}: marker {self.marker[:4]}… as {self.encoding} at {self.offset}"


def needles(marker: str) -> dict[str, bytes]:
    """Every byte form of ``marker`` worth looking for, named by how it was encoded."""
    forms: dict[str, bytes] = {}
    for case_name, text in (("", marker), (" lower", marker.lower()), (" upper", marker.upper())):
        forms[f"utf-8{case_name}"] = text.encode("utf-8")
        forms[f"utf-16-le{case_name}"] = text.encode("utf-16-le")
        forms[f"utf-16-be{case_name}"] = text.encode("utf-16-be")
        forms[f"json{case_name}"] = json.dumps(text)[1:-1].encode("ascii")
        with contextlib.suppress(UnicodeEncodeError):
            forms[f"latin-1{case_name}"] = text.encode("latin-1")
    return forms


def find_leaks(folder: Path, markers: list[str]) -> list[Leak]:
    """Every occurrence of every form of every marker in every file below ``folder``."""
    searches = []
    for marker in markers:
        seen: set[bytes] = set()
        for name, form in needles(marker).items():
            if form not in seen:  # digits look the same in upper and lower case
                seen.add(form)
                searches.append((marker, name, form))
    leaks = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for marker, name, form in searches:
            offset = data.find(form)
            if offset >= 0:
                leaks.append(Leak(path, marker, name, offset))
    return leaks
