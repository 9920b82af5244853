// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/policysummary.h"

#include <QStringList>

namespace gw::views {

namespace {

const QString dot = QStringLiteral(" · ");

} // namespace

QString PolicySummary::of(const Resource &policy)
{
    if (const auto *p = policy.as<ClientSettingsPolicy>())
        return clientSettings(*p);
    if (const auto *p = policy.as<ProxySettingsPolicy>())
        return proxySettings(*p);
    if (const auto *p = policy.as<RateLimitPolicy>())
        return rateLimit(*p);
    if (const auto *p = policy.as<SnippetsPolicy>())
        return snippets(p->snippets);
    if (const auto *p = policy.as<ObservabilityPolicy>())
        return observability(*p);
    if (const auto *p = policy.as<WAFPolicy>())
        return waf(*p);
    if (const auto *f = policy.as<SnippetsFilter>())
        return snippets(f->snippets);
    if (const auto *f = policy.as<AuthenticationFilter>())
        return authentication(*f);
    return {};
}

QString PolicySummary::clientSettings(const ClientSettingsPolicy &p)
{
    // The two settings users reach for first: client_max_body_size and keepalive_requests (else the
    // keepalive_time or keepalive_timeout), NGF
    // internal/controller/nginx/config/policies/clientsettings/generator.go.
    QStringList parts;
    if (p.body && p.body->maxSize)
        parts << tr("body %1").arg(*p.body->maxSize);
    else if (p.body && p.body->timeout)
        parts << tr("body timeout %1").arg(*p.body->timeout);
    if (p.keepAlive) {
        if (p.keepAlive->requests)
            parts << tr("keepalive %1").arg(*p.keepAlive->requests);
        else if (p.keepAlive->time)
            parts << tr("keepalive %1").arg(*p.keepAlive->time);
        else if (p.keepAlive->timeout && p.keepAlive->timeout->server)
            parts << tr("keepalive timeout %1").arg(*p.keepAlive->timeout->server);
    }
    return parts.isEmpty() ? tr("client settings") : parts.join(dot);
}

QString PolicySummary::proxySettings(const ProxySettingsPolicy &p)
{
    QStringList parts;
    if (p.buffering) {
        if (p.buffering->disable && *p.buffering->disable)
            parts << tr("buffering off");
        else if (p.buffering->buffers)
            parts << tr("buffers %1×%2").arg(p.buffering->buffers->number).arg(p.buffering->buffers->size);
        else if (p.buffering->bufferSize)
            parts << tr("buffer %1").arg(*p.buffering->bufferSize);
    }
    if (p.timeout) {
        if (p.timeout->read)
            parts << tr("read %1").arg(*p.timeout->read);
        else if (p.timeout->connect)
            parts << tr("connect %1").arg(*p.timeout->connect);
        else if (p.timeout->send)
            parts << tr("send %1").arg(*p.timeout->send);
    }
    return parts.isEmpty() ? tr("proxy settings") : parts.join(dot);
}

QString PolicySummary::rateLimit(const RateLimitPolicy &p)
{
    if (!p.rateLimit || !p.rateLimit->localRules || p.rateLimit->localRules->empty())
        return tr("rate limit");
    const std::vector<RateLimitRule> &rules = *p.rateLimit->localRules;
    const RateLimitRule &first = rules.front();
    QString s = first.rate;
    if (first.burst)
        s += u' ' + tr("burst %1").arg(*first.burst);
    if (rules.size() > 1)
        s += QStringLiteral(" +") + tr("%n more rule(s)", nullptr, int(rules.size() - 1));
    if (p.rateLimit->dryRun && *p.rateLimit->dryRun)
        s += dot + tr("dry run");
    return s;
}

QString PolicySummary::snippets(const std::vector<Snippet> &snippets)
{
    QStringList contexts;
    for (const Snippet &s : snippets)
        contexts << s.context;
    return contexts.isEmpty() ? tr("no snippets")
                              : tr("snippets %1").arg(contexts.join(QStringLiteral(", ")));
}

QString PolicySummary::observability(const ObservabilityPolicy &p)
{
    if (!p.tracing)
        return tr("no tracing");
    // NGF apis/v1alpha2/observabilitypolicy_types.go: strategy ratio samples 100% without a ratio.
    if (p.tracing->strategy == u"parent")
        return tr("tracing parent");
    return tr("tracing %1%").arg(p.tracing->ratio.value_or(100));
}

QString PolicySummary::waf(const WAFPolicy &p)
{
    // "WAF · NIM · log_illegal": where the bundle comes from (HTTP, NIM, N1C) and the first log's
    // default profile (NGF apis/v1alpha1/wafpolicy_types.go).
    QStringList parts {tr("WAF")};
    if (!p.type.isEmpty())
        parts << p.type;
    if (!p.securityLogs.empty() && p.securityLogs.front().defaultProfile)
        parts << *p.securityLogs.front().defaultProfile;
    return parts.join(dot);
}

QString PolicySummary::authentication(const AuthenticationFilter &f)
{
    // The type is the label ("Basic", "JWT", "OIDC"); a JWT key's source says where the keys come from.
    if (f.type == u"JWT" && f.jwt && !f.jwt->source.isEmpty())
        return f.type + dot + f.jwt->source;
    return f.type.isEmpty() ? tr("authentication") : f.type;
}

} // namespace gw::views
