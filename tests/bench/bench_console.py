"""Console speed with 100,000 callback requests and 20,000 documents (SQLite).

Fills a fresh data folder directly (bulk inserts, intake's own search keys), then times the
pages in process through the ASGI app (server time, no network): the health route as the
baseline, the inbox (first and a deep page), searches by reference, BG, phone and name, the
documents list and the figures (30 days and a whole year). Prints p50/p95 per page and the
machine's load before and after.

    .venv/bin/python tests/bench/bench_console.py [--requests 100000] [--documents 20000]
        [--keep DIR]        fill DIR once and reuse it on later runs
        [--explain]         print each page's SQL with SQLite's query plan (SCAN = whole table)
        [--profile PAGE]    a pyinstrument profile of one page (its name as printed)
        [--postgresql]      on a throw-away PostgreSQL (durable, as in production) instead
                            of SQLite
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session

from backoffice.api.app import create_app
from backoffice.console.search_keys import REFERENCE_ALPHABET, bg_key, name_tokens, reference_key
from backoffice.context import OfficeContext, open_office
from backoffice.datadir import DataDir
from backoffice.staff import add_staff
from backoffice.storage.document_models import ReceivedDocument
from backoffice.storage.models import (
    CallbackRequest,
    CallbackStatus,
    Device,
    StaffUser,
    Submission,
)
from backoffice.storage.work_models import (
    ActivityKind,
    AttemptOutcome,
    CaseActivity,
    NameToken,
    RecordKind,
)
from config import BackofficeSettings

FIRST = ["Anna", "Mehmet", "Oleksandr", "Erika", "Jürgen", "Aylin", "Zoë", "Hans", "Maria", "Ali"]
LAST = ["Müller", "Schmidt", "Kovalenko", "Demir", "Böttcher", "Weiß", "Yılmaz", "Groß", "Nowak"]


def _code(rng: random.Random) -> str:
    chars = [rng.choice(REFERENCE_ALPHABET) for _ in range(6)]
    return "".join(chars[:3]) + "-" + "".join(chars[3:])


def _attempt(request_id: int, at: dt.datetime, reached: bool) -> dict[str, object]:
    outcome = AttemptOutcome.REACHED if reached else AttemptOutcome.NOT_REACHED
    return dict(
        record_kind=RecordKind.CALLBACK,
        record_id=request_id,
        at=at,
        staff_id=1,
        kind=ActivityKind.ATTEMPT,
        outcome=outcome,
        text="",
    )


def fill(folder: Path, settings: BackofficeSettings, requests: int, documents: int) -> None:
    rng = random.Random(15)
    context = open_office(folder, settings)
    now = dt.datetime.now(dt.UTC)
    device = uuid.uuid4()
    with context.sessions() as db, db.begin():
        db.add(
            Device(
                id=device, name="t", location="Wiesenburg", token_sha256="x" * 64, enrolled_at=now
            )
        )
        add_staff(db, context.clock, context.hasher, "bench", "Bench", "bench-passwort-1")
    rows, subs, tokens, attempts = [], [], [], []
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
        if rows[-1]["status"] is CallbackStatus.DONE:  # worked: one or two attempts
            first = received + dt.timedelta(minutes=rng.randint(20, 3000))
            reached = rng.random() < 0.7
            rows[-1].update(
                first_attempt_at=first,
                attempts=1,
                first_reached=reached,
                first_wait_seconds=round((first - received).total_seconds()),
            )
            attempts.append(_attempt(i, first, reached))
            if not reached:
                attempts.append(_attempt(i, first + dt.timedelta(hours=2), True))
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
            (CaseActivity, attempts),
            (ReceivedDocument, docs),
        ):
            for chunk in range(0, len(values), 5000):
                db.execute(insert(table), values[chunk : chunk + 5000])
    if context.engine.dialect.name == "postgresql":
        # What autovacuum does soon after a bulk load in production: the planner's statistics.
        with context.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
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


def explain(context: OfficeContext, client: TestClient, path: str) -> None:
    """Each statement the page runs, with SQLite's plan: ``SCAN`` reads a whole table or
    index, ``USE TEMP B-TREE`` sorts."""
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(context.engine, "before_cursor_execute", seen)
    try:
        client.get(path)
    finally:
        event.remove(context.engine, "before_cursor_execute", seen)
    with context.engine.connect() as connection:
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            print("   ", " ".join(statement.split())[:160])
            for row in plan:
                print("       ", row[-1])


def profile(client: TestClient, path: str) -> None:
    """pyinstrument inside the worker thread that runs the page (FastAPI runs plain ``def``
    routes in a thread pool, where a profiler started here would not look)."""
    import fastapi.routing
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session as Recording

    recordings: list[Recording] = []
    in_pool = fastapi.routing.run_in_threadpool

    async def profiled(func: Any, *args: Any, **kwargs: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            profiler = Profiler(interval=0.0005)
            profiler.start()
            try:
                return func(*args, **kwargs)
            finally:
                recordings.append(profiler.stop())

        return await in_pool(run, *args, **kwargs)

    fastapi.routing.run_in_threadpool = profiled  # type: ignore[assignment]
    try:
        timed(client, path, 10)
    finally:
        fastapi.routing.run_in_threadpool = in_pool  # type: ignore[assignment]
    combined = recordings[0]
    for recording in recordings[1:]:
        combined = Recording.combine(combined, recording)
    print(ConsoleRenderer(unicode=True, show_all=False, time="percent_of_total").render(combined))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--keep", type=Path, default=None)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--profile", default="")
    parser.add_argument("--postgresql", action="store_true")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        settings = BackofficeSettings()
        if args.postgresql:
            sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # for tests.helpers
            from tests.helpers.postgres import PostgresServer

            server = stack.enter_context(PostgresServer.started(durable=True))
            settings = BackofficeSettings(database_url=server.fresh_database())
            args.keep = None  # the server and its data go at the end of the run
        folder = (args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))) / "office"
        if not (folder / "backoffice.sqlite3").exists() or args.postgresql:
            DataDir(folder).create()
            started = time.perf_counter()
            fill(folder, settings, args.requests, args.documents)
            print(
                f"filled {args.requests} requests, {args.documents} documents"
                f" in {time.perf_counter() - started:.0f} s"
                f" ({'PostgreSQL' if args.postgresql else 'SQLite'})"
            )
        run_pages(folder, settings, args)


def run_pages(folder: Path, settings: BackofficeSettings, args: argparse.Namespace) -> None:
    context = open_office(folder, settings)
    with context.sessions() as db:
        requests = db.scalar(select(func.max(CallbackRequest.id))) or 0
        sample = db.get(CallbackRequest, requests // 2)
        assert sample is not None
        code, bg, phone = sample.reference_code, sample.bg_number or "", sample.phone_e164
        deep = requests - 3000
    with context.sessions() as db, db.begin():
        lead(db)
    today = dt.date.today()
    year = f"from={today - dt.timedelta(days=364)}&to={today}"
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
        "figures (365 days)": f"/console/figures?{year}",
    }
    with TestClient(create_app(context)) as client:
        page = client.get("/console/login").text
        token = page.split('name="csrf_token" value="')[1].split('"')[0]
        client.post(
            "/console/login",
            data={"username": "bench", "password": "bench-passwort-1", "csrf_token": token},
        )
        client.get("/console?team=all")  # warm caches
        if args.profile:
            profile(client, pages[args.profile])
            return
        load = os.getloadavg()
        print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", end=" ")
        print(f"on {os.cpu_count()} cores")
        print(f"{'page':28} {'p50 ms':>8} {'p95 ms':>8}")
        for name, path in pages.items():
            times = timed(client, path, args.runs if not name.startswith("figures") else 10)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{name:28} {statistics.median(times):8.1f} {p95:8.1f}")
            if args.explain and not args.postgresql:
                explain(context, client, path)
        load = os.getloadavg()
        print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    context.engine.dispose()


def lead(db: Session) -> None:
    """The bench account works requests and reads the figures."""
    user = db.query(StaffUser).filter_by(username="bench").one()
    user.roles = ["caseworker", "lead"]


if __name__ == "__main__":
    main()
