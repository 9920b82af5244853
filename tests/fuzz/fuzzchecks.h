// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace gw::yaml {
class Document;
}

/**
 * The invariants the fuzzers check, shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp) and by
 * the regression test that replays every input the fuzzers ever found (tst_fuzzregressions). Each
 * check returns an empty string when everything holds, else what went wrong.
 */
namespace gw::fuzz {

/**
 * The importer: Stream::split gives back the input byte for byte, every document's node tree has
 * consistent byte ranges, Design::addFile either imports everything or nothing (with located
 * errors), an imported file is saved byte-identical, and its export imports again to the same
 * resources and values.
 */
std::string checkImport(const std::uint8_t *data, std::size_t size);

/**
 * The editor: the first four bytes choose an operation, a node, a value and a position, the rest
 * is a YAML document. An edit the Editor accepts must produce text that parses, holds exactly the
 * expected values, and leaves the bytes outside the edited node alone.
 *
 * By default the Editor runs as the application runs it, with its self-check (which refuses an
 * edit that does not read back as expected). With raw mode (setRawEditor(), or GW_FUZZ_EDITOR_RAW=1
 * for the harness) the self-check is off, to find what it would have to refuse.
 */
std::string checkEditor(const std::uint8_t *data, std::size_t size);
void setRawEditor(bool raw);
bool rawEditor();

/** Byte ranges of every node lie inside their parent, in order, and match the node's style. */
std::string checkTree(const yaml::Document &document);

} // namespace gw::fuzz
