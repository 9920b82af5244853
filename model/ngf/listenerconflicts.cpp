// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/listenerconflicts.h"

namespace gw::ngf {

namespace {

/** createPortConflictResolver's protocol groups: secure, insecure, layer 4. */
int protocolGroup(const QString &protocol)
{
    if (protocol == u"HTTP")
        return 1;
    if (protocol == u"TCP" || protocol == u"UDP")
        return 2;
    return 0; // HTTPS, TLS
}

bool isL4(const QString &protocol)
{
    return protocol == u"TCP" || protocol == u"UDP";
}

/** matchesWildcard: "*.example.com" matches "foo.example.com" and "*.foo.example.com". */
bool matchesWildcard(const QString &a, const QString &b)
{
    const auto matches = [](const QString &wildcard, const QString &host) {
        return wildcard.startsWith(u"*.") && host.endsWith(wildcard.mid(1));
    };
    return matches(a, b) || matches(b, a);
}

void invalidate(GraphListener &l, const Conditions &conds)
{
    l.valid = false;
    conditions::append(l.conditions, conds);
}

} // namespace

bool ListenerConflicts::overlap(const std::optional<QString> &a, const std::optional<QString> &b)
{
    if (!a || !b)
        return true;
    return *a == *b || matchesWildcard(*a, *b);
}

void ListenerConflicts::resolve(std::vector<GraphListener> &listeners, int index)
{
    portConflicts(listeners, index);
    overlappingTls(listeners, index);
    uniqueListener(listeners[size_t(index)]);
}

void ListenerConflicts::portConflicts(std::vector<GraphListener> &listeners, int index)
{
    GraphListener &l = listeners[size_t(index)];
    const int port = l.port;
    const QString format =
        QStringLiteral("Multiple listeners for the same port %1 specify incompatible protocols; "
                       "ensure only one protocol per port")
            .arg(port);
    const QString formatHostname =
        QStringLiteral("HTTPS and TLS listeners for the same port %1 specify overlapping hostnames; "
                       "ensure no overlapping hostnames for HTTPS and TLS listeners for the same port")
            .arg(port);
    const QString formatL4 =
        QStringLiteral("Multiple %1 listeners cannot share the same port %2").arg(l.protocol).arg(port);

    if (m_conflictedPorts.count(port)) {
        invalidate(l, conditions::listenerProtocolConflictMessage(format));
        return;
    }
    const auto owner = m_portGroup.find(port);
    if (owner == m_portGroup.end()) {
        m_portGroup[port] = protocolGroup(l.protocol);
        m_byPort[port].push_back(index);
        return;
    }
    // A ListenerSet's listener (merged after the Gateway's own) never invalidates the listeners seen
    // before it: only itself.
    const bool fromGateway = l.listenerSet < 0;
    if (owner->second != protocolGroup(l.protocol)) {
        if (fromGateway) {
            m_conflictedPorts.insert(port);
            for (int i : m_byPort[port])
                invalidate(listeners[size_t(i)], conditions::listenerProtocolConflictMessage(format));
        }
        invalidate(l, conditions::listenerProtocolConflictMessage(format));
    } else {
        bool found = false;
        for (int i : m_byPort[port]) {
            GraphListener &o = listeners[size_t(i)];
            if (isL4(l.protocol) && o.protocol == l.protocol) {
                if (fromGateway)
                    invalidate(o, conditions::listenerProtocolConflictMessage(formatL4));
                found = true;
            }
            if (o.protocol != l.protocol && !isL4(o.protocol) && !isL4(l.protocol) &&
                overlap(l.hostname, o.hostname)) {
                if (fromGateway)
                    invalidate(o, conditions::listenerHostnameConflictMessage(formatHostname));
                found = true;
            }
        }
        if (found)
            invalidate(l,
                       isL4(l.protocol) ? conditions::listenerProtocolConflictMessage(formatL4)
                                        : conditions::listenerHostnameConflictMessage(formatHostname));
    }
    m_byPort[port].push_back(index);
}

void ListenerConflicts::overlappingTls(std::vector<GraphListener> &listeners, int index)
{
    // createOverlappingTLSConfigResolver (NewListenerOverlappingTLSConfig with
    // ListenerReasonOverlappingHostnames and ListenerMessageOverlappingHostnames).
    GraphListener &l = listeners[size_t(index)];
    if (l.protocol != u"HTTPS" && l.protocol != u"TLS")
        return;
    const Condition overlapping {
        QStringLiteral("OverlappingTLSConfig"), true, QStringLiteral("OverlappingHostnames"),
        QStringLiteral("Listener hostname overlaps with hostname(s) of other Listener(s) on the same port")};
    std::vector<int> &existing = m_tlsByPort[l.port];
    for (int i : existing) {
        GraphListener &o = listeners[size_t(i)];
        if (overlap(l.hostname, o.hostname)) {
            l.conditions.push_back(overlapping);
            o.conditions.push_back(overlapping);
        }
    }
    existing.push_back(index);
}

void ListenerConflicts::uniqueListener(GraphListener &l)
{
    if (!l.valid)
        return;
    const auto key = std::make_tuple(l.port, l.protocol, l.hostname.value_or(QString()));
    if (m_keys.count(key)) {
        invalidate(l, conditions::listenerHostnameConflict(l.port, l.protocol));
        return;
    }
    m_keys.insert(key);
}

} // namespace gw::ngf
