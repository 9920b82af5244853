#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fuzz-short.sh [SECONDS]  -- a short libFuzzer run of every harness in tests/fuzz, part of the test command.
#
# Configures a separate clang build (build-fuzz/, GWSTUDIO_FUZZ=ON: ASan + UBSan + libFuzzer coverage),
# builds the harnesses and runs each for SECONDS (default 60) on a copy of its seed corpus, with a
# 2 GiB RSS limit and a 10 s per-input timeout. Exits non-zero on any crash, leak, timeout, out-of-memory
# or sanitizer report, and prints one summary line. Inputs that failed are left in build-fuzz/artifacts/;
# add them to tests/fuzz/regressions/<harness>/ once fixed, so that tst_fuzzregressions replays them.
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_HARNESSES (default "fuzz_import fuzz_editor fuzz_nginxconf"),
# FUZZ_JOBS (build parallelism, default 2), CXX (default clang++), FUZZ_SEED (libFuzzer's -seed, default 1:
# the test command's run explores the same inputs every time, so a red run is reproducible; set
# FUZZ_SEED=0 for a random seed when hunting for new findings).
set -u

seconds=${1:-60}
case $seconds in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
harnesses=${FUZZ_HARNESSES:-"fuzz_import fuzz_editor fuzz_nginxconf"}
jobs=${FUZZ_JOBS:-2}
seed=${FUZZ_SEED:-1}
cxx=${CXX:-clang++}
case $cxx in *clang*) ;; *) cxx=clang++ ;; esac

launcher=
command -v ccache >/dev/null 2>&1 && launcher=-DCMAKE_CXX_COMPILER_LAUNCHER=ccache

log=$build/fuzz-short.log
mkdir -p "$build" "$build/artifacts"
: >"$log"

if ! cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    $launcher -DGWSTUDIO_FUZZ=ON -DGWSTUDIO_BENCH=OFF -DBUILD_TESTING=ON >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "fuzz-short: FAILED (configure, see $log)"
    exit 1
fi
# shellcheck disable=SC2086
if ! cmake --build "$build" -j"$jobs" --target $harnesses >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "fuzz-short: FAILED (build, see $log)"
    exit 1
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

status=0
summary=
for h in $harnesses; do
    name=${h#fuzz_}
    seeds=$root/tests/fuzz/corpus/$name
    work=$build/corpus/$name
    mkdir -p "$work"
    dict=
    case $name in
        import | editor) [ -f "$root/tests/fuzz/yaml.dict" ] && dict=-dict=$root/tests/fuzz/yaml.dict ;;
    esac
    out=$build/$h.log
    "$build/tests/fuzz/$h" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=8192 \
        -print_final_stats=1 -seed="$seed" -artifact_prefix="$build/artifacts/$h-" $dict "$work" "$seeds" >"$out" 2>&1
    rc=$?
    cat "$out" >>"$log"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -n 1)
    if [ $rc -ne 0 ] || grep -Eq 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$out"; then
        status=1
        reason=$(grep -Eo 'ERROR: [A-Za-z]+: [a-z-]+|runtime error: .{0,60}|checkImport: .{0,60}|checkEditor: .{0,60}|checkNginxInput: .{0,60}' "$out" | head -n 1)
        summary="$summary $h: FAILED after ${runs:-?} runs (${reason:-exit $rc});"
        grep -Eo 'Test unit written to .*' "$out" | head -n 1 >&2
        grep -E -A 25 'checkImport:|checkEditor:|checkNginxInput:|ERROR: |runtime error:' "$out" | head -n 40 >&2
    else
        summary="$summary $h: ${runs:-?} runs in ${seconds}s OK;"
    fi
done

if [ $status -eq 0 ]; then
    echo "fuzz-short: PASSED ($seconds s each):$summary"
else
    echo "fuzz-short: FAILED ($seconds s each):$summary see $log"
fi
exit $status
