# Helpers for end-to-end tests: the real kiosk binary in tmux at 80×24.
# Each wait polls capture-pane for a marker instead of sleeping blindly.

E2E_SESSION="passerelle-e2e-$$"
E2E_PASSED=0
E2E_FAILED=0

# Every run pins the kiosk's date (PASSERELLE_TODAY): the tests must pass
# whatever the machine's date. Sunday 29 November 2026: October's window has
# closed, November's is open, and the agency is closed.
E2E_TODAY="${E2E_TODAY:-2026-11-29}"

# start_kiosk CONFIG_DIR [TERM] [EXTRA_ENV…]
start_kiosk() {
  local config="$1" term="${2:-xterm-256color}"
  shift 2 2>/dev/null || shift $#
  tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
  tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$term PASSERELLE_TODAY=$E2E_TODAY $* '$KIOSK' --config '$config'; echo KIOSK-EXITED-\$?; sleep 60"
}

stop_kiosk() { tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true; }

screen() { tmux capture-pane -t "$E2E_SESSION" -p | sed 's/\xc2\xa0/ /g; s/[[:space:]]*$//'; }

keys() { tmux send-keys -t "$E2E_SESSION" "$@"; }

# Types text literally (no tmux key names).
type_text() { tmux send-keys -t "$E2E_SESSION" -l "$1"; }

# wait_for TEXT [SECONDS]: true when TEXT is on screen before the timeout.
wait_for() {
  local text="$1" timeout="${2:-5}" waited=0
  while [ "$waited" -lt $((timeout * 10)) ]; do
    screen | grep -qF -- "$text" && return 0
    sleep 0.1
    waited=$((waited + 1))
  done
  return 1
}

# expect_screen TEXT [SECONDS]: records a failure (with the screen) if TEXT never shows.
expect_screen() {
  if wait_for "$1" "${2:-5}"; then return 0; fi
  echo "    expected on screen: $1"
  screen | sed 's/^/    | /'
  return 1
}

expect_absent() {
  sleep "${2:-0.5}"
  if screen | grep -qF -- "$1"; then
    echo "    not expected on screen: $1"
    screen | sed 's/^/    | /'
    return 1
  fi
}

# run_test NAME FUNCTION
run_test() {
  local name="$1" fn="$2"
  if "$fn"; then
    echo "  ok   $name"
    E2E_PASSED=$((E2E_PASSED + 1))
  else
    echo "  FAIL $name"
    E2E_FAILED=$((E2E_FAILED + 1))
  fi
  stop_kiosk
}

# A copy of the bundled configuration with short idle timeouts.
make_test_config() {
  local dir
  dir=$(mktemp -d)
  cp -r "$REPO/kiosk-config/." "$dir/"
  sed -i 's/warning_seconds: 90/warning_seconds: 5/; s/countdown_seconds: 60/countdown_seconds: 4/' "$dir/kiosk.yaml"
  private_folders "$dir"
  echo "$dir"
}

# kept_sheets CONFIG_DIR: the text of every sheet kept for staff (they are
# encrypted with the outbox key; `kiosk outbox sheet` opens them).
kept_sheets() {
  local config="$1" reference
  for reference in $("$KIOSK" outbox sheet --config "$config" | grep '^P-'); do
    "$KIOSK" outbox sheet "$reference" --config "$config"
  done
}

# kept_sheets_contain CONFIG_DIR TEXT: true when a kept sheet holds TEXT
# (no-break spaces read as spaces). A here-string, not a pipe: `grep -q`
# stopping early would fail the pipe under pipefail.
kept_sheets_contain() {
  grep -qF -- "$2" <<<"$(kept_sheets "$1" | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g')"
}

# private_folders CONFIG_DIR: every folder the kiosk writes goes inside
# CONFIG_DIR/data (outbox, key, delivery, session, sheets, statistics).
private_folders() {
  local data="$1/data"
  sed -i "s#/var/lib/passerelle#$data#g; s#/var/spool/passerelle#$data#g" "$1/kiosk.yaml"
}
