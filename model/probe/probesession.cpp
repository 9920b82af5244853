// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/probesession.h"

#include "probe/accesslog.h"
#include "probe/loopback.h"
#include "sim/gatewayconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QThread>
#include <QUrl>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::ProbeSession)
};

/** The endpoints of \a config's upstreams with their Pods ("ip:port" and "ip"). */
QHash<QString, QString> podsByEndpoint(const sim::GatewayConfig &config)
{
    QHash<QString, QString> pods;
    for (const sim::UpstreamSnapshot &u : config.upstreams()) {
        const QStringList servers = u.serverAddresses();
        for (int i = 0; i < servers.size() && i < int(u.pods.size()); ++i) {
            if (u.pods[size_t(i)].isEmpty())
                continue;
            pods.insert(servers[i], u.pods[size_t(i)]);
            if (const auto a = sim::SocketAddress::parse(servers[i]))
                pods.insert(a->hostText(), u.pods[size_t(i)]);
        }
    }
    return pods;
}

} // namespace

ProbeSession::ProbeSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_sandbox, &Sandbox::exited, this, [this](const QString &reason) {
        Q_EMIT sandboxExited(reason);
        cancel();
    });
}

ProbeSession::~ProbeSession()
{
    m_runner.reset();
    m_sandbox.stop();
}

bool ProbeSession::targetFromUrl(const QString &text, ProbeTarget &target, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery()) {
        *error = Tr::tr("the target is http://HOST[:PORT] or https://HOST[:PORT], not \"%1\"").arg(text);
        return false;
    }
    target.tls = url.scheme() == u"https";
    target.port = quint16(url.port(target.tls ? 443 : 80));
    QHostAddress address(url.host());
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(url.host());
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            *error = Tr::tr("cannot resolve %1: %2").arg(url.host(), info.errorString());
            return false;
        }
        address = info.addresses().constFirst();
    }
    target.address = address.toString();
    target.bindSources = address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol;
    return true;
}

bool ProbeSession::start(ProbeSetup setup, QString *error)
{
    cancel();
    m_runner.reset();
    m_report.reset();
    m_notes.clear();
    m_mapping.clear();
    m_context = ProbeContext();
    if (!m_context.identifier.parse(setup.podFrom, error))
        return false;
    m_context.clientAddress = setup.clientAddress;
    m_context.seed = setup.seed;
    ProbeSettings settings = setup.settings;
    ngf::Profile predictionProfile = setup.profile;
    m_useSandbox = setup.sandbox;
    if (setup.sandbox) {
        settings.target = ProbeTarget();
        settings.target.insecure = setup.settings.target.insecure;
        auto plan = SandboxPlan::make(setup.design, setup.profile, setup.sandboxOptions, error);
        if (!plan)
            return false;
        m_notes = plan->notes();
        if (!m_sandbox.start(*plan, error))
            return false;
        m_mapping = m_sandbox.plan().describe();
        predictionProfile = m_sandbox.plan().predictionProfile();
        settings.target.address = Loopback::gatewayAddress();
        settings.target.bindSources = true;
        for (const SandboxPort &p : m_sandbox.plan().ports()) {
            if (!p.readiness)
                settings.target.listeners.insert(p.original, {p.local, p.tls});
        }
        if (!m_sandbox.certificatePem().isEmpty())
            settings.target.caCertificates << QSslCertificate::fromData(m_sandbox.certificatePem());
    } else {
        m_sandbox.stop();
        ProbeTarget target = setup.settings.target;
        if (!targetFromUrl(setup.url, target, error))
            return false;
        settings.target = target;
        if (!target.bindSources && setup.clientAddress.isEmpty())
            m_notes << Tr::tr(
                           "%1 is not on this machine's IPv4 loopback: the requests come from this machine's "
                           "address, not from the CSV's clients; give the address the gateway sees, else the "
                           "predictions use the CSV's clients")
                           .arg(target.address);
    }
    m_context.config = sim::GatewayConfig::build(setup.design, predictionProfile, nullptr, error);
    if (!m_context.config)
        return false;
    settings.target.defaultListener = m_context.config->defaultPort();
    m_context.identifier.setAddresses(podsByEndpoint(*m_context.config));
    const ClientAddressMap clients = settings.target.bindSources ? ClientAddressMap::make(setup.requests)
                                                                 : ClientAddressMap::identity(setup.requests);
    m_mapping << clients.describe();
    m_runner = std::make_unique<ProbeRunner>(std::move(setup.requests), clients, settings);
    connect(m_runner.get(), &ProbeRunner::progress, this, &ProbeSession::progress);
    connect(m_runner.get(), &ProbeRunner::finished, this, &ProbeSession::runFinished, Qt::QueuedConnection);
    m_runner->start();
    return true;
}

void ProbeSession::cancel()
{
    if (m_runner && !m_runner->isFinished())
        m_runner->cancel();
}

void ProbeSession::stopSandbox()
{
    cancel();
    m_sandbox.stop();
}

void ProbeSession::runFinished()
{
    if (!m_runner || !m_runner->isFinished() || m_report)
        return; // a run replaced before its end was queued
    AccessLog log;
    if (m_useSandbox && m_sandbox.isRunning()) {
        // nginx writes a request's log line as the request ends, right after the answer's last byte.
        QThread::msleep(20);
        QFile f(m_sandbox.accessLogPath());
        if (f.open(QIODevice::ReadOnly))
            log = AccessLog::parse(f.readAll());
        m_context.accessLog = &log;
    }
    m_report = std::make_shared<const ProbeReport>(ProbeReporter::build(*m_runner, m_context));
    m_context.accessLog = nullptr;
    Q_EMIT finished(m_report);
}

} // namespace gw::probe
