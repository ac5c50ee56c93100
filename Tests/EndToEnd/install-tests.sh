# The kiosk-mode installer, into a scratch folder (no service touched).

test_install_layout() {
  local dest
  dest=$(mktemp -d)
  DESTDIR="$dest" "$REPO/scripts/install-kiosk" >/dev/null || { echo "    install-kiosk failed"; return 1; }
  [ -x "$dest/opt/passerelle/bin/kiosk" ] || { echo "    no kiosk binary"; return 1; }
  [ -x "$dest/opt/passerelle/bin/kiosk-session" ] || { echo "    no session script"; return 1; }
  [ -x "$dest/opt/passerelle/bin/passerelle-pdf" ] || { echo "    no passerelle-pdf helper"; return 1; }
  grep -q "ro,nosuid,nodev,noexec" "$dest/etc/udev/rules.d/99-passerelle-usb.rules" || { echo "    no USB rule"; return 1; }
  grep -q "login-program /opt/passerelle/bin/kiosk-session" \
    "$dest/etc/systemd/system/getty@tty1.service.d/passerelle.conf" || { echo "    drop-in wrong"; return 1; }
  "$dest/opt/passerelle/bin/kiosk" config check "$dest/etc/passerelle/kiosk-config" >/dev/null || return 1
  sh -n "$dest/opt/passerelle/bin/kiosk-session" || return 1
  # An old configuration without documents.yaml: nothing changes, and it says why.
  rm "$dest/etc/passerelle/kiosk-config/documents.yaml"
  if DESTDIR="$dest" "$REPO/scripts/install-kiosk" >/dev/null 2>"$dest/err"; then
    echo "    an unsuitable kept configuration was accepted"; return 1
  fi
  grep -q "Nothing was changed" "$dest/err" || { echo "    no explanation"; cat "$dest/err"; return 1; }
  # Replacing keeps the old folder.
  DESTDIR="$dest" "$REPO/scripts/install-kiosk" --replace-config >/dev/null || { echo "    replace failed"; return 1; }
  ls -d "$dest"/etc/passerelle/kiosk-config.bak-* >/dev/null 2>&1 || { echo "    old configuration not kept"; return 1; }
  [ -f "$dest/etc/passerelle/kiosk-config/documents.yaml" ] || { echo "    new configuration not in place"; return 1; }
  rm -rf "$dest"
}

run_test "install-kiosk lays out the binaries, the config, the getty drop-in and the USB rule" test_install_layout
