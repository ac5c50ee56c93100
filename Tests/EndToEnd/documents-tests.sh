# Sending a document through the real binary: SANE's test scanner (private
# SANE_CONFIG_DIR, no hardware), a folder standing for a USB stick, and the
# outbox delivering into a folder. scripts/test installs sane-utils and qpdf.

make_document_rig() {
  DOC_RIG=$(mktemp -d /tmp/passerelle-docs.XXXX)
  mkdir -p "$DOC_RIG/sane" "$DOC_RIG/usb/Documents"
  echo test > "$DOC_RIG/sane/dll.conf"
  # The stock test.conf caps the page at 200 mm: raise it for A4.
  sed 's/^geometry_max .*/geometry_max 300.0/; s/^number_of_devices .*/number_of_devices 2/' \
    /etc/sane.d/test.conf > "$DOC_RIG/sane/test.conf"
  mkdir -p "$DOC_RIG/config"
  cp -r "$REPO/kiosk-config/." "$DOC_RIG/config/"
  sed -i "s#^  \# device: .*#  device: \"test:1\"\n  extra_args: [\"--test-picture\", \"Grid\"]#; \
    s#mount_root: \"/media\"#mount_root: \"$DOC_RIG/usb\"#; \
    s#/var/lib/passerelle#$DOC_RIG#g; s#/var/spool/passerelle#$DOC_RIG#g" "$DOC_RIG/config/kiosk.yaml"
  grep -q 'device: "test:1"' "$DOC_RIG/config/kiosk.yaml" || { echo "    rig config not changed"; return 1; }
  # A good PDF and a locked one on the "stick".
  SANE_CONFIG_DIR="$DOC_RIG/sane" scanimage -d test:0 --mode Gray --resolution 200 -x 210 -y 297 \
    --test-picture Grid --format=pnm > "$DOC_RIG/page.pnm" || { echo "    scanimage failed"; return 1; }
  "$KIOSK" doc assemble "$DOC_RIG/page.pnm" --dpi 200 -o "$DOC_RIG/usb/Documents/fiche de paie.pdf" --config "$DOC_RIG/config" >/dev/null
  qpdf --encrypt user owner 256 -- "$DOC_RIG/usb/Documents/fiche de paie.pdf" "$DOC_RIG/usb/verrouillé.pdf"
  touch -d "2026-01-01" "$DOC_RIG/usb/verrouillé.pdf"
}

# The scanner disappears (unplugged) or comes back.
scanner_devices() { sed -i "s/^number_of_devices .*/number_of_devices $1/" "$DOC_RIG/sane/test.conf"; }

test_document_scan_fr() {
  make_document_rig || return 1
  start_kiosk "$DOC_RIG/config" xterm-256color "SANE_CONFIG_DIR=$DOC_RIG/sane"
  to_home Français || return 1
  choose "Envoyer un document"; expect_screen "Quel document voulez-vous envoyer" || return 1
  keys 1; expect_screen "Le mois payé." || return 1
  keys 1; expect_screen "Où est votre document" || return 1
  keys 1; expect_screen "Page 1 : posez la feuille" || return 1
  keys 1; expect_screen "LISIBLE" 20 || return 1
  keys 1; expect_screen "Page 2 : posez la feuille" || return 1
  # Unplugged mid-document: a plain message, page 1 kept.
  scanner_devices 1
  keys 1; expect_screen "Le scanner ne répond pas" 20 || return 1
  expect_screen "Vos pages déjà faites sont gardées : 1." || return 1
  scanner_devices 2
  keys 1; expect_screen "Page 2 : voici ce que la borne a lu" 20 || return 1
  keys 2; expect_screen "Pages : 2" || return 1
  keys 1; expect_screen "Votre numéro : D-" 20 || return 1
  expect_screen "Une fiche de paie, 2 pages." || return 1
  local reference
  reference=$(screen | sed -n 's/.*Votre numéro : \(D-[0-9-]*\).*/\1/p')
  # Delivered once, complete, into the staff folder; nothing left in the session.
  for _ in $(seq 50); do [ -f "$DOC_RIG/delivered/$reference/manifest.json" ] && break; sleep 0.1; done
  [ -f "$DOC_RIG/delivered/$reference/document.pdf" ] || { echo "    not delivered: $reference"; ls -R "$DOC_RIG/delivered"; return 1; }
  "$KIOSK" doc check "$DOC_RIG/delivered/$reference/document.pdf" --config "$DOC_RIG/config" | grep -q "2 pages" \
    || { echo "    delivered PDF is not 2 pages"; return 1; }
  keys - ; expect_screen "Voulez-vous terminer" || return 1
  keys 1; expect_screen "Bonjour" || return 1
  [ -z "$(ls -A "$DOC_RIG/session")" ] || { echo "    session folder not emptied: $(ls "$DOC_RIG/session")"; return 1; }
  rm -rf "$DOC_RIG"
}

test_document_usb_en() {
  make_document_rig || return 1
  start_kiosk "$DOC_RIG/config" xterm-256color "SANE_CONFIG_DIR=$DOC_RIG/sane"
  to_home English || return 1
  choose "Send a document"; expect_screen "Which document do you want to send?" || return 1
  keys 9 1; expect_screen "Where is your document?" || return 1
  keys 2; expect_screen "Documents/fiche de paie.pdf" 10 || return 1
  expect_screen "2  verrouillé.pdf" || return 1
  keys 2; expect_screen "The file is locked with a password" 10 || return 1
  keys 1; expect_screen "Documents/fiche de paie.pdf" 10 || return 1
  keys 1; expect_screen "File: Documents/fiche de paie.pdf" 10 || return 1
  expect_screen "Pages: 1" || return 1
  keys 1; expect_screen "Your number: D-" 20 || return 1
  # No printer in this rig: the receipt is kept for staff under a reference.
  keys 1; expect_screen "P-" 10 || return 1
  [ -n "$(ls "$DOC_RIG/prints")" ] || { echo "    receipt not kept for staff"; return 1; }
  kept_sheets_contain "$DOC_RIG/config" "Document receipt" || { echo "    kept sheet is not the receipt"; return 1; }
  rm -rf "$DOC_RIG"
}

run_test "document in French: scan, scanner unplugged and back, send, delivered, wiped" test_document_scan_fr
run_test "document in English: USB stick, locked PDF refused, another sent, receipt kept" test_document_usb_en
