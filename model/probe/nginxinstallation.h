// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gw::probe {

/**
 * The open-source nginx this machine has, as the sandbox needs to know it: the binary (an explicit
 * path, else `nginx` on PATH, else /usr/sbin/nginx), its version, and the dynamic modules it can
 * load from its modules directory (`--modules-path` of `nginx -V`, /usr/lib/nginx/modules on
 * Debian): njs (`ngx_http_js_module.so`, package libnginx-mod-http-js) and stream (built in, or
 * `ngx_stream_module.so`, package libnginx-mod-stream).
 */
class NginxInstallation
{
public:
    /** Looks for nginx; \a binary, when not empty, is the only candidate. */
    static NginxInstallation find(const QString &binary = {});

    bool isValid() const { return !m_binary.isEmpty(); }
    /** Why no nginx can be used, with the package to install. */
    QString errorString() const { return m_error; }

    QString binary() const { return m_binary; }
    QString version() const { return m_version; } ///< "1.22.1"
    /** nginx at least \a major.\a minor.\a patch. */
    bool atLeast(int major, int minor, int patch) const;
    /** `http2 on;` exists (nginx 1.25.1 and later). */
    bool hasHttp2Directive() const { return atLeast(1, 25, 1); }

    /** The njs module to load; empty when not installed. */
    QString njsModule() const { return m_njsModule; }
    /** The stream module to load; empty when built in or not installed (see hasStream()). */
    QString streamModule() const { return m_streamModule; }
    bool hasStream() const { return m_streamBuiltIn || !m_streamModule.isEmpty(); }
    /** The ssl module is built in (TLS listeners). */
    bool hasSsl() const { return m_ssl; }

private:
    QString m_binary;
    QString m_error;
    QString m_version;
    int m_major = 0, m_minor = 0, m_patch = 0;
    QString m_njsModule;
    QString m_streamModule;
    bool m_streamBuiltIn = false;
    bool m_ssl = false;
};

} // namespace gw::probe
