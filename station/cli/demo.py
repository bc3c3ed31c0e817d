"""``station demo``: the whole system on the bundled demo exam, from HQ's keys to competency profiles.

A demo HQ and a demo station are made in ``--out``; the demo exam (the
project's own, in Indonesian) is packaged for that station, imported and
released with its code. Where there is a display the staff console then
opens, ready for a person to sit the exam (the first session has just
begun). With ``--headless`` (or no display) simulated candidates sit it on a
simulated clock instead; the bundle is exported, ingested at HQ and
acknowledged by HQ's receipt; HQ then scores every attempt and prints a
profile, the summary and the HR export. Every key and passphrase here is a
demo one and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from station.app import demo_exam_source, open_station
from station.cli.common import EXIT_FAILED, EXIT_OK, CliError
from station.cli.console import Console
from station.cli.simulation import print_simulation, simulate_in
from station.domain.attempt import Actor
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock
from station.services.clock import SystemClock
from station.services.commands import CloseSession, RecordAttendance

DEMO_PASSPHRASE = "demo-passphrase-NOT-SECRET"  # noqa: S105 - marked demo passphrase, printed to the user
DEMO_HQ_PASSPHRASE = "demo-hq-passphrase-NOT-SECRET"  # noqa: S105 - marked demo passphrase, printed to the user
WIB = timedelta(hours=7)
DEMO_PROCTORS = [
    {"nama": "Sri Wahyuni (demo)", "nip": "197805102005012003"},
    {"nama": "Bambang Hartono (demo)", "nip": "197302141998031002"},
]


DEMO_LETTERHEAD = {
    "agency": [
        "PEMERINTAH KABUPATEN SUKAMAJU (DEMO)",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "Jalan Merdeka No. 1, Sukamaju",
    ],
    "berita_acara_number": "BA-{nomor}/{centre}/{bulan-romawi}/{tahun}",
}
"""The demo package's kop lines and berita acara numbering (docs/formats.md, package)."""


def demo_source(target: Path, *, station_id: str, now: datetime, starts_now: bool = False) -> Path:
    """A copy of the bundled demo exam for one demo station: sessions tomorrow (the
    simulated clock runs ahead to them), or with ``starts_now`` the first one
    begun five minutes ago, so a person at the window can sit it at once."""
    shutil.copytree(demo_exam_source().parent, target)
    path = target / "exam.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    tomorrow = (now + WIB + timedelta(days=1)).date()
    data["centres"] = [
        {
            "id": "DEMO-PUSAT",
            "name": data["sessions"][0]["centre"],
            "city": "Sukamaju",
            "stations": [station_id],
        }
    ]
    data["package"] = {**data.get("package", {}), **DEMO_LETTERHEAD}
    for number, session in enumerate(data["sessions"]):
        start = 8 + 5 * number
        session["centre"] = "DEMO-PUSAT"
        session["starts_at"] = f"{tomorrow}T{start:02d}:00:00+07:00"
        session["ends_at"] = f"{tomorrow}T{start + 4:02d}:30:00+07:00"
        session["proctors"] = DEMO_PROCTORS
    if starts_now:
        begun = (now + WIB - timedelta(minutes=5)).replace(tzinfo=None, microsecond=0)
        first = data["sessions"][0]
        first["starts_at"] = f"{begun.isoformat()}+07:00"
        first["ends_at"] = f"{(begun + timedelta(hours=4, minutes=30)).isoformat()}+07:00"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def has_display() -> bool:
    """Whether a window can be shown: always on Windows and macOS, else with X11 or Wayland."""
    if sys.platform in {"win32", "darwin"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def console_command(data: Path, *, self_test: bool = False, language: str = "") -> list[str]:
    """The staff console as its own process: the command line never imports the windows.

    Candidate mode opens in a normal window (``--windowed-candidates``): a demo
    must not lock the desktop of whoever tries it. ``language`` is the demo's own."""
    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        program = [str(Path(sys.executable).with_name(f"cact-station{suffix}"))]
    else:
        program = [sys.executable, "-m", "station.ui.console.main"]
    return [
        *program,
        "--data",
        str(data),
        "--windowed-candidates",
        *(["--lang", language] if language else []),
        *(["--self-test"] if self_test else []),
    ]


@dataclass(frozen=True, slots=True)
class DemoSetup:
    """What the first four steps made: HQ's keys, the package and its first session."""

    keys: Any
    build: Any
    session: Any
    source: Path
    proctor: Actor


def prepare(
    hq, station, *, out: Path, now: datetime, console: Console, starts_now: bool
) -> DemoSetup:
    """Steps 1–4: a demo HQ, an enrolled demo station, the package imported, session 1 released."""
    usb = out / "usb"
    console.say(QT_TR_NOOP("1. HQ demo: root CA, kunci penanda tangan dan kunci hasil dibuat."))
    hq.setup.initialize(name="HQ Demo CACT", passphrase=DEMO_HQ_PASSPHRASE)
    keys = hq.unlock(DEMO_HQ_PASSPHRASE)
    station_id = station.station.initialize(passphrase=DEMO_PASSPHRASE)
    request = station.enrollment.write_request(usb)
    enrollment = hq.setup.enroll(request.read_bytes(), keys=keys)
    station.enrollment.install(
        enrollment.certificate_pem, (hq.paths.trust / "hq-trust.pem").read_bytes()
    )
    console.say(QT_TR_NOOP("2. Stasiun demo {station} didaftarkan ke HQ."), station=station_id)
    source = demo_source(out / "source", station_id=station_id, now=now, starts_now=starts_now)
    build = hq.packages.build(source, keys=keys, out=usb / "ujian-demo.cactpkg")
    imported = station.packages.import_package(build.path)
    console.say(
        QT_TR_NOOP(
            "3. Paket {package} dibangun, ditandatangani dan diimpor: {candidates} peserta, soal masih tersegel."
        ),
        package=build.package_id,
        candidates=imported.candidates,
    )
    session = build.releases[0]
    proctor = Actor("proctor", DEMO_PROCTORS[0]["nama"], DEMO_PROCTORS[0]["nip"])
    released = station.packages.release(session.session_id, session.release_code, by=proctor)
    console.say(
        QT_TR_NOOP(
            "4. Sesi {session} dibuka dengan kode rilis {code}: {items} soal, {sections} bagian."
        ),
        session=session.session_id,
        code=session.release_code,
        items=released.items,
        sections=released.sections,
    )
    return DemoSetup(keys=keys, build=build, session=session, source=source, proctor=proctor)


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from station.hq.app import open_headquarters  # noqa: PLC0415 - HQ is optional in station builds

    out = Path(args.out).resolve()
    if out.exists() and any(out.iterdir()):
        raise CliError(
            QT_TR_NOOP("Folder {folder} sudah berisi data; pilih folder --out yang kosong."),
            folder=str(out),
        )
    if not args.headless and has_display():
        return demo_window(
            out, console, open_headquarters, self_test=args.self_test, database=args.hq_database
        )
    if not args.headless:
        console.say(
            QT_TR_NOOP(
                "Tidak ada layar (DISPLAY atau WAYLAND_DISPLAY); alur dijalankan tanpa layar."
            )
        )
    return demo_headless(out, args, console, open_headquarters)


def demo_window(
    out: Path, console: Console, open_headquarters, *, self_test: bool, database: str | None = None
) -> int:
    """Set everything up on the real clock, then open the staff console ready for a sitting.

    ``database``: a PostgreSQL database for the demo HQ (``--hq-database``); else ``hq.db``."""
    now = datetime.now(UTC)
    with (
        open_headquarters(out / "hq", clock=SystemClock(), create=True, database=database) as hq,
        open_station(out / "station-data") as station,
    ):
        setup = prepare(hq, station, out=out, now=now, console=console, starts_now=True)
        first = station.exams.roster(setup.session.session_id)[0]
    console.say(
        QT_TR_NOOP(
            "5. Konsol petugas dibuka. Buka kuncinya dengan kata sandi stasiun demo (BUKAN rahasia): {passphrase}"
        ),
        passphrase=DEMO_PASSPHRASE,
    )
    console.say(
        QT_TR_NOOP(
            "   Tab Sesi menampilkan token peserta; tekan 'Mulai mode peserta' lalu masuk dengan NIP fiktif {nip} ({name}) dan token itu."
        ),
        nip=first.nip.digits,
        name=first.name,
    )
    console.say(
        QT_TR_NOOP("   Kode rilis dan kredensial pengawas demo: {folder}"),
        folder=str(setup.build.delivery_folder),
    )
    console.say(
        QT_TR_NOOP("   Tanpa layar: station demo --headless --out FOLDER menjalankan seluruh alur.")
    )
    return subprocess.call(  # noqa: S603 - our own program
        console_command(out / "station-data", self_test=self_test, language=console.language)
    )


def demo_headless(out: Path, args: argparse.Namespace, console: Console, open_headquarters) -> int:
    """The whole pipeline on a simulated clock: candidates, bundle, HQ, scores and papers."""
    now = datetime.now(UTC)
    clock = ManualClock(wall_ms=int(now.timestamp() * 1000))
    usb = out / "usb"
    with (
        open_headquarters(out / "hq", clock=clock, create=True, database=args.hq_database) as hq,
        open_station(out / "station-data", clock=clock) as station,
    ):
        setup = prepare(hq, station, out=out, now=now, console=console, starts_now=False)
        keys, build, session, source, proctor = (
            setup.keys,
            setup.build,
            setup.session,
            setup.source,
            setup.proctor,
        )
        roster = station.exams.roster(session.session_id)
        for seat, entry in enumerate(roster, start=1):
            station.proctor.execute(
                RecordAttendance(
                    session_id=session.session_id,
                    nip=entry.nip.digits,
                    status="present",
                    seat=f"A-{seat:02d}",
                    identity_checked=True,
                ),
                by=proctor,
            )
        report = simulate_in(
            station,
            clock,
            console,
            source=None,
            session_id=session.session_id,
            candidates=len(roster),
            seed=args.seed,
        )
        print_simulation(report, console)
        station.proctor.execute(
            CloseSession(session_id=session.session_id, note="Demo: semua peserta selesai."),
            by=proctor,
        )
        bundle = station.export.export(usb)
        console.say(
            QT_TR_NOOP("5. Bundel hasil nomor {sequence} ditulis dan diperiksa: {file}"),
            sequence=bundle.sequence,
            file=str(bundle.path),
        )
        papers = out / "kertas"
        first = station.sittings.attempts(session.session_id)[0].attempt_id
        for kind, subject in (
            ("berita-acara", session.session_id),
            ("daftar-hadir", session.session_id),
            ("bukti-selesai", first),
            ("tanda-terima", bundle.bundle_id),
        ):
            station.papers.save(kind, subject, papers, by=proctor)
        console.say(
            QT_TR_NOOP(
                "   Berita acara, daftar hadir, bukti selesai dan tanda terima berkas: {folder}"
            ),
            folder=str(papers),
        )
        outcome = hq.intake.ingest_one(bundle.path, keys=keys)
        verdicts = sorted({f.verdict.value for f in outcome.findings})
        console.say(
            QT_TR_NOOP("6. HQ memeriksa dan menerima bundel ({verdicts}); tanda terima: {file}"),
            verdicts=", ".join(verdicts),
            file=str(outcome.receipt_beside or outcome.receipt),
        )
        acknowledged = station.receipts.import_receipt(outcome.receipt_beside or outcome.receipt)
        console.say(
            QT_TR_NOOP("7. Stasiun mengimpor tanda terima: {count} ujian diterima HQ."),
            count=acknowledged.acknowledged,
        )
        ratings = hq.scoring.import_ratings(source.parent / "kinerja.csv", operator="demo")
        scoring = hq.scoring.score_all()
        console.say(
            QT_TR_NOOP(
                "8. HQ menilai {count} ujian ({ratings} nilai kinerja dimuat); tabel: {versions}."
            ),
            count=scoring.scored,
            ratings=ratings,
            versions=", ".join(f"{k} {v}" for k, v in sorted(scoring.versions.items())),
        )
        reports = out / "laporan"
        first = hq.results.scores()[0].nip if scoring.scored else None
        if first is not None:
            hq.results.profile(first, reports / f"profil-{first}.pdf", operator="demo")
        hq.results.summary(reports / "ringkasan.pdf", operator="demo")
        hq.results.export_hr(reports / "ekspor-kepegawaian.csv", file_format="csv", operator="demo")
        hq.results.export_hr(reports / "ekspor-siasn.json", file_format="json", operator="demo")
        console.say(
            QT_TR_NOOP(
                "9. Profil kompetensi, ringkasan instansi dan ekspor kepegawaian ditulis di {folder}."
            ),
            folder=str(reports),
        )
    console.say(QT_TR_NOOP("Keluaran demo ada di {folder}:"), folder=str(out))
    console.say(QT_TR_NOOP("  HQ demo: {folder}"), folder=str(out / "hq"))
    console.say(QT_TR_NOOP("  data stasiun demo: {folder}"), folder=str(out / "station-data"))
    console.say(QT_TR_NOOP("  paket, bundel dan permintaan pendaftaran: {folder}"), folder=str(usb))
    console.say(
        QT_TR_NOOP("  kode rilis dan kredensial pengawas: {folder}"),
        folder=str(build.delivery_folder),
    )
    console.say(
        QT_TR_NOOP(
            "Periksa bundel dengan OpenSSL saja: lihat docs/formats.md §10.3 (root: {root})."
        ),
        root=str(out / "hq" / "trust" / "hq-root.pem"),
    )
    console.say(
        QT_TR_NOOP("Kata sandi demo (BUKAN rahasia): stasiun {station}, HQ {hq}"),
        station=DEMO_PASSPHRASE,
        hq=DEMO_HQ_PASSPHRASE,
    )
    ok = (
        report.integrity is not None
        and report.integrity.ok
        and outcome.status == "accepted"
        and scoring.scored == len(roster)
        and not scoring.skipped
    )
    return EXIT_OK if ok else EXIT_FAILED
