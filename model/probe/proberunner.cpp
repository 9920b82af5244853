// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/proberunner.h"

#include "probe/httpconnection.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::ProbeRunner)
};

} // namespace

ProbeRunner::ProbeRunner(std::vector<sim::TraceRequest> requests, ClientAddressMap clients,
                         ProbeSettings settings, QObject *parent)
    : QObject(parent)
    , m_requests(std::move(requests))
    , m_clients(std::move(clients))
    , m_settings(std::move(settings))
    , m_observations(m_requests.size())
{
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    m_order.resize(m_requests.size());
    std::iota(m_order.begin(), m_order.end(), size_t(0));
    const std::vector<qint64> times = sim::RequestsCsv::arrivalTimes(m_requests);
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) { return times[a] < times[b]; });
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ProbeRunner::pump);
}

ProbeRunner::~ProbeRunner()
{
    for (const auto &[index, connection] : m_active)
        connection->disconnect(this);
}

void ProbeRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    Q_EMIT progress(0, int(m_requests.size()));
    pump();
}

void ProbeRunner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_wake.stop();
    const auto active = m_active;
    for (const auto &[index, connection] : active)
        connection->abort();
    for (; m_next < m_order.size(); ++m_next) {
        ProbeObservation &o = m_observations[m_order[m_next]];
        o.done = true;
        o.error = Tr::tr("cancelled before it was sent");
        ++m_done;
    }
    finishIfDone();
}

void ProbeRunner::pump()
{
    while (!m_cancelled && m_next < m_order.size() && m_inFlight < m_settings.concurrency) {
        const size_t index = m_order[m_next];
        const sim::TraceRequest &r = m_requests[index];
        if (r.atMs) {
            const qint64 wait = *r.atMs - m_clock.elapsed();
            if (wait > 0) {
                m_wake.start(int(std::min<qint64>(wait, 60000)));
                return;
            }
        } else if (m_next > 0 && !m_observations[m_order[m_next - 1]].done) {
            return; // starts when the request before it has its answer
        }
        ++m_next;
        launch(index);
    }
    finishIfDone();
}

QByteArray ProbeRunner::requestBytes(size_t index, const QByteArray &cookie) const
{
    const sim::TraceRequest &r = m_requests[index];
    QByteArray bytes = r.method.toLatin1() + ' ' + r.target.toUtf8() +
        " HTTP/1.1\r\nHost: " + r.host.toUtf8() +
        "\r\nUser-Agent: gwstudio-probe/" GWSTUDIO_VERSION "\r\nAccept: */*\r\n";
    for (const auto &[name, value] : r.headers)
        bytes += name.toLatin1() + ": " + value.toUtf8() + "\r\n";
    if (!cookie.isEmpty())
        bytes += "Cookie: " + cookie + "\r\n";
    if (!m_settings.keepAlive)
        bytes += "Connection: close\r\n";
    return bytes + "\r\n";
}

void ProbeRunner::launch(size_t index)
{
    const sim::TraceRequest &r = m_requests[index];
    ProbeObservation &o = m_observations[index];
    o.sent = true;
    o.startMs = m_clock.elapsed();
    ConnectionTarget target;
    target.address = m_settings.target.address;
    target.source = m_settings.target.bindSources ? m_clients.source(r.clientText) : QString();
    target.serverName = sim::RequestsCsv::hostWithoutPort(r.host);
    target.caCertificates = m_settings.target.caCertificates;
    target.insecure = m_settings.target.insecure;
    if (m_settings.target.port != 0) {
        target.port = m_settings.target.port;
        target.tls = m_settings.target.tls;
    } else {
        const int listener =
            sim::RequestsCsv::portOf(r.host, r.scheme == u"https" ? 443 : m_settings.target.defaultListener);
        const auto it = m_settings.target.listeners.constFind(listener);
        if (it == m_settings.target.listeners.cend()) {
            o.source = target.source;
            fail(index, Tr::tr("the gateway has no listener on port %1").arg(listener));
            return;
        }
        target.port = it->first;
        target.tls = it->second;
    }
    o.tls = target.tls;
    const QString path = r.target.section(u'?', 0, 0);
    const QString host = sim::RequestsCsv::hostWithoutPort(r.host);
    o.cookie = r.cookie.toUtf8();
    if (m_settings.cookieJar) {
        const QByteArray fromJar = m_jars[r.clientText].header(
            m_pool, host.toUtf8(), path.toUtf8(), target.tls, QDateTime::currentMSecsSinceEpoch());
        if (!fromJar.isEmpty())
            o.cookie = o.cookie.isEmpty() ? fromJar : o.cookie + "; " + fromJar;
    }

    HttpConnection *connection = nullptr;
    if (m_settings.keepAlive) {
        connection = m_idle.value(r.clientText);
        if (connection &&
            (!connection->isReusable() || connection->target().port != target.port ||
             connection->target().tls != target.tls)) {
            m_idle.remove(r.clientText);
            connection->deleteLater();
            connection = nullptr;
        }
        if (connection)
            m_idle.remove(r.clientText);
    }
    if (!connection)
        connection = new HttpConnection(target, this);
    if (!m_active.empty()) { // requests in flight together: nginx may see them in another order
        o.concurrent = true;
        for (const auto &[other, c] : m_active)
            m_observations[other].concurrent = true;
    }
    m_active[index] = connection;
    ++m_inFlight;
    connect(connection, &HttpConnection::finished, this,
            [this, index, connection](const HttpResponse &response, const QString &error) {
                onFinished(index, connection, response, error);
            });
    connection->send(requestBytes(index, o.cookie), r.method == u"HEAD", m_settings.timeoutMs);
}

void ProbeRunner::onFinished(size_t index, HttpConnection *connection, const HttpResponse &response,
                             const QString &error)
{
    connection->disconnect(this);
    m_active.erase(index);
    --m_inFlight;
    const sim::TraceRequest &r = m_requests[index];
    ProbeObservation &o = m_observations[index];
    o.done = true;
    o.endMs = m_clock.elapsed();
    o.source = connection->localAddress();
    o.sourcePort = connection->localPort();
    o.connectionRequest = connection->requestCount();
    o.error = error;
    if (error.isEmpty())
        o.response = response;
    if (m_settings.cookieJar && error.isEmpty()) {
        const QString host = sim::RequestsCsv::hostWithoutPort(r.host);
        for (const QByteArray &c : response.setCookies())
            m_jars[r.clientText].store(m_pool, c, host.toUtf8(), r.target.section(u'?', 0, 0).toUtf8(),
                                       QDateTime::currentMSecsSinceEpoch());
    }
    if (m_settings.keepAlive && connection->isReusable() && !m_idle.contains(r.clientText) && !m_cancelled) {
        m_idle.insert(r.clientText, connection);
    } else {
        connection->deleteLater();
    }
    ++m_done;
    Q_EMIT requestFinished(int(index));
    Q_EMIT progress(m_done, int(m_requests.size()));
    if (!m_cancelled)
        QMetaObject::invokeMethod(this, &ProbeRunner::pump, Qt::QueuedConnection);
    else
        finishIfDone();
}

void ProbeRunner::fail(size_t index, const QString &error)
{
    ProbeObservation &o = m_observations[index];
    o.done = true;
    o.endMs = m_clock.elapsed();
    o.error = error;
    ++m_done;
    Q_EMIT requestFinished(int(index));
    Q_EMIT progress(m_done, int(m_requests.size()));
}

void ProbeRunner::finishIfDone()
{
    if (m_finished || m_done < int(m_requests.size()))
        return;
    m_finished = true;
    for (HttpConnection *c : std::as_const(m_idle))
        c->deleteLater();
    m_idle.clear();
    Q_EMIT finished();
}

} // namespace gw::probe
