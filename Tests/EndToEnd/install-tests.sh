# scripts/install-kiosk --preview: builds the package from the source tree
# and lists it, touching nothing on the machine. (scripts/package and its
# contents are checked in package-tests.sh.)

test_install_preview() {
  local out
  out=$(mktemp)
  "$REPO/scripts/install-kiosk" --preview >"$out" 2>/dev/null || { echo "    install-kiosk --preview failed"; rm -f "$out"; return 1; }
  grep -q '^ Package: passerelle$' "$out" || { echo "    no package information"; return 1; }
  grep -q '\./opt/passerelle/bin/kiosk$' "$out" || { echo "    no file list"; return 1; }
  grep -q '^Built .*passerelle_.*_amd64.deb (nothing installed)\.$' "$out" || { echo "    no closing line"; return 1; }
  rm -f "$out"
}

run_test "install-kiosk --preview builds the package and lists it, installs nothing" test_install_preview
