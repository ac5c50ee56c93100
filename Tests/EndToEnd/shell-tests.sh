# End-to-end tests of the kiosk shell (issue 3), sourced by run-all.sh.

test_calculator_fr() {
  start_kiosk "$CONFIG"
  expect_screen "Bonjour. Cette borne vous aide" || return 1
  keys Enter; expect_screen "Choisissez votre langue" || return 1
  choose Français; expect_screen "Que voulez-vous faire" || return 1
  choose "Calculer une date limite"; expect_screen "Que s'est-il passé" || return 1
  # Twelve events: "1" waits for a possible second digit, Enter takes the first.
  keys 1 Enter; expect_screen "votre formation est-elle finie" || return 1
  type_text "31/04/2026"; keys Enter
  expect_screen "Cette date n'existe pas (31 avril)" || return 1
  expect_screen "[ 31/04/2026" || return 1
  keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
  type_text "18-12-2026"; keys Enter
  expect_screen "Date limite : lundi 28 décembre 2026." || return 1
  keys 2; expect_screen "+21 +22 +23 +24 *25" || return 1
  expect_screen "[28]" || return 1
  keys Escape; expect_screen "Ce que je dois faire" || return 1
}

test_calculator_en_and_back() {
  start_kiosk "$CONFIG"
  to_home English || return 1
  choose "Work out a deadline"; keys 1 Enter; expect_screen "On what date did your training end?" || return 1
  type_text "22/12/2025"; keys Escape
  expect_screen "What happened?" || return 1
  keys Enter; expect_screen "[ 22/12/2025" || return 1
  keys Enter; expect_screen "Last day: Tuesday 30 December 2025." || return 1
}

test_ctrl_keys_do_not_leave() {
  start_kiosk "$CONFIG"
  to_home Français || return 1
  choose "Calculer une date limite"; keys 1 Enter; expect_screen "votre formation" || return 1
  type_text "18/12"
  keys C-c; keys C-z; keys 'C-\'; keys C-d
  sleep 0.5
  expect_absent "KIOSK-EXITED" || return 1
  expect_screen "[ 18/12" || return 1
  # An unknown escape sequence must not be typed into the field.
  keys Escape '[' 2 9 '~'
  expect_absent "[29" || return 1
}

test_resize_keeps_answers() {
  start_kiosk "$CONFIG"
  to_home Français || return 1
  choose "Calculer une date limite"; keys 1 Enter; type_text "18/12"
  expect_screen "[ 18/12" || return 1
  tmux resize-window -t "$E2E_SESSION" -x 60 -y 20
  expect_screen "L'écran est trop petit" || return 1
  type_text "/2026"  # nobody can see the field: nothing goes in
  tmux resize-window -t "$E2E_SESSION" -x 80 -y 24
  expect_screen "[ 18/12_" || return 1
}

test_idle_warning_then_wipe() {
  start_kiosk "$SHORT_CONFIG"
  to_home Français || return 1
  choose "Calculer une date limite"; keys 1 Enter; type_text "18/12"
  expect_screen "Êtes-vous toujours là" 10 || return 1
  expect_screen "* Une personne" || return 1  # a person stays one key away
  keys Space
  expect_screen "[ 18/12" || return 1
  expect_screen "Êtes-vous toujours là" 10 || return 1
  expect_screen "Bonjour. Cette borne" 10 || return 1
  expect_absent "18/12" 0.2 || return 1
  # The scrollback is cleared too.
  if tmux capture-pane -t "$E2E_SESSION" -p -S -200 | grep -qF "18/12"; then
    echo "    the typed date is still in the scrollback"; return 1
  fi
}

test_staff_exit() {
  start_kiosk "$CONFIG"
  expect_screen "Bonjour" || return 1
  keys 'C-]'; type_text "4711"; keys Enter
  # 10, the staff exit's own status: kiosk-session opens a login for it only.
  expect_screen "KIOSK-EXITED-10" || return 1
}

# After visits, the kiosk runs in a fresh process (same id): staff exit and
# systemd's SIGTERM still restore the terminal for the shell.
test_exit_after_fresh_processes() {
  local pid how
  for how in staff sigterm; do
    tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
    tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
      "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color '$KIOSK' --config '$CONFIG'; \
       echo KIOSK-EXITED-\$? \$(stty -a | grep -o -- ' -*icanon\| -*echo ' | tr -d ' \n'); sleep 60"
    expect_screen "Bonjour" || return 1
    pid=$(pgrep -f -- "$KIOSK --config $CONFIG" | head -1)
    to_home Français || return 1
    choose "Calculer une date limite"; keys 1 Enter; type_text "18/12"; keys F10; expect_screen "Voulez-vous terminer" || return 1
    keys 1; expect_screen "Bonjour" 10 || return 1
    to_home Français || return 1
    choose "Calculer une date limite"; keys F10 1; expect_screen "Bonjour" 10 || return 1
    [ "$(pgrep -f -- "$KIOSK --config $CONFIG" | head -1)" = "$pid" ] || { echo "    the kiosk's process id changed"; return 1; }
    if [ "$how" = staff ]; then
      keys 'C-]'; type_text "4711"; keys Enter
      expect_screen "KIOSK-EXITED-10 icanonecho" || return 1
    else
      # SIGTERM is not a staff exit: 0, which kiosk-session restarts.
      kill -TERM "$pid"
      expect_screen "KIOSK-EXITED-0 icanonecho" || return 1
    fi
  done
}

test_broken_config_out_of_service() {
  local broken
  broken=$(mktemp -d); cp -r "$REPO/kiosk-config/." "$broken/"
  sed -i 's/    count: 5/    count: cinq/' "$broken/rules/obligations.yaml"
  start_kiosk "$broken"
  expect_screen "HORS SERVICE" || return 1
  expect_screen "OUT OF SERVICE" || return 1
  expect_absent "KIOSK-EXITED" || return 1
  # Fixed while running: back in service within 30 seconds, no restart.
  sed -i 's/    count: cinq/    count: 5/' "$broken/rules/obligations.yaml"
  expect_screen "Bonjour" 35 || return 1
}

test_linux_console_ascii() {
  start_kiosk "$CONFIG" linux
  expect_screen "Bonjour" || return 1
  keys Enter; expect_screen "> 1  Français" || return 1
  # A list's bullet is "o", never "*", the key for a person.
  choose Français; choose "Est-ce que je risque"; expect_screen "Que recevez-vous" || return 1
  keys 1 2 2 2 2 2 2 2 2 2 1 2 2 2; expect_screen "Vérifiez vos réponses" || return 1
  keys Enter 1; expect_screen "  o Demandez comment déclarer le mois manqué" || return 1
}

test_key_storm_real_binary() {
  start_kiosk "$CONFIG"
  expect_screen "Bonjour" || return 1
  # A pasted burst of 3,000 random printable bytes and escape sequences.
  local burst
  burst=$(python3 -c "
import random
random.seed(7)
keys = [chr(c) for c in range(32, 127)] + ['\x1b', '\x1b[A', '\x1b[B', '\x1b[Z', '\x1b[15~', '\x1bOP', '\r', '\x7f', '\x03', '\x1a', 'é', '€']
print(''.join(random.choice(keys) for _ in range(3000)))")
  tmux send-keys -t "$E2E_SESSION" -l "$burst"
  sleep 2
  expect_absent "KIOSK-EXITED" 0.2 || return 1
  # Still answering: staff can still leave with the code.
  keys Escape Escape Escape 'C-]'; type_text "4711"; keys Enter
  expect_screen "KIOSK-EXITED-10" 5 || return 1
}

run_test "a pasted burst of 3,000 keys and sequences neither crashes nor exits" test_key_storm_real_binary
run_test "calculator in French: wrong date, corrected, result, calendar" test_calculator_fr
run_test "calculator in English; Esc back keeps the date" test_calculator_en_and_back
run_test "Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D and unknown sequences do not leave" test_ctrl_keys_do_not_leave
run_test "resize below 80x24 and back keeps what was typed" test_resize_keeps_answers
run_test "idle warning, continue, then wipe (screen and scrollback)" test_idle_warning_then_wipe
run_test "staff exit with Ctrl-] and the code" test_staff_exit
run_test "after visits (fresh processes), staff exit and SIGTERM restore the terminal" test_exit_after_fresh_processes
run_test "a broken configuration shows out of service, then recovers" test_broken_config_out_of_service
run_test "TERM=linux uses ASCII marks" test_linux_console_ascii
