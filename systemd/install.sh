#!/bin/sh
# Installs Bürgerterminal on a terminal or an office server (Debian 13, Ubuntu 24.04 LTS) from
# a wheel built from this source tree. Safe to run again: an upgrade is the same command with a
# newer wheel (data, settings and queued submissions stay). Undo: systemd/uninstall.sh.
# docs/operations.md walks IT through it.
#
#   sudo systemd/install.sh terminal   [--wheel FILE] [--wheelhouse DIR]
#   sudo systemd/install.sh backoffice [--wheel FILE] [--wheelhouse DIR]
#
# --wheel FILE       the application (default: the newest dist/buergerterminal-*.whl here)
# --wheelhouse DIR   take every Python package from DIR, not from the internet (python-sane
#                    built in it for this system: then no compiler is installed meanwhile)
#
# What it does: checks the system (one line and exit 1 if something is missing), installs the
# Debian packages of systemd/packages-<role>.txt, creates the service user (no login shell),
# the data folder (0700) and /etc/buergerterminal (settings: written once, then IT's), a
# virtual environment in /opt/buergerterminal/venv with the wheel and its pinned packages
# (constraints.txt), installs the units, enables and (when systemd runs) starts them.
set -eu

OS_RELEASE="${OS_RELEASE:-/etc/os-release}"  # another file only for the installer's tests
SOURCE="$(cd "$(dirname "$0")/.." && pwd)"
OPT=/opt/buergerterminal
VENV="$OPT/venv"
# What the installer did that uninstall.sh must know even after a plain uninstall: which roles
# are installed, which Debian packages and groups it added.
RECORDS=/var/lib/buergerterminal-install
CONFIG_DIR=/etc/buergerterminal
UNIT_DIR=/etc/systemd/system

say() { printf 'install: %s\n' "$*"; }
die() { printf 'install: %s\n' "$*" >&2; exit 1; }

ROLE="${1:-}"
case "$ROLE" in
    terminal)
        USER_NAME=buergerterminal
        UNITS="buergerterminal-kiosk.service buergerterminal-sync.service"
        # The units' SupplementaryGroups. tss: the device token is sealed to the TPM
        # (systemd-creds through /dev/tpmrm0, which Debian's udev rules give tss); the group
        # must exist even without a TPM (the token then stays unsealed; the fleet page says so).
        GROUPS_NEEDED="video render input audio scanner lp tss" ;;
    backoffice)
        USER_NAME=buergerterminal-backoffice
        UNITS="buergerterminal-backoffice.service"
        GROUPS_NEEDED="" ;;
    *) die "usage: $0 terminal|backoffice [--wheel FILE] [--wheelhouse DIR]" ;;
esac
shift
WHEEL=""
WHEELHOUSE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --wheel) WHEEL="${2:-}"; shift 2 ;;
        --wheelhouse) WHEELHOUSE="${2:-}"; shift 2 ;;
        *) die "unknown option $1 (see the top of $0)" ;;
    esac
done
DATA="/var/lib/$USER_NAME"

# ---- prerequisites: each refusal is one line ------------------------------------------------

python_too_old() {  # prints the version when it is older than 3.12
    python3 -c 'import sys; v = sys.version_info
if v < (3, 12): print("%d.%d.%d" % v[:3])' 2>/dev/null
}

check_system() {
    [ "$(id -u)" -eq 0 ] || die "must run as root: sudo $0 $ROLE"
    [ -r "$OS_RELEASE" ] || die "cannot tell the system ($OS_RELEASE missing): Debian 13 or Ubuntu 24.04 needed"
    # shellcheck disable=SC1090  # os-release is a list of shell assignments by definition
    ID="" VERSION_ID="" PRETTY_NAME="" && . "$OS_RELEASE"
    case "$ID:$VERSION_ID" in
        debian:13 | ubuntu:24.04) ;;
        debian:12) die "Debian 12 ships Python 3.11, Bürgerterminal needs 3.12 or newer: install on Debian 13 (docs/operations.md, Supported systems)" ;;
        *) die "unsupported system ${PRETTY_NAME:-$ID $VERSION_ID}: Debian 13 or Ubuntu 24.04 LTS needed" ;;
    esac
    command -v systemctl >/dev/null 2>&1 || die "systemd is required (no systemctl): the units run the programs"
    command -v apt-get >/dev/null 2>&1 || die "apt-get is required to install Debian packages"
    if command -v python3 >/dev/null 2>&1; then
        old="$(python_too_old)"
        [ -z "$old" ] || die "python3 is $old; Bürgerterminal needs Python 3.12 or newer"
    fi
    [ -z "$WHEELHOUSE" ] || [ -d "$WHEELHOUSE" ] || die "--wheelhouse $WHEELHOUSE is not a folder"
    if [ -z "$WHEEL" ]; then
        WHEEL="$(find "$SOURCE/dist" -maxdepth 1 -name 'buergerterminal-*.whl' 2>/dev/null | sort -V | tail -n 1)"
        [ -n "$WHEEL" ] || die "no wheel in $SOURCE/dist: build it (python3 -m pip wheel --no-deps -w dist .) or pass --wheel FILE"
    fi
    [ -f "$WHEEL" ] || die "--wheel $WHEEL is not a file"
}

systemd_running() { [ -d /run/systemd/system ]; }

# ---- Debian packages ------------------------------------------------------------------------

package_list() { grep -v -E '^[[:space:]]*(#|$)' "$1"; }

installed_packages() { dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^ii/ {print $2}' | sort; }

missing_packages() {  # names from list file $1 that are not installed
    for name in $(package_list "$1"); do
        dpkg-query -W -f '${db:Status-Abbrev}' "$name" 2>/dev/null | grep -q '^ii' || echo "$name"
    done
}

apt_install() {  # installs the names given, with everything they need; prints nothing else
    [ $# -gt 0 ] || return 0
    if [ -z "${APT_UPDATED:-}" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Installs the packages of list $1 and records exactly which packages this added (record $2),
# so that uninstall.sh --remove-packages takes back what the installer brought, nothing else.
install_packages() {
    before="$(mktemp)"
    after="$(mktemp)"
    installed_packages > "$before"
    # shellcheck disable=SC2046  # one word per package name
    apt_install $(missing_packages "$1")
    installed_packages > "$after"
    count="$(comm -13 "$before" "$after" | tee -a "$2" | wc -l)"
    rm -f "$before" "$after"
    [ "$count" -eq 0 ] || say "Debian packages added for $(basename "$1"): $count"
}

remove_build_packages() {  # what install_packages added for building only: purged again
    [ -s "$1" ] || return 0
    # shellcheck disable=SC2046
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $(cat "$1") >/dev/null
    say "build-only packages removed again ($(wc -l < "$1" | tr -d ' '))"
    rm -f "$1"
}

# ---- users, folders, settings ---------------------------------------------------------------

ensure_groups() {
    for group in $GROUPS_NEEDED; do
        getent group "$group" >/dev/null && continue
        groupadd --system "$group"
        echo "$group" >> "$RECORDS/$ROLE.groups"
        say "created group $group (the UI's devices)"
    done
}

ensure_user() {
    if id "$USER_NAME" >/dev/null 2>&1; then
        say "user $USER_NAME exists"
    else
        useradd --system --user-group --home-dir "$DATA" --no-create-home \
            --shell /usr/sbin/nologin "$USER_NAME"
        say "created system user $USER_NAME (no login shell)"
    fi
}

ensure_dir() {  # path, mode, owner
    mkdir -p "$1"
    chmod "$2" "$1"
    chown "$3" "$1"
}

write_config_once() {  # target, then the content on stdin: IT's edits are never overwritten
    if [ -e "$1" ]; then
        say "$1 kept (already there)"
        cat > /dev/null
    else
        cat > "$1"
        say "$1 written; edit it"
    fi
    chmod 0640 "$1"
    chown "root:$USER_NAME" "$1"
}

# ---- the application ------------------------------------------------------------------------

pip_install() {
    set -- --quiet --disable-pip-version-check --no-input "$@"
    if [ -n "$WHEELHOUSE" ]; then
        set -- --no-index --find-links "$WHEELHOUSE" "$@"
    fi
    "$VENV/bin/python" -m pip install "$@"
}

install_application() {
    system_python="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c "import sys; sys.exit('%d.%d' % sys.version_info[:2] != '$system_python')" 2>/dev/null; then
        say "Python changed under the virtual environment: making it anew"
        rm -rf "$VENV"
    fi
    previous="$("$VENV/bin/kiosk" --version 2>/dev/null | cut -d' ' -f2 || true)"
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    pip_install -c "$SOURCE/constraints.txt" "$WHEEL"
    # The same version built again (a fix without a new number) must still replace the old.
    pip_install --no-deps --force-reinstall "$WHEEL"
    chmod -R go-w "$OPT"
    now="$("$VENV/bin/kiosk" --version | cut -d' ' -f2)"
    if [ -n "$previous" ] && [ "$previous" != "$now" ]; then
        say "application upgraded from $previous to $now (data is migrated when the services start)"
    else
        say "application $now installed into $VENV"
    fi
}

install_docs() {
    mkdir -p "$OPT/doc"
    install -m 0644 "$SOURCE/systemd/README.md" "$OPT/doc/services.md"
    [ ! -f "$SOURCE/docs/operations.md" ] || install -m 0644 "$SOURCE/docs/operations.md" "$OPT/doc/operations.md"
}

install_units() {
    for unit in $UNITS; do
        install -m 0644 "$SOURCE/systemd/$unit" "$UNIT_DIR/$unit"
    done
    # shellcheck disable=SC2086  # a list of unit names
    if systemd_running; then
        systemctl daemon-reload
        systemctl enable --quiet $UNITS
        systemctl restart $UNITS
        say "units installed, enabled and (re)started: $UNITS"
    else
        systemctl enable --quiet $UNITS
        say "units installed and enabled: $UNITS (systemd is not running here: they start at the next boot)"
    fi
}

# ---- run ------------------------------------------------------------------------------------

check_system
mkdir -p "$RECORDS" "$OPT"
chmod 0755 "$OPT" "$RECORDS"
install_packages "$SOURCE/systemd/packages-$ROLE.txt" "$RECORDS/$ROLE.packages"
old="$(python_too_old)"
[ -z "$old" ] || die "python3 is $old; Bürgerterminal needs Python 3.12 or newer"
BUILD_RECORD="$(mktemp)"
# A wheelhouse brings python-sane built already (see docs/operations.md): no compiler needed.
[ -n "$WHEELHOUSE" ] || install_packages "$SOURCE/systemd/packages-build.txt" "$BUILD_RECORD"
ensure_groups
ensure_user
ensure_dir "$DATA" 0700 "$USER_NAME:$USER_NAME"
ensure_dir "$CONFIG_DIR" 0755 root:root
install_application
remove_build_packages "$BUILD_RECORD"
install_docs
if [ "$ROLE" = terminal ]; then
    write_config_once "$CONFIG_DIR/terminal.toml" < "$SOURCE/config/examples/terminal.toml"
else
    write_config_once "$CONFIG_DIR/backoffice.toml" <<'EOF'
# Backoffice settings: every key and its default in config/schema.py (BackofficeSettings).
office_name = "Jobcenter Musterstadt"
EOF
fi
"$VENV/bin/kiosk" --version | cut -d' ' -f2 > "$RECORDS/$ROLE"
install_units
say "done"
