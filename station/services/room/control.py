"""Requests to the headless hub (``station hub serve``) from other commands on the same PC.

``station hub release|seat|retest|export`` run as their own processes while
``station hub serve`` holds the hub. Each request is a JSON file written
atomically into ``hub-requests/`` in the station's data folder (only those
who may read the station's data can write there); the serving process takes
it between jobs, carries it out through the room console's service, writes
the answer beside it and deletes the request. The requesting command has
already unlocked the station with its own secret and checked that the
secret allows the act (ADR 0026, 0027).
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.crypto.canonical import canonical_json, parse_json
from station.domain.errors import Message, StationError
from station.domain.text import QT_TR_NOOP
from station.durable import write_atomically
from station.formats.room import message_from_wire, message_to_wire
from station.services.room.identity import RoomError

FOLDER = "hub-requests"
SERVING = "serving"
RequestBody = dict[str, Any]
"""A request's fields as the requesting command wrote them (canonical JSON)."""
Handler = Callable[[str, RequestBody], list[Message]]
"""``(kind, body)`` → the lines to show the requester; a StationError is its refusal."""


class HubRequestError(RoomError):
    """The headless hub is not running here, did not answer, or refused the request."""


class HubRequests:
    """The ``hub-requests`` folder of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / FOLDER

    # ------------------------------------------------------------ the hub

    def open(self) -> None:
        """The hub serves: requests may come (stale ones are dropped)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob("*.json"):
            stale.unlink(missing_ok=True)
        write_atomically(self.folder / SERVING, str(os.getpid()).encode())

    def close(self) -> None:
        (self.folder / SERVING).unlink(missing_ok=True)

    def take(self, handle: Handler) -> int:
        """Carry out every waiting request; how many."""
        done = 0
        for path in sorted(self.folder.glob("*.request.json")):
            number = path.name.removesuffix(".request.json")
            try:
                request = parse_json(path.read_bytes())
            except (OSError, ValueError):
                continue
            finally:
                path.unlink(missing_ok=True)
            try:
                lines = handle(request["kind"], request["body"])
                answer = {"ok": True, "lines": [message_to_wire(m) for m in lines]}
            except StationError as error:
                answer = {"ok": False, "lines": [message_to_wire(error.message)]}
            except Exception as error:  # the hub goes on serving; the requester hears why
                problem = Message(
                    QT_TR_NOOP("Hub ruang gagal menjalankan permintaan: {problem}"),
                    {"problem": str(error) or type(error).__name__},
                )
                answer = {"ok": False, "lines": [message_to_wire(problem)]}
            write_atomically(self.folder / f"{number}.answer.json", canonical_json(answer))
            done += 1
        return done

    # ----------------------------------------------------- the requester

    def submit(self, kind: str, body: RequestBody, *, wait_s: float = 180.0) -> list[Message]:
        """Hand a request to the hub serving here and wait for its answer."""
        if not (self.folder / SERVING).exists():
            raise HubRequestError(
                QT_TR_NOOP(
                    "Hub ruang tanpa jendela tidak berjalan di PC ini; jalankan dulu"
                    " 'station hub serve', atau pakai tab Ruang di jendela petugas."
                )
            )
        number = uuid.uuid4().hex
        write_atomically(
            self.folder / f"{number}.request.json", canonical_json({"kind": kind, "body": body})
        )
        answer_path = self.folder / f"{number}.answer.json"
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if answer_path.exists():
                answer = parse_json(answer_path.read_bytes())
                answer_path.unlink(missing_ok=True)
                lines = [message_from_wire(line) for line in answer["lines"]]
                if not answer["ok"]:
                    problem = lines[0] if lines else Message(QT_TR_NOOP("ditolak"))
                    raise HubRequestError(problem.template, **problem.params)
                return lines
            time.sleep(0.1)
        with contextlib.suppress(OSError):
            (self.folder / f"{number}.request.json").unlink()
        raise HubRequestError(
            QT_TR_NOOP("Hub ruang tidak menjawab dalam {seconds} detik."), seconds=int(wait_s)
        )
