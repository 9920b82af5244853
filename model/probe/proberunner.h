// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/clientaddressmap.h"
#include "probe/httpresponse.h"
#include "sim/cookiejar.h"
#include "sim/requestscsv.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <map>
#include <vector>

namespace gw::probe {

class HttpConnection;

/** Where the probe sends its requests. */
struct ProbeTarget
{
    QString address; ///< the address or host name to connect to
    /// A URL target: every request goes to this port (with TLS when \a tls). 0 for the sandbox.
    quint16 port = 0;
    bool tls = false;
    /// The sandbox: NGF's listener port -> the local port and whether it speaks TLS. A request goes
    /// to the listener its Host names (":8080"), else to \a defaultListener.
    QMap<int, std::pair<quint16, bool>> listeners;
    int defaultListener = 80;
    bool bindSources = false; ///< connect from each client's own (mapped) address
    QList<QSslCertificate> caCertificates; ///< TLS: trusted besides the system's
    bool insecure = false; ///< TLS: accept any certificate
};

/** How the probe sends. */
struct ProbeSettings
{
    ProbeTarget target;
    bool cookieJar = false; ///< each client keeps the cookies answers set and sends them (curl -c/-b)
    bool keepAlive = false; ///< one connection per client, reused; default: one per request (curl in a loop)
    int concurrency = 1; ///< requests in flight at most
    int timeoutMs = 5000; ///< per request, from its start to the end of its answer
};

/** What happened to one request. */
struct ProbeObservation
{
    bool sent = false; ///< a connection was attempted
    bool done = false; ///< finished, with an answer or an error
    QString source; ///< the local address the connection came from
    quint16 sourcePort = 0;
    int connectionRequest = 0; ///< its number on its connection (nginx's $connection_requests)
    bool tls = false; ///< sent over TLS
    bool concurrent = false; ///< another request was in flight at the same time
    QByteArray cookie; ///< the Cookie header sent (the CSV's, then the jar's)
    qint64 startMs = -1; ///< since the run's start
    qint64 endMs = -1;
    HttpResponse response; ///< status 0 when there was no HTTP answer
    QString error; ///< why there is no answer; empty when there is one
};

/**
 * Sends the requests of a requests CSV for real and records the answers. Requests go in the CSV's
 * arrival order: a row with `at_ms` starts that many milliseconds after the run's start, a row
 * without starts when the row before it has its answer (as the simulator's trace mode has it); at
 * most ProbeSettings::concurrency are in flight. Each request has a deadline; cancel() ends the
 * ones in flight and leaves the rest unsent (each gets the error "cancelled"). Runs on the event
 * loop of the thread it lives in.
 */
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    ProbeRunner(std::vector<sim::TraceRequest> requests, ClientAddressMap clients, ProbeSettings settings,
                QObject *parent = nullptr);
    ~ProbeRunner() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }

    const std::vector<sim::TraceRequest> &requests() const { return m_requests; }
    const std::vector<ProbeObservation> &observations() const { return m_observations; }
    const ClientAddressMap &clients() const { return m_clients; }
    const ProbeSettings &settings() const { return m_settings; }

    /** The bytes of request \a index as sent (without the jar's cookies). */
    QByteArray requestBytes(size_t index, const QByteArray &cookie) const;

Q_SIGNALS:
    void progress(int done, int total);
    void requestFinished(int index);
    void finished();

private:
    void pump();
    void launch(size_t index);
    void onFinished(size_t index, HttpConnection *connection, const HttpResponse &response,
                    const QString &error);
    void fail(size_t index, const QString &error);
    void finishIfDone();

    std::vector<sim::TraceRequest> m_requests;
    ClientAddressMap m_clients;
    ProbeSettings m_settings;
    std::vector<ProbeObservation> m_observations;
    std::vector<size_t> m_order; ///< arrival order
    size_t m_next = 0; ///< into m_order
    int m_inFlight = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    QTimer m_wake;
    sim::CookiePool m_pool;
    std::map<QString, sim::CookieJar> m_jars; ///< by client
    QHash<QString, HttpConnection *> m_idle; ///< keep-alive: a client's connection
    std::map<size_t, HttpConnection *> m_active;
};

} // namespace gw::probe
