// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/upstreamparser.h"

#include "sim/keyexpression.h"
#include "sim/units.h"

namespace gw::sim {

namespace {

struct Token
{
    QString text;
    int line = 0;
    int column = 0;
};

struct Directive
{
    std::vector<Token> args; ///< args[0] is the directive name
};

constexpr int MaxRouteLength = 32; // NGX_HTTP_UPSTREAM_SID_LEN

class Reader
{
public:
    Reader(const QString &name, Diagnostics &diagnostics, const QString &file, int firstLine)
        : m_diagnostics(diagnostics)
        , m_file(file)
        , m_firstLine(firstLine)
    {
        m_config.name = name;
    }

    UpstreamConfig read(QStringView body)
    {
        for (const Directive &d : tokenize(body))
            handle(d);
        check();
        return std::move(m_config);
    }

private:
    void report(const Token &at, const QString &message,
                Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        Diagnostic d;
        d.severity = severity;
        d.location = {m_file, at.line, at.column};
        d.resource = QStringLiteral("upstream ") + m_config.name;
        d.message = message;
        m_diagnostics.push_back(std::move(d));
    }

    std::vector<Directive> tokenize(QStringView text);
    void handle(const Directive &d);
    void server(const Directive &d);
    void setMethod(const Directive &d, Method method);
    void random(const Directive &d);
    void sticky(const Directive &d);
    void stickyCookie(const Directive &d);
    void stickyLearn(const Directive &d);
    bool checkVariable(const Token &token, QStringView expression);
    void check();

    UpstreamConfig m_config;
    Diagnostics &m_diagnostics;
    QString m_file;
    int m_firstLine;
    bool m_methodSet = false;
    std::vector<Token> m_backupTokens; ///< to report `backup` under a method that rejects it
    Token m_end;
};

std::vector<Directive> Reader::tokenize(QStringView text)
{
    std::vector<Directive> out;
    Directive current;
    int line = m_firstLine;
    int column = 1;
    qsizetype i = 0;
    const auto advance = [&] {
        if (text[i] == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        ++i;
    };
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            advance();
            continue;
        }
        if (c == u'#') {
            while (i < text.size() && text[i] != u'\n')
                advance();
            continue;
        }
        Token token {{}, line, column};
        if (c == u';') {
            advance();
            if (current.args.empty())
                report(token, QStringLiteral("unexpected \";\""));
            else
                out.push_back(std::exchange(current, {}));
            continue;
        }
        if (c == u'{' || c == u'}') {
            advance();
            report(token, QStringLiteral("unexpected \"%1\"").arg(c));
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const QChar quote = c;
            advance();
            bool closed = false;
            while (i < text.size()) {
                const QChar q = text[i];
                if (q == quote) {
                    advance();
                    closed = true;
                    break;
                }
                if (q == u'\\' && i + 1 < text.size()) {
                    advance();
                    const QChar e = text[i];
                    token.text += e == u'n' ? QChar(u'\n')
                        : e == u't'         ? QChar(u'\t')
                        : e == u'r'         ? QChar(u'\r')
                                            : e;
                    advance();
                    continue;
                }
                token.text += q;
                advance();
            }
            if (!closed)
                report(token, QStringLiteral("unexpected end of file, expecting \";\" or \"}\""));
        } else {
            while (i < text.size() && !text[i].isSpace() && text[i] != u';' && text[i] != u'{' &&
                   text[i] != u'}') {
                token.text += text[i];
                advance();
            }
        }
        current.args.push_back(std::move(token));
    }
    m_end = Token {{}, line, column};
    if (!current.args.empty())
        report(m_end, QStringLiteral("unexpected end of file, expecting \";\" or \"}\""));
    return out;
}

void Reader::handle(const Directive &d)
{
    const Token &name = d.args.front();
    const auto n = d.args.size() - 1;
    const auto arity = [&](size_t min, size_t max) {
        if (n >= min && n <= max)
            return true;
        report(name, QStringLiteral("invalid number of arguments in \"%1\" directive").arg(name.text));
        return false;
    };
    const QString &w = name.text;
    if (w == u"server") {
        if (arity(1, 99))
            server(d);
    } else if (w == u"ip_hash") {
        if (arity(0, 0))
            setMethod(d, Method::IpHash);
    } else if (w == u"least_conn") {
        if (arity(0, 0))
            setMethod(d, Method::LeastConn);
    } else if (w == u"hash") {
        if (!arity(1, 2))
            return;
        if (n == 2 && d.args[2].text != u"consistent") {
            report(d.args[2], QStringLiteral("invalid parameter \"%1\"").arg(d.args[2].text));
            return;
        }
        QString error;
        if (!KeyExpression::parse(d.args[1].text, &error)) {
            report(d.args[1], error);
            return;
        }
        m_config.hashKey = d.args[1].text;
        setMethod(d, n == 2 ? Method::ConsistentHash : Method::Hash);
    } else if (w == u"random") {
        if (arity(0, 2))
            random(d);
    } else if (w == u"least_time") {
        report(
            name,
            QStringLiteral("\"least_time\" balances on measured response times, which the simulator does not "
                           "model"));
    } else if (w == u"zone") {
        if (!arity(1, 2))
            return;
        m_config.zoneName = d.args[1].text;
        if (n == 2) {
            const auto size = parseNginxSize(d.args[2].text);
            if (!size)
                report(d.args[2], QStringLiteral("zone \"%1\" has invalid size").arg(d.args[1].text));
            else
                m_config.zoneSize = *size;
        }
    } else if (w == u"keepalive") {
        if (!arity(1, 1))
            return;
        bool ok = false;
        m_config.keepalive = d.args[1].text.toInt(&ok);
        if (!ok || m_config.keepalive < 0)
            report(d.args[1],
                   QStringLiteral("invalid value \"%1\" in \"keepalive\" directive").arg(d.args[1].text));
    } else if (w == u"keepalive_requests" || w == u"keepalive_time" || w == u"keepalive_timeout") {
        arity(1, 1); // connection reuse only: selection is unaffected (nginx's keepalive module)
    } else if (w == u"state") {
        if (arity(1, 1))
            m_config.stateFile = d.args[1].text;
    } else if (w == u"sticky") {
        if (arity(2, 99))
            sticky(d);
    } else {
        report(name, QStringLiteral("unknown directive \"%1\"").arg(w));
    }
}

void Reader::setMethod(const Directive &d, Method method)
{
    if (m_methodSet)
        report(d.args.front(), QStringLiteral("load balancing method redefined"),
               Diagnostic::Severity::Warning);
    m_methodSet = true;
    m_config.method = method;
}

void Reader::random(const Directive &d)
{
    Method method = Method::Random;
    if (d.args.size() > 1) {
        if (d.args[1].text != u"two") {
            report(d.args[1], QStringLiteral("invalid parameter \"%1\"").arg(d.args[1].text));
            return;
        }
        method = Method::RandomTwo;
        if (d.args.size() > 2) {
            if (d.args[2].text != u"least_conn") {
                report(d.args[2],
                       d.args[2].text.startsWith(u"least_time")
                           ? QStringLiteral(
                                 "\"%1\" balances on measured response times, which the simulator does "
                                 "not model")
                                 .arg(d.args[2].text)
                           : QStringLiteral("invalid parameter \"%1\"").arg(d.args[2].text));
                return;
            }
            method = Method::RandomTwoLeastConn;
        }
    }
    setMethod(d, method);
}

void Reader::server(const Directive &d)
{
    ServerConfig s;
    const Token &address = d.args[1];
    s.address = address.text;
    s.line = address.line;
    if (address.text.startsWith(u"unix:", Qt::CaseInsensitive) || address.text.startsWith(u'[') ||
        SocketAddress::parseIp(address.text.section(u':', 0, 0))) {
        if (!SocketAddress::parse(address.text)) {
            report(
                address,
                QStringLiteral("invalid address \"%1\" in upstream \"%2\"").arg(address.text, m_config.name));
            return;
        }
    }
    const auto number = [&](const Token &t, QStringView value, int min) -> std::optional<int> {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < min) {
            report(t, QStringLiteral("invalid parameter \"%1\"").arg(t.text));
            return std::nullopt;
        }
        return v;
    };
    for (size_t i = 2; i < d.args.size(); ++i) {
        const Token &t = d.args[i];
        const QString &p = t.text;
        std::optional<int> v;
        if (p.startsWith(u"weight=")) {
            if (!(v = number(t, QStringView(p).mid(7), 1)))
                return;
            s.weight = *v;
        } else if (p.startsWith(u"max_fails=")) {
            if (!(v = number(t, QStringView(p).mid(10), 0)))
                return;
            s.maxFails = *v;
        } else if (p.startsWith(u"max_conns=")) {
            if (!(v = number(t, QStringView(p).mid(10), 0)))
                return;
            s.maxConns = *v;
        } else if (p.startsWith(u"fail_timeout=")) {
            const auto seconds = parseNginxTime(QStringView(p).mid(13), true);
            if (!seconds) {
                report(t, QStringLiteral("invalid parameter \"%1\"").arg(p));
                return;
            }
            s.failTimeout = int(*seconds);
        } else if (p.startsWith(u"route=")) {
            s.route = p.mid(6);
            if (s.route.isEmpty() || s.route.size() > MaxRouteLength) {
                report(t, QStringLiteral("invalid route \"%1\"").arg(s.route));
                return;
            }
        } else if (p == u"backup") {
            s.backup = true;
            m_backupTokens.push_back(t);
        } else if (p == u"down") {
            s.down = true;
        } else if (p == u"resolve") {
            s.resolve = true;
        } else {
            report(t, QStringLiteral("invalid parameter \"%1\"").arg(p));
            return;
        }
    }
    m_config.servers.push_back(std::move(s));
}

bool Reader::checkVariable(const Token &token, QStringView expression)
{
    QString error;
    if (KeyExpression::parse(expression, &error))
        return true;
    report(token, error);
    return false;
}

void Reader::sticky(const Directive &d)
{
    const Token &kind = d.args[1];
    if (m_config.sticky.isEnabled()) {
        report(d.args.front(), QStringLiteral("\"sticky\" directive is duplicate"));
        return;
    }
    if (kind.text == u"cookie") {
        stickyCookie(d);
    } else if (kind.text == u"route") {
        StickyConfig s;
        s.mode = StickyConfig::Mode::Route;
        for (size_t i = 2; i < d.args.size(); ++i) {
            const Token &t = d.args[i];
            if (!t.text.startsWith(u'$')) {
                report(t, QStringLiteral("invalid variable name \"%1\"").arg(t.text));
                return;
            }
            if (!checkVariable(t, t.text))
                return;
            s.lookup.append(t.text);
        }
        m_config.sticky = s;
    } else if (kind.text == u"learn") {
        stickyLearn(d);
    } else {
        report(kind, QStringLiteral("unknown parameter \"%1\"").arg(kind.text));
    }
}

void Reader::stickyCookie(const Directive &d)
{
    StickyConfig s;
    s.mode = StickyConfig::Mode::Cookie;
    s.cookieName = d.args[2].text;
    if (s.cookieName.isEmpty()) {
        report(d.args[2], QStringLiteral("empty cookie name"));
        return;
    }
    const auto fail = [&](const Token &t, const QString &message) { report(t, message); };
    for (size_t i = 3; i < d.args.size(); ++i) {
        const Token &t = d.args[i];
        const QString &p = t.text;
        if (p.startsWith(u"domain=")) {
            if (!s.domain.isEmpty())
                return fail(t, QStringLiteral("parameter \"domain\" is duplicate"));
            s.domain = p.mid(7);
            if (s.domain.isEmpty())
                return fail(t, QStringLiteral("no value for \"domain\""));
            if (!checkVariable(t, s.domain))
                return;
        } else if (p.startsWith(u"path=")) {
            if (!s.path.isEmpty())
                return fail(t, QStringLiteral("parameter \"path\" is duplicate"));
            s.path = p.mid(5);
            if (s.path.isEmpty())
                return fail(t, QStringLiteral("no value for \"path\""));
        } else if (p.startsWith(u"expires=")) {
            if (s.expires)
                return fail(t, QStringLiteral("parameter \"expires\" is duplicate"));
            const QStringView value = QStringView(p).mid(8);
            if (value == u"max") {
                s.expires = StickyConfig::MaxExpires;
            } else {
                s.expires = parseNginxTime(value, true);
                if (!s.expires)
                    return fail(t, QStringLiteral("invalid \"expires\" parameter value"));
            }
        } else if (p == u"httponly") {
            if (s.httpOnly)
                return fail(t, QStringLiteral("parameter \"httponly\" is duplicate"));
            s.httpOnly = true;
        } else if (p == u"secure") {
            if (s.secure)
                return fail(t, QStringLiteral("parameter \"secure\" is duplicate"));
            s.secure = true;
        } else if (p.startsWith(u"samesite=")) {
            if (!s.sameSite.isEmpty())
                return fail(t, QStringLiteral("parameter \"samesite\" is duplicate"));
            s.sameSite = p.mid(9);
            const auto value = KeyExpression::parse(s.sameSite);
            if (!checkVariable(t, s.sameSite))
                return;
            static const QStringList valid = {QStringLiteral("strict"), QStringLiteral("lax"),
                                              QStringLiteral("none")};
            if (!value->hasVariables() && !valid.contains(s.sameSite, Qt::CaseInsensitive))
                return fail(t, QStringLiteral("invalid \"samesite\" parameter value"));
        } else {
            return fail(t, QStringLiteral("unknown parameter \"%1\"").arg(p));
        }
    }
    m_config.sticky = s;
}

void Reader::stickyLearn(const Directive &d)
{
    StickyConfig s;
    s.mode = StickyConfig::Mode::Learn;
    bool timeoutSet = false;
    const Token &name = d.args.front();
    const auto variable = [&](const Token &t, int prefix, QStringList &into, const char *what) {
        const QStringView v = QStringView(t.text).mid(prefix);
        if (!v.startsWith(u'$')) {
            report(t, QStringLiteral("missing variable in the \"%1\" parameter").arg(QLatin1String(what)));
            return false;
        }
        if (!checkVariable(t, v))
            return false;
        into.append(v.toString());
        return true;
    };
    for (size_t i = 2; i < d.args.size(); ++i) {
        const Token &t = d.args[i];
        const QString &p = t.text;
        if (p.startsWith(u"zone=")) {
            if (s.zoneSize)
                return report(t, QStringLiteral("duplicate zone"));
            const qsizetype colon = p.indexOf(u':');
            if (colon < 0)
                return report(t, QStringLiteral("zone size is not specified"));
            s.zoneName = p.mid(5, colon - 5);
            if (s.zoneName.isEmpty())
                return report(t, QStringLiteral("zone name is not specified"));
            const auto size = parseNginxSize(QStringView(p).mid(colon + 1));
            if (!size)
                return report(t, QStringLiteral("invalid zone size"));
            if (*size < 8 * 4096)
                return report(t, QStringLiteral("zone is too small"));
            s.zoneSize = *size;
        } else if (p.startsWith(u"timeout=")) {
            if (timeoutSet)
                return report(t, QStringLiteral("duplicate timeout"));
            const auto ms = parseNginxTime(QStringView(p).mid(8), false);
            if (!ms || *ms == 0)
                return report(t, QStringLiteral("invalid timeout"));
            s.timeoutMs = *ms;
            timeoutSet = true;
        } else if (p.startsWith(u"create=")) {
            if (!variable(t, 7, s.create, "create"))
                return;
        } else if (p.startsWith(u"lookup=")) {
            if (!variable(t, 7, s.lookup, "lookup"))
                return;
        } else if (p == u"header") {
            s.learnOnHeader = true;
        } else if (p == u"sync") {
            report(t, QStringLiteral("\"sync\" shares sessions across a cluster; one instance is simulated"),
                   Diagnostic::Severity::Warning);
        } else {
            return report(t, QStringLiteral("unknown parameter \"%1\"").arg(p));
        }
    }
    if (s.lookup.isEmpty())
        return report(name, QStringLiteral("\"lookup\" parameter is not specified"));
    if (s.create.isEmpty())
        return report(name, QStringLiteral("\"create\" parameter is not specified"));
    if (!s.zoneSize)
        return report(name, QStringLiteral("\"zone\" parameter is not specified"));
    m_config.sticky = s;
}

void Reader::check()
{
    if (!UpstreamConfig::methodAllowsBackup(m_config.method)) {
        for (const Token &t : m_backupTokens)
            report(t, QStringLiteral("invalid parameter \"backup\""));
    }
    const bool anyPrimary = std::any_of(m_config.servers.begin(), m_config.servers.end(),
                                        [](const ServerConfig &s) { return !s.backup; });
    if (!anyPrimary && m_config.stateFile.isEmpty())
        report(m_end, QStringLiteral("no servers are inside upstream"));
}

} // namespace

UpstreamConfig UpstreamParser::parse(QStringView body, const QString &name, Diagnostics &diagnostics,
                                     const QString &file, int firstLine)
{
    return Reader(name, diagnostics, file, firstLine).read(body);
}

} // namespace gw::sim
