// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/compilelog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw::nginx {

CompileLog::CompileLog(Diagnostics *diagnostics)
    : m_diagnostics(diagnostics)
{ }

void CompileLog::error(const Directive &d, const QString &message, int arg)
{
    if (!m_diagnostics)
        return;
    Diagnostic diag;
    diag.location = arg >= 0 ? d.argLocation(arg) : d.location;
    diag.message = message;
    m_diagnostics->push_back(diag);
}

void CompileLog::warning(const Directive &d, const QString &message, int arg)
{
    if (!m_diagnostics)
        return;
    Diagnostic diag;
    diag.severity = Diagnostic::Severity::Warning;
    diag.location = arg >= 0 ? d.argLocation(arg) : d.location;
    diag.message = message;
    m_diagnostics->push_back(diag);
}

bool CompileLog::compileValue(const Directive &d, int arg, ComplexValue *out)
{
    return compileText(d, arg, arg >= 0 && arg < d.argCount() ? d.args[size_t(arg)] : d.name, out);
}

bool CompileLog::compileText(const Directive &d, int arg, const QByteArray &source, ComplexValue *out)
{
    QString message;
    if (!out->compile(source, &message)) {
        error(d, message, arg);
        return false;
    }
    for (const ComplexValue::Part &p : out->parts()) {
        if (p.kind == ComplexValue::Part::Variable)
            m_uses.push_back({p.text, &d, arg});
    }
    return true;
}

bool CompileLog::compileRegex(const Directive &d, int arg, QByteArrayView pattern, bool caseless, Regex *out)
{
    QString message;
    if (!out->compile(pattern, caseless, &message)) {
        error(d,
              QCoreApplication::translate("gw::nginx::CompileLog", "pcre2_compile() failed: %1 in \"%2\"")
                  .arg(message, QString::fromUtf8(pattern.toByteArray())),
              arg);
        return false;
    }
    declareCaptures(pattern);
    return true;
}

void CompileLog::declareCaptures(QByteArrayView pattern)
{
    // Named captures become variables (ngx_http_regex_compile).
    const QRegularExpression probe(QString::fromLatin1(pattern));
    for (const QString &name : probe.namedCaptureGroups()) {
        if (!name.isEmpty())
            m_captureNames.insert(name.toLatin1().toLower());
    }
}

} // namespace gw::nginx
