// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/config.h"
#include "nginx/router.h"

#include <QFile>
#include <QString>

namespace gw::nginx::test {

inline QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

/** A router over \a http, read as the content of an http block (NGF's http.conf). */
inline Router httpRouter(const QByteArray &http, const QByteArray &matchesJson = "{}\n",
                         int nginxVersion = 1029000)
{
    FileSet files;
    files.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"), http);
    if (!matchesJson.isEmpty())
        files.insert(QStringLiteral("/etc/nginx/conf.d/matches.json"), matchesJson);
    ParseOptions o;
    o.root = ParseOptions::Root::Http;
    RouterOptions ro;
    ro.nginxVersion = nginxVersion;
    return Router(Config::parse(files, QStringLiteral("/etc/nginx/conf.d/http.conf"), o), ro);
}

inline QString errors(const Router &r)
{
    QStringList out;
    for (const gw::Diagnostic &d : r.diagnostics()) {
        if (d.severity == gw::Diagnostic::Severity::Error)
            out << d.toString();
    }
    return out.join(u'\n');
}

/** The outcome in one line: "200 body", "301 -> URL", "proxy UPSTREAM URI[ => STATUS]", … */
inline QString summary(const RouteResult &r)
{
    switch (r.action.kind) {
    case Action::Kind::Return:
        return QString::number(r.action.status) +
            (r.action.body.isEmpty() ? QString() : u' ' + r.action.body);
    case Action::Kind::Redirect:
        return QString::number(r.action.status) + QStringLiteral(" -> ") + r.action.redirect;
    case Action::Kind::Proxy:
        return QStringLiteral("proxy ") + (r.action.upstream.isEmpty() ? r.action.host : r.action.upstream) +
            u' ' + r.action.uri + (r.status ? QStringLiteral(" => ") + QString::number(r.status) : QString());
    case Action::Kind::Static:
        return QStringLiteral("static 404");
    case Action::Kind::Rejected:
        return QStringLiteral("rejected: ") + r.error;
    case Action::Kind::Closed:
        return QStringLiteral("closed");
    case Action::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Action::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

inline Request get(const QString &host, const QString &target)
{
    Request r;
    r.host = host;
    r.target = target;
    return r;
}

} // namespace gw::nginx::test
