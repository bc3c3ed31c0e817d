"""``station upgrade check|apply`` and ``station migrate`` (ADR 0019, docs/upgrade.md)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from station.app import open_station
from station.cli.common import EXIT_FAILED, EXIT_OK, read_passphrase
from station.cli.console import Console
from station.domain.text import QT_TR_NOOP
from station.services.upgrade import NotInstalledError, UpgradeOffer, installed_root


def print_offer(offer: UpgradeOffer, console: Console) -> None:
    console.say(
        QT_TR_NOOP(
            "Paket pembaruan {file}: versi {version} untuk {platform}, tanda tangan HQ sah."
        ),
        file=offer.path.name,
        version=offer.version,
        platform=offer.platform,
    )
    console.say(
        QT_TR_NOOP(
            "  terpasang {installed}; menggantikan versi {needed} ke atas; {files} berkas, {size} bita"
        ),
        installed=offer.installed,
        needed=offer.min_version,
        files=offer.files,
        size=offer.size,
    )
    console.say(QT_TR_NOOP("  SHA-256: {sha256}"), sha256=offer.sha256)
    console.say(QT_TR_NOOP("  penanda tangan: {signer}"), signer=offer.signer)
    note = offer.notes.get(console.language) or offer.notes.get("id")
    if note:
        console.say(QT_TR_NOOP("  catatan: {note}"), note=note)
    for blocker in offer.blockers:
        print(f"  ! {blocker.render(console.translate)}", file=console.out)


def cmd_upgrade_check(args: argparse.Namespace, console: Console) -> int:
    """0 when the update can be applied now, 1 when something stands in the way."""
    with open_station(args.data) as station:
        offer = station.upgrades.inspect(Path(args.file))
    print_offer(offer, console)
    if offer.ready:
        if installed_root() is None:  # apply cannot find ROOT from this program
            console.say(
                QT_TR_NOOP(
                    "Siap dipasang: station upgrade apply {file} --install-root ROOT (program ini tidak berjalan dari folder instalasi ROOT/versions/<versi>/)"
                ),
                file=str(args.file),
            )
        else:
            console.say(
                QT_TR_NOOP("Siap dipasang: station upgrade apply {file}"), file=str(args.file)
            )
        return EXIT_OK
    return EXIT_FAILED


def cmd_upgrade_apply(args: argparse.Namespace, console: Console) -> int:
    root = Path(args.install_root) if args.install_root else installed_root()
    if root is None:
        raise NotInstalledError(
            QT_TR_NOOP(
                "Program ini tidak berjalan dari folder instalasi (ROOT/versions/<versi>); sebutkan --install-root."
            )
        )
    with open_station(args.data) as station:
        if station.station.initialized:  # field IT's work: its passphrase (ADR 0026)
            station.station.unlock(read_passphrase(args, console))
        offer = station.upgrades.inspect(Path(args.file))
        print_offer(offer, console)
        result = station.upgrades.apply(
            Path(args.file), install_root=root, progress=console.progress
        )
    if result.backup is not None:
        console.say(QT_TR_NOOP("Cadangan sebelum pembaruan: {file}"), file=str(result.backup))
    console.say(
        QT_TR_NOOP(
            "Versi {version} terpasang di {folder} dan aktif (sebelumnya {previous}); skema basis data {before} → {after}."
        ),
        version=result.version,
        folder=str(result.install_dir),
        previous=result.previous,
        before=result.schema_before,
        after=result.schema_after,
    )
    console.say(QT_TR_NOOP("Tutup dan buka lagi program stasiun; versi baru yang berjalan."))
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace, console: Console) -> int:
    """Open the data folder with this version, which migrates it; say what changed."""
    with open_station(args.data, create=False) as station:
        report = station.upgrades.record_migration()
    if args.json:
        print(json.dumps(report.to_dict()), file=console.out)
    else:
        console.say(
            QT_TR_NOOP("Basis data pada skema {after} (sebelumnya {before}), versi {version}."),
            after=report.schema_after,
            before=report.schema_before,
            version=report.version,
        )
    return EXIT_OK


def add_parsers(sub, common: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    p = sub.add_parser(
        "upgrade", help=tr(QT_TR_NOOP("pasang pembaruan stasiun bertanda tangan dari flashdisk"))
    )
    upgrade = p.add_subparsers(dest="upgrade_command", required=True)
    q = upgrade.add_parser(
        "check",
        parents=[common],
        help=tr(QT_TR_NOOP("periksa paket pembaruan dan apakah dapat dipasang sekarang")),
    )
    q.add_argument("file", help=tr(QT_TR_NOOP("berkas .cactupd")))
    q.set_defaults(run=cmd_upgrade_check)
    q = upgrade.add_parser(
        "apply",
        parents=[common],
        help=tr(
            QT_TR_NOOP("cadangkan, pasang versi baru di sampingnya, pindahkan basis data, aktifkan")
        ),
    )
    q.add_argument("file", help=tr(QT_TR_NOOP("berkas .cactupd")))
    q.add_argument(
        "--install-root",
        help=tr(
            QT_TR_NOOP(
                "folder instalasi ROOT yang berisi versions/ dan current (bawaan: ROOT program ini bila berjalan dari ROOT/versions/<versi>/, mis. /opt/cact-station)"
            )
        ),
    )
    q.set_defaults(run=cmd_upgrade_apply)
    p = sub.add_parser(
        "migrate",
        parents=[common],
        help=tr(QT_TR_NOOP("pindahkan basis data ke skema versi ini (dipakai saat pembaruan)")),
    )
    p.add_argument("--json", action="store_true", help=tr(QT_TR_NOOP("keluaran JSON untuk mesin")))
    p.set_defaults(run=cmd_migrate)
