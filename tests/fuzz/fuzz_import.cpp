// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the importer: Stream::split, Document::parse, ResourceParser, Design::addFile,
// fileText() and exportText(). See fuzzchecks.h for the invariants.
#include "fuzzchecks.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Design warns about refused edits with qWarning(); keep the fuzzer's output readable.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string problem = gw::fuzz::checkImport(data, size);
    if (!problem.empty()) {
        std::fprintf(stderr, "checkImport: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
