// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/fileset.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QTcpSocket;

/**
 * An HTTP backend inside the test process, listening on one loopback address and port. It answers
 * every request with its own "address:port" as the body; requests for /slow are held until
 * answerHeld(). It can stop listening (the port then refuses connections, a Pod that died) and
 * listen again.
 */
class LoopbackBackend
{
public:
    LoopbackBackend(QString address, quint16 port);
    ~LoopbackBackend();

    bool listen();
    void close();
    bool isListening() const { return m_server.isListening(); }
    QString name() const { return m_address + u':' + QString::number(m_port); }
    int held() const { return int(m_held.size()); }
    void answerHeld();

private:
    void onData(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    QString m_address;
    quint16 m_port;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::vector<QTcpSocket *> m_held;
};

/**
 * Runs the configuration gw_ngf generated in a private nginx, with a documented normalisation (see
 * docs/simulator.md): /etc/nginx/, /var/run/nginx/ and /var/lib/nginx/ move under a temporary
 * prefix; `listen 80` becomes a loopback port and `listen [::]:80` goes; the readiness server's
 * 8081 becomes another loopback port; `error_log stderr` goes to a file; NGF's image's mime.types
 * and njs modules are provided (tests/ngf/njs); without the njs module the js_* lines are removed,
 * without the stream module the stream block, before nginx 1.25.1 `http2 on;` (removed lines stay as
 * comments, so line numbers do not move). Nothing else changes: every location, map and
 * upstream is NGF's text.
 */
class NgfSandbox
{
public:
    NgfSandbox();
    ~NgfSandbox();

    /** The nginx binary ($GW_NGINX or /usr/sbin/nginx); empty when there is none. */
    QString nginx() const { return m_nginx; }
    bool hasNjs() const { return !m_njsModule.isEmpty(); }
    QStringList reductions() const { return m_reductions; }

    /**
     * The files as they will run, with NGF's paths: \a generated with the listens moved and the
     * njs/stream/http2 reductions applied (what the simulator must read too, so that both see one
     * text). start() moves the paths under the prefix when it writes them.
     */
    gw::nginx::FileSet prepare(const gw::nginx::FileSet &generated, quint16 httpPort,
                               quint16 readyPort) const;
    /** Writes \a files (from prepare()) plus \a extraHttp (a conf.d file of the test's own) and starts nginx.
     */
    bool start(const gw::nginx::FileSet &files, const QByteArray &extraHttp, quint16 readyPort,
               QString *error);
    void stop();
    QString errorLog() const;

private:
    QString rewrite(const QString &path, QString text, quint16 httpPort, quint16 readyPort) const;

    QString m_nginx;
    QString m_njsModule;
    QString m_streamModule;
    bool m_http2Directive = true;
    QStringList m_reductions;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};
