# Printing through a real CUPS scheduler: a private cupsd on its own socket
# with a cups-pdf queue (scripts/test installs cups and cups-pdf). Without
# CUPS on the machine the test says so and counts as failed, never as passed.

start_private_cups() {
  CUPS_DIR=$(mktemp -d /tmp/passerelle-cups.XXXX)
  mkdir -p "$CUPS_DIR"/{etc/ppd,spool,tmp,cache,state,log}
  # Filters run as the lp user: it must reach these folders.
  chmod 0755 "$CUPS_DIR"
  chmod 1777 "$CUPS_DIR/tmp"
  cat > "$CUPS_DIR/cups-files.conf" <<CONF
ServerRoot $CUPS_DIR/etc
RequestRoot $CUPS_DIR/spool
TempDir $CUPS_DIR/tmp
CacheDir $CUPS_DIR/cache
StateDir $CUPS_DIR/state
ErrorLog $CUPS_DIR/log/error_log
AccessLog $CUPS_DIR/log/access_log
PageLog $CUPS_DIR/log/page_log
SystemGroup root
CONF
  cat > "$CUPS_DIR/cupsd.conf" <<CONF
Listen $CUPS_DIR/cups.sock
LogLevel warn
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
CONF
  /usr/sbin/cupsd -f -c "$CUPS_DIR/cupsd.conf" -s "$CUPS_DIR/cups-files.conf" &
  CUPS_PID=$!
  export CUPS_SERVER="$CUPS_DIR/cups.sock"
  for _ in $(seq 50); do lpstat -r >/dev/null 2>&1 && break; sleep 0.1; done
  # Under load the scheduler may answer lpstat before it takes lpadmin:
  # try until the queue exists, and say so when it never does.
  for _ in $(seq 50); do
    lpadmin -p kioskpdf -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
    lpstat -p kioskpdf >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "    the private CUPS scheduler did not take the kioskpdf queue"
  return 1
}

stop_private_cups() {
  kill "$CUPS_PID" 2>/dev/null; wait "$CUPS_PID" 2>/dev/null
  rm -rf "$CUPS_DIR"
  unset CUPS_SERVER
}

# printer_config DIR FOLLOW_SECONDS: DIR's kiosk.yaml prints to kioskpdf.
printer_config() {
  sed -i 's/^  # queue: "kiosk"/  queue: "kioskpdf"/; s/^  follow_seconds: 30/  follow_seconds: '"$2"'/' "$1/kiosk.yaml"
  grep -q 'queue: "kioskpdf"' "$1/kiosk.yaml" && grep -q "follow_seconds: $2\$" "$1/kiosk.yaml" \
    || { echo "    test config not changed"; return 1; }
}

test_print_through_cups() {
  if ! command -v cupsd >/dev/null || [ ! -f /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ]; then
    echo "    CUPS or cups-pdf is not installed: cannot test real printing"; return 1
  fi
  local config before after status=0
  config=$(mktemp -d); cp -r "$REPO/kiosk-config/." "$config/"
  # Printed means CUPS completed the job: followed for up to two minutes.
  printer_config "$config" 120 || return 1
  start_private_cups || status=1
  before=$(ls ~/PDF 2>/dev/null | wc -l)
  start_kiosk "$config" xterm-256color "CUPS_SERVER=$CUPS_SERVER"
  risk_check_nothing_at_risk_en || status=1
  expect_screen "2  Print" || status=1
  keys 2; expect_screen "Your sheet is printed" 120 || status=1
  for _ in $(seq 50); do lpstat -W completed -o kioskpdf 2>/dev/null | grep -q kioskpdf && break; sleep 0.2; done
  if ! lpstat -W completed -o kioskpdf | grep -q kioskpdf; then
    echo "    CUPS has no completed job:"
    lpstat -W all -l -o kioskpdf | sed 's/^/    /'
    status=1
  fi
  after=$(ls ~/PDF 2>/dev/null | wc -l)
  [ "$after" -gt "$before" ] || { echo "    cups-pdf wrote no PDF"; status=1; }
  # The sheet holds a person's dates: do not leave it behind.
  ls -t ~/PDF/*.pdf 2>/dev/null | head -n $((after - before)) | xargs -r rm -f
  stop_private_cups
  rm -rf "$config"
  return $status
}

run_test "printing through CUPS to a cups-pdf queue" test_print_through_cups

# A stopped printer (cupsdisable: CUPS still takes jobs, prints none). The
# sheet must not wait in the queue for the next person: the job is followed
# 3 seconds, cancelled, the sheet kept and its reference shown; the
# mediator's handout at the end of the visit too, before the wipe.
test_print_stopped_printer() {
  if ! command -v cupsd >/dev/null || [ ! -f /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd ]; then
    echo "    CUPS or cups-pdf is not installed: cannot test real printing"; return 1
  fi
  local config before status=0
  config=$(mktemp -d); cp -r "$REPO/kiosk-config/." "$config/"
  private_folders "$config"
  printer_config "$config" 3 || return 1
  start_private_cups || status=1
  cupsdisable kioskpdf || status=1
  before=$(ls ~/PDF 2>/dev/null | wc -l)
  start_kiosk "$config" xterm-256color "CUPS_SERVER=$CUPS_SERVER"
  risk_check_nothing_at_risk_en || status=1
  keys 2; expect_screen "PRINTING" || status=1
  expect_screen "Give this number at the reception desk: P-" 60 || status=1
  expect_absent "Your sheet is printed" 0 || status=1
  [ -z "$(lpstat -W not-completed -o kioskpdf 2>/dev/null)" ] \
    || { echo "    a job is left in the queue:"; lpstat -W not-completed -o kioskpdf | sed 's/^/    /'; status=1; }
  [ "$("$KIOSK" outbox sheet --config "$config" | grep -c '^P-')" -eq 1 ] || { echo "    the sheet was not kept"; status=1; }
  # The mediator ends the visit with the handout: kept too, its reference
  # shown until a key, then the wipe.
  keys /; expect_screen "Mediator code" || status=1
  type_text "2468"; keys Enter; expect_screen "Do you agree" 10 || status=1
  keys 1; expect_screen "MEDIATOR" || status=1
  choose "End the visit"; expect_screen "Yes, print the sheet then erase everything" || status=1
  keys 1; expect_screen "Give this number at the reception desk: P-" 60 || status=1
  expect_screen "Press any key to finish" || status=1
  expect_absent "Hello" 0 || status=1
  keys Enter; expect_screen "Bonjour" 10 || status=1
  [ -z "$(lpstat -W not-completed -o kioskpdf 2>/dev/null)" ] || { echo "    the handout's job is left in the queue"; status=1; }
  [ "$("$KIOSK" outbox sheet --config "$config" | grep -c '^P-')" -eq 2 ] || { echo "    expected 2 kept sheets"; status=1; }
  # The printer comes back: nothing of that visit comes out.
  cupsenable kioskpdf
  sleep 3
  [ "$(ls ~/PDF 2>/dev/null | wc -l)" -eq "$before" ] || { echo "    a cancelled sheet was printed later"; status=1; }
  stop_private_cups
  rm -rf "$config"
  return $status
}

run_test "a stopped printer: the job is cancelled, the sheet kept and its reference shown, the handout's too" \
  test_print_stopped_printer
