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

private:
    const Design &m_design;
};

} // namespace gw::ngf
