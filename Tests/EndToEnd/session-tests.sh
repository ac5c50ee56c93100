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
