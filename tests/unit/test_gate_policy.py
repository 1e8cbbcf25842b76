"""The gate's table holds for every route the office serves, and its limits fit the contract."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from backoffice import deps
from backoffice.api.app import create_app
from backoffice.api.office_gate import ENVELOPE_BODY, office_policies
from backoffice.context import open_office
from backoffice.datadir import DataDir
from backoffice.gate.policy import Access, PolicyTable, known_routes
from config import BackofficeSettings
from contract.submissions import AttachmentRef, SubmissionEnvelope, SubmissionKind

BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    folder = tmp_path_factory.mktemp("office")
    DataDir(folder).create()
    context = open_office(folder, BackofficeSettings())
    yield create_app(context)
    context.engine.dispose()


def _wants_a_device(route: APIRoute) -> bool:
    pending: list[Any] = [route.dependant]
    while pending:
        dependant = pending.pop()
        if dependant.call is deps.device_id:
            return True
        pending.extend(dependant.dependencies)
    return False


def test_a_route_wants_a_terminals_token_exactly_when_the_gate_checks_one(app: FastAPI) -> None:
    table = PolicyTable(office_policies(10**9))
    checked = 0
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        for method in route.methods:
            policy = table.for_route(method, context.path)
            assert (policy.access is Access.DEVICE) == _wants_a_device(route), (
                method,
                context.path,
            )
            checked += 1
    assert checked > 20


def test_every_route_that_takes_a_body_has_a_limit_and_an_owner(app: FastAPI) -> None:
    table = PolicyTable(office_policies(10**9))
    for method, template in known_routes(app.routes):
        if method not in BODY_METHODS:
            continue
        policy = table.for_route(method, template)
        assert 0 <= policy.max_body <= 10**9
        assert policy.access is not Access.ANYONE or template in (
            "/api/v1/enroll",
            "/console/login",
        ), f"{method} {template} takes a body from anyone"


def test_the_largest_envelope_the_contract_allows_fits_the_submissions_limit() -> None:
    largest = SubmissionEnvelope(
        submission_id=uuid.uuid4(),
        kind=SubmissionKind.DOCUMENT,
        reference_code="KKK-KKK",
        created_at=dt.datetime(
            2199, 12, 31, 9, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-14))
        ),
        sealed_payload="A" * 2_000_000,
        attachments=[
            AttachmentRef(
                attachment_id=uuid.uuid4(),
                upload_path="/api/v1/uploads/" + "x" * 100,
                size=2**63 - 1,
                sha256="f" * 64,
            )
            for _ in range(20)
        ],
    )
    assert len(largest.model_dump_json()) <= ENVELOPE_BODY


def test_the_tus_chunk_limit_is_the_offices_upload_limit() -> None:
    table = PolicyTable(office_policies(123_456_789))
    assert table.for_route("PATCH", "/api/v1/uploads/{upload_id}").max_body == 123_456_789
