"""A station process in a room: joins the hub, and answers, or takes over a moved candidate.

    python room_child.py --data DIR --passphrase P --hub HOST:PORT
                         [--answer NIP [--pace-ms 100]] [--take NIP [--more 5]]

Its main thread owns the station's services, as a kiosk's GUI thread does:
it runs the hub's messages and the candidate's actions in turn. Lines on
stdout, flushed, for the parent test:

    JOINED <hub>                          the link is up
    LOCAL <attempt> <seq> <item> <json>   an answer committed here (the kiosk says "saved")
    ACK <attempt> <seq>                   the hub made every event up to <seq> durable
    TOOK <attempt> <head> <json answers>  the moved candidate's attempt as the hub's copy brought it
    DONE <attempt> <lookup code>          the attempt ended here, sealed by this station
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import queue
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from station.app import open_station
from station.domain.attempt import Actor, AttemptStatus

SESSION = "SYN-S1"
PROCTOR = Actor("proctor", "Pengawas Uji", "")


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Owner:
    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue = queue.SimpleQueue()

    def dispatch(self, work):
        future: concurrent.futures.Future = concurrent.futures.Future()
        self.jobs.put((work, future))
        return future

    def run_pending(self, wait_s: float) -> None:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                work, future = self.jobs.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(work())
                except BaseException as error:
                    future.set_exception(error)


def value_for(attempt, item):
    options = attempt.ordered_options(item)
    if item.format.value == "multiple":
        return [options[0].id]
    if item.format.value == "most_least":
        return {"most": options[0].id, "least": options[-1].id}
    return options[len(item.id) % len(options)].id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--passphrase", required=True)
    parser.add_argument("--hub", required=True)
    parser.add_argument("--answer")
    parser.add_argument("--take")
    parser.add_argument("--pace-ms", type=int, default=100)
    parser.add_argument("--more", type=int, default=5)
    args = parser.parse_args()

    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    station = open_station(args.data)
    station.station.unlock(args.passphrase)
    owner = Owner()
    link = station.room.open_link(dispatch=owner.dispatch, address=args.hub)
    link.start()
    sitting = None
    answered_seqs: list[int] = []
    announced = -1
    joined = False
    next_at = time.monotonic()
    finished = False
    try:
        while not stopping:
            owner.run_pending(0.01)
            state = link.state
            if not joined and state.phase == "connected":
                joined = True
                emit(f"JOINED {state.hub_id}")
            if sitting is not None:
                acked = link.acked(sitting.attempt_id)
                if acked > announced:
                    announced = acked
                    emit(f"ACK {sitting.attempt_id} {acked}")
            if finished or not joined:
                continue
            if args.answer and sitting is None:
                sitting = station.sittings.begin(SESSION, args.answer)
                if sitting.attempt.status is AttemptStatus.PAUSED:
                    sitting.resume(by=PROCTOR, charge_gap=False)
                if sitting.attempt.status is AttemptStatus.NOT_STARTED:
                    sitting.start()
            if args.take and sitting is None:
                record = station.sittings.attempt_of(SESSION, args.take)
                if record is None:
                    continue
                head = record.head_seq  # as the hub's copy brought it, before this seat writes
                sitting = station.sittings.begin(SESSION, args.take)
                emit(f"TOOK {sitting.attempt_id} {head} {json.dumps(sitting.attempt.answers)}")
                if sitting.attempt.status is AttemptStatus.PAUSED:
                    sitting.resume(by=PROCTOR, charge_gap=False)
            if sitting is None or time.monotonic() < next_at:
                continue
            next_at = time.monotonic() + args.pace_ms / 1000
            attempt = sitting.attempt
            if attempt.status is AttemptStatus.BETWEEN_SECTIONS:
                if attempt.next_pending_section() is None:
                    receipt = sitting.submit()
                    emit(f"DONE {sitting.attempt_id} {receipt.lookup_code}")
                    finished = True
                    continue
                sitting.start_section()
                continue
            items = attempt.ordered_items(attempt.current)
            position = attempt.position
            item = items[position]
            value = value_for(attempt, item)
            seq = sitting.answer(item.id, value)
            answered_seqs.append(seq)
            emit(f"LOCAL {sitting.attempt_id} {seq} {item.id} {json.dumps(value)}")
            if args.take and len(answered_seqs) >= args.more:
                while sitting.attempt.section_open:
                    sitting.submit_section()
                    if sitting.attempt.next_pending_section() is not None:
                        sitting.start_section()
                receipt = sitting.submit()
                emit(f"DONE {sitting.attempt_id} {receipt.lookup_code}")
                finished = True
                continue
            if position < len(items) - 1:
                sitting.go_to(position + 1)
            else:
                sitting.submit_section()
    finally:
        link.stop()
        station.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
