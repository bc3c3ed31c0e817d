"""Station commands of the trust issue: enrollment, packages, release, export, receipts, verify."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from station.app import open_station
from station.cli.common import EXIT_FAILED, EXIT_OK, read_secret_line, unlocked_station
from station.cli.console import Console
from station.domain.attempt import Actor
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.services.clock import SystemClock
from station.services.sync import RetryPolicy
from station.services.verify import verify_with_root


def cmd_enroll_request(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        path = station.enrollment.write_request(Path(args.out))
    console.say(QT_TR_NOOP("Permintaan pendaftaran ditulis ke {file}; bawa ke HQ."), file=str(path))
    return EXIT_OK


def cmd_enroll_install(args: argparse.Namespace, console: Console) -> int:
    certificate = Path(args.certificate).read_bytes()
    trust = Path(args.trust).read_bytes()
    with unlocked_station(args, console) as station:
        status = station.enrollment.install(certificate, trust, replace_root=args.replace_root)
    console.say(
        QT_TR_NOOP(
            "Stasiun {station} terdaftar. Sidik sertifikat {fingerprint}, berlaku sampai {until}."
        ),
        station=status.station_id,
        fingerprint=status.fingerprint,
        until=local_time(status.valid_until_ms),
    )
    console.say(QT_TR_NOOP("Root HQ yang dipercaya: {root}"), root=status.root_name)
    return EXIT_OK


def cmd_package_import(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        summary = station.packages.import_package(
            Path(args.file),
            progress=console.progress,
        )
    if summary.already_imported:
        console.say(
            QT_TR_NOOP("Paket {package} sudah diimpor sebelumnya; tidak ada yang berubah."),
            package=summary.package_id,
        )
        return EXIT_OK
    console.say(
        QT_TR_NOOP(
            "Paket {package} diimpor untuk {centre}: sesi {sessions}, {candidates} peserta, {slots} kredensial pengawas."
        ),
        package=summary.package_id,
        centre=summary.centre,
        sessions=", ".join(summary.sessions),
        candidates=summary.candidates,
        slots=summary.proctor_slots,
    )
    console.say(QT_TR_NOOP("Soal tetap tersegel sampai pengawas memasukkan kode rilis sesi."))
    return EXIT_OK


def cmd_revocations_import(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        summary = station.packages.import_revocations(Path(args.file))
    if not summary.newer:
        console.say(
            QT_TR_NOOP(
                "Daftar pencabutan nomor {number} tidak lebih baru daripada yang sudah ada; tidak ada yang berubah."
            ),
            number=summary.number,
        )
        return EXIT_OK
    console.say(
        QT_TR_NOOP(
            "Daftar pencabutan nomor {number} dipakai: {revoked} kredensial dicabut; slot yang dihapus dari brankas: {slots}."
        ),
        number=summary.number,
        revoked=summary.revoked,
        slots=", ".join(summary.removed_slots) or "-",
    )
    return EXIT_OK


def cmd_token(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        token = station.tokens.current(args.session)
        zone = station.exams.session(args.session).timezone
    console.say(
        QT_TR_NOOP("Token sesi {session}: {token} (terbaru sampai {until})"),
        session=token.session_id,
        token=token.token,
        until=local_time(token.valid_until_wall_ms, zone),
    )
    return EXIT_OK


def cmd_paper(args: argparse.Namespace, console: Console) -> int:
    """Save one of the session's papers as PDF (the console's buttons, for a headless station)."""
    with unlocked_station(args, console) as station:
        path = station.papers.save(args.kind, args.subject, Path(args.out))
    console.say(QT_TR_NOOP("Dokumen disimpan: {path}"), path=str(path))
    return EXIT_OK


def cmd_release(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        code = read_secret_line(
            args.code_file,
            console,
            prompt=QT_TR_NOOP("Kode rilis: "),
            what=console.text(QT_TR_NOOP("kode rilis")),
        )
        by = Actor("proctor", args.proctor or "", args.proctor_nip or "")
        summary = station.packages.release(args.session, code, by=by)
    if summary.already_released:
        console.say(
            QT_TR_NOOP("Sesi {session} sudah dibuka sebelumnya."), session=summary.session_id
        )
    else:
        console.say(
            QT_TR_NOOP(
                "Sesi {session} dibuka: ujian {exam}, {items} soal dalam {sections} bagian."
            ),
            session=summary.session_id,
            exam=summary.exam_id,
            items=summary.items,
            sections=summary.sections,
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        summary = station.export.export(Path(args.out), progress=console.progress)
    console.say(
        QT_TR_NOOP("Bundel nomor {sequence} ditulis dan diperiksa: {file}"),
        sequence=summary.sequence,
        file=str(summary.path),
    )
    console.say(
        QT_TR_NOOP("{attempts} ujian ({ended} selesai), {events} kejadian, {size} bita."),
        attempts=summary.attempts,
        ended=summary.ended,
        events=summary.events,
        size=summary.size,
    )
    console.say(QT_TR_NOOP("Kode bundel: {bundle}"), bundle=summary.bundle_id)
    console.say(QT_TR_NOOP("SHA-256: {sha256}"), sha256=summary.sha256)
    if summary.carried:
        console.say(
            QT_TR_NOOP("Juga disalin, belum diterima HQ: {files}"),
            files=", ".join(summary.carried),
        )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        settings = station.sync.settings()
        if settings is not None:
            console.say(
                QT_TR_NOOP("Layanan HQ: {address}"), address=args.address or settings.address
            )
        report = station.sync.sync(
            progress=console.progress,
            retry=RetryPolicy(tries=args.tries),
            address=args.address,
        )
    if report.exported is not None:
        console.say(QT_TR_NOOP("Bundel baru nomor {sequence} ditulis."), sequence=report.exported)
    for sequence, _bundle_id, size in report.uploaded:
        console.say(
            QT_TR_NOOP("Bundel {sequence} terkirim ({size} bita); tanda terima kiriman diterima."),
            sequence=sequence,
            size=size,
        )
    for sequence, count in report.acknowledged:
        console.say(
            QT_TR_NOOP("Bundel {sequence} diterima HQ: {count} ujian diakui."),
            sequence=sequence,
            count=count,
        )
    for sequence in report.waiting:
        console.say(
            QT_TR_NOOP(
                "Bundel {sequence} tersimpan di HQ, menunggu diproses; tanda terimanya datang pada sinkron berikutnya."
            ),
            sequence=sequence,
        )
    for sequence, problem in report.refused:
        console.say(
            QT_TR_NOOP("Bundel {sequence} DITOLAK HQ: {problem}"),
            sequence=sequence,
            problem=problem,
        )
    for sequence, file in report.missing:
        console.say(
            QT_TR_NOOP(
                "Bundel {sequence} belum terkirim dan berkasnya tidak ada lagi ({file}); bawa berkas itu ke HQ atau ekspor ulang."
            ),
            sequence=sequence,
            file=file,
        )
    if not (
        report.exported
        or report.uploaded
        or report.acknowledged
        or report.waiting
        or report.refused
        or report.missing
    ):
        console.say(QT_TR_NOOP("Tidak ada yang perlu dikirim; semua sudah diterima HQ."))
    return EXIT_FAILED if report.refused or report.missing else EXIT_OK


def cmd_bundles(args: argparse.Namespace, console: Console) -> int:
    with open_station(args.data, create=False) as station:
        bundles = station.export.bundles()
    if not bundles:
        console.say(QT_TR_NOOP("Belum ada bundel yang diekspor."))
    for bundle in bundles:
        state = (
            console.text(QT_TR_NOOP("diterima HQ"))
            if bundle.acknowledged_wall_ms
            else console.text(QT_TR_NOOP("terkirim"))
            if bundle.transported_wall_ms
            else console.text(QT_TR_NOOP("menunggu tanda terima"))
        )
        console.say(
            QT_TR_NOOP("{sequence:>6}  {created}  {attempts} ujian  {state}  {file}"),
            sequence=bundle.sequence,
            created=local_time(bundle.created_wall_ms),
            attempts=bundle.attempts or 0,
            state=state,
            file=bundle.file_name,
        )
    return EXIT_OK


def cmd_receipt_import(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        summary = station.receipts.import_receipt(Path(args.file))
    if summary.already_imported:
        console.say(QT_TR_NOOP("Tanda terima ini sudah diimpor sebelumnya."))
        return EXIT_OK
    console.say(
        QT_TR_NOOP("Tanda terima {kind} untuk bundel nomor {sequence}: {count} ujian diterima HQ."),
        kind=summary.kind,
        sequence=summary.sequence,
        count=summary.acknowledged,
    )
    for attempt_id, verdict in summary.not_acknowledged:
        console.say(
            QT_TR_NOOP("  belum diterima: {attempt} ({verdict})"),
            attempt=attempt_id,
            verdict=verdict,
        )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, console: Console) -> int:
    with unlocked_station(args, console) as station:
        count = station.receipts.purge(retention_days=args.retention_days)
    console.say(
        QT_TR_NOOP("{count} ujian yang sudah diterima HQ dimusnahkan dari stasiun ini."),
        count=count,
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    if args.trust:
        verdict = verify_with_root(
            Path(args.file),
            root_pem=Path(args.trust).read_bytes(),
            now_ms=SystemClock().now().wall_ms,
            crl_file=Path(args.crl) if args.crl else None,
        )
    else:
        with open_station(args.data, create=False) as station:
            verdict = station.verifier.verify(
                Path(args.file), crl_file=Path(args.crl) if args.crl else None
            )
    kinds = {
        "package": QT_TR_NOOP("paket ujian"),
        "bundle": QT_TR_NOOP("bundel hasil"),
        "receipt": QT_TR_NOOP("tanda terima"),
        "unknown": QT_TR_NOOP("berkas tak dikenal"),
    }
    console.say(
        QT_TR_NOOP("{file}: {kind}"), file=args.file, kind=console.text(kinds[verdict.kind])
    )
    if verdict.signer:
        console.say(
            QT_TR_NOOP("Ditandatangani oleh {signer} (sidik {fingerprint})."),
            signer=verdict.signer,
            fingerprint=verdict.signer_fingerprint,
        )
    for detail in verdict.details:
        print(detail.render(console.translate), file=console.out)
    if verdict.crl is not None:
        print(verdict.crl.render(console.translate), file=console.out)
    if verdict.valid:
        console.say(QT_TR_NOOP("SAH"))
        return EXIT_OK
    console.say(
        QT_TR_NOOP("TIDAK SAH: {problem}"),
        problem=verdict.problem.message if verdict.problem else "",
    )
    return EXIT_FAILED


def add_parsers(sub, common: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    p = sub.add_parser("enroll", help=tr(QT_TR_NOOP("daftarkan stasiun ke HQ")))
    enroll = p.add_subparsers(dest="enroll_command", required=True)
    q = enroll.add_parser(
        "request", parents=[common], help=tr(QT_TR_NOOP("tulis permintaan pendaftaran untuk HQ"))
    )
    q.add_argument("--out", required=True, help=tr(QT_TR_NOOP("folder tujuan (mis. flashdisk)")))
    q.set_defaults(run=cmd_enroll_request)
    q = enroll.add_parser(
        "install",
        parents=[common],
        help=tr(QT_TR_NOOP("pasang sertifikat dari HQ dan sematkan kepercayaan HQ")),
    )
    q.add_argument("certificate")
    q.add_argument("--trust", required=True, help=tr(QT_TR_NOOP("berkas hq-trust.pem dari HQ")))
    q.add_argument(
        "--replace-root",
        action="store_true",
        help=tr(QT_TR_NOOP("ganti root HQ yang sudah dipercaya")),
    )
    q.set_defaults(run=cmd_enroll_install)

    p = sub.add_parser("package", help=tr(QT_TR_NOOP("paket ujian bertanda tangan")))
    package = p.add_subparsers(dest="package_command", required=True)
    q = package.add_parser(
        "import", parents=[common], help=tr(QT_TR_NOOP("periksa dan impor paket .cactpkg"))
    )
    q.add_argument("file")
    q.set_defaults(run=cmd_package_import)

    p = sub.add_parser("revocations", help=tr(QT_TR_NOOP("kredensial pengawas yang dicabut HQ")))
    revocations = p.add_subparsers(dest="revocations_command", required=True)
    q = revocations.add_parser(
        "import",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa dan pakai daftar pencabutan .cactcrv dari HQ")),
    )
    q.add_argument("file")
    q.set_defaults(run=cmd_revocations_import)

    p = sub.add_parser("session", help=tr(QT_TR_NOOP("sesi ujian")))
    session = p.add_subparsers(dest="session_command", required=True)
    q = session.add_parser(
        "release", parents=[common], help=tr(QT_TR_NOOP("buka soal sesi dengan kode rilis"))
    )
    q.add_argument("session")
    q.add_argument("--code-file", help=tr(QT_TR_NOOP("baca kode rilis dari berkas")))
    q.add_argument("--proctor", help=tr(QT_TR_NOOP("nama pengawas yang membuka sesi")))
    q.add_argument("--proctor-nip", help=tr(QT_TR_NOOP("NIP pengawas")))
    q.set_defaults(run=cmd_release)
    q = session.add_parser(
        "token",
        parents=[common],
        help=tr(QT_TR_NOOP("token sesi yang diketik peserta saat masuk (sama di setiap stasiun)")),
    )
    q.add_argument("session")
    q.set_defaults(run=cmd_token)
    q = session.add_parser(
        "paper",
        parents=[common],
        help=tr(
            QT_TR_NOOP("simpan berita acara, daftar hadir, bukti selesai atau tanda terima (PDF)")
        ),
    )
    q.add_argument(
        "kind", choices=("berita-acara", "daftar-hadir", "bukti-selesai", "tanda-terima")
    )
    q.add_argument(
        "subject",
        help=tr(QT_TR_NOOP("sesi; untuk bukti selesai: id ujian; untuk tanda terima: id bundel")),
    )
    q.add_argument("--out", required=True, help=tr(QT_TR_NOOP("folder tujuan")))
    q.set_defaults(run=cmd_paper)

    p = sub.add_parser(
        "export", parents=[common], help=tr(QT_TR_NOOP("tulis bundel hasil .cactres untuk HQ"))
    )
    p.add_argument("--out", required=True, help=tr(QT_TR_NOOP("folder tujuan (mis. flashdisk)")))
    p.set_defaults(run=cmd_export)

    p = sub.add_parser(
        "sync",
        parents=[common],
        help=tr(QT_TR_NOOP("kirim bundel hasil ke HQ lewat jaringan dan ambil tanda terimanya")),
    )
    p.add_argument(
        "--tries",
        type=int,
        default=5,
        help=tr(QT_TR_NOOP("berapa kali mencoba bila HQ tak terjangkau")),
    )
    p.add_argument(
        "--address",
        help=tr(
            QT_TR_NOOP(
                "alamat lain bagi layanan yang sama (mis. lewat VPN); sertifikatnya tetap diperiksa"
            )
        ),
    )
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser(
        "bundles",
        parents=[common],
        help=tr(QT_TR_NOOP("daftar bundel yang diekspor dan statusnya")),
    )
    p.set_defaults(run=cmd_bundles)

    p = sub.add_parser("receipt", help=tr(QT_TR_NOOP("tanda terima dari HQ")))
    receipt = p.add_subparsers(dest="receipt_command", required=True)
    q = receipt.add_parser(
        "import", parents=[common], help=tr(QT_TR_NOOP("periksa dan impor tanda terima .cactrcpt"))
    )
    q.add_argument("file")
    q.set_defaults(run=cmd_receipt_import)

    p = sub.add_parser(
        "purge", parents=[common], help=tr(QT_TR_NOOP("musnahkan ujian yang sudah diterima HQ"))
    )
    p.add_argument(
        "--retention-days",
        type=int,
        default=30,
        help=tr(QT_TR_NOOP("masa simpan setelah diterima HQ (hari)")),
    )
    p.set_defaults(run=cmd_purge)

    p = sub.add_parser(
        "verify",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa paket, bundel atau tanda terima secara luring")),
    )
    p.add_argument("file")
    p.add_argument("--trust", help=tr(QT_TR_NOOP("sertifikat root HQ (hq-root.pem) yang dipakai")))
    p.add_argument(
        "--crl",
        help=tr(
            QT_TR_NOOP(
                "CRL HQ yang lebih baru (hq-crl.pem); dipakai bila nomornya lebih besar dari CRL dalam berkas"
            )
        ),
    )
    p.set_defaults(run=cmd_verify)
