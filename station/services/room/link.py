"""The station's link to its room hub: copy every committed event to the hub, carry out its messages.

One background thread holds one TLS connection to the hub. Every event is
committed locally first (the candidate never waits for the network); the
link then copies what the hub lacks, in order, one batch per attempt at a
time, and learns from the hub's acknowledgement what it has made durable.
Messages from the hub (the proctor's commands, a seat change, a request for
a bundle) are handed to the thread that owns the station's sittings through
``dispatch`` and answered when done. Without a hub, or when the LAN fails,
the station goes on alone and the link tries again, then catches up from
what the hub says it holds (ADR 0020).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import select
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from station.crypto.keyring import StationKeys
from station.domain.errors import Message, StationError
from station.domain.text import QT_TR_NOOP
from station.formats.room import (
    HEADER_BYTES,
    MAX_EVENTS_PER_FRAME,
    PROTOCOL,
    RoomProtocolError,
    decode_beacon,
    decode_message,
    encode_frame,
    frame_length,
    message_from_wire,
)
from station.services.attempt_document import attempt_row, events_to_wire
from station.services.room.identity import (
    BEACON_PORT,
    RoomError,
    RoomIdentity,
    RoomIdentityError,
)
from station.store.attempt_repo import AttemptRepo
from station.store.event_chain import EventChain
from station.store.room_repo import RoomRepo
from station.store.session_repo import SessionRepo
from station.store.station_db import StationDb

Dispatch = Callable[[Callable[[], Any]], "concurrent.futures.Future[Any]"]
"""Run a callable on the thread that owns the station's services; a future of its result."""

STATUS_EVERY_S = 2.0
STATUS_SOON_S = 0.5
"""After new events, the station's next report comes this soon (the board stays current)."""
SILENCE_S = 12.0
"""No frame from the hub for this long: the link is taken as broken and made again."""
CONNECT_TIMEOUT_S = 5.0
RETRY_S = (1.0, 2.0, 5.0)
POLL_S = 0.5
CLAIM_WAIT_S = 3.0
"""How long a login waits for the hub's word before the station goes on alone."""


LINK_PHASES = {
    "off": QT_TR_NOOP("mati"),
    "searching": QT_TR_NOOP("mencari hub di jaringan"),
    "connecting": QT_TR_NOOP("menghubungi hub"),
    "connected": QT_TR_NOOP("terhubung"),
    "waiting": QT_TR_NOOP("menunggu untuk mencoba lagi"),
}
"""What each :attr:`LinkState.phase` is called on screen and in the command line."""


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the link reads to copy this station's attempts to the hub, on its own connection."""

    attempts: AttemptRepo
    events: EventChain
    sessions: SessionRepo
    room: RoomRepo


class RoomLinkError(RoomError):
    """The hub could not be reached, refused this station, or broke the protocol."""


def run_here(work: Callable[[], Any]) -> concurrent.futures.Future[Any]:
    """A ``dispatch`` for a caller whose services have no other owner (tests, the link's own thread)."""
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    try:
        future.set_result(work())
    except BaseException as error:  # handed to whoever reads the future
        future.set_exception(error)
    return future


@dataclass(frozen=True, slots=True)
class LinkState:
    """What the link is doing, for the station's screens and the doctor."""

    phase: str = "off"
    """``off``, ``searching`` (listening for the hub's beacon), ``connecting``,
    ``connected`` or ``waiting`` (to try again after a failure)."""
    hub_id: str | None = None
    address: str | None = None
    since_wall_ms: int | None = None
    problem: Message | None = None
    pending_events: int = 0
    """Events committed here that the hub has not yet acknowledged."""
    acked: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Copying:
    """What one connection knows about the copies: the hub's heads and what is under way."""

    acked: dict[str, int]
    sent_rows: dict[str, tuple] = field(default_factory=dict)
    in_flight: dict[str, int] = field(default_factory=dict)
    stuck: set[str] = field(default_factory=set)
    nips: dict[str, str] = field(default_factory=dict)
    """Each attempt's candidate, decrypted once (a row is sent again at every heartbeat)."""


class RoomLink:
    """Joins the hub at ``address`` (``host:port``) or, with ``discover``, the one its beacon names."""

    def __init__(
        self,
        *,
        identity: RoomIdentity,
        keys: StationKeys,
        database: Path,
        version: str,
        now_ms: Callable[[], int],
        dispatch: Dispatch,
        hello: Callable[[], list[dict[str, Any]]],
        status: Callable[[], dict[str, Any]],
        handle: Callable[[dict[str, Any], str], dict[str, Any]],
        address: str | None = None,
        discover: bool = False,
        beacon_port: int = BEACON_PORT,
        on_change: Callable[[LinkState], None] | None = None,
    ) -> None:
        self._identity = identity
        self._keys = keys
        self._database = Path(database)
        self._version = version
        self._now_ms = now_ms
        self._dispatch = dispatch
        self._hello = hello
        self._status = status
        self._handle = handle
        self._address = address
        self._discover = discover
        self._beacon_port = beacon_port
        self._on_change = on_change
        self._state = LinkState()
        self._state_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        # A commit never waits for the link: when nobody drains the wake-ups (the hub is
        # away), a full buffer just means "already woken".
        self._wake_w.setblocking(False)
        self._outgoing: deque[dict[str, Any]] = deque()
        self._claims: dict[int, concurrent.futures.Future] = {}
        self._claim_number = 0

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self._thread is not None:
            return
        if not self._address and not self._discover:
            raise RoomLinkError(
                QT_TR_NOOP(
                    "Alamat hub ruang belum diatur dan pencarian di jaringan tidak diizinkan."
                )
            )
        self._thread = threading.Thread(target=self._run, name="cact-room-link", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        self.wake()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        self._set(phase="off", problem=None)
        with contextlib.suppress(OSError):
            self._wake_r.close()
            self._wake_w.close()

    def wake(self, *_: object) -> None:
        """Something was committed (or must be sent): look now instead of at the next poll."""
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")

    @property
    def state(self) -> LinkState:
        with self._state_lock:
            return self._state

    def acked(self, attempt_id: str) -> int:
        """The highest event of ``attempt_id`` the hub has made durable (-1: none)."""
        return self.state.acked.get(attempt_id, -1)

    def claim(self, session_id: str, nip: str, *, wait_s: float = CLAIM_WAIT_S) -> dict | None:
        """Ask the hub whether this station may begin the candidate's attempt: its answer
        (``ok``, ``error``), or None when the hub cannot be asked now (the station goes alone)."""
        if self.state.phase != "connected":
            return None
        with self._state_lock:
            self._claim_number += 1
            number = self._claim_number
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._claims[number] = future
        self._outgoing.append({"type": "claim", "id": number, "session_id": session_id, "nip": nip})
        self.wake()
        try:
            return future.result(wait_s)
        except (concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            return None
        finally:
            self._claims.pop(number, None)

    def _drop_claims(self) -> None:
        for future in list(self._claims.values()):
            future.cancel()

    def wait_until(self, test: Callable[[LinkState], bool], timeout_s: float) -> bool:
        """Block until ``test(state)`` holds (tests, the command line); False after the timeout."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if test(self.state):
                return True
            time.sleep(0.02)
        return test(self.state)

    def _set(self, **changes: Any) -> None:
        with self._state_lock:
            self._state = replace(self._state, **changes)
            state = self._state
        if self._on_change is not None:
            self._on_change(state)

    # ----------------------------------------------------------------- loop

    def _run(self) -> None:
        db = StationDb.open(self._database)  # this thread's own connection
        store = _Reading(AttemptRepo(db), EventChain(db), SessionRepo(db), RoomRepo(db))
        tries = 0
        try:
            while not self._stop.is_set():
                try:
                    address = self._address or self._find_hub()
                    if address is None:
                        continue
                    self._converse(store, address)
                    tries = 0
                except (
                    StationError,
                    OSError,
                    ssl.SSLError,
                    concurrent.futures.TimeoutError,
                ) as error:
                    self._set(phase="waiting", problem=_problem(error))
                finally:
                    self._drop_claims()
                if self._stop.is_set():
                    break
                self._stop.wait(RETRY_S[min(tries, len(RETRY_S) - 1)])
                tries += 1
        finally:
            db.close()

    def _find_hub(self) -> str | None:
        """Listen for the hub's beacon for a few seconds; only a hub of this station's
        centres is taken (the TLS handshake then proves it)."""
        self._set(phase="searching", problem=None)
        identity = self._identity
        listed = {fp for sid, fp in identity.members.items() if sid != identity.station_id}
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if hasattr(socket, "SO_REUSEPORT"):
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            listener.bind(("", self._beacon_port))
            listener.settimeout(0.5)
            deadline = time.monotonic() + 3.0
            while time.monotonic() < deadline and not self._stop.is_set():
                try:
                    data, (host, _port) = listener.recvfrom(2048)
                    beacon = decode_beacon(data)
                except (TimeoutError, RoomProtocolError):
                    continue
                if beacon["certificate_sha256"] in listed:
                    return f"{host}:{beacon['port']}"
        return None

    def _converse(self, store: _Reading, address: str) -> None:
        """One connection: hello, welcome, then copy and answer until it breaks or we stop."""
        self._set(phase="connecting", address=address, problem=None)
        identity = self._identity
        host, _, port = address.rpartition(":")
        raw = socket.create_connection((host, int(port)), timeout=CONNECT_TIMEOUT_S)
        try:
            sock = identity.client_context().wrap_socket(raw, server_side=False)
        except BaseException:
            raw.close()
            raise
        with sock:
            hub_id = identity.check_hub(sock.getpeercert(binary_form=True), now_ms=self._now_ms())
            sock.settimeout(SILENCE_S)
            _send(
                sock,
                {
                    "type": "hello",
                    "protocol": PROTOCOL,
                    "station_id": identity.station_id,
                    "version": self._version,
                    "sessions": self._dispatch(self._hello).result(timeout=30),
                    "wall_ms": self._now_ms(),
                },
            )
            welcome = _receive(sock)
            if welcome["type"] == "error":
                raise RoomIdentityError(
                    QT_TR_NOOP("Hub ruang menolak stasiun ini: {problem}"),
                    problem=message_from_wire(welcome["error"]),
                )
            if welcome["type"] != "welcome":
                raise RoomProtocolError(QT_TR_NOOP("Hub ruang tidak menyapa dengan benar."))
            copying = _Copying(acked=dict(welcome["heads"]))
            self._set(
                phase="connected",
                hub_id=hub_id,
                since_wall_ms=self._now_ms(),
                problem=None,
                acked=dict(copying.acked),
            )
            self._loop(store, sock, hub_id, copying)

    def _loop(self, store: _Reading, sock: ssl.SSLSocket, hub_id: str, copying: _Copying) -> None:
        status_due = 0.0
        status_future: concurrent.futures.Future | None = None
        heard = time.monotonic()
        while not self._stop.is_set():
            while self._outgoing:
                _send(sock, self._outgoing.popleft())
            sent = len(copying.in_flight)
            pending = self._replicate(store, sock, copying, self._keys)
            self._set(pending_events=pending, acked=dict(copying.acked))
            now = time.monotonic()
            if len(copying.in_flight) > sent:  # something happened: the board hears soon
                status_due = min(status_due, now + STATUS_SOON_S)
            if now >= status_due and (status_future is None or status_future.done()):
                status_due = now + STATUS_EVERY_S
                status_future = self._dispatch(self._status)
                status_future.add_done_callback(self._queue_result)
            readable = sock.pending() > 0
            if not readable:
                ready, _, _ = select.select([sock, self._wake_r], [], [], POLL_S)
                readable = sock in ready
                if self._wake_r in ready:
                    with contextlib.suppress(OSError):
                        self._wake_r.recv(4096)
            if readable:
                message = _receive(sock)
                heard = time.monotonic()
                self._take(message, hub_id, copying)
            elif time.monotonic() - heard > SILENCE_S:
                raise RoomLinkError(
                    QT_TR_NOOP("Hub ruang tidak menjawab selama {seconds} detik."),
                    seconds=int(SILENCE_S),
                )

    def _queue_result(self, future: concurrent.futures.Future) -> None:
        """A dispatched job finished: send its frame from the link's thread."""
        try:
            frame = future.result()
        except Exception:  # the owner thread failed: the hub hears nothing and times out
            return
        if frame:
            self._outgoing.append(frame)
            self.wake()

    def _take(self, message: dict[str, Any], hub_id: str, copying: _Copying) -> None:
        kind = message["type"]
        if kind == "ack":
            attempt_id, seq = message["attempt_id"], message["seq"]
            copying.in_flight.pop(attempt_id, None)
            problem = message.get("problem")
            if problem == "diverged":
                copying.stuck.add(attempt_id)
                self._set(
                    problem=Message(
                        QT_TR_NOOP("Salinan hub untuk ujian {attempt} berbeda dari stasiun ini."),
                        {"attempt": attempt_id},
                    )
                )
                return
            if problem in ("gap", "unknown_attempt"):
                copying.sent_rows.pop(attempt_id, None)
            copying.acked[attempt_id] = seq
            return
        if kind == "claimed":
            future = self._claims.get(message["id"])
            if future is not None and not future.done():
                future.set_result({"ok": message["ok"], "error": message["error"]})
            return
        if kind in ("command", "seat", "export"):
            future = self._dispatch(lambda: self._handle(message, hub_id))
            future.add_done_callback(self._queue_result)
            return
        if kind == "error":
            raise RoomLinkError(
                QT_TR_NOOP("Hub ruang memutus sambungan: {problem}"),
                problem=message_from_wire(message["error"]),
            )
        # "pong" and anything else the hub may say: already counted as a sign of life.

    @staticmethod
    def _replicate(
        store: _Reading, sock: ssl.SSLSocket, copying: _Copying, keys: StationKeys
    ) -> int:
        """Send what the hub lacks: changed attempt rows, then one batch of events per attempt."""
        heads = store.events.replication_heads()
        moved = store.room.moved_away()
        pending = 0
        for record in store.attempts.attempts():
            attempt_id = record.attempt_id
            if attempt_id in copying.stuck:
                continue
            signature = (
                record.status,
                record.end_reason,
                record.heartbeat_wall_ms,
                record.heartbeat_used_ms,
                record.seal_signature is not None,
            )
            if attempt_id not in moved and copying.sent_rows.get(attempt_id) != signature:
                nip = copying.nips.get(attempt_id)
                if nip is None:
                    entry = store.sessions.roster_entry_by_index(
                        record.session_id, record.nip_index, keys=keys
                    )
                    if entry is None:  # a candidate no roster here names: nothing to say who
                        copying.stuck.add(attempt_id)
                        continue
                    nip = copying.nips[attempt_id] = entry.nip.digits
                _send(sock, {"type": "attempt", "attempt": attempt_row(record), "nip": nip})
                copying.sent_rows[attempt_id] = signature
            local = heads.get(attempt_id, -1)
            hub = copying.acked.get(attempt_id, -1)
            if local > hub and attempt_id not in moved:
                pending += local - hub
            if local > hub and attempt_id not in copying.in_flight:
                events = store.events.events_after(attempt_id, hub, limit=MAX_EVENTS_PER_FRAME)
                if events:
                    _send(
                        sock,
                        {
                            "type": "events",
                            "attempt_id": attempt_id,
                            "events": events_to_wire(events),
                        },
                    )
                    copying.in_flight[attempt_id] = events[-1][0].seq
        return pending


# --------------------------------------------------------------- frames


def _send(sock: ssl.SSLSocket, message: dict[str, Any]) -> None:
    sock.sendall(encode_frame(message))


def _read_exactly(sock: ssl.SSLSocket, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise RoomLinkError(QT_TR_NOOP("Hub ruang menutup sambungan."))
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _receive(sock: ssl.SSLSocket) -> dict[str, Any]:
    length = frame_length(_read_exactly(sock, HEADER_BYTES))
    return decode_message(_read_exactly(sock, length), sender="hub")


def _problem(error: BaseException) -> Message:
    if isinstance(error, StationError):
        return error.message
    if isinstance(error, ssl.SSLError):
        return Message(
            QT_TR_NOOP("TLS dengan hub ruang gagal ({problem})."),
            {"problem": error.reason or str(error)},
        )
    if isinstance(error, concurrent.futures.TimeoutError):
        return Message(QT_TR_NOOP("Stasiun sibuk; pesan hub belum terjawab."))
    return Message(
        QT_TR_NOOP("Hub ruang tidak dapat dihubungi: {problem}."),
        {"problem": getattr(error, "strerror", None) or str(error) or type(error).__name__},
    )
