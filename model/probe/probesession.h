// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probereport.h"
#include "probe/proberunner.h"
#include "probe/sandbox.h"

#include <QObject>

#include <memory>
#include <vector>

namespace gw {
class Design;
}

namespace gw::probe {

/** Everything one probe run is made of. */
struct ProbeSetup
{
    std::shared_ptr<const Design> design;
    ngf::Profile profile; ///< the design's (the sandbox runs its OSS rendering)
    bool sandbox = true; ///< the local sandbox; false: \a url
    QString url; ///< http://HOST[:PORT] or https://HOST[:PORT]
    SandboxOptions sandboxOptions;
    std::vector<sim::TraceRequest> requests;
    ProbeSettings settings; ///< how to send; the target is filled by the session
    QString podFrom; ///< PodIdentifier's spec; empty: body
    QString clientAddress; ///< what a remote gateway sees ($remote_addr) for the predictions
    quint64 seed = 0;
};

/**
 * One probe run from start to report, for the command line and the editor: starts the sandbox
 * (or reads the URL), sends the requests with a ProbeRunner on the calling thread's event loop,
 * then reads the sandbox's access log and builds the ProbeReport. The sandbox keeps running after
 * the run (its log stays readable) until stopSandbox(), the next start() or the session's end.
 */
class ProbeSession : public QObject
{
    Q_OBJECT

public:
    explicit ProbeSession(QObject *parent = nullptr);
    ~ProbeSession() override;

    /** Starts a run; false with \a error set when it cannot (the sandbox does not start, a bad URL). */
    bool start(ProbeSetup setup, QString *error);
    void cancel();
    bool isRunning() const { return m_runner && !m_runner->isFinished(); }
    void stopSandbox();

    Sandbox &sandbox() { return m_sandbox; }
    const Sandbox &sandbox() const { return m_sandbox; }
    /** The notes of the last start (what the sandbox cannot run, a remote target's address warning). */
    const QStringList &notes() const { return m_notes; }
    /** The mapping lines: the sandbox's listeners and Pods, and the clients that moved. */
    const QStringList &mapping() const { return m_mapping; }
    std::shared_ptr<const ProbeReport> report() const { return m_report; }
    const ProbeRunner *runner() const { return m_runner.get(); }

    /** Reads http://HOST[:PORT] or https://HOST[:PORT] into \a target (a loopback IPv4 host binds sources).
     */
    static bool targetFromUrl(const QString &url, ProbeTarget &target, QString *error);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(std::shared_ptr<const gw::probe::ProbeReport> report);
    /** nginx stopped without being asked (the run is cancelled). */
    void sandboxExited(const QString &reason);

private:
    void runFinished();

    Sandbox m_sandbox;
    std::unique_ptr<ProbeRunner> m_runner;
    ProbeContext m_context;
    QStringList m_notes;
    QStringList m_mapping;
    std::shared_ptr<const ProbeReport> m_report;
    bool m_useSandbox = false;
};

} // namespace gw::probe
