"""``station hq conflict|hold|purge|person``: HQ housekeeping (ADR 0040). ``station.hq`` is
imported only when they run, like every HQ command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from station.cli.common import EXIT_OK, read_passphrase
from station.cli.console import Console
from station.cli.hq_session import _signed_in
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP

KIND_LABELS = {
    "attempts": QT_TR_NOOP("ujian"),
    "roster": QT_TR_NOOP("daftar peserta"),
    "ratings": QT_TR_NOOP("nilai kinerja"),
    "siasn_ids": QT_TR_NOOP("id SIASN"),
}
ROW_LABELS = {
    "roster": QT_TR_NOOP("baris daftar peserta (nama, golongan, jabatan, unit)"),
    "attempts": QT_TR_NOOP("ujian"),
    "events": QT_TR_NOOP("kejadian"),
    "answers": QT_TR_NOOP("jawaban"),
    "scores": QT_TR_NOOP("skor dan profil"),
    "reviews": QT_TR_NOOP("tinjauan"),
    "ratings": QT_TR_NOOP("nilai kinerja"),
    "siasn_ids": QT_TR_NOOP("id SIASN"),
}


def _services(hq):
    return hq.conflicts, hq.housekeeping


def cmd_conflict_list(args: argparse.Namespace, console: Console) -> int:
    from station.hq.conflicts import describe  # noqa: PLC0415 - HQ only

    with _signed_in(args, console) as hq:
        conflicts, _ = _services(hq)
        found = conflicts.in_conflict()
    for view in found:
        console.say(
            QT_TR_NOOP("Ujian {attempt}  NIP {nip}  sesi {session}"),
            attempt=view.attempt_id,
            nip=view.nip or "-",
            session=view.session_id,
        )
        for copy in view.copies:
            state = QT_TR_NOOP("disimpan HQ") if copy.held else QT_TR_NOOP("bertentangan")
            console.say(
                QT_TR_NOOP("  {copy}  [{state}]"), copy=describe(copy), state=console.text(state)
            )
    console.say(QT_TR_NOOP("{count} ujian berkonflik."), count=len(found))
    return EXIT_OK


def cmd_conflict_resolve(args: argparse.Namespace, console: Console) -> int:
    from station.hq.conflicts import describe  # noqa: PLC0415 - HQ only

    with _signed_in(args, console) as hq:
        conflicts, _ = _services(hq)
        keys = None
        if args.reason.strip() and conflicts.needs_keys(args.attempt, args.keep):
            keys = hq.unlock(read_passphrase(args, console, prompt=QT_TR_NOOP("Kata sandi HQ: ")))
        kept, others = conflicts.resolve(
            args.attempt, keep=args.keep, reason=args.reason, keys=keys
        )
    console.say(
        QT_TR_NOOP("Konflik ujian {attempt} diselesaikan: salinan {kept} dipakai."),
        attempt=args.attempt,
        kept=describe(kept),
    )
    for copy in others:
        console.say(QT_TR_NOOP("  tetap tercatat, tidak dipakai: {copy}"), copy=describe(copy))
    console.say(QT_TR_NOOP("Jalankan 'station hq score' untuk menilainya."))
    return EXIT_OK


def cmd_hold_add(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        hold = housekeeping.hold(
            nip=args.nip,
            attempt_id=args.attempt,
            reference=args.reference,
            reason=args.reason,
        )
    console.say(
        QT_TR_NOOP("Penahanan {id} dicatat untuk {subject} (rujukan {reference})."),
        id=hold.id,
        subject=hold.subject,
        reference=hold.reference,
    )
    return EXIT_OK


def cmd_hold_list(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        holds = housekeeping.holds()
    for hold in holds:
        console.say(
            QT_TR_NOOP("{id}  {when}  {subject}  rujukan {reference}  oleh {by}: {reason}"),
            id=hold.id,
            when=local_time(hold.placed_wall_ms),
            subject=hold.subject,
            reference=hold.reference,
            by=hold.placed_by,
            reason=hold.reason,
        )
    console.say(QT_TR_NOOP("{count} penahanan aktif."), count=len(holds))
    return EXIT_OK


def cmd_hold_lift(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        housekeeping.lift(args.id)
    console.say(QT_TR_NOOP("Penahanan {id} dicabut."), id=args.id)
    return EXIT_OK


def cmd_purge(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        policy = housekeeping.policy(Path(args.policy) if args.policy else None)
        plan = housekeeping.purge(policy, dry_run=args.dry_run)
    console.say(
        QT_TR_NOOP("Kebijakan masa simpan {version}: {source}"),
        version=policy.version,
        source=policy.source,
    )
    for finding in plan.due:
        console.say(
            QT_TR_NOOP("  dihapus  {kind}  {subject}: {why}"),
            kind=console.text(KIND_LABELS[finding.kind]),
            subject=finding.subject,
            why="; ".join(m.render(console.translate) for m in finding.why),
        )
    for finding in plan.kept:
        console.say(
            QT_TR_NOOP("  disimpan {kind}  {subject}: {why}"),
            kind=console.text(KIND_LABELS[finding.kind]),
            subject=finding.subject,
            why="; ".join(m.render(console.translate) for m in finding.why),
        )
    if args.dry_run:
        console.say(
            QT_TR_NOOP(
                "Uji coba: {due} akan dihapus, {kept} tetap disimpan; tidak ada yang diubah."
            ),
            due=len(plan.due),
            kept=len(plan.kept),
        )
    elif plan.tombstone_id is None:
        console.say(QT_TR_NOOP("Tidak ada yang jatuh tempo; tidak ada yang diubah."))
    else:
        console.say(
            QT_TR_NOOP("{due} dihapus, {kept} tetap disimpan; nisan {tombstone} dicatat."),
            due=len(plan.due),
            kept=len(plan.kept),
            tombstone=plan.tombstone_id,
        )
    return EXIT_OK


def cmd_person_delete(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        deletion = housekeeping.delete_person(
            args.nip,
            request=args.request,
            reason=args.reason,
            confirm=args.confirm,
        )
    heading = (
        QT_TR_NOOP("Dihapus atas permintaan {reference}:")
        if args.confirm
        else QT_TR_NOOP("Uji coba; yang akan dihapus atas permintaan {reference}:")
    )
    console.say(heading, reference=deletion.reference)
    for name, count in deletion.counts.items():
        if count:
            console.say(
                QT_TR_NOOP("  {count} {what}"), count=count, what=console.text(ROW_LABELS[name])
            )
    console.say(QT_TR_NOOP("Yang tetap disimpan, dan alasannya:"))
    for kept in deletion.kept:
        console.say(QT_TR_NOOP("  - {kept}"), kept=console.text(kept))
    if args.confirm:
        console.say(QT_TR_NOOP("Nisan {tombstone} dicatat."), tombstone=deletion.tombstone_id)
    else:
        console.say(QT_TR_NOOP("Tidak ada yang dihapus. Ulangi dengan --confirm untuk menghapus."))
    return EXIT_OK


def cmd_tombstones(args: argparse.Namespace, console: Console) -> int:
    with _signed_in(args, console) as hq:
        _, housekeeping = _services(hq)
        stones = housekeeping.tombstones()
    for stone in stones:
        attempts = stone.detail.get("attempts", [])
        console.say(
            QT_TR_NOOP(
                "{id}  {when}  {operator}  {action}  kebijakan {policy}  rujukan {reference}  {attempts} ujian  {detail}"
            ),
            id=stone.id,
            when=local_time(stone.wall_ms, seconds=True),
            operator=stone.operator,
            action=stone.action,
            policy=stone.policy_version or "-",
            reference=stone.reference or "-",
            attempts=len(attempts),
            detail=", ".join(
                f"{key} {value}"
                for key, value in sorted((stone.detail.get("rows") or stone.detail).items())
                if key != "attempts" and value
            ),
        )
    console.say(QT_TR_NOOP("{count} nisan."), count=len(stones))
    return EXIT_OK


def add_housekeeping_parsers(
    hq,
    hq_common: argparse.ArgumentParser,
    tr: Callable[[str], str],
) -> None:
    """The housekeeping commands under ``station hq`` (called from ``hq_commands``)."""
    q = hq.add_parser(
        "conflict", help=tr(QT_TR_NOOP("salinan ujian yang bertentangan: daftar dan pilih"))
    )
    conflict = q.add_subparsers(dest="hq_conflict_command", required=True)
    r = conflict.add_parser(
        "list", parents=[hq_common], help=tr(QT_TR_NOOP("ujian yang berkonflik"))
    )
    r.set_defaults(run=cmd_conflict_list)
    r = conflict.add_parser(
        "resolve",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("pilih salinan yang berlaku, dengan alasan")),
    )
    r.add_argument("attempt")
    r.add_argument(
        "--keep",
        required=True,
        help=tr(
            QT_TR_NOOP(
                "salinan yang dipakai: id bundel, stasiun, STASIUN#NOMOR atau awal kepala rantai"
            )
        ),
    )
    r.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan pilihan")))
    r.set_defaults(run=cmd_conflict_resolve)

    q = hq.add_parser("hold", help=tr(QT_TR_NOOP("penahanan data untuk keperluan hukum")))
    hold = q.add_subparsers(dest="hq_hold_command", required=True)
    r = hold.add_parser(
        "add",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("tahan data seseorang atau satu ujian")),
    )
    target = r.add_mutually_exclusive_group(required=True)
    target.add_argument("--nip", help=tr(QT_TR_NOOP("NIP yang ditahan")))
    target.add_argument("--attempt", help=tr(QT_TR_NOOP("ujian yang ditahan")))
    r.add_argument("--reference", required=True, help=tr(QT_TR_NOOP("rujukan perkara atau surat")))
    r.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan penahanan")))
    r.set_defaults(run=cmd_hold_add)
    r = hold.add_parser("list", parents=[hq_common], help=tr(QT_TR_NOOP("penahanan aktif")))
    r.set_defaults(run=cmd_hold_list)
    r = hold.add_parser("lift", parents=[hq_common], help=tr(QT_TR_NOOP("cabut penahanan")))
    r.add_argument("id", type=int)
    r.set_defaults(run=cmd_hold_lift)

    q = hq.add_parser(
        "purge",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("hapus data yang melewati masa simpan menurut kebijakan")),
    )
    q.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(QT_TR_NOOP("hanya tampilkan apa yang akan dihapus dan mengapa")),
    )
    q.add_argument(
        "--policy",
        help=tr(
            QT_TR_NOOP("berkas kebijakan masa simpan instansi (bawaan: kebijakan bawaan aplikasi)")
        ),
    )
    q.set_defaults(run=cmd_purge)

    q = hq.add_parser(
        "tombstones",
        parents=[hq_common],
        help=tr(QT_TR_NOOP("apa yang dihapus, kapan, dengan kebijakan apa, oleh siapa")),
    )
    q.set_defaults(run=cmd_tombstones)

    q = hq.add_parser("person", help=tr(QT_TR_NOOP("data seorang pegawai")))
    person = q.add_subparsers(dest="hq_person_command", required=True)
    r = person.add_parser(
        "delete",
        parents=[hq_common],
        help=tr(
            QT_TR_NOOP("hapus data seseorang atas permintaan yang sah (uji coba tanpa --confirm)")
        ),
    )
    r.add_argument("nip")
    r.add_argument("--request", required=True, help=tr(QT_TR_NOOP("rujukan permintaan")))
    r.add_argument("--reason", required=True, help=tr(QT_TR_NOOP("alasan penghapusan")))
    r.add_argument(
        "--confirm",
        action="store_true",
        help=tr(QT_TR_NOOP("benar-benar hapus (bawaan: uji coba)")),
    )
    r.set_defaults(run=cmd_person_delete)
