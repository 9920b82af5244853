// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for yaml::Editor: set/insert/remove on fuzzed documents. See fuzzchecks.h.
#include "fuzzchecks.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string problem = gw::fuzz::checkEditor(data, size);
    if (!problem.empty()) {
        std::fprintf(stderr, "checkEditor: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
