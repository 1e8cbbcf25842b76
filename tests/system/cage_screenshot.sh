#!/bin/sh
# Inside the Debian root, as root: starts the UI as buergerterminal-kiosk.service would (its
# ExecStart and Environment come in $EXEC_START and the environment) under cage's headless
# backend, as the service user, waits for the UI's READY=1 on a notify socket (Type=notify),
# photographs the output with grim until the picture is there, stops the UI.
#
#   EXEC_START="/usr/bin/cage -s -- ..." sh cage_screenshot.sh OUT.png
set -eu
USER_NAME=buergerterminal
OUT="$1"
HOME="$(getent passwd "$USER_NAME" | cut -d: -f6)"  # as systemd sets it for User=
XDG_RUNTIME_DIR="/run/user/$(id -u "$USER_NAME")"    # as pam_systemd sets it (PAMName=login)
export HOME XDG_RUNTIME_DIR WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1
mkdir -p "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
chown "$USER_NAME:" "$XDG_RUNTIME_DIR"
export NOTIFY_SOCKET="$XDG_RUNTIME_DIR/notify"
as_user() { setpriv --reuid="$USER_NAME" --regid="$USER_NAME" --init-groups -- "$@"; }

as_user python3 -c '
import os, socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(os.environ["NOTIFY_SOCKET"])
open(os.environ["XDG_RUNTIME_DIR"] + "/listening", "w").close()
s.settimeout(300)
while b"READY=1" not in s.recv(4096):
    pass
' &
listener=$!
until [ -e "$XDG_RUNTIME_DIR/listening" ]; do sleep 0.1; done
# Not through as_user: $! must be cage itself (setpriv execs it), not a subshell around it.
# shellcheck disable=SC2086  # the unit's command line, split as systemd splits it
setpriv --reuid="$USER_NAME" --regid="$USER_NAME" --init-groups -- $EXEC_START \
    > "$XDG_RUNTIME_DIR/ui.log" 2>&1 &
ui=$!
if ! wait "$listener"; then
    echo "the UI never said READY=1:"; cat "$XDG_RUNTIME_DIR/ui.log"; exit 1
fi
display="$(find "$XDG_RUNTIME_DIR" -maxdepth 1 -name 'wayland-*' ! -name '*.lock' -printf '%f\n' | head -n 1)"
# The first frame may follow READY=1, icons load after it: take pictures until two in a row
# are the same (the screen has settled) and hold more than one colour.
tries=0
until WAYLAND_DISPLAY="$display" as_user grim "$OUT.next" 2>/dev/null \
        && [ "$(stat -c %s "$OUT.next")" -gt 20000 ] && cmp -s "$OUT.next" "$OUT"; do
    [ ! -s "$OUT.next" ] || mv "$OUT.next" "$OUT"
    tries=$((tries + 1))
    [ "$tries" -lt 600 ] || { echo "grim got no settled picture"; cat "$XDG_RUNTIME_DIR/ui.log"; exit 1; }
    sleep 0.2
done
rm -f "$OUT.next"
# As systemd stops the unit: SIGTERM, and it must be gone well before TimeoutStopSec.
kill "$ui"
waited=0
while kill -0 "$ui" 2>/dev/null && [ "$waited" -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
if kill -0 "$ui" 2>/dev/null; then
    echo "cage still running 10 s after SIGTERM"
    kill -9 "$ui"
fi
wait "$ui" || true
cat "$XDG_RUNTIME_DIR/ui.log"
