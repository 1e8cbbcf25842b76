"""What terminal and office share, and nothing else: the protocol between a terminal (``kiosk``
and its libraries) and the backoffice. Both sides import this package; neither imports
anything else of the other. It imports nothing of ours (only pydantic and libsodium).

Modules::

    submissions   HTTP bodies under /api/v1: enrollment, callback and document payloads, the
                  submission envelope and receipt, problem details, health
    sealing       how payloads and files are encrypted to the office's public key
    fleet         the heartbeat, the office's answer and the remote config it carries
    signaling     the video call's WebSocket messages between terminal and hub
    version       the protocol version and how both sides check it

Every call below is made by the terminal with ``Authorization: Bearer <device token>`` (but
enrollment, which trades a token for one) and ``Buergerterminal-Protocol: <version>``.

**Enrollment.** IT prints a one-time token (``backoffice enrollment-token``); ``kiosk enroll``
posts it (``POST /api/v1/enroll``, :class:`~contract.submissions.EnrollmentRequest`) and keeps
the answer (:class:`~contract.submissions.EnrollmentResponse`): device id, bearer token, the
office's X25519 public key.

**Submission.** The terminal seals the payload (a callback request or a document's metadata) to
the office's key (:func:`~contract.sealing.seal`); a document's files are sealed chunk by chunk
(:func:`~contract.sealing.seal_file`) and uploaded first with tus 1.0 (``POST /api/v1/uploads``,
then ``PATCH`` chunks, ``HEAD`` to resume after a broken connection). Then ``POST
/api/v1/submissions`` with ``Idempotency-Key: <submission id>`` carries the
:class:`~contract.submissions.SubmissionEnvelope` that names the finished uploads; the office
answers with a :class:`~contract.submissions.SubmissionReceipt`, the same one to every replay,
and stores the submission once. Errors are :class:`~contract.submissions.ProblemDetail` bodies.

**Heartbeat.** Every minute or so (``POST /api/v1/heartbeat``, :class:`~contract.fleet.Heartbeat`)
the terminal reports figures and states, never citizens' data; the answer
(:class:`~contract.fleet.HeartbeatAnswer`) may carry the remote config IT set for it.

**Signaling.** For a video call the terminal opens ``/api/v1/signaling/kiosk`` (WebSocket) and
speaks the messages of :mod:`contract.signaling`, whose docstring draws a call's sequence.

**Versions.** :mod:`contract.version` says which version a terminal speaks, which an office
accepts, what a refusal looks like, and what change needs a new version.
"""
