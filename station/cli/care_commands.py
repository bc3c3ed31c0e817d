"""Station commands for field IT's care of a station: doctor, backup, restore (ADR 0015)."""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from station.app import open_station, restore_station
from station.cli.common import read_passphrase
from station.cli.console import Console
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.services.doctor import STATUS_LABELS, DoctorReport, Status
from station.services.errors import NotInitializedError
from station.services.self_test import run_self_test

DOCTOR_FAILED = 2


def cmd_doctor(args: argparse.Namespace, console: Console) -> int:
    """Exit 0 when every check is ok, 1 with warnings only, 2 when anything failed."""
    try:
        station = open_station(args.data, create=False)
    except NotInitializedError as error:
        console.error(error)
        return DOCTOR_FAILED
    with station:
        if args.passphrase_file or args.unlock:
            station.station.unlock(read_passphrase(args, console))
        if args.accept_clock:
            station.doctor.accept_clock()
            console.say(
                QT_TR_NOOP(
                    "Jam komputer diterima sebagai benar mulai sekarang (tercatat di log audit)."
                )
            )
        report = station.doctor.run(
            progress=None if args.json else console.progress, readiness=args.readiness
        )
    if args.json:
        print(
            json.dumps(report.to_dict(console.translate), ensure_ascii=False, indent=2),
            file=console.out,
        )
    else:
        print_report(report, console)
    return report.exit_code


def cmd_self_test(args: argparse.Namespace, console: Console) -> int:
    """The build's parts (files, SQLite, cryptography, PDF) on throw-away data; 2 when one fails."""
    report = DoctorReport(station_id=None, wall_ms=int(time.time() * 1000), checks=run_self_test())
    if args.json:
        print(
            json.dumps(report.to_dict(console.translate), ensure_ascii=False, indent=2),
            file=console.out,
        )
    else:
        print_report(report, console)
    return DOCTOR_FAILED if report.status is Status.FAILED else 0


def print_report(report: DoctorReport, console: Console) -> None:
    console.say(
        QT_TR_NOOP("Pemeriksaan stasiun {station}, {time}"),
        station=report.station_id or "-",
        time=local_time(report.wall_ms, seconds=True),
    )
    labels = {status: console.text(label) for status, label in STATUS_LABELS.items()}
    width = max(len(label) for label in labels.values())
    for check in report.checks:
        print(
            f"[{labels[check.status]:<{width}}] {console.text(check.title)}: "
            f"{check.detail.render(console.translate)}",
            file=console.out,
        )
        for item in check.items:
            print(f"{'':{width + 3}}- {item.render(console.translate)}", file=console.out)
    console.say(
        QT_TR_NOOP("Ringkasan: {failed} gagal, {warnings} peringatan, {ok} baik."),
        failed=report.count(Status.FAILED),
        warnings=report.count(Status.WARNING),
        ok=report.count(Status.OK),
    )


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    with open_station(args.data, create=False) as station:
        if args.passphrase_file:  # optional: signs the audit entry of the backup
            station.station.unlock(read_passphrase(args, console))
        summary = station.backups.backup(Path(args.to), progress=console.progress)
    manifest = summary.manifest
    console.say(QT_TR_NOOP("Cadangan ditulis dan diperiksa: {file}"), file=str(summary.path))
    console.say(
        QT_TR_NOOP(
            "Stasiun {station}, skema {schema}: {attempts} ujian ({live} belum selesai), {events} kejadian, {size} bita."
        ),
        station=manifest.station_id,
        schema=manifest.schema_version,
        attempts=manifest.counts.attempts,
        live=manifest.counts.live_attempts,
        events=manifest.counts.events,
        size=summary.size,
    )
    console.say(QT_TR_NOOP("SHA-256: {sha256}"), sha256=summary.sha256)
    console.say(
        QT_TR_NOOP(
            "Simpan cadangan seaman basis data stasiun: isinya tersegel, tetapi tetap milik stasiun ini."
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    summary = restore_station(
        Path(args.source),
        args.data,
        replace=args.replace,
        progress=console.progress,
        passphrase=read_passphrase(args, console),
    )
    manifest = summary.manifest
    console.say(
        QT_TR_NOOP("Cadangan {file} dipulihkan ke {folder}: stasiun {station}, dibuat {created}."),
        file=summary.source.name,
        folder=str(summary.data_dir),
        station=manifest.station_id,
        created=local_time(manifest.created_wall_ms, seconds=True),
    )
    if summary.set_aside is not None:
        console.say(
            QT_TR_NOOP("Basis data yang tadinya ada disimpan sebagai {file} (tidak dihapus)."),
            file=str(summary.set_aside),
        )
    if manifest.counts.live_attempts:
        console.say(
            QT_TR_NOOP(
                "{live} ujian belum selesai saat dicadangkan; ujian itu dilanjutkan di soal yang sama setelah pengawas memutuskan selisih waktunya (gangguan tercatat)."
            ),
            live=manifest.counts.live_attempts,
        )
    console.say(QT_TR_NOOP("Jalankan 'station doctor' dengan kata sandi stasiun sebelum dipakai."))
    return 0


def add_parsers(sub, common: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    p = sub.add_parser(
        "doctor",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa kesehatan stasiun (keluar 0 baik, 1 peringatan, 2 gagal)")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TR_NOOP("keluaran JSON untuk mesin")))
    p.add_argument(
        "--unlock",
        action="store_true",
        help=tr(QT_TR_NOOP("minta kata sandi agar setiap rantai dapat diperiksa")),
    )
    p.add_argument(
        "--readiness",
        action="store_true",
        help=tr(QT_TR_NOOP("jalankan juga ujian latihan dari awal sampai tanda terima")),
    )
    p.add_argument(
        "--accept-clock",
        action="store_true",
        help=tr(
            QT_TR_NOOP("terima jam sekarang sebagai benar (waktu yang tercatat sebelumnya salah)")
        ),
    )
    p.set_defaults(run=cmd_doctor)

    p = sub.add_parser(
        "self-test",
        help=tr(QT_TR_NOOP("periksa bagian program ini (berkas, basis data, kriptografi, PDF)")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TR_NOOP("keluaran JSON untuk mesin")))
    p.set_defaults(run=cmd_self_test)

    p = sub.add_parser(
        "backup",
        parents=[common],
        help=tr(QT_TR_NOOP("cadangkan basis data stasiun, juga saat ujian berjalan")),
    )
    p.add_argument(
        "--to", required=True, help=tr(QT_TR_NOOP("folder tujuan (mis. flashdisk atau disk lain)"))
    )
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser(
        "restore",
        parents=[common],
        help=tr(QT_TR_NOOP("pulihkan cadangan .cactbak ke folder data")),
    )
    p.add_argument(
        "--from", dest="source", required=True, help=tr(QT_TR_NOOP("berkas cadangan .cactbak"))
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=tr(
            QT_TR_NOOP("ganti stasiun yang sudah ada (basis data lama disimpan, tidak dihapus)")
        ),
    )
    p.set_defaults(run=cmd_restore)
