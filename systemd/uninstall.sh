#!/bin/sh
# Undoes systemd/install.sh: stops and removes the units, the application and its venv.
# The data folder (queued submissions!) and /etc/buergerterminal are kept unless --purge.
#
#   sudo systemd/uninstall.sh terminal|backoffice [--purge]
set -eu

ROLE="${1:-}"
PURGE="${2:-}"
case "$ROLE" in
    terminal) UNITS="buergerterminal-kiosk.service buergerterminal-sync.service"
              USER_NAME=buergerterminal ;;
    backoffice) UNITS="buergerterminal-backoffice.service"
                USER_NAME=buergerterminal-backoffice ;;
    *) echo "usage: $0 terminal|backoffice [--purge]" >&2; exit 2 ;;
esac
PREFIX="${PREFIX:-}"
UNIT_DIR="${UNIT_DIR:-$PREFIX/etc/systemd/system}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"
DATA="$PREFIX/var/lib/$USER_NAME"

if [ -z "$PREFIX" ]; then
    # shellcheck disable=SC2086
    "$SYSTEMCTL" disable --now $UNITS || true
fi
for unit in $UNITS; do rm -f "$UNIT_DIR/$unit"; done
[ -z "$PREFIX" ] && "$SYSTEMCTL" daemon-reload
rm -rf "$PREFIX/opt/buergerterminal"
echo "uninstall: units and application removed"
if [ "$PURGE" = --purge ]; then
    rm -rf "$DATA" "$PREFIX/etc/buergerterminal"
    if [ -z "$PREFIX" ] && id "$USER_NAME" >/dev/null 2>&1; then userdel "$USER_NAME"; fi
    echo "uninstall: data, settings and user $USER_NAME removed"
else
    echo "uninstall: kept $DATA (undelivered submissions) and /etc/buergerterminal; --purge removes them"
fi
