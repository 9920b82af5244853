// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/listenertls.h"

#include "core/design.h"
#include "ngf/fielderror.h"

#include <QRegularExpression>

namespace gw::ngf {

namespace {

// gateway_listener.go: SSLProtocolsKey, SSLCiphersKey, SSLPreferServerCiphersKey
const QString protocolsKey = QStringLiteral("nginx.org/ssl-protocols");
const QString ciphersKey = QStringLiteral("nginx.org/ssl-ciphers");
const QString preferKey = QStringLiteral("nginx.org/ssl-prefer-server-ciphers");

} // namespace

Conditions ListenerTls::validateOptions(const QMap<QString, QString> &options, const Resource &gateway,
                                        const QString &listenerField, ListenerSsl &ssl)
{
    // gateway_listener.go sslProtocolsValues, sslPreferServerCiphersValues, sslCiphersRegx
    static const QStringList protocols = {QStringLiteral("SSLv2"),   QStringLiteral("SSLv3"),
                                          QStringLiteral("TLSv1"),   QStringLiteral("TLSv1.1"),
                                          QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    static const QRegularExpression ciphers(QStringLiteral("^!?[A-Za-z0-9\\-+_]+(:!?[A-Za-z0-9\\-+_]+)*$"));
    Conditions out;
    const auto fail = [&](const FieldError &e) {
        conditions::append(out, conditions::listenerUnsupportedValue(e.toString()));
    };
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        const QString path = QStringLiteral("tls.options[%1]").arg(key);
        QString escaped = key;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        const QString field = listenerField + QStringLiteral(".tls.options[\"%1\"]").arg(escaped);
        if (key == protocolsKey) {
            const QStringList list =
                value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (list.isEmpty())
                fail(FieldError::notSupported(path, goQuote(QString()), protocols));
            bool ok = !list.isEmpty();
            for (const QString &p : list) {
                if (!protocols.contains(p)) {
                    fail(FieldError::notSupported(path, goQuote(p), protocols));
                    ok = false;
                }
            }
            if (ok) {
                ssl.protocols = value;
                ssl.protocolsSource = sourceOf(gateway, field);
            }
        } else if (key == preferKey) {
            if (value != u"on" && value != u"off") {
                fail(FieldError::notSupported(path, goQuote(value),
                                              {QStringLiteral("on"), QStringLiteral("off")}));
            } else {
                ssl.preferServerCiphers = value == u"on";
                ssl.preferServerCiphersSource = sourceOf(gateway, field);
            }
        } else if (key == ciphersKey) {
            if (!ciphers.match(value).hasMatch()) {
                fail(FieldError::invalid(path, goQuote(value), QStringLiteral("invalid ssl ciphers")));
            } else {
                ssl.ciphers = value;
                ssl.ciphersSource = sourceOf(gateway, field);
            }
        } else {
            fail(FieldError::notSupported(path, jsonQuote(key), {protocolsKey, ciphersKey, preferKey}));
        }
    }
    return out;
}

} // namespace gw::ngf
