# End-to-end walks in the languages beyond French and English (issue 14):
# Spanish always; Ukrainian as soon as kiosk.yaml offers it. Each walk
# checks the language's own dates, amounts and plurals, an agency text read
# from the catalog (site.*, checklist.*), and the language key mid-way.

LANG_CONFIG=$(mktemp -d)
cp -r "$REPO/kiosk-config/." "$LANG_CONFIG/"
private_folders "$LANG_CONFIG"

# offered_index CODE: the number of CODE on the language screen, or nothing.
offered_index() {
  sed -n 's/^languages: *\[\(.*\)\]/\1/p' "$LANG_CONFIG/kiosk.yaml" | tr -d ' ' | tr ',' '\n' | grep -nx "$1" | cut -d: -f1
}

# catalog_text CODE KEY [N]: the text of KEY in content/CODE.yaml, {n} filled.
catalog_text() {
  python3 - "$LANG_CONFIG/content/$1.yaml" "$2" "${3:-}" <<'PY'
import sys, yaml
entries = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
print(str(entries[sys.argv[2]]).replace("{n}", sys.argv[3]).replace("\u00a0", " "))
PY
}

test_walk_es() {
  local es
  es=$(offered_index es)
  [ -n "$es" ] || { echo "    kiosk.yaml does not offer es"; return 1; }
  start_kiosk "$LANG_CONFIG"
  expect_screen "Para español, pulse +." || return 1
  keys Enter "$es"; expect_screen "¿Qué quiere hacer?" || return 1
  # The monthly declaration: one employer, hours and pay; a training.
  keys 1; expect_screen "Mantiene su inscripción y activa el pago." || return 1
  expect_screen "Para noviembre de 2026: del sábado 28 de noviembre de 2026" || return 1
  keys 1; expect_screen "¿Sigue buscando empleo?" || return 1
  keys 1 1; expect_screen "Empleador 1: ¿cuántas horas trabajó en noviembre de 2026?" || return 1
  type_text "35"; keys Enter
  expect_screen "¿qué sueldo bruto?" || return 1
  type_text "1 234,5"
  # The language key keeps the typed amount: French, then Spanish again.
  keys +; expect_screen "Elija su idioma." || return 1
  keys 1; expect_screen "Employeur 1 : quel salaire brut" || return 1
  expect_screen "[ 1 234,5" || return 1
  keys +; keys "$es"; expect_screen "¿qué sueldo bruto?" || return 1
  keys Enter; expect_screen "¿Trabajó para otro empleador en noviembre de 2026?" || return 1
  keys 2 1; expect_screen "¿En qué fecha empezó la formación?" || return 1
  type_text "01/09/2026"; keys Enter 1
  expect_screen "¿En qué fecha terminó?" || return 1
  type_text "20/11/2026"; keys Enter 2 2 2
  expect_screen "Compruebe sus respuestas" || return 1
  keys Enter; expect_screen "Empleador 1: 35 horas, 1.234,50 € brutos." || return 1
  expect_screen "Formación del martes 1 de septiembre de 2026 al viernes 20 de noviembre" || return 1
  # The end of the visit: back to French. The deadline calculator in
  # Spanish: five working days.
  keys -; expect_screen "¿Quiere terminar?" || return 1
  keys 1; expect_screen "Bonjour" || return 1
  keys Enter "$es" 6 1 Enter; expect_screen "¿En qué fecha terminó su formación?" || return 1
  type_text "18/12/2026"; keys Enter
  expect_screen "Último día: lunes 28 de diciembre de 2026." || return 1
  expect_screen "Quedan 29 días, de ellos 20 días laborables" || return 1
  keys 2; expect_screen "Tiene 5 días hábiles." || return 1
  # An agency text from es.yaml (kiosk.yaml has no Spanish): the checklist.
  keys Escape Escape Escape Escape 4 1; expect_screen "La primera cita después de inscribirse" || return 1
  expect_screen "Llegue 10 minutos antes." || return 1
}

test_walk_uk() {
  local uk desk
  uk=$(offered_index uk)
  start_kiosk "$LANG_CONFIG"
  # The hint may wrap at the end of the start screen's line: its first words.
  local LC_ALL=C.UTF-8 hint
  hint=$(catalog_text uk start.language_hint)
  expect_screen "${hint:0:16}" || return 1
  keys Enter "$uk"; expect_screen "$(catalog_text uk home.title)" || return 1
  # The deadline calculator: the due date with the month in the genitive
  # (date.month_in_date) and "5" in the "many" plural form.
  keys 6; expect_screen "$(catalog_text uk calc_event.title)" || return 1
  keys 1 Enter; expect_screen "$(catalog_text uk calc.question.training-end)" || return 1
  type_text "18/12/2026"; keys Enter
  expect_screen "$(catalog_text uk date.month_in_date.12)" || return 1
  expect_screen "28 $(catalog_text uk date.month_in_date.12) 2026" || return 1
  keys 2; expect_screen "$(catalog_text uk unit.working_days.many 5)" || return 1
  # The risk check's first question across the language key: English,
  # then Ukrainian again.
  keys Escape Escape Escape Escape 2; expect_screen "$(catalog_text uk risk.q.benefit)" || return 1
  keys +; expect_screen "$(catalog_text uk language.title)" || return 1
  keys 2; expect_screen "What do you receive?" || return 1
  keys +; expect_screen "Choose your language." || return 1
  keys "$uk"; expect_screen "$(catalog_text uk risk.q.benefit)" || return 1
  # An agency text from uk.yaml: the desk, on the "talk to a person" screen.
  desk=$(catalog_text uk site.desk)
  keys '*'; expect_screen "${desk:0:30}" || return 1
}

run_test "walk in Spanish: declaration with an amount kept across the language key, dates, plurals, agency texts" test_walk_es
if [ -n "$(offered_index uk)" ]; then
  run_test "walk in Ukrainian: genitive month in a date, few/many plurals, the language key, agency texts" test_walk_uk
else
  echo "  skip walk in Ukrainian: kiosk.yaml does not offer uk yet (content/uk.yaml comes from a translator)"
fi
rm -rf "$LANG_CONFIG"
