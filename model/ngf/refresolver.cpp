// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/refresolver.h"

#include "core/design.h"

namespace gw::ngf {

namespace {

const QString caKey = QStringLiteral("ca.crt");

/** The length of a DER element at \a pos (tag and length octets included), or -1 when malformed. */
qsizetype derElementLength(const QByteArray &der, qsizetype pos)
{
    if (pos + 2 > der.size())
        return -1;
    const auto lengthByte = quint8(der[pos + 1]);
    qsizetype header = 2;
    qsizetype length = lengthByte;
    if (lengthByte & 0x80) {
        const int octets = lengthByte & 0x7f;
        if (octets == 0 || octets > 4 || pos + 2 + octets > der.size())
            return -1;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | quint8(der[pos + 2 + i]);
        header += octets;
    }
    if (pos + header + length > der.size())
        return -1;
    return header + length;
}

} // namespace

QString RefResolver::validateCa(const QByteArray &caData)
{
    // secrets.ValidateCA: base64 first, else the data as is; then the first PEM block.
    QByteArray data = caData;
    const auto decoded = QByteArray::fromBase64Encoding(caData, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && !decoded.decoded.isEmpty())
        data = decoded.decoded;
    const QByteArray begin = "-----BEGIN ";
    const qsizetype start = data.indexOf(begin);
    const qsizetype typeEnd = start < 0 ? -1 : data.indexOf("-----", start + begin.size());
    const QByteArray type =
        typeEnd < 0 ? QByteArray() : data.mid(start + begin.size(), typeEnd - start - begin.size());
    const qsizetype end = typeEnd < 0 ? -1 : data.indexOf(QByteArray("-----END " + type + "-----"), typeEnd);
    if (start < 0 || typeEnd < 0 || end < 0)
        return QStringLiteral("the data field \"ca.crt\" must hold a valid CERTIFICATE PEM block");
    const QByteArray body = data.mid(typeEnd + 5, end - typeEnd - 5);
    const auto der = QByteArray::fromBase64Encoding(body.simplified().replace(' ', ""),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!der)
        return QStringLiteral("the data field \"ca.crt\" must hold a valid CERTIFICATE PEM block");
    if (type != "CERTIFICATE")
        return QStringLiteral(
                   "the data field \"ca.crt\" must hold a valid CERTIFICATE PEM block, but got \"%1\"")
            .arg(QString::fromLatin1(type));
    // x509.ParseCertificate: a SEQUENCE of tbsCertificate (a SEQUENCE), the algorithm and the
    // signature, spanning the whole block.
    const QByteArray &d = *der;
    const qsizetype outer = derElementLength(d, 0);
    if (d.isEmpty() || quint8(d[0]) != 0x30 || outer != d.size())
        return QStringLiteral("failed to validate certificate: x509: malformed certificate");
    const qsizetype tbsPos = 2 + ((quint8(d[1]) & 0x80) ? (quint8(d[1]) & 0x7f) : 0);
    if (tbsPos >= d.size() || quint8(d[tbsPos]) != 0x30 || derElementLength(d, tbsPos) < 0)
        return QStringLiteral("failed to validate certificate: x509: malformed tbs certificate");
    return {};
}

QString RefResolver::secret(const QString &ns, const QString &name, const QString &expectedKey) const
{
    const Resource *r = m_design.find(Kind::Secret, ns, name);
    if (!r)
        return QStringLiteral("Secret %1/%2 does not exist").arg(ns, name);
    const Secret &s = *r->as<Secret>();
    if (s.type == u"kubernetes.io/tls") {
        // tls.X509KeyPair is not checked (see the class comment).
        if (s.data.contains(caKey))
            return validateCa(s.data.value(caKey));
        if (expectedKey == caKey)
            return QStringLiteral("missing expected key \"ca.crt\" in secret %1/%2").arg(ns, name);
        return {};
    }
    if (s.type == u"nginx.org/htpasswd" || (s.type == u"Opaque" && !expectedKey.isEmpty())) {
        const QByteArray data = s.data.value(expectedKey);
        if (data.isEmpty())
            return QStringLiteral("opaque secret %1/%2 does not contain the expected key \"%3\"")
                .arg(ns, name, expectedKey);
        return expectedKey == caKey ? validateCa(data) : QString();
    }
    return QStringLiteral("unsupported secret type \"%1\"").arg(s.type);
}

QString RefResolver::configMap(const QString &ns, const QString &name) const
{
    const Resource *r = m_design.find(Kind::ConfigMap, ns, name);
    if (!r)
        return QStringLiteral("ConfigMap %1/%2 does not exist, or is missing an expected key").arg(ns, name);
    const ConfigMap &cm = *r->as<ConfigMap>();
    QString error;
    QByteArray ca;
    if (cm.data.contains(caKey)) {
        ca = cm.data.value(caKey).toUtf8();
        error = validateCa(ca);
    }
    if (cm.binaryData.contains(caKey)) {
        ca = cm.binaryData.value(caKey);
        error = validateCa(ca);
    }
    if (ca.isEmpty())
        error = QStringLiteral("ConfigMap does not have the data or binaryData field ca.crt");
    return error;
}

QByteArray RefResolver::caBundle(const QString &kind, const QString &ns, const QString &name) const
{
    if (kind == u"ConfigMap") {
        if (const Resource *r = m_design.find(Kind::ConfigMap, ns, name)) {
            const ConfigMap &cm = *r->as<ConfigMap>();
            return cm.binaryData.contains(caKey) ? cm.binaryData.value(caKey) : cm.data.value(caKey).toUtf8();
        }
    } else if (const Resource *r = m_design.find(Kind::Secret, ns, name)) {
        return r->as<Secret>()->data.value(caKey);
    }
    return {};
}

bool RefResolver::referenceAllowed(const QString &fromKind, const QString &fromNs, const QString &toKind,
                                   const QString &toNs, const QString &toName) const
{
    for (const Resource *r : m_design.resources(Kind::ReferenceGrant)) {
        if (r->meta.ns != toNs)
            continue;
        const ReferenceGrant &g = *r->as<ReferenceGrant>();
        bool fromOk = false;
        for (const auto &f : g.from)
            fromOk =
                fromOk || (f.group == u"gateway.networking.k8s.io" && f.kind == fromKind && f.ns == fromNs);
        if (!fromOk)
            continue;
        for (const auto &t : g.to) {
            if ((t.group.isEmpty() || t.group == u"core") && t.kind == toKind &&
                (!t.name || *t.name == toName))
                return true;
        }
    }
    return false;
}

} // namespace gw::ngf
