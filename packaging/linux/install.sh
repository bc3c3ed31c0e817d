#!/usr/bin/env bash
# CACT Station: install (or uninstall) this extracted tarball on a Linux
# workstation. Run from the extracted folder cact-station-<version>/:
#
#   sudo ./install.sh [--kiosk-user NAME] [--data DIR]
#   sudo ./install.sh --uninstall
#   sudo ./install.sh --destdir DIR    (tests, packagers: everything under DIR)
#
# What it does (docs/install.md):
#   - copies versions/<version>/ to /opt/cact-station/versions/<version>/,
#     keeping every other version already there (offline upgrades and
#     rollbacks switch between them, docs/upgrade.md), plus bin/, share/,
#     kiosk/, this script and README.txt;
#   - links /usr/local/bin/cact-station and /usr/local/bin/station;
#   - installs the menu entry and the icon under /usr/local/share;
#   - creates the group cact-station and the data folder (default
#     /var/lib/cact-station, group cact-station, mode 2770), adds the user
#     who ran sudo to the group, and writes /etc/profile.d/cact-station.sh and
#     /etc/environment.d/90-cact-station.conf exporting CACT_STATION_DATA;
#   - writes /opt/cact-station/current last, atomically (rename);
#   - with --kiosk-user, runs kiosk/setup-kiosk.sh for that account.
# --uninstall removes the program and the kiosk set-up, never the data folder.
# Running it again is harmless: every step checks what is already there.
set -euo pipefail

ROOT_DIR=/opt/cact-station
GROUP=cact-station
DEFAULT_DATA=/var/lib/cact-station

say() { printf '%s\n' "$*"; }
die() {
    printf 'install.sh: %s\n' "$1" >&2
    [[ -n ${2:-} ]] && printf 'install.sh: %s\n' "$2" >&2
    exit 1
}

usage() {
    cat <<'USAGE'
Pemakaian / usage:
  sudo ./install.sh [--kiosk-user NAMA] [--data FOLDER]
  sudo ./install.sh --uninstall

  --kiosk-user NAMA  siapkan juga akun kios peserta (kiosk/setup-kiosk.sh)
                     also set up this candidate kiosk account
  --data FOLDER      folder data bersama / shared data folder
                     (bawaan / default: /var/lib/cact-station)
  --uninstall        hapus program; folder data TIDAK dihapus
                     remove the program; the data folder is NOT removed
  --destdir DIR      hanya untuk uji / for tests and packagers: install under
                     DIR, without users, groups or systemctl
USAGE
}

invocation="$0 $*"
kiosk_user=""
data_dir=""
uninstall=false
destdir=""
while (($#)); do
    case $1 in
    --kiosk-user)
        (($# >= 2)) || die "--kiosk-user perlu nama akun." "--kiosk-user needs an account name."
        kiosk_user=$2
        shift 2
        ;;
    --data)
        (($# >= 2)) || die "--data perlu folder." "--data needs a folder."
        data_dir=$2
        shift 2
        ;;
    --uninstall)
        uninstall=true
        shift
        ;;
    --destdir)
        (($# >= 2)) || die "--destdir perlu folder." "--destdir needs a folder."
        destdir=${2%/}
        shift 2
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        die "opsi tidak dikenal: $1" "unknown option: $1"
        ;;
    esac
done

if ((EUID != 0)); then
    die "jalankan sebagai root: sudo $invocation" "run as root: sudo $invocation"
fi
if [[ -n $kiosk_user && ! $kiosk_user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]]; then
    die "nama akun kios tidak sah: '$kiosk_user' (huruf kecil, angka, _ atau -)." \
        "invalid kiosk account name: '$kiosk_user' (lower case letters, digits, _ or -)."
fi
if [[ -n $data_dir && ! $data_dir =~ ^/[A-Za-z0-9._+/-]+$ ]]; then
    die "--data harus jalur mutlak tanpa spasi: '$data_dir'." \
        "--data must be an absolute path without spaces: '$data_dir'."
fi
if [[ -n $destdir && -n $kiosk_user ]]; then
    die "--destdir tidak dapat dipakai bersama --kiosk-user." "--destdir cannot be used with --kiosk-user."
fi

here=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
root=$destdir$ROOT_DIR
bindir=$destdir/usr/local/bin
appdir=$destdir/usr/local/share/applications
icondir=$destdir/usr/local/share/icons/hicolor
profile_file=$destdir/etc/profile.d/cact-station.sh
envd_file=$destdir/etc/environment.d/90-cact-station.conf

have() { command -v "$1" >/dev/null 2>&1; }

# The data folder an earlier install chose, from the file it wrote.
configured_data_dir() {
    local line
    if [[ -r $profile_file ]]; then
        line=$(grep -m 1 '^export CACT_STATION_DATA=' "$profile_file" || true)
        printf '%s' "${line#export CACT_STATION_DATA=}"
    fi
}

refresh_menus() {
    if [[ -z $destdir ]]; then
        if have update-desktop-database; then update-desktop-database -q "$appdir" || true; fi
        if have gtk-update-icon-cache; then gtk-update-icon-cache -q -t "$icondir" || true; fi
    fi
}

# Remove a /usr/local/bin link only when it points into the install root.
remove_link() {
    local link=$1
    if [[ -L $link && $(readlink -- "$link") == "$ROOT_DIR"/* ]]; then
        rm -f -- "$link"
    fi
}

# ---------------------------------------------------------------- uninstall
if $uninstall; then
    kept_data=$(configured_data_dir)
    kept_data=${kept_data:-$DEFAULT_DATA}
    if [[ -z $destdir && -x $root/kiosk/undo-kiosk.sh &&
        (-e /etc/cact-station/kiosk.conf || -e /usr/share/xsessions/cact-kiosk.desktop) ]]; then
        say "Membatalkan pengaturan kios / undoing the kiosk set-up"
        "$root/kiosk/undo-kiosk.sh"
    fi
    remove_link "$bindir/cact-station"
    remove_link "$bindir/station"
    rm -f -- "$appdir/cact-station.desktop" "$icondir/256x256/apps/cact-station.png"
    refresh_menus
    rm -f -- "$profile_file" "$envd_file"
    if [[ -d $root ]]; then
        say "Menghapus / removing $root"
        rm -rf -- "$root"
    fi
    say ""
    say "CACT Station telah dihapus. Folder data $kept_data dan grup $GROUP TIDAK dihapus."
    say "Hapus folder data hanya setelah HQ menerima semua hasil (station doctor: pending_data)."
    say "CACT Station was removed. The data folder $kept_data and the group $GROUP were NOT removed."
    say "Delete the data folder only after HQ has acknowledged every result (station doctor: pending_data)."
    exit 0
fi

# ---------------------------------------------------------------- install
[[ -r $here/current ]] || die "$here/current tidak ada: ekstrak tarball utuh lalu jalankan install.sh dari foldernya." \
    "$here/current is missing: extract the whole tarball and run install.sh from its folder."
version=$(head -n 1 -- "$here/current" | tr -d '[:space:]')
[[ $version =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]] || die "isi $here/current bukan nomor versi: '$version'." \
    "$here/current does not hold a version: '$version'."
source_version=$here/versions/$version
for program in cact-station station; do
    [[ -x $source_version/$program ]] || die "$source_version/$program tidak ada: tarball tidak lengkap." \
        "$source_version/$program is missing: the tarball is incomplete."
done
if [[ -z $data_dir ]]; then
    data_dir=$(configured_data_dir)
    data_dir=${data_dir:-$DEFAULT_DATA}
fi
in_place=false
if [[ -d $root && $here -ef $root ]]; then
    in_place=true # ./install.sh of an installed copy: only refresh the system integration
fi

say "CACT Station $version -> $root"

# A copy owned by root and not writable by anyone else, moved into place whole.
copy_tree() {
    local from=$1 to=$2 staging
    staging=$(mktemp -d "${to%/*}/.incoming-${to##*/}.XXXXXX")
    cp -a -- "$from/." "$staging/"
    chown -R root:root -- "$staging"
    chmod -R go-w,a+rX -- "$staging"
    chmod 0755 -- "$staging"
    if [[ -e $to ]]; then
        local old
        old=$(mktemp -d "${to%/*}/.old-${to##*/}.XXXXXX")
        mv -- "$to" "$old/"
        mv -- "$staging" "$to"
        rm -rf -- "$old"
    else
        mv -- "$staging" "$to"
    fi
}

if ! $in_place; then
    install -d -m 0755 -- "$root" "$root/versions"
    # Left over by an interrupted run.
    rm -rf -- "$root"/versions/.incoming-* "$root"/versions/.old-* "$root"/.incoming-* "$root"/.old-*
    for other in "$root"/versions/*/; do
        [[ -d $other ]] || continue
        other=${other%/}
        [[ ${other##*/} == "$version" ]] || say "  versi lain tetap ada / other version kept: ${other##*/}"
    done
    say "  versions/$version"
    copy_tree "$source_version" "$root/versions/$version"
    for part in bin share kiosk; do
        [[ -d $here/$part ]] || die "$here/$part tidak ada: tarball tidak lengkap." "$here/$part is missing: the tarball is incomplete."
        copy_tree "$here/$part" "$root/$part"
    done
    install -m 0755 -- "$here/install.sh" "$root/install.sh"
    [[ -r $here/README.txt ]] && install -m 0644 -- "$here/README.txt" "$root/README.txt"
fi

# Commands on the PATH.
install -d -m 0755 -- "$bindir"
for program in cact-station station; do
    link=$bindir/$program
    if [[ -e $link && ! -L $link ]]; then
        mv -- "$link" "$link.before-cact-station"
        say "  $link sudah ada, disimpan sebagai / existed, kept as $link.before-cact-station"
    fi
    ln -sfn -- "$ROOT_DIR/bin/$program" "$link"
done

# Menu entry and icon.
install -D -m 0644 -- "$root/share/applications/cact-station.desktop" "$appdir/cact-station.desktop"
icon=$root/share/icons/hicolor/256x256/apps/cact-station.png
if [[ -r $icon ]]; then
    install -D -m 0644 -- "$icon" "$icondir/256x256/apps/cact-station.png"
else
    say "  peringatan / warning: $icon tidak ada / is missing (menu tanpa ikon / menu entry without icon)"
fi
refresh_menus

# The group and the shared data folder.
if [[ -z $destdir ]]; then
    if ! getent group "$GROUP" >/dev/null; then
        groupadd --system "$GROUP"
        say "  grup dibuat / group created: $GROUP"
    fi
    install -d -m 0755 -- "$(dirname -- "$data_dir")"
    mkdir -p -- "$data_dir"
    chgrp -- "$GROUP" "$data_dir"
    chmod 2770 -- "$data_dir"
    say "  folder data / data folder: $data_dir (root:$GROUP 2770)"
    if [[ -n ${SUDO_USER:-} && $SUDO_USER != root ]] && ! id -nG -- "$SUDO_USER" | tr ' ' '\n' | grep -qx "$GROUP"; then
        usermod -aG "$GROUP" "$SUDO_USER"
        say "  $SUDO_USER masuk grup $GROUP: keluar lalu masuk lagi agar berlaku."
        say "  $SUDO_USER added to group $GROUP: log out and in again for it to apply."
    fi
else
    install -d -m 2770 -- "$destdir$data_dir"
fi

# Every program's default data folder (station/services/paths.py).
install -d -m 0755 -- "${profile_file%/*}" "${envd_file%/*}"
printf '# CACT Station: the shared data folder (written by install.sh)\nexport CACT_STATION_DATA=%s\n' \
    "$data_dir" >"$profile_file.new"
chmod 0644 -- "$profile_file.new"
mv -f -- "$profile_file.new" "$profile_file"
printf '# CACT Station: the shared data folder (written by install.sh)\nCACT_STATION_DATA=%s\n' \
    "$data_dir" >"$envd_file.new"
chmod 0644 -- "$envd_file.new"
mv -f -- "$envd_file.new" "$envd_file"

# Last: the active version, replaced in one rename.
printf '%s\n' "$version" >"$root/.current.new"
chmod 0644 -- "$root/.current.new"
sync -- "$root/.current.new" 2>/dev/null || true
mv -f -- "$root/.current.new" "$root/current"
say "  current = $version"

if [[ -n $kiosk_user ]]; then
    "$root/kiosk/setup-kiosk.sh" --user "$kiosk_user" --data "$data_dir"
fi

say ""
say "Selesai. Konsol petugas: cact-station (atau menu \"CACT Station\"); baris perintah: station."
say "Done. Staff console: cact-station (or the \"CACT Station\" menu entry); command line: station."
