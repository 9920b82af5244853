# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers of the packaging tests (cmake -P scripts; see CMakeLists.txt for the variables they get).

# gw_require(VAR TOOL PACKAGE): fails the test with a clear message when TOOL was not found.
function(gw_require var tool package)
    if(NOT ${var} OR NOT EXISTS "${${var}}")
        message(FATAL_ERROR "${tool} is not installed (Debian package ${package}): run scripts/install-deps")
    endif()
endfunction()

# gw_run(OUT_VAR COMMAND...): runs COMMAND, fails the test when it fails, returns its output.
function(gw_run out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " cmd "${ARGN}")
        message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# gw_check(CONDITION... MESSAGE msg): counts a failed expectation (reported by gw_finish()).
macro(gw_check)
    cmake_parse_arguments(_chk "" "MESSAGE" "" ${ARGN})
    if(${_chk_UNPARSED_ARGUMENTS})
        math(EXPR gw_checks_passed "${gw_checks_passed} + 1")
    else()
        list(APPEND gw_failures "${_chk_MESSAGE}")
    endif()
endmacro()

set(gw_checks_passed 0)
set(gw_failures "")

function(gw_finish)
    list(LENGTH gw_failures failed)
    if(failed GREATER 0)
        string(REPLACE ";" "\n  " text "${gw_failures}")
        message(FATAL_ERROR "${failed} check(s) failed, ${gw_checks_passed} passed:\n  ${text}")
    endif()
    message(STATUS "all ${gw_checks_passed} checks passed")
endfunction()

# The hicolor sizes desktops look for.
set(GW_ICON_SIZES 16 22 24 32 48 64 128 256 512)
