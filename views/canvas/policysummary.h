// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QCoreApplication>
#include <QString>

namespace gw::views {

/**
 * The short label a policy or filter node carries on the canvas: what it does, in a few words
 * ("body 10m · keepalive 32", "10r/s burst 5", "tracing 50%", "Basic"), so that the canvas says
 * what a policy sets without opening it. Empty for kinds that are not NGF policies or filters.
 */
class PolicySummary
{
    Q_DECLARE_TR_FUNCTIONS(gw::views::PolicySummary)

public:
    static QString of(const Resource &policy);

private:
    static QString clientSettings(const ClientSettingsPolicy &p);
    static QString proxySettings(const ProxySettingsPolicy &p);
    static QString rateLimit(const RateLimitPolicy &p);
    static QString snippets(const std::vector<Snippet> &snippets);
    static QString observability(const ObservabilityPolicy &p);
    static QString authentication(const AuthenticationFilter &f);
    static QString waf(const WAFPolicy &p);
};

} // namespace gw::views
