// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/clientsettingshandler.h"

#include "ngf/fielderror.h"
#include "ngf/validation.h"

namespace gw::ngf {

std::vector<PolicyTargetReference> ClientSettingsHandler::targetRefs(const Resource &policy) const
{
    return {policy.as<ClientSettingsPolicy>()->targetRef};
}

Conditions ClientSettingsHandler::validate(const Resource &policy) const
{
    const ClientSettingsPolicy &p = *policy.as<ClientSettingsPolicy>();
    // policies.ValidateTargetRef: group gateway.networking.k8s.io, kinds Gateway, HTTPRoute, GRPCRoute.
    const PolicyTargetReference &t = p.targetRef;
    if (t.group != u"gateway.networking.k8s.io")
        return {conditions::policyInvalid(
            FieldError::notSupported(QStringLiteral("spec.targetRef.group"), jsonQuote(t.group),
                                     {QStringLiteral("gateway.networking.k8s.io")})
                .toString())};
    if (t.kind != u"Gateway" && t.kind != u"HTTPRoute" && t.kind != u"GRPCRoute")
        return {conditions::policyInvalid(
            FieldError::notSupported(
                QStringLiteral("spec.targetRef.kind"), jsonQuote(t.kind),
                {QStringLiteral("Gateway"), QStringLiteral("HTTPRoute"), QStringLiteral("GRPCRoute")})
                .toString())};

    FieldErrors errors;
    const auto duration = [&](const std::optional<QString> &v, const char *path) {
        if (!v)
            return;
        if (const QString e = validation::nginxDuration(*v); !e.isEmpty())
            errors.push_back(FieldError::invalid(QString::fromLatin1(path), jsonQuote(*v), e));
    };
    if (p.body) {
        duration(p.body->timeout, "spec.body.timeout");
        if (p.body->maxSize) {
            if (const QString e = validation::nginxSize(*p.body->maxSize); !e.isEmpty())
                errors.push_back(
                    FieldError::invalid(QStringLiteral("spec.body.maxSize"), jsonQuote(*p.body->maxSize), e));
        }
    }
    if (p.keepAlive) {
        duration(p.keepAlive->time, "spec.keepAlive.time");
        duration(p.keepAlive->minTimeout, "spec.keepAlive.minTimeout");
        if (const auto &to = p.keepAlive->timeout) {
            duration(to->server, "spec.keepAlive.timeout.server");
            duration(to->header, "spec.keepAlive.timeout.header");
            // keepalive_timeout server [header]: a header timeout needs the server timeout.
            if (to->header && !to->server)
                errors.push_back(FieldError::invalid(QStringLiteral("spec.keepAlive.timeout"),
                                                     QStringLiteral("null"),
                                                     QStringLiteral("server timeout must be set if header "
                                                                    "timeout is set")));
        }
    }
    if (!errors.empty())
        return {conditions::policyInvalid(aggregate(errors))};
    return {};
}

bool ClientSettingsHandler::conflicts(const Resource &ra, const Resource &rb) const
{
    const ClientSettingsPolicy &a = *ra.as<ClientSettingsPolicy>();
    const ClientSettingsPolicy &b = *rb.as<ClientSettingsPolicy>();
    if (a.body && b.body && ((a.body->timeout && b.body->timeout) || (a.body->maxSize && b.body->maxSize)))
        return true;
    if (a.keepAlive && b.keepAlive) {
        const ClientKeepAlive &x = *a.keepAlive;
        const ClientKeepAlive &y = *b.keepAlive;
        return (x.requests && y.requests) || (x.time && y.time) || (x.minTimeout && y.minTimeout) ||
            (x.timeout && y.timeout);
    }
    return false;
}

std::optional<IncludeFile> ClientSettingsHandler::generate(const Resource &policy, Context context) const
{
    if (context == Context::Main || context == Context::Http || context == Context::HttpShadow)
        return std::nullopt;
    const ClientSettingsPolicy &p = *policy.as<ClientSettingsPolicy>();
    IncludeFile f;
    f.path =
        includePath(QStringLiteral("ClientSettingsPolicy_%1_%2.conf").arg(policy.meta.ns, policy.meta.name));
    const auto line = [&](const QString &text, const char *field) {
        f.lines.push_back({text, refs(policy, QString::fromLatin1(field))});
    };
    if (p.body) {
        if (p.body->maxSize)
            line(QStringLiteral("client_max_body_size %1;").arg(*p.body->maxSize), "spec.body.maxSize");
        if (p.body->timeout)
            line(QStringLiteral("client_body_timeout %1;").arg(*p.body->timeout), "spec.body.timeout");
    }
    if (p.keepAlive) {
        const ClientKeepAlive &k = *p.keepAlive;
        if (k.requests)
            line(QStringLiteral("keepalive_requests %1;").arg(*k.requests), "spec.keepAlive.requests");
        if (k.time)
            line(QStringLiteral("keepalive_time %1;").arg(*k.time), "spec.keepAlive.time");
        if (k.minTimeout)
            line(QStringLiteral("keepalive_min_timeout %1;").arg(*k.minTimeout), "spec.keepAlive.minTimeout");
        if (k.timeout && k.timeout->server) {
            if (k.timeout->header)
                line(QStringLiteral("keepalive_timeout %1 %2;").arg(*k.timeout->server, *k.timeout->header),
                     "spec.keepAlive.timeout");
            else
                line(QStringLiteral("keepalive_timeout %1;").arg(*k.timeout->server),
                     "spec.keepAlive.timeout");
        }
    }
    return f;
}

} // namespace gw::ngf
