# End-to-end tests of the attestation that a person tried (issue 13): the
# real binary records it, prints it (kept for staff: no CUPS queue here) and
# staff confirm it with `kiosk attestation`. The date is pinned.

ATTEST_CONFIG=$(mktemp -d)
cp -r "$REPO/kiosk-config/." "$ATTEST_CONFIG/"
private_folders "$ATTEST_CONFIG"

test_attestation_fr_site_down() {
  start_kiosk "$ATTEST_CONFIG"
  to_home Français || return 1
  keys '*'; expect_screen "Je n'ai pas pu faire ma démarche : une attestation" || return 1
  keys 1; expect_screen "Qu'est-ce qui n'a pas marché ?" || return 1
  keys 1; expect_screen "Numéro de l'attestation : A-1129-" 10 || return 1
  expect_screen "La feuille est gardée à l'accueil" 10 || return 1
  screen | grep -qE 'P-[0-9]{4}-[0-9]{4}' || { echo "    no kept-sheet number on screen"; return 1; }
  local reference
  reference=$(screen | grep -o 'A-1129-[0-9]\{4\}' | head -1)
  [ -n "$reference" ] || { echo "    no reference on screen"; return 1; }
  "$KIOSK" attestation list --config "$ATTEST_CONFIG" | grep -qF "$reference  borne -  déclaration mensuelle ; le site" \
    || { echo "    not listed: $("$KIOSK" attestation list --config "$ATTEST_CONFIG")"; return 1; }
  "$KIOSK" attestation show "$reference" --config "$ATTEST_CONFIG" | grep -qF "Date et heure : 2026-11-29" \
    || { echo "    show does not confirm $reference"; return 1; }
  kept_sheets_contain "$ATTEST_CONFIG" "Numéro de l'attestation : $reference" || { echo "    the kept sheet lacks the reference"; return 1; }
  kept_sheets_contain "$ATTEST_CONFIG" "Nom (facultatif) : ____" || { echo "    the kept sheet lacks the name line"; return 1; }
  kept_sheets_contain "$ATTEST_CONFIG" "Le dimanche 29 novembre 2026 à" || { echo "    the kept sheet is not dated"; return 1; }
}

test_attestation_en_no_code() {
  start_kiosk "$ATTEST_CONFIG"
  to_home English || return 1
  keys '*'; expect_screen "I could not do what I came for: an attestation" || return 1
  keys 1; expect_screen "What did not work?" || return 1
  keys 2; expect_screen "Attestation number: A-1129-" 10 || return 1
  "$KIOSK" attestation list --json --config "$ATTEST_CONFIG" | grep -qF 'no_code' \
    || { echo "    no row for the missing code"; return 1; }
  "$KIOSK" attestation show A-1129-XXXX --config "$ATTEST_CONFIG" >/dev/null 2>&1
  [ $? -eq 2 ] || { echo "    an unknown reference must exit 2"; return 1; }
}

run_test "attestation (fr): the site is down, recorded, kept, confirmed" test_attestation_fr_site_down
run_test "attestation (en): no code, recorded, unknown reference exit 2" test_attestation_en_no_code
rm -rf "$ATTEST_CONFIG"
