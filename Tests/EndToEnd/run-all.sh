#!/usr/bin/env bash
# Runs the end-to-end tests on a built kiosk binary: run-all.sh PATH/TO/kiosk
set -uo pipefail
KIOSK="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export KIOSK REPO
source "$HERE/lib.sh"
# The CLI calls of the suites use the same pinned date as the kiosk.
export PASSERELLE_TODAY="$E2E_TODAY"
# The bundled configuration, with every folder it writes made private: the
# tests leave nothing under /var (statistics, outbox, sheets).
CONFIG=$(mktemp -d)
cp -r "$REPO/kiosk-config/." "$CONFIG/"
private_folders "$CONFIG"
SHORT_CONFIG=$(make_test_config)
trap 'stop_kiosk; rm -rf "$SHORT_CONFIG" "$CONFIG"' EXIT

for suite in "$HERE"/*-tests.sh; do
  echo "$(basename "$suite"):"
  source "$suite"
done
echo "end-to-end: $E2E_PASSED passed, $E2E_FAILED failed"
[ "$E2E_FAILED" -eq 0 ]
