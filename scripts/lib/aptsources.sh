# shellcheck shell=bash
# SPDX-FileCopyrightText: Gateway Studio developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The package mirror and proxy this machine's apt is set up with, so the Debian 13 root follows
# whatever mirror or proxy the host uses. Nothing here names a mirror: it is read from
# /etc/apt/sources.list, /etc/apt/sources.list.d/*.list and *.sources (deb822), and apt-config.
# Source it after common.sh. GW_APT_ETC and GW_OS_RELEASE point elsewhere for tests.

# gw_apt_sources_entries: one line "URI SUITE" per enabled `deb` source and suite of the host.
gw_apt_sources_entries() {
    local dir=${GW_APT_ETC:-/etc/apt} f
    # One-line format: deb [options] URI SUITE COMPONENT...
    for f in "$dir/sources.list" "$dir"/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" {
                 i = 2
                 if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                 if (i + 1 <= NF) print $i, $(i + 1)
             }' "$f"
    done
    # deb822 format: stanzas separated by blank lines; Types, URIs, Suites, Enabled.
    for f in "$dir"/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk 'function flush(   n, m, u, s, us, ss) {
                 if (types ~ /(^| )deb( |$)/ && enabled != "no") {
                     n = split(uris, us, " "); m = split(suites, ss, " ")
                     for (u = 1; u <= n; u++) for (s = 1; s <= m; s++) print us[u], ss[s]
                 }
                 types = uris = suites = enabled = ""
             }
             /^[ \t]*#/ { next }
             /^[ \t]*$/ { flush(); next }
             {
                 key = tolower($1); sub(/:$/, "", key)
                 val = $0; sub(/^[^:]*:[ \t]*/, "", val)
                 if (key == "types") types = val
                 else if (key == "uris") uris = val
                 else if (key == "suites") suites = val
                 else if (key == "enabled") enabled = tolower(val)
             }
             END { flush() }' "$f"
    done
}

# gw_apt_mirror_for KIND: the host's Debian mirror URI, KIND "release" (the suite named by the host's
# codename) or "security" (CODENAME-security). Prints nothing when the host has no such source.
gw_apt_mirror_for() {
    local codename suite
    codename=$(. "${GW_OS_RELEASE:-/etc/os-release}" 2>/dev/null && printf '%s' "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || return 0
    case $1 in
        release) suite=$codename ;;
        security) suite=$codename-security ;;
        *) return 1 ;;
    esac
    # awk reads to the end: exiting at the first match could kill the writer with SIGPIPE, which
    # pipefail would turn into a failure of the caller (set -e in scripts/deb13-root).
    gw_apt_sources_entries | awk -v s="$suite" '$2 == s && !found { print $1; found = 1 }'
}

# gw_apt_proxy: the HTTP proxy apt is configured with (Acquire::http::Proxy), or nothing.
gw_apt_proxy() {
    command -v apt-config >/dev/null || return 0
    local proxy=''
    eval "$(apt-config shell proxy Acquire::http::Proxy)"
    [ "$proxy" = DIRECT ] || printf '%s' "$proxy"
}
