# End-to-end privacy (issue 6): a visit with a distinctive fake identity,
# with the mediator, ended; another killed mid-visit and restarted as
# systemd would. Then the screen, tmux's scrollback, the log file, the
# kiosk's folders and new temporary files are searched: nothing may be
# found (the outbox and kept sheets are encrypted).

PRIVACY_CONFIG=$(mktemp -d)
cp -r "$REPO/kiosk-config/." "$PRIVACY_CONFIG/"
private_folders "$PRIVACY_CONFIG"
PRIVACY_LOG="$PRIVACY_CONFIG/data/kiosk.log"
# What the fake claimant types: a pay amount and a date nobody else uses.
SECRETS=("876,54" "876.54" "17/03/2026" "17 mars 2026" "2026-03-17")

# Like systemd's Restart=always: the kiosk is started again when it dies.
start_supervised_kiosk() {
  tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
  tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
    "while :; do env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color PASSERELLE_TODAY=$E2E_TODAY PASSERELLE_LOG_FILE='$PRIVACY_LOG' \
      '$KIOSK' --config '$PRIVACY_CONFIG'; echo KIOSK-EXITED-\$?; sleep 0.5; done"
}

# search_secrets WHAT < text: fails, naming the secret, if one is found.
search_secrets() {
  local what="$1" text secret
  text=$(sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g')
  for secret in "${SECRETS[@]}"; do
    if grep -qF -- "$secret" <<<"$text"; then echo "    $what holds \"$secret\""; return 1; fi
  done
}

scrollback() { tmux capture-pane -t "$E2E_SESSION" -p -S -32768; }

kiosk_pid() { pgrep -f -- "$KIOSK --config $PRIVACY_CONFIG" | head -1; }

test_privacy_after_end_and_crash() {
  local marker
  marker=$(mktemp); sleep 1
  start_supervised_kiosk
  expect_screen "Bonjour" || return 1
  # The monthly declaration with a pay of 9 876,54 €, printed (kept, sealed).
  to_home Français || return 1
  choose "Préparer ma déclaration du mois"; keys 1 1 1; expect_screen "combien d'heures" || return 1
  type_text "35"; keys Enter; expect_screen "salaire brut" || return 1
  type_text "9876,54"; keys Enter
  wait_for "Vous avez tapé" 2 && keys 1
  keys 2 2 2 2 2 Enter; expect_screen "9 876,54" || return 1
  keys 3; expect_screen "Donnez ce numéro à l'accueil" || return 1
  # The mediator: PIN (2468), consent, the overview, then the end with the
  # handout.
  keys /; expect_screen "Code du médiateur" || return 1
  type_text "2468"; keys Enter; expect_screen "Êtes-vous d'accord" 10 || return 1
  keys 1; expect_screen "MÉDIATEUR — une personne vous aide" || return 1
  choose "Voir les réponses"; expect_screen "salaire brut : 9 876,54" || return 1
  keys Escape; choose "Terminer la visite"; expect_screen "Oui, imprimer la fiche puis tout effacer" || return 1
  # No printer: the handout is kept, its reference shown until a key.
  keys 1; expect_screen "Donnez ce numéro à l'accueil : P-" || return 1
  expect_screen "Appuyez sur une touche pour terminer" || return 1
  keys Enter; expect_screen "Bonjour" 10 || return 1
  scrollback | search_secrets "the screen or tmux's scrollback after the end" || return 1

  # A second visit, killed while the date is on screen.
  to_home Français || return 1
  choose "Calculer une date limite"; keys 1 Enter; expect_screen "[ _" || return 1
  type_text "17/03/2026"; keys Enter; expect_screen "mardi 24 mars 2026" || return 1
  kill -9 "$(kiosk_pid)"
  expect_screen "Bonjour" 10 || return 1
  scrollback | search_secrets "the screen or scrollback after a crash and restart" || return 1
  stop_kiosk

  [ -s "$PRIVACY_LOG" ] || { echo "    the kiosk wrote no log line"; return 1; }
  search_secrets "the log file" < "$PRIVACY_LOG" || return 1
  local hits
  hits=$(grep -rlF -e "876,54" -e "17/03/2026" -e "2026-03-17" "$PRIVACY_CONFIG/data" 2>/dev/null)
  [ -z "$hits" ] || { echo "    found in the kiosk's folders: $hits"; return 1; }
  hits=$(find "${TMPDIR:-/tmp}" -xdev -type f -newer "$marker" -not -path "$PRIVACY_CONFIG/*" 2>/dev/null \
    | xargs -r grep -lF -e "876,54" -e "17/03/2026" 2>/dev/null)
  [ -z "$hits" ] || { echo "    found in new temporary files: $hits"; return 1; }
  [ -z "$(ls -A "$PRIVACY_CONFIG/data/session" 2>/dev/null)" ] || { echo "    the session folder is not empty"; return 1; }
  # The sheets were kept, encrypted: opened with the key, they hold it.
  kept_sheets_contain "$PRIVACY_CONFIG" "9 876,54" || { echo "    the kept sheets do not hold the declaration"; return 1; }
  rm -f "$marker"
}

run_test "privacy: after the end, and after a crash and restart, nothing of the visit is on screen, in scrollback, logs or files" \
  test_privacy_after_end_and_crash

# Memory after a visit (issue 11): the running kiosk's memory is scanned
# (/proc/PID/mem, as root) for what was typed, in UTF-8, UTF-16 and UTF-32,
# with plain, no-break and narrow spaces. The same scan must find the values
# while they are on screen, or it proves nothing.
MEMORY_SECRETS=("9876,54" "9 876,54" "9876.54" "17/03/2026" "2026-03-17" "17 mars 2026")

test_memory_after_wipe() {
  local pid
  start_kiosk "$PRIVACY_CONFIG"
  expect_screen "Bonjour" || return 1
  pid=$(kiosk_pid)
  grep -q "^Max core file size *0 *0" "/proc/$pid/limits" || { echo "    core dumps are not off:"; grep -i core "/proc/$pid/limits"; return 1; }
  # Visit 1: a pay amount, ended with "-".
  to_home Français || return 1
  choose "Préparer ma déclaration du mois"; keys 1 1 1; expect_screen "combien d'heures" || return 1
  type_text "35"; keys Enter; expect_screen "salaire brut" || return 1
  type_text "9876,54"; keys Enter
  wait_for "Vous avez tapé" 2 && keys 1
  keys 2 2 2 2 2 Enter; expect_screen "9 876,54" || return 1
  memory_holds "$pid" "${MEMORY_SECRETS[@]}" >/dev/null || { echo "    the scan does not find the amount on screen: it proves nothing"; return 1; }
  keys -; expect_screen "Voulez-vous terminer" || return 1
  keys 1; expect_screen "Bonjour" 10 || return 1
  [ "$(kiosk_pid)" = "$pid" ] || { echo "    the kiosk's process changed ($pid, now $(kiosk_pid)): not the same kiosk"; return 1; }
  if memory_holds "$pid" "${MEMORY_SECRETS[@]}"; then echo "    after the end of the visit"; return 1; fi
  # Visit 2: a date, left to the idle timeout's wipe… here ended with F10.
  to_home Français || return 1
  choose "Calculer une date limite"; keys 1 Enter; expect_screen "[ _" || return 1
  type_text "17/03/2026"; keys Enter; expect_screen "mardi 24 mars 2026" || return 1
  memory_holds "$pid" "${MEMORY_SECRETS[@]}" >/dev/null || { echo "    the scan does not find the date on screen: it proves nothing"; return 1; }
  keys F10; expect_screen "Voulez-vous terminer" || return 1
  keys 1; expect_screen "Bonjour" 10 || return 1
  if memory_holds "$pid" "${MEMORY_SECRETS[@]}"; then echo "    after the second visit"; return 1; fi
  # Still the kiosk: staff can leave it.
  keys 'C-]'; type_text "4711"; keys Enter
  expect_screen "KIOSK-EXITED-10" || return 1
}

run_test "memory: after a wipe, a scan of the running kiosk finds nothing typed (core dumps off)" test_memory_after_wipe
# Not dumpable (prctl PR_SET_DUMPABLE 0): the kiosk, run as an ordinary
# user, cannot have its memory read by that same user (another program of
# the kiosk account, a crash dump); /proc/PID/mem then belongs to root.
test_not_dumpable() {
  local dir pid start status=0
  command -v setpriv >/dev/null || { echo "    setpriv (util-linux) is missing: cannot run the kiosk as another user"; return 1; }
  dir=$(mktemp -d); chmod 755 "$dir"
  cp -r "$REPO/kiosk-config/." "$dir/"; private_folders "$dir"
  mkdir -p "$dir/data"; chown -R nobody:nogroup "$dir/data"; chmod -R a+rX "$dir"
  tmux kill-session -t "$E2E_SESSION" 2>/dev/null || true
  tmux new-session -d -s "$E2E_SESSION" -x 80 -y 24 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color setpriv --reuid=nobody --regid=nogroup --clear-groups \
      '$KIOSK' --config '$dir'; echo KIOSK-EXITED-\$?; sleep 60"
  expect_screen "Bonjour" 20 || status=1
  pid=$(pgrep -u nobody -f -- "$KIOSK --config $dir" | head -1)
  if [ -z "$pid" ]; then
    echo "    the kiosk does not run as nobody"; status=1
  else
    [ "$(stat -c %U "/proc/$pid/mem")" = root ] || { echo "    /proc/$pid/mem belongs to $(stat -c %U "/proc/$pid/mem"): the kiosk is dumpable"; status=1; }
    # A mapped address (read as root), so only permission can refuse it.
    start=$((16#$(head -1 "/proc/$pid/maps" | cut -d- -f1)))
    if setpriv --reuid=nobody --regid=nogroup --clear-groups \
      dd if="/proc/$pid/mem" of=/dev/null bs=1 count=1 skip="$start" iflag=skip_bytes status=none 2>/dev/null; then
      echo "    the kiosk's own user reads its memory"; status=1
    fi
  fi
  stop_kiosk
  rm -rf "$dir"
  return $status
}

run_test "memory: the kiosk is not dumpable; its own user cannot read its memory" test_not_dumpable
rm -rf "$PRIVACY_CONFIG"
