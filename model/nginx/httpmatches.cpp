// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/httpmatches.h"

#include "nginx/regex.h"
#include "nginx/uri.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <stdexcept>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::HttpMatches)
};

/** A JavaScript exception thrown by the emulated script. */
struct JsError : std::runtime_error
{
    explicit JsError(const QString &m)
        : std::runtime_error(m.toStdString())
        , message(m)
    { }
    QString message;
};

bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

QString jsToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e21)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(e.isNull() || e.isUndefined() ? QString() : jsToString(e));
        return parts.join(u',');
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("undefined");
    }
}

/** match[name] in JavaScript: throws for null/undefined, undefined for primitives. */
QJsonValue property(const QJsonValue &v, const QString &name)
{
    if (v.isNull() || v.isUndefined()) {
        throw JsError(QStringLiteral("TypeError: cannot get property \"%1\" of %2").arg(name, jsToString(v)));
    }
    if (v.isObject())
        return v.toObject().value(name);
    return QJsonValue(QJsonValue::Undefined);
}

/** `list.length` and `list[i]` for the loops of headersMatch() and paramsMatch(). */
int jsLength(const QJsonValue &v)
{
    if (v.isArray())
        return int(v.toArray().size());
    if (v.isString())
        return int(v.toString().size());
    if (v.isObject()) {
        const QJsonValue l = v.toObject().value(QStringLiteral("length"));
        if (l.isDouble() && l.toDouble() > 0)
            return int(std::min(std::ceil(l.toDouble()), 1e6));
    }
    return 0;
}

QJsonValue jsIndex(const QJsonValue &v, int i)
{
    if (v.isArray())
        return v.toArray().at(i);
    if (v.isString())
        return QJsonValue(v.toString().mid(i, 1));
    if (v.isObject())
        return v.toObject().value(QString::number(i));
    return QJsonValue(QJsonValue::Undefined);
}

QString requireString(const QJsonValue &h)
{
    if (!h.isString()) {
        throw JsError(QStringLiteral("TypeError: (intermediate value)[\"indexOf\"] is not a function (%1)")
                          .arg(jsToString(h)));
    }
    return h.toString();
}

bool nameEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

using RegexCache = QHash<QString, HttpMatches::CompiledRegex>;

bool jsRegexTest(const RegexCache &cache, const QString &pattern, const QByteArray &subject)
{
    const auto cached = cache.constFind(pattern);
    if (cached != cache.constEnd()) {
        if (!cached->regex.isValid())
            throw JsError(QStringLiteral("SyntaxError: %1 in /%2/").arg(cached->error, pattern));
        return cached->regex.match(subject);
    }
    Regex re;
    QString error;
    if (!re.compile(pattern.toUtf8(), false, &error))
        throw JsError(QStringLiteral("SyntaxError: %1 in /%2/").arg(error, pattern));
    return re.match(subject);
}

using Args = std::vector<std::pair<QByteArray, std::vector<QByteArray>>>;

bool headersMatch(const RegexCache &cache, const HttpMatches::Input &input, const QJsonValue &headers,
                  QString *why)
{
    const int n = jsLength(headers);
    for (int i = 0; i < n; ++i) {
        const QString h = requireString(jsIndex(headers, i));
        const qsizetype firstColon = h.indexOf(u':');
        const qsizetype secondColon = h.indexOf(u':', firstColon + 1);
        if (firstColon == -1 || secondColon == -1)
            throw JsError(QStringLiteral("invalid header match: %1").arg(h));
        const QByteArray name = h.left(firstColon).toUtf8();
        const QString type = h.mid(firstColon + 1, secondColon - firstColon - 1);
        const QByteArray matchValue = h.mid(secondColon + 1).toUtf8();
        bool found = false;
        const QByteArray val = HttpMatches::headerIn(input, name, &found);
        if (!found || val.isEmpty()) {
            *why = Tr::tr("header \"%1\" is %2")
                       .arg(QString::fromUtf8(name), found ? Tr::tr("empty") : Tr::tr("missing"));
            return false;
        }
        const QList<QByteArray> values = val.split(',');
        if (type != u"Exact" && type != u"RegularExpression")
            throw JsError(QStringLiteral("invalid header match type: %1").arg(type));
        bool ok = false;
        if (type == u"Exact") {
            ok = values.contains(matchValue);
        } else {
            for (const QByteArray &v : values) {
                if (jsRegexTest(cache, QString::fromUtf8(matchValue), v)) {
                    ok = true;
                    break;
                }
            }
        }
        if (!ok) {
            *why = Tr::tr("header \"%1: %2\" does not fit %3 \"%4\"")
                       .arg(QString::fromUtf8(name), QString::fromUtf8(val), type,
                            QString::fromUtf8(matchValue));
            return false;
        }
    }
    return true;
}

bool paramsMatch(const RegexCache &cache, const Args &args, const QJsonValue &params, QString *why)
{
    const int n = jsLength(params);
    for (int i = 0; i < n; ++i) {
        const QString p = requireString(jsIndex(params, i));
        const qsizetype firstIdx = p.indexOf(u'=');
        if (firstIdx == -1 || firstIdx == 0)
            throw JsError(QStringLiteral("invalid query parameter: %1").arg(p));
        const qsizetype idx = p.indexOf(u'=', firstIdx + 1);
        if (idx == -1 || idx == 0 || idx == p.size() - 1)
            throw JsError(QStringLiteral("invalid query parameter: %1").arg(p));
        const QString type = p.mid(firstIdx + 1, idx - firstIdx - 1);
        if (type != u"Exact" && type != u"RegularExpression")
            throw JsError(QStringLiteral("invalid header match type: %1").arg(type));
        const QByteArray key = p.left(firstIdx).toUtf8();
        const QByteArray expected = p.mid(idx + 1).toUtf8();
        const std::vector<QByteArray> *values = nullptr;
        for (const auto &a : args) {
            if (a.first == key) {
                values = &a.second;
                break;
            }
        }
        // `if (!val) return false;` — a single empty value is falsy, an array never is.
        if (!values || (values->size() == 1 && values->front().isEmpty())) {
            *why = Tr::tr("query parameter \"%1\" is %2")
                       .arg(QString::fromUtf8(key), values ? Tr::tr("empty") : Tr::tr("missing"));
            return false;
        }
        const QByteArray val = values->front();
        const bool ok =
            type == u"Exact" ? val == expected : jsRegexTest(cache, QString::fromUtf8(expected), val);
        if (!ok) {
            *why =
                Tr::tr("query parameter \"%1=%2\" does not fit %3 \"%4\"")
                    .arg(QString::fromUtf8(key), QString::fromUtf8(val), type, QString::fromUtf8(expected));
            return false;
        }
    }
    return true;
}

} // namespace

bool HttpMatches::load(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = pe.error != QJsonParseError::NoError
                ? Tr::tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())
                : Tr::tr("the JSON is not an object");
        }
        m_loaded = false;
        return false;
    }
    m_object = doc.object();
    m_loaded = true;
    compileRegexes();
    return true;
}

void HttpMatches::compileRegexes()
{
    m_regexes.clear();
    for (auto list = m_object.constBegin(); list != m_object.constEnd(); ++list) {
        for (const QJsonValue &entry : list->toArray()) {
            const QJsonObject e = entry.toObject();
            for (const char *field : {"headers", "params"}) {
                const QChar sep = qstrcmp(field, "headers") == 0 ? u':' : u'=';
                for (const QJsonValue &item : e.value(QLatin1String(field)).toArray()) {
                    const QString s = item.toString();
                    const qsizetype first = s.indexOf(sep);
                    const qsizetype second = first < 0 ? -1 : s.indexOf(sep, first + 1);
                    if (second < 0 || s.mid(first + 1, second - first - 1) != u"RegularExpression")
                        continue;
                    const QString pattern = s.mid(second + 1);
                    CompiledRegex c;
                    c.regex.compile(pattern.toUtf8(), false, &c.error);
                    m_regexes.insert(pattern, c);
                }
            }
        }
    }
}

QByteArray HttpMatches::headerIn(const Input &input, const QByteArray &name, bool *found)
{
    static const char *const single[] = {
        "Content-Type", "ETag", "From", "Max-Forwards", "Referer", "Proxy-Authorization", "User-Agent"};
    std::vector<const QByteArray *> values;
    for (const auto &h : input.headers) {
        if (nameEquals(h.first, name))
            values.push_back(&h.second);
    }
    *found = !values.empty();
    if (values.empty())
        return {};
    bool isSingle = false;
    for (const char *s : single) {
        if (nameEquals(name, QByteArray(s)))
            isSingle = true;
    }
    if (isSingle || values.size() == 1)
        return *values.front();
    const bool modern = input.nginxVersion >= 1023000;
    const bool cookie = nameEquals(name, "Cookie");
    const QByteArray sep = cookie ? (modern ? "; " : ";") : (modern ? ", " : ",");
    QByteArray out;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += sep;
        out += *values[i];
    }
    return out;
}

Args HttpMatches::parseArgs(const QByteArray &args)
{
    // njs_query_string_parser(): '&'-separated, empty parts skipped, at most 1000 parts, key and value
    // decoded (%XX and '+'), invalid UTF-8 replaced by U+FFFD.
    auto decode = [](QByteArrayView s) {
        QByteArray plus = s.toByteArray();
        plus.replace('+', ' ');
        return QString::fromUtf8(Uri::unescape(plus)).toUtf8();
    };
    Args out;
    qsizetype key = 0;
    int count = 0;
    const qsizetype end = args.size();
    while (key < end) {
        if (count++ == 1000)
            break;
        qsizetype part = args.indexOf('&', key);
        if (part < 0)
            part = end;
        if (part != key) {
            qsizetype val = args.indexOf('=', key);
            if (val < 0 || val > part)
                val = part;
            const QByteArray k = decode(args.mid(key, val - key));
            const QByteArray v = val < part ? decode(args.mid(val + 1, part - val - 1)) : QByteArray();
            bool merged = false;
            for (auto &a : out) {
                if (a.first == k) {
                    a.second.push_back(v);
                    merged = true;
                    break;
                }
            }
            if (!merged)
                out.push_back({k, {v}});
        }
        key = part + 1;
    }
    return out;
}

QByteArray HttpMatches::stringifyArgs(const Args &args)
{
    QByteArray out;
    for (const auto &a : args) {
        for (const QByteArray &v : a.second) {
            if (!out.isEmpty())
                out += '&';
            out += Uri::escape(a.first, Uri::Escape::UriComponent) + '=' +
                Uri::escape(v, Uri::Escape::UriComponent);
        }
    }
    return out;
}

HttpMatches::Outcome HttpMatches::evaluate(const Input &input) const
{
    Outcome o;
    const QString key = QString::fromUtf8(input.matchKey);
    if (!m_loaded) {
        o.error = Tr::tr("the matches object (js_preload_object) is not loaded");
        return o;
    }
    if (key.isEmpty()) {
        o.error =
            QStringLiteral("cannot redirect the request; the match_key is not defined on the request object");
        return o;
    }
    const QJsonValue list = m_object.value(key);
    if (!truthy(list)) {
        o.error =
            QStringLiteral("cannot redirect the request; the key %1 is not defined on the matches object")
                .arg(key);
        return o;
    }
    if (!list.isArray() || list.toArray().isEmpty()) {
        o.error = QStringLiteral("cannot redirect the request; %1 matches list is not valid: Error: cannot "
                                 "redirect the request; %2")
                      .arg(jsToString(list),
                           list.isArray()
                               ? QStringLiteral("matches is an empty list")
                               : QStringLiteral("expected a list of matches, got %1").arg(jsToString(list)));
        return o;
    }

    const QJsonArray entries = list.toArray();
    const Args args = parseArgs(input.args);
    QJsonValue winner;
    try {
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonValue m = entries.at(i);
            QString why;
            bool fits = true;
            if (truthy(property(m, QStringLiteral("any")))) {
                if (input.explain)
                    o.explanation.append(
                        Tr::tr("entry %1 (%2): \"any\" fits every request").arg(i).arg(jsToString(m)));
                winner = m;
                o.entry = i;
                break;
            }
            const QJsonValue method = property(m, QStringLiteral("method"));
            if (truthy(method) && !(method.isString() && method.toString().toUtf8() == input.method)) {
                fits = false;
                why = Tr::tr("method %1 is not %2").arg(QString::fromUtf8(input.method), jsToString(method));
            }
            if (fits) {
                const QJsonValue headers = property(m, QStringLiteral("headers"));
                if (truthy(headers))
                    fits = headersMatch(m_regexes, input, headers, &why);
            }
            if (fits) {
                const QJsonValue params = property(m, QStringLiteral("params"));
                if (truthy(params))
                    fits = paramsMatch(m_regexes, args, params, &why);
            }
            const QString entryText = input.explain
                ? QString::fromUtf8(QJsonDocument(m.isObject() ? m.toObject() : QJsonObject())
                                        .toJson(QJsonDocument::Compact))
                : QString();
            if (fits) {
                if (input.explain)
                    o.explanation.append(Tr::tr("entry %1 %2: fits").arg(i).arg(entryText));
                winner = m;
                o.entry = i;
                break;
            }
            if (input.explain)
                o.explanation.append(Tr::tr("entry %1 %2: %3").arg(i).arg(entryText, why));
        }
    } catch (const JsError &e) {
        o.error = e.message;
        o.explanation.append(Tr::tr("the script failed: %1").arg(e.message));
        return o;
    }

    if (o.entry < 0) {
        o.kind = Outcome::NotFound;
        o.status = 404;
        return o;
    }
    const QJsonValue path = winner.isObject() ? winner.toObject().value(QStringLiteral("redirectPath"))
                                              : QJsonValue(QJsonValue::Undefined);
    if (!truthy(path)) {
        o.error = QStringLiteral("cannot redirect the request; the match %1 does not have a redirectPath set")
                      .arg(jsToString(winner));
        o.entry = -1;
        return o;
    }
    QByteArray a = stringifyArgs(args);
    if (!a.isEmpty())
        a.prepend('?');
    o.kind = Outcome::Redirect;
    o.status = 0;
    o.redirect = jsToString(path).toUtf8() + a;
    return o;
}

} // namespace gw::nginx
