"""The room protocol ``cact-room/1``: frames between the stations of a room and their hub (ADR 0020).

Over one mutually authenticated TLS connection per station, each message is
a frame: four big-endian bytes giving the length, then that many bytes of
canonical JSON, an object whose ``type`` names it. Every frame is read as
hostile: a length above :data:`MAX_FRAME_BYTES` is refused before anything
is read, then the JSON is parsed strictly and checked against the schema of
its type; binary fields are base64. Nothing here decides anything: the
services act on what :func:`decode_message` returns.

The hub's beacon (:func:`encode_beacon`, :func:`decode_beacon`) is one UDP
datagram that tells stations on the LAN where the hub listens. It is only a
hint: the TLS handshake and the certificate checks decide whom to trust.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.formats.errors import FormatError
from station.formats.schema import Schema

PROTOCOL = "cact-room/1"
BEACON_FORMAT = "cact-room-beacon/1"
HEADER_BYTES = 4
MAX_FRAME_BYTES = 48 * 1024 * 1024
"""A station's whole bundle travels in one frame at the room export; anything larger goes by USB."""
MAX_EVENTS_PER_FRAME = 512
MAX_ROWS = 256
MAX_BEACON_BYTES = 1024

ATTEMPT_ID = re.compile(r"[0-9a-f]{32}")
STATUSES = ("none", "not_started", "between_sections", "in_progress", "paused", "ended", "broken")


class RoomProtocolError(FormatError):
    """A frame from the other end of a room connection is not ``cact-room/1``."""


# ---------------------------------------------------------------- messages


def message_to_wire(message: Message) -> dict[str, Any]:
    """A translatable message as it travels: its template and plain parameters (nested
    messages rendered), so the other end shows it in its own language."""
    params = {
        key: value.render() if isinstance(value, Message) else value
        for key, value in message.params.items()
        if isinstance(value, Message | str | int | bool) or value is None
    }
    return {"template": message.template, "params": params}


def message_from_wire(data: Mapping[str, Any] | None) -> Message:
    data = data or {}
    return Message(str(data.get("template", "")), dict(data.get("params") or {}))


# ----------------------------------------------------------------- framing


def encode_frame(message: Mapping[str, Any]) -> bytes:
    """One frame: length header and canonical JSON of ``message`` (which names its ``type``)."""
    body = canonical_json(dict(message))
    if len(body) > MAX_FRAME_BYTES:
        raise RoomProtocolError(
            QT_TR_NOOP("Pesan ruang {type} terlalu besar ({size} bita)."),
            type=message.get("type", "?"),
            size=len(body),
        )
    return len(body).to_bytes(HEADER_BYTES, "big") + body


def frame_length(header: bytes) -> int:
    """The body length a header announces; refused before reading when it is too large."""
    if len(header) != HEADER_BYTES:
        raise RoomProtocolError(QT_TR_NOOP("Bingkai pesan ruang terpotong."))
    length = int.from_bytes(header, "big")
    if length == 0 or length > MAX_FRAME_BYTES:
        raise RoomProtocolError(
            QT_TR_NOOP("Bingkai pesan ruang menyebut panjang {size} bita; batasnya {limit}."),
            size=length,
            limit=MAX_FRAME_BYTES,
        )
    return length


# --------------------------------------------------------------- messages


def decode_message(body: bytes, *, sender: str) -> dict[str, Any]:
    """Parse one frame's body strictly and check it against its type's schema.

    ``sender`` is ``"station"`` or ``"hub"``: each end accepts only the
    messages the other end may send.
    """
    schema = Schema(f"{PROTOCOL} ({sender})", RoomProtocolError)
    try:
        message = parse_json(body)
    except (CanonicalJsonError, ValueError, UnicodeDecodeError):
        raise schema.fail("$", QT_TR_NOOP("bukan JSON yang sah")) from None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise schema.fail("$", QT_TR_NOOP("harus objek dengan kolom type"))
    checks = _FROM_STATION if sender == "station" else _FROM_HUB
    check = checks.get(message["type"])
    if check is None:
        raise schema.fail(
            "$.type", QT_TR_NOOP("jenis pesan {type!r} tidak dikenal"), type=message["type"]
        )
    check(schema, message)
    return message


def _nullable_int(schema: Schema, value: Any, where: str, *, low: int = 0) -> int | None:
    return None if value is None else schema.integer(value, where, low=low, high=2**63 - 1)


def _attempt_id(schema: Schema, value: Any, where: str) -> str:
    if not isinstance(value, str) or not ATTEMPT_ID.fullmatch(value):
        raise schema.fail(where, QT_TR_NOOP("harus nomor ujian (32 heksadesimal)"))
    return value


def _nip(schema: Schema, value: Any, where: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{18}", value):
        raise schema.fail(where, QT_TR_NOOP("harus NIP 18 angka"))
    return value


def _message_dict(schema: Schema, value: Any, where: str) -> None:
    entry = schema.obj(value, where, required={"template", "params"})
    schema.text(entry["template"], f"{where}.template")
    if not isinstance(entry["params"], dict):
        raise schema.fail(f"{where}.params", QT_TR_NOOP("harus berupa objek JSON"))


def _actor(schema: Schema, value: Any, where: str) -> None:
    actor = schema.obj(value, where, required={"role"}, optional={"name", "nip"})
    schema.text(actor["role"], f"{where}.role")
    for key in ("name", "nip"):
        if key in actor:
            schema.text(actor[key], f"{where}.{key}", allow_empty=True)


ATTEMPT_FIELDS = {
    "attempt_id",
    "session_id",
    "exam_id",
    "package_id",
    "origin_station_id",
    "status",
    "end_reason",
    "created_wall_ms",
    "ended_wall_ms",
    "key_wrap_session",
    "key_wrap_hq",
    "heartbeat_wall_ms",
    "heartbeat_used_ms",
    "seal_statement",
    "seal_signature",
}


def check_attempt_row(schema: Schema, value: Any, where: str) -> dict[str, Any]:
    """An attempt's row as :func:`station.services.attempt_document.attempt_document` writes it."""
    row = schema.obj(value, where, required=ATTEMPT_FIELDS)
    _attempt_id(schema, row["attempt_id"], f"{where}.attempt_id")
    for key in ("session_id", "exam_id", "package_id", "origin_station_id"):
        schema.ident(row[key], f"{where}.{key}")
    schema.text(row["status"], f"{where}.status")
    if row["end_reason"] is not None:
        schema.text(row["end_reason"], f"{where}.end_reason")
    schema.integer(row["created_wall_ms"], f"{where}.created_wall_ms", low=0, high=2**63 - 1)
    for key in ("ended_wall_ms", "heartbeat_wall_ms", "heartbeat_used_ms"):
        _nullable_int(schema, row[key], f"{where}.{key}")
    for key in ("key_wrap_session", "key_wrap_hq"):
        schema.base64(row[key], f"{where}.{key}")
    for key in ("seal_statement", "seal_signature"):
        if row[key] is not None:
            schema.base64(row[key], f"{where}.{key}")
    return row


def check_events(schema: Schema, value: Any, where: str, *, limit: int) -> list[dict[str, Any]]:
    events = schema.items(value, where, minimum=0)
    if len(events) > limit:
        raise schema.fail(where, QT_TR_NOOP("lebih dari {limit} kejadian"), limit=limit)
    previous = None
    for number, event in enumerate(events):
        here = f"{where}[{number}]"
        schema.obj(event, here, required={"seq", "sealed", "link", "station_id"})
        seq = schema.integer(event["seq"], f"{here}.seq", low=0, high=2**31)
        if previous is not None and seq != previous + 1:
            raise schema.fail(f"{here}.seq", QT_TR_NOOP("nomor kejadian harus berurutan"))
        previous = seq
        schema.base64(event["sealed"], f"{here}.sealed")
        schema.base64(event["link"], f"{here}.link", length=32)
        schema.ident(event["station_id"], f"{here}.station_id")
    return events


def _hello(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(
        m, "$", required={"type", "protocol", "station_id", "version", "sessions", "wall_ms"}
    )
    if m["protocol"] != PROTOCOL:
        raise schema.fail(
            "$.protocol", QT_TR_NOOP("protokol {value!r} tidak didukung"), value=m["protocol"]
        )
    schema.ident(m["station_id"], "$.station_id")
    schema.text(m["version"], "$.version")
    schema.integer(m["wall_ms"], "$.wall_ms", low=0, high=2**63 - 1)
    _sessions(schema, m["sessions"])


def _sessions(schema: Schema, value: Any) -> None:
    for number, entry in enumerate(schema.items(value, "$.sessions", minimum=0)):
        where = f"$.sessions[{number}]"
        schema.obj(entry, where, required={"session_id", "package_id", "released", "closed"})
        schema.ident(entry["session_id"], f"{where}.session_id")
        schema.ident(entry["package_id"], f"{where}.package_id")
        schema.boolean(entry["released"], f"{where}.released")
        schema.boolean(entry["closed"], f"{where}.closed")


def _attempt(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "attempt", "nip"})
    check_attempt_row(schema, m["attempt"], "$.attempt")
    _nip(schema, m["nip"], "$.nip")


def _events(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "attempt_id", "events"})
    _attempt_id(schema, m["attempt_id"], "$.attempt_id")
    check_events(schema, m["events"], "$.events", limit=MAX_EVENTS_PER_FRAME)
    if not m["events"]:
        raise schema.fail("$.events", QT_TR_NOOP("harus berisi sedikitnya satu kejadian"))


ROW_FIELDS = {
    "nip",
    "attempt_id",
    "status",
    "end_reason",
    "section_index",
    "section_count",
    "section_title",
    "answered",
    "item_count",
    "remaining_ms",
    "last_activity_wall_ms",
    "live_here",
    "gap_pending_ms",
    "warnings",
    "session_id",
    "moved_to",
}


def check_row(schema: Schema, value: Any, where: str) -> dict[str, Any]:
    """One candidate as a station reports it to the hub (its board row, without names)."""
    row = schema.obj(value, where, required=ROW_FIELDS)
    _nip(schema, row["nip"], f"{where}.nip")
    _attempt_id(schema, row["attempt_id"], f"{where}.attempt_id")
    schema.ident(row["session_id"], f"{where}.session_id")
    if row["status"] not in STATUSES:
        raise schema.fail(
            f"{where}.status", QT_TR_NOOP("status {value!r} tidak dikenal"), value=row["status"]
        )
    if row["end_reason"] is not None:
        schema.text(row["end_reason"], f"{where}.end_reason")
    _nullable_int(schema, row["section_index"], f"{where}.section_index")
    for key in ("section_count", "answered", "item_count"):
        schema.integer(row[key], f"{where}.{key}", low=0, high=100_000)
    schema.text(row["section_title"], f"{where}.section_title", allow_empty=True)
    _nullable_int(schema, row["remaining_ms"], f"{where}.remaining_ms", low=-(2**62))
    _nullable_int(schema, row["last_activity_wall_ms"], f"{where}.last_activity_wall_ms")
    _nullable_int(schema, row["gap_pending_ms"], f"{where}.gap_pending_ms")
    schema.boolean(row["live_here"], f"{where}.live_here")
    if row["moved_to"] is not None:
        schema.ident(row["moved_to"], f"{where}.moved_to")
    warnings = schema.items(row["warnings"], f"{where}.warnings", minimum=0)
    for number, warning in enumerate(warnings[:16]):
        _message_dict(schema, warning, f"{where}.warnings[{number}]")
    return row


def _status(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(
        m, "$", required={"type", "wall_ms", "unlocked", "screen", "rows", "heads", "sessions"}
    )
    _sessions(schema, m["sessions"])
    schema.integer(m["wall_ms"], "$.wall_ms", low=0, high=2**63 - 1)
    schema.boolean(m["unlocked"], "$.unlocked")
    schema.text(m["screen"], "$.screen", allow_empty=True)
    rows = schema.items(m["rows"], "$.rows", minimum=0)
    if len(rows) > MAX_ROWS:
        raise schema.fail("$.rows", QT_TR_NOOP("lebih dari {limit} baris"), limit=MAX_ROWS)
    for number, row in enumerate(rows):
        check_row(schema, row, f"$.rows[{number}]")
    if not isinstance(m["heads"], dict):
        raise schema.fail("$.heads", QT_TR_NOOP("harus berupa objek JSON"))
    for attempt_id, seq in m["heads"].items():
        _attempt_id(schema, attempt_id, "$.heads")
        schema.integer(seq, f"$.heads.{attempt_id}", low=-1, high=2**31)


def _result(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(
        m,
        "$",
        required={"type", "id", "ok", "outcome", "error"},
        optional={"head_seq", "retry", "already"},
    )
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)
    schema.boolean(m["ok"], "$.ok")
    for number, outcome in enumerate(schema.items(m["outcome"], "$.outcome", minimum=0)):
        where = f"$.outcome[{number}]"
        schema.obj(outcome, where, required={"nip", "done", "message"})
        schema.text(outcome["nip"], f"{where}.nip", allow_empty=True)
        schema.boolean(outcome["done"], f"{where}.done")
        schema.text(outcome["message"], f"{where}.message", allow_empty=True)
    if m["error"] is not None:
        _message_dict(schema, m["error"], "$.error")
    if "head_seq" in m:
        schema.integer(m["head_seq"], "$.head_seq", low=-1, high=2**31)
    for key in ("retry", "already"):
        if key in m:
            schema.boolean(m[key], f"$.{key}")


def _bundle(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id", "file_name", "data"}, optional={"others"})
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)
    _bundle_file(schema, m, "$")
    for number, other in enumerate(schema.items(m.get("others", []), "$.others", minimum=0)):
        schema.obj(other, f"$.others[{number}]", required={"file_name", "data"})
        _bundle_file(schema, other, f"$.others[{number}]")


def _bundle_file(schema: Schema, m: dict[str, Any], where: str) -> None:
    schema.member_name(m["file_name"], f"{where}.file_name")
    if "/" in m["file_name"] or not m["file_name"].endswith(".cactres"):
        raise schema.fail(
            f"{where}.file_name", QT_TR_NOOP("harus nama berkas .cactres tanpa folder")
        )
    schema.base64(m["data"], f"{where}.data")


def _claim(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id", "session_id", "nip"})
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)
    schema.ident(m["session_id"], "$.session_id")
    _nip(schema, m["nip"], "$.nip")


def _claimed(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id", "ok", "error"})
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)
    schema.boolean(m["ok"], "$.ok")
    if m["error"] is not None:
        _message_dict(schema, m["error"], "$.error")


def _welcome(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "protocol", "hub_id", "heads", "wall_ms"})
    if m["protocol"] != PROTOCOL:
        raise schema.fail(
            "$.protocol", QT_TR_NOOP("protokol {value!r} tidak didukung"), value=m["protocol"]
        )
    schema.ident(m["hub_id"], "$.hub_id")
    schema.integer(m["wall_ms"], "$.wall_ms", low=0, high=2**63 - 1)
    if not isinstance(m["heads"], dict):
        raise schema.fail("$.heads", QT_TR_NOOP("harus berupa objek JSON"))
    for attempt_id, seq in m["heads"].items():
        _attempt_id(schema, attempt_id, "$.heads")
        schema.integer(seq, f"$.heads.{attempt_id}", low=-1, high=2**31)


ACK_PROBLEMS = ("moved", "gap", "diverged", "unknown_attempt", "not_holder")


def _ack(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "attempt_id", "seq"}, optional={"problem"})
    _attempt_id(schema, m["attempt_id"], "$.attempt_id")
    schema.integer(m["seq"], "$.seq", low=-1, high=2**31)
    if "problem" in m and m["problem"] not in ACK_PROBLEMS:
        raise schema.fail(
            "$.problem", QT_TR_NOOP("masalah {value!r} tidak dikenal"), value=m["problem"]
        )


def _command(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id", "command", "by"})
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)
    if not isinstance(m["command"], dict) or not isinstance(m["command"].get("command"), str):
        raise schema.fail("$.command", QT_TR_NOOP("harus perintah pengawas"))
    _actor(schema, m["by"], "$.by")


def _seat(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id", "command", "by", "copy"})
    _command(schema, {k: m[k] for k in ("type", "id", "command", "by")})
    if m["copy"] is not None:
        copy = schema.obj(
            m["copy"], "$.copy", required={"format", "from_station", "attempt", "events"}
        )
        schema.ident(copy["from_station"], "$.copy.from_station")
        check_attempt_row(schema, copy["attempt"], "$.copy.attempt")
        check_events(schema, copy["events"], "$.copy.events", limit=2**20)


def _export(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "id"})
    schema.integer(m["id"], "$.id", low=1, high=2**63 - 1)


def _pong(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "wall_ms"})
    schema.integer(m["wall_ms"], "$.wall_ms", low=0, high=2**63 - 1)


def _error(schema: Schema, m: dict[str, Any]) -> None:
    schema.obj(m, "$", required={"type", "error"})
    _message_dict(schema, m["error"], "$.error")


_FROM_STATION = {
    "hello": _hello,
    "attempt": _attempt,
    "events": _events,
    "status": _status,
    "result": _result,
    "bundle": _bundle,
    "claim": _claim,
}
_FROM_HUB = {
    "welcome": _welcome,
    "ack": _ack,
    "command": _command,
    "seat": _seat,
    "export": _export,
    "pong": _pong,
    "error": _error,
    "claimed": _claimed,
}


# ------------------------------------------------------------------ beacon


def encode_beacon(*, hub_id: str, port: int, certificate_sha256: str, centres: list[str]) -> bytes:
    """The hub's UDP announcement: who it is and on which TCP port it listens."""
    data = canonical_json(
        {
            "format": BEACON_FORMAT,
            "hub_id": hub_id,
            "port": port,
            "certificate_sha256": certificate_sha256,
            "centres": sorted(centres),
        }
    )
    if len(data) > MAX_BEACON_BYTES:
        raise RoomProtocolError(QT_TR_NOOP("Suar hub terlalu besar."))
    return data


def decode_beacon(data: bytes) -> dict[str, Any]:
    """A beacon read strictly; anything else on the port is refused with a specific error."""
    schema = Schema(BEACON_FORMAT, RoomProtocolError)
    if len(data) > MAX_BEACON_BYTES:
        raise schema.fail("$", QT_TR_NOOP("terlalu besar"))
    try:
        beacon: dict[str, Any] = parse_json(data)
    except (CanonicalJsonError, ValueError, UnicodeDecodeError):
        raise schema.fail("$", QT_TR_NOOP("bukan JSON yang sah")) from None
    schema.obj(beacon, "$", required={"format", "hub_id", "port", "certificate_sha256", "centres"})
    if beacon["format"] != BEACON_FORMAT:
        raise schema.fail(
            "$.format", QT_TR_NOOP("format {value!r} tidak didukung"), value=beacon["format"]
        )
    schema.ident(beacon["hub_id"], "$.hub_id")
    schema.integer(beacon["port"], "$.port", low=1, high=65535)
    schema.sha256(beacon["certificate_sha256"], "$.certificate_sha256")
    for number, centre in enumerate(schema.items(beacon["centres"], "$.centres", minimum=0)):
        schema.ident(centre, f"$.centres[{number}]")
    return beacon
