// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace gw {

/** A position in an input file. Lines and columns are 1-based; 0 means unknown. */
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    /** "file:line:column", leaving out what is unknown. */
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

/**
 * A problem found in the input, phrased for the user: where (file:line:column), which resource
 * ("HTTPRoute default/coffee"), which field ("spec.rules[0].backendRefs[0].port") and what is wrong.
 */
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    SourceLocation location;
    QString resource;
    QString field;
    QString message;

    /** "file:line:column: resource: field: message", leaving out empty parts. */
    QString toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace gw
