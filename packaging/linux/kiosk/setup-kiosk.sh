#!/usr/bin/env bash
# CACT Station: turn this computer into a candidate kiosk (Linux).
#
#   sudo /opt/cact-station/kiosk/setup-kiosk.sh [--user NAME] [--data DIR] [--orca | --no-orca]
#
# (install.sh --kiosk-user NAME runs it.) It:
#   - creates the kiosk account (default cact-peserta, no password: it signs
#     in only through the display manager's automatic login) in the group
#     cact-station, which owns the shared data folder;
#   - installs the session: /usr/local/bin/cact-kiosk-session and the X
#     session entry /usr/share/xsessions/cact-kiosk.desktop;
#   - Xorg: no VT switching, no Ctrl+Alt+Backspace, no blanking
#     (/etc/X11/xorg.conf.d/90-cact-kiosk.conf);
#   - logind: no spare text consoles, power/suspend/lid keys ignored
#     (/etc/systemd/logind.conf.d/cact-kiosk.conf);
#   - masks ctrl-alt-del.target, turns off the Ctrl+Alt+Del burst reboot and
#     the magic SysRq keys;
#   - polkit: the kiosk account may not mount any disk through udisks2;
#   - automatic login of the kiosk account into the kiosk session with
#     LightDM, GDM or SDDM, when one of them is the display manager.
# Accessibility is left alone: nothing here blocks Orca (see --orca).
# undo-kiosk.sh reverses every step. Running it again is harmless.
set -euo pipefail

GROUP=cact-station
CONFIG_DIR=/etc/cact-station
CONFIG=$CONFIG_DIR/kiosk.conf
MARK_BEGIN="# cact-kiosk: begin (setup-kiosk.sh; undo-kiosk.sh removes this block)"
MARK_END="# cact-kiosk: end"

say() { printf '%s\n' "$*"; }
die() {
    printf 'setup-kiosk.sh: %s\n' "$1" >&2
    [[ -n ${2:-} ]] && printf 'setup-kiosk.sh: %s\n' "$2" >&2
    exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

usage() {
    cat <<'USAGE'
Pemakaian / usage:
  sudo setup-kiosk.sh [--user NAMA] [--data FOLDER] [--orca | --no-orca]

  --user NAMA     akun kios peserta / candidate kiosk account (bawaan / default: cact-peserta)
  --data FOLDER   folder data bersama / shared data folder
                  (bawaan / default: CACT_STATION_DATA dari / from /etc/profile.d/cact-station.sh)
  --orca          jalankan pembaca layar Orca di sesi kios / start the Orca screen reader in the kiosk
  --no-orca       jangan jalankan Orca (kecuali diaktifkan di pengaturan akun)
                  do not start Orca (unless enabled in the account's own settings)
USAGE
}

kiosk_user=cact-peserta
data_dir=""
orca=""
while (($#)); do
    case $1 in
    --user)
        (($# >= 2)) || die "--user perlu nama akun." "--user needs an account name."
        kiosk_user=$2
        shift 2
        ;;
    --data)
        (($# >= 2)) || die "--data perlu folder." "--data needs a folder."
        data_dir=$2
        shift 2
        ;;
    --orca)
        orca=yes
        shift
        ;;
    --no-orca)
        orca=no
        shift
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

((EUID == 0)) || die "jalankan sebagai root (sudo)." "run as root (sudo)."
[[ $kiosk_user =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] ||
    die "nama akun tidak sah: '$kiosk_user'." "invalid account name: '$kiosk_user'."
if [[ -z $data_dir && -r /etc/profile.d/cact-station.sh ]]; then
    data_dir=$(grep -m 1 '^export CACT_STATION_DATA=' /etc/profile.d/cact-station.sh || true)
    data_dir=${data_dir#export CACT_STATION_DATA=}
fi
data_dir=${data_dir:-/var/lib/cact-station}
[[ $data_dir =~ ^/[A-Za-z0-9._+/-]+$ ]] ||
    die "--data harus jalur mutlak tanpa spasi: '$data_dir'." "--data must be an absolute path without spaces: '$data_dir'."

here=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
for file in cact-kiosk-session cact-kiosk.desktop 90-cact-kiosk.conf logind-cact-kiosk.conf \
    system-cact-kiosk.conf 90-cact-kiosk-sysctl.conf 50-cact-kiosk-udisks.rules 50-cact-kiosk-udisks.pkla; do
    [[ -r $here/$file ]] || die "$here/$file tidak ada." "$here/$file is missing."
done
[[ -x /usr/local/bin/cact-station ]] ||
    say "peringatan / warning: /usr/local/bin/cact-station tidak ada; pasang dulu dengan / is missing; install first with install.sh"

say "Akun kios / kiosk account: $kiosk_user"

# ------------------------------------------------------------- the account
if ! getent group "$GROUP" >/dev/null; then
    groupadd --system "$GROUP"
fi
if id -u "$kiosk_user" >/dev/null 2>&1; then
    for admin_group in sudo wheel admin adm lpadmin; do
        if id -nG "$kiosk_user" | tr ' ' '\n' | grep -qx "$admin_group"; then
            die "akun $kiosk_user ada di grup $admin_group; akun kios tidak boleh punya hak pengelola. Pakai akun lain." \
                "account $kiosk_user is in group $admin_group; a kiosk account must not have admin rights. Use another account."
        fi
    done
    usermod -aG "$GROUP" "$kiosk_user"
    say "  akun sudah ada; masuk grup / account exists; added to group $GROUP"
else
    # No password is set: the account is locked for password logins (text
    # consoles, ssh) and signs in only through the automatic login below.
    useradd --create-home --shell /bin/bash --groups "$GROUP" \
        --comment "CACT Station peserta (kiosk)" "$kiosk_user"
    say "  akun dibuat tanpa kata sandi (hanya login otomatis) / account created without a password (automatic login only)"
fi
if getent group autologin >/dev/null; then
    usermod -aG autologin "$kiosk_user" # LightDM's PAM set-up on some distributions wants it
fi
if [[ -d $data_dir ]]; then
    if [[ $(stat -c '%G' -- "$data_dir") != "$GROUP" ]]; then
        say "  peringatan / warning: $data_dir bukan milik grup / is not owned by group $GROUP (install.sh)"
    fi
else
    say "  peringatan / warning: folder data $data_dir belum ada / data folder does not exist yet (install.sh)"
fi

# ------------------------------------------------------------- settings
install -d -m 0755 "$CONFIG_DIR"
previous_orca=no
if [[ -r $CONFIG ]]; then
    previous_orca=$(sed -n 's/^CACT_KIOSK_ORCA=//p' "$CONFIG" | head -n 1)
fi
orca=${orca:-${previous_orca:-no}}
{
    say "# CACT Station kiosk settings (setup-kiosk.sh; read by /usr/local/bin/cact-kiosk-session)"
    say "CACT_KIOSK_USER=$kiosk_user"
    say "CACT_STATION_DATA=$data_dir"
    say "# yes: start the Orca screen reader in the kiosk session (setup-kiosk.sh --orca)"
    say "CACT_KIOSK_ORCA=$orca"
} >"$CONFIG.new"
chmod 0644 "$CONFIG.new"
mv -f "$CONFIG.new" "$CONFIG"
say "  $CONFIG (Orca: $orca)"
if [[ $orca == yes ]] && ! have orca; then
    say "  peringatan / warning: Orca belum terpasang / is not installed: apt-get install orca"
fi

# ------------------------------------------------------------- the session
install -D -m 0755 "$here/cact-kiosk-session" /usr/local/bin/cact-kiosk-session
install -D -m 0644 "$here/cact-kiosk.desktop" /usr/share/xsessions/cact-kiosk.desktop
install -D -m 0644 "$here/90-cact-kiosk.conf" /etc/X11/xorg.conf.d/90-cact-kiosk.conf
install -D -m 0644 "$here/logind-cact-kiosk.conf" /etc/systemd/logind.conf.d/cact-kiosk.conf
install -D -m 0644 "$here/system-cact-kiosk.conf" /etc/systemd/system.conf.d/cact-kiosk.conf
install -D -m 0644 "$here/90-cact-kiosk-sysctl.conf" /etc/sysctl.d/90-cact-kiosk.conf
if ! { have sysctl && sysctl -q -p /etc/sysctl.d/90-cact-kiosk.conf >/dev/null 2>&1; }; then
    say "  sysctl: berlaku setelah dinyalakan ulang / applies after a restart"
fi
say "  sesi kios, Xorg, logind, sysctl / kiosk session, Xorg, logind, sysctl"
if ! have Xorg && [[ ! -x /usr/lib/xorg/Xorg ]]; then
    say "  peringatan / warning: server X (Xorg) belum terpasang / is not installed: apt-get install xserver-xorg"
fi
if ! have xset; then
    say "  peringatan / warning: xset tidak ada / is missing: apt-get install x11-xserver-utils"
fi

if have systemctl && systemctl mask ctrl-alt-del.target >/dev/null 2>&1; then
    say "  ctrl-alt-del.target: masked"
else
    say "  peringatan / warning: systemctl mask ctrl-alt-del.target gagal / failed"
fi

# ------------------------------------------------------------- polkit
if [[ -d /etc/polkit-1 ]]; then
    install -d -m 0755 /etc/polkit-1/rules.d
    sed "s/\"cact-peserta\"/\"$kiosk_user\"/" "$here/50-cact-kiosk-udisks.rules" \
        >/etc/polkit-1/rules.d/50-cact-kiosk-udisks.rules
    chmod 0644 /etc/polkit-1/rules.d/50-cact-kiosk-udisks.rules
    if [[ -d /etc/polkit-1/localauthority ]]; then
        install -d -m 0755 /etc/polkit-1/localauthority/50-local.d
        sed "s/unix-user:cact-peserta/unix-user:$kiosk_user/" "$here/50-cact-kiosk-udisks.pkla" \
            >/etc/polkit-1/localauthority/50-local.d/50-cact-kiosk-udisks.pkla
        chmod 0644 /etc/polkit-1/localauthority/50-local.d/50-cact-kiosk-udisks.pkla
    fi
    say "  polkit: $kiosk_user tidak boleh memasang disk / may not mount disks (udisks2)"
else
    say "  peringatan / warning: polkit tidak ada; cabut media lepasan secara fisik / polkit is missing; keep removable media out physically"
fi

# ------------------------------------------------------------- automatic login
display_manager=""
if [[ -L /etc/systemd/system/display-manager.service ]]; then
    display_manager=$(basename "$(readlink -f /etc/systemd/system/display-manager.service)" .service)
elif [[ -r /etc/X11/default-display-manager ]]; then
    display_manager=$(basename "$(head -n 1 /etc/X11/default-display-manager)")
fi

# GDM's daemon.conf has no drop-in folder: our keys go in a marked block
# right after [daemon], and keys already there are commented out with a mark
# that undo-kiosk.sh takes away again.
gdm_autologin() {
    local conf=$1
    [[ -f $conf ]] || printf '[daemon]\n' >"$conf"
    if [[ ! -f $conf.cact-kiosk.bak ]]; then cp -p "$conf" "$conf.cact-kiosk.bak"; fi
    local tmp
    tmp=$(mktemp "$conf.XXXXXX")
    awk -v user="$kiosk_user" -v begin="$MARK_BEGIN" -v end="$MARK_END" '
        $0 == begin { skipping = 1; next }
        skipping { if ($0 == end) skipping = 0; next }
        /^#cact-kiosk-disabled# / { print; next }
        /^[ \t]*AutomaticLogin(Enable)?[ \t]*=/ { print "#cact-kiosk-disabled# " $0; next }
        { print }
        /^\[daemon\]/ && !done {
            print begin
            print "AutomaticLoginEnable=true"
            print "AutomaticLogin=" user
            print end
            done = 1
        }
        END {
            if (!done) {
                print "[daemon]"
                print begin
                print "AutomaticLoginEnable=true"
                print "AutomaticLogin=" user
                print end
            }
        }' "$conf" >"$tmp"
    chmod --reference="$conf" "$tmp"
    mv -f "$tmp" "$conf"
    # GDM picks the session from AccountsService.
    local account=/var/lib/AccountsService/users/$kiosk_user
    install -d -m 0755 /var/lib/AccountsService/users
    if [[ -f $account && ! -f $account.cact-kiosk.bak ]]; then cp -p "$account" "$account.cact-kiosk.bak"; fi
    printf '[User]\nSession=cact-kiosk\nXSession=cact-kiosk\nSystemAccount=false\n' >"$account"
    chmod 0600 "$account"
    if have systemctl; then systemctl try-restart accounts-daemon.service >/dev/null 2>&1 || true; fi
    say "  GDM: login otomatis / automatic login $kiosk_user -> CACT Station kiosk ($conf)"
}

case $display_manager in
lightdm)
    install -d -m 0755 /etc/lightdm/lightdm.conf.d
    printf '%s\n[Seat:*]\nautologin-user=%s\nautologin-user-timeout=0\nautologin-session=cact-kiosk\n' \
        "# CACT Station kiosk (setup-kiosk.sh; undo-kiosk.sh removes this file)" "$kiosk_user" \
        >/etc/lightdm/lightdm.conf.d/50-cact-kiosk.conf
    chmod 0644 /etc/lightdm/lightdm.conf.d/50-cact-kiosk.conf
    say "  LightDM: login otomatis / automatic login $kiosk_user -> CACT Station kiosk"
    ;;
gdm3)
    gdm_autologin /etc/gdm3/daemon.conf
    ;;
gdm)
    if [[ -d /etc/gdm3 ]]; then gdm_autologin /etc/gdm3/daemon.conf; else gdm_autologin /etc/gdm/custom.conf; fi
    ;;
sddm)
    install -d -m 0755 /etc/sddm.conf.d
    printf '%s\n[Autologin]\nUser=%s\nSession=cact-kiosk.desktop\nRelogin=false\n' \
        "# CACT Station kiosk (setup-kiosk.sh; undo-kiosk.sh removes this file)" "$kiosk_user" \
        >/etc/sddm.conf.d/50-cact-kiosk.conf
    chmod 0644 /etc/sddm.conf.d/50-cact-kiosk.conf
    say "  SDDM: login otomatis / automatic login $kiosk_user -> CACT Station kiosk"
    ;;
*)
    say ""
    say "  Tidak ada LightDM, GDM atau SDDM (${display_manager:-tidak diketahui}). Atur login otomatis akun"
    say "  $kiosk_user ke sesi \"CACT Station kiosk\" (/usr/share/xsessions/cact-kiosk.desktop) di"
    say "  pengelola tampilan Anda, atau pasang LightDM (apt-get install lightdm) lalu jalankan skrip ini lagi."
    say "  No LightDM, GDM or SDDM found (${display_manager:-unknown}). Set your display manager to log"
    say "  $kiosk_user in automatically into the session \"CACT Station kiosk\""
    say "  (/usr/share/xsessions/cact-kiosk.desktop), or install LightDM (apt-get install lightdm)"
    say "  and run this script again."
    ;;
esac

say ""
say "Selesai. Nyalakan ulang komputer agar semua pengaturan berlaku, lalu periksa daftar di docs/install.md."
say "Done. Restart the computer for every setting to apply, then check the list in docs/install.md."
