"""``/api/v1``: health, enrollment and submissions, as described in :mod:`contract.submissions`."""

from __future__ import annotations

import logging
import uuid
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response
from sqlalchemy.exc import IntegrityError

from backoffice import __version__
from backoffice.attachments import AttachmentIntake
from backoffice.deps import DeviceId, Office
from backoffice.enrollment import EnrollmentRefusedError, enroll
from backoffice.intake import IntakeError, SubmissionIntake
from backoffice.problems import DEVICE_RESPONSES, problem, problem_responses
from backoffice.tus.mount import upload_store
from contract.submissions import (
    API_PREFIX,
    IDEMPOTENCY_HEADER,
    EnrollmentRequest,
    EnrollmentResponse,
    Health,
    SubmissionEnvelope,
    SubmissionReceipt,
)

log = logging.getLogger(__name__)

router = APIRouter(prefix=API_PREFIX)

# 400: the body is not JSON at all; 422: JSON, but not what the contract allows.
_ENROLLMENT_RESPONSES = problem_responses(
    400, 401, 410, 422, s401="Unknown enrollment token", s410="Enrollment token used or expired"
)


@router.get("/health", response_model=Health)
def health() -> Health:
    return Health(status="ok", version=__version__)


@router.post(
    "/enroll",
    response_model=EnrollmentResponse,
    status_code=201,
    responses=_ENROLLMENT_RESPONSES,
)
def enroll_device(request: EnrollmentRequest, context: Office) -> EnrollmentResponse | Response:
    try:
        with context.sessions() as session, session.begin():
            enrolled = enroll(session, context.clock, request)
    except EnrollmentRefusedError as refusal:
        return problem(refusal.status, refusal.title, refusal.detail)
    except IntegrityError:
        # Two enrollments raced for one token; the loser sees what a late one would see.
        return problem(410, "Enrollment token used", "This token was already used.")
    return EnrollmentResponse(
        device_id=enrolled.device_id,
        device_token=enrolled.device_token,
        backoffice_public_key=context.keyring.current().public_key_b64,
        office_name=context.settings.office_name,
    )


@router.post(
    "/submissions",
    response_model=SubmissionReceipt,
    status_code=201,
    responses=DEVICE_RESPONSES,
)
def receive_submission(
    envelope: SubmissionEnvelope,
    device: DeviceId,
    context: Office,
    idempotency_key: Annotated[str, Header(alias=IDEMPOTENCY_HEADER, max_length=100)],
) -> Response:
    if not _same_id(idempotency_key, envelope.submission_id):
        return problem(
            422,
            "Idempotency key does not match",
            f"The {IDEMPOTENCY_HEADER} header must equal the envelope's submission_id.",
        )
    keys = context.keyring.keys_for(envelope.key_id)
    attachments = AttachmentIntake(upload_store(context), keys, context.data_dir)
    intake = SubmissionIntake(
        context.sessions, keys, context.clock, attachments, context.settings.console
    )
    try:
        answer = intake.receive(device, envelope)
    except IntakeError as refusal:
        log.info(
            "submission %s from device %s refused: %s",
            envelope.submission_id,
            device,
            refusal.title,
        )
        return problem(422, refusal.title, refusal.detail)
    return Response(answer.body, status_code=answer.status, media_type="application/json")


def _same_id(header: str, submission_id: uuid.UUID) -> bool:
    try:
        return uuid.UUID(header.strip()) == submission_id
    except ValueError:
        return False
