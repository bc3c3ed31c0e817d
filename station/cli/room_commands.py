"""``station room …`` (a station in a room) and ``station hub …`` (the proctor's PC): ADR 0020.

``station hub serve`` runs the room hub without a window; ``station room join``
runs a station's link to it without the kiosk (a spare seat waiting, or a
workstation whose window runs elsewhere). Both run until Ctrl+C or SIGTERM.
The proctor's room console is the staff window's hub mode.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import queue
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    read_secret_line,
    unlocked_station,
)
from station.cli.console import Console
from station.domain.access import Action
from station.domain.attempt import Actor
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.services.commands import ChangeSeat, ReleaseSession
from station.services.room.link import LINK_PHASES


class MainThreadOwner:
    """The command line's owner of the station's services: jobs run on the main thread, in order."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()

    def dispatch(self, work: Callable[[], Any]) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._jobs.put((work, future))
        return future

    def stop(self, *_: object) -> None:
        self._stop.set()
        self._jobs.put(None)

    def serve(
        self, *, until: float | None = None, tick: Callable[[], object] | None = None
    ) -> None:
        """Run jobs until :meth:`stop` (or ``until`` seconds); ``tick`` runs between jobs."""
        if until is not None:
            timer = threading.Timer(until, self.stop)
            timer.daemon = True
            timer.start()
        while not self._stop.is_set():
            try:
                job = self._jobs.get(timeout=1.0)
            except queue.Empty:
                job = None
            if tick is not None:
                tick()
            if job is None:
                continue
            work, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(work())
            except BaseException as error:  # handed to whoever waits for the future
                future.set_exception(error)


def _on_signals(handler: Callable[..., None]) -> None:
    signal.signal(signal.SIGINT, handler)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, handler)


# ----------------------------------------------------------------- station room


def cmd_room_configure(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        settings = station.room.configure(
            address=args.hub,
            clear_address=args.no_hub,
            discovery=None if args.discovery is None else args.discovery == "on",
            listen=args.listen,
            beacon=None if args.beacon is None else args.beacon == "on",
        )
        hub_here = station.room.can_host()
    _print_settings(settings, console, hub_here=hub_here)
    return EXIT_OK


def cmd_room_status(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        settings = station.room.settings()
        identity = station.room.identity()
    _print_settings(settings, console, hub_here=identity.can_host)
    console.say(
        QT_TR_NOOP("Pusat ujian {centres}: {count} stasiun terdaftar."),
        centres=", ".join(identity.centres) or "—",
        count=len(identity.members),
    )
    for station_id in sorted(identity.members):
        mark = " *" if station_id == identity.station_id else ""
        print(f"  {station_id}{mark}", file=console.out)
    if identity.can_host:
        console.say(QT_TR_NOOP("Stasiun ini boleh menjalankan hub ruang (station hub serve)."))
    return EXIT_OK


def _print_settings(settings, console: Console, *, hub_here: bool) -> None:
    """The settings; where a hub here listens only on a PC HQ made a room hub."""
    if not hub_here:
        console.say(
            QT_TR_NOOP(
                "Hub ruang: {address}; cari di jaringan: {discovery}. Peran: stasiun peserta"
                " (bukan PC pengawas; hub ruang tidak berjalan di sini)."
            ),
            address=settings.address or console.text(QT_TR_NOOP("tidak diatur")),
            discovery=console.text(QT_TR_NOOP("ya") if settings.discovery else QT_TR_NOOP("tidak")),
        )
        return
    console.say(
        QT_TR_NOOP(
            "Hub ruang: {address}; cari di jaringan: {discovery}; hub di sini mendengar di {listen}."
        ),
        address=settings.address or console.text(QT_TR_NOOP("tidak diatur")),
        discovery=console.text(QT_TR_NOOP("ya") if settings.discovery else QT_TR_NOOP("tidak")),
        listen=settings.listen,
    )


def cmd_room_join(args: argparse.Namespace, console: Console) -> int:
    """Join the hub and stay: copy every event, carry out the proctor's messages."""
    owner = MainThreadOwner()
    with unlocked_station(args, console) as station:
        seen: list[tuple] = []

        def report(state) -> None:
            key = (state.phase, state.hub_id, state.problem)
            if seen and seen[-1] == key:
                return
            seen.append(key)
            line = {
                "phase": state.phase,
                "hub": state.hub_id,
                "address": state.address,
                "problem": state.problem.render(console.translate) if state.problem else None,
            }
            if args.json:
                print(json.dumps(line), file=console.out, flush=True)
            else:
                console.say(
                    QT_TR_NOOP("Ruang: {phase} {hub} {problem}"),
                    phase=console.text(LINK_PHASES.get(state.phase, state.phase)),
                    hub=state.hub_id or state.address or "",
                    problem=line["problem"] or "",
                )

        link = station.room.open_link(
            dispatch=owner.dispatch,
            address=args.hub,
            discovery=True if args.discover else None,
            on_change=report,
        )
        _on_signals(owner.stop)
        link.start()
        try:
            owner.serve(until=args.seconds)
        finally:
            link.stop()
    return EXIT_OK


# ------------------------------------------------------------------- station hub


def cmd_hub_serve(args: argparse.Namespace, console: Console) -> int:
    """Run the room hub until stopped; one JSON line per event with ``--log``."""
    owner = MainThreadOwner()
    log_file = Path(args.log).open("a", encoding="utf-8") if args.log else None  # noqa: SIM115

    def log(entry: dict[str, Any]) -> None:
        if log_file is not None:
            log_file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            log_file.flush()

    try:
        with unlocked_station(args, console) as station:
            hub = station.room.open_hub(
                listen=args.listen,
                beacon_to=False if args.no_beacon else (args.beacon_to or True),
                beacon_port=args.beacon_port,
                log=log,
            )
            port = hub.start()
            desk = station.room.desk(hub)
            requests = station.room.requests()
            requests.open()
            console.say(
                QT_TR_NOOP("Hub ruang {hub} mendengar di port {port}; Ctrl+C untuk berhenti."),
                hub=hub.hub_id,
                port=port,
            )
            _on_signals(owner.stop)
            try:
                owner.serve(
                    until=args.seconds,
                    tick=lambda: requests.take(lambda kind, body: _carry_out(desk, kind, body)),
                )
            finally:
                requests.close()
                hub.stop()
    finally:
        if log_file is not None:
            log_file.close()
    return EXIT_OK


def _carry_out(desk, kind: str, body: dict[str, Any]) -> list[Message]:
    """One request of a ``station hub …`` command, carried out by the serving hub."""
    by = Actor.from_dict(body["by"])
    if kind == "release":
        desk.execute(ReleaseSession(session_id=body["session"], code=body["code"]), by=by)
        opened, total = desk.opened_stations(body["session"])
        return [
            Message(
                QT_TR_NOOP("Soal terbuka di hub; {opened} dari {total} stasiun sudah terbuka."),
                {"opened": opened, "total": total},
            )
        ]
    if kind == "seat":
        command = ChangeSeat(
            session_id=body["session"],
            nip=body["nip"],
            to_station=body["to"],
            reason=body["reason"],
            seat=body["seat"],
        )
        outcome = desk.execute(command, by=by)
        return [_target_line(t) for t in outcome.targets]
    if kind == "retest":
        desk.allow_retest(
            body["session"], body["nip"], body["station"], reason=body["reason"], by=by
        )
        return [
            Message(
                QT_TR_NOOP("Peserta {nip} boleh memulai ujian ulang di stasiun {station}."),
                {"nip": body["nip"], "station": body["station"]},
            )
        ]
    if kind == "exceptions":
        found = desk.exceptions(body["session"])
        lines = [
            Message(
                QT_TR_NOOP("{nip} {name}: {problem}"),
                {"nip": e.nip, "name": e.name, "problem": e.describe()},
            )
            for e in found
        ]
        return [
            *lines,
            Message(QT_TR_NOOP("{count} pengecualian menunggu keputusan."), {"count": len(found)}),
        ]
    if kind == "export":
        export = desk.export_room(Path(body["out"]))
        lines = [
            Message(
                QT_TR_NOOP("{count} bundel ditulis ke {folder}."),
                {"count": len(export.written), "folder": str(export.folder)},
            )
        ]
        lines += [
            Message(
                QT_TR_NOOP("  {station}: {file}"), {"station": b.station_id, "file": b.file_name}
            )
            for b in export.written
        ]
        lines += [
            Message(
                QT_TR_NOOP("  Tanpa bundel: {station} ({problem})"),
                {"station": b.station_id, "problem": b.problem},
            )
            for b in export.missing
        ]
        return lines
    raise CliError(QT_TR_NOOP("Permintaan hub {kind!r} tidak dikenal."), kind=kind)


def _target_line(target) -> Message:
    if target.done:
        return Message(QT_TR_NOOP("{nip}: selesai"), {"nip": target.nip})
    return Message(
        QT_TR_NOOP("{nip}: {problem}"),
        {"nip": target.nip, "problem": target.message or ""},
    )


def _request(
    args, console: Console, kind: str, body: dict[str, Any], *, action, session=None
) -> int:
    """Check the secret allows the act here, then hand it to the hub serving on this PC."""
    with unlocked_station(args, console) as station:
        station.station.require(action, session_id=session)
        requests = station.room.requests()
    by = Actor(
        "proctor", getattr(args, "proctor", None) or "", getattr(args, "proctor_nip", None) or ""
    )
    for line in requests.submit(kind, {**body, "by": by.to_dict()}):
        print(line.render(console.translate), file=console.out)
    return EXIT_OK


def cmd_hub_release(args: argparse.Namespace, console: Console) -> int:
    code = read_secret_line(
        args.code_file,
        console,
        prompt=QT_TR_NOOP("Kode rilis: "),
        what=console.text(QT_TR_NOOP("kode rilis")),
    )
    return _request(
        args,
        console,
        "release",
        {"session": args.session, "code": code},
        action=Action.RELEASE_SESSION,
        session=args.session,
    )


def cmd_hub_seat(args: argparse.Namespace, console: Console) -> int:
    body = {
        "session": args.session,
        "nip": args.nip,
        "to": args.to,
        "reason": args.reason,
        "seat": args.seat or "",
    }
    return _request(
        args, console, "seat", body, action=Action.PROCTOR_COMMAND, session=args.session
    )


def cmd_hub_retest(args: argparse.Namespace, console: Console) -> int:
    body = {
        "session": args.session,
        "nip": args.nip,
        "station": args.station,
        "reason": args.reason,
    }
    return _request(
        args, console, "retest", body, action=Action.PROCTOR_COMMAND, session=args.session
    )


def cmd_hub_exceptions(args: argparse.Namespace, console: Console) -> int:
    return _request(
        args,
        console,
        "exceptions",
        {"session": args.session},
        action=Action.PROCTOR_COMMAND,
        session=args.session,
    )


def cmd_hub_export(args: argparse.Namespace, console: Console) -> int:
    out = str(Path(args.out).resolve())
    return _request(args, console, "export", {"out": out}, action=Action.EXPORT_RESULTS)


def cmd_hub_verify(args: argparse.Namespace, console: Console) -> int:
    """Check every copy the hub holds as a chain on its own (hub stopped or running elsewhere)."""
    from station.services.room.hub import NOT_RELEASED_HERE  # noqa: PLC0415 - network parts

    with unlocked_station(args, console) as station:
        results = station.room.verify_hub_copies()
    unchecked = [r for r in results if r[2] is not None and r[2].template == NOT_RELEASED_HERE]
    broken = [r for r in results if r[2] is not None and r not in unchecked]
    for attempt_id, head, problem in results:
        state = problem.render(console.translate) if problem else console.text(QT_TR_NOOP("utuh"))
        print(f"{attempt_id}  {head + 1:5d}  {state}", file=console.out)
    console.say(
        QT_TR_NOOP("{count} salinan diperiksa, {broken} rusak."),
        count=len(results) - len(unchecked),
        broken=len(broken),
    )
    if unchecked:
        console.say(
            QT_TR_NOOP(
                "{count} salinan belum dapat diperiksa: sesinya belum dibuka dengan kode rilis di"
                " PC ini (station hub release SESI)."
            ),
            count=len(unchecked),
        )
    return EXIT_FAILED if broken else EXIT_OK


def add_parsers(sub, common: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    p = sub.add_parser("room", help=tr(QT_TR_NOOP("stasiun dalam ruang: hub, salinan, perintah")))
    room = p.add_subparsers(dest="room_command", required=True)
    q = room.add_parser("configure", parents=[common], help=tr(QT_TR_NOOP("atur alamat hub ruang")))
    q.add_argument("--hub", help=tr(QT_TR_NOOP("alamat hub, host:port")))
    q.add_argument(
        "--no-hub", action="store_true", help=tr(QT_TR_NOOP("lupakan alamat hub yang diatur"))
    )
    q.add_argument(
        "--discovery",
        choices=("on", "off"),
        help=tr(QT_TR_NOOP("boleh mencari hub lewat suar di jaringan lokal")),
    )
    q.add_argument("--listen", help=tr(QT_TR_NOOP("alamat dengar hub di PC ini, host:port")))
    q.add_argument(
        "--beacon",
        choices=("on", "off"),
        help=tr(QT_TR_NOOP("hub di PC ini mengumumkan diri lewat suar di jaringan lokal")),
    )
    q.set_defaults(run=cmd_room_configure)
    q = room.add_parser(
        "status", parents=[common], help=tr(QT_TR_NOOP("pengaturan ruang dan stasiun pusat ujian"))
    )
    q.set_defaults(run=cmd_room_status)
    q = room.add_parser(
        "join",
        parents=[common],
        help=tr(QT_TR_NOOP("ikuti hub ruang tanpa jendela sampai dihentikan")),
    )
    q.add_argument("--hub", help=tr(QT_TR_NOOP("alamat hub, host:port (bawaan: yang diatur)")))
    q.add_argument("--discover", action="store_true", help=tr(QT_TR_NOOP("cari hub lewat suarnya")))
    q.add_argument("--seconds", type=float, default=None, help=argparse.SUPPRESS)
    q.add_argument("--json", action="store_true", help=tr(QT_TR_NOOP("keluaran JSON untuk mesin")))
    q.set_defaults(run=cmd_room_join)

    p = sub.add_parser("hub", help=tr(QT_TR_NOOP("hub ruang di PC pengawas")))
    hub = p.add_subparsers(dest="hub_command", required=True)
    q = hub.add_parser(
        "serve", parents=[common], help=tr(QT_TR_NOOP("jalankan hub ruang tanpa jendela"))
    )
    q.add_argument(
        "--listen", help=tr(QT_TR_NOOP("alamat dengar, host:port (bawaan: 0.0.0.0:47610)"))
    )
    q.add_argument(
        "--no-beacon",
        action="store_true",
        help=tr(QT_TR_NOOP("jangan umumkan hub lewat suar di jaringan lokal")),
    )
    q.add_argument("--beacon-to", default=None, help=argparse.SUPPRESS)
    q.add_argument("--beacon-port", type=int, default=47611, help=argparse.SUPPRESS)
    q.add_argument(
        "--log", help=tr(QT_TR_NOOP("tulis kejadian hub sebagai baris JSON ke berkas ini"))
    )
    q.add_argument("--seconds", type=float, default=None, help=argparse.SUPPRESS)
    q.set_defaults(run=cmd_hub_serve)
    q = hub.add_parser(
        "verify",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa rantai setiap salinan ujian yang dipegang hub")),
    )
    q.set_defaults(run=cmd_hub_verify)
    proctor = argparse.ArgumentParser(add_help=False)
    proctor.add_argument("--proctor", help=tr(QT_TR_NOOP("nama pengawas")))
    proctor.add_argument("--proctor-nip", help=tr(QT_TR_NOOP("NIP pengawas")))
    q = hub.add_parser(
        "release",
        parents=[common, proctor],
        help=tr(QT_TR_NOOP("buka soal sesi untuk seluruh ruang lewat hub yang berjalan")),
    )
    q.add_argument("session")
    q.add_argument("--code-file", help=tr(QT_TR_NOOP("baca kode rilis dari berkas")))
    q.set_defaults(run=cmd_hub_release)
    q = hub.add_parser(
        "seat",
        parents=[common, proctor],
        help=tr(QT_TR_NOOP("pindahkan peserta ke stasiun cadangan lewat hub yang berjalan")),
    )
    q.add_argument("session")
    q.add_argument("nip")
    q.add_argument("--to", required=True, help=tr(QT_TR_NOOP("stasiun tujuan")))
    q.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan")))
    q.add_argument("--seat", help=tr(QT_TR_NOOP("kursi baru")))
    q.set_defaults(run=cmd_hub_seat)
    q = hub.add_parser(
        "retest",
        parents=[common, proctor],
        help=tr(QT_TR_NOOP("izinkan ujian ulang peserta di satu stasiun ruang")),
    )
    q.add_argument("session")
    q.add_argument("nip")
    q.add_argument("--station", required=True, help=tr(QT_TR_NOOP("stasiun")))
    q.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan")))
    q.set_defaults(run=cmd_hub_retest)
    q = hub.add_parser(
        "exceptions",
        parents=[common],
        help=tr(QT_TR_NOOP("peserta di dua stasiun yang menunggu keputusan pengawas")),
    )
    q.add_argument("session")
    q.set_defaults(run=cmd_hub_exceptions)
    q = hub.add_parser(
        "export",
        parents=[common],
        help=tr(QT_TR_NOOP("ekspor ruang ke satu folder lewat hub yang berjalan")),
    )
    q.add_argument("--out", required=True, help=tr(QT_TR_NOOP("folder tujuan (flashdisk)")))
    q.set_defaults(run=cmd_hub_export)
