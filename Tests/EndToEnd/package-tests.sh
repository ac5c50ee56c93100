# scripts/package: the .deb's control fields, conffiles, file list and the
# console lock-down it carries (read from the package's own files), then
# an unpack into a throwaway dpkg root. Built from the binaries under test.

PACKAGE_DIR=""

build_package() {
  [ -n "$PACKAGE_DIR" ] && return 0
  PACKAGE_DIR=$(mktemp -d)
  "$REPO/scripts/package" --binaries "$(dirname "$KIOSK")" >"$PACKAGE_DIR/out" 2>"$PACKAGE_DIR/err" ||
    { cat "$PACKAGE_DIR/err"; return 1; }
  DEB=$(tail -1 "$PACKAGE_DIR/out")
  dpkg-deb -x "$DEB" "$PACKAGE_DIR/root"
  dpkg-deb -e "$DEB" "$PACKAGE_DIR/DEBIAN"
}

# has FILE PATTERN: the package's FILE (relative to its root) holds a line matching PATTERN.
has() {
  grep -qE -- "$2" "$PACKAGE_DIR/$1" || { echo "    $1 lacks: $2"; return 1; }
}

test_package_fields() {
  build_package || return 1
  local version
  version=$("$KIOSK" --version)
  [ "$(basename "$DEB")" = "passerelle_${version}_amd64.deb" ] || { echo "    name $(basename "$DEB"), kiosk --version $version"; return 1; }
  [ "$(dpkg-deb -f "$DEB" Package)" = passerelle ] || return 1
  [ "$(dpkg-deb -f "$DEB" Version)" = "$version" ] || { echo "    Version field differs from kiosk --version"; return 1; }
  [ "$(dpkg-deb -f "$DEB" Architecture)" = amd64 ] || return 1
  local depends recommends lib
  depends=$(dpkg-deb -f "$DEB" Depends)
  recommends=$(dpkg-deb -f "$DEB" Recommends)
  for lib in libncursesw6 libturbojpeg0 libpng16-16 libqpdf29 libsqlite3-0; do
    grep -qw -- "$lib" <<<"$depends" || { echo "    Depends lacks $lib"; return 1; }
  done
  if grep -qi swift <<<"$depends"; then echo "    Depends names Swift: $depends"; return 1; fi
  for pkg in cups-client sane-utils espeak-ng; do
    grep -qw -- "$pkg" <<<"$recommends" || { echo "    Recommends lacks $pkg"; return 1; }
  done
}

test_package_files_and_conffiles() {
  build_package || return 1
  local listing path
  listing=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\.||')
  for path in /opt/passerelle/bin/kiosk /opt/passerelle/bin/passerelle-pdf /opt/passerelle/bin/kiosk-session \
    /usr/lib/systemd/system/getty@tty1.service.d/passerelle.conf /usr/lib/systemd/logind.conf.d/passerelle.conf \
    /usr/lib/systemd/system.conf.d/passerelle.conf /usr/lib/sysctl.d/90-passerelle.conf \
    /usr/lib/tmpfiles.d/passerelle.conf /usr/lib/udev/rules.d/99-passerelle-usb.rules \
    /etc/passerelle/kiosk-config/kiosk.yaml /etc/passerelle/kiosk-config/documents.yaml; do
    grep -qx -- "$path" <<<"$listing" || { echo "    not in the package: $path"; return 1; }
  done
  # Every file under /etc is a conffile, and the conffiles are all there.
  local etc conf
  etc=$(grep '^/etc/.*[^/]$' <<<"$listing" | sort)
  conf=$(sort "$PACKAGE_DIR/DEBIAN/conffiles")
  [ "$etc" = "$conf" ] || { echo "    conffiles differ from the files under /etc:"; diff <(echo "$etc") <(echo "$conf") | sed 's/^/    /'; return 1; }
  grep -qx /etc/passerelle/kiosk-config/kiosk.yaml <<<"$conf" || return 1
  # Owned by root in the archive; postinst restricts the configuration.
  if dpkg-deb -c "$DEB" | awk '{print $2}' | grep -qv '^root/root$'; then echo "    a file not owned by root"; return 1; fi
}

test_package_lockdown() {
  build_package || return 1
  local unit=root/usr/lib/systemd/system/getty@tty1.service.d/passerelle.conf
  has root/usr/lib/systemd/logind.conf.d/passerelle.conf '^NAutoVTs=0$' || return 1
  has root/usr/lib/systemd/logind.conf.d/passerelle.conf '^ReserveVT=0$' || return 1
  has root/usr/lib/systemd/system.conf.d/passerelle.conf '^CtrlAltDelBurstAction=none$' || return 1
  has DEBIAN/postinst '^systemctl mask ctrl-alt-del.target' || return 1
  has root/usr/lib/sysctl.d/90-passerelle.conf '^kernel.sysrq = 0$' || return 1
  # Core dumps: the kernel, systemd's default, the unit, systemd-coredump and logins.
  has root/usr/lib/sysctl.d/90-passerelle.conf '^kernel.core_pattern = \|/bin/false$' || return 1
  has root/usr/lib/systemd/system.conf.d/passerelle.conf '^DefaultLimitCORE=0$' || return 1
  has "$unit" '^LimitCORE=0$' || return 1
  has root/usr/lib/systemd/coredump.conf.d/passerelle.conf '^Storage=none$' || return 1
  has root/etc/security/limits.d/passerelle.conf '^\* hard core 0$' || return 1
  # Screen blanking off, at boot and in the session; the console font.
  has root/usr/lib/tmpfiles.d/passerelle.conf '^w /sys/module/kernel/parameters/consoleblank .* 0$' || return 1
  has root/opt/passerelle/bin/kiosk-session 'setterm --blank 0' || return 1
  has root/opt/passerelle/bin/kiosk-session '^CONSOLE_FONT=/usr/share/consolefonts/Uni2-' || return 1
  grep -qw console-setup-linux <<<"$(dpkg-deb -f "$DEB" Depends)" || { echo "    the console font's package is not a dependency"; return 1; }
  # The kiosk user scans and prints; the configuration is root's, not world-readable.
  has DEBIAN/postinst '^adduser --quiet passerelle scanner$' || return 1
  has DEBIAN/postinst '^adduser --quiet passerelle audio$' || return 1
  has DEBIAN/postinst '^adduser --quiet passerelle lp$' || return 1
  has DEBIAN/postinst '^chown -R root:passerelle /etc/passerelle$' || return 1
  has DEBIAN/postinst '^chmod -R u=rwX,g=rX,o= /etc/passerelle$' || return 1
  has DEBIAN/postinst 'kiosk config check /etc/passerelle/kiosk-config' || return 1
  # The unit: sandboxed, only the kiosk's folders writable, always restarted, watched.
  has "$unit" '^NoNewPrivileges=yes$' || return 1
  has "$unit" '^ProtectSystem=strict$' || return 1
  has "$unit" '^ReadWritePaths=-/var/lib/passerelle -/var/spool/passerelle$' || return 1
  has "$unit" '^PrivateTmp=yes$' || return 1
  has "$unit" '^Restart=always$' || return 1
  has "$unit" '^StartLimitIntervalSec=0$' || return 1
  has "$unit" '^WatchdogSec=[0-9]+$' || return 1
  has "$unit" '^NotifyAccess=all$' || return 1
  has "$unit" 'login-program /opt/passerelle/bin/kiosk-session' || return 1
  # The folders the kiosk writes come from tmpfiles.d, private to it.
  has root/usr/lib/tmpfiles.d/passerelle.conf '^d /var/lib/passerelle/outbox +0700 passerelle passerelle' || return 1
  has root/usr/lib/tmpfiles.d/passerelle.conf '^d /var/spool/passerelle/delivered +2750 passerelle passerelle-staff' || return 1
  # The session asks systemd for no time zone: the kiosk takes it from kiosk.yaml.
  if grep -q 'TZ=' "$PACKAGE_DIR/root/opt/passerelle/bin/kiosk-session"; then echo "    kiosk-session sets TZ"; return 1; fi
  sh -n "$PACKAGE_DIR/root/opt/passerelle/bin/kiosk-session" && sh -n "$PACKAGE_DIR/DEBIAN/postinst" && sh -n "$PACKAGE_DIR/DEBIAN/postrm"
}

# dpkg itself accepts the package: unpacked into an empty dpkg root, its
# files and conffiles are registered. (No Debian system inside: postinst,
# which needs adduser and systemd, cannot run there; see the boot test.)
test_package_unpacks_into_a_dpkg_root() {
  build_package || return 1
  local root="$PACKAGE_DIR/dpkgroot"
  mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
  touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
  dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless --unpack "$DEB" >"$PACKAGE_DIR/dpkg.log" 2>&1 ||
    { sed 's/^/    /' "$PACKAGE_DIR/dpkg.log"; return 1; }
  [ -x "$root/opt/passerelle/bin/kiosk" ] || { echo "    kiosk not unpacked"; return 1; }
  dpkg --root="$root" -s passerelle | grep -q '^Status: install ok unpacked$' || { echo "    not registered as unpacked"; return 1; }
  dpkg --root="$root" -s passerelle | grep -q '^ /etc/passerelle/kiosk-config/kiosk.yaml newconffile$' ||
    { echo "    kiosk.yaml not registered as a conffile"; return 1; }
}

# The console font the session sets has a glyph for every character of
# every catalog shown on screen (Ukrainian і ї є ґ, Romanian ș ț, Turkish
# ğ ı İ, « » €…), read from the font's own Unicode table. Arabic is spoken
# only: the console cannot join its letters (docs/admin/configuration.md).
test_console_font_covers_every_catalog() {
  local font table chars missing
  font=$(sed -n 's/^CONSOLE_FONT=//p' "$REPO/scripts/kiosk-mode/kiosk-session")
  [ -r "$font" ] || { echo "    $font is not installed (package console-setup-linux)"; return 1; }
  table=$(mktemp)
  zcat "$font" >"$table.psf" && psfgettable "$table.psf" "$table" >/dev/null 2>&1 ||
    { echo "    psfgettable cannot read $font"; rm -f "$table" "$table.psf"; return 1; }
  missing=$(python3 - "$table" "$REPO"/kiosk-config/content/*.yaml <<'PY'
import re, sys
table = open(sys.argv[1]).read()
have = {int(cp, 16) for cp in re.findall(r"U\+([0-9a-fA-F]{4,5})", table)}
missing = []
for path in sys.argv[2:]:
    if path.endswith("/ar.yaml"):
        continue
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        for ch in line.rstrip("\n"):
            if ord(ch) >= 0x80 and ord(ch) not in have:
                missing.append(f"{path.rsplit('/', 1)[1]}: {ch} U+{ord(ch):04X}")
print("\n".join(sorted(set(missing))))
PY
)
  rm -f "$table" "$table.psf"
  [ -z "$missing" ] || { echo "    the console font lacks:"; echo "$missing" | sed 's/^/      /'; return 1; }
}

run_test "console font (kiosk-session): a glyph for every character of every catalog shown on screen" test_console_font_covers_every_catalog
run_test "scripts/package: name, version (= kiosk --version), Depends without Swift, Recommends" test_package_fields
run_test "scripts/package: file list, every /etc file a conffile, owned by root" test_package_files_and_conffiles
run_test "scripts/package: console lock-down, sandboxed unit, postinst groups and permissions" test_package_lockdown
run_test "scripts/package: dpkg unpacks and registers it in a throwaway root" test_package_unpacks_into_a_dpkg_root
[ -n "$PACKAGE_DIR" ] && rm -rf "$PACKAGE_DIR"
