# Speech through the test rig (PASSERELLE_SPEECH=on: every visit starts
# spoken; PASSERELLE_SPEECH_WAV_DIR: each utterance is DIR/NNNN.wav with its
# text in DIR/NNNN.txt), and the hardware cursor on the focused item.

SPEECH_HELPER="$HERE/speech-helper.py"

# start_speaking_kiosk: the kiosk with the rig on; WAV_DIR holds the files.
start_speaking_kiosk() {
  WAV_DIR=$(mktemp -d)
  start_kiosk "$CONFIG" xterm-256color PASSERELLE_SPEECH=on "PASSERELLE_SPEECH_WAV_DIR=$WAV_DIR" "$@"
}

# last_utterance: the newest NNNN stem (path without .txt/.wav), or nothing.
last_utterance() {
  local last
  last=$(find "$WAV_DIR" -name '*.txt' | sort | tail -1)
  [ -n "$last" ] && echo "${last%.txt}"
}

utterance_count() { find "$WAV_DIR" -name '*.txt' | wc -l; }

# speaking: an espeak-ng of this test's kiosk is running (other kiosks on
# the machine may speak too).
speaking() {
  local pid
  for pid in $(pgrep -f -- "$KIOSK --config"); do
    pgrep -P "$pid" -x espeak-ng >/dev/null && return 0
  done
  return 1
}

espeak_count() {
  local pid n=0
  for pid in $(pgrep -f -- "$KIOSK --config"); do n=$((n + $(pgrep -c -P "$pid" -x espeak-ng))); done
  echo "$n"
}

# wait_spoken TEXT [SECONDS]: the newest utterance holds TEXT and its WAV
# is written whole (espeak-ng has ended).
wait_spoken() {
  local text="$1" timeout="${2:-10}" waited=0 stem
  while [ "$waited" -lt $((timeout * 10)) ]; do
    stem=$(last_utterance)
    if [ -n "$stem" ] && grep -qF -- "$text" "$stem.txt" 2>/dev/null && ! speaking; then
      return 0
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "    never spoken: $text (last: ${stem:-none})"
  [ -n "$stem" ] && sed 's/^/    | /' "$stem.txt"
  return 1
}

# spoken_matches_screen LANG: the newest utterance says the screen's words,
# in its order, the key bar's symbol keys by their names in LANG (screens
# without an error or a private value).
spoken_matches_screen() {
  local stem said shown
  stem=$(last_utterance)
  said=$(python3 "$SPEECH_HELPER" words "$stem.txt")
  shown=$(screen | python3 "$SPEECH_HELPER" screen-words "$REPO/kiosk-config/content/$1.yaml")
  if [ "$said" != "$shown" ]; then
    echo "    spoken: $said"
    echo "    screen: $shown"
    return 1
  fi
}

# wav_not_silent STEM: its samples reach a tenth of full scale.
wav_not_silent() {
  local peak
  peak=$(python3 "$SPEECH_HELPER" peak "$1.wav") || return 1
  if [ "$peak" -lt 3000 ]; then
    echo "    $1.wav is silent (peak $peak)"
    return 1
  fi
}

test_speech_says_each_screen() {
  start_speaking_kiosk
  expect_screen "Bonjour" || return 1
  wait_spoken "Bonjour. Cette borne vous aide" || return 1
  spoken_matches_screen fr || return 1
  wav_not_silent "$(last_utterance)" || return 1
  keys Enter; expect_screen "English" || return 1
  wait_spoken "English" || return 1
  spoken_matches_screen fr || return 1
  keys 2; expect_screen "What do you want to do?" || return 1
  wait_spoken "What do you want to do?" || return 1
  spoken_matches_screen en || return 1
  wav_not_silent "$(last_utterance)" || return 1
  # English is spoken with the English voice: its own words, its own file.
  grep -qF "Listen" "$(last_utterance).txt" && { echo "    the key bar says Listen while speech is on"; return 1; }
  grep -qF "Silence" "$(last_utterance).txt" || return 1
  rm -rf "$WAV_DIR"
}

test_speech_repeat_and_focus() {
  start_speaking_kiosk
  wait_spoken "Bonjour. Cette borne" || return 1
  local before after
  before=$(utterance_count)
  keys F6
  wait_for_count $((before + 1)) || return 1
  after=$(last_utterance)
  cmp -s "$after.txt" "$WAV_DIR/$(printf %04d "$before").txt" || { echo "    F6 did not say the same screen again"; return 1; }
  keys Enter; expect_screen "English" || return 1
  wait_spoken "English" || return 1
  # Down moves the focus: only the focused line is said.
  before=$(utterance_count)
  keys Down
  wait_for_count $((before + 1)) || return 1
  wait_spoken "" || return 1
  [ "$(wc -l <"$(last_utterance).txt")" -le 1 ] || { echo "    a moved focus said more than its line"; sed 's/^/    | /' "$(last_utterance).txt"; return 1; }
  rm -rf "$WAV_DIR"
}

# wait_for_count N: N utterances in WAV_DIR.
wait_for_count() {
  local waited=0
  while [ "$(utterance_count)" -lt "$1" ] && [ "$waited" -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
  [ "$(utterance_count)" -ge "$1" ] || { echo "    expected $1 utterances, found $(utterance_count)"; return 1; }
}

# 500 keys at once with speech on: the kiosk neither crashes nor falls
# behind; the voice ends on the screen the keys ended on, one espeak-ng
# at a time.
test_speech_key_storm() {
  start_speaking_kiosk
  wait_spoken "Bonjour. Cette borne" || return 1
  keys Enter 1; expect_screen "Que voulez-vous faire" || return 1
  local storm=() i
  for i in $(seq 250); do storm+=(Down Up); done
  keys "${storm[@]}"
  keys '?'
  expect_screen "Aide" 20 || return 1
  wait_spoken "Vos réponses sont gardées" 20 || return 1
  spoken_matches_screen fr || return 1
  [ "$(espeak_count)" -le 1 ] || { echo "    more than one espeak-ng at once"; return 1; }
  # Still answering at once: Esc goes back and is spoken.
  keys Escape; expect_screen "Que voulez-vous faire" || return 1
  wait_spoken "Que voulez-vous faire" || return 1
  # The files are numbered in the order the screens came.
  local last; last=$(basename "$(last_utterance)")
  [ "$((10#$last))" -eq "$(utterance_count)" ] || { echo "    numbering skipped: $last of $(utterance_count)"; return 1; }
  rm -rf "$WAV_DIR"
}

# Without espeak-ng the kiosk goes on silently, and says so once in the
# log, with no words of the screen.
test_speech_without_espeak() {
  local log bin
  log=$(mktemp); bin=$(mktemp -d)
  start_kiosk "$CONFIG" xterm-256color PASSERELLE_SPEECH=on "PATH=$bin" "PASSERELLE_LOG_FILE=$log"
  expect_screen "Bonjour" || return 1
  keys Enter; expect_screen "English" || return 1
  keys 2; expect_screen "What do you want to do?" || return 1
  [ "$(grep -c "espeak-ng is not installed" "$log")" -eq 1 ] || { echo "    expected one log line"; sed 's/^/    | /' "$log"; return 1; }
  if grep -qE "Bonjour|What do you want" "$log"; then echo "    screen words in the log"; return 1; fi
  rm -rf "$log" "$bin"
}

# Without a sound card espeak-ng complains (and still ends with 0): the
# kiosk says so once in its log and goes on. No card: ALSA is pointed at
# one that does not exist, and PulseAudio at no server.
test_speech_without_sound_card() {
  local log
  log=$(mktemp)
  start_kiosk "$CONFIG" xterm-256color PASSERELLE_SPEECH=on "PASSERELLE_LOG_FILE=$log" ALSA_CARD=passerelle-none \
    PULSE_SERVER=unix:/nonexistent
  expect_screen "Bonjour" || return 1
  keys Enter; expect_screen "English" || return 1
  keys 2; expect_screen "What do you want to do?" || return 1
  local waited=0
  while ! grep -q "espeak-ng could not speak" "$log" && [ "$waited" -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
  [ "$(grep -c "espeak-ng could not speak" "$log")" -eq 1 ] || { echo "    expected one log line"; sed 's/^/    | /' "$log"; return 1; }
  if grep -qE "Bonjour|What do you want" "$log"; then echo "    screen words in the log"; return 1; fi
  rm -f "$log"
}

# The hardware cursor sits on the focused item after every frame, visible,
# so a braille display (brltty) follows it.
test_cursor_on_focus() {
  start_kiosk "$CONFIG"
  expect_screen "Bonjour" || return 1
  keys Enter; expect_screen "English" || return 1
  cursor_on_mark || return 1
  keys Down; sleep 0.3
  cursor_on_mark || return 1
  keys 2; expect_screen "What do you want to do?" || return 1
  keys 6 1 Enter; expect_screen "[ " || return 1
  type_text "20/11"; expect_screen "[ 20/11_" || return 1
  local LC_ALL=C.UTF-8 row col line
  read -r col row <<<"$(tmux display -p -t "$E2E_SESSION" '#{cursor_x} #{cursor_y}')"
  line=$(screen | sed -n "$((row + 1))p")
  [ "${line:0:$col}" = "  [ 20/11" ] || { echo "    cursor at $col,$row: '${line:0:$col}'"; return 1; }
}

# cursor_on_mark: the cursor is visible and on the selected choice's mark.
cursor_on_mark() {
  local LC_ALL=C.UTF-8 col row flag line
  read -r col row flag <<<"$(tmux display -p -t "$E2E_SESSION" '#{cursor_x} #{cursor_y} #{cursor_flag}')"
  line=$(screen | sed -n "$((row + 1))p")
  [ "$flag" = 1 ] || { echo "    the cursor is hidden"; return 1; }
  [ "${line:$col:1}" = "›" ] || { echo "    cursor at $col,$row on '${line}'"; return 1; }
}

run_test "speech: each screen is said as it reads, WAV files not silent" test_speech_says_each_screen
run_test "speech: F6 repeats; a moved focus says its line" test_speech_repeat_and_focus
run_test "speech: 500 keys at once neither crash nor lag it" test_speech_key_storm
run_test "speech: no espeak-ng, the kiosk goes on silently, logged once" test_speech_without_espeak
run_test "speech: no sound card, the kiosk goes on silently, logged once" test_speech_without_sound_card
run_test "cursor: on the focused item, visible" test_cursor_on_focus
