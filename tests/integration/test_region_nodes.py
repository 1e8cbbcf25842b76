"""A region: two ``backoffice serve`` nodes on one PostgreSQL and one shared data folder,
HAProxy in front. Any request may reach any node; a node may die (SIGKILL) at any moment."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
import requests
from websockets.exceptions import ConnectionClosed

from config.schema import SyncSettings
from contract.submissions import SubmissionKind
from sync import office_link
from sync.delivery import Courier
from sync.office_link import OfficeLink
from sync.outbox import Outbox, SubmissionState
from sync.reference import new_reference_code
from sync.submit import submit
from tests.helpers.postgres import PostgresServer
from tests.helpers.region import Region, running_region
from tests.helpers.region_peers import Peer, staff_cookie
from tests.helpers.reliability_documents import document_submission, marker_pdf

PASSWORD = "ein-langes-passwort"
MIB = 1024 * 1024
HOLD_SECONDS = 6


@pytest.fixture(scope="module")
def region(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Region]:
    # A short hold for a terminal whose link dropped: a test waits for it to run out.
    held = {"video.reconnect_seconds": HOLD_SECONDS}
    with running_region(tmp_path_factory.mktemp("region"), postgres_server, **held) as running:
        running.nodes[0].add_staff("anna", PASSWORD, display_name="Anna Schmidt")
        running.nodes[0].add_staff("ben", PASSWORD)
        running.nodes[0].add_staff("olena", PASSWORD, display_name="Olena")
        running.nodes[0].cli("interpreter", "--username", "olena", "--languages", "uk,ru")
        yield running


@pytest.fixture
def both_nodes(region: Region) -> Region:
    """Every test starts with both nodes up (a test before may have killed one)."""
    for node in region.nodes:
        if not node.running:
            node.start()
    return region


def _token(region: Region) -> str:
    return region.nodes[0].enroll("kabine").device_token


def test_a_ring_from_one_node_is_answered_on_the_other(both_nodes: Region) -> None:
    a, b = both_nodes.nodes
    with (
        Peer.staff(b.url, staff_cookie(b.url, "anna", PASSWORD)) as anna,
        Peer.staff(a.url, staff_cookie(a.url, "ben", PASSWORD)) as ben,
        Peer.terminal(a.url, _token(both_nodes)) as terminal,
    ):
        _cross_node_call(anna, ben, terminal)


def _cross_node_call(anna: Peer, ben: Peer, terminal: Peer) -> None:
    for member in (anna, ben):
        member.send(type="presence", available=True)
        assert member.expect("presence_ack")["available"] is True

    # Presence is right everywhere: staff on both nodes are rung.
    terminal.send(type="call_request", ring_timeout_seconds=30)
    ringing = terminal.expect("ringing")
    assert ringing["staff_count"] == 2
    call_id = ringing["call_id"]
    assert anna.expect("ring")["call_id"] == call_id
    assert ben.expect("ring")["call_id"] == call_id

    anna.send(type="accept", call_id=call_id)
    terminal.expect("accepted")
    assert ben.expect("taken")["call_id"] == call_id
    # A complete offer is larger than a NOTIFY may carry: it crosses through the mail table.
    offer = "v=0\r\n" + "a=candidate:x\r\n" * 1500
    terminal.send(type="offer", call_id=call_id, sdp=offer)
    assert anna.expect("offer")["sdp"] == offer
    # Staff answer the party that offered (the terminal; an interpreter could offer too).
    anna.send(type="answer", call_id=call_id, sdp="v=0\r\nanswer\r\n", peer="kiosk")
    assert terminal.expect("answer")["sdp"] == "v=0\r\nanswer\r\n"
    anna.send(type="end", call_id=call_id)
    assert terminal.expect("ended")["reason"] == "hung_up"

    # Ben went unavailable on his node: a new call rings Anna only.
    ben.send(type="presence", available=False)
    ben.expect("presence_ack")
    terminal.send(type="call_request", ring_timeout_seconds=30)
    assert terminal.expect("ringing")["staff_count"] == 1


def test_a_terminal_whose_node_dies_resumes_its_call_through_the_other(
    both_nodes: Region,
) -> None:
    a, b = both_nodes.nodes
    token = _token(both_nodes)
    with (
        Peer.staff(b.url, staff_cookie(b.url, "anna", PASSWORD)) as anna,
        Peer.terminal(a.url, token) as terminal,
    ):
        call_id = _accepted_call(anna, terminal)
        a.kill()
        # The terminal's socket is cut with its node: it sees the connection drop at once.
        with pytest.raises(ConnectionClosed):
            terminal.expect("ended", timeout=5)
        started = time.monotonic()
        # Within seconds Anna's page says the terminal is reconnecting; the call is held.
        reconnecting = anna.expect("reconnecting", timeout=20)
        assert reconnecting == {"type": "reconnecting", "call_id": call_id, "party": "kiosk"}
        assert time.monotonic() - started < 15
        # The terminal comes back (through the proxy: the node that is left) into the call.
        with Peer.terminal(b.url, token) as back:
            back.send(type="resume", call_id=call_id)
            assert back.expect("resumed")["call_id"] == call_id
            anna.expect("reconnecting")  # its connections are made anew
            back.send(type="offer", call_id=call_id, sdp="v=0\r\nagain\r\n")
            assert anna.expect("offer")["sdp"] == "v=0\r\nagain\r\n"


def test_staff_hear_the_call_end_when_the_terminal_does_not_come_back(
    both_nodes: Region,
) -> None:
    a, b = both_nodes.nodes
    with (
        Peer.staff(b.url, staff_cookie(b.url, "anna", PASSWORD)) as anna,
        Peer.terminal(a.url, _token(both_nodes)) as terminal,
    ):
        call_id = _accepted_call(anna, terminal)
        a.kill()
        anna.expect("reconnecting", timeout=20)
        started = time.monotonic()
        # The hold runs out on the node that is left (its timer, not the dead node's).
        ended = anna.expect("ended", timeout=HOLD_SECONDS + 15)
        assert ended == {"type": "ended", "call_id": call_id, "reason": "peer_lost"}
        assert time.monotonic() - started >= HOLD_SECONDS - 1


def test_a_terminal_that_drops_twice_gets_the_whole_hold_the_second_time(
    both_nodes: Region,
) -> None:
    a, b = both_nodes.nodes
    token = _token(both_nodes)
    with Peer.staff(b.url, staff_cookie(b.url, "anna", PASSWORD)) as anna:
        with Peer.terminal(a.url, token) as terminal:
            call_id = _accepted_call(anna, terminal)
        anna.expect("reconnecting")  # first drop: the hold's timer runs on node A
        first_drop = time.monotonic()
        with Peer.terminal(b.url, token) as back:
            back.send(type="resume", call_id=call_id)
            back.expect("resumed")
            anna.expect("reconnecting")
            _until(first_drop + HOLD_SECONDS / 2)  # the call goes on a while
        anna.expect("reconnecting")  # second drop: a new hold, its timer on node B
        # The first hold's timer comes due while the second holds: the call must stay.
        _until(first_drop + HOLD_SECONDS + 1)
        with Peer.terminal(a.url, token) as again:
            again.send(type="resume", call_id=call_id)
            assert again.expect("resumed")["call_id"] == call_id


def _until(moment: float) -> None:
    """Waits for a moment in the scenario (a timer coming due), not for something to happen."""
    time.sleep(max(0.0, moment - time.monotonic()))


def test_interpreters_join_a_call_taken_on_another_node(both_nodes: Region) -> None:
    a, b = both_nodes.nodes
    with (
        Peer.staff(a.url, staff_cookie(a.url, "anna", PASSWORD)) as anna,
        Peer.staff(b.url, staff_cookie(b.url, "olena", PASSWORD)) as olena,
        Peer.terminal(b.url, _token(both_nodes)) as terminal,
    ):
        olena.send(type="presence", available=True)
        olena.expect("presence_ack")
        call_id = _accepted_call(anna, terminal)
        # The office's interpreter, whose page is on the other node, is invited and joins.
        roster = anna.asides["interpreters"]["interpreters"]
        assert [(i["display_name"], i["languages"]) for i in roster] == [("Olena", ["uk", "ru"])]
        anna.send(type="invite_interpreter", call_id=call_id, staff_id=roster[0]["staff_id"])
        assert olena.expect("invite")["call_id"] == call_id
        olena.send(type="join_call", call_id=call_id, audio_only=True)
        joined = terminal.expect("joined")
        assert (joined["display_name"], joined["audio_only"]) == ("Olena", True)
        assert anna.expect("joined")["language"] == "uk"
        anna.send(type="remove_interpreter", call_id=call_id)
        assert olena.expect("ended")["reason"] == "removed"
        assert terminal.expect("left")["party"] == "interpreter"
        assert anna.expect("left")["party"] == "interpreter"

        # A one-time link for an external interpreter, opened through the other node.
        anna.send(type="create_guest_link", call_id=call_id)
        path = anna.expect("guest_link")["path"]
        assert requests.get(b.url + path, timeout=10).status_code == 200
        with Peer.guest(b.url, path) as guest:
            guest.send(type="guest_hello", display_name="Dolmetscherin", language="ar")
            assert terminal.expect("joined")["language"] == "ar"
            sdp = "v=0\r\nto the interpreter\r\n"
            terminal.send(type="offer", call_id=call_id, sdp=sdp, peer="interpreter")
            offer = guest.expect("offer")
            assert (offer["call_id"], offer["sdp"], offer["peer"]) == (call_id, sdp, "kiosk")
        # The guest's page closed: the terminal hears the interpreter left; the link is spent.
        assert terminal.expect("left")["party"] == "interpreter"
        assert requests.get(b.url + path, timeout=10).status_code == 410


def _accepted_call(staff: Peer, terminal: Peer) -> str:
    staff.send(type="presence", available=True)
    staff.expect("presence_ack")
    terminal.send(type="call_request", ring_timeout_seconds=30)
    call_id: str = terminal.expect("ringing")["call_id"]
    staff.send(type="accept", call_id=staff.expect("ring")["call_id"])
    terminal.expect("accepted")
    return call_id


def test_the_terminal_is_told_within_seconds_when_the_staff_node_dies(both_nodes: Region) -> None:
    a, b = both_nodes.nodes
    with (
        Peer.staff(a.url, staff_cookie(a.url, "anna", PASSWORD)) as anna,
        Peer.terminal(b.url, _token(both_nodes)) as terminal,
    ):
        call_id = _accepted_call(anna, terminal)
        a.kill()
        # "peer_lost": the terminal's call session ends as failed and offers a callback.
        ended = terminal.expect("ended", timeout=20)
        assert ended == {"type": "ended", "call_id": call_id, "reason": "peer_lost"}


def test_an_upload_resumes_through_the_other_node_when_one_dies(
    both_nodes: Region, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _b = both_nodes.nodes
    device = both_nodes.nodes[0].terminal(both_nodes.url)
    pdf = marker_pdf(padding_bytes=4 * MIB)
    payload, attachment = document_submission(pdf)
    killed: list[bool] = []
    patches: list[int] = []

    def kill_node_a_mid_upload(response: requests.Response, *_args: object, **_kw: object) -> None:
        if response.request.method == "PATCH" and response.status_code == 204:
            patches.append(1)
            if len(patches) == 2 and not killed:
                a.kill()
                killed.append(True)

    def hooked_session() -> requests.Session:
        session = real_session()
        session.hooks["response"].append(kill_node_a_mid_upload)
        return session

    # Every session of the terminal's office link watches its PATCH answers.
    real_session = office_link.tracked_session
    monkeypatch.setattr(office_link, "tracked_session", hooked_session)
    link = OfficeLink(device.backoffice_url, SyncSettings())
    with Outbox(tmp_path / "outbox.sqlite3") as outbox, contextlib.closing(link):
        submission_id = submit(
            outbox,
            device,
            SubmissionKind.DOCUMENT,
            payload,
            new_reference_code(),
            attachments=[attachment],
        )
        courier = Courier(outbox, device, SyncSettings(), link)
        # The daemon's passes, without its back-off waits: as often as the terminal would try.
        for _attempt in range(10):
            courier.run_once()
            item = outbox.get(submission_id)
            assert item is not None
            if item.state is SubmissionState.DELIVERED:
                break
            outbox.retry_all_now(dt.datetime.now(dt.UTC))
        assert item.state is SubmissionState.DELIVERED, "not delivered through the other node"

    assert killed, "node A was never killed mid-upload"
    received = both_nodes.data_dir / "attachments" / str(device.device_id) / str(submission_id)
    assert (received / str(attachment.attachment_id)).read_bytes() == pdf
    _exactly_one_zip(both_nodes, attachment.attachment_id)


def _exactly_one_zip(region: Region, message_id: uuid.UUID) -> None:
    """Both nodes hand documents over (every second): the document's ZIP is there once, and
    stays once after both had their turns again."""
    hotfolder = region.data_dir / "efile-hotfolder"
    deadline = time.monotonic() + 30
    while not list(hotfolder.glob(f"{message_id}_*.zip")):
        assert time.monotonic() < deadline, "the document never reached the e-file"
        time.sleep(0.1)
    _wait_for_dispatch_rounds(region)
    assert len(list(hotfolder.glob(f"{message_id}_*.zip"))) == 1
    assert [p.name for p in hotfolder.iterdir() if p.name.startswith(".incoming")] == []


def _wait_for_dispatch_rounds(region: Region) -> None:
    # Not a sleep to make something pass: a condition that two more polls of every node's
    # dispatcher happened (their log lines say "handed to the e-file" only once per document).
    time.sleep(2 * 1.0 + 0.5)


def test_a_node_with_two_workers_rings_staff_on_either(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    with running_region(tmp_path, postgres_server, nodes=1, workers=2) as region:
        [node] = region.nodes
        assert node.pid is not None
        children = [" ".join(p.cmdline()) for p in psutil.Process(node.pid).children()]
        # uvicorn's two workers (beside multiprocessing's resource tracker)
        assert sum("spawn_main" in line for line in children) == 2, children
        node.add_staff("anna", PASSWORD)
        cookie = staff_cookie(node.url, "anna", PASSWORD)
        with contextlib.ExitStack() as stack:
            # Four pages of one member of staff: the kernel spreads their sockets over both
            # workers; every one of them must ring.
            pages = [stack.enter_context(Peer.staff(node.url, cookie)) for _ in range(4)]
            for page in pages:
                page.send(type="presence", available=True)
                page.expect("presence_ack")
            terminal = stack.enter_context(Peer.terminal(node.url, _token(region)))
            terminal.send(type="call_request", ring_timeout_seconds=30)
            call_id = terminal.expect("ringing")["call_id"]
            assert {page.expect("ring")["call_id"] for page in pages} == {call_id}
