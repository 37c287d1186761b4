#!/usr/bin/env bash
# Installs the Debian packages needed to build, test and run Inflection (Debian 12 and 13).
#
#   packaging/install-deps.sh [--print]
#
# As root it runs apt-get; otherwise (or with --print) it prints the command to run.
set -euo pipefail

. /etc/os-release 2>/dev/null || true
codename=${VERSION_CODENAME:-bookworm}

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
    libgl-dev libxkbcommon-dev
    sqlite3 poppler-utils fonts-dejavu-core
    xvfb xauth
    debootstrap
)
case "$codename" in
    bookworm) ;;
    *) packages+=(libkf6syntaxhighlighting-dev) ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "${1:-}" = "--print" ] || [ "$(id -u)" -ne 0 ]; then
    echo "Inflection needs these Debian packages. Run as root:" >&2
    echo "  apt-get update && $cmd" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
