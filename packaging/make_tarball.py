"""Assemble the Linux tarball from the one-folder build and packaging/linux/ (ADR 0018).

    .venv/bin/python packaging/make_tarball.py --app dist/cact-station --version 0.1.0 --out dist

The top folder ``cact-station-<version>/`` is an install root that runs in
place (``./bin/cact-station``) and that ``install.sh`` copies to
/opt/cact-station: ``versions/<version>/`` (the build), ``current``,
``bin/`` wrappers, ``share/`` (desktop entry, icon) and ``kiosk/``.
Entries are sorted and dated by ``SOURCE_DATE_EPOCH`` when set, so two
builds of the same tree give the same archive listing.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
ICON = HERE.parent / "resources" / "icons" / "cact-station.png"
EXECUTABLE = 0o755
REGULAR = 0o644


def layout(app: Path, version: str) -> list[tuple[str, Path | bytes]]:
    """(path in the archive, source file or bytes) for every file, sorted."""
    top = f"cact-station-{version}"
    entries: list[tuple[str, Path | bytes]] = [
        (f"{top}/install.sh", LINUX / "install.sh"),
        (f"{top}/README.txt", LINUX / "README.txt"),
        (f"{top}/current", f"{version}\n".encode()),
        (f"{top}/share/applications/cact-station.desktop", LINUX / "cact-station.desktop"),
        (f"{top}/share/icons/hicolor/256x256/apps/cact-station.png", ICON),
    ]
    for folder, target in ((LINUX / "bin", "bin"), (LINUX / "kiosk", "kiosk")):
        entries += [
            (f"{top}/{target}/{path.relative_to(folder).as_posix()}", path)
            for path in folder.rglob("*")
            if path.is_file()
        ]
    entries += [
        (f"{top}/versions/{version}/{path.relative_to(app).as_posix()}", path)
        for path in app.rglob("*")
        if path.is_file() or path.is_symlink()
    ]
    missing = [
        str(source) for _, source in entries if isinstance(source, Path) and not source.exists()
    ]
    if missing:
        raise SystemExit(f"make_tarball: missing {', '.join(missing)}")
    return sorted(entries, key=lambda entry: entry[0])


def write_tarball(app: Path, version: str, out: Path) -> Path:
    machine = platform.machine() or "unknown"
    target = out / f"cact-station-{version}-linux-{machine}.tar.gz"
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        for name, source in layout(app, version):
            info = tarfile.TarInfo(name)
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            if isinstance(source, bytes):
                info.size, info.mode = len(source), REGULAR
                info.mtime = mtime or 0
                archive.addfile(info, io.BytesIO(source))
                continue
            stat = source.lstat()
            info.mtime = mtime or int(stat.st_mtime)
            if source.is_symlink():
                info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(source), 0o777
                archive.addfile(info)
                continue
            info.size = stat.st_size
            info.mode = EXECUTABLE if stat.st_mode & 0o111 else REGULAR
            with source.open("rb") as handle:
                archive.addfile(info, handle)
    partial.replace(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the one-folder build (dist/cact-station)")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    target = write_tarball(Path(args.app), args.version, Path(args.out))
    print(f"tarball: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
