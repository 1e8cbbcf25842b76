"""Console speed with 100,000 callback requests and 20,000 documents (SQLite).

Fills a fresh data folder directly (bulk inserts, intake's own search keys), then times the
pages in process through the ASGI app (server time, no network): the health route as the
baseline, the inbox (first and a deep page), searches by reference, BG, phone and name, the
documents list and the figures. Prints p50/p95 per page and the machine's load.

    .venv/bin/python tests/bench/bench_console.py [--requests 100000] [--documents 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from backoffice.api.app import create_app
from backoffice.console.search_keys import REFERENCE_ALPHABET, bg_key, name_tokens, reference_key
from backoffice.context import open_office
from backoffice.datadir import DataDir
from backoffice.staff import add_staff
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import CallbackRequest, CallbackStatus, Device, Submission
from backoffice.storage.work_models import NameToken
from config import BackofficeSettings

FIRST = ["Anna", "Mehmet", "Oleksandr", "Erika", "Jürgen", "Aylin", "Zoë", "Hans", "Maria", "Ali"]
LAST = ["Müller", "Schmidt", "Kovalenko", "Demir", "Böttcher", "Weiß", "Yılmaz", "Groß", "Nowak"]


def _code(rng: random.Random) -> str:
    chars = [rng.choice(REFERENCE_ALPHABET) for _ in range(6)]
    return "".join(chars[:3]) + "-" + "".join(chars[3:])


def fill(folder: Path, requests: int, documents: int) -> None:
    rng = random.Random(15)
    context = open_office(folder, BackofficeSettings())
    now = dt.datetime.now(dt.UTC)
    device = uuid.uuid4()
    with context.sessions() as db, db.begin():
        db.add(
            Device(
                id=device, name="t", location="Wiesenburg", token_sha256="x" * 64, enrolled_at=now
            )
        )
        add_staff(db, context.clock, context.hasher, "bench", "Bench", "bench-passwort-1")
    rows, subs, tokens = [], [], []
    for i in range(1, requests + documents + 1):
        subs.append(
            dict(
                id=i,
                device_id=device,
                submission_id=uuid.uuid4(),
                envelope_sha256="x",
                kind="callback",
                reference_code=_code(rng),
                received_at=now,
                response_status=201,
                response_body="{}",
            )
        )
    for i in range(1, requests + 1):
        received = now - dt.timedelta(minutes=5 * (requests - i))
        start = received + dt.timedelta(days=1, hours=rng.randint(0, 8))
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        bg = f"{rng.randint(10000, 99999)}BG{rng.randint(1000000, 9999999)}"
        code = subs[i - 1]["reference_code"]
        rows.append(
            dict(
                id=i,
                submission_pk=i,
                reference_code=code,
                concern_id="payment",
                concern_label="Frage zur Zahlung",
                name=name,
                phone_e164=f"+49151{rng.randint(10000000, 99999999)}",
                bg_number=bg,
                time_windows=[
                    {"start": start.isoformat(), "end": (start + dt.timedelta(hours=2)).isoformat()}
                ],
                note="",
                language="de",
                privacy_accepted_at=received,
                received_at=received,
                status=CallbackStatus.OPEN if rng.random() < 0.15 else CallbackStatus.DONE,
                device_id=device,
                team="",
                search_reference=reference_key(code) or "",
                search_bg=bg_key(bg) or "",
                first_window_start=start,
                due_at=start,
                failed_attempts=0,
                attempts=0,
                team_notified_at=received,
            )
        )
        tokens += [dict(token=t, request_id=i) for t in name_tokens(name)]
    docs = []
    for n in range(documents):
        i = requests + n + 1
        received = now - dt.timedelta(minutes=20 * (documents - n))
        docs.append(
            dict(
                submission_pk=i,
                device_id=device,
                submission_id=uuid.uuid4(),
                attachment_id=uuid.uuid4(),
                reference_code=subs[i - 1]["reference_code"],
                document_type_id="income",
                document_type_label="Einkommensnachweis",
                bg_number=None,
                file_name="a.pdf",
                sha256="0" * 64,
                size=1,
                page_count=1,
                language="de",
                scanned_at=received,
                received_at=received,
                efile_delivered_at=received,
                efile_location="",
                efile_attempts=1,
                efile_last_error="",
                copy_removed_at=received,  # else the retention job works through 20,000 copies
                team="",
                search_reference=reference_key(subs[i - 1]["reference_code"]) or "",
                search_bg="",
                team_notified_at=received,
            )
        )
    with context.sessions() as db, db.begin():
        for table, values in (
            (Submission, subs),
            (CallbackRequest, rows),
            (NameToken, tokens),
            (ReceivedDocument, docs),
        ):
            for chunk in range(0, len(values), 5000):
                db.execute(insert(table), values[chunk : chunk + 5000])
    context.engine.dispose()
    return None


def timed(client: TestClient, path: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        reply = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert reply.status_code == 200, (path, reply.status_code)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "office"
        DataDir(folder).create()
        started = time.perf_counter()
        fill(folder, args.requests, args.documents)
        print(
            f"filled {args.requests} requests, {args.documents} documents"
            f" in {time.perf_counter() - started:.0f} s"
        )
        context = open_office(folder, BackofficeSettings())
        with context.sessions() as db:
            sample = db.get(CallbackRequest, args.requests // 2)
            assert sample is not None
            code, bg, phone = sample.reference_code, sample.bg_number, sample.phone_e164
            deep = args.requests - 3000
        with TestClient(create_app(context)) as client:
            page = client.get("/console/login").text
            token = page.split('name="csrf_token" value="')[1].split('"')[0]
            client.post(
                "/console/login",
                data={"username": "bench", "password": "bench-passwort-1", "csrf_token": token},
            )
            pages = {
                "health (baseline)": "/api/v1/health",
                "inbox, first page": "/console?team=all",
                "inbox, all, newest": "/console?team=all&status=all&sort=newest",
                "inbox, deep page": f"/console?team=all&status=all&sort=newest&after={deep}",
                "inbox, due today": "/console?team=all&due=today",
                "search reference": f"/console/search?status=all&q={code.lower().replace('-', '')}",
                "search BG": f"/console/search?status=all&q={bg.replace('BG', '//')}",
                "search phone": f"/console/search?status=all&q=0{phone[3:]}",
                "search name": "/console/search?status=all&q=m%C3%BCller",
                "search name, 2 words": "/console/search?status=all&q=anna%20mueller",
                "documents": "/console/documents",
                "figures (30 days)": "/console/figures",
            }
            client.get("/console?team=all")  # warm caches
            load = os.getloadavg()
            print(
                f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
                f" on {os.cpu_count()} cores"
            )
            print(f"{'page':28} {'p50 ms':>8} {'p95 ms':>8}")
            for name, path in pages.items():
                if name.startswith("figures"):
                    lead(context)
                times = timed(client, path, args.runs if not name.startswith("figures") else 10)
                p95 = statistics.quantiles(times, n=20)[-1]
                print(f"{name:28} {statistics.median(times):8.1f} {p95:8.1f}")
            load = os.getloadavg()
            print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        context.engine.dispose()


def lead(context: object) -> None:
    from backoffice.storage.models import StaffUser

    with context.sessions() as db, db.begin():  # type: ignore[attr-defined]
        user = db.query(StaffUser).filter_by(username="bench").one()
        user.roles = ["caseworker", "lead"]


if __name__ == "__main__":
    main()
