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
 * Splits a YAML stream into its documents, as `kubectl apply -f` reads it: kubectl cuts the text
 * before every line that starts with `---` and reads the first YAML document of each piece.
 * Concatenating the texts of the result gives back the stream byte for byte.
 *
 * Where kubectl and YAML disagree, kubectl wins and the result says so: a `---` line with more than
 * a comment after the dashes and a `%YAML`/`%TAG` directive are errors (kubectl fails on them), and
 * a document that follows a `...` line without its own `---` gets a warning (kubectl skips it).
 *
 * Text pasted from documentation is accepted too: when the input holds shell commands such as
 * `kubectl apply -f - <<EOF ... EOF` or `cat <<'EOF' | kubectl apply -f -` (at the start of a line
 * or inside Markdown code fences, possibly several, with prose between them), the bodies of those
 * here-documents are extracted (`<<-` strips leading tabs; a fence's indentation is removed) and
 * joined with `---`; \c extractedFromShell tells so, and every line keeps its line number in the
 * original input for messages.
 */
class Stream
{
public:
    struct Result
    {
        std::vector<DocumentText> documents;
        bool extractedFromShell = false;
        Diagnostics diagnostics; ///< errors mean nothing was read; warnings go with the documents
    };

    static Result split(const std::string &data, const QString &fileName, const Limits &limits = {});

    /** True when \a data holds shell commands that feed here-documents to `kubectl ... -f -`. */
    static bool looksLikeShell(const std::string &data);
};

} // namespace gw::yaml
