# The kiosk session on tty1 (scripts/kiosk-mode/kiosk-session) with the
# real kiosk: only a staff exit opens a login; SIGTERM, SIGHUP and SIGKILL
# end the session without one, so getty restarts the kiosk.

# start_session: kiosk-session in tmux, the kiosk run as this user, the
# login replaced by a marker (PASSERELLE_LOGIN).
start_session() {
  SESSION_DIR=$(mktemp -d)
  mkdir -p "$SESSION_DIR/bin"
  ln -s "$KIOSK" "$SESSION_DIR/bin/kiosk"
  printf '#!/bin/sh\necho LOGIN-PROMPT\n' > "$SESSION_DIR/login"
  chmod +x "$SESSION_DIR/login"
  tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
  tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
    "env PASSERELLE_PREFIX='$SESSION_DIR' PASSERELLE_CONFIG='$CONFIG' PASSERELLE_LOGIN='$SESSION_DIR/login' \
       PASSERELLE_USER='$(id -un)' PASSERELLE_TODAY=$E2E_TODAY TERM=xterm-256color \
       sh '$REPO/scripts/kiosk-mode/kiosk-session'; echo SESSION-ENDED-\$?; sleep 60"
}

session_kiosk_pid() { pgrep -f -- "$SESSION_DIR/bin/kiosk --config" | head -1; }

test_session_staff_exit_logs_in() {
  start_session
  expect_screen "Bonjour" || return 1
  keys 'C-]'; type_text "4711"; keys Enter
  expect_screen "LOGIN-PROMPT" || return 1
  rm -rf "$SESSION_DIR"
}

test_session_signals_never_log_in() {
  local sig pid
  for sig in TERM HUP KILL; do
    start_session
    expect_screen "Bonjour" || return 1
    pid=$(session_kiosk_pid)
    [ -n "$pid" ] || { echo "    no kiosk process"; return 1; }
    kill -"$sig" "$pid"
    expect_screen "SESSION-ENDED-1" || { echo "    after SIG$sig"; return 1; }
    expect_absent "LOGIN-PROMPT" 0.2 || { echo "    SIG$sig gave a login"; return 1; }
    rm -rf "$SESSION_DIR"
  done
}

run_test "kiosk session: a staff exit (status 10) opens the login" test_session_staff_exit_logs_in
run_test "kiosk session: SIGTERM, SIGHUP, SIGKILL end it without a login (getty restarts it)" test_session_signals_never_log_in

# With NOTIFY_SOCKET (systemd's watchdog), the kiosk sends WATCHDOG=1 from
# its loop, and after a staff exit kiosk-session's helper goes on while the
# login runs.
test_session_feeds_the_watchdog() {
  local sock listener
  SESSION_DIR=$(mktemp -d)
  mkdir -p "$SESSION_DIR/bin"
  ln -s "$KIOSK" "$SESSION_DIR/bin/kiosk"
  # The login stays 3 seconds, so the helper's first ping comes while it runs.
  printf '#!/bin/sh\necho LOGIN-PROMPT\nsleep 3\n' > "$SESSION_DIR/login"
  chmod +x "$SESSION_DIR/login"
  sock="$SESSION_DIR/notify"
  # Each ping is written with its sender's program name (SO_PASSCRED).
  python3 -c "
import socket, struct, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(sys.argv[1]); s.settimeout(30)
s.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
end = time.time() + 30
with open(sys.argv[2], 'a') as log:
    while time.time() < end:
        try: data, anc, _, _ = s.recvmsg(64, socket.CMSG_SPACE(12))
        except socket.timeout: break
        pid = struct.unpack('iII', anc[0][2])[0] if anc else 0
        try: comm = open('/proc/%d/comm' % pid).read().strip()
        except OSError: comm = 'gone'
        log.write(data.decode() + ' ' + comm + '\\n'); log.flush()
" "$sock" "$SESSION_DIR/pings" &
  listener=$!
  for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.1; done
  tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
  tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
    "env PASSERELLE_PREFIX='$SESSION_DIR' PASSERELLE_CONFIG='$CONFIG' PASSERELLE_LOGIN='$SESSION_DIR/login' \
       PASSERELLE_USER='$(id -un)' PASSERELLE_TODAY=$E2E_TODAY NOTIFY_SOCKET='$sock' TERM=xterm-256color \
       sh '$REPO/scripts/kiosk-mode/kiosk-session'; echo SESSION-ENDED-\$?; sleep 60"
  expect_screen "Bonjour" || return 1
  for _ in $(seq 50); do grep -q '^WATCHDOG=1 kiosk$' "$SESSION_DIR/pings" 2>/dev/null && break; sleep 0.1; done
  grep -q '^WATCHDOG=1 kiosk$' "$SESSION_DIR/pings" || { echo "    the kiosk sent no WATCHDOG=1"; cat "$SESSION_DIR/pings"; kill "$listener"; return 1; }
  keys 'C-]'; type_text "4711"; keys Enter
  expect_screen "LOGIN-PROMPT" || return 1
  for _ in $(seq 20); do grep -q '^WATCHDOG=1 perl$' "$SESSION_DIR/pings" && break; sleep 0.1; done
  grep -q '^WATCHDOG=1 perl$' "$SESSION_DIR/pings" || { echo "    no WATCHDOG=1 from the session's helper during the login"; cat "$SESSION_DIR/pings"; kill "$listener"; return 1; }
  kill "$listener" 2>/dev/null
  rm -rf "$SESSION_DIR"
}

run_test "kiosk session: the kiosk and, after a staff exit, the session feed systemd's watchdog" test_session_feeds_the_watchdog
