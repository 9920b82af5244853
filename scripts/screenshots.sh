#!/bin/sh
# Copyright (C) Gateway Studio developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the screenshots of the main window that the README shows: the bundled cafe example, in
# the light and the dark colour scheme (and German, to check that the translated labels fit), and
# the simulation workspace: the cafe at scale (results, and the comparison of methods) in both
# schemes, the walk-through preset with its transcript, the walk-through in a local nginx (Probe),
# the migration from ingress-nginx (its dialog, and the report with the before/after),
# and the design view and the comparison (with the scenario editor open) at the two screen sizes
# the layout is checked at, 1366×768 and 1920×1080,
# under a private Xvfb server, with settings in a throw-away HOME so that nothing of the user's
# own configuration leaks in.
#
# usage: scripts/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
set -eu

build=${1:-build}
out=${2:-docs/screenshots}
bin="$build/app/gwstudio"
display=${GW_XVFB_DISPLAY:-97}
size=1600x1000

[ -x "$bin" ] || { echo "screenshots.sh: $bin not found; build the gwstudio target first" >&2; exit 2; }
mkdir -p "$out"
home=$(mktemp -d)

Xvfb ":$display" -screen 0 1920x1200x24 -nolisten tcp >"$home/xvfb.log" 2>&1 &
xvfb_pid=$!
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT INT TERM

# Wait for the server to accept clients.
for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ -e "/tmp/.X11-unix/X$display" ] && break
    sleep 0.3
done

shoot() { # scheme language file [size]
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home" DISPLAY=":$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 GWSTUDIO_LANGUAGE="$2" \
        "$bin" --no-recovery --example --color-scheme "$1" --select HTTPRoute/default/tea \
        --size "${4:-$size}" --screenshot "$out/$3"
}

shoot light en main-window-light.png
shoot dark en main-window-dark.png
shoot light de main-window-de.png

shoot_simulation() { # scheme what file [size]
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home" DISPLAY=":$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 GWSTUDIO_LANGUAGE=en \
        "$bin" --no-recovery --color-scheme "$1" --simulation "$2" --size "${4:-$size}" --screenshot "$out/$3"
}

shoot_simulation light run simulation-results-light.png
shoot_simulation dark run simulation-results-dark.png
shoot_simulation light compare simulation-compare-light.png
shoot_simulation dark compare simulation-compare-dark.png
shoot_simulation light walkthrough simulation-walkthrough-light.png

# The layout at the smallest and a common screen: the design view, and the comparison with the
# scenario editor open beside it.
for screen in 1366x768 1920x1080; do
    shoot light en "design-$screen.png" "$screen"
    shoot_simulation light compare-editor "compare-$screen.png" "$screen"
done

# Migrate from ingress-nginx (docs/migration.md "In the editor"): the dialog with the bundled
# shop-ingress example, and the example migrated with the report and the before/after of both engines
# (light, and dark in German to check that the translated labels fit).
shoot_migration() { # scheme language what file [size]
    env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home" DISPLAY=":$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 GWSTUDIO_LANGUAGE="$2" \
        "$bin" --no-recovery --color-scheme "$1" --migration "$3" --size "${5:-1920x1080}" --screenshot "$out/$4"
}
shoot_migration light en dialog migration-dialog.png
shoot_migration light en report migration-report.png
shoot_migration dark de report migration-report-dark-de.png

# The Probe tab (docs/probe.md): the walk-through's curl loops sent to the cafe in a local nginx,
# at a laptop's 1366x768. Needs nginx.
env -i PATH="$PATH" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_RUNTIME_DIR="$home" DISPLAY=":$display" QT_QPA_PLATFORM=xcb LANG=C.UTF-8 GWSTUDIO_LANGUAGE=en \
    "$bin" --no-recovery --color-scheme light --simulation probe --size 1366x768 --screenshot "$out/probe-view.png"
