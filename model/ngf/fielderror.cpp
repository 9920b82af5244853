// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/fielderror.h"

namespace gw::ngf {

FieldError FieldError::invalid(const QString &path, const QString &value, const QString &detail)
{
    return {Type::Invalid, path, value, detail};
}

FieldError FieldError::notSupported(const QString &path, const QString &value, const QStringList &supported)
{
    QStringList quoted;
    for (const QString &s : supported)
        quoted << goQuote(s);
    return {Type::NotSupported, path, value, quoted.join(QStringLiteral(", "))};
}

FieldError FieldError::required(const QString &path, const QString &detail)
{
    return {Type::Required, path, {}, detail};
}

FieldError FieldError::forbidden(const QString &path, const QString &detail)
{
    return {Type::Forbidden, path, {}, detail};
}

FieldError FieldError::notFound(const QString &path, const QString &value)
{
    return {Type::NotFound, path, value, {}};
}

FieldError FieldError::tooLong(const QString &path, int maxBytes)
{
    return {Type::TooLong, path, {}, QStringLiteral("may not be more than %1 bytes").arg(maxBytes)};
}

FieldError FieldError::tooMany(const QString &path, int actual, int max)
{
    return {Type::TooMany, path, QString::number(actual),
            QStringLiteral("must have at most %1 %2").arg(max).arg(max == 1 ? u"item" : u"items")};
}

QString FieldError::toString() const
{
    QString s = path + u": ";
    switch (type) {
    case Type::Invalid:
        s += u"Invalid value: " + value;
        if (!detail.isEmpty())
            s += u": " + detail;
        break;
    case Type::NotSupported:
        s += u"Unsupported value: " + value;
        if (!detail.isEmpty())
            s += u": supported values: " + detail;
        break;
    case Type::Required:
        s += u"Required value";
        if (!detail.isEmpty())
            s += u": " + detail;
        break;
    case Type::Forbidden:
        s += u"Forbidden";
        if (!detail.isEmpty())
            s += u": " + detail;
        break;
    case Type::NotFound:
        s += u"Not found: " + value;
        break;
    case Type::TooLong:
        s += u"Too long: " + detail;
        break;
    case Type::TooMany:
        s += u"Too many: " + value + u": " + detail;
        break;
    case Type::Duplicate:
        s += u"Duplicate value: " + value;
        break;
    }
    return s;
}

namespace {

enum class QuoteStyle { Go, Json };

/** Go's %q and json.Marshal agree on quotes, backslashes and \n \t \r; they differ on the rest. */
QString quote(const QString &text, QuoteStyle style)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            continue;
        case u'\\':
            out += u"\\\\";
            continue;
        case u'\n':
            out += u"\\n";
            continue;
        case u'\t':
            out += u"\\t";
            continue;
        case u'\r':
            out += u"\\r";
            continue;
        default:
            break;
        }
        if (style == QuoteStyle::Go) {
            static const char16_t *const named[] = {u"\\a", u"\\b", nullptr, nullptr, u"\\v", u"\\f"};
            if (u >= 7 && u <= 12 && named[u - 7])
                out += named[u - 7];
            else if (u < 0x20 || u == 0x7f)
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else
                out += c;
        } else if (u < 0x20 || u == u'<' || u == u'>' || u == u'&' || u == 0x2028 || u == 0x2029) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

} // namespace

QString goQuote(const QString &text)
{
    return quote(text, QuoteStyle::Go);
}

QString jsonQuote(const QString &text)
{
    return quote(text, QuoteStyle::Json);
}

QString aggregate(const QStringList &messages)
{
    QStringList unique;
    for (const QString &m : messages) {
        if (!unique.contains(m))
            unique << m;
    }
    if (unique.size() == 1)
        return unique.first();
    return u'[' + unique.join(QStringLiteral(", ")) + u']';
}

QString aggregate(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.toString();
    return aggregate(list);
}

QString regexError(const QString &message, const QString &regex, const QStringList &examples)
{
    if (examples.isEmpty())
        return message + u" (regex used for validation is '" + regex + u"')";
    QString s = message + u" (e.g. ";
    for (int i = 0; i < examples.size(); ++i) {
        if (i > 0)
            s += u" or ";
        s += u'\'' + examples[i] + u"', ";
    }
    return s + u"regex used for validation is '" + regex + u"')";
}

} // namespace gw::ngf
