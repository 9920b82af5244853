// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <QMap>

namespace gw {
class Design;
struct Gateway;
} // namespace gw

namespace gw::ngf {

/**
 * The TLS settings of an HTTPS listener beyond its certificates (NGF
 * internal/controller/state/graph/gateway_listener.go): `tls.options` (validateListenerTLSOptions)
 * and the Gateway's frontend client-certificate validation (createFrontendTLSCaCertReferenceResolver,
 * validateFrontendTLS). The results are ListenerSsl values the servers print.
 */
class ListenerTls
{
public:
    explicit ListenerTls(const Design &design)
        : m_design(design)
    { }

    /**
     * validateListenerTLSOptions: one `Accepted=False/UnsupportedValue` pair per bad option (NGF
     * walks a Go map, so several bad options come in an unspecified order; this walks them by key).
     * The accepted values are stored in \a ssl; \a listenerField is `spec.listeners[i]`.
     */
    static Conditions validateOptions(const QMap<QString, QString> &options, const Resource &gateway,
                                      const QString &listenerField, ListenerSsl &ssl);

    /**
     * The certificateRefs part of createHTTPSListenerValidator: none at all, or a ref whose kind is
     * not Secret or whose group is not empty, gives `Accepted=False/InvalidCertificateRef` (with
     * ResolvedRefs and Programmed).
     */
    static Conditions validateCertificateRefs(const GatewayTLSConfig &tls);

    /**
     * createFrontendTLSCaCertReferenceResolver and validateFrontendTLS for an HTTPS listener that
     * passed validation: picks the Gateway's perPort validation for the listener's port (else the
     * default), checks each CA ref (kind, group, ReferenceGrant, the object and its `ca.crt`) and
     * adds NGF's conditions to the listener (a ReferenceGrant problem, and AllowInsecureFallback, to
     * the Gateway). All refs invalid makes the listener invalid.
     */
    void resolveFrontend(GraphGateway &gateway, GraphListener &listener) const;

    /**
     * buildFrontendTLSCertBundles and addClientSettingsToSSLServers: the client-certificate lines
     * of the SSL servers on \a port, from the last listener there with CA refs; none when there is
     * none.
     */
    static std::optional<ListenerSsl> clientSettings(const GraphGateway &gateway, int port);

private:
    const Design &m_design;
};

} // namespace gw::ngf
