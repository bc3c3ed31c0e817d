"""``station demo``: the whole system on the bundled demo exam, from HQ's keys to competency profiles.

A demo HQ and a demo station are made in ``--out``; the demo exam (the
project's own, in Indonesian) is packaged for that station with its sessions
moved to tomorrow, imported, released with its code, sat by simulated
candidates, exported, ingested at HQ and acknowledged by HQ's receipt; HQ
then scores every attempt and prints a profile, the summary and the HR export.
Every key and passphrase here is a demo one and says so.
"""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from station.app import demo_exam_source, open_station
from station.cli.common import EXIT_FAILED, EXIT_OK, CliError
from station.cli.console import Console
from station.domain.attempt import Actor
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock
from station.services.commands import CloseSession, RecordAttendance

DEMO_PASSPHRASE = "demo-passphrase-NOT-SECRET"  # noqa: S105 - marked demo passphrase, printed to the user
DEMO_HQ_PASSPHRASE = "demo-hq-passphrase-NOT-SECRET"  # noqa: S105 - marked demo passphrase, printed to the user
WIB = timedelta(hours=7)
DEMO_PROCTORS = [
    {"nama": "Sri Wahyuni (demo)", "nip": "197805102005012003"},
    {"nama": "Bambang Hartono (demo)", "nip": "197302141998031002"},
]


def demo_source(target: Path, *, station_id: str, now: datetime) -> Path:
    """A copy of the bundled demo exam whose sessions are tomorrow, for one demo station."""
    shutil.copytree(demo_exam_source().parent, target)
    path = target / "exam.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    tomorrow = (now + WIB + timedelta(days=1)).date()
    data["centres"] = [
        {"id": "DEMO-PUSAT", "name": data["sessions"][0]["centre"], "stations": [station_id]}
    ]
    for number, session in enumerate(data["sessions"]):
        start = 8 + 5 * number
        session["centre"] = "DEMO-PUSAT"
        session["starts_at"] = f"{tomorrow}T{start:02d}:00:00+07:00"
        session["ends_at"] = f"{tomorrow}T{start + 4:02d}:30:00+07:00"
        session["proctors"] = DEMO_PROCTORS
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from station.cli.main import print_simulation, simulate_in  # noqa: PLC0415 - shared with 'simulate'
    from station.hq.app import open_headquarters  # noqa: PLC0415 - HQ is optional in station builds

    out = Path(args.out).resolve()
    if out.exists() and any(out.iterdir()):
        raise CliError(
            QT_TR_NOOP("Folder {folder} sudah berisi data; pilih folder --out yang kosong."),
            folder=str(out),
        )
    if not args.headless:
        console.say(
            QT_TR_NOOP("Jendela peserta belum tersedia di versi ini; alur dijalankan tanpa layar.")
        )
    now = datetime.now(UTC)
    clock = ManualClock(wall_ms=int(now.timestamp() * 1000))
    usb = out / "usb"
    with (
        open_headquarters(out / "hq", clock=clock, create=True) as hq,
        open_station(out / "station-data", clock=clock) as station,
    ):
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
        source = demo_source(out / "source", station_id=station_id, now=now)
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
