# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a temporary DESTDIR puts the program, the desktop file, the metainfo and the
# icons (scalable SVG and a PNG of the right size for each hicolor size) where desktops look for
# them; the installed program runs; appstreamcli accepts the installed tree as a whole.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
gw_require(APPSTREAMCLI appstreamcli appstream)
set(dest ${WORK_DIR}/install-root)
file(REMOVE_RECURSE ${dest})
gw_run(out ${CMAKE_COMMAND} -E env DESTDIR=${dest} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr)

set(usr ${dest}/usr)
foreach(file
        bin/gwstudio
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    gw_check(EXISTS ${usr}/${file} MESSAGE "not installed: /usr/${file}")
endforeach()
gw_check(IS_DIRECTORY ${usr}/bin AND NOT IS_SYMLINK ${usr}/bin/gwstudio MESSAGE "/usr/bin/gwstudio is a symlink")

# Each PNG is a PNG of its directory's size (width and height from the IHDR chunk).
foreach(size IN LISTS GW_ICON_SIZES)
    set(png ${usr}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    if(NOT EXISTS ${png})
        gw_check(FALSE MESSAGE "not installed: ${size}x${size} icon")
        continue()
    endif()
    file(READ ${png} head LIMIT 24 HEX)
    string(SUBSTRING "${head}" 0 16 signature)
    string(SUBSTRING "${head}" 32 8 width_hex)
    string(SUBSTRING "${head}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    gw_check(signature STREQUAL "89504e470d0a1a0a" AND width EQUAL size AND height EQUAL size
        MESSAGE "${size}x${size}/apps/${APP_ID}.png is not a ${size}x${size} PNG (${width}x${height})")
endforeach()

# The installed program runs (headless).
execute_process(COMMAND ${usr}/bin/gwstudio --version RESULT_VARIABLE rc OUTPUT_VARIABLE version_out ERROR_VARIABLE version_out)
string(STRIP "${version_out}" version_out)
gw_check(rc EQUAL 0 AND version_out STREQUAL "gwstudio ${VERSION}"
    MESSAGE "the installed gwstudio --version printed '${version_out}' (exit ${rc})")

# The installed tree as a software centre sees it: metainfo, desktop file and icon together.
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --explain ${dest}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message(STATUS "appstreamcli validate-tree:\n${out}")
gw_check(rc EQUAL 0 MESSAGE "appstreamcli validate-tree failed on the installed tree")
gw_finish()
