// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * NGF's resource resolver for the Secrets and ConfigMaps other objects reference
 * (state/resolver: ResourceResolver, secretEntry, configMapEntry): does the object exist, and is
 * its data what NGF needs. Each function returns NGF's error text, or an empty string.
 *
 * Certificate contents are checked as far as the preview can without a TLS library: a `ca.crt`
 * must hold a PEM CERTIFICATE block whose DER is a well-formed certificate SEQUENCE (NGF's
 * x509.ParseCertificate goes further). TLS key pairs are not checked (tls.X509KeyPair): designs
 * often carry placeholders (docs/ngf.md, "Choices").
 */
class RefResolver
{
public:
    explicit RefResolver(const Design &design)
        : m_design(design)
    { }

    /** Resolve(ResourceTypeSecret, ns/name[, WithExpectedSecretKey(key)]). */
    QString secret(const QString &ns, const QString &name, const QString &expectedKey = {}) const;
    /** Resolve(ResourceTypeConfigMap, ns/name): `ca.crt` in data or binaryData, a valid CA. */
    QString configMap(const QString &ns, const QString &name) const;
    /** The CA bundle data NGF writes for a ConfigMap or Secret (its `ca.crt`), empty when none. */
    QByteArray caBundle(const QString &kind, const QString &ns, const QString &name) const;

    /** secrets.ValidateCA: the data (base64 or not) holds a PEM CERTIFICATE block. */
    static QString validateCa(const QByteArray &data);

    /**
     * Whether a ReferenceGrant in \a toNs lets \a fromKind objects of \a fromNs (group
     * gateway.networking.k8s.io) reference the core-group \a toKind named \a toName.
     */
    bool referenceAllowed(const QString &fromKind, const QString &fromNs, const QString &toKind,
                          const QString &toNs, const QString &toName) const;

private:
    const Design &m_design;
};

} // namespace gw::ngf
