// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw::probe {

/**
 * A self-signed certificate for the sandbox's HTTPS listeners, made by the `openssl` command
 * (package openssl, on every Debian system): an ECDSA P-256 key, valid for 7 days, with the
 * listeners' hostnames (wildcards included) and 127.0.0.1 as subject alternative names. Qt 6.4 has
 * no way to create a key pair, hence the command.
 */
class SelfSignedCertificate
{
public:
    /** Makes one; false with \a error set when openssl is missing or fails. */
    bool generate(const QStringList &hostnames, QString *error);

    QByteArray certificatePem() const { return m_certificate; }
    QByteArray keyPem() const { return m_key; }
    /** Certificate and key in one file, as NGF writes its `ssl_keypair_*.pem` files. */
    QByteArray keyPairPem() const { return m_certificate + m_key; }

private:
    QByteArray m_certificate;
    QByteArray m_key;
};

} // namespace gw::probe
