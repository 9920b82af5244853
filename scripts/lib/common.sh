# shellcheck shell=bash
# SPDX-FileCopyrightText: Gateway Studio developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Helpers shared by the scripts in scripts/: messages, timing, root privileges, locks.
# Source it; it sets GW_SOURCE_DIR to the top of the source tree.

GW_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export GW_SOURCE_DIR

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
    gw_bold=$'\033[1m' gw_red=$'\033[31m' gw_green=$'\033[32m' gw_yellow=$'\033[33m' gw_reset=$'\033[0m'
else
    gw_bold='' gw_red='' gw_green='' gw_yellow='' gw_reset=''
fi

gw_say() { printf '%s==> %s%s\n' "$gw_bold" "$*" "$gw_reset"; }
gw_note() { printf '    %s\n' "$*"; }
gw_warn() { printf '%swarning:%s %s\n' "$gw_yellow" "$gw_reset" "$*" >&2; }
gw_die() {
    printf '%serror:%s %s\n' "$gw_red" "$gw_reset" "$*" >&2
    exit 1
}
gw_ok() { printf '%s%s%s' "$gw_green" "$*" "$gw_reset"; }
gw_bad() { printf '%s%s%s' "$gw_red" "$*" "$gw_reset"; }

# Seconds since the epoch, for timing phases.
gw_now() { date +%s; }
# gw_elapsed START: "1m 23s" since START.
gw_elapsed() {
    local s=$(($(gw_now) - $1))
    if [ "$s" -ge 60 ]; then printf '%dm %02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

# True when this process may do what needs root (it is root).
gw_is_root() { [ "$(id -u)" -eq 0 ]; }

# gw_as_root CMD...: runs CMD as root: directly when we are root, else through sudo. Without sudo,
# explains what to run and fails.
gw_as_root() {
    if gw_is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        gw_die "this step needs root privileges and sudo is not installed: run it as root ($*)"
    fi
}

# gw_reexec_as_root "$0" "$@": re-runs the calling script as root (sudo) unless it already is root.
# The variables the scripts read (GW_*, GWSTUDIO_*, CI, NO_COLOR) are kept; sudo sets SUDO_UID and
# SUDO_GID to the caller, whom gw_caller_ids() returns.
gw_reexec_as_root() {
    gw_is_root && return 0
    command -v sudo >/dev/null 2>&1 ||
        gw_die "$(basename "$1") needs root privileges (debootstrap, mount, chroot) and sudo is not installed; run it as root"
    local keep
    keep=$(env | sed -n 's/^\(GW_[A-Za-z0-9_]*\|GWSTUDIO_[A-Za-z0-9_]*\|CI\|NO_COLOR\|CTEST_[A-Za-z0-9_]*\)=.*/\1/p' | paste -sd, -)
    gw_note "$(basename "$1") needs root privileges: asking sudo"
    exec sudo ${keep:+--preserve-env="$keep"} -- "$@"
}

# gw_lock FD FILE WHAT: takes an exclusive lock on FILE through file descriptor FD. If another run
# holds it, says so and waits (at most GWSTUDIO_LOCK_TIMEOUT seconds, default one hour).
gw_lock() {
    local fd=$1 file=$2 what=$3
    mkdir -p "$(dirname "$file")"
    eval "exec $fd>>\"\$file\""
    if ! flock -n "$fd"; then
        gw_note "another run is using $what (lock $file); waiting for it to finish"
        flock -w "${GWSTUDIO_LOCK_TIMEOUT:-3600}" "$fd" || gw_die "gave up waiting for the lock $file"
    fi
}

# The user (uid:gid) who started the script, also when it runs through sudo.
gw_caller_ids() { printf '%s:%s' "${SUDO_UID:-$(id -u)}" "${SUDO_GID:-$(id -g)}"; }
