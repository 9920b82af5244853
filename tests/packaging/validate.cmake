# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metadata in packaging/ pass their validators, and the metainfo's
# newest release is the project's version.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
gw_require(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
gw_require(APPSTREAMCLI appstreamcli appstream)
set(desktop ${SOURCE_DIR}/packaging/${APP_ID}.desktop)
set(metainfo ${SOURCE_DIR}/packaging/${APP_ID}.metainfo.xml)

# desktop-file-validate exits 0 after warnings: only hints are accepted (several main categories,
# Development and Network, are intended).
gw_run(out ${DESKTOP_FILE_VALIDATE} ${desktop})
message(STATUS "desktop-file-validate:\n${out}")
string(REGEX MATCHALL "[^\n]*(error|warning):[^\n]*" problems "${out}")
gw_check(NOT problems MESSAGE "desktop-file-validate reports: ${problems}")

# appstreamcli fails on errors and warnings (not on infos and pedantic notes).
gw_run(out ${APPSTREAMCLI} validate --no-net --explain ${metainfo})
message(STATUS "appstreamcli validate:\n${out}")

file(READ ${metainfo} xml)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${xml}")
gw_check(CMAKE_MATCH_1 STREQUAL VERSION
    MESSAGE "the newest <release> in the metainfo is '${CMAKE_MATCH_1}', the project version is ${VERSION}")
string(REGEX MATCH "<launchable type=\"desktop-id\">([^<]+)</launchable>" _ "${xml}")
gw_check(CMAKE_MATCH_1 STREQUAL "${APP_ID}.desktop" MESSAGE "the metainfo launches '${CMAKE_MATCH_1}'")
file(STRINGS ${desktop} icon REGEX "^Icon=")
gw_check(icon STREQUAL "Icon=${APP_ID}" MESSAGE "the desktop file names the icon '${icon}'")
file(STRINGS ${desktop} exec REGEX "^Exec=")
gw_check(exec STREQUAL "Exec=gwstudio %F" MESSAGE "the desktop file runs '${exec}'")
gw_finish()
