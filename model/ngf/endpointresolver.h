// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

#include "core/pod.h"

#include <QHash>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * The ready endpoints of a Service port (NGF internal/controller/state/resolver/resolver.go
 * resolveEndpoints). EndpointSlices labelled
 * `kubernetes.io/service-name` decide when the design has any for the Service; otherwise the ready
 * Pods of the design's Deployments that match the Service selector, with the targetPort resolved
 * (a number, or a container port name). Endpoints are filtered by IP family, de-duplicated and
 * sorted by address (IPv4 numerically, then IPv6) and port — NGF's order is a Go map's (docs/ngf.md "Choices
 * where NGF is nondeterministic").
 */
class EndpointResolver
{
public:
    /** \a overrides: Profile::endpointOverrides, applied to every endpoint before sorting. */
    EndpointResolver(const Design &design, IpFamily family, const QHash<QString, QString> &overrides = {});

    std::vector<UpstreamServer> resolve(const Resource &service, int servicePortIndex) const;

    /** Sort key: IPv4 before IPv6, numeric within a family, then port. */
    static bool lessThan(const UpstreamServer &a, const UpstreamServer &b);

private:
    const Design &m_design;
    IpFamily m_family;
    QHash<QString, QString> m_overrides;
    QHash<QString, std::vector<const Resource *>> m_slices; ///< "ns/service" -> its EndpointSlices
    /// "ns\nkey=value" -> the ready Pods with that label (a selector's first label picks candidates)
    QHash<QString, std::vector<const Pod *>> m_podsByLabel;
};

} // namespace gw::ngf
