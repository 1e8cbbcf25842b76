#!/bin/sh
# Undoes systemd/install.sh for one role.
#
#   sudo systemd/uninstall.sh terminal|backoffice [--purge] [--remove-packages]
#
# Always: stops and removes the role's units; the application (/opt/buergerterminal) once no
# role is left on this machine.
# Kept unless --purge: the data folder (a terminal's undelivered submissions, an office's
# database and keys!), the role's settings in /etc/buergerterminal, the service user.
# --remove-packages: the Debian packages the installer added for this role (and no other
# role still needs) are purged again.
set -eu

OPT=/opt/buergerterminal
RECORDS=/var/lib/buergerterminal-install  # written by install.sh
CONFIG_DIR=/etc/buergerterminal
UNIT_DIR=/etc/systemd/system

say() { printf 'uninstall: %s\n' "$*"; }
die() { printf 'uninstall: %s\n' "$*" >&2; exit 1; }

ROLE="${1:-}"
case "$ROLE" in
    terminal) UNITS="buergerterminal-kiosk.service buergerterminal-sync.service"
              USER_NAME=buergerterminal
              CONFIG_FILES="terminal.toml environment" ;;
    backoffice) UNITS="buergerterminal-backoffice.service"
                USER_NAME=buergerterminal-backoffice
                CONFIG_FILES="backoffice.toml backoffice-environment" ;;
    *) die "usage: $0 terminal|backoffice [--purge] [--remove-packages]" ;;
esac
shift
PURGE=""
REMOVE_PACKAGES=""
for option in "$@"; do
    case "$option" in
        --purge) PURGE=1 ;;
        --remove-packages) REMOVE_PACKAGES=1 ;;
        *) die "unknown option $option" ;;
    esac
done
[ "$(id -u)" -eq 0 ] || die "must run as root: sudo $0 $ROLE"
DATA="/var/lib/$USER_NAME"

ADDED_PACKAGES="$(cat "$RECORDS/$ROLE.packages" 2>/dev/null || true)"
OTHER_PACKAGES="$(find "$RECORDS" -name '*.packages' ! -name "$ROLE.packages" -exec cat {} + 2>/dev/null || true)"
ADDED_GROUPS="$(cat "$RECORDS/$ROLE.groups" 2>/dev/null || true)"

# shellcheck disable=SC2086  # a list of unit names
if [ -d /run/systemd/system ]; then
    systemctl disable --now --quiet $UNITS 2>/dev/null || true
else
    systemctl disable --quiet $UNITS 2>/dev/null || true
fi
for unit in $UNITS; do rm -f "$UNIT_DIR/$unit"; done
[ ! -d /run/systemd/system ] || systemctl daemon-reload
say "units removed: $UNITS"

# The role is gone; what it added is remembered until --purge / --remove-packages.
rm -f "$RECORDS/$ROLE"
if ! find "$RECORDS" -maxdepth 1 -type f ! -name '*.packages' ! -name '*.groups' 2>/dev/null | grep -q .; then
    rm -rf "$OPT"
    say "application removed ($OPT)"
else
    say "application kept: another role is installed here"
fi

if [ -n "$PURGE" ]; then
    rm -rf "$DATA"
    for file in $CONFIG_FILES; do rm -f "$CONFIG_DIR/$file"; done
    rmdir "$CONFIG_DIR" 2>/dev/null || true
    if id "$USER_NAME" >/dev/null 2>&1; then
        # Ended processes whose parent has not reaped them yet (state Z) hold nothing.
        running="$(ps -u "$USER_NAME" -o pid=,stat= | awk '$2 !~ /^Z/ {print $1}' | tr '\n' ' ' || true)"
        [ -z "$running" ] || die "user $USER_NAME still runs processes ($running): stop them, then run this again"
        userdel "$USER_NAME"
    fi
    if getent group "$USER_NAME" >/dev/null; then groupdel "$USER_NAME"; fi
    for group in $ADDED_GROUPS; do groupdel "$group" 2>/dev/null || true; done
    rm -f "$RECORDS/$ROLE.groups"
    say "data, settings and user $USER_NAME removed"
else
    say "kept: $DATA (queued submissions, keys), the settings in $CONFIG_DIR, user $USER_NAME; --purge removes them"
fi

if [ -n "$REMOVE_PACKAGES" ] && [ -n "$ADDED_PACKAGES" ]; then
    only_ours="$(printf '%s\n' "$ADDED_PACKAGES" | grep -v -x -F "${OTHER_PACKAGES:-//none//}" || true)"
    if [ -n "$only_ours" ]; then
        # shellcheck disable=SC2086  # one word per package name
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $only_ours >/dev/null
        say "Debian packages the installer had added removed: $(printf '%s\n' "$only_ours" | wc -l | tr -d ' ')"
    fi
    rm -f "$RECORDS/$ROLE.packages"
fi
rmdir "$RECORDS" 2>/dev/null || true
say "done"
