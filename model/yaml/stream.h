// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"
#include "yaml/document.h"
#include "yaml/limits.h"

#include <string>
#include <vector>

namespace gw::yaml {

/** The raw text of one document of a multi-document stream and where it came from. */
struct DocumentText
{
    std::string text; ///< exact bytes, including its leading `---` line and comments before it
    TextOrigin origin;
};

/**
 * Splits a YAML stream into its documents, as `kubectl apply -f` reads it. Concatenating the texts of
 * the result gives back the stream byte for byte.
 *
 * Text pasted from documentation is accepted too: when the input is a shell snippet such as
 * `kubectl apply -f - <<EOF ... EOF` (possibly several, possibly inside Markdown fences), the YAML
 * bodies of its here-documents are extracted and joined with `---`; \c extractedFromShell tells so,
 * and every line keeps its line number in the original input for messages.
 */
class Stream
{
public:
    struct Result
    {
        std::vector<DocumentText> documents;
        bool extractedFromShell = false;
        Diagnostics diagnostics; ///< errors mean nothing was read
    };

    static Result split(const std::string &data, const QString &fileName, const Limits &limits = {});

    /** True when \a data looks like a shell snippet with here-documents rather than YAML. */
    static bool looksLikeShell(const std::string &data);
};

} // namespace gw::yaml
