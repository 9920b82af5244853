# SPDX-License-Identifier: GPL-3.0-or-later
# CPack makes a Debian package that holds the installed files and depends on the Qt, yaml-cpp and C++
# runtime libraries dpkg-shlibdeps finds, plus the Qt plugins the program loads at run time.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
gw_require(DPKG_DEB dpkg-deb dpkg)
set(out ${WORK_DIR}/deb)
file(REMOVE_RECURSE ${out})
gw_run(log ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${out})
file(GLOB debs ${out}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${out}, found ${count}:\n${log}")
endif()

gw_run(control ${DPKG_DEB} --field ${debs})
message(STATUS "control:\n${control}")
foreach(expected
        "Package: gwstudio"
        "Version: ${VERSION}"
        "Section: devel"
        "Maintainer: Gateway Studio developers"
        "Homepage: https://gwstudio.dev")
    string(FIND "${control}" "${expected}" at)
    gw_check(at GREATER -1 MESSAGE "the control file lacks '${expected}'")
endforeach()
string(REGEX MATCH "\nDepends: [^\n]*" depends "${control}")
foreach(dep libqt6core6 libqt6widgets6 "libyaml-cpp0[.][0-9]" "libstdc[+][+]6" qt6-qpa-plugins libqt6svg6)
    gw_check(depends MATCHES "[ ,]${dep}" MESSAGE "Depends lacks ${dep}: ${depends}")
endforeach()

gw_run(contents ${DPKG_DEB} --contents ${debs})
foreach(file
        ./usr/bin/gwstudio
        ./usr/share/applications/${APP_ID}.desktop
        ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/icons/hicolor/512x512/apps/${APP_ID}.png
        ./usr/share/icons/hicolor/16x16/apps/${APP_ID}.png)
    string(FIND "${contents}" " ${file}\n" at)
    gw_check(at GREATER -1 MESSAGE "the package lacks ${file}")
endforeach()
gw_finish()
