# Installs the Debian packages a step needs, only those missing.
# Usage: source scripts/lib/deps.sh; need_packages pkg1 pkg2 …
# Runs apt-get as root, or through sudo when there is one.

need_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi
  echo "Installing Debian packages: ${missing[*]}"
  if [ -z "${PASSERELLE_APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq >/dev/null
    export PASSERELLE_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

need_swift() {
  if ! command -v swift >/dev/null 2>&1; then
    for dir in /opt/swift/usr/bin /usr/share/swift/usr/bin; do
      [ -x "$dir/swift" ] && export PATH="$dir:$PATH" && break
    done
  fi
  if ! command -v swift >/dev/null 2>&1; then
    echo "Swift 6.3 is not installed. Install the Swift toolchain for Debian 12 (see README.md), then run this again." >&2
    return 1
  fi
}

# Packages every build needs: the ncurses wide-character library (a UTF-8
# locale, C.UTF-8, ships with libc); libjpeg-turbo, libpng and
# libqpdf for documents; SQLite for the outbox journal (GRDB).
BUILD_PACKAGES=(libncurses-dev pkg-config libturbojpeg0-dev libpng-dev zlib1g-dev libqpdf-dev libsqlite3-dev)
# What the kiosk runs at the counter: scanimage (SANE) for the scanner;
# ipptool (cups-ipp-utils) to follow print jobs; espeak-ng reads screens
# aloud (run as a program: GPL-3).
RUN_PACKAGES=(sane-utils cups-ipp-utils espeak-ng)
# Packages the tests add: tmux drives the real binary end to end; CUPS and
# cups-pdf print for real; SANE's test scanner (in sane-utils' backends);
# qpdf makes the locked-PDF fixtures; the console font and psfgettable
# (console-setup-linux, kbd) check the font covers every catalog.
TEST_PACKAGES=(tmux python3 espeak-ng cups cups-client cups-bsd cups-ipp-utils printer-driver-cups-pdf sane-utils libsane1 qpdf
  console-setup-linux kbd)
