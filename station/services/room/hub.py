"""The room hub on the proctor's PC: stations join it, copy every event to it, and take its messages.

The hub listens with TLS on the LAN (and announces itself with a UDP beacon
where that is allowed). Each station of its centres holds one connection;
every frame is checked as hostile. Events are written to ``hub.db`` by one
writer thread that commits whatever has arrived from every station in one
fsynced transaction (group commit) before acknowledging it, so a station
learns only of copies that survive a power cut. The hub keeps the room's
live view in memory (stations, their candidates, how far each copy
reaches) and carries the proctor's messages to stations: those that must
reach every station (release, attendance, roster changes, closing, seat
changes) are kept in ``hub.db`` until each station has carried them out;
the rest (pause, resume, extra time, ending an attempt) go now or are
reported as not delivered (ADR 0020).
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import contextlib
import queue
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from station.crypto.chain import AttemptKeys, verify_chain
from station.crypto.errors import CryptoError
from station.crypto.keyring import StationKeys, unwrap_attempt_key_for_session
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.formats.room import (
    HEADER_BYTES,
    PROTOCOL,
    RoomProtocolError,
    decode_message,
    encode_beacon,
    encode_frame,
    frame_length,
    message_from_wire,
    message_to_wire,
)
from station.services.attempt_document import events_from_wire, events_to_wire, unb64
from station.services.room.identity import (
    BEACON_PORT,
    DEFAULT_PORT,
    RoomError,
    RoomIdentity,
    RoomIdentityError,
)
from station.services.transfer import COPY_FORMAT
from station.store.errors import SessionSealedError, StoreError
from station.store.hub_store import (
    CopyRecord,
    Delivery,
    EventsWrite,
    HubSeatChange,
    HubStore,
    RoomConflict,
    RowWrite,
    WriteResult,
)
from station.store.session_repo import SessionRepo
from station.store.station_db import StationDb

HELLO_TIMEOUT_S = 10.0
SILENCE_S = 12.0
BEACON_EVERY_S = 2.0
TRANSIENT_BASE = 1 << 40
"""Messages that are not kept (pause, export…) are numbered above every kept delivery."""
Log = Callable[[dict[str, Any]], None]


class HubError(RoomError):
    """The hub could not do what the proctor asked (a station away, a refusal, a disk failure)."""


@dataclass(frozen=True, slots=True)
class StationView:
    """One station of the room as the hub sees it now."""

    station_id: str
    listed: bool = True
    """HQ listed it in the centre (a station never seen is still shown)."""
    connected: bool = False
    address: str = ""
    version: str = ""
    since_wall_ms: int | None = None
    last_seen_wall_ms: int | None = None
    unlocked: bool = False
    screen: str = ""
    sessions: dict[str, dict[str, bool]] = field(default_factory=dict)
    rows: tuple[dict[str, Any], ...] = ()
    local_heads: dict[str, int] = field(default_factory=dict)
    hub_heads: dict[str, int] = field(default_factory=dict)
    problem: Message | None = None

    @property
    def lag(self) -> int:
        """Events this station reported that the hub does not hold yet."""
        return sum(
            max(0, seq - self.hub_heads.get(attempt_id, -1))
            for attempt_id, seq in self.local_heads.items()
        )

    def live_attempts(self) -> list[str]:
        return [
            row["attempt_id"]
            for row in self.rows
            if row["status"] in ("not_started", "in_progress", "between_sections", "paused")
            and not row["moved_to"]
        ]


@dataclass(frozen=True, slots=True)
class Refusal:
    """A connection the hub refused (a foreign or revoked certificate, a bad hello)."""

    wall_ms: int
    peer: str
    problem: Message


@dataclass(frozen=True, slots=True)
class RoomSnapshot:
    hub_id: str
    port: int
    stations: tuple[StationView, ...]
    refusals: tuple[Refusal, ...]
    orphans: dict[tuple[str, str], int]


class _Writer(threading.Thread):
    """The one thread that uses ``hub.db``: writes grouped into one transaction, calls in order."""

    def __init__(self, path: Path, wall_ms: Callable[[], int]) -> None:
        super().__init__(name="cact-hub-writer", daemon=True)
        self._path = path
        self._wall_ms = wall_ms
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._ready = threading.Event()
        self._failed: BaseException | None = None

    def open(self) -> None:
        self.start()
        self._ready.wait()
        if self._failed is not None:
            raise self._failed

    def write(self, item: RowWrite | EventsWrite) -> concurrent.futures.Future[WriteResult]:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._queue.put(("write", item, future))
        return future

    def call(self, work: Callable[[HubStore], Any]) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._queue.put(("call", work, future))
        return future

    def close(self) -> None:
        self._queue.put(None)
        self.join(10)

    def run(self) -> None:
        try:
            store = HubStore.open(self._path)
        except BaseException as error:
            self._failed = error
            self._ready.set()
            return
        self._ready.set()
        try:
            running = True
            while running:
                batch = [self._queue.get()]
                with contextlib.suppress(queue.Empty):
                    while len(batch) < 4096:
                        batch.append(self._queue.get_nowait())
                writes: list[tuple[Any, concurrent.futures.Future]] = []
                for entry in batch:
                    if entry is None:
                        running = False
                        continue
                    kind, payload, future = entry
                    if kind == "write":
                        writes.append((payload, future))
                        continue
                    self._flush(store, writes)
                    writes = []
                    if not future.set_running_or_notify_cancel():
                        continue
                    try:
                        _settle(future, result=payload(store))
                    except BaseException as error:
                        _settle(future, error=error)
                self._flush(store, writes)
        finally:
            store.close()

    def _flush(self, store: HubStore, writes: list) -> None:
        if not writes:
            return
        try:
            results = store.apply([w for w, _ in writes], wall_ms=self._wall_ms())
        except BaseException as error:
            for _, future in writes:
                _settle(future, error=error)
            return
        for (_, future), result in zip(writes, results, strict=True):
            _settle(future, result=result)


def _settle(
    future: concurrent.futures.Future, *, result: Any = None, error: BaseException | None = None
) -> None:
    """Answer a future unless its waiter gave up (a connection closed, the hub stopping)."""
    with contextlib.suppress(concurrent.futures.InvalidStateError):
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


@dataclass(eq=False)
class _Connection:
    station_id: str
    writer: asyncio.StreamWriter
    peer: str

    def send(self, message: dict[str, Any]) -> None:
        self.writer.write(encode_frame(message))


class RoomHub:
    """The hub's server; every public method may be called from any thread."""

    def __init__(
        self,
        *,
        identity: RoomIdentity,
        keys: StationKeys,
        hub_database: Path,
        station_database: Path,
        now_ms: Callable[[], int],
        listen: str = f"0.0.0.0:{DEFAULT_PORT}",
        beacon_to: str | None = "255.255.255.255",
        beacon_port: int = BEACON_PORT,
        log: Log | None = None,
    ) -> None:
        self._identity = identity
        if not self._identity.can_host:
            raise RoomIdentityError(
                QT_TR_NOOP(
                    "Sertifikat stasiun {station} bukan untuk hub ruang; minta HQ mendaftarkannya dengan --room-hub."
                ),
                station=self._identity.station_id,
            )
        self.hub_id = self._identity.station_id
        self._keys = keys
        self._station_database = station_database
        self._now_ms = now_ms
        host, _, port = listen.rpartition(":")
        self._host, self._port = host or "0.0.0.0", int(port)  # noqa: S104 - a LAN service
        self._beacon_to = beacon_to
        self._beacon_port = beacon_port
        self._log = log or (lambda entry: None)
        self._writer = _Writer(hub_database, now_ms)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._start_error: BaseException | None = None
        self._lock = threading.Lock()
        self._views: dict[str, StationView] = {
            sid: StationView(sid) for sid in self._identity.members if sid != self.hub_id
        }
        self._refusals: list[Refusal] = []
        self._tasks: set[asyncio.Task] = set()
        self._orphans: dict[tuple[str, str], int] = {}
        self._connections: dict[str, _Connection] = {}
        self._waiting: dict[int, tuple[str, asyncio.Future]] = {}

    # ------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        return self._port

    def start(self) -> int:
        """Open ``hub.db``, listen, and announce the hub; returns the port listened on."""
        self._writer.open()
        self._orphans = self._writer.call(lambda s: s.orphan_counts()).result()
        self._thread = threading.Thread(target=self._run, name="cact-hub", daemon=True)
        self._thread.start()
        self._started.wait(30)
        if self._start_error is not None:
            self._writer.close()
            raise self._start_error
        self._log({"event": "hub_started", "hub": self.hub_id, "port": self._port})
        return self._port

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(15)
            self._thread.join(15)
        self._writer.close()
        self._log({"event": "hub_stopped", "hub": self.hub_id})

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._open())
        except BaseException as error:
            self._start_error = error
            self._started.set()
            loop.close()
            return
        self._started.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _open(self) -> None:
        self._server = await asyncio.start_server(
            self._serve,
            self._host,
            self._port,
            ssl=self._identity.server_context(),
            ssl_handshake_timeout=HELLO_TIMEOUT_S,
        )
        self._port = self._server.sockets[0].getsockname()[1]
        if self._beacon_to:
            self._tasks.add(asyncio.get_running_loop().create_task(self._beacon()))

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for _station, waiter in self._waiting.values():
            if not waiter.done():
                waiter.cancel()
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        asyncio.get_running_loop().call_soon(asyncio.get_running_loop().stop)

    async def _beacon(self) -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sender.setblocking(False)
            data = encode_beacon(
                hub_id=self.hub_id,
                port=self._port,
                certificate_sha256=self._identity.fingerprint,
                centres=list(self._identity.centres),
            )
            while True:
                with contextlib.suppress(OSError):
                    sender.sendto(data, (self._beacon_to, self._beacon_port))
                await asyncio.sleep(BEACON_EVERY_S)

    # ----------------------------------------------------------- snapshots

    def snapshot(self) -> RoomSnapshot:
        with self._lock:
            return RoomSnapshot(
                self.hub_id,
                self._port,
                tuple(sorted(self._views.values(), key=lambda v: v.station_id)),
                tuple(self._refusals[-20:]),
                dict(self._orphans),
            )

    def station(self, station_id: str) -> StationView | None:
        with self._lock:
            return self._views.get(station_id)

    def _update(self, station_id: str, **changes: Any) -> None:
        with self._lock:
            view = self._views.get(station_id) or StationView(station_id, listed=False)
            self._views[station_id] = replace(view, **changes)

    # -------------------------------------------------------------- serving

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        peer = _peer(writer)
        station_id = None
        connection = None
        try:
            identity = self._identity
            ssl_object = writer.get_extra_info("ssl_object")
            der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
            station_id = identity.check_station(der, now_ms=self._now_ms())
            hello = await asyncio.wait_for(_read(reader), HELLO_TIMEOUT_S)
            if hello["type"] != "hello" or hello["station_id"] != station_id:
                raise RoomIdentityError(
                    QT_TR_NOOP("Sapaan {station} tidak sesuai sertifikatnya."), station=station_id
                )
            connection = _Connection(station_id, writer, peer)
            old = self._connections.get(station_id)
            self._connections[station_id] = connection
            if old is not None:
                old.writer.close()
            now = self._now_ms()
            await self._db(
                lambda s: s.station_seen(
                    station_id,
                    fingerprint=identity.members[station_id],
                    version=hello["version"],
                    wall_ms=now,
                )
            )
            heads = await self._db(lambda s: s.heads_for(station_id))
            connection.send(
                {
                    "type": "welcome",
                    "protocol": PROTOCOL,
                    "hub_id": self.hub_id,
                    "heads": heads,
                    "wall_ms": now,
                }
            )
            self._update(
                station_id,
                connected=True,
                address=peer,
                version=hello["version"],
                since_wall_ms=now,
                last_seen_wall_ms=now,
                sessions={
                    s["session_id"]: {"released": s["released"], "closed": s["closed"]}
                    for s in hello["sessions"]
                },
                hub_heads=dict(heads),
                problem=None,
            )
            self._log({"event": "station_joined", "station": station_id, "peer": peer})
            await self._push_pending(connection)
            while True:
                message = await asyncio.wait_for(_read(reader, sender="station"), SILENCE_S)
                await self._take(connection, message)
                await writer.drain()
        except RoomIdentityError as error:
            self._refuse(writer, peer, error.message)
        except RoomProtocolError as error:
            self._refuse(writer, peer, error.message, station_id=station_id)
        except StoreError as error:
            self._log({"event": "hub_storage_failed", "station": station_id, "error": str(error)})
            with contextlib.suppress(Exception):
                writer.write(
                    encode_frame({"type": "error", "error": message_to_wire(error.message)})
                )
            if station_id:
                self._update(station_id, problem=error.message)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            pass  # the hub is stopping
        finally:
            if connection is not None and self._connections.get(station_id) is connection:
                del self._connections[station_id]
                self._update(station_id, connected=False, last_seen_wall_ms=self._now_ms())
                self._log({"event": "station_left", "station": station_id})
                for number, (waited, waiter) in list(self._waiting.items()):
                    if waited == station_id and not waiter.done():
                        waiter.set_exception(_away(station_id))
                        self._waiting.pop(number, None)
            with contextlib.suppress(Exception):
                writer.close()

    def _refuse(
        self, writer: asyncio.StreamWriter, peer: str, problem: Message, *, station_id=None
    ) -> None:
        with self._lock:
            self._refusals.append(Refusal(self._now_ms(), peer, problem))
        self._log(
            {
                "event": "station_refused",
                "peer": peer,
                "station": station_id,
                "problem": problem.render(),
            }
        )
        with contextlib.suppress(Exception):
            writer.write(encode_frame({"type": "error", "error": message_to_wire(problem)}))

    async def _db(self, work: Callable[[HubStore], Any]) -> Any:
        return await asyncio.wrap_future(self._writer.call(work))

    async def _take(self, connection: _Connection, message: dict[str, Any]) -> None:
        station_id = connection.station_id
        kind = message["type"]
        now = self._now_ms()
        if kind == "attempt":
            row = message["attempt"]
            index = self._keys.nip_index("roster", message["nip"])
            result = await asyncio.wrap_future(self._writer.write(RowWrite(station_id, row, index)))
            if result.problem:
                self._log(
                    {"event": "row_refused", "station": station_id, "problem": result.problem}
                )
            return
        if kind == "events":
            events = tuple(events_from_wire(message["events"]))
            result = await asyncio.wrap_future(
                self._writer.write(EventsWrite(station_id, message["attempt_id"], events))
            )
            ack = {"type": "ack", "attempt_id": result.attempt_id, "seq": result.head_seq}
            if result.problem:
                ack["problem"] = result.problem
                self._log(
                    {
                        "event": "events_not_stored",
                        "station": station_id,
                        "attempt": result.attempt_id,
                        "problem": result.problem,
                    }
                )
                if result.orphaned:
                    key = (result.attempt_id, station_id)
                    with self._lock:
                        self._orphans[key] = self._orphans.get(key, 0) + result.orphaned
            connection.send(ack)
            with self._lock:
                view = self._views.get(station_id)
                if view is not None:
                    heads = {**view.hub_heads, result.attempt_id: result.head_seq}
                    self._views[station_id] = replace(view, hub_heads=heads, last_seen_wall_ms=now)
            return
        if kind == "status":
            before = self.station(station_id)
            unlocked = message["unlocked"]
            # A locked station reports no candidates: the board keeps what it last said.
            rows = tuple(message["rows"]) if unlocked or message["rows"] else before.rows
            sessions = {
                s["session_id"]: {"released": s["released"], "closed": s["closed"]}
                for s in message["sessions"]
            }
            self._update(
                station_id,
                unlocked=unlocked,
                screen=message["screen"],
                rows=rows,
                local_heads=dict(message["heads"]),
                sessions=sessions if unlocked else before.sessions,
                last_seen_wall_ms=now,
            )
            connection.send({"type": "pong", "wall_ms": now})
            if unlocked and before is not None and not before.unlocked:
                await self._push_pending(connection)  # what waited for the vault to open
            return
        if kind in ("result", "bundle"):
            _, waiter = self._waiting.pop(message["id"], (None, None))
            if kind == "result" and message["id"] < TRANSIENT_BASE and not message.get("retry"):
                ok = message["ok"]
                await self._db(
                    lambda s: s.delivered(message["id"], ok=ok, wall_ms=now, keys=self._keys)
                )
            if waiter is not None and not waiter.done():
                waiter.set_result(message)
            return
        if kind == "claim":
            await self._answer_claim(connection, message, now)
            return
        if kind == "hello":
            raise RoomProtocolError(QT_TR_NOOP("Stasiun menyapa dua kali."))

    async def _answer_claim(
        self, connection: _Connection, message: dict[str, Any], now: int
    ) -> None:
        """A station asks before it begins a candidate's attempt: one live attempt per
        candidate in the room unless the proctor decided a seat change or a retest."""
        station_id = connection.station_id
        session_id, nip = message["session_id"], message["nip"]
        index = self._keys.nip_index("roster", nip)
        others = await self._db(lambda s: s.claim(session_id, index, station_id, wall_ms=now))
        error = None
        if others:
            error = message_to_wire(
                Message(
                    QT_TR_NOOP(
                        "Peserta NIP {nip} sudah mempunyai ujian sesi ini di stasiun {stations}."
                        " Ujian kedua hanya dapat dimulai bila pengawas memutuskannya di konsol"
                        " ruang (pindah kursi atau ujian ulang)."
                    ),
                    {"nip": nip, "stations": ", ".join(others)},
                )
            )
            self._log({"event": "claim_refused", "station": station_id, "others": list(others)})
        connection.send({"type": "claimed", "id": message["id"], "ok": not others, "error": error})

    async def _push_pending(self, connection: _Connection) -> None:
        pending = await self._db(
            lambda s: s.pending_deliveries(connection.station_id, keys=self._keys)
        )
        for delivery in pending:
            await self._push(connection, delivery)

    async def _push(self, connection: _Connection, delivery: Delivery) -> None:
        message = {**delivery.body["message"], "id": delivery.id}
        if message["type"] == "seat":
            copy_of = delivery.body.get("copy_of")
            message["copy"] = (
                await self._db(lambda s: _copy_document(s, copy_of, self.hub_id))
                if copy_of
                else None
            )
        connection.send(message)

    # --------------------------------------------------------- to stations

    def _call(self, coroutine, timeout_s: float) -> Any:
        if self._loop is None:
            raise HubError(QT_TR_NOOP("Hub ruang belum berjalan."))
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout_s + 5)

    def ask(self, station_id: str, message: dict[str, Any], *, timeout_s: float = 8.0) -> dict:
        """Send a message that is not kept (a pause, a bundle request) and wait for the answer."""
        return self._call(self._ask(station_id, message, timeout_s), timeout_s)

    async def _ask(self, station_id: str, message: dict[str, Any], timeout_s: float) -> dict:
        connection = self._connections.get(station_id)
        if connection is None:
            raise _away(station_id)
        number = TRANSIENT_BASE + secrets.randbelow(1 << 61)
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[number] = (station_id, waiter)
        connection.send({**message, "id": number})
        try:
            return await asyncio.wait_for(waiter, timeout_s)
        except TimeoutError:
            raise HubError(
                QT_TR_NOOP("Stasiun {station} tidak menjawab dalam {seconds} detik."),
                station=station_id,
                seconds=int(timeout_s),
            ) from None
        finally:
            self._waiting.pop(number, None)

    def deliver(
        self, entries: list[tuple[str, str, dict[str, Any]]], *, wait_s: float = 5.0
    ) -> dict[str, dict | None]:
        """Keep ``(station, session, message)`` for each station until carried out, send them to
        the connected ones, and wait up to ``wait_s`` for their answers (None: not yet)."""
        return self._call(self._deliver(entries, wait_s), wait_s)

    async def _deliver(self, entries, wait_s: float) -> dict[str, dict | None]:
        now = self._now_ms()
        rows = [
            (station, session, message["type"], {"message": message, "copy_of": None})
            for station, session, message in entries
        ]
        owed = await self._db(lambda s: s.add_deliveries(rows, wall_ms=now, keys=self._keys))
        return await self._send_kept(owed, wait_s)

    async def _send_kept(self, deliveries: list[Delivery], wait_s: float):
        """Push kept deliveries to the stations connected now and wait for their answers."""
        waiters = {}
        for delivery in deliveries:
            connection = self._connections.get(delivery.station_id)
            if connection is None:
                continue
            waiter = asyncio.get_running_loop().create_future()
            self._waiting[delivery.id] = (delivery.station_id, waiter)
            waiters[delivery.station_id] = waiter
            await self._push(connection, delivery)
        answers: dict[str, dict | None] = {d.station_id: None for d in deliveries}
        if waiters:
            await asyncio.wait(list(waiters.values()), timeout=wait_s)
        for station_id, waiter in waiters.items():
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                answers[station_id] = waiter.result()
        return answers

    def move(
        self,
        attempt_id: str,
        *,
        to_station: str,
        message: dict[str, Any],
        body: dict[str, Any],
        wait_s: float = 8.0,
    ) -> tuple[HubSeatChange, dict | None]:
        """Make ``to_station`` the holder of the copy and owe both stations their part of the
        seat change (``message`` is the ``seat`` frame without its copy)."""
        return self._call(self._move(attempt_id, to_station, message, body, wait_s), wait_s)

    async def _move(self, attempt_id, to_station, message, body, wait_s):
        now = self._now_ms()
        copy = await self._db(lambda s: s.copy(attempt_id))
        if copy is None:
            raise HubError(
                QT_TR_NOOP("Hub tidak memegang salinan ujian {attempt}."), attempt=attempt_id
            )
        source = copy.holder_station_id
        told_source = False
        if source in self._connections:
            # The old seat still answers: it stops writing first, then its last events arrive.
            answer = await self._ask(source, {**message, "copy": None}, wait_s)
            if not answer.get("ok"):
                raise HubError(
                    QT_TR_NOOP("Stasiun {station} menolak melepas ujian: {problem}"),
                    station=source,
                    problem=message_from_wire(answer.get("error")),
                )
            told_source = True
            final = answer.get("head_seq", copy.head_seq)
            deadline = time.monotonic() + wait_s
            while time.monotonic() < deadline:
                current = await self._db(lambda s: s.copy(attempt_id))
                if current.head_seq >= final:
                    break
                await asyncio.sleep(0.05)
            else:
                raise HubError(
                    QT_TR_NOOP(
                        "Kejadian terakhir ujian dari stasiun {station} belum sampai ke hub."
                    ),
                    station=source,
                )
        deliveries = [(to_station, "seat", {"message": message, "copy_of": attempt_id})]
        if not told_source:
            deliveries.append((source, "seat", {"message": message, "copy_of": None}))
        change, owed = await self._db(
            lambda s: s.add_seat_change(
                attempt_id=attempt_id,
                to_station=to_station,
                body=body,
                wall_ms=now,
                keys=self._keys,
                deliveries=deliveries,
            )
        )
        self._log(
            {
                "event": "seat_changed",
                "attempt": attempt_id,
                "from": source,
                "to": to_station,
                "head": change.head_seq,
            }
        )
        answers = await self._send_kept(owed, wait_s)
        return change, answers.get(to_station)

    # -------------------------------------------------------------- copies

    def copies(self, *, session_id: str | None = None) -> list[CopyRecord]:
        return self._writer.call(lambda s: s.copies(session_id=session_id)).result(30)

    def copy(self, attempt_id: str) -> CopyRecord | None:
        return self._writer.call(lambda s: s.copy(attempt_id)).result(30)

    def copy_for(self, session_id: str, nip: str) -> CopyRecord | None:
        index = self._keys.nip_index("roster", nip)
        return self._writer.call(lambda s: s.copy_for(session_id, index)).result(30)

    def copy_document(self, attempt_id: str) -> dict[str, Any]:
        return self._writer.call(lambda s: _copy_document(s, attempt_id, self.hub_id)).result(30)

    def conflicts(self, session_id: str) -> list[RoomConflict]:
        return self._writer.call(lambda s: s.conflicts(session_id)).result(30)

    def allow_retest(self, session_id: str, nip: str, station_id: str, body: dict) -> None:
        index = self._keys.nip_index("roster", nip)
        now = self._now_ms()
        self._writer.call(
            lambda s: s.allow_retest(session_id, index, station_id, body=body, wall_ms=now)
        ).result(30)
        self._log({"event": "retest_allowed", "station": station_id})

    def decide(self, session_id: str, nip: str) -> None:
        """The proctor decided this candidate's refused starts (a seat change)."""
        index = self._keys.nip_index("roster", nip)
        now = self._now_ms()

        def work(store: HubStore) -> None:
            with store.transaction():
                store.decide(session_id, index, wall_ms=now)

        self._writer.call(work).result(30)

    def seat_changes(self) -> list[HubSeatChange]:
        return self._writer.call(lambda s: s.seat_changes(keys=self._keys)).result(30)

    def deliveries(self) -> list[Delivery]:
        return self._writer.call(lambda s: s.deliveries(keys=self._keys)).result(30)

    def verify_copies(self) -> list[tuple[str, int, Message | None]]:
        """Check every copy's chain from genesis (see :func:`verify_copies`)."""
        return self._writer.call(
            lambda store: verify_copies(store, self._station_database, self._keys)
        ).result(300)


NOT_RELEASED_HERE = QT_TR_NOOP(
    "belum dapat diperiksa: sesi {session} belum dibuka dengan kode rilis di PC ini"
)
"""A copy whose session key this PC does not hold yet: unchecked, not damaged."""


def verify_copies(
    store: HubStore, station_database: Path, keys: StationKeys
) -> list[tuple[str, int, Message | None]]:
    """Check every copy's chain from genesis with the session's key (it never leaves the hub
    station): ``(attempt, head, problem)``. The copies prove themselves without any station."""
    station = StationDb.open(station_database)
    sessions = SessionRepo(station)
    try:
        results = []
        for copy in store.copies():
            records = [r for r, _ in store.copy_events(copy.attempt_id)]
            try:
                session_key = sessions.session_key(copy.session_id, keys=keys)
            except SessionSealedError:
                results.append(
                    (
                        copy.attempt_id,
                        copy.head_seq,
                        Message(NOT_RELEASED_HERE, {"session": copy.session_id}),
                    )
                )
                continue
            except (CryptoError, StoreError) as error:
                results.append((copy.attempt_id, copy.head_seq, error.message))
                continue
            try:
                key = unwrap_attempt_key_for_session(
                    session_key, copy.attempt_id, unb64(copy.row["key_wrap_session"]) or b""
                )
                head = verify_chain(
                    AttemptKeys(copy.attempt_id, key),
                    records,
                    station_id=copy.origin_station_id,
                    package_id=copy.row["package_id"],
                    decrypt=False,
                )
                results.append((copy.attempt_id, head.seq, None))
            except (CryptoError, StoreError) as error:
                results.append((copy.attempt_id, copy.head_seq, error.message))
        return results
    finally:
        station.close()


def _copy_document(store: HubStore, attempt_id: str, hub_id: str) -> dict[str, Any]:
    """The hub's copy as an attempt copy (``cact-attempt-copy/1``), ready for a spare seat."""
    copy = store.copy(attempt_id)
    if copy is None:
        raise HubError(
            QT_TR_NOOP("Hub tidak memegang salinan ujian {attempt}."), attempt=attempt_id
        )
    row = {
        **copy.row,
        "heartbeat_wall_ms": copy.heartbeat_wall_ms,
        "heartbeat_used_ms": copy.heartbeat_used_ms,
    }
    return {
        "format": COPY_FORMAT,
        "from_station": hub_id,
        "attempt": row,
        "events": events_to_wire(store.copy_events(attempt_id)),
    }


async def _read(reader: asyncio.StreamReader, *, sender: str = "station") -> dict[str, Any]:
    length = frame_length(await reader.readexactly(HEADER_BYTES))
    return decode_message(await reader.readexactly(length), sender=sender)


def _peer(writer: asyncio.StreamWriter) -> str:
    peer = writer.get_extra_info("peername")
    return f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)


def _away(station_id: str) -> HubError:
    return HubError(QT_TR_NOOP("Stasiun {station} tidak terhubung ke hub."), station=station_id)


def bundle_bytes(message: dict[str, Any]) -> bytes:
    """The bundle a station sent for the room export."""
    return base64.b64decode(message["data"], validate=True)


def bundle_files(message: dict[str, Any]) -> list[tuple[str, bytes]]:
    """Every bundle a station sent for the room export: ``(file name, bytes)``."""
    return [
        (entry["file_name"], bundle_bytes(entry)) for entry in [message, *message.get("others", [])]
    ]
