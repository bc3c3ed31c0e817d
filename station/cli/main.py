"""``station``: the station's command line.

Every command takes ``--data DIR`` (default: the per-user data folder) and
reads passphrases from a prompt, or from ``--passphrase-file`` for scripts.
Messages are Indonesian unless ``--lang en`` or ``CACT_LANG=en``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import secrets
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from station import __version__
from station.app import default_data_dir, open_station
from station.cli import (
    care_commands,
    demo,
    hq_commands,
    room_commands,
    trust_commands,
    upgrade_commands,
)
from station.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    first_line,
    read_passphrase,
    unlocked_station,
)
from station.cli.console import Console
from station.cli.i18n import chosen_language
from station.cli.simulation import print_simulation, simulate_in
from station.domain.errors import StationError
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock
from station.services.synthetic import SyntheticSpec, write_synthetic_exam

# --------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    hq_key = Path(args.hq_results_key).read_bytes() if args.hq_results_key else None
    with open_station(args.data) as station:
        passphrase = read_passphrase(args, console, confirm=True)
        station_id = station.station.initialize(passphrase=passphrase, hq_results_key_pem=hq_key)
        console.say(
            QT_TR_NOOP("Stasiun {station} disiapkan di {folder}."),
            station=station_id,
            folder=str(station.data_dir),
        )
        if hq_key is None:
            console.say(
                QT_TR_NOOP(
                    "Catatan: kunci hasil HQ masih kunci pengganti sampai stasiun didaftarkan ke HQ."
                )
            )
    return EXIT_OK


def cmd_load_exam(args: argparse.Namespace, console: Console) -> int:
    secret = (
        Path(args.session_secret_file).read_bytes().strip() if args.session_secret_file else None
    )
    with unlocked_station(args, console) as station:
        summary = station.exams.load_source(args.source, session_secret=secret)
        console.say(
            QT_TR_NOOP(
                "Ujian {exam} dimuat: {items} soal dalam {sections} bagian, {media} gambar, {candidates} peserta, sesi {sessions}."
            ),
            exam=summary.exam_id,
            items=summary.items,
            sections=summary.sections,
            media=summary.media,
            candidates=summary.candidates,
            sessions=", ".join(summary.sessions),
        )
        if summary.scoring_removed:
            console.say(QT_TR_NOOP("Kunci jawaban dan bobot pilihan tidak disimpan di stasiun."))
    return EXIT_OK


def cmd_status(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        record = station.station.record()
        console.say(
            QT_TR_NOOP("Stasiun {station} ({folder})"),
            station=record.station_id,
            folder=str(station.data_dir),
        )
        for info in station.exams.sessions():
            attempts = station.sittings.attempts(info.session_id)
            ended = sum(1 for a in attempts if a.status == "ended")
            console.say(
                QT_TR_NOOP(
                    "Sesi {session} — {title}, {start}: {roster} peserta, {attempts} ujian ({ended} selesai)."
                ),
                session=info.session_id,
                title=info.title,
                start=local_time(info.starts_wall_ms, info.timezone, seconds=True),
                roster=len(station.exams.roster(info.session_id)),
                attempts=len(attempts),
                ended=ended,
            )
    return EXIT_OK


def cmd_verify_store(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        report = station.integrity.verify()
    console.say(
        QT_TR_NOOP("Diperiksa: {attempts} ujian, {events} kejadian, {audit} catatan audit."),
        attempts=report.attempts_checked,
        events=report.events_checked,
        audit=report.audit_entries_checked,
    )
    for problem in report.problems:
        print(problem.message.render(console.translate), file=console.out)
    if report.ok:
        console.say(QT_TR_NOOP("Semua rantai utuh."))
        return EXIT_OK
    console.say(QT_TR_NOOP("{count} masalah ditemukan."), count=len(report.problems))
    return EXIT_FAILED


def cmd_simulate(args: argparse.Namespace, console: Console) -> int:
    """Synthetic candidates, in a station of the simulation's own (ADR 0023).

    Without ``--data`` a throw-away folder, removed afterwards; with it, a new
    folder or one ``simulate`` made before. A real station is refused untouched:
    the simulated clock runs ahead and would leave times in the future.
    """
    with contextlib.ExitStack() as scratch_folders:
        if args.data is None:
            folder = Path(scratch_folders.enter_context(_scratch("cact-simulate-"))) / "station"
            passphrase = secrets.token_urlsafe(16)
        else:
            folder, passphrase = Path(args.data), None
        clock = ManualClock(wall_ms=int(datetime.now(UTC).timestamp() * 1000))
        with open_station(folder, clock=clock) as station:
            if station.station.initialized and not station.station.simulation:
                raise CliError(
                    QT_TR_NOOP(
                        "{folder} berisi stasiun sungguhan; 'station simulate' tidak menulis ke stasiun yang dipakai untuk ujian (jam simulasinya maju). Jalankan tanpa --data (folder sementara) atau dengan --data folder baru."
                    ),
                    folder=str(folder),
                )
            passphrase = passphrase or read_passphrase(args, console)
            if not station.station.initialized:
                station.station.initialize(passphrase=passphrase, simulation=True)
            else:
                station.station.unlock(passphrase)
            source = Path(args.exam) if args.exam else None
            if source is None and not station.exams.sessions():
                console.say(
                    QT_TR_NOOP(
                        "Membuat ujian sintetis ukuran penuh (435 soal, 22 bagian, 100 gambar)…"
                    )
                )
                source = write_synthetic_exam(
                    scratch_folders.enter_context(_scratch("cact-synthetic-")),
                    spec=SyntheticSpec(candidates=args.candidates),
                    seed=args.seed,
                )
            report = simulate_in(
                station,
                clock,
                console,
                source=source,
                session_id=args.session,
                candidates=args.candidates,
                seed=args.seed,
            )
    print_simulation(report, console)
    return EXIT_OK if report.integrity is None or report.integrity.ok else EXIT_FAILED


def _scratch(prefix: str) -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix=prefix)


def cmd_vault(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        if args.vault_command == "list":
            for slot in station.station.slots():
                console.say(
                    QT_TR_NOOP("{slot}  ({kind})  {label}"),
                    slot=slot.slot_id,
                    kind=slot.kind,
                    label=slot.label,
                )
        elif args.vault_command == "add":
            new = _new_secret(args, console)
            station.station.add_passphrase_slot(
                args.slot, label=args.label or args.slot, passphrase=new
            )
            console.say(QT_TR_NOOP("Slot {slot} ditambahkan."), slot=args.slot)
        elif args.vault_command == "remove":
            station.station.remove_slot(args.slot)
            console.say(QT_TR_NOOP("Slot {slot} dihapus."), slot=args.slot)
        elif args.vault_command == "change":
            station.station.change_passphrase(args.slot, passphrase=_new_secret(args, console))
            console.say(QT_TR_NOOP("Kata sandi slot {slot} diganti."), slot=args.slot)
    return EXIT_OK


def _new_secret(args: argparse.Namespace, console: Console) -> str:
    if args.new_passphrase_file:
        return first_line(args.new_passphrase_file, what=console.text(QT_TR_NOOP("kata sandi")))
    if not sys.stdin.isatty():
        raise CliError(QT_TR_NOOP("Pakai --new-passphrase-file untuk kata sandi baru."))
    first = getpass.getpass(console.text(QT_TR_NOOP("Kata sandi baru: ")))
    if getpass.getpass(console.text(QT_TR_NOOP("Ulangi kata sandi: "))) != first:
        raise CliError(QT_TR_NOOP("Kedua kata sandi tidak sama."))
    return first


def cmd_copy_export(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        data = station.transfer.export_copy(args.attempt)
    Path(args.out).write_bytes(data)
    console.say(
        QT_TR_NOOP("Salinan ujian {attempt} ditulis ke {file}."),
        attempt=args.attempt,
        file=args.out,
    )
    return EXIT_OK


def cmd_copy_import(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        summary = station.transfer.import_copy(Path(args.file).read_bytes())
    console.say(
        QT_TR_NOOP(
            "Salinan ujian {attempt} digabung: {new} kejadian baru, kepala rantai nomor {head}."
        ),
        attempt=summary.attempt_id,
        new=summary.new_events,
        head=summary.head_seq,
    )
    return EXIT_OK


# ----------------------------------------------------------------------- parser


def build_parser(tr: Callable[[str], str] = lambda text: text) -> argparse.ArgumentParser:
    """The argument parser, its help in the chosen language."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data",
        type=Path,
        default=None,
        help=tr(QT_TR_NOOP("folder data stasiun (bawaan: {folder})")).format(
            folder=default_data_dir()
        ),
    )
    common.add_argument(
        "--passphrase-file",
        help=tr(QT_TR_NOOP("baca kata sandi stasiun dari baris pertama berkas ini")),
    )
    common.add_argument(
        "--lang", choices=("id", "en"), help=tr(QT_TR_NOOP("bahasa pesan (bawaan: id)"))
    )

    parser = argparse.ArgumentParser(
        prog="station", description=tr(QT_TR_NOOP("CACT Station — stasiun uji kompetensi luring"))
    )
    parser.add_argument("--version", action="version", version=f"CACT Station {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "init", parents=[common], help=tr(QT_TR_NOOP("siapkan stasiun baru di folder data"))
    )
    p.add_argument(
        "--hq-results-key",
        help=tr(QT_TR_NOOP("kunci publik hasil HQ (PEM X25519); tanpa ini dibuat kunci pengganti")),
    )
    p.set_defaults(run=cmd_init)

    p = sub.add_parser(
        "load-exam", parents=[common], help=tr(QT_TR_NOOP("muat sumber ujian (exam.json)"))
    )
    p.add_argument("source", type=Path)
    p.add_argument(
        "--session-secret-file",
        help=tr(
            QT_TR_NOOP(
                "turunkan kunci sesi dari rahasia ini (pengganti sampai paket bertanda tangan)"
            )
        ),
    )
    p.set_defaults(run=cmd_load_exam)

    p = sub.add_parser("status", parents=[common], help=tr(QT_TR_NOOP("tampilkan sesi dan ujian")))
    p.set_defaults(run=cmd_status)

    p = sub.add_parser(
        "verify-store",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa rantai setiap ujian dan log audit")),
    )
    p.set_defaults(run=cmd_verify_store)

    p = sub.add_parser(
        "simulate",
        parents=[common],
        help=tr(
            QT_TR_NOOP(
                "jalankan peserta sintetis melalui ujian, tanpa layar, di folder sementara atau --data folder baru (tidak pernah di stasiun sungguhan)"
            )
        ),
    )
    p.add_argument("--candidates", type=int, required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--exam",
        help=tr(
            QT_TR_NOOP("sumber ujian yang dimuat lebih dulu (bawaan: ujian sintetis ukuran penuh)")
        ),
    )
    p.add_argument("--session", help=tr(QT_TR_NOOP("sesi yang dikerjakan (bawaan: yang pertama)")))
    p.set_defaults(run=cmd_simulate)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help=tr(QT_TR_NOOP("jalankan alur stasiun pada ujian demo bawaan")),
    )
    p.add_argument(
        "--headless",
        action="store_true",
        help=tr(QT_TR_NOOP("tanpa jendela: peserta disimulasikan")),
    )
    p.add_argument(
        "--out", default="cact-demo", help=tr(QT_TR_NOOP("folder untuk data dan keluaran demo"))
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--hq-database",
        metavar="postgresql://PERAN@HOST/NAMA",
        help=tr(
            QT_TR_NOOP(
                "basis data PostgreSQL kosong untuk HQ demo, tanpa kata sandi (bawaan: berkas hq.db)"
            )
        ),
    )
    # The window shows its first screen and closes (tests and CI check the window path).
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(run=demo.cmd_demo)

    p = sub.add_parser("vault", help=tr(QT_TR_NOOP("lihat, tambah, hapus atau ganti slot kunci")))
    vault = p.add_subparsers(dest="vault_command", required=True)
    vault.add_parser("list", parents=[common])
    for name in ("add", "remove", "change"):
        q = vault.add_parser(name, parents=[common])
        q.add_argument("slot")
        if name != "remove":
            q.add_argument("--new-passphrase-file")
        if name == "add":
            q.add_argument("--label")
    p.set_defaults(run=cmd_vault)

    p = sub.add_parser(
        "attempt-copy",
        help=tr(QT_TR_NOOP("salin ujian untuk dilanjutkan di stasiun lain")),
    )
    copy = p.add_subparsers(dest="copy_command", required=True)
    q = copy.add_parser("export", parents=[common])
    q.add_argument("attempt")
    q.add_argument("--out", required=True)
    q.set_defaults(run=cmd_copy_export)
    q = copy.add_parser("import", parents=[common])
    q.add_argument("file")
    q.set_defaults(run=cmd_copy_import)
    trust_commands.add_parsers(sub, common, tr)
    care_commands.add_parsers(sub, common, tr)
    upgrade_commands.add_parsers(sub, common, tr)
    room_commands.add_parsers(sub, common, tr)
    hq_commands.add_parsers(sub, common, tr)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    language = chosen_language(early.parse_known_args(argv)[0].lang)
    console = Console(language)
    args = build_parser(console.translate).parse_args(argv)
    run: Callable[[argparse.Namespace, Console], int] = args.run
    try:
        return run(args, console)
    except StationError as error:
        console.error(error)
        return EXIT_FAILED
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith(("station.hq", "aiohttp")):
            raise
        console.error(
            CliError(
                QT_TR_NOOP(
                    "Bagian HQ ({module}) tidak ada dalam program stasiun ini; jalankan perintah HQ di komputer HQ yang memasang cact-station[hq]."
                ),
                module=error.name,
            )
        )
        return EXIT_FAILED
    except OSError as error:
        console.error(
            CliError(
                QT_TR_NOOP("{file}: {problem}"),
                file=error.filename or "",
                problem=error.strerror or str(error),
            )
        )
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
