// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/selfsignedcertificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::SelfSignedCertificate)
};

} // namespace

bool SelfSignedCertificate::generate(const QStringList &hostnames, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = Tr::tr("HTTPS listeners need a certificate, made with the openssl command: install the "
                        "openssl package");
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Tr::tr("cannot create a temporary directory: %1").arg(dir.errorString());
        return false;
    }
    QStringList names;
    for (const QString &h : hostnames)
        names << QStringLiteral("DNS:") + h;
    names << QStringLiteral("DNS:localhost") << QStringLiteral("IP:127.0.0.1");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("7"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Gateway Studio sandbox"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=") + names.join(u','), QStringLiteral("-keyout"),
             dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
             dir.filePath(QStringLiteral("cert.pem"))});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(1000);
        *error = Tr::tr("openssl could not make a certificate: %1")
                     .arg(QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("openssl wrote no certificate");
        return false;
    }
    m_certificate = cert.readAll();
    m_key = key.readAll();
    return true;
}

} // namespace gw::probe
