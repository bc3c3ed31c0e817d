"""``station hq …``: headquarters commands. ``station.hq`` is imported only when they run,
so the frozen station build can leave it out."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from station.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliError,
    first_line,
    printable,
    read_passphrase,
    read_secret_line,
)
from station.cli.console import Console
from station.cli.hq_housekeeping_commands import add_housekeeping_parsers
from station.cli.hq_session import (
    OPERATOR_ENV,
    SignInError,
    _open,
    _operator_password,
    _signed_in,
)
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP


def _action(name: str):
    from station.domain.hq_access import HqAction  # noqa: PLC0415 - HQ only

    return HqAction[name]


def _keys(hq, args: argparse.Namespace, console: Console, action: str | None):
    """The HQ keys, asked for only once the operator may do ``action`` (an ``HqAction``): no
    prompt, and no try of a passphrase, for a command they would be refused (ADR 0039)."""
    if action is not None:
        hq.access.require(action)
    return hq.unlock(read_passphrase(args, console, prompt=QT_TR_NOOP("Kata sandi HQ: ")))


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    admin = args.admin or os.environ.get(OPERATOR_ENV, "")
    if not admin.strip():
        raise SignInError(
            QT_TR_NOOP(
                "Sebutkan admin pertama HQ: --admin NAMA (atau CACT_HQ_OPERATOR); kata sandinya dari --password-file, CACT_HQ_PASSWORD atau ketikan."
            )
        )
    roles = _roles(args.role) if args.role else None
    key_file = Path(args.key_file) if args.key_file else None
    with _open(args, create=True) as hq:
        passphrase = read_passphrase(
            args, console, confirm=True, prompt=QT_TR_NOOP("Kata sandi HQ: ")
        )
        password = (
            None
            if key_file
            else _operator_password(args, console, name=admin.strip(), confirm=True)
        )
        hq.operators.check_new(admin.strip(), password=password)  # before any key is made
        folder = hq.setup.initialize(name=args.name, passphrase=passphrase)
        hq.operators.add_first_admin(
            admin.strip(),
            keys=hq.unlock(passphrase),
            password=password,
            key_file=key_file,
            roles=roles,
        )
    console.say(QT_TR_NOOP("HQ disiapkan di {folder}."), folder=args.dir)
    console.say(QT_TR_NOOP("Admin pertama: {name}."), name=admin.strip())
    console.say(
        QT_TR_NOOP("Berkas kepercayaan untuk stasiun: {file}"), file=str(folder / "hq-trust.pem")
    )
    console.say(QT_TR_NOOP("Simpan kunci root secara luring; lihat docs/keys.md."))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        folder = hq.setup.export_trust(Path(args.out) if args.out else None)
    console.say(QT_TR_NOOP("Berkas kepercayaan ditulis ke {folder}."), folder=str(folder))
    return EXIT_OK


def cmd_enroll(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("ENROLL_STATION"))
        enrollment = hq.setup.enroll(
            Path(args.request).read_bytes(), keys=keys, room_hub=args.room_hub
        )
    console.say(
        QT_TR_NOOP("Sertifikat stasiun {station} diterbitkan: {file} (sidik {fingerprint})."),
        station=enrollment.station_id,
        file=str(enrollment.path),
        fingerprint=enrollment.fingerprint,
    )
    if args.room_hub:
        console.say(
            QT_TR_NOOP(
                "Stasiun ini juga boleh menjalankan hub ruang untuk stasiun lain di pusat ujiannya."
            )
        )
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("REVOKE_STATION"))
        number = hq.setup.revoke(args.station, reason=args.reason, keys=keys)
    console.say(
        QT_TR_NOOP("Stasiun {station} dicabut; CRL nomor {number} diterbitkan."),
        station=args.station,
        number=number,
    )
    return EXIT_OK


def cmd_credential_revoke(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("REVOKE_CREDENTIAL"))
        revocations, path = hq.credentials.revoke(
            args.package, args.slot, reason=args.reason, keys=keys
        )
    console.say(
        QT_TR_NOOP(
            "Kredensial {slot} paket {package} dicabut; daftar pencabutan nomor {number} ditulis ke {file}. Bawa berkas itu ke pusat uji ('station revocations import') — paket berikutnya juga membawanya."
        ),
        slot=args.slot,
        package=args.package,
        number=revocations.number,
        file=str(path),
    )
    return EXIT_OK


def cmd_crl(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        number = hq.setup.issue_crl(keys=_keys(hq, args, console, _action("ISSUE_CRL")))
    console.say(QT_TR_NOOP("CRL nomor {number} diterbitkan."), number=number)
    return EXIT_OK


def cmd_stations(args: argparse.Namespace, console: Console) -> int:
    from station.hq.listing import may_host_room  # noqa: PLC0415 - HQ only

    with _signed_in(args, console) as hq:
        stations = hq.setup.stations()
    for entry in stations:
        enrolled = datetime.fromtimestamp(entry.enrolled_wall_ms / 1000, tz=UTC).date().isoformat()
        state = (
            console.text(QT_TR_NOOP("dicabut"))
            if entry.revoked_wall_ms
            else console.text(QT_TR_NOOP("aktif"))
        )
        role = console.text(
            QT_TR_NOOP("stasiun + hub ruang") if may_host_room(entry) else QT_TR_NOOP("stasiun")
        )
        console.say(
            QT_TR_NOOP("{station}  {enrolled}  {state}  {role}  {fingerprint}"),
            station=entry.station_id,
            enrolled=enrolled,
            state=state,
            role=role,
            fingerprint=entry.fingerprint,
        )
    return EXIT_OK


def cmd_attempts(args: argparse.Namespace, console: Console) -> int:
    """What arrived of a candidate, a station, a centre or a session: read-only."""
    with _signed_in(args, console) as hq:
        found = hq.results.attempts(
            nip=args.nip,
            station_id=args.station,
            centre=args.centre,
            session_id=args.session,
        )
    for entry in found:
        received = (
            local_time(entry.received_wall_ms, "Asia/Jakarta", seconds=True)
            if entry.received_wall_ms
            else "—"
        )
        stations = entry.origin_station_id
        if entry.last_station_id and entry.last_station_id != entry.origin_station_id:
            stations += f"→{entry.last_station_id}"
        bundle = (
            f"{entry.bundle_station_id}#{entry.bundle_sequence}" if entry.bundle_station_id else "—"
        )
        print(
            "  ".join(
                [
                    entry.nip or "—",
                    entry.session_id,
                    entry.centre or "—",
                    stations,
                    entry.attempt_id,
                    entry.status + (f"/{entry.end_reason}" if entry.end_reason else ""),
                    entry.verdict + _conflict_mark(entry.conflict, console),
                    bundle,
                    received,
                    ",".join(entry.anomalies) or "—",
                ]
            ),
            file=console.out,
        )
    console.say(QT_TR_NOOP("{count} ujian."), count=len(found))
    return EXIT_OK


def _conflict_mark(state: str, console: Console) -> str:
    if state == "open":
        return " (" + console.text(QT_TR_NOOP("konflik")) + ")"
    if state == "resolved":
        return " (" + console.text(QT_TR_NOOP("konflik diselesaikan")) + ")"
    return ""


def cmd_package_build(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("BUILD_PACKAGE"))
        build = hq.packages.build(
            Path(args.source),
            keys=keys,
            out=Path(args.out) if args.out else None,
            tables_folder=_tables(args),
        )
    console.say(
        QT_TR_NOOP("Paket {package} ditulis: {file} ({size} bita)."),
        package=build.package_id,
        file=str(build.path),
        size=build.size,
    )
    console.say(QT_TR_NOOP("SHA-256: {sha256}"), sha256=build.sha256)
    console.say(
        QT_TR_NOOP(
            "Kode rilis dan kredensial pengawas ada di {folder}; cetak dan kirim terpisah dari paket."
        ),
        folder=str(build.delivery_folder),
    )
    return EXIT_OK


def cmd_update_package(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("BUILD_UPDATE"))
        build = hq.releases.build_update(
            Path(args.app),
            min_version=args.min_version,
            notes={"id": args.notes_id, "en": args.notes_en or ""},
            keys=keys,
            out=Path(args.out),
            platform=args.platform,
        )
    console.say(
        QT_TR_NOOP(
            "Paket pembaruan versi {version} ({platform}, menggantikan {needed} ke atas) ditulis: {file}, {files} berkas, {size} bita."
        ),
        version=build.version,
        platform=build.platform,
        needed=build.min_version,
        file=str(build.path),
        files=build.files,
        size=build.size,
    )
    console.say(QT_TR_NOOP("SHA-256: {sha256}"), sha256=build.sha256)
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("INGEST"))
        outcomes = hq.intake.ingest(
            [Path(p) for p in args.files],
            keys=keys,
            progress=console.progress,
            new_only=args.new_only,
        )
    labels = {
        "accepted": QT_TR_NOOP("diterima"),
        "duplicate": QT_TR_NOOP("sudah pernah diterima"),
        "quarantined": QT_TR_NOOP("dikarantina (stasiun dicabut)"),
        "refused": QT_TR_NOOP("DITOLAK"),
    }
    for outcome in outcomes:
        console.say(
            QT_TR_NOOP("{file}: {status}"),
            file=outcome.file,
            status=console.text(labels[outcome.status]),
        )
        if outcome.problem is not None:
            print(f"  {outcome.problem.render(console.translate)}", file=console.out)
        counts: dict[str, int] = {}
        for finding in outcome.findings:
            counts[finding.verdict.value] = counts.get(finding.verdict.value, 0) + 1
        if counts:
            console.say(
                QT_TR_NOOP("  ujian: {counts}"),
                counts=", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
            )
        if outcome.receipt_beside is not None:
            console.say(QT_TR_NOOP("  tanda terima: {file}"), file=str(outcome.receipt_beside))
        elif outcome.receipt is not None:
            console.say(QT_TR_NOOP("  tanda terima: {file}"), file=str(outcome.receipt))
    accepted = sum(1 for o in outcomes if o.status in ("accepted", "duplicate"))
    verdicts: dict[str, int] = {}
    for outcome in outcomes:
        for finding in outcome.findings:
            verdicts[finding.verdict.value] = verdicts.get(finding.verdict.value, 0) + 1
    console.say(
        QT_TR_NOOP("Ringkasan: {total} bundel, {accepted} diterima, {other} lainnya."),
        total=len(outcomes),
        accepted=accepted,
        other=len(outcomes) - accepted,
    )
    console.say(
        QT_TR_NOOP("Ujian: {counts}; anomali tercatat: {anomalies}."),
        counts=", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())) or "-",
        anomalies=sum(o.new_anomalies for o in outcomes),
    )
    return EXIT_OK if all(o.status != "refused" for o in outcomes) else EXIT_FAILED


def cmd_enqueue(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        done = hq.queue.enqueue([Path(p) for p in args.files])
    for item in done:
        if item.problem is not None:
            console.say(QT_TR_NOOP("{file}: DITOLAK"), file=item.file)
            print(f"  {item.problem.render(console.translate)}", file=console.out)
        elif item.new:
            console.say(QT_TR_NOOP("{file}: masuk antrean"), file=item.file)
        else:
            console.say(QT_TR_NOOP("{file}: sudah ada di antrean"), file=item.file)
    console.say(
        QT_TR_NOOP("Ringkasan: {total} berkas, {new} baru masuk antrean, {known} sudah ada."),
        total=len(done),
        new=sum(1 for item in done if item.new),
        known=sum(1 for item in done if item.problem is None and not item.new),
    )
    return EXIT_OK if all(item.problem is None for item in done) else EXIT_FAILED


def cmd_queue(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        status = hq.queue.status(retry_failed=args.retry_failed)
    if args.retry_failed:
        console.say(
            QT_TR_NOOP("{count} bundel yang gagal dimasukkan kembali ke antrean."),
            count=status.retried,
        )
    counts, failed = status.counts, status.failed
    console.say(
        QT_TR_NOOP("Antrean: {queued} menunggu, {done} selesai, {failed} gagal."),
        queued=counts.get("queued", 0),
        done=counts.get("done", 0),
        failed=counts.get("failed", 0),
    )
    for job in failed:
        console.say(
            QT_TR_NOOP("{file} ({outcome}, {attempts} percobaan): {reason}"),
            file=job.file_name,
            outcome=job.outcome or "-",
            attempts=job.attempts,
            reason=job.last_error or "-",
        )
    return EXIT_OK


def cmd_worker(args: argparse.Namespace, console: Console) -> int:
    import json  # noqa: PLC0415
    import os  # noqa: PLC0415
    import socket  # noqa: PLC0415

    from station.hq.worker import Pause  # noqa: PLC0415 - HQ only

    def log(line: dict) -> None:
        print(json.dumps(line, ensure_ascii=False, sort_keys=True), file=console.out, flush=True)

    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("INGEST"))
        worker = hq.queue.worker(
            keys=keys,
            name=args.name or f"{socket.gethostname()}-{os.getpid()}",
            log=log,
            max_attempts=args.max_attempts,
            pause=Pause.from_environment(),
        )
        reports = worker.run(once=args.once, idle_exit_s=args.idle_exit)
    return EXIT_OK if all(r.verdict != "error" for r in reports) else EXIT_FAILED


def cmd_upload_service(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("ISSUE_UPLOAD_SERVICE"))
        identity = hq.setup.issue_upload_service(args.address, keys=keys, folder=Path(args.out))
    console.say(
        QT_TR_NOOP("Identitas layanan unggah {address} ditulis ke {folder} (sidik {fingerprint})."),
        address=identity.address,
        folder=str(identity.folder),
        fingerprint=identity.fingerprint,
    )
    console.say(
        QT_TR_NOOP(
            "hq-trust.pem kini menyebut layanan ini; berikan kepada stasiun bersama sertifikatnya."
        )
    )
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, console: Console) -> int:
    from station.hq.upload.connections import ConnectionLimits  # noqa: PLC0415
    from station.hq.upload.server import Limits, ServerConfig, serve  # noqa: PLC0415
    from station.services.clock import SystemClock  # noqa: PLC0415

    host, _, port = args.listen.rpartition(":")
    config = ServerConfig(
        identity=Path(args.identity),
        spool=Path(args.spool),
        host=host or "0.0.0.0",  # noqa: S104 - see ServerConfig
        port=int(port),
        limits=Limits(
            max_bundle_bytes=int(args.max_bundle_mb * 1024**2),
            requests_per_minute=args.requests_per_minute,
            burst=args.burst,
            uploads_in_memory=args.uploads_in_memory,
            body_stall_s=args.body_stall_timeout,
        ),
        connections=ConnectionLimits(
            max_connections=args.max_connections,
            handshake_s=args.handshake_timeout,
            header_s=args.header_timeout,
            idle_s=args.idle_timeout,
        ),
        workers=args.workers,
        queue=args.queue,
    )
    del console
    if args.log:
        with open(args.log, "a", encoding="utf-8", buffering=1) as stream:
            return serve(config, clock=SystemClock(), log_stream=stream)
    return serve(config, clock=SystemClock())


def cmd_receipt_page(args: argparse.Namespace, console: Console) -> int:
    from station.cli.i18n import SUPPORTED, translator  # noqa: PLC0415
    from station.hq.receipt_page import PageConfig, PageLimits, serve  # noqa: PLC0415

    host, _, port = args.listen.rpartition(":")
    config = PageConfig(
        folder=Path(args.dir),
        host=host or "127.0.0.1",
        port=int(port),
        limits=PageLimits(requests_per_minute=args.requests_per_minute, burst=args.burst),
        trusted_proxies=frozenset(args.trusted_proxy or ()),
    )
    translators = {language: translator(language) for language in SUPPORTED}
    del console
    if args.log:
        with open(args.log, "a", encoding="utf-8", buffering=1) as stream:
            return serve(config, translators=translators, log_stream=stream)
    return serve(config, translators=translators)


def cmd_open(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        opened = hq.intake.open(
            Path(args.bundle), keys=_keys(hq, args, console, _action("OPEN_BUNDLE"))
        )
    m = opened.manifest
    console.say(
        QT_TR_NOOP("Bundel {bundle} nomor {sequence} dari stasiun {station}."),
        bundle=m.bundle_id,
        sequence=m.sequence,
        station=opened.station,
    )
    for item in opened.attempts:
        answers = sum(1 for e in item.events if e.get("kind") == "answered")
        console.say(
            QT_TR_NOOP(
                "  {attempt}  sesi {session}  {status}/{reason}  {events} kejadian, {answers} jawaban  [{verdict}]"
            ),
            attempt=item.entry.attempt_id,
            session=item.entry.session_id,
            status=item.entry.status,
            reason=item.entry.end_reason or "-",
            events=len(item.events),
            answers=answers,
            verdict=item.finding.verdict.value,
        )
        if args.events:
            for event in item.events:
                print(f"      {event}", file=console.out)
    console.say(
        QT_TR_NOOP("Catatan sesi: {sessions} sesi, {audit} catatan audit."),
        sessions=len(opened.records.get("sessions", [])),
        audit=len(opened.records.get("audit", [])),
    )
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        keys = _keys(hq, args, console, _action("KEY_SLOTS"))
        action = args.slot_action
        new = None
        if action != "remove":
            new = read_secret_line(
                args.new_passphrase_file,
                console,
                prompt=QT_TR_NOOP("Kata sandi baru: "),
                what=console.text(QT_TR_NOOP("kata sandi")),
            )
        changed = hq.setup.change_key_passphrase(keys, action, args.slot, new)
    console.say(
        QT_TR_NOOP("Slot {slot} diubah pada brankas: {vaults}."),
        slot=args.slot,
        vaults=", ".join(changed),
    )
    return EXIT_OK


def _tables(args: argparse.Namespace) -> Path | None:
    return Path(args.tables) if args.tables else None


def cmd_ratings(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        count = hq.scoring.import_ratings(Path(args.file), tables_folder=_tables(args))
    console.say(QT_TR_NOOP("{count} nilai kinerja dimuat."), count=count)
    return EXIT_OK


def cmd_score(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        summary = hq.scoring.score_all(tables_folder=_tables(args))
    console.say(
        QT_TR_NOOP("{count} ujian dinilai dengan tabel {versions}."),
        count=summary.scored,
        versions=", ".join(f"{k} {v}" for k, v in summary.versions.items()),
    )
    for attempt_id, reason in summary.skipped:
        console.say(
            QT_TR_NOOP("  tidak dinilai: {attempt} — {reason}"),
            attempt=attempt_id,
            reason=reason.render(console.translate),
        )
    return EXIT_OK


def cmd_rescore(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        result = hq.scoring.rescore(tables_folder=_tables(args))
    versions = sorted(
        {
            (k, v, w)
            for c in result.changes
            for k, v in c.before_versions.items()
            if (w := c.after_versions.get(k)) and w != v
        }
    )
    console.say(
        QT_TR_NOOP("{count} ujian dinilai ulang dengan tabel terbaru {versions}."),
        count=result.scoring.scored,
        versions=", ".join(f"{k} {v}" for k, v in result.scoring.versions.items()),
    )
    for kind, before, after in versions:
        console.say(
            QT_TR_NOOP("  tabel berubah: {kind} {before} → {after}"),
            kind=kind,
            before=before,
            after=after,
        )
    for change in result.changes:
        console.say(
            QT_TR_NOOP("  {nip}  {name}: kotak {before} → {after}"),
            nip=change.nip,
            name=change.name,
            before="-" if change.before_box is None else f"K{change.before_box}",
            after="-" if change.after_box is None else f"K{change.after_box}",
        )
    for attempt_id, reason in result.scoring.skipped:
        console.say(
            QT_TR_NOOP("  tidak dinilai: {attempt} — {reason}"),
            attempt=attempt_id,
            reason=reason.render(console.translate),
        )
    return EXIT_OK


def cmd_profile(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        path = hq.results.profile(args.nip, Path(args.out))
    console.say(QT_TR_NOOP("Profil kompetensi ditulis: {file}"), file=str(path))
    return EXIT_OK


def _talent_box(text: str) -> int:
    """``K7`` or ``7`` → 7 (argparse type for ``--box``)."""
    value = text.strip().upper().removeprefix("K")
    if not value.isdigit() or not 1 <= int(value) <= 9:
        raise argparse.ArgumentTypeError(text)
    return int(value)


def cmd_review(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        review = hq.results.review(args.nip, by=args.by, reason=args.reason, box=args.box)
    console.say(
        QT_TR_NOOP("Tinjauan dicatat untuk {nip} oleh {by}: kotak {before} → {after}."),
        nip=review.nip,
        by=review.reviewer,
        before="-" if review.box_before is None else f"K{review.box_before}",
        after=console.translate(QT_TR_NOOP("tetap")) if review.box is None else f"K{review.box}",
    )
    return EXIT_OK


def cmd_summary(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        path = hq.results.summary(Path(args.out), unit=args.unit)
    console.say(QT_TR_NOOP("Ringkasan ditulis: {file}"), file=str(path))
    return EXIT_OK


def cmd_export_hr(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        count = hq.results.export_hr(Path(args.out), file_format=args.format)
    console.say(QT_TR_NOOP("{count} pegawai diekspor ke {file}."), count=count, file=args.out)
    return EXIT_OK


VERDICT_LABELS = {
    "accepted": QT_TR_NOOP("diterima"),
    "extended": QT_TR_NOOP("diterima, salinan lebih lengkap"),
    "erased": QT_TR_NOOP("diterima; datanya kemudian dihapus, bukti penerimaan disimpan"),
}
END_LABELS = {
    "submitted": QT_TR_NOOP("dikirim peserta"),
    "timed_out": QT_TR_NOOP("waktu habis"),
    "force_submitted": QT_TR_NOOP("dikirim pengawas"),
    "voided": QT_TR_NOOP("dibatalkan pengawas"),
    "suspended": QT_TR_NOOP("ditunda ke sesi lain"),
}


def cmd_lookup(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        result = hq.results.lookup(args.code, fingerprint=args.fingerprint)
    if not result.arrived:
        console.say(QT_TR_NOOP("Ujian dengan kode {code} belum diterima HQ."), code=args.code)
        return EXIT_FAILED
    verdict = VERDICT_LABELS.get(result.verdict or "")
    reason = END_LABELS.get(result.end_reason or "")
    console.say(
        QT_TR_NOOP(
            "Ujian dengan kode {code} telah diterima HQ ({verdict}); berakhir {ended} ({reason}) di stasiun {station}."
        ),
        code=args.code,
        verdict=console.text(verdict) if verdict else result.verdict,
        ended=local_time(result.ended_wall_ms) if result.ended_wall_ms else "-",
        reason=console.text(reason) if reason else (result.end_reason or "-"),
        station=result.station_id or "-",
    )
    if result.fingerprint_matches is True:
        console.say(QT_TR_NOOP("Sidik pada tanda terima COCOK dengan yang diterima HQ."))
    elif result.fingerprint_matches is False:
        console.say(QT_TR_NOOP("Sidik pada tanda terima TIDAK COCOK dengan yang diterima HQ."))
        return EXIT_FAILED
    return EXIT_OK


ANOMALY_LABELS = {
    "broken_chain": QT_TR_NOOP("rantai rusak"),
    "conflicting_copies": QT_TR_NOOP("salinan bertentangan"),
    "wall_clock_jump": QT_TR_NOOP("jam dinding melompat"),
    "outage_gap": QT_TR_NOOP("jeda padam"),
    "focus_lost": QT_TR_NOOP("jendela kehilangan fokus"),
    "fast_answers": QT_TR_NOOP("jawaban terlalu cepat"),
    "candidate_at_two_stations": QT_TR_NOOP("peserta di dua stasiun"),
    "bundle_number_missing": QT_TR_NOOP("nomor bundel hilang"),
    "bundle_number_reused": QT_TR_NOOP("nomor bundel dipakai ulang"),
    "revoked_station": QT_TR_NOOP("stasiun dicabut"),
    "bundle_altered": QT_TR_NOOP("bundel diubah setelah diterima"),
    "roster_changed": QT_TR_NOOP("daftar peserta diubah pengawas"),
    "extended_past_end": QT_TR_NOOP("waktu ditambah melewati akhir sesi"),
    "seat_changed": QT_TR_NOOP("pindah kursi (ujian dilanjutkan di stasiun lain)"),
    "session_not_issued": QT_TR_NOOP("bundel berisi sesi yang tidak diberikan ke stasiun ini"),
    "certificate_not_enrolled": QT_TR_NOOP("bundel ditandatangani kunci yang tidak didaftarkan HQ"),
    "bundle_id_shared": QT_TR_NOOP("kode bundel yang sama dari dua stasiun"),
}


def cmd_anomalies(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        anomalies = hq.results.anomalies(station_id=args.station)
    open_count = 0
    for anomaly in anomalies:
        label = ANOMALY_LABELS.get(anomaly.kind)
        console.say(
            QT_TR_NOOP("{when}  {kind}  stasiun {station}  ujian {attempt}  {detail}{state}"),
            when=local_time(anomaly.recorded_wall_ms),
            kind=console.text(label) if label else anomaly.kind,
            station=anomaly.station_id or "-",
            attempt=anomaly.attempt_id or "-",
            detail=anomaly.detail,
            state=console.text(QT_TR_NOOP("  (selesai)")) if anomaly.resolved_wall_ms else "",
        )
        open_count += anomaly.resolved_wall_ms is None
    console.say(
        QT_TR_NOOP("{count} anomali, {open} belum selesai."),
        count=len(anomalies),
        open=open_count,
    )
    return EXIT_OK


def cmd_access_log(args: argparse.Namespace, console: Console) -> int:
    if args.verify:
        return _verify_access_log(args, console)
    with _signed_in(args, console) as hq:
        entries = hq.results.access_log()
    for entry in entries:
        console.say(
            QT_TR_NOOP("{when}  {operator}  {action}  {subject}  {detail}"),
            when=local_time(entry.wall_ms, seconds=True),
            operator=printable(entry.operator),
            action=printable(entry.action),
            subject=printable(entry.subject),
            detail=printable(entry.detail),
        )
    return EXIT_OK


def _verify_access_log(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        result = hq.results.verify_access_log()
    if result.intact:
        console.say(
            QT_TR_NOOP(
                "Log akses utuh: {lines} baris, rantai dan tanda tangan cocok, kepala log di baris {head}."
            ),
            lines=result.lines,
            head=result.head_seq if result.head_seq is not None else "-",
        )
        return EXIT_OK
    first = result.findings[0]
    console.say(
        QT_TR_NOOP("Log akses TIDAK utuh. Temuan pertama: {finding}"),
        finding=printable(first.message.render(console.translate)),
    )
    for finding in result.findings[1:]:
        print(f"  {printable(finding.message.render(console.translate))}", file=console.out)
    return EXIT_FAILED


def _roles(names: list[str]):
    from station.domain.hq_access import HqRole, parse_roles  # noqa: PLC0415 - HQ only

    try:
        return parse_roles(names)
    except ValueError:
        raise CliError(
            QT_TR_NOOP("Peran {roles} tidak dikenal; pilih dari {known}."),
            roles=", ".join(names),
            known=", ".join(str(r) for r in HqRole),
        ) from None


def _new_secret(
    args: argparse.Namespace, console: Console, *, name: str
) -> tuple[str | None, Path | None]:
    """A new operator's password (``--new-password-file`` or typed twice) or new key file."""
    if args.key_file:
        return None, Path(args.key_file)
    if args.new_password_file:
        return first_line(
            args.new_password_file, what=console.text(QT_TR_NOOP("kata sandi petugas"))
        ), None
    if not sys.stdin.isatty():
        raise CliError(
            QT_TR_NOOP(
                "Tidak ada terminal untuk meminta kata sandi {name}; pakai --new-password-file atau --key-file."
            ),
            name=name,
        )
    first = getpass.getpass(
        console.text(QT_TR_NOOP("Kata sandi baru untuk {name}: ")).format(name=name)
    )
    if getpass.getpass(console.text(QT_TR_NOOP("Ulangi kata sandi: "))) != first:
        raise CliError(QT_TR_NOOP("Kedua kata sandi tidak sama."))
    return first, None


def cmd_operator_add(args: argparse.Namespace, console: Console) -> int:
    roles = _roles(args.role)
    with _open(args) as hq:
        first = not hq.operators.any_active()
    if first:
        return _add_first_admin(args, console, roles)
    with _signed_in(args, console) as hq:
        hq.access.require(_action("MANAGE_OPERATORS"))  # before a password is asked for
        password, key_file = _new_secret(args, console, name=args.name)
        info = hq.operators.add(args.name, roles=roles, password=password, key_file=key_file)
    console.say(
        QT_TR_NOOP("Petugas {name} ditambahkan dengan peran {roles}."),
        name=info.name,
        roles=", ".join(info.roles),
    )
    if key_file:
        console.say(
            QT_TR_NOOP("Berkas kunci petugas ditulis ke {file}; simpan seperti kata sandi."),
            file=str(key_file),
        )
    return EXIT_OK


def _add_first_admin(args: argparse.Namespace, console: Console, roles) -> int:
    """An HQ made before operators existed: its first admin, proven by the HQ passphrase."""
    with _open(args) as hq:
        keys = _keys(hq, args, console, None)
        password, key_file = _new_secret(args, console, name=args.name)
        operator = hq.operators.add_first_admin(
            args.name, keys=keys, password=password, key_file=key_file, roles=roles
        )
    console.say(
        QT_TR_NOOP("HQ ini belum mempunyai petugas: {name} menjadi admin pertama ({roles})."),
        name=operator.name,
        roles=", ".join(sorted(str(r) for r in operator.roles)),
    )
    return EXIT_OK


def cmd_operator_remove(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        hq.operators.remove(args.name)
    console.say(QT_TR_NOOP("Akun petugas {name} dihapus."), name=args.name)
    return EXIT_OK


def cmd_operator_passwd(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        if hq.access.operator is None or hq.access.operator.name != args.name:
            hq.access.require(_action("MANAGE_OPERATORS"))  # another's: before asking
        password, key_file = _new_secret(args, console, name=args.name)
        hq.operators.change_secret(args.name, password=password, key_file=key_file)
    console.say(QT_TR_NOOP("Kata sandi atau berkas kunci petugas {name} diganti."), name=args.name)
    return EXIT_OK


def cmd_operator_list(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        found = hq.operators.list()
    for info in found:
        state = (
            console.text(QT_TR_NOOP("dihapus"))
            if info.removed_wall_ms
            else console.text(QT_TR_NOOP("aktif"))
        )
        console.say(
            QT_TR_NOOP("{name}  {roles}  {method}  {state}  ditambahkan {added} oleh {by}"),
            name=info.name,
            roles=",".join(info.roles),
            method=info.method,
            state=state,
            added=local_time(info.added_wall_ms),
            by=info.added_by,
        )
    return EXIT_OK


def cmd_db_roles(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        script = hq.setup.database_roles()
    if script is None:
        console.say(
            QT_TR_NOOP(
                "HQ ini memakai berkas SQLite: peran basis data tidak berlaku. Layanan unggah hanya menulis ke folder spool-nya sendiri dan halaman tanda terima membuka hq.db hanya-baca (lihat docs/hq-operators.md)."
            )
        )
        return EXIT_OK
    print(script, file=console.out)
    return EXIT_OK


def add_parsers(sub, common: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    hq_base = argparse.ArgumentParser(add_help=False)
    hq_base.add_argument("--dir", required=True, help=tr(QT_TR_NOOP("folder HQ")))
    hq_base.add_argument(
        "--passphrase-file", help=tr(QT_TR_NOOP("baca kata sandi HQ dari baris pertama berkas ini"))
    )
    hq_base.add_argument(
        "--lang", choices=("id", "en"), help=tr(QT_TR_NOOP("bahasa pesan (bawaan: id)"))
    )
    signing_in = argparse.ArgumentParser(add_help=False)
    signing_in.add_argument(
        "--operator",
        help=tr(QT_TR_NOOP("petugas HQ yang menjalankan perintah (bawaan: CACT_HQ_OPERATOR)")),
    )
    signing_in.add_argument(
        "--password-file",
        help=tr(
            QT_TR_NOOP(
                "baca kata sandi petugas dari baris pertama berkas ini (atau CACT_HQ_PASSWORD, atau ketik)"
            )
        ),
    )
    hq_common = argparse.ArgumentParser(add_help=False, parents=[hq_base, signing_in])
    hq_common.add_argument(
        "--key-file",
        dest="login_key_file",
        help=tr(QT_TR_NOOP("masuk dengan berkas kunci petugas ini (atau CACT_HQ_KEY_FILE)")),
    )
    del common
    tables = argparse.ArgumentParser(add_help=False)
    tables.add_argument(
        "--tables",
        help=tr(QT_TR_NOOP("folder tabel penilaian instansi (bawaan: tabel bawaan aplikasi)")),
    )
    p = sub.add_parser("hq", help=tr(QT_TR_NOOP("perintah kantor pusat (HQ)")))
    hq = p.add_subparsers(dest="hq_command", required=True)
    q = hq.add_parser(
        "init",
        parents=[hq_base],
        help=tr(QT_TR_NOOP("buat root CA, kunci penanda tangan dan kunci hasil HQ")),
    )
    q.add_argument("--name", default="CACT HQ", help=tr(QT_TR_NOOP("nama HQ dalam sertifikat")))
    q.add_argument(
        "--database",
        metavar="postgresql://PERAN@HOST/NAMA",
        help=tr(
            QT_TR_NOOP(
                "basis data PostgreSQL untuk HQ, tanpa kata sandi (bawaan: berkas hq.db di folder HQ)"
            )
        ),
    )
    q.add_argument(
        "--admin", help=tr(QT_TR_NOOP("nama petugas admin pertama (bawaan: CACT_HQ_OPERATOR)"))
    )
    q.add_argument(
        "--role",
        action="append",
        help=tr(QT_TR_NOOP("peran admin pertama selain admin (bawaan: semua peran)")),
    )
    q.add_argument(
        "--password-file",
        help=tr(
            QT_TR_NOOP(
                "kata sandi admin pertama dari baris pertama berkas ini (atau CACT_HQ_PASSWORD)"
            )
        ),
    )
    q.add_argument(
        "--key-file",
        help=tr(QT_TR_NOOP("buat berkas kunci baru untuk admin pertama, bukan kata sandi")),
    )
    q.set_defaults(run=cmd_init)
    q = hq.add_parser(
        "trust",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("tulis ulang berkas kepercayaan untuk stasiun")),
    )
    q.add_argument("--out")
    q.set_defaults(run=cmd_trust)
    q = hq.add_parser(
        "enroll",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("terbitkan sertifikat stasiun dari permintaannya")),
    )
    q.add_argument("request")
    q.add_argument(
        "--room-hub",
        action="store_true",
        help=tr(
            QT_TR_NOOP("PC pengawas: sertifikat juga untuk hub ruang yang diikuti stasiun lain")
        ),
    )
    q.set_defaults(run=cmd_enroll)
    q = hq.add_parser(
        "revoke", parents=[hq_common], help=tr(QT_TR_NOOP("cabut sertifikat stasiun"))
    )
    q.add_argument("station")
    q.add_argument("--reason", required=True)
    q.set_defaults(run=cmd_revoke)
    q = hq.add_parser(
        "credential", help=tr(QT_TR_NOOP("kredensial pengawas yang diterbitkan dalam paket"))
    )
    credential = q.add_subparsers(dest="credential_action", required=True)
    r = credential.add_parser(
        "revoke",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("cabut satu kredensial pengawas yang hilang")),
    )
    r.add_argument("--package", required=True, help=tr(QT_TR_NOOP("paket yang menerbitkannya")))
    r.add_argument(
        "--slot", required=True, help=tr(QT_TR_NOOP("slot kredensial, mis. proctor:S1:1"))
    )
    r.add_argument("--reason", required=True)
    r.set_defaults(run=cmd_credential_revoke)
    q = hq.add_parser("crl", parents=[hq_common], help=tr(QT_TR_NOOP("terbitkan CRL baru")))
    q.set_defaults(run=cmd_crl)
    q = hq.add_parser(
        "passphrase", help=tr(QT_TR_NOOP("slot kata sandi brankas HQ (titipan/escrow)"))
    )
    slots = q.add_subparsers(dest="slot_action", required=True)
    for name in ("add", "change", "remove"):
        r = slots.add_parser(name, parents=[hq_common])
        r.add_argument("slot")
        if name != "remove":
            r.add_argument("--new-passphrase-file")
        r.set_defaults(run=cmd_passphrase)
    q = hq.add_parser(
        "stations", parents=[hq_common], help=tr(QT_TR_NOOP("daftar stasiun terdaftar"))
    )
    q.set_defaults(run=cmd_stations)
    q = hq.add_parser(
        "attempts",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("ujian yang sampai di HQ: per peserta, stasiun, pusat uji atau sesi")),
    )
    q.add_argument("--nip", help=tr(QT_TR_NOOP("NIP peserta")))
    q.add_argument("--station", help=tr(QT_TR_NOOP("stasiun (tempat mulai atau terakhir)")))
    q.add_argument(
        "--centre", "--room", dest="centre", help=tr(QT_TR_NOOP("pusat uji (satu ruang)"))
    )
    q.add_argument("--session", help=tr(QT_TR_NOOP("sesi")))
    q.set_defaults(run=cmd_attempts)
    q = hq.add_parser("package", help=tr(QT_TR_NOOP("paket ujian")))
    package = q.add_subparsers(dest="hq_package_command", required=True)
    r = package.add_parser(
        "build",
        parents=[hq_common, tables],
        help=tr(QT_TR_NOOP("buat paket .cactpkg dari sumber ujian")),
    )
    r.add_argument("source")
    r.add_argument("--out")
    r.set_defaults(run=cmd_package_build)
    q = hq.add_parser(
        "update-package",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("tandatangani build stasiun menjadi paket pembaruan .cactupd")),
    )
    q.add_argument("--app", required=True, help=tr(QT_TR_NOOP("folder build (dist/cact-station)")))
    q.add_argument(
        "--min-version",
        required=True,
        help=tr(QT_TR_NOOP("versi terpasang tertua yang boleh diganti")),
    )
    q.add_argument(
        "--notes-id", required=True, help=tr(QT_TR_NOOP("catatan perubahan (bahasa Indonesia)"))
    )
    q.add_argument("--notes-en", help=tr(QT_TR_NOOP("catatan perubahan (bahasa Inggris)")))
    q.add_argument(
        "--platform",
        help=tr(QT_TR_NOOP("platform build, mis. linux-x86_64 (bawaan: komputer ini)")),
    )
    q.add_argument("--out", required=True, help=tr(QT_TR_NOOP("berkas .cactupd")))
    q.set_defaults(run=cmd_update_package)
    q = hq.add_parser(
        "ingest",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("terima bundel hasil dan tulis tanda terima")),
    )
    q.add_argument("files", nargs="+")
    q.add_argument(
        "--new-only",
        action="store_true",
        help=tr(
            QT_TR_NOOP(
                "untuk spool layanan unggah: lewati bundel yang sudah dijawab, catat penolakan di sampingnya"
            )
        ),
    )
    q.set_defaults(run=cmd_ingest)
    q = hq.add_parser(
        "enqueue",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("masukkan bundel ke antrean untuk pekerja ingest")),
    )
    q.add_argument("files", nargs="+", help=tr(QT_TR_NOOP("berkas .cactres atau folder")))
    q.set_defaults(run=cmd_enqueue)
    q = hq.add_parser(
        "queue",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("isi antrean ingest dan alasan bundel yang gagal")),
    )
    q.add_argument(
        "--retry-failed",
        action="store_true",
        help=tr(QT_TR_NOOP("masukkan kembali bundel yang gagal setelah penyebabnya diperbaiki")),
    )
    q.set_defaults(run=cmd_queue)
    q = hq.add_parser(
        "worker",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("pekerja ingest: ambil bundel dari antrean satu per satu")),
    )
    q.add_argument(
        "--once", action="store_true", help=tr(QT_TR_NOOP("ambil satu bundel lalu berhenti"))
    )
    q.add_argument(
        "--idle-exit",
        type=float,
        metavar="DETIK",
        help=tr(QT_TR_NOOP("berhenti bila antrean kosong selama sekian detik (0: segera)")),
    )
    q.add_argument("--name", help=tr(QT_TR_NOOP("nama pekerja dalam log (bawaan: host-pid)")))
    q.add_argument(
        "--max-attempts",
        type=int,
        default=3,
        help=tr(QT_TR_NOOP("percobaan sebelum bundel yang gagal diproses ditandai gagal")),
    )
    q.set_defaults(run=cmd_worker)
    q = hq.add_parser(
        "upload-service",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("terbitkan sertifikat dan kunci layanan unggah")),
    )
    q.add_argument("--address", required=True, help="https://host:port")
    q.add_argument("--out", required=True, help=tr(QT_TR_NOOP("folder identitas layanan")))
    q.set_defaults(run=cmd_upload_service)
    q = hq.add_parser(
        "serve",
        help=tr(QT_TR_NOOP("jalankan layanan unggah HTTPS (TLS timbal balik)")),
    )
    q.add_argument("--identity", required=True, help=tr(QT_TR_NOOP("folder identitas layanan")))
    q.add_argument("--spool", required=True, help=tr(QT_TR_NOOP("folder bundel yang diterima")))
    q.add_argument(
        "--queue",
        metavar="DATABASE",
        help=tr(
            QT_TR_NOOP(
                "basis data HQ (URL postgresql:// atau berkas hq.db): setiap bundel masuk antrean pekerja ingest"
            )
        ),
    )
    q.add_argument("--listen", default="0.0.0.0:8443", help="HOST:PORT")
    q.add_argument("--max-bundle-mb", type=float, default=256)
    q.add_argument("--requests-per-minute", type=int, default=120)
    q.add_argument("--burst", type=int, default=30)
    q.add_argument(
        "--uploads-in-memory",
        type=int,
        default=16,
        help=tr(
            QT_TR_NOOP("unggahan yang diterima sekaligus dari semua stasiun; sisanya menunggu")
        ),
    )
    q.add_argument(
        "--workers", type=int, default=4, help=tr(QT_TR_NOOP("utas pemeriksa dan penyimpan bundel"))
    )
    q.add_argument(
        "--max-connections",
        type=int,
        default=0,
        help=tr(QT_TR_NOOP("sambungan terbuka paling banyak (bawaan: batas berkas proses - 64)")),
    )
    q.add_argument(
        "--handshake-timeout",
        type=float,
        default=10.0,
        help=tr(QT_TR_NOOP("detik untuk jabat tangan TLS")),
    )
    q.add_argument(
        "--header-timeout",
        type=float,
        default=10.0,
        help=tr(QT_TR_NOOP("detik untuk mengirim kepala permintaan, sejak bita pertamanya")),
    )
    q.add_argument(
        "--idle-timeout",
        type=float,
        default=30.0,
        help=tr(QT_TR_NOOP("detik sambungan boleh diam di antara permintaan")),
    )
    q.add_argument(
        "--body-stall-timeout",
        type=float,
        default=20.0,
        help=tr(QT_TR_NOOP("detik untuk setiap 64 KiB isi unggahan")),
    )
    q.add_argument("--log", help=tr(QT_TR_NOOP("tulis log JSON ke berkas ini (bawaan: stderr)")))
    q.set_defaults(run=cmd_serve)
    q = hq.add_parser(
        "receipt-page",
        parents=[hq_base],
        help=tr(
            QT_TR_NOOP(
                "jalankan halaman publik tempat peserta memeriksa tanda terimanya (hanya membaca HQ)"
            )
        ),
    )
    q.add_argument("--listen", default="127.0.0.1:8080", help="HOST:PORT")
    q.add_argument(
        "--requests-per-minute",
        type=float,
        default=20,
        help=tr(QT_TR_NOOP("permintaan per menit dari satu alamat setelah jatah awal habis")),
    )
    q.add_argument(
        "--burst",
        type=int,
        default=10,
        help=tr(QT_TR_NOOP("permintaan sekaligus dari satu alamat")),
    )
    q.add_argument(
        "--trusted-proxy",
        action="append",
        metavar="ADDRESS",
        help=tr(
            QT_TR_NOOP(
                "alamat reverse proxy HTTPS yang X-Forwarded-For-nya dipercaya untuk batas per alamat (boleh berulang)"
            )
        ),
    )
    q.add_argument("--log", help=tr(QT_TR_NOOP("tulis log JSON ke berkas ini (bawaan: stderr)")))
    q.set_defaults(run=cmd_receipt_page)
    q = hq.add_parser(
        "open",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("buka dan tampilkan isi bundel")),
    )
    q.add_argument("bundle")
    q.add_argument(
        "--events", action="store_true", help=tr(QT_TR_NOOP("tampilkan setiap kejadian"))
    )
    q.set_defaults(run=cmd_open)
    q = hq.add_parser("ratings", help=tr(QT_TR_NOOP("nilai kinerja pegawai")))
    ratings = q.add_subparsers(dest="hq_ratings_command", required=True)
    r = ratings.add_parser(
        "import",
        parents=[hq_common, tables],
        help=tr(QT_TR_NOOP("muat nilai kinerja dari CSV (kolom nip, nilai_kinerja)")),
    )
    r.add_argument("file")
    r.set_defaults(run=cmd_ratings)
    q = hq.add_parser(
        "score",
        parents=[hq_common, tables],
        help=tr(QT_TR_NOOP("nilai semua ujian yang telah berakhir dengan tabel terbaru")),
    )
    q.set_defaults(run=cmd_score)
    q = hq.add_parser(
        "rescore",
        parents=[hq_common, tables],
        help=tr(
            QT_TR_NOOP(
                "nilai ulang setiap ujian yang telah berakhir dengan tabel terbaru; tampilkan kotak sebelum dan sesudah"
            )
        ),
    )
    q.set_defaults(run=cmd_rescore)
    q = hq.add_parser(
        "profile",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("cetak profil kompetensi seorang pegawai (PDF)")),
    )
    q.add_argument("nip")
    q.add_argument("--out", required=True)
    q.set_defaults(run=cmd_profile)
    q = hq.add_parser(
        "review",
        parents=[hq_common],
        help=tr(
            QT_TR_NOOP(
                "catat tinjauan manusia atas profil otomatis seorang pegawai (UU 27/2022 Pasal 10)"
            )
        ),
    )
    q.add_argument("nip")
    q.add_argument("--by", required=True, help=tr(QT_TR_NOOP("nama peninjau")))
    q.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan tinjauan")))
    q.add_argument(
        "--box",
        type=_talent_box,
        help=tr(QT_TR_NOOP("kotak talenta yang ditetapkan peninjau, K1 sampai K9")),
    )
    q.set_defaults(run=cmd_review)
    q = hq.add_parser(
        "summary",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("cetak ringkasan instansi atau unit kerja (PDF)")),
    )
    q.add_argument("--unit", help=tr(QT_TR_NOOP("hanya unit kerja ini")))
    q.add_argument("--out", required=True)
    q.set_defaults(run=cmd_summary)
    q = hq.add_parser(
        "export-hr",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("ekspor hasil dalam nama kolom sistem kepegawaian")),
    )
    q.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        help=tr(
            QT_TR_NOOP(
                "csv: satu baris per pegawai, untuk dibaca orang; json: rekaman kompetensi, potensi dan pemetaan talenta berbentuk SIASN"
            )
        ),
    )
    q.add_argument("--out", required=True)
    q.set_defaults(run=cmd_export_hr)
    q = hq.add_parser(
        "lookup",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("periksa apakah ujian dengan kode tanda terima ini telah diterima")),
    )
    q.add_argument("code")
    q.add_argument(
        "--fingerprint", help=tr(QT_TR_NOOP("sidik yang tercetak pada tanda terima peserta"))
    )
    q.set_defaults(run=cmd_lookup)
    q = hq.add_parser("anomalies", parents=[hq_common], help=tr(QT_TR_NOOP("daftar anomali")))
    q.add_argument("--station", help=tr(QT_TR_NOOP("hanya stasiun ini")))
    q.set_defaults(run=cmd_anomalies)
    q = hq.add_parser(
        "access-log",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("siapa membuka, mengekspor atau mencetak data siapa")),
    )
    q.add_argument(
        "--verify",
        action="store_true",
        help=tr(
            QT_TR_NOOP(
                "periksa rantai, tanda tangan dan kepala log; sebutkan baris pertama yang diubah, dihapus atau terpotong"
            )
        ),
    )
    q.set_defaults(run=cmd_access_log)
    add_housekeeping_parsers(hq, hq_common, tr)  # ADR 0040: conflict, hold, purge, person
    q = hq.add_parser("operator", help=tr(QT_TR_NOOP("akun petugas HQ dan perannya")))
    operators = q.add_subparsers(dest="hq_operator_command", required=True)
    new_secret = argparse.ArgumentParser(add_help=False, parents=[hq_base, signing_in])
    new_secret.add_argument(
        "--new-password-file",
        help=tr(QT_TR_NOOP("kata sandi baru petugas dari baris pertama berkas ini (atau ketik)")),
    )
    new_secret.add_argument(
        "--key-file",
        help=tr(QT_TR_NOOP("buat berkas kunci baru untuk petugas ini, bukan kata sandi")),
    )
    r = operators.add_parser(
        "add", parents=[new_secret], help=tr(QT_TR_NOOP("tambahkan petugas dengan perannya"))
    )
    r.add_argument("name")
    r.add_argument(
        "--role",
        action="append",
        required=True,
        help=tr(QT_TR_NOOP("intake, scoring, reader, hr_export atau admin (boleh berulang)")),
    )
    r.set_defaults(run=cmd_operator_add)
    r = operators.add_parser(
        "passwd",
        parents=[new_secret],
        help=tr(QT_TR_NOOP("ganti kata sandi atau berkas kunci petugas")),
    )
    r.add_argument("name")
    r.set_defaults(run=cmd_operator_passwd)
    r = operators.add_parser(
        "remove", parents=[hq_common], help=tr(QT_TR_NOOP("hapus akun petugas"))
    )
    r.add_argument("name")
    r.set_defaults(run=cmd_operator_remove)
    r = operators.add_parser(
        "list", parents=[hq_common], help=tr(QT_TR_NOOP("daftar petugas dan perannya"))
    )
    r.set_defaults(run=cmd_operator_list)
    q = hq.add_parser(
        "db-roles",
        parents=[hq_common],
        help=tr(
            QT_TR_NOOP(
                "SQL yang membuat peran PostgreSQL berhak sempit untuk layanan unggah, pekerja dan pembaca"
            )
        ),
    )
    q.add_argument(
        "--print", action="store_true", required=True, help=tr(QT_TR_NOOP("tampilkan SQL-nya"))
    )
    q.set_defaults(run=cmd_db_roles)
