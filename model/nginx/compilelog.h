// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/complexvalue.h"
#include "nginx/directive.h"
#include "nginx/regex.h"

#include <QSet>

#include <vector>

namespace gw::nginx {

/**
 * What the compilers of the http context share: the diagnostics they report (at a directive or one of
 * its arguments), the variables every compiled value uses (checked once everything is known) and the
 * named captures regexes declare.
 */
class CompileLog
{
public:
    explicit CompileLog(Diagnostics *diagnostics);

    void error(const Directive &d, const QString &message, int arg = -1);
    void warning(const Directive &d, const QString &message, int arg = -1);
    /** Compiles argument \a arg of \a d as a value with variables; reports and returns false on error. */
    bool compileValue(const Directive &d, int arg, ComplexValue *out);
    /** Compiles \a text (a part of argument \a arg, such as an `if` operand) as a value with variables. */
    bool compileText(const Directive &d, int arg, const QByteArray &text, ComplexValue *out);
    /** Registers the named captures of \a pattern as variables. */
    void declareCaptures(QByteArrayView pattern);
    bool compileRegex(const Directive &d, int arg, QByteArrayView pattern, bool caseless, Regex *out);

    struct VariableUse
    {
        QByteArray name;
        const Directive *directive = nullptr;
        int arg = -1;
    };
    const std::vector<VariableUse> &uses() const { return m_uses; }
    const QSet<QByteArray> &captureNames() const { return m_captureNames; }

private:
    Diagnostics *m_diagnostics;
    std::vector<VariableUse> m_uses;
    QSet<QByteArray> m_captureNames;
};

} // namespace gw::nginx
