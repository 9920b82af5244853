// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// add_header and mirror in the routing engine, with the shape NGF's CORS and RequestMirror filters
// give them (NGF internal/controller/nginx/config/servers_template.go): the preflight `if` answers 200
// with the location's add_header lines (an `if` block inherits them), the origin maps without a default
// leave the header out for an origin that is not allowed, and `mirror` names the subrequest
// (tests/nginx/data/cors-mirror.conf).
#include "routertesthelpers.h"

#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

Request corsRequest(const QString &method, const QString &target, const QString &origin)
{
    Request r = get(QStringLiteral("cafe.example.com"), target);
    r.method = method;
    if (!origin.isEmpty())
        r.headers.append({QStringLiteral("Origin"), origin});
    r.headers.append({QStringLiteral("Access-Control-Request-Method"), QStringLiteral("PUT")});
    return r;
}

QString header(const RouteResult &r, const QString &name)
{
    for (const auto &[n, v] : r.responseHeaders) {
        if (n == name)
            return v;
    }
    return QStringLiteral("<none>");
}

} // namespace

class tst_AddHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preflight();
    void originNotAllowed();
    void proxiedRequest();
    void statusFilter();
    void mirrors();
    void noHandlerOtherMethods();
};

void tst_AddHeader::preflight()
{
    const Router router = httpRouter(readData(QStringLiteral("cors-mirror.conf")));
    QVERIFY2(errors(router).isEmpty(), qPrintable(errors(router)));
    const RouteResult r = router.route(corsRequest(QStringLiteral("OPTIONS"), QStringLiteral("/coffee/x"),
                                                   QStringLiteral("https://www.example.com")));
    QCOMPARE(summary(r), QStringLiteral("200"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://www.example.com"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Methods")), QStringLiteral("PUT"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Headers")),
             QStringLiteral("Content-Type, X-Custom"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Credentials")), QStringLiteral("true"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("5"));
    QCOMPARE(header(r, QStringLiteral("X-Not-Always")), QStringLiteral("yes")); // 200 is a safe status
    // The location has add_header lines: the server's are not inherited.
    QCOMPARE(header(r, QStringLiteral("X-Server")), QStringLiteral("<none>"));
    // The preflight answers in the rewrite phase: no mirror subrequest.
    QVERIFY(r.mirrors.isEmpty());

    // A wildcard origin of the CORS filter ("https://*.example.org").
    const RouteResult w = router.route(corsRequest(QStringLiteral("OPTIONS"), QStringLiteral("/coffee/"),
                                                   QStringLiteral("https://api.example.org")));
    QCOMPARE(header(w, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://api.example.org"));
}

void tst_AddHeader::originNotAllowed()
{
    const Router router = httpRouter(readData(QStringLiteral("cors-mirror.conf")));
    for (const QString &origin : {QStringLiteral("https://evil.example.net"), QString()}) {
        const RouteResult r =
            router.route(corsRequest(QStringLiteral("OPTIONS"), QStringLiteral("/coffee/x"), origin));
        QCOMPARE(summary(r), QStringLiteral("200"));
        // The maps have no default: the value is empty and nginx adds no header.
        QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Origin")), QStringLiteral("<none>"));
        QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Credentials")), QStringLiteral("<none>"));
        QCOMPARE(header(r, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("5"));
    }
}

void tst_AddHeader::proxiedRequest()
{
    const Router router = httpRouter(readData(QStringLiteral("cors-mirror.conf")));
    const RouteResult r = router.route(corsRequest(QStringLiteral("GET"), QStringLiteral("/coffee/x"),
                                                   QStringLiteral("https://www.example.com")));
    QCOMPARE(summary(r), QStringLiteral("proxy coffee /coffee/x"));
    QCOMPARE(header(r, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://www.example.com"));
    QCOMPARE(header(r, QStringLiteral("X-Not-Always")), QStringLiteral("yes"));
}

void tst_AddHeader::statusFilter()
{
    const Router router = httpRouter(readData(QStringLiteral("cors-mirror.conf")));
    // The server's add_header with `always` on nginx's 404 of a location without add_header lines.
    const RouteResult r = router.route(get(QStringLiteral("cafe.example.com"), QStringLiteral("/plain/x")));
    QCOMPARE(summary(r), QStringLiteral("404"));
    QCOMPARE(header(r, QStringLiteral("X-Server")), QStringLiteral("server"));

    // Without `always` a header is left out of a 404.
    const Router other = httpRouter("server {\n"
                                    "    listen 80;\n"
                                    "    location / {\n"
                                    "        add_header X-Safe \"only 2xx/3xx\";\n"
                                    "        add_header X-Always \"all\" always;\n"
                                    "        return 404;\n"
                                    "    }\n"
                                    "}\n");
    const RouteResult n = other.route(get(QStringLiteral("example.com"), QStringLiteral("/")));
    QCOMPARE(summary(n), QStringLiteral("404"));
    QCOMPARE(header(n, QStringLiteral("X-Safe")), QStringLiteral("<none>"));
    QCOMPARE(header(n, QStringLiteral("X-Always")), QStringLiteral("all"));
}

void tst_AddHeader::mirrors()
{
    const Router router = httpRouter(readData(QStringLiteral("cors-mirror.conf")));
    const RouteResult r = router.route(get(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/x")));
    QCOMPARE(r.mirrors, QStringList {QStringLiteral("/_ngf-internal-mirror-tea-default/coffee-0")});
    // The mirror location is internal: a client cannot reach it.
    const RouteResult direct = router.route(get(
        QStringLiteral("cafe.example.com"), QStringLiteral("/_ngf-internal-mirror-tea-default/coffee-0")));
    QCOMPARE(summary(direct), QStringLiteral("404"));
    // `mirror off` in a location: none, and a `return` answers before the precontent phase anyway.
    QVERIFY(router.route(get(QStringLiteral("cafe.example.com"), QStringLiteral("/off/"))).mirrors.isEmpty());
}

void tst_AddHeader::noHandlerOtherMethods()
{
    // ngx_http_static_handler(): other methods than GET, HEAD and POST get 405 before any file lookup
    // (tests/sim/tst_corsoracle found it with preflights to a path without a route).
    const Router router = httpRouter("server { listen 80; server_name cafe.example.com; location /s/ { } }");
    QVERIFY2(errors(router).isEmpty(), qPrintable(errors(router)));
    for (const char *method : {"GET", "HEAD", "POST"}) {
        Request r = get(QStringLiteral("cafe.example.com"), QStringLiteral("/s/x"));
        r.method = QString::fromLatin1(method);
        QCOMPARE(router.route(r).status, 404);
    }
    for (const char *method : {"OPTIONS", "PUT", "DELETE", "PATCH"}) {
        for (const char *target : {"/s/x", "/s/", "/elsewhere"}) {
            Request r = get(QStringLiteral("cafe.example.com"), QString::fromLatin1(target));
            r.method = QString::fromLatin1(method);
            QCOMPARE(router.route(r).status, 405);
        }
    }
}

QTEST_GUILESS_MAIN(tst_AddHeader)
#include "tst_addheader.moc"
