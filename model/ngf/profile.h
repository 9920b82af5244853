// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace gw::ngf {

/**
 * An NGINX Gateway Fabric release (or edge, the unreleased main branch) and the behaviour rows of
 * docs/ngf.md's version list (NGF's servers.go, upstreams.go and dataplane/sort.go per release) that depend
 * on it. Every version-dependent choice of the
 * generator asks one of these predicates, so the table lives in one place.
 */
class NgfVersion
{
public:
    /** The default: the latest release modelled (v2.6.7). */
    NgfVersion() = default;

    /**
     * Parses "2.6.7", "v2.6.7", "2.4" (the latest patch modelled of that minor), "edge" or "main".
     * Returns nothing for versions that are not modelled.
     */
    static std::optional<NgfVersion> parse(const QString &text);
    /** The versions parse() accepts, for error messages and help ("2.0.0", ..., "2.6.7", "edge"). */
    static QStringList supported();
    static NgfVersion edge();

    /** "2.6.7" or "edge". */
    QString name() const;
    bool isEdge() const { return m_edge; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    bool atLeast(int major, int minor) const
    {
        return m_edge || m_major > major || (m_major == major && m_minor >= minor);
    }

    /// @name Version-dependent behaviours (docs/ngf.md, Profile)
    /// @{
    /** v2.2–v2.4: prefix locations use the `^~` modifier. */
    bool prefixUsesCaretModifier() const { return !m_edge && atLeast(2, 2) && !atLeast(2, 5); }
    /** v2.2+: RegularExpression path matches are supported. */
    bool regexPathsSupported() const { return atLeast(2, 2); }
    /** v2.5+: regex locations are anchored (`~ ^re`). */
    bool regexAnchored() const { return atLeast(2, 5); }
    /** v2.5+: path rules sort longest path first. */
    bool longestPathFirst() const { return atLeast(2, 5); }
    /** v2.5+: a regex path rule that matches "/" suppresses the `location = /` 404. */
    bool regexSuppressesRoot404() const { return atLeast(2, 5); }
    /** v2.4+: UpstreamSettingsPolicy loadBalancingMethod and hashMethodKey exist. */
    bool lbMethodSelectable() const { return atLeast(2, 4); }
    /** v2.4–v2.6: every route upstream gets `keepalive 16;` unless a policy sets connections. */
    bool defaultKeepalive16() const { return !m_edge && atLeast(2, 4); }
    /** Edge: keepAlive.connections 0 prints `keepalive 0;` and drops the other keepalive lines. */
    bool keepaliveZeroPrinted() const { return m_edge; }
    /** Releases print `proxy_http_version 1.1;` in every location; edge does not. */
    bool printsProxyHttpVersion() const { return !m_edge; }
    /** v2.4+: route rule sessionPersistence becomes `sticky cookie`. */
    bool sessionPersistenceSupported() const { return atLeast(2, 4); }
    /** v2.4–v2.6: idleTimeout is reported and makes the whole sessionPersistence ignored. */
    bool idleTimeoutChecked() const { return !m_edge && atLeast(2, 4); }
    /** v2.5+: the 421 check compares per-port listener-id maps instead of `$ssl_server_name`. */
    bool listenerIdMaps() const { return atLeast(2, 5); }
    /** v2.6+: RequestRedirect statusCode 303, 307 and 308 besides 301 and 302 (docs/ngf.md). */
    bool redirectCodes303To308() const { return atLeast(2, 6); }
    /** Edge: the four `least_time ...` methods are allowed on OSS. */
    bool leastTimeOnOss() const { return m_edge; }
    /** Edge: settings policies get a GEP-713 `Programmed` condition. */
    bool policyProgrammedCondition() const { return m_edge; }
    /** Edge: `worker_processes auto;` moved from nginx.conf to main-includes/main.conf. */
    bool workerProcessesInMainInclude() const { return m_edge; }
    /** Releases reject HTTPRoute backends whose port has appProtocol kubernetes.io/h2c. */
    bool rejectsH2cForHttpRoute() const { return !m_edge; }
    /// @}

    friend bool operator==(const NgfVersion &, const NgfVersion &) = default;

private:
    NgfVersion(int major, int minor, int patch, bool edge)
        : m_major(major)
        , m_minor(minor)
        , m_patch(patch)
        , m_edge(edge)
    { }

    int m_major = 2;
    int m_minor = 6;
    int m_patch = 7;
    bool m_edge = false;
};

/** The address families the data plane listens on (NginxProxy ipFamily). */
enum class IpFamily { Dual, IPv4, IPv6 };

/**
 * Everything besides the manifests that decides what NGF generates: the release, OSS or Plus,
 * whether experimental Gateway API features are enabled, and the data-plane toggles. Toggles left
 * unset come from the Gateway's NginxProxy (or NGF's defaults: dual stack, HTTP/2 on).
 */
struct Profile
{
    NgfVersion version;
    bool plus = false;
    bool experimental = false;
    /// NGF's control plane runs with snippets enabled (Helm `nginxGateway.snippets.enable`,
    /// flag `--snippets`): only then does NGF act on SnippetsFilter and SnippetsPolicy.
    bool snippets = false;
    std::optional<IpFamily> ipFamily; ///< overrides NginxProxy ipFamily when set
    std::optional<bool> http2; ///< overrides NginxProxy disableHTTP2 when set
    QString gateway; ///< "NS/NAME" of the Gateway to render; empty: the only one
    /**
     * Endpoints replaced as they are resolved, "address:port" -> "address:port" (IPv6 in brackets),
     * before NGF's sort: the local sandbox gives every Pod a loopback address of its own and renders
     * the design as if the Pods had those addresses (docs/probe.md). Empty for every other use.
     */
    QHash<QString, QString> endpointOverrides;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace gw::ngf
