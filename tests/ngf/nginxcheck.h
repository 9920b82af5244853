// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/generatedfile.h"

#include <QStringList>
#include <QTemporaryDir>

namespace gw::ngf::test {

/**
 * Runs `nginx -t` on generated files under a test-local prefix. Documented normalisation (see
 * docs/ngf.md): /etc/nginx/, /var/run/nginx/ and /var/lib/nginx/ are moved under the prefix;
 * mime.types and NGF's gRPC error includes are provided; a test-only self-signed pair
 * (tests/ngf/tls/selfsigned.pem) stands in for every /etc/nginx/secrets/<name>.pem; the njs modules are
 * Gateway Studio's own (tests/ngf/njs). Where the nginx at hand lacks something NGF's image has, the check is
 * reduced and says so in reductions(): no njs module -> js_* lines removed; nginx < 1.25.1 -> `http2 on;`
 * removed; nginx < 1.25.5 (no stream `pass`) -> `pass $destPORT;` checked as `proxy_pass $destPORT;`; no
 * OpenTelemetry module -> its load_module and the otel_* directives and blocks removed; nginx < 1.27.3 (no
 * `resolve` on upstream servers in OSS) -> `server NAME:PORT resolve;` checked as `server 127.0.0.1:PORT;`.
 * CA bundles (the .crt files under /etc/nginx/secrets, /etc/ssl/cert.pem) are the same test certificate.
 */
class NginxCheck
{
public:
    NginxCheck();

    /** The nginx binary (GW_NGINX or /usr/sbin/nginx); empty when there is none. */
    QString nginx() const { return m_nginx; }
    bool hasNjs() const { return !m_njsModule.isEmpty(); }
    /** The stream module is required (libnginx-mod-stream): stream.conf is checked like every file. */
    bool hasStream() const { return !m_streamModule.isEmpty(); }
    QStringList reductions() const { return m_reductions; }

    /** Writes \a files and runs nginx -t; returns true when it passes, else sets \a output. */
    bool test(const std::vector<GeneratedFile> &files, QString *output);

private:
    QString rewrite(const QString &path, QString text) const;
    bool writeFile(const QString &path, const QByteArray &data) const;
    bool prepare();

    QString m_nginx;
    QString m_njsModule;
    QString m_streamModule;
    QString m_otelModule;
    bool m_http2Directive = true;
    bool m_upstreamResolve = true;
    bool m_streamPass = true;
    QStringList m_reductions;
    QTemporaryDir m_dir;
    QString m_pem;
};

} // namespace gw::ngf::test
