# End-to-end tests of the journeys (issue 4), each in French and English,
# on the real binary. Printing uses the staff-folder fallback (no CUPS queue
# in the test config), which the screen reports with a reference.

PRINT_CONFIG=$(mktemp -d)
cp -r "$REPO/kiosk-config/." "$PRINT_CONFIG/"
private_folders "$PRINT_CONFIG"

test_risk_check_fr() {
  start_kiosk "$PRINT_CONFIG"
  to_home Français || return 1
  choose "Est-ce que je risque"; expect_screen "Que recevez-vous" || return 1
  # Allowance; October not declared; November not yet; not over 78 hours; a training.
  keys 1; expect_screen "Avez-vous fait la déclaration pour octobre 2026" || return 1
  expect_screen "plus tard le dimanche 15 novembre 2026" || return 1
  keys 2; expect_screen "Avez-vous déjà fait la déclaration pour novembre 2026" || return 1
  keys 2 2 1; expect_screen "À quelle date finit votre formation" || return 1
  type_text "31/11/2026"; keys Enter
  expect_screen "Cette date n'existe pas (31 novembre)" || return 1
  keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
  type_text "20/11/2026"; keys Enter
  expect_screen "rendez-vous à venir" || return 1
  # Back twice and forward again: the date is still there.
  keys Escape; expect_screen "[ 20/11/2026" || return 1
  keys Escape; expect_screen "formation finie ou qui finit" || return 1
  keys Enter; expect_screen "[ 20/11/2026" || return 1
  # No appointment, missed one, letter, decision or change; contract signed;
  # no questionnaire, permit or refused offer.
  keys Enter 2 2 2 2 2 1 2 2 2
  expect_screen "Vérifiez vos réponses" || return 1
  keys Enter; expect_screen "Vos dates importantes" || return 1
  expect_screen "Oui, quelque chose est en danger" || return 1
  expect_screen "2 choses en retard, 1 chose à faire au plus tard le mardi 15" || return 1
  expect_screen "EN RETARD — Déclarer votre situation pour octobre 2026" || return 1
  expect_screen "À FAIRE — Déclarer votre situation pour novembre 2026" || return 1
  keys 1; expect_screen "Votre inscription s'est sans doute arrêtée le lundi 16" || return 1
  expect_screen "Inscrivez-vous de nouveau tout de suite" || return 1
  keys Escape 2; expect_screen "Signalez le changement" || return 1
  keys 1; expect_screen "[22]" || return 1
  keys Escape Escape 6
  expect_screen "Donnez ce numéro à l'accueil : P-" || return 1
  ls "$PRINT_CONFIG/data/prints/"P-*.sheet.sealed >/dev/null 2>&1 || { echo "    no sheet kept"; return 1; }
  ! grep -rq "Passage à la borne" "$PRINT_CONFIG/data/prints" || { echo "    a kept sheet is in plain text"; return 1; }
  kept_sheets_contain "$PRINT_CONFIG" "Passage à la borne le" || { echo "    the kept sheet does not open"; return 1; }
}

test_risk_check_en_nothing_at_risk() {
  start_kiosk "$CONFIG"
  risk_check_nothing_at_risk_en || return 1
  expect_screen "No, nothing is at risk for now." || return 1
}

test_monthly_declaration_fr() {
  start_kiosk "$PRINT_CONFIG"
  to_home Français || return 1
  choose "Préparer ma déclaration du mois"; expect_screen "Elle garde votre inscription" || return 1
  keys 1; expect_screen "Cherchez-vous toujours un emploi" || return 1
  keys 1 1; expect_screen "Employeur 1 : combien d'heures" || return 1
  type_text "250"; keys Enter
  expect_screen "Vous avez tapé 250 heures" || return 1
  keys 2 BSpace BSpace BSpace; type_text "35"; keys Enter
  expect_screen "quel salaire brut" || return 1
  type_text "12,345"; keys Enter
  expect_screen "comme sur la fiche de paie" || return 1
  keys BSpace BSpace BSpace BSpace BSpace BSpace; type_text "1 234,5"; keys Enter
  keys 2 2 2 2 2
  expect_screen "Vérifiez vos réponses" || return 1
  keys Enter; expect_screen "Employeur 1 : 35 heures, 1 234,50 € brut." || return 1
  expect_screen "ne fait pas la déclaration officielle" || return 1
  keys 3; expect_screen "P-" || return 1
}

test_monthly_declaration_en() {
  start_kiosk "$CONFIG"
  to_home English || return 1
  choose "Prepare my monthly declaration"; expect_screen "It keeps your registration" || return 1
  keys 1; expect_screen "Are you still looking for work?" || return 1
  keys 1 2 1; expect_screen "On what date did the training start?" || return 1
  expect_screen "On what date did the training start?" || return 1
  type_text "01/09/2026"; keys Enter 1
  expect_screen "On what date did it end?" || return 1
  type_text "20/11/2026"; keys Enter 2 2 2
  expect_screen "Check your answers" || return 1
  keys Enter; expect_screen "Training from Tuesday 1 September 2026 to Friday 20 November 2026." || return 1
  keys 1; expect_screen "The end-of-training certificate." || return 1
}

test_checklist_fr() {
  start_kiosk "$PRINT_CONFIG"
  to_home Français || return 1
  choose "Préparer un rendez-vous"; expect_screen "Quel rendez-vous" || return 1
  keys 6; expect_screen "Je ne peux pas aller à mon rendez-vous" || return 1
  keys Space Down Enter
  expect_screen "[x] Garder une preuve" || return 1
  keys 1; expect_screen "Donnez ce numéro à l'accueil" || return 1
  kept_sheets_contain "$PRINT_CONFIG" "[x] Prévenir avant" || { echo "    the kept sheet lacks the ticks"; return 1; }
}

test_checklist_en() {
  start_kiosk "$CONFIG"
  to_home English || return 1
  choose "Prepare an appointment"; expect_screen "Which appointment?" || return 1
  keys 1; expect_screen "The first appointment after registering" || return 1
  keys Space; expect_screen "[x] Your ID card" || return 1
  keys Escape; expect_screen "Which appointment?" || return 1
  keys 1; expect_screen "[x] Your ID card" || return 1
}

run_test "appointment checklist in French: tick, print kept for staff" test_checklist_fr
run_test "appointment checklist in English: ticks kept when going back" test_checklist_en
run_test "risk check in French: wrong date corrected, back and forth, detail, why, print kept for staff" test_risk_check_fr
run_test "risk check in English: nothing at risk" test_risk_check_en_nothing_at_risk
run_test "monthly declaration in French: hours confirmed, amount corrected, summary, print" test_monthly_declaration_fr
run_test "monthly declaration in English: training dates, documents" test_monthly_declaration_en
rm -rf "$PRINT_CONFIG"

test_leftovers_are_purged_at_start() {
  local config
  config=$(mktemp -d); cp -r "$REPO/kiosk-config/." "$config/"
  private_folders "$config"
  mkdir -p "$config/data/prints"
  echo "sealed" > "$config/data/prints/P-0101-1111.sheet.sealed"; touch -d "10 days ago" "$config/data/prints/P-0101-1111.sheet.sealed"
  echo "sealed" > "$config/data/prints/P-1122-2222.sheet.sealed"
  echo "answers in plain text, from an older version" > "$config/data/prints/P-1122-3333.txt"
  start_kiosk "$config"
  expect_screen "Bonjour" || return 1
  [ ! -e "$config/data/prints/P-0101-1111.sheet.sealed" ] || { echo "    a 10-day-old sheet is still there"; return 1; }
  [ -e "$config/data/prints/P-1122-2222.sheet.sealed" ] || { echo "    a recent sheet was deleted"; return 1; }
  [ ! -e "$config/data/prints/P-1122-3333.txt" ] || { echo "    a plain-text sheet survived"; return 1; }
  rm -rf "$config"
}

run_test "at start, kept sheets over 7 days and plain-text sheets are deleted" test_leftovers_are_purged_at_start
