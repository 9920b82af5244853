// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/conversioncontext.h"

#include <optional>

namespace gw::migrate {

/**
 * Maps the annotations of one Ingress that are not about routing to NGF resources, with their report
 * lines: cookie affinity (sessionPersistence on NGINX Plus with experimental features, else the OSS
 * fallback), upstream-hash-by and load-balance (UpstreamSettingsPolicy per Service, first Ingress
 * wins as in ingress-nginx), body size (ClientSettingsPolicy), timeouts and buffering
 * (ProxySettingsPolicy), rate limits (RateLimitPolicy), allow- and deny-lists and snippets
 * (SnippetsFilter), basic authentication (AuthenticationFilter) and CORS (the CORS filter). Every
 * annotation the RouteBuilder did not report gets its line here.
 */
class AnnotationMapper
{
public:
    /** The rules' sessionPersistence for \a ingress on Plus + experimental; reports the affinity annotations.
     */
    static std::optional<yaml::Value> sessionPersistence(ConversionContext &context,
                                                         const ingress::Ingress &ingress);

    /** Maps and reports the rest of \a ingress's annotations (after its routes are built). */
    static void map(ConversionContext &context, const ingress::Ingress &ingress);

    /** The UpstreamSettingsPolicies of the Services, once every Ingress is mapped. */
    static void finish(ConversionContext &context);

    /** Seconds as a Gateway API Duration ("48h", "1h30m", "90s"). */
    static QString gatewayDuration(qint64 seconds);
    /** An nginx size as NGF's Size (`^\d{1,4}(k|m|g)?$`), rounded up; empty when unreadable. */
    static QString ngfSize(const QString &size, bool *rounded = nullptr);
};

} // namespace gw::migrate
