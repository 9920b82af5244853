// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/policyhandler.h"

#include "ngf/clientsettingshandler.h"
#include "ngf/observabilityhandler.h"
#include "ngf/proxysettingshandler.h"
#include "ngf/ratelimithandler.h"
#include "ngf/snippetspolicyhandler.h"
#include "ngf/wafpolicyhandler.h"

namespace gw::ngf {

const std::vector<const PolicyHandler *> &PolicyHandler::all()
{
    // config/generator.go: clientsettings, observability, snippetspolicy, proxysettings, ratelimit,
    // waf.
    static const ClientSettingsHandler clientSettings;
    static const ObservabilityHandler observability;
    static const SnippetsPolicyHandler snippetsPolicy;
    static const ProxySettingsHandler proxySettings;
    static const RateLimitHandler rateLimit;
    static const WafPolicyHandler waf;
    static const std::vector<const PolicyHandler *> handlers {
        &clientSettings, &observability, &snippetsPolicy, &proxySettings, &rateLimit, &waf};
    return handlers;
}

const PolicyHandler *PolicyHandler::of(Kind kind)
{
    for (const PolicyHandler *h : all()) {
        if (h->kind() == kind)
            return h;
    }
    return nullptr;
}

QString PolicyHandler::includePath(const QString &fileName)
{
    // config/generator.go includesFolder, includes.go createIncludesFromPolicyGenerateResult
    return QStringLiteral("/etc/nginx/includes/") + fileName;
}

SourceRefs PolicyHandler::refs(const Resource &policy, const QString &field)
{
    return {sourceOf(policy, field)};
}

} // namespace gw::ngf
