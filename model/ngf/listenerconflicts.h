// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <map>
#include <set>
#include <tuple>

namespace gw::ngf {

/**
 * NGF's listener conflict resolvers for one Gateway (NGF internal/controller/state/graph/gateway_listener.go
 * createPortConflictResolver and uniqueListenerConflictResolver), fed the listeners in spec order, each
 * once it passed validation. A later listener can invalidate earlier ones on its port:
 * - protocols of different groups on one port (HTTP; HTTPS and TLS; TCP and UDP): every listener of the
 *   port gets ProtocolConflict;
 * - two TCP (or two UDP) listeners on one port: both, "Multiple TCP listeners cannot share the same port";
 * - HTTPS and TLS listeners with overlapping hostnames on one port: both get HostnameConflict;
 * - HTTPS and TLS listeners of one port whose hostnames overlap both get OverlappingTLSConfig
 *   (createOverlappingTLSConfigResolver; a condition only, the listeners stay valid);
 * - the same port, protocol and hostname again: only the later listener gets HostnameConflict.
 * A ListenerSet's listener (GraphListener::listenerSet, fed after the Gateway's own) is the only one
 * invalidated by a port conflict it has (NGF listenerset.go mergeGatewayAndListenerSetListeners).
 */
class ListenerConflicts
{
public:
    /** Resolves listeners[index] against those fed before. */
    void resolve(std::vector<GraphListener> &listeners, int index);

    /** haveOverlap: equal hostnames, a missing one, or one matching the other's wildcard. */
    static bool overlap(const std::optional<QString> &a, const std::optional<QString> &b);

private:
    void portConflicts(std::vector<GraphListener> &listeners, int index);
    void overlappingTls(std::vector<GraphListener> &listeners, int index);
    void uniqueListener(GraphListener &listener);

    std::set<int> m_conflictedPorts;
    std::map<int, int> m_portGroup;
    std::map<int, std::vector<int>> m_byPort;
    std::set<std::tuple<int, QString, QString>> m_keys;
    std::map<int, std::vector<int>> m_tlsByPort; ///< HTTPS and TLS listeners fed so far, per port
};

} // namespace gw::ngf
