// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingress/annotations.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace gw::ingress {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ingress::Annotations)
};

/** How ingress-nginx validates an annotation (internal/ingress/annotations/parser/validators.go). */
struct Rule
{
    enum class Kind { Any, Bool, Int, Regex, Options, Cidrs };
    Kind kind = Kind::Any;
    const char *pattern = nullptr; ///< Regex
    bool removeSpace = false; ///< Regex: spaces removed first; Options: trimmed
    QStringList options; ///< Options
    bool caseSensitive = true;
    const char *risk = "Low";
};

// The character classes of validators.go, as RE2 strings.
#define ALNUM "\\-\\.\\_\\~a-zA-Z0-9\\/:"
#define REGEX_CHARS "\\^\\$\\[\\]\\(\\)\\{\\}\\*\\+\\?\\|&=\\\\"
#define URL_CHARS ",:\\?&="

const char *const IsValidRegex = "^[/" ALNUM REGEX_CHARS "]*$";
const char *const SizeRegex = "^(?i)\\d+[bkmg]?$";
const char *const UrlIsValidRegex = "^[" ALNUM URL_CHARS "]*$";
const char *const BasicCharsRegex = "^[/" ALNUM "]*$";
const char *const CharsWithSpace = "^[/" ALNUM " ]*$";
const char *const HashByRegex = "^[A-Za-z0-9\\-\\_\\$\\{\\}]*$";
const char *const RegexPathWithCapture = "^/?[" ALNUM "\\/\\$]*$";
const char *const HeadersVariable = "^[A-Za-z0-9-_, ]*$";

Rule regex(const char *pattern, bool removeSpace, const char *risk = "Low")
{
    Rule r;
    r.kind = Rule::Kind::Regex;
    r.pattern = pattern;
    r.removeSpace = removeSpace;
    r.risk = risk;
    return r;
}
Rule options(QStringList values, bool caseSensitive, const char *risk = "Low")
{
    Rule r;
    r.kind = Rule::Kind::Options;
    r.options = std::move(values);
    r.caseSensitive = caseSensitive;
    r.removeSpace = true;
    r.risk = risk;
    return r;
}
Rule of(Rule::Kind kind, const char *risk = "Low")
{
    Rule r;
    r.kind = kind;
    r.risk = risk;
    return r;
}

const QHash<QString, Rule> &rules()
{
    using K = Rule::Kind;
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        auto add = [&](const char *name, Rule r) { t.insert(QString::fromLatin1(name), std::move(r)); };
        // Routing
        add("rewrite-target", regex(RegexPathWithCapture, false, "Medium"));
        add("use-regex", of(K::Bool));
        add("app-root", regex(RegexPathWithCapture, false, "Medium"));
        add("ssl-redirect", of(K::Bool));
        add("force-ssl-redirect", of(K::Bool, "Medium"));
        add("preserve-trailing-slash", of(K::Bool));
        add("permanent-redirect", regex(UrlIsValidRegex, false, "Medium"));
        add("permanent-redirect-code", of(K::Int));
        add("temporal-redirect", regex(UrlIsValidRegex, false, "Medium"));
        add("temporal-redirect-code", of(K::Int));
        add("from-to-www-redirect", of(K::Bool));
        add("x-forwarded-prefix", regex(RegexPathWithCapture, true, "Medium"));
        add("upstream-vhost", regex(IsValidRegex, true, "Low"));
        add("backend-protocol",
            options({QStringLiteral("auto_http"), QStringLiteral("http"), QStringLiteral("https"),
                     QStringLiteral("grpc"), QStringLiteral("grpcs"), QStringLiteral("fcgi")},
                    false));
        // Canary
        add("canary", of(K::Bool));
        add("canary-weight", of(K::Int));
        add("canary-weight-total", of(K::Int));
        add("canary-by-header", regex(BasicCharsRegex, true, "Medium"));
        add("canary-by-header-value", regex(BasicCharsRegex, true, "Medium"));
        add("canary-by-header-pattern", regex(IsValidRegex, false, "Medium"));
        add("canary-by-cookie", regex(BasicCharsRegex, true, "Medium"));
        // Affinity
        add("affinity", options({QStringLiteral("cookie")}, true));
        add("affinity-mode",
            options({QStringLiteral("balanced"), QStringLiteral("persistent")}, true, "Medium"));
        add("affinity-canary-behavior", options({QStringLiteral("sticky"), QStringLiteral("legacy")}, true));
        add("session-cookie-name", regex(BasicCharsRegex, true, "Medium"));
        add("session-cookie-secure", of(K::Bool));
        add("session-cookie-expires", regex("(^0|-?[1-9]\\d*$)", true, "Medium"));
        add("session-cookie-max-age", regex("(^0|-?[1-9]\\d*$)", false, "Medium"));
        add("session-cookie-path", regex(UrlIsValidRegex, true, "Medium"));
        add("session-cookie-domain", regex(BasicCharsRegex, true, "Medium"));
        add("session-cookie-samesite",
            options({QStringLiteral("none"), QStringLiteral("lax"), QStringLiteral("strict")}, false));
        add("session-cookie-conditional-samesite-none", of(K::Bool));
        add("session-cookie-change-on-failure", of(K::Bool));
        // Balancing
        add("upstream-hash-by", regex(HashByRegex, true, "High"));
        add("upstream-hash-by-subset", of(K::Bool));
        add("upstream-hash-by-subset-size", of(K::Int));
        add("load-balance",
            options({QStringLiteral("round_robin"), QStringLiteral("chash"), QStringLiteral("chashsubset"),
                     QStringLiteral("sticky_balanced"), QStringLiteral("sticky_persistent"),
                     QStringLiteral("ewma")},
                    true));
        add("service-upstream", of(K::Bool, "High"));
        // Proxy settings
        add("proxy-body-size", regex(SizeRegex, true));
        add("client-body-buffer-size", regex(SizeRegex, true));
        add("proxy-connect-timeout", of(K::Int));
        add("proxy-send-timeout", of(K::Int));
        add("proxy-read-timeout", of(K::Int));
        add("proxy-buffering", options({QStringLiteral("on"), QStringLiteral("off")}, true));
        add("proxy-request-buffering", options({QStringLiteral("on"), QStringLiteral("off")}, true));
        add("proxy-buffer-size", regex(SizeRegex, true));
        add("proxy-buffers-number", of(K::Int));
        add("proxy-busy-buffers-size", regex(SizeRegex, true));
        add("proxy-max-temp-file-size", regex(SizeRegex, true));
        add("proxy-http-version", options({QStringLiteral("1.0"), QStringLiteral("1.1")}, true));
        add("proxy-next-upstream",
            regex("^((error|timeout|invalid_header|http_500|http_502|http_503|http_504|http_403|http_404|"
                  "http_429|non_idempotent|off)\\s?)+$",
                  false));
        add("proxy-next-upstream-timeout", of(K::Int));
        add("proxy-next-upstream-tries", of(K::Int));
        add("connection-proxy-header", regex("^(close|keep-alive)$", true));
        // Rate limits and access
        add("limit-rps", of(K::Int));
        add("limit-rpm", of(K::Int));
        add("limit-connections", of(K::Int));
        add("limit-burst-multiplier", of(K::Int));
        add("limit-rate", of(K::Int));
        add("limit-rate-after", of(K::Int));
        add("limit-whitelist", of(K::Cidrs));
        add("limit-allowlist", of(K::Cidrs));
        add("allowlist-source-range", of(K::Cidrs, "Medium"));
        add("denylist-source-range", of(K::Cidrs, "Medium"));
        // Auth
        add("auth-type", regex("basic|digest", true));
        add("auth-secret", regex(BasicCharsRegex, true, "Medium"));
        add("auth-secret-type", regex("auth-file|auth-map", true));
        add("auth-realm", regex(CharsWithSpace, false, "Medium"));
        // CORS
        add("enable-cors", of(K::Bool));
        add("cors-allow-origin",
            regex("^((((([a-z]+://)?(\\*\\.)?[A-Za-z0-9\\-.]*(:\\d+)?,?)|null)+)|\\*)?$", true, "Medium"));
        add("cors-allow-methods", regex("^([A-Za-z]+,?\\s?)+$", true));
        add("cors-allow-headers", regex(HeadersVariable, true, "Medium"));
        add("cors-expose-headers", regex("^(([A-Za-z0-9\\-\\_]+|\\*),?\\s?)+$", true, "Medium"));
        add("cors-allow-credentials", of(K::Bool));
        add("cors-max-age", of(K::Int));
        // Snippets and errors
        add("configuration-snippet", of(K::Any, "Critical"));
        add("server-snippet", of(K::Any, "Critical"));
        add("stream-snippet", of(K::Any, "Critical"));
        add("custom-http-errors", regex("^(?:[4,5]\\d{2},?)*$", true, "High"));
        add("default-backend", regex(BasicCharsRegex, true, "Low"));
        return t;
    }();
    return table;
}

/** Every annotation ingress-nginx v1.15.1 documents (docs/user-guide/nginx-configuration/annotations.md). */
const QStringList &knownNames()
{
    static const QStringList names =
        QStringLiteral(
            "app-root affinity affinity-mode affinity-canary-behavior auth-realm auth-secret "
            "auth-secret-type "
            "auth-type auth-tls-secret auth-tls-verify-depth auth-tls-verify-client auth-tls-error-page "
            "auth-tls-pass-certificate-to-upstream auth-tls-match-cn auth-url auth-cache-key "
            "auth-cache-duration "
            "auth-keepalive auth-keepalive-share-vars auth-keepalive-requests auth-keepalive-timeout "
            "auth-proxy-set-headers auth-snippet auth-signin auth-signin-redirect-param auth-method "
            "auth-response-headers auth-request-redirect enable-global-auth backend-protocol canary "
            "canary-by-header canary-by-header-value canary-by-header-pattern canary-by-cookie canary-weight "
            "canary-weight-total client-body-buffer-size configuration-snippet custom-http-errors "
            "custom-headers "
            "default-backend enable-cors cors-allow-origin cors-allow-methods cors-allow-headers "
            "cors-expose-headers cors-allow-credentials cors-max-age force-ssl-redirect from-to-www-redirect "
            "http2-push-preload limit-connections limit-rps limit-rpm limit-burst-multiplier limit-rate "
            "limit-rate-after limit-whitelist limit-allowlist permanent-redirect permanent-redirect-code "
            "temporal-redirect temporal-redirect-code relative-redirects preserve-trailing-slash "
            "proxy-body-size "
            "proxy-cookie-domain proxy-cookie-path proxy-connect-timeout proxy-send-timeout "
            "proxy-read-timeout "
            "proxy-next-upstream proxy-next-upstream-timeout proxy-next-upstream-tries "
            "proxy-request-buffering "
            "proxy-redirect-from proxy-redirect-to proxy-http-version proxy-ssl-secret proxy-ssl-ciphers "
            "proxy-ssl-name proxy-ssl-protocols proxy-ssl-verify proxy-ssl-verify-depth "
            "proxy-ssl-server-name "
            "enable-rewrite-log rewrite-target satisfy server-alias server-snippet service-upstream "
            "session-cookie-change-on-failure session-cookie-conditional-samesite-none session-cookie-domain "
            "session-cookie-expires session-cookie-max-age session-cookie-name session-cookie-path "
            "session-cookie-samesite session-cookie-secure ssl-redirect ssl-passthrough stream-snippet "
            "upstream-hash-by upstream-hash-by-subset upstream-hash-by-subset-size x-forwarded-prefix "
            "load-balance "
            "upstream-vhost denylist-source-range whitelist-source-range allowlist-source-range "
            "proxy-buffering "
            "proxy-buffers-number proxy-buffer-size proxy-busy-buffers-size proxy-max-temp-file-size "
            "ssl-ciphers "
            "ssl-prefer-server-ciphers connection-proxy-header enable-access-log enable-opentelemetry "
            "opentelemetry-trust-incoming-span opentelemetry-operation-name use-regex enable-modsecurity "
            "enable-owasp-core-rules modsecurity-transaction-id modsecurity-snippet mirror-request-body "
            "mirror-target mirror-host disable-proxy-intercept-errors")
            .split(u' ');
    return names;
}

bool validCidrs(const QString &value)
{
    // net.ParseCIDRs: comma-separated CIDRs (spaces trimmed); ingress-nginx also accepts plain addresses.
    for (const QString &part : value.split(u',')) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            return false;
        const QString address = p.section(u'/', 0, 0);
        const bool v6 = address.contains(u':');
        static const QRegularExpression v4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F:.]+$"));
        if (v6 ? !hex.match(address).hasMatch() : !v4.match(address).hasMatch())
            return false;
        if (p.contains(u'/')) {
            bool ok = false;
            const int bits = p.section(u'/', 1).toInt(&ok);
            if (!ok || bits < 0 || bits > (v6 ? 128 : 32))
                return false;
        }
    }
    return true;
}

} // namespace

Annotations::Annotations(const Ingress &ingress)
{
    const QString prefix = annotationPrefix();
    for (auto it = ingress.meta.annotations.cbegin(); it != ingress.meta.annotations.cend(); ++it) {
        if (it.key().startsWith(prefix))
            m_values.insert(it.key().mid(prefix.size()), it.value());
    }
}

std::optional<QString> Annotations::lookup(const QString &name, QString *writtenAs) const
{
    QString key = name;
    auto it = m_values.constFind(key);
    // checkAnnotation: an empty value falls back to the annotation's aliases.
    if ((it == m_values.constEnd() || it->isEmpty()) && name == u"allowlist-source-range") {
        const auto alias = m_values.constFind(QStringLiteral("whitelist-source-range"));
        if (alias != m_values.constEnd() && !alias->isEmpty()) {
            it = alias;
            key = alias.key();
        }
    }
    if (it == m_values.constEnd())
        return std::nullopt;
    if (writtenAs)
        *writtenAs = key;
    return *it;
}

std::optional<QString> Annotations::raw(const QString &name) const
{
    return lookup(name);
}

QString Annotations::invalidReason(const QString &name) const
{
    const std::optional<QString> value = lookup(name);
    if (!value)
        return {};
    const auto rule = rules().constFind(name);
    if (rule == rules().constEnd())
        return {};
    QString v = *value;
    switch (rule->kind) {
    case Rule::Kind::Any:
        return {};
    case Rule::Kind::Bool:
        return parseGoBool(v) ? QString() : Tr::tr("\"%1\" is not a boolean (true or false)").arg(v);
    case Rule::Kind::Int:
        return parseGoInt(v) ? QString() : Tr::tr("\"%1\" is not an integer").arg(v);
    case Rule::Kind::Cidrs:
        return validCidrs(v) ? QString() : Tr::tr("\"%1\" is not a comma-separated list of CIDRs").arg(v);
    case Rule::Kind::Options: {
        v = v.trimmed();
        if (!rule->caseSensitive)
            v = v.toLower();
        return rule->options.contains(v)
            ? QString()
            : Tr::tr("\"%1\" is not one of %2").arg(*value, rule->options.join(QStringLiteral(", ")));
    }
    case Rule::Kind::Regex: {
        if (rule->removeSpace)
            v.remove(u' ');
        const QRegularExpression re(QString::fromLatin1(rule->pattern));
        if (!re.match(v).hasMatch() || v.contains(u'\n') || v.contains(u'\r'))
            return Tr::tr("\"%1\" has characters ingress-nginx does not accept here").arg(*value);
        return {};
    }
    }
    return {};
}

std::optional<QString> Annotations::string(const QString &name) const
{
    const std::optional<QString> value = lookup(name);
    if (!value || !invalidReason(name).isEmpty())
        return std::nullopt;
    // normalizeString: every line trimmed; an empty result is invalid content.
    QStringList lines = value->split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    const QString s = lines.join(u'\n');
    if (s.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<bool> Annotations::boolean(const QString &name) const
{
    const std::optional<QString> value = lookup(name);
    if (!value || !invalidReason(name).isEmpty())
        return std::nullopt;
    return parseGoBool(*value);
}

std::optional<int> Annotations::integer(const QString &name) const
{
    const std::optional<QString> value = lookup(name);
    if (!value || !invalidReason(name).isEmpty())
        return std::nullopt;
    return parseGoInt(*value);
}

QStringList Annotations::names() const
{
    return m_values.keys();
}

bool Annotations::isKnown(const QString &name)
{
    return knownNames().contains(name);
}

QString Annotations::risk(const QString &name)
{
    const auto rule = rules().constFind(name);
    return QString::fromLatin1(rule == rules().constEnd() ? "Low" : rule->risk);
}

std::optional<bool> Annotations::parseGoBool(const QString &value)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),    QStringLiteral("T"),
                                    QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no = {QStringLiteral("0"),     QStringLiteral("f"),     QStringLiteral("F"),
                                   QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

std::optional<int> Annotations::parseGoInt(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    if (!re.match(value).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    if (!ok || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(n);
}

} // namespace gw::ingress
