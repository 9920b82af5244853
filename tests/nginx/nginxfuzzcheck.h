// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace gw::nginx::test {

/**
 * Feeds arbitrary bytes to the nginx reader and router the way a user could: as nginx.conf, as the content
 * of an http block (NGF's http.conf), and as an `nginx -T` listing; then routes a few requests whose host
 * and path come from the input. Aborts when an invariant breaks (a directive outside its file, a message
 * without a line); crashes, hangs and sanitizer reports are the fuzzer's to find. Shared by the libFuzzer
 * harness (tests/fuzz/fuzz_nginxconf.cpp) and tst_nginxfuzz, which replays the corpus and regressions.
 */
void checkNginxInput(const QByteArray &data);

} // namespace gw::nginx::test
