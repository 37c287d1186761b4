#!/usr/bin/env bash
# Installs the Debian packages needed to build, test and run Inflection (Debian 12 and 13).
#
#   packaging/install-deps.sh              install what is missing (as root), or print the command
#   packaging/install-deps.sh --print      only print the command that would install what is missing
#   packaging/install-deps.sh --list [CODENAME]   print the package list (for CODENAME, default: this system)
set -euo pipefail

codename=""
if [ -r /etc/os-release ]; then
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
fi
mode=install
case "${1:-}" in
    --print) mode=print ;;
    --list) mode=list; codename=${2:-$codename} ;;
    "") ;;
    *) echo "usage: $0 [--print | --list [CODENAME]]" >&2; exit 2 ;;
esac

packages=(
    build-essential cmake ninja-build ccache pkg-config git lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
    libgl-dev libxkbcommon-dev libsqlite3-dev libstemmer-dev libzip-dev
    sqlite3 poppler-utils fonts-dejavu-core
    xvfb xauth
    desktop-file-utils appstream shared-mime-info dpkg-dev
    # A workspace on a PostgreSQL server: Qt's driver and libpq; the server itself (the versioned one
    # with its contrib modules, for unaccent) for scripts/with-postgres in the tests.
    libqt6sql6-psql libpq-dev postgresql
    # The desktop's keyring for a team server's password (the window works without one); a keyring of
    # its own for the test of it (scripts/with-keyring).
    qtkeychain-qt6-dev dbus-daemon gnome-keyring
)
# Debian 12 has no KF6; from Debian 13 on, the proposal editor uses KSyntaxHighlighting.
case "$codename" in
    bookworm|"") ;;
    *) packages+=(libkf6syntaxhighlighting-dev) ;;
esac

if [ "$mode" = list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$mode" = print ] || [ "$(id -u)" -ne 0 ]; then
    echo "Inflection needs these Debian packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
