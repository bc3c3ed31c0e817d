#!/usr/bin/env bash
# CACT Station: reverse setup-kiosk.sh (Linux).
#
#   sudo /opt/cact-station/kiosk/undo-kiosk.sh [--remove-user]
#
# Removes the kiosk session, the Xorg, logind, systemd, sysctl and polkit
# files, the automatic login, and unmasks ctrl-alt-del.target. The kiosk
# account stays unless --remove-user is given (its home folder goes with it).
# The data folder and the group cact-station are never touched.
# Running it again is harmless. Restart the computer afterwards.
set -euo pipefail

CONFIG=/etc/cact-station/kiosk.conf
MARK_BEGIN="# cact-kiosk: begin (setup-kiosk.sh; undo-kiosk.sh removes this block)"
MARK_END="# cact-kiosk: end"

say() { printf '%s\n' "$*"; }
die() {
    printf 'undo-kiosk.sh: %s\n' "$1" >&2
    [[ -n ${2:-} ]] && printf 'undo-kiosk.sh: %s\n' "$2" >&2
    exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

remove_user=false
kiosk_user=""
while (($#)); do
    case $1 in
    --remove-user)
        remove_user=true
        shift
        ;;
    --user)
        (($# >= 2)) || die "--user perlu nama akun." "--user needs an account name."
        kiosk_user=$2
        shift 2
        ;;
    -h | --help)
        say "Pemakaian / usage: sudo undo-kiosk.sh [--user NAMA] [--remove-user]"
        exit 0
        ;;
    *) die "opsi tidak dikenal: $1" "unknown option: $1" ;;
    esac
done
((EUID == 0)) || die "jalankan sebagai root (sudo)." "run as root (sudo)."

if [[ -z $kiosk_user && -r $CONFIG ]]; then
    kiosk_user=$(sed -n 's/^CACT_KIOSK_USER=//p' "$CONFIG" | head -n 1)
fi
kiosk_user=${kiosk_user:-cact-peserta}
[[ $kiosk_user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] ||
    die "nama akun tidak sah: '$kiosk_user'." "invalid account name: '$kiosk_user'."

rm -f /usr/local/bin/cact-kiosk-session \
    /usr/share/xsessions/cact-kiosk.desktop \
    /etc/X11/xorg.conf.d/90-cact-kiosk.conf \
    /etc/systemd/logind.conf.d/cact-kiosk.conf \
    /etc/systemd/system.conf.d/cact-kiosk.conf \
    /etc/sysctl.d/90-cact-kiosk.conf \
    /etc/polkit-1/rules.d/50-cact-kiosk-udisks.rules \
    /etc/polkit-1/localauthority/50-local.d/50-cact-kiosk-udisks.pkla \
    /etc/lightdm/lightdm.conf.d/50-cact-kiosk.conf \
    /etc/sddm.conf.d/50-cact-kiosk.conf \
    "$CONFIG"
say "Sesi kios dan berkas pengaturan dihapus / kiosk session and settings files removed"

if have systemctl; then
    systemctl unmask ctrl-alt-del.target >/dev/null 2>&1 || true
    say "ctrl-alt-del.target: unmasked"
fi
if have sysctl; then sysctl -q --system >/dev/null 2>&1 || true; fi

# GDM: take our block out and give back the keys it had commented out.
for conf in /etc/gdm3/daemon.conf /etc/gdm/custom.conf; do
    [[ -f $conf ]] || continue
    if grep -qF -e "$MARK_BEGIN" -e "#cact-kiosk-disabled# " "$conf"; then
        tmp=$(mktemp "$conf.XXXXXX")
        awk -v begin="$MARK_BEGIN" -v end="$MARK_END" '
            $0 == begin { skipping = 1; next }
            skipping { if ($0 == end) skipping = 0; next }
            /^#cact-kiosk-disabled# / { sub(/^#cact-kiosk-disabled# /, ""); print; next }
            { print }' "$conf" >"$tmp"
        chmod --reference="$conf" "$tmp"
        mv -f "$tmp" "$conf"
        say "GDM: login otomatis dihapus / automatic login removed ($conf)"
    fi
    rm -f "$conf.cact-kiosk.bak"
done
account=/var/lib/AccountsService/users/$kiosk_user
if [[ -f $account.cact-kiosk.bak ]]; then
    mv -f "$account.cact-kiosk.bak" "$account"
elif [[ -f $account ]] && grep -q '^XSession=cact-kiosk$' "$account"; then
    sed -i -e '/^Session=cact-kiosk$/d' -e '/^XSession=cact-kiosk$/d' "$account"
fi

if $remove_user && id -u "$kiosk_user" >/dev/null 2>&1; then
    if pgrep -u "$kiosk_user" >/dev/null 2>&1; then
        die "akun $kiosk_user sedang dipakai; nyalakan ulang lalu jalankan lagi dengan --remove-user." \
            "account $kiosk_user is in use; restart, then run again with --remove-user."
    fi
    userdel --remove "$kiosk_user" 2>/dev/null || userdel "$kiosk_user"
    say "Akun dihapus / account removed: $kiosk_user"
elif id -u "$kiosk_user" >/dev/null 2>&1; then
    say "Akun $kiosk_user tetap ada (hapus dengan --remove-user) / account kept (remove it with --remove-user)"
fi

say ""
say "Selesai. Nyalakan ulang komputer. Folder data tidak diubah."
say "Done. Restart the computer. The data folder was not touched."
