// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/fielderror.h"
#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * NginxProxy as NGF v2.6.7 processes it (graph/nginxproxy.go, gatewayclass.go, gateway.go):
 * validation (validateNginxProxy), the GatewayClass's parametersRef and its conditions, the
 * Gateway's parametersRef and spec.tls.backend with their conditions, and the effective settings
 * (the class's NginxProxy merged under the Gateway's) that the Gateway's configuration uses.
 */
class NginxProxyProcessor
{
public:
    NginxProxyProcessor(const Design &design, const Profile &profile);

    /** NGF's validateNginxProxy, in its order. */
    static FieldErrors validate(const NginxProxy &proxy, bool plus);

    /** The conditions of an NGF GatewayClass and its valid NginxProxy. */
    GraphGatewayClass gatewayClass(const Resource *resource) const;

    /**
     * Adds the Gateway's reference conditions (parametersRef, spec.tls.backend), sets its
     * effective NginxProxy (\a cls may be null: the implicit class) and the data-plane settings
     * that follow from it (IP family, HTTP/2, client IP, metrics port, edge zone size).
     */
    void gateway(GraphGateway &gateway, const GraphGatewayClass *cls, std::vector<Diagnostic> &notes) const;

private:
    /** NGF's validateGatewayTLSBackend: empty condition when fine; sets the certificate. */
    std::optional<Condition> tlsBackend(GraphGateway &gateway) const;
    void applySettings(GraphGateway &gateway) const;
    void noteUnmodelled(const GraphGateway &gateway, std::vector<Diagnostic> &notes) const;

    const Design &m_design;
    const Profile &m_profile;
};

} // namespace gw::ngf
