// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer harness for the nginx configuration reader and router (GWSTUDIO_FUZZ with clang; run by
// scripts/fuzz-short.sh). Inputs that failed belong in tests/fuzz/regressions/nginxconf/.
#include "nginxfuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gw::nginx::test::checkNginxInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
