#!/bin/sh
# Installs Bürgerterminal on a Debian terminal or backoffice host. Safe to run again (an update
# is the same command). Undo with systemd/uninstall.sh.
#
#   sudo systemd/install.sh terminal     # kiosk UI under cage + delivery daemon
#   sudo systemd/install.sh backoffice   # backoffice serve on 127.0.0.1:8470
#
# PREFIX, VENV and UNIT_DIR may be set for a test install into a scratch root.
set -eu

ROLE="${1:-}"
case "$ROLE" in
    terminal|backoffice) ;;
    *) echo "usage: $0 terminal|backoffice" >&2; exit 2 ;;
esac

SOURCE="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${PREFIX:-}"
APP="$PREFIX/opt/buergerterminal/app"
VENV="${VENV:-$PREFIX/opt/buergerterminal/venv}"
CONFIG_DIR="$PREFIX/etc/buergerterminal"
UNIT_DIR="${UNIT_DIR:-$PREFIX/etc/systemd/system}"
SYSTEMCTL="${SYSTEMCTL:-systemctl}"

say() { printf '%s\n' "install: $*"; }

ensure_user() {  # name, home
    if id "$1" >/dev/null 2>&1; then
        say "user $1 exists"
    elif [ -n "$PREFIX" ]; then
        say "test install: not creating user $1"
    else
        useradd --system --home-dir "$2" --no-create-home --shell /usr/sbin/nologin "$1"
        say "created system user $1"
    fi
}

ensure_dir() {  # path, mode, owner
    mkdir -p "$1"
    chmod "$2" "$1"
    if [ -z "$PREFIX" ]; then chown "$3" "$1"; fi
}

copy_config() {  # example, target: never overwrites what IT has edited
    if [ -e "$2" ]; then
        say "$2 kept (already there)"
    else
        install -m 0640 "$1" "$2"
        say "$2 written from $(basename "$1"); edit it"
    fi
}

if [ "$ROLE" = terminal ]; then
    USER_NAME=buergerterminal
    DATA="$PREFIX/var/lib/buergerterminal"
    UNITS="buergerterminal-kiosk.service buergerterminal-sync.service"
else
    USER_NAME=buergerterminal-backoffice
    DATA="$PREFIX/var/lib/buergerterminal-backoffice"
    UNITS="buergerterminal-backoffice.service"
fi

ensure_user "$USER_NAME" "$DATA"
# The terminal seals its device token to the TPM (systemd-creds through /dev/tpmrm0, which
# Debian's udev rules give the tss group). The units name the group, so it must exist even on
# a machine without a TPM (there the token simply stays unsealed, and the fleet page says so).
if [ "$ROLE" = terminal ] && [ -z "$PREFIX" ]; then
    getent group tss >/dev/null || groupadd --system tss
    usermod -aG tss "$USER_NAME"
fi
ensure_dir "$DATA" 0700 "$USER_NAME:$USER_NAME"
ensure_dir "$CONFIG_DIR" 0750 "root:$USER_NAME"
mkdir -p "$APP" "$UNIT_DIR"

# The application: a copy of this checkout (without caches), installed into its own venv.
tar -C "$SOURCE" --exclude=.venv --exclude=.git --exclude='__pycache__' --exclude=node_modules -cf - . \
    | tar -C "$APP" -xf -
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    say "virtual environment created at $VENV"
fi
if [ "${SKIP_PIP:-0}" != 1 ]; then
    "$VENV/bin/pip" install --quiet -c "$APP/constraints.txt" "$APP"
    say "application installed into $VENV"
fi

if [ "$ROLE" = terminal ]; then
    copy_config "$APP/config/examples/terminal.toml" "$CONFIG_DIR/terminal.toml"
else
    if [ ! -e "$CONFIG_DIR/backoffice.toml" ]; then
        printf '%s\n' '# Backoffice settings: see config/schema.py (BackofficeSettings).' \
            'office_name = "Jobcenter Musterstadt"' > "$CONFIG_DIR/backoffice.toml"
        chmod 0640 "$CONFIG_DIR/backoffice.toml"
        say "$CONFIG_DIR/backoffice.toml written; edit it"
    fi
fi

for unit in $UNITS; do
    install -m 0644 "$SOURCE/systemd/$unit" "$UNIT_DIR/$unit"
    say "unit $unit installed"
done
if [ -z "$PREFIX" ]; then
    "$SYSTEMCTL" daemon-reload
    # shellcheck disable=SC2086  # a list of unit names
    "$SYSTEMCTL" enable --now $UNITS
    say "enabled and started: $UNITS"
fi
say "done"
