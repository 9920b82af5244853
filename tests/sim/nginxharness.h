// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <vector>

/** What a gateway answered to one request. */
struct HttpReply
{
    bool complete = false;
    QString error;
    int status = 0;
    QByteArray upstreamAddr; ///< the X-Upstream header ($upstream_addr)
    QByteArray setCookie;
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< every header line, in order, as sent
};

/**
 * A blocking HTTP/1.0 GET over loopback from a chosen source address (any 127.A.B.C, or ::1 to
 * reach [::1]), with bounded waits. Each call is one connection, as `curl --interface` makes it.
 */
HttpReply httpGet(const QString &sourceAddress, quint16 port, const QByteArray &target,
                  const QByteArray &cookie = {}, int timeoutMs = 5000, const QByteArray &host = "oracle");
/**
 * A GET (or \a method) answered while the event loop runs (for backends that live in the test process):
 * from \a source to the gateway's \a port on loopback, with extra \a headers ("Name: value\r\n" lines).
 */
class PendingRequest
{
public:
    PendingRequest(const QString &source, quint16 port, const QByteArray &target,
                   const QByteArray &headers = {}, const QByteArray &host = "oracle",
                   const QByteArray &method = "GET");
    bool isDone() const { return m_done; }
    HttpReply reply() const;

private:
    QTcpSocket m_socket;
    QByteArray m_raw;
    bool m_done = false;
};

/** Runs the event loop until \a condition holds; false after \a timeoutMs. */
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 10000);

/** Parses a raw HTTP response. */
HttpReply parseHttpReply(const QByteArray &raw);

/** Free loopback ports, found by binding port 0; all distinct. Released when this returns. */
std::vector<quint16> freePorts(int count);

/**
 * A loopback port that refuses connections: a TCP socket bound to it but not listening. It keeps
 * the port, so nothing else can start listening there while the test runs.
 */
class RefusingPort
{
public:
    RefusingPort();
    ~RefusingPort();
    RefusingPort(RefusingPort &&other) noexcept;
    RefusingPort(const RefusingPort &) = delete;
    RefusingPort &operator=(const RefusingPort &) = delete;
    RefusingPort &operator=(RefusingPort &&) = delete;

    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

/**
 * A private nginx: its own prefix, configuration, pid file, logs and temp paths in a temporary
 * directory, one process (`master_process off`), stopped by its pid when this object goes.
 */
class NginxProcess
{
public:
    explicit NginxProcess(QString binary = QStringLiteral("/usr/sbin/nginx"));
    ~NginxProcess();

    /** The temp paths, pid and logs every configuration needs, for the main and http contexts. */
    QString mainDirectives() const;
    QString httpDirectives() const;

    /**
     * Writes \a config and starts nginx; ready when GET / on \a readyPort answers (that port must
     * be a server of its own, so no upstream sees the probe). False with errorString() otherwise.
     */
    bool start(const QString &config, quint16 readyPort, int timeoutMs = 10000);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString errorString() const { return m_error; }
    QString errorLog() const;

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};

/** Sleeps while the wall clock is in the last \a marginMs of a second, so nginx sees the same second. */
void avoidSecondBoundary(int marginMs = 100);
