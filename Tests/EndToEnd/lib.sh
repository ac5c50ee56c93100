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

# menu_numbers: the number of every menu line on screen ("› 2  Am I at risk…").
menu_numbers() { screen | sed -nE 's/^[[:space:]]*(› |> )?[[:space:]]*([0-9]+)  .*/\2/p'; }

# choose LABEL [SECONDS]: waits for the menu line holding LABEL and sends the
# number shown next to it, so a test says what it chooses, not where it is
# (a new menu entry moves no test). On a list of ten lines or more, a number
# that could start a longer one is confirmed with Enter (docs/keys.md).
choose() {
  local label="$1" number max
  if ! wait_for "$label" "${2:-5}"; then
    echo "    no menu line on screen: $label"
    screen | sed 's/^/    | /'
    return 1
  fi
  number=$(screen | grep -F -- "$label" | sed -nE 's/^[[:space:]]*(› |> )?[[:space:]]*([0-9]+)  .*/\2/p' | head -n 1)
  if [ -z "$number" ]; then
    echo "    no number next to: $label"
    screen | sed 's/^/    | /'
    return 1
  fi
  max=$(menu_numbers | sort -n | tail -n 1)
  # shellcheck disable=SC2046 # one key per digit
  keys $(sed 's/./& /g' <<<"$number")
  if [ "$max" -ge 10 ] && [ $((number * 10)) -le "$max" ]; then keys Enter; fi
}

# to_home LANGUAGE: from the start screen to the home menu in LANGUAGE
# ("Français", "English").
to_home() {
  expect_screen "Bonjour" || return 1
  keys Enter
  choose "$1" || return 1
  case "$1" in
    Français) expect_screen "Que voulez-vous faire" ;;
    *) expect_screen "What do you want to do?" ;;
  esac
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

# From the start screen, the risk check in English for someone with nothing
# at risk (no benefit; October and November declared; no event; the contract
# signed), up to its result. Returns 1 when a screen is not as expected.
risk_check_nothing_at_risk_en() {
  to_home English || return 1
  choose "Am I at risk"; expect_screen "What do you receive?" || return 1
  keys 3 1 1 2 2 2 2 2 2 2 1 2 2 2 2; expect_screen "Check your answers" || return 1
  keys Enter; expect_screen "NOTHING URGENT" || return 1
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

# process_memory PID: the bytes of every region of the running process a
# memory scan would read (readable, and not a read-only mapping of a file
# such as the binary itself). Needs root: the kiosk is not dumpable.
process_memory() {
  local pid="$1" range perms offset device inode path start end
  while read -r range perms offset device inode path; do
    [[ $perms == r* ]] || continue
    [[ $perms != *w* && $path == /* ]] && continue
    [[ $path == "[vvar]" || $path == "[vsyscall]" || $path == "[vvar_vclock]" ]] && continue
    start=$((16#${range%-*})); end=$((16#${range#*-}))
    dd if="/proc/$pid/mem" bs=1M iflag=skip_bytes,count_bytes skip="$start" count=$((end - start)) status=none 2>/dev/null
  done <"/proc/$pid/maps"
}

# wide TEXT BYTES_PER_UNIT: a PCRE for ASCII/Latin-1 TEXT in UTF-16LE (2)
# or UTF-32LE (4); \xNN escapes in TEXT stay one character.
wide() {
  local text="$1" zeros out="" i c
  zeros=$(printf '\\x00%.0s' $(seq $(($2 - 1))))
  for ((i = 0; i < ${#text}; i++)); do
    c="${text:i:1}"
    if [[ $c == '\' ]]; then out+="${text:i:4}$zeros"; i=$((i + 3)); else out+="$c$zeros"; fi
  done
  printf '%s' "$out"
}

# memory_patterns VALUE…: a PCRE matching each VALUE in UTF-8, UTF-16LE and
# UTF-32LE. A space in VALUE matches a space, a no-break space (U+00A0) or a
# narrow one (U+202F), as French typography writes amounts and dates.
memory_patterns() {
  local value utf8 latin alternatives=()
  for value in "$@"; do
    utf8=${value// /(?: |\\xc2\\xa0|\\xe2\\x80\\xaf)}
    alternatives+=("$utf8")
    latin=${value// /@}
    alternatives+=("$(wide "$latin" 2 | sed 's/@\\x00/(?: \\x00|\\xa0\\x00|\\x2f\\x20)/g')")
    alternatives+=("$(wide "$latin" 4 | sed 's/@\\x00\\x00\\x00/(?: \\x00\\x00\\x00|\\xa0\\x00\\x00\\x00|\\x2f\\x20\\x00\\x00)/g')")
  done
  local IFS='|'
  printf '(?:%s)' "${alternatives[*]}"
}

# memory_holds PID VALUE…: true when the process's memory holds one of the
# values in one of the encodings (names the encodings found).
memory_holds() {
  local pid="$1" pattern found
  shift
  pattern=$(memory_patterns "$@")
  found=$(process_memory "$pid" | LC_ALL=C grep -aoP "$pattern" | LC_ALL=C sort -u | od -An -c | tr -s ' ' | head -c 400)
  [ -n "$found" ] || return 1
  echo "    found in the kiosk's memory:$found"
}
