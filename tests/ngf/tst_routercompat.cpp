// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "ngf/generator.h"
#include "nginx/config.h"
#include "nginx/router.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * gw_nginx reads nginx configuration as nginx does and routes requests through it. Every golden
 * case's `render` output must load there without errors, and requests must reach the upstreams the
 * dataplane structs name: the preview's text and its structs tell the same story.
 */
class tst_RouterCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads_data();
    void loads();
    void routesLikeTheDataplane_data();
    void routesLikeTheDataplane();
};

void tst_RouterCompat::loads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plus");
    for (const QString &name : GoldenCase::all()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" oss"))) << name << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" plus"))) << name << true;
    }
}

void tst_RouterCompat::loads()
{
    QFETCH(QString, name);
    QFETCH(bool, plus);
    GoldenCase c = GoldenCase::load(name);
    c.profile.plus = plus;
    const auto result = Generator::run(*c.design, c.profile);
    if (result->gatewayIndex < 0)
        return; // nothing rendered (the case's error.txt is its golden)
    Diagnostics listing;
    const nginx::FileSet files = nginx::FileSet::fromListing(result->nginxT().toUtf8(), &listing, name);
    QVERIFY(!hasErrors(listing));
    const nginx::Config config = nginx::Config::parse(files);
    const nginx::Router router(config);
    QString problems;
    for (const Diagnostic &d : router.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            problems += d.toString() + u'\n';
    }
    // (The edge outputs nginx -t rejects, keepalive 0, least_time, proxy_http_version 2, are not routing
    // questions: the router reads them; tst_nginx holds nginx's verdict.)
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void tst_RouterCompat::routesLikeTheDataplane_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("upstream"); ///< empty: expect \a status
    QTest::addColumn<int>("status");
    QTest::newRow("walkthrough coffee") << "walkthrough"
                                        << "cafe.example.com"
                                        << "/coffee"
                                        << ""
                                        << "default_coffee_80" << 0;
    QTest::newRow("walkthrough coffee/x") << "walkthrough"
                                          << "cafe.example.com"
                                          << "/coffee/x"
                                          << ""
                                          << "default_coffee_80" << 0;
    QTest::newRow("walkthrough tea") << "walkthrough"
                                     << "cafe.example.com"
                                     << "/tea"
                                     << ""
                                     << "default_tea_80_tea_default_0" << 0;
    QTest::newRow("walkthrough tea/x") << "walkthrough"
                                       << "cafe.example.com"
                                       << "/tea/x"
                                       << ""
                                       << "" << 404;
    QTest::newRow("walkthrough latte") << "walkthrough"
                                       << "cafe.example.com"
                                       << "/latte"
                                       << ""
                                       << "default_latte_80" << 0;
    QTest::newRow("walkthrough other host") << "walkthrough"
                                            << "tea.example.com"
                                            << "/tea"
                                            << ""
                                            << "" << 404;
    QTest::newRow("ex2 header") << "spec-ex2-njs-matches"
                                << "cafe.example.com"
                                << "/coffee"
                                << "version: v2"
                                << "default_coffee-v2_80" << 0;
    QTest::newRow("ex2 query") << "spec-ex2-njs-matches"
                               << "cafe.example.com"
                               << "/coffee?TEST=v2"
                               << ""
                               << "default_coffee-v2_80" << 0;
    QTest::newRow("ex2 path") << "spec-ex2-njs-matches"
                              << "cafe.example.com"
                              << "/coffee"
                              << ""
                              << "default_coffee-v1_80" << 0;
    QTest::newRow("missing service") << "status-backend-not-found"
                                     << "cafe.example.com"
                                     << "/coffee"
                                     << ""
                                     << "" << 500;
    QTest::newRow("empty service") << "upstream-empty"
                                   << "cafe.example.com"
                                   << "/coffee"
                                   << ""
                                   << "" << 503;
    QTest::newRow("redirect") << "spec-ex8-filters"
                              << "cafe.example.com"
                              << "/old"
                              << ""
                              << "" << 301;
}

void tst_RouterCompat::routesLikeTheDataplane()
{
    QFETCH(QString, name);
    QFETCH(QString, host);
    QFETCH(QString, target);
    QFETCH(QString, header);
    QFETCH(QString, upstream);
    QFETCH(int, status);
    GoldenCase c = GoldenCase::load(name);
    c.profile.plus = false;
    const auto result = Generator::run(*c.design, c.profile);
    QVERIFY(result->gatewayIndex >= 0);
    const nginx::Config config = nginx::Config::parse(nginx::FileSet::fromListing(result->nginxT().toUtf8()));
    const nginx::Router router(config);
    nginx::Request request;
    request.host = host;
    request.target = target;
    if (!header.isEmpty()) {
        const int colon = int(header.indexOf(u':'));
        request.headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    const nginx::RouteResult r = router.route(request);
    if (upstream.isEmpty()) {
        QCOMPARE(r.status, status);
        return;
    }
    QCOMPARE(r.action.upstream, upstream);
    // The upstream the router reached exists in the dataplane with the same servers.
    QVERIFY(result->config->upstream(upstream));
}

QTEST_GUILESS_MAIN(tst_RouterCompat)
#include "tst_routercompat.moc"
