// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/nginxproxy.h"
#include "ngf/sourceref.h"

#include <map>

namespace gw::ngf {

/**
 * The NginxProxy settings that apply to one Gateway (NGF `graph.EffectiveNginxProxy`): the
 * GatewayClass's NginxProxy with the Gateway's merged over it as NGF merges them
 * (`buildEffectiveNginxProxy`: a JSON merge, so nested objects merge field by field and lists
 * replace; an empty list written on the Gateway clears telemetry.disabledFeatures,
 * telemetry.spanAttributes and rewriteClientIP.trustedAddresses). Only valid NginxProxies take part.
 */
struct EffectiveNginxProxy
{
    NginxProxy spec;
    /// "spec.logging.errorLevel" (a leaf, or a list) -> the NginxProxy field that set it
    std::map<QString, SourceRef> sources;

    /** The NginxProxy field behind \a field ("spec.dnsResolver.addresses"), or its closest parent. */
    SourceRef source(const QString &field) const;
    /** NGF's telemetryEnabledForNginxProxy: an exporter endpoint and DisableTracing not set. */
    bool telemetryEnabled() const;
    /** NGF's WAFEnabledForNginxProxy: waf.enable is true. */
    bool wafEnabled() const { return spec.waf && spec.waf->enable.value_or(false); }

    /**
     * Merges \a local (the Gateway's NginxProxy, may be null) over \a global (the GatewayClass's,
     * may be null); each comes with its resource for the sources. Returns nothing when both are null.
     */
    static std::optional<EffectiveNginxProxy> merge(const Resource *global, const Resource *local);
};

} // namespace gw::ngf
