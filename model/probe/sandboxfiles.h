// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gw::probe {

class SandboxPlan;

/**
 * Writes a SandboxPlan's rendering under a private prefix, changing only where things live and
 * what open-source nginx on this machine cannot read (docs/probe.md "What changes in the files"):
 *
 * - `/etc/nginx/`, `/var/run/nginx/`, `/var/lib/nginx/` move under the prefix; `error_log stderr`
 *   goes to `PREFIX/logs/error.log`;
 * - `listen N ...;` becomes `listen 127.0.0.1:LOCAL ...;` (SandboxPlan's ports); `listen [::]:N`
 *   and the lines the plan drops (js_*, the stream block, `http2 on;`) become comments, so every
 *   line keeps its number;
 * - NGF's image's parts: mime.types (the system's, else a minimal one), NGF's njs modules
 *   (resources/njs), the njs and stream modules linked from the system, a self-signed certificate
 *   in every ssl_certificate file;
 * - one file of the sandbox's own, `conf.d/zz-gwstudio-sandbox.conf`: the access log (with
 *   `$upstream_addr` and `$request_id`) and one server per Pod answering as NGF's demo app
 *   `nginxdemos/nginx-hello:plain-text` does, with the Pod's name as "Server name".
 */
class SandboxFiles
{
public:
    /** Writes everything under \a prefix (an existing, empty directory); \a certificatePem goes into
     * every certificate file (may be empty when there is none). */
    static bool write(const SandboxPlan &plan, const QString &prefix, const QByteArray &certificatePem,
                      QString *error);

    /** The text of one rendered file as the sandbox runs it. */
    static QString rewrite(const SandboxPlan &plan, const QString &path, const QString &text,
                           const QString &prefix);
    /** The sandbox's own http configuration: the access log and the Pods' demo servers. */
    static QByteArray sandboxConf(const SandboxPlan &plan, const QString &prefix);

    static QString errorLog(const QString &prefix) { return prefix + QStringLiteral("/logs/error.log"); }
    static QString accessLog(const QString &prefix) { return prefix + QStringLiteral("/logs/access.log"); }
    static QString configFile(const QString &prefix)
    {
        return prefix + QStringLiteral("/etc/nginx/nginx.conf");
    }
};

} // namespace gw::probe
