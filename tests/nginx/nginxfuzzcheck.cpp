// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxfuzzcheck.h"

#include "nginx/config.h"
#include "nginx/router.h"

#include <cstdio>
#include <cstdlib>

namespace gw::nginx::test {

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "checkNginxInput: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

void checkDirectives(const std::vector<Directive> &list, const FileSet &files)
{
    for (const Directive &d : list) {
        const FileSet::File *f = files.file(d.location.file);
        if (!f)
            fail("directive in an unknown file", d.location.toString());
        if (d.location.line < 1 || d.location.column < 1)
            fail("directive without a position", d.location.toString());
        if (d.offset < 0 || d.offset > d.endOffset || d.endOffset > f->content.size())
            fail("directive outside its file", d.location.toString());
        if (d.argLocations.size() != d.args.size())
            fail("argument positions", d.location.toString());
        checkDirectives(d.children, files);
    }
}

void checkConfig(const Config &config)
{
    checkDirectives(config.directives(), config.files());
    for (const gw::Diagnostic &d : config.diagnostics()) {
        if (d.message.isEmpty())
            fail("empty message", d.location.toString());
    }
    const Router router(config);
    for (const gw::Diagnostic &d : router.diagnostics()) {
        if (d.message.isEmpty())
            fail("empty router message", d.location.toString());
    }
    // Requests built from the input itself reach the parts of the configuration it names.
    const QByteArray bytes = config.files().isEmpty() ? QByteArray() : config.files().files().front().content;
    QStringList hosts {QStringLiteral("example.com"), QStringLiteral("a.b.c"), QString()};
    QStringList targets {QStringLiteral("/"), QStringLiteral("/a/../b%2F?x=1&y")};
    for (const QByteArray &word : bytes.left(512).split(' ')) {
        const QString w = QString::fromUtf8(word.left(64));
        if (w.startsWith(u'/'))
            targets << w;
        else if (w.contains(u'.'))
            hosts << w;
        if (targets.size() + hosts.size() > 8)
            break;
    }
    for (int port : {80, 8080}) {
        for (const QString &h : std::as_const(hosts)) {
            for (const QString &t : std::as_const(targets)) {
                Request r;
                r.port = port;
                r.host = h;
                r.target = t;
                r.requestId = QStringLiteral("0123456789abcdef0123456789abcdef");
                r.headers.append({QStringLiteral("version"), QStringLiteral("v2")});
                RouteOptions o;
                o.keepState = true;
                const RouteResult res = router.route(r, o);
                res.evaluate(QStringLiteral("$uri$args$host$request_id"));
                if (res.chain.size() > 12)
                    fail("more than 10 URI changes", t);
            }
        }
    }
}

} // namespace

void checkNginxInput(const QByteArray &data)
{
    checkConfig(Config::parseText(data, QStringLiteral("/etc/nginx/nginx.conf")));
    ParseOptions http;
    http.root = ParseOptions::Root::Http;
    checkConfig(Config::parseText(data, QStringLiteral("/etc/nginx/conf.d/http.conf"), http));
    const FileSet listing = FileSet::fromListing(data);
    if (!listing.isEmpty())
        checkConfig(Config::parse(listing));
}

} // namespace gw::nginx::test
