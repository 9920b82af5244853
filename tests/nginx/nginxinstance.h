// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gw::nginx::test {

/** A response read from a real nginx. */
struct HttpResponse
{
    bool connected = false;
    bool complete = false; ///< a status line was received
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< lowercased names
    QByteArray body;
};

/**
 * A real nginx for oracle tests: runs /usr/sbin/nginx (or $GW_NGINX) with a test-local prefix, every
 * temp/log/pid path inside a temporary directory, in the foreground without a master process, on
 * loopback ports chosen at start. The process is stopped by its pid when the object is destroyed, also
 * when a test fails.
 */
class NginxInstance
{
public:
    NginxInstance();
    ~NginxInstance();

    static QString binary();
    /** The binary's version as nginx_version counts it (1.29.0 -> 1029000); 0 when unreadable. */
    static int version();
    /** The njs module, when installed; empty otherwise. */
    static QString njsModule();

    QString dir() const { return m_dir.path(); }
    /** A free loopback port, remembered under \a name for substitute(). */
    quint16 port(const QString &name);
    /** Replaces @DIR@ and every @NAME@ port placeholder. */
    QByteArray substitute(QByteArray text) const;

    /** Writes \a files (relative names) into dir() and starts nginx with nginx.conf; waits for \a waitPorts.
     */
    bool start(const QMap<QString, QByteArray> &files, const QStringList &waitPorts, QString *error);
    void stop();
    /** Runs `nginx -t` on a configuration; returns nginx's stderr. */
    QString test(const QByteArray &config);

    /** Sends one raw HTTP/1.x request to 127.0.0.1:\a port (or \a address) and reads until the server closes.
     */
    static HttpResponse exchange(const QString &address, quint16 port, const QByteArray &request,
                                 int timeoutMs = 5000);
    /** The same over TLS, sending \a sni as the server name (none when empty); certificates are not verified.
     */
    static HttpResponse exchangeTls(quint16 port, const QString &sni, const QByteArray &request,
                                    int timeoutMs = 5000);
    /** Writes a self-signed certificate (dir()/cert.pem) and its key (dir()/key.pem) with openssl(1). */
    bool makeCertificate(QString *error);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QHash<QString, quint16> m_ports;
};

} // namespace gw::nginx::test
