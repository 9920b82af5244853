// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/validation.h"

#include "ngf/fielderror.h"

#include <QHash>
#include <QRegularExpression>

#include <arpa/inet.h>

namespace gw::ngf::validation {

namespace {

const QString dns1123SubdomainFmt =
    QStringLiteral(R"([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)");
const QString wildcardDns1123Fmt = QStringLiteral(R"(\*\.)") + dns1123SubdomainFmt;
const QString pathFmt = QStringLiteral(R"(/[^\s{};]*)");
const QString pathErrMsg =
    QStringLiteral("must start with / and must not include any whitespace character, `{`, `}` or `;`");
const QString headerNameFmt = QStringLiteral("[-A-Za-z0-9]+");
const QString escapedNoVarFmt = QStringLiteral(R"(([^"$\\]|\\[^$])*)");
const QString escapedNoVarMsg = QStringLiteral(
    R"(a valid value must have all '"' escaped and must not contain any '$' or end with an unescaped '\')");
const QString durationFmt = QStringLiteral("^[0-9]{1,4}(ms|s|m|h)?");
const QString sizeFmt = QStringLiteral(R"(^\d{1,4}(k|m|g)?$)");
const QString variableFmt = QStringLiteral(R"(\$[a-z_]+)");

bool fullMatch(const QString &pattern, const QString &value)
{
    // Patterns are compiled once per distinct text; a small cache keeps this cheap.
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern,
                          QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z")));
    return it->match(value).hasMatch();
}

QString maxLenError(int length)
{
    return QStringLiteral("must be no more than %1 bytes").arg(length);
}

QString isHttpHeaderName(const QString &name)
{
    if (!fullMatch(headerNameFmt, name))
        return regexError(QStringLiteral("a valid HTTP header must consist of alphanumerics or '-'"),
                          headerNameFmt, {QStringLiteral("X-Header-Name")});
    return {};
}

QString escapedNoVar(const QString &value, const QStringList &examples)
{
    if (!fullMatch(escapedNoVarFmt, value))
        return regexError(escapedNoVarMsg, escapedNoVarFmt, examples);
    return {};
}

} // namespace

QStringList dns1123Subdomain(const QString &value)
{
    QStringList msgs;
    if (value.toUtf8().size() > 253)
        msgs << maxLenError(253);
    if (!fullMatch(dns1123SubdomainFmt, value))
        msgs << regexError(
            QStringLiteral("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                           "characters, '-' or '.', and must start and end with an alphanumeric "
                           "character"),
            dns1123SubdomainFmt, {QStringLiteral("example.com")});
    return msgs;
}

bool isIpAddress(const QString &value)
{
    const QByteArray text = value.toLatin1();
    if (text.isEmpty() || value.size() != text.size() || text.contains('%'))
        return false;
    unsigned char buffer[16];
    if (inet_pton(AF_INET6, text.constData(), buffer) == 1)
        return true;
    // netutils.ParseIPSloppy: four decimal parts 0-255, leading zeros allowed.
    static const QRegularExpression v4(QStringLiteral(R"(\A(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\z)"));
    const auto m = v4.match(value);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return true;
}

bool isCidr(const QString &value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0)
        return false;
    const QString address = value.left(slash);
    const QString prefix = value.mid(slash + 1);
    static const QRegularExpression digits(QStringLiteral(R"(\A\d{1,3}\z)"));
    if (!isIpAddress(address) || !digits.match(prefix).hasMatch())
        return false;
    return prefix.toInt() <= (address.contains(u':') ? 128 : 32);
}

QString serviceName(const QString &value)
{
    static const QString fmt = QStringLiteral("[a-zA-Z0-9_-]+");
    if (!fullMatch(fmt, value))
        return regexError(QStringLiteral("must contain only alphanumeric characters or '-' or '_'"), fmt,
                          {QStringLiteral("svc1"), QStringLiteral("svc-1"), QStringLiteral("svc_1")});
    return {};
}

QString telemetryEndpoint(const QString &value)
{
    static const QString fmt = QStringLiteral(
        R"((?:http?:\/\/)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?)");
    if (!fullMatch(fmt, value))
        return regexError(
            QStringLiteral("must be an alphanumeric hostname with optional http scheme and optional port"),
            fmt,
            {QStringLiteral("my-endpoint"), QStringLiteral("my.endpoint:5678"),
             QStringLiteral("http://my-endpoint")});
    return {};
}

QString escapedStringNoVarExpansion(const QString &value, const QStringList &examples)
{
    if (value.contains(u'\r') || value.contains(u'\n'))
        return QStringLiteral("must not contain line breaks");
    return escapedNoVar(value, examples);
}

QString escapedString(const QString &value, const QStringList &examples)
{
    static const QString fmt = QStringLiteral(R"(([^"\\]|\\.)*)");
    if (value.contains(u'\r') || value.contains(u'\n'))
        return QStringLiteral("must not contain line breaks");
    if (!fullMatch(fmt, value))
        return regexError(
            QStringLiteral(R"(must have all '"' (double quotes) escaped and must not end with an )"
                           R"(unescaped '\' (backslash))"),
            fmt, examples);
    return {};
}

QString singleQuotedString(const QString &value, const QStringList &examples)
{
    if (value.contains(u'\r') || value.contains(u'\n'))
        return QStringLiteral("must not contain line breaks");
    if (value.contains(u'\''))
        return regexError(QStringLiteral("must not contain single quotes (')"), QStringLiteral("[^']*"),
                          examples);
    return {};
}

QString hostname(const QString &h)
{
    if (h.isEmpty())
        return QStringLiteral("cannot be empty string");
    if (!h.startsWith(u"*."))
        return dns1123Subdomain(h).join(u',');
    QStringList msgs;
    if (h.toUtf8().size() > 253)
        msgs << maxLenError(253);
    if (!fullMatch(wildcardDns1123Fmt, h))
        msgs << regexError(
            QStringLiteral("a wildcard DNS-1123 subdomain must start with '*.', followed by a "
                           "valid DNS subdomain, which must consist of lower case alphanumeric "
                           "characters, '-' or '.' and end with an alphanumeric character"),
            wildcardDns1123Fmt, {QStringLiteral("*.example.com")});
    return msgs.join(u',');
}

QString pathInMatch(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("cannot be empty");
    if (!fullMatch(pathFmt, path))
        return regexError(
            pathErrMsg, pathFmt,
            {QStringLiteral("/"), QStringLiteral("/path"), QStringLiteral("/path/subpath-123")});
    return {};
}

QString pathInRegexMatch(const QString &path)
{
    if (const QString e = pathInMatch(path); !e.isEmpty())
        return e;
    // NGF compiles with regexp2 in RE2 mode; nginx itself uses PCRE. PCRE2 is the closer judge of
    // what nginx will accept, so that is what the preview checks (documented in docs/ngf.md).
    const QRegularExpression re(path);
    if (!re.isValid())
        return QStringLiteral("invalid regex for path %1: %2").arg(goQuote(path), re.errorString());
    return {};
}

QString filterPath(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (!fullMatch(pathFmt, path))
        return regexError(
            pathErrMsg, pathFmt,
            {QStringLiteral("/"), QStringLiteral("/path"), QStringLiteral("/path/subpath-123")});
    if (path.contains(u'$'))
        return QStringLiteral("cannot contain $");
    return {};
}

QString headerNameInMatch(const QString &name)
{
    if (const QString e = isHttpHeaderName(name); !e.isEmpty())
        return e;
    return njsMatchPart(name);
}

QString njsMatchPart(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("cannot be empty");
    if (value.trimmed().isEmpty())
        return QStringLiteral("cannot be empty after trimming whitespace");
    return {};
}

QStringList supportedMethods()
{
    return {QStringLiteral("DELETE"),  QStringLiteral("GET"),   QStringLiteral("HEAD"),
            QStringLiteral("OPTIONS"), QStringLiteral("PATCH"), QStringLiteral("POST"),
            QStringLiteral("PUT")};
}

QString filterHeaderName(const QString &name)
{
    if (name.toUtf8().size() > 256)
        return maxLenError(256);
    if (const QString e = isHttpHeaderName(name); !e.isEmpty())
        return e;
    const QString lower = name.toLower();
    if (lower == u"host" || lower == u"connection" || lower == u"upgrade")
        return QStringLiteral(
            "unsupported header name configured, unsupported names are: connection, host, upgrade");
    return {};
}

QString filterHeaderValue(const QString &value)
{
    const QString e = escapedNoVar(value,
                                   {QStringLiteral("my-header-value"), QStringLiteral("$remote_addr"),
                                    QStringLiteral("example/12345==")});
    if (e.isEmpty())
        return {};
    const QString varError = nginxVariable(value);
    if (varError.isEmpty())
        return {};
    return value.startsWith(u'$') ? varError : e;
}

QString filterHostname(const QString &h)
{
    return escapedNoVar(h, {QStringLiteral("host"), QStringLiteral("example.com")});
}

QString nginxDuration(const QString &value)
{
    if (!fullMatch(durationFmt, value))
        return regexError( // NGF passes the pattern as the message and the message as the pattern
            durationFmt,
            QStringLiteral("must contain an, at most, four digit number followed by 'ms', 's', 'm', "
                           "or 'h'"),
            {QStringLiteral("5ms"), QStringLiteral("10s"), QStringLiteral("500m"), QStringLiteral("1000h")});
    return {};
}

QString nginxSize(const QString &value)
{
    if (!fullMatch(sizeFmt, value))
        return regexError( // as nginxDuration: pattern and message swapped, as NGF writes them
            sizeFmt,
            QStringLiteral("must contain a number. May be followed by 'k', 'm', or 'g', otherwise "
                           "bytes are assumed"),
            {QStringLiteral("1024"), QStringLiteral("8k"), QStringLiteral("20m"), QStringLiteral("1g")});
    return {};
}

QString nginxVariable(const QString &value)
{
    if (fullMatch(variableFmt, value) || fullMatch(QStringLiteral(R"(\$\{[a-z_]+\})"), value))
        return {};
    return regexError(
        QStringLiteral("must start with '$' followed by lowercase letters and underscores only"), variableFmt,
        {QStringLiteral("$upstream_addr"), QStringLiteral("$remote_addr")});
}

std::optional<qint64> parseGoDuration(const QString &input, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString quoted = goQuote(input);
    const QString invalid = QStringLiteral("time: invalid duration ") + quoted;
    QString s = input;
    bool negative = false;
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+')) {
        negative = s[0] == u'-';
        s.remove(0, 1);
    }
    if (s == u"0")
        return 0;
    if (s.isEmpty())
        return fail(invalid);
    long double total = 0;
    int i = 0;
    while (i < s.size()) {
        const int start = i;
        long double value = 0;
        bool digits = false;
        while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
            value = value * 10 + (s[i].unicode() - u'0');
            ++i;
            digits = true;
        }
        if (i < s.size() && s[i] == u'.') {
            ++i;
            long double scale = 1;
            while (i < s.size() && s[i].isDigit() && s[i].unicode() < 128) {
                scale /= 10;
                value += (s[i].unicode() - u'0') * scale;
                ++i;
                digits = true;
            }
        }
        if (!digits || i == start)
            return fail(invalid);
        const int unitStart = i;
        while (i < s.size() && s[i] != u'.' && !(s[i].isDigit() && s[i].unicode() < 128))
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        if (unit.isEmpty())
            return fail(QStringLiteral("time: missing unit in duration ") + quoted);
        long double scale = 0;
        if (unit == u"ns")
            scale = 1;
        else if (unit == u"us" || unit == u"\u00b5s" || unit == u"\u03bcs")
            scale = 1e3;
        else if (unit == u"ms")
            scale = 1e6;
        else if (unit == u"s")
            scale = 1e9;
        else if (unit == u"m")
            scale = 60e9;
        else if (unit == u"h")
            scale = 3600e9;
        else
            return fail(QStringLiteral("time: unknown unit ") + goQuote(unit) +
                        QStringLiteral(" in duration ") + quoted);
        total += value * scale;
        if (total > 9223372036854775807.0L)
            return fail(invalid);
    }
    const qint64 ns = qint64(total);
    return negative ? -ns : ns;
}

std::optional<QString> convertDuration(const QString &in, QString *error)
{
    if (fullMatch(durationFmt, in))
        return in;
    QString parseError;
    const auto ns = parseGoDuration(in, &parseError);
    if (!ns) {
        if (error)
            *error = QStringLiteral("invalid duration: ") + parseError;
        return std::nullopt;
    }
    if (*ns <= 0) {
        if (error)
            *error = QStringLiteral("duration must be > 0");
        return std::nullopt;
    }
    const auto ceilDiv = [](qint64 a, qint64 b) { return (a + b - 1) / b; };
    const qint64 totalMs = ceilDiv(*ns, 1000000);
    const struct
    {
        const char16_t *suffix;
        qint64 step;
    } units[] = {{u"ms", 1}, {u"s", 1000}, {u"m", 60 * 1000}, {u"h", 60 * 60 * 1000}};
    for (const auto &u : units) {
        const qint64 v = ceilDiv(totalMs, u.step);
        if (v >= 1 && v <= 9999)
            return QString::number(v) + QString::fromUtf16(u.suffix);
    }
    if (error)
        *error = QStringLiteral("duration is too large for NGINX format (exceeds 9999h)");
    return std::nullopt;
}

QString cookieName(const QString &name)
{
    // RFC 6265 cookie-name = token: visible ASCII except separators. nginx would also end the
    // parameter at whitespace, ';', '{' or '}', and treat a leading quote as quoting.
    static const QString fmt = QStringLiteral(R"([!%&*+\-.^_`|~0-9A-Za-z]+)");
    if (name.toUtf8().size() > 128)
        return maxLenError(128);
    if (!fullMatch(fmt, name))
        return regexError(QStringLiteral("a cookie name must consist of visible ASCII characters other than "
                                         "separators, '#', '$' and quotes"),
                          fmt, {QStringLiteral("sp_session"), QStringLiteral("cookie-tea")});
    return {};
}

} // namespace gw::ngf::validation
