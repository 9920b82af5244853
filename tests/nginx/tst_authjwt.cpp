// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// auth_jwt and auth_oidc (NGINX Plus) in the router: 401 with `WWW-Authenticate: Bearer realm=...`
// without a Bearer token, an unverified pass with one (the trace says so), "off", inheritance, a
// `return` that answers first, duplicates, and auth_oidc passing with a trace that it is not simulated.
#include "nginx/authjwt.h"
#include "routertesthelpers.h"

#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

Router jwtRouter(const QByteArray &http)
{
    FileSet set;
    set.insert(QStringLiteral("/etc/nginx/nginx.conf"),
               "events {}\nhttp {\n    include /etc/nginx/conf.d/http.conf;\n}\n");
    set.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"), http);
    return Router(Config::parse(set));
}

Request withAuthorization(const QString &target, const QString &value)
{
    Request r = get(QStringLiteral("example.com"), target);
    r.headers.append({QStringLiteral("Authorization"), value});
    return r;
}

QString accessTrace(const RouteResult &r)
{
    QStringList out;
    for (const TraceStep &t : r.trace) {
        if (t.kind == TraceStep::Kind::Access)
            out << t.message;
    }
    return out.join(u'\n');
}

const QByteArray config = R"(
server {
    listen 80;
    location /api/ {
        auth_jwt "Restricted API";
        auth_jwt_key_file /etc/nginx/secrets/jwt_auth_default_jwks;
        auth_jwt_key_cache 10m;
        proxy_pass http://10.0.0.1;
        location /api/open/ { auth_jwt off; proxy_pass http://10.0.0.1; }
        location /api/nested/ { proxy_pass http://10.0.0.1; }
    }
    location /early/ { auth_jwt "R"; return 204; }
    location /sso/ { auth_oidc default_sso; proxy_pass http://10.0.0.1; }
    location / { proxy_pass http://10.0.0.1; }
}
)";

} // namespace

class tst_AuthJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases_data();
    void phases();
    void unauthorized();
    void unverifiedTrace();
    void oidc();
    void duplicate();
};

void tst_AuthJwt::phases_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QStringLiteral("/api/x") << QString() << 401;
    QTest::newRow("bearer") << QStringLiteral("/api/x") << QStringLiteral("Bearer abc.def.ghi") << 0;
    QTest::newRow("bearer lower case scheme")
        << QStringLiteral("/api/x") << QStringLiteral("bearer abc") << 0;
    QTest::newRow("basic credentials")
        << QStringLiteral("/api/x") << QStringLiteral("Basic dXNlcjpwdw==") << 401;
    QTest::newRow("empty bearer") << QStringLiteral("/api/x") << QStringLiteral("Bearer ") << 401;
    QTest::newRow("inherited") << QStringLiteral("/api/nested/x") << QString() << 401;
    QTest::newRow("off") << QStringLiteral("/api/open/x") << QString() << 0;
    QTest::newRow("return first") << QStringLiteral("/early/x") << QString() << 204;
    QTest::newRow("unprotected") << QStringLiteral("/other") << QString() << 0;
}

void tst_AuthJwt::phases()
{
    QFETCH(QString, target);
    QFETCH(QString, authorization);
    QFETCH(int, status);
    const Router router = jwtRouter(config);
    QVERIFY(router.isValid());
    const Request r = authorization.isEmpty() ? get(QStringLiteral("example.com"), target)
                                              : withAuthorization(target, authorization);
    const RouteResult result = router.route(r);
    QCOMPARE(result.status, status);
    if (status == 0)
        QCOMPARE(result.action.kind, Action::Kind::Proxy);
}

void tst_AuthJwt::unauthorized()
{
    const Router router = jwtRouter(config);
    const RouteResult r = router.route(get(QStringLiteral("example.com"), QStringLiteral("/api/x")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.action.wwwAuthenticate, QStringLiteral("Bearer realm=\"Restricted API\""));
    QVERIFY2(accessTrace(r).contains(u"no Bearer token"), qPrintable(accessTrace(r)));
    QCOMPARE(r.error, QStringLiteral("no Bearer token in the Authorization header"));
}

void tst_AuthJwt::unverifiedTrace()
{
    const Router router = jwtRouter(config);
    const RouteResult r =
        router.route(withAuthorization(QStringLiteral("/api/x"), QStringLiteral("Bearer x")));
    QCOMPARE(r.status, 0);
    const QString trace = accessTrace(r);
    QVERIFY2(trace.contains(u"auth_jwt: ") && trace.contains(u"not verified by the simulator"),
             qPrintable(trace));
    bool located = false;
    for (const TraceStep &t : r.trace)
        located = located || (t.kind == TraceStep::Kind::Access && t.location.line == 5);
    QVERIFY(located);
}

void tst_AuthJwt::oidc()
{
    const Router router = jwtRouter(config);
    const RouteResult r = router.route(get(QStringLiteral("example.com"), QStringLiteral("/sso/x")));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.action.kind, Action::Kind::Proxy);
    const QString trace = accessTrace(r);
    QVERIFY2(trace.contains(u"auth_oidc default_sso") && trace.contains(u"not simulated"), qPrintable(trace));
}

void tst_AuthJwt::duplicate()
{
    const Router router = jwtRouter(R"(
server {
    listen 80;
    location / { auth_jwt "a"; auth_jwt "b"; proxy_pass http://10.0.0.1; }
}
)");
    bool found = false;
    for (const gw::Diagnostic &d : router.diagnostics())
        found = found || d.message.contains(u"\"auth_jwt\" directive is duplicate");
    QVERIFY(found);
    // The first one stays in effect.
    const RouteResult r = router.route(get(QStringLiteral("example.com"), QStringLiteral("/")));
    QCOMPARE(r.action.wwwAuthenticate, QStringLiteral("Bearer realm=\"a\""));
}

QTEST_GUILESS_MAIN(tst_AuthJwt)
#include "tst_authjwt.moc"
