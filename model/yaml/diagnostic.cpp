// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/diagnostic.h"

#include <algorithm>

namespace gw {

QString SourceLocation::toString() const
{
    QString s = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        s += u':' + QString::number(line);
        if (column > 0)
            s += u':' + QString::number(column);
    }
    return s;
}

QString Diagnostic::toString() const
{
    QString s = location.toString();
    if (!resource.isEmpty())
        s += QStringLiteral(": ") + resource;
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    s += QStringLiteral(": ") + message;
    return s;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace gw
