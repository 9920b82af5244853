# shellcheck shell=bash
# SPDX-FileCopyrightText: Gateway Studio developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian/Ubuntu packages Gateway Studio needs to build and test, and an installer that adds
# only what is missing. Source after common.sh. "a|b" means: a, or b where a does not exist (names
# differ between Debian 12, Debian 13 and Ubuntu 24.04); the first one that is installed or
# installable wins.
# shellcheck disable=SC2034 # the lists are used by the scripts that source this file

# Needed everywhere (the host and the Debian 13 root).
GW_PACKAGES=(
    # toolchain
    cmake ninja-build ccache g++ clang 'libclang-rt-dev|libclang-rt-14-dev|libclang-rt-18-dev'
    dpkg-dev file # CPack DEB: dpkg-shlibdeps
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
    'libqt6opengl6-dev|qt6-base-dev' # Qt Charts needs QtOpenGL; Debian 13 ships it in qt6-base-dev
    libgl-dev libvulkan-dev libxkbcommon-dev
    # libraries
    libyaml-cpp-dev libgtest-dev libbenchmark-dev
    # what the tests run: a real nginx, X for the GUI smoke run, packaging validators
    'nginx-light|nginx' xvfb xauth curl desktop-file-utils appstream python3-yaml
    # nginx's stream module: tst_nginx checks stream.conf (TLS passthrough, TCP and UDP servers);
    # the same package name on Debian 12, Debian 13 and Ubuntu 24.04
    libnginx-mod-stream
    # the sandbox's HTTPS listeners get a certificate made with the openssl command (docs/probe.md)
    openssl
)
# Only on the host: making the Debian 13 root.
GW_PACKAGES_HOST=(debootstrap debian-archive-keyring)
# Installed where the distribution has them (Debian 13, Ubuntu 24.04; the njs module also on
# Debian 12); required in the Debian 13 root, where the full feature set is tested.
GW_PACKAGES_OPTIONAL=(libkf6syntaxhighlighting-dev libnginx-mod-http-js)

gw_pkg_installed() {
    dpkg-query -W -f='${db:Status-Abbrev}\n' "$1" 2>/dev/null | grep -q '^ii'
}

# gw_pkg_candidate NAME: true when apt can install NAME (it has a candidate version).
gw_pkg_candidate() {
    local c
    c=$(apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | head -n 1)
    [ -n "$c" ] && [ "$c" != "(none)" ]
}

# gw_entry_installed 'a|b': true when one of the alternatives is installed.
gw_entry_installed() {
    local alt
    IFS='|' read -r -a alts <<<"$1"
    for alt in "${alts[@]}"; do gw_pkg_installed "$alt" && return 0; done
    return 1
}

# gw_entry_resolve 'a|b': prints the first alternative apt can install.
gw_entry_resolve() {
    local alt
    IFS='|' read -r -a alts <<<"$1"
    for alt in "${alts[@]}"; do
        if gw_pkg_candidate "$alt"; then
            printf '%s\n' "$alt"
            return 0
        fi
    done
    return 1
}

# True when the package lists are missing or older than GWSTUDIO_APT_MAX_AGE minutes (default 720).
gw_apt_lists_stale() {
    [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin "-${GWSTUDIO_APT_MAX_AGE:-720}" 2>/dev/null | head -n 1)" ]
}

gw_apt_update() {
    gw_note "apt-get update"
    gw_as_root apt-get update -qq || gw_die "apt-get update failed"
}

# gw_install_packages REQUIRED_ENTRIES... -- OPTIONAL_ENTRIES...
# Installs what is missing. Required entries that apt cannot install are an error; optional ones are
# reported and skipped. apt-get update runs only when something must be installed and the lists are
# old, or a package is not found, or an install fails once.
gw_install_packages() {
    local -a required=() optional=() missing_req=() missing_opt=()
    local e seen_sep=0
    for e in "$@"; do
        if [ "$e" = -- ]; then seen_sep=1; elif [ $seen_sep = 0 ]; then required+=("$e"); else optional+=("$e"); fi
    done
    for e in "${required[@]}"; do gw_entry_installed "$e" || missing_req+=("$e"); done
    for e in "${optional[@]}"; do gw_entry_installed "$e" || missing_opt+=("$e"); done
    local total=$((${#required[@]} + ${#optional[@]}))
    if [ ${#missing_req[@]} -eq 0 ] && [ ${#missing_opt[@]} -eq 0 ]; then
        gw_note "all $total packages are installed"
        return 0
    fi

    local updated=0
    if [ ${#missing_req[@]} -gt 0 ] && gw_apt_lists_stale; then
        gw_apt_update
        updated=1
    fi

    local -a install=() unavailable=() skipped=()
    local name
    for e in "${missing_req[@]}"; do
        if ! name=$(gw_entry_resolve "$e") && [ $updated = 0 ]; then
            gw_apt_update
            updated=1
            name=$(gw_entry_resolve "$e") || true
        fi
        if [ -n "$name" ]; then install+=("$name"); else unavailable+=("$e"); fi
    done
    for e in "${missing_opt[@]}"; do
        if name=$(gw_entry_resolve "$e"); then install+=("$name"); else skipped+=("$e"); fi
    done
    # An alternative may name a package that is in the list anyway (qt6-base-dev on Debian 13).
    local -a unique=()
    for name in "${install[@]}"; do
        case " ${unique[*]} " in *" $name "*) ;; *) unique+=("$name") ;; esac
    done
    install=("${unique[@]}")
    if [ ${#unavailable[@]} -gt 0 ]; then
        local hint=''
        grep -qs '^ID=ubuntu' /etc/os-release && hint=' (on Ubuntu, enable the "universe" component)'
        gw_die "apt cannot find these packages: ${unavailable[*]}$hint"
    fi
    [ ${#skipped[@]} -gt 0 ] && gw_note "not available on this system (optional, skipped): ${skipped[*]}"
    [ ${#install[@]} -eq 0 ] && return 0

    gw_note "installing ${#install[@]} packages: ${install[*]}"
    local t0 log
    t0=$(gw_now)
    log=$(mktemp "${TMPDIR:-/tmp}/gwstudio-apt.XXXXXX")
    local -a apt=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends "${install[@]}")
    if ! gw_as_root "${apt[@]}" >"$log" 2>&1; then
        if [ $updated = 1 ]; then
            tail -n 30 "$log" >&2
            gw_die "apt-get install failed (log: $log)"
        fi
        gw_apt_update
        if ! gw_as_root "${apt[@]}" >"$log" 2>&1; then
            tail -n 30 "$log" >&2
            gw_die "apt-get install failed (log: $log)"
        fi
    fi
    gw_note "installed $(grep -c '^Setting up ' "$log") packages (with dependencies) in $(gw_elapsed "$t0")"
    rm -f "$log"
}
