// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/generator.h"
#include "ngf/profile.h"
#include "probe/nginxinstallation.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace gw {
class Design;
}

namespace gw::probe {

/** One Pod endpoint of the design and the loopback address:port it has in the sandbox. */
struct SandboxBackend
{
    QString pod; ///< the Pod's name; the design's address when no Pod is known (an EndpointSlice without
                 ///< targetRef)
    QString ns; ///< the namespace of the Service it serves
    QString original; ///< "10.244.0.94:8080", as the design's rendering has it
    QString address; ///< "127.0.1.1"
    quint16 port = 0;

    QString hostPort() const { return address + u':' + QString::number(port); }
};

/** A port nginx listens on: NGF's number and the loopback port it has in the sandbox. */
struct SandboxPort
{
    int original = 0; ///< 80, 443, 8081 (NGF's readiness server)
    quint16 local = 0; ///< on 127.0.0.1
    bool tls = false; ///< a `listen ... ssl` port
    bool readiness = false; ///< NGF's readiness server (8081)
    bool requested = false; ///< given with SandboxOptions::ports
};

/** What the user asks of the sandbox. */
struct SandboxOptions
{
    QMap<int, int> ports; ///< listener port -> local port, e.g. 80 -> 18080 (must be free)
    QString nginx; ///< the nginx binary; empty: found as NginxInstallation::find() finds it
};

/**
 * How the design runs in the sandbox, decided before anything starts (docs/probe.md):
 *
 * - the rendering: NGF's own, for the same NGF version and Gateway, always for NGINX OSS (NGINX
 *   Plus cannot run on open-source nginx: each upstream whose Plus rendering differs gets a note
 *   saying what Plus would do and that the OSS rendering runs instead), with every Pod endpoint
 *   replaced by a loopback address of its own (ngf::Profile::endpointOverrides, so NGF sorts and
 *   hashes them as it would sort real Pod addresses);
 * - the backends: one per endpoint, 127.0.1.1, 127.0.1.2, ... in the order the rendering lists
 *   them, on the endpoint's port (ports below 1024, or taken on that address, move to a free one);
 * - the ports: NGF's listeners and readiness server on 127.0.0.1, privileged or taken ones on a free
 *   high port, SandboxOptions::ports as asked;
 * - what open-source nginx cannot run: `least_time` (NGINX Plus), njs matches without the njs
 *   module, stream listeners without the stream module are refused with the reason; lines that
 *   nginx cannot read but change nothing for the probe (`http2 on;` before 1.25.1, `listen [::]`,
 *   a stream block with only the connection-closed server, unused `js_import`) are left out and said.
 *
 * predictionProfile() and result() are the rendering the sandbox runs: the simulator predicts on
 * exactly that (sim::GatewayConfig::build(design, predictionProfile())).
 */
class SandboxPlan
{
public:
    /** Plans the sandbox; nothing with \a error set when the design cannot run in it. */
    static std::optional<SandboxPlan> make(std::shared_ptr<const Design> design, const ngf::Profile &profile,
                                           const SandboxOptions &options, QString *error);

    const NginxInstallation &nginx() const { return m_nginx; }
    /** The profile of the sandbox's rendering: OSS, with the endpoint overrides. */
    const ngf::Profile &predictionProfile() const { return m_profile; }
    std::shared_ptr<const ngf::Result> result() const { return m_result; }
    std::shared_ptr<const Design> design() const { return m_design; }

    const std::vector<SandboxBackend> &backends() const { return m_backends; }
    const std::vector<SandboxPort> &ports() const { return m_ports; }
    /** The local port of listener port \a original; 0 when nginx does not listen there. */
    quint16 localPort(int original) const;
    bool isTls(int original) const;
    /** The Pod at \a hostPort ("127.0.1.1:8080") in the sandbox, or the design's address; "" if none. */
    QString podAt(const QString &hostPort) const;
    /** The certificate files the rendering names (ssl_certificate), which the sandbox generates. */
    const QStringList &certificatePaths() const { return m_certificates; }
    /** The hostnames of the TLS servers, for the generated certificate. */
    const QStringList &tlsHostnames() const { return m_tlsHostnames; }

    /** What differs from the design's own rendering, said out loud (per upstream, per file). */
    const QStringList &notes() const { return m_notes; }
    /** Lines SandboxFiles leaves out: the js_* lines, the stream block, `http2 on;`. */
    bool dropsJs() const { return m_dropJs; }
    bool dropsStream() const { return m_dropStream; }
    bool dropsHttp2() const { return m_dropHttp2; }

    /** Human-readable mapping lines: "listener 80 -> 127.0.0.1:18080", "coffee-... -> 127.0.1.1:8080". */
    QStringList describe() const;

    /** Chooses new free ports and addresses for whatever was not requested (a retry after a race). */
    bool reallocate(QString *error);

private:
    bool allocate(QString *error);
    bool render(QString *error);
    void notePlusDifferences(const ngf::Result &plus, const ngf::Result &oss);
    bool checkRunnable(QString *error);

    std::shared_ptr<const Design> m_design;
    ngf::Profile m_requested;
    ngf::Profile m_profile;
    SandboxOptions m_options;
    NginxInstallation m_nginx;
    std::shared_ptr<const ngf::Result> m_base; ///< OSS, the design's own endpoints
    std::shared_ptr<const ngf::Result> m_result; ///< OSS, the sandbox's endpoints
    std::vector<SandboxBackend> m_backends;
    std::vector<SandboxPort> m_ports;
    QStringList m_certificates;
    QStringList m_tlsHostnames;
    QStringList m_notes;
    bool m_dropJs = false;
    bool m_dropStream = false;
    bool m_dropHttp2 = false;
};

} // namespace gw::probe
