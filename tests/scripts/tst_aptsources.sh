#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/lib/aptsources.sh reads the mirrors from apt's sources as apt does: one-line and deb822
# files, options in brackets, disabled stanzas, comments, the security suite, no source at all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/lib/common.sh
. "$here/../../scripts/lib/common.sh"
# shellcheck source=scripts/lib/aptsources.sh
. "$here/../../scripts/lib/aptsources.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
expect() { # NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "PASS $1"; else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}

export GW_APT_ETC=$tmp/apt GW_OS_RELEASE=$tmp/os-release
mkdir -p "$GW_APT_ETC/sources.list.d"
printf 'ID=debian\nVERSION_CODENAME=bookworm\n' >"$GW_OS_RELEASE"

# deb822, with a disabled stanza first and a comment between the fields.
cat >"$GW_APT_ETC/sources.list.d/debian.sources" <<'SRC'
Types: deb
URIs: http://disabled.example/debian
Suites: bookworm
Enabled: no

Types: deb deb-src
# a comment inside the stanza
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main
SRC
expect deb822-release http://mirror.example/debian "$(gw_apt_mirror_for release)"
expect deb822-security http://mirror.example/debian-security "$(gw_apt_mirror_for security)"

# One-line format with options wins when it comes first (sources.list is read first, as apt lists it).
printf '# deb http://commented.example/debian bookworm main\ndeb [arch=amd64 signed-by=/k.gpg] http://oneline.example/debian bookworm main\n' \
    >"$GW_APT_ETC/sources.list"
expect oneline-release http://oneline.example/debian "$(gw_apt_mirror_for release)"
expect oneline-security http://mirror.example/debian-security "$(gw_apt_mirror_for security)"

# Another release's sources only: nothing, so scripts/deb13-root asks for GWSTUDIO_DEB13_MIRROR.
rm -f "$GW_APT_ETC/sources.list" "$GW_APT_ETC/sources.list.d/debian.sources"
printf 'deb http://other.example/ubuntu noble main\n' >"$GW_APT_ETC/sources.list.d/other.list"
expect other-release '' "$(gw_apt_mirror_for release)"
expect unknown-kind 1 "$(gw_apt_mirror_for nonsense >/dev/null; echo $?)"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all passed"
