# shellcheck shell=bash
# SPDX-FileCopyrightText: Gateway Studio developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one CMake configuration the scripts use (scripts/run and scripts/build-and-test share build/).
# Source after common.sh.

# gw_configure BUILD_DIR: configures BUILD_DIR with Ninja, ccache, tests and benchmarks, unless it
# already is configured with the same arguments (Ninja re-runs CMake by itself when a CMakeLists.txt
# changes). Prints CMake's output only when it fails.
gw_configure() {
    local build=$1
    # shellcheck disable=SC2206 # GWSTUDIO_CMAKE_ARGS is a list of words on purpose
    local -a args=(-G Ninja
        -DCMAKE_BUILD_TYPE="${GWSTUDIO_BUILD_TYPE:-RelWithDebInfo}"
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
        -DBUILD_TESTING=ON
        -DGWSTUDIO_BENCH=ON
        -DGWSTUDIO_WERROR="${GWSTUDIO_WERROR:-OFF}"
        ${GWSTUDIO_CMAKE_ARGS:-})
    local stamp=$build/.gwstudio-configure-args
    mkdir -p "$build"
    if [ -f "$build/CMakeCache.txt" ] && ! grep -qx 'CMAKE_GENERATOR:INTERNAL=Ninja' "$build/CMakeCache.txt"; then
        gw_note "$build was configured with another generator: configuring it again for Ninja"
        rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
    fi
    if [ -f "$build/CMakeCache.txt" ] && [ "$(cat "$stamp" 2>/dev/null)" = "${args[*]}" ]; then
        return 0
    fi
    gw_say "Configuring $build"
    if ! cmake -S "$GW_SOURCE_DIR" -B "$build" "${args[@]}" >"$build/configure.log" 2>&1; then
        cat "$build/configure.log" >&2
        return 1
    fi
    printf '%s' "${args[*]}" >"$stamp"
}
