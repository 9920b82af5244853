// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/sandboxplan.h"
#include "probe/selfsignedcertificate.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace gw::probe {

/**
 * The design on a private local nginx: the files of a SandboxPlan under a temporary prefix, one
 * nginx process (`daemon off; master_process off;`) started as the user running Gateway Studio —
 * never as root: when Gateway Studio runs as root, nginx runs as the user `nobody` (the prefix is
 * handed to it) — listening on loopback only. It stops when stop() is called, when this object goes, and when
 * Gateway Studio dies (the kernel sends nginx SIGTERM then: PR_SET_PDEATHSIG). Stopping sends
 * SIGTERM to nginx's pid, waits, and kills it if it lingers; the prefix (with the logs) is deleted
 * unless keepLogs() copied them.
 *
 * start() blocks until nginx answers on its readiness port (at most \a timeoutMs). When nginx
 * cannot bind an address or port the plan chose itself (another program took it meanwhile), the
 * plan chooses again, up to three times; a port the user asked for that is in use is an error.
 */
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(SandboxPlan plan, QString *error, int timeoutMs = 10000);
    void stop();
    bool isRunning() const;
    /** nginx's process id while it runs (0 otherwise). */
    qint64 pid() const;
    /** The user nginx runs as ("nobody" when Gateway Studio runs as root, else the current user). */
    QString user() const { return m_user; }
    /** The pid of the last nginx started (kept after stop, for checking that it is gone). */
    qint64 lastPid() const { return m_lastPid; }

    /** The running plan; valid after a successful start(). */
    const SandboxPlan &plan() const { return *m_plan; }
    bool hasPlan() const { return m_plan.has_value(); }
    QString prefix() const;
    /** The generated certificate (PEM) of the HTTPS listeners; empty when there are none. */
    QByteArray certificatePem() const { return m_certificate.certificatePem(); }

    QString errorLogPath() const;
    QString accessLogPath() const;
    /** The last \a maxBytes of the error log. */
    QString errorLogTail(qint64 maxBytes = 4000) const;
    /** Copies error.log, access.log and the configuration into \a directory (created if needed). */
    bool keepLogs(const QString &directory, QString *error) const;

Q_SIGNALS:
    /** nginx exited without stop() being called (\a reason: its exit and the error log's tail). */
    void exited(const QString &reason);

private:
    bool startOnce(QString *error, bool *addressInUse, int timeoutMs);
    bool waitReady(QString *error, bool *addressInUse, int timeoutMs);

    std::optional<SandboxPlan> m_plan;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    SelfSignedCertificate m_certificate;
    qint64 m_lastPid = 0;
    QString m_user;
    bool m_stopping = false;
};

} // namespace gw::probe
