// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// JWT and OIDC authentication (NGINX Plus) through the whole pipeline: with --plus a JWT-protected rule
// answers 401 with `WWW-Authenticate: Bearer realm=...` without a Bearer token and lets a request with
// one through unverified (the trace says so); an OIDC rule goes on with a trace that the login is not
// simulated; on OSS NGF refuses both filter types and the rules answer 500.
#include "pipelinetest.h"

#include "sim/requestscsv.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString JwtFileDesign = QStringLiteral("/tests/ngf/data/filters-auth-jwt-file/input.yaml");
const QString JwtRemoteDesign = QStringLiteral("/tests/ngf/data/filters-auth-jwt-remote/input.yaml");
const QString OidcDesign = QStringLiteral("/tests/ngf/data/filters-auth-oidc/input.yaml");

ngf::Profile plus()
{
    ngf::Profile p;
    p.plus = true;
    return p;
}

gw::nginx::Request withAuth(const QString &host, const QString &target, const QString &authorization)
{
    gw::nginx::Request r = request(host, target);
    if (!authorization.isEmpty())
        r.headers.append({QStringLiteral("Authorization"), authorization});
    return r;
}

QString accessTrace(const RouteDecision &d)
{
    QStringList out;
    for (const gw::nginx::TraceStep &t : d.trace) {
        if (t.kind == gw::nginx::TraceStep::Kind::Access)
            out << t.message;
    }
    return out.join(u'\n');
}

} // namespace

class tst_SimAuthJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jwtFile();
    void jwtRemote();
    void oidc();
    void oss();
    void requestsCsv();
};

void tst_SimAuthJwt::jwtFile()
{
    const auto c = config(JwtFileDesign, plus());
    const QString host = QStringLiteral("api.example.com");
    const RouteDecision none = c->route(withAuth(host, QStringLiteral("/v1"), {}), true);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.upstream, -1);
    QCOMPARE(none.route, QStringLiteral("default/api"));
    QCOMPARE(none.error, QStringLiteral("no Bearer token in the Authorization header"));
    const RouteDecision token =
        c->route(withAuth(host, QStringLiteral("/v1/x"), QStringLiteral("Bearer a.b.c")), true);
    QCOMPARE(token.status, 0);
    QCOMPARE(token.upstreamName, QStringLiteral("default_api_80"));
    QVERIFY2(accessTrace(token).contains(u"not verified by the simulator"), qPrintable(accessTrace(token)));
    // A Basic credential is no Bearer token.
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/v1"), QStringLiteral("Basic dXNlcjpwdw=="))).status,
             401);
    // The internal locations of the header match carry auth_jwt too.
    gw::nginx::Request v2 = withAuth(host, QStringLiteral("/v2"), {});
    v2.headers.append({QStringLiteral("x-version"), QStringLiteral("2")});
    QCOMPARE(c->route(v2).status, 401);
    // Invalid filters: `return 500` in the rewrite phase, whatever the token.
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/no-key"), QStringLiteral("Bearer a"))).status, 500);
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/no-secret"), {})).status, 500);
}

void tst_SimAuthJwt::jwtRemote()
{
    const auto c = config(JwtRemoteDesign, plus());
    const QString host = QStringLiteral("api.example.com");
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/v1beta"), {})).status, 401);
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/internal"), QStringLiteral("Bearer t"))).status, 0);
    // The JWKS location is internal: a client cannot reach it.
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/_ngf-internal-default_jwt-idp_jwks_uri"), {})).status,
             404);
    QCOMPARE(c->route(withAuth(host, QStringLiteral("/bad-ca"), QStringLiteral("Bearer t"))).status, 500);
}

void tst_SimAuthJwt::oidc()
{
    const auto c = config(OidcDesign, plus());
    gw::nginx::Request r = request(QStringLiteral("app.example.com"), QStringLiteral("/"));
    r.scheme = QStringLiteral("https");
    r.sni = QStringLiteral("app.example.com");
    r.port = 443;
    const RouteDecision d = c->route(r, true);
    QCOMPARE(d.status, 0);
    QVERIFY2(accessTrace(d).contains(u"auth_oidc default_oidc-full") &&
                 accessTrace(d).contains(u"not simulated"),
             qPrintable(accessTrace(d)));
    // The filter whose logout URI another filter claims on the hostname: 500.
    gw::nginx::Request reports = request(QStringLiteral("app.example.com"), QStringLiteral("/reports"));
    reports.scheme = QStringLiteral("https");
    reports.sni = QStringLiteral("app.example.com");
    reports.port = 443;
    QCOMPARE(c->route(reports).status, 500);
}

void tst_SimAuthJwt::oss()
{
    const auto c = config(JwtFileDesign);
    QCOMPARE(c->route(withAuth(QStringLiteral("api.example.com"), QStringLiteral("/v1"),
                               QStringLiteral("Bearer a")))
                 .status,
             500);
    QVERIFY(!c->text().contains("auth_jwt"));
}

void tst_SimAuthJwt::requestsCsv()
{
    const auto c = config(JwtFileDesign, plus());
    Diagnostics d;
    const QByteArray csv("client,host,path,header:Authorization\n"
                         "10.0.0.1,api.example.com,/v1,\n"
                         "10.0.0.1,api.example.com,/v1,Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig\n");
    const auto requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    QVERIFY(!hasErrors(d));
    const auto records = TraceRunner::run(c, requests, {});
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].status, 401);
    QCOMPARE(records[1].status, 200);
    QCOMPARE(records[1].upstream, QStringLiteral("default_api_80"));
}

QTEST_GUILESS_MAIN(tst_SimAuthJwt)
#include "tst_simauthjwt.moc"
