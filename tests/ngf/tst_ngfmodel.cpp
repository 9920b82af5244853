// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "core/design.h"
#include "ngf/fielderror.h"
#include "ngf/generator.h"
#include "ngf/graphbuilder.h"
#include "ngf/routeprocessor.h"
#include "ngf/validation.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/** Unit tests of the NGF model: conversions, formats, profiles, the source map and the dataplane API. */
class tst_NgfModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationConversion_data();
    void durationConversion();
    void cookiePath_data();
    void cookiePath();
    void fieldErrors();
    void versions();
    void hostnameIntersection();
    void sourceMapBothWays();
    void everyGeneratedLineHasASource_data();
    void everyGeneratedLineHasASource();
    void upstreamsCarryPods();
    void splitPercentagesSumTo100();
    void locationsForSimulator();
};

void tst_NgfModel::durationConversion_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("error");
    // NGF nginx/config/validation/common.go validateDurationCanBeConvertedToNginxFormat
    QTest::newRow("1h") << "1h"
                        << "1h"
                        << "";
    QTest::newRow("48h") << "48h"
                         << "48h"
                         << "";
    QTest::newRow("1h30m") << "1h30m"
                           << "5400s"
                           << "";
    QTest::newRow("1m30s") << "1m30s"
                           << "90s"
                           << "";
    QTest::newRow("2h0m") << "2h0m"
                          << "7200s"
                          << "";
    QTest::newRow("10000ms") << "10000ms"
                             << "10s"
                             << "";
    QTest::newRow("100000s") << "100000s"
                             << "1667m"
                             << "";
    QTest::newRow("12345m") << "12345m"
                            << "206h"
                            << "";
    QTest::newRow("0s passes through") << "0s"
                                       << "0s"
                                       << "";
    QTest::newRow("1.5s rounds up to ms") << "1.5s"
                                          << "1500ms"
                                          << "";
    QTest::newRow("10000h") << "10000h"
                            << ""
                            << "duration is too large for NGINX format (exceeds 9999h)";
    QTest::newRow("garbage") << "abc"
                             << ""
                             << "invalid duration: time: invalid duration \"abc\"";
    QTest::newRow("unit") << "5d"
                          << ""
                          << "invalid duration: time: unknown unit \"d\" in duration \"5d\"";
    QTest::newRow("negative") << "-5m1s"
                              << ""
                              << "duration must be > 0";
}

void tst_NgfModel::durationConversion()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(QString, error);
    QString e;
    const auto converted = validation::convertDuration(in, &e);
    QCOMPARE(converted.value_or(QString()), out);
    QCOMPARE(e, error);
}

static QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

void tst_NgfModel::cookiePath_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("expected");
    QTest::newRow("coffee") << list({"/coffee", "/coffee/snacks", "/coffee/orders/checkout",
                                     "/coffee/desserts"})
                            << "/coffee";
    QTest::newRow("app") << list({"/app/v1/users/", "/app/v1/latte/", "/app/v1/tea", "/app/v1/coffee"})
                         << "/app/v1";
    QTest::newRow("foo bar") << list({"/foo", "/bar"}) << "";
    QTest::newRow("coffee and root") << list({"/coffee", "/"}) << "";
    QTest::newRow("single keeps slash") << list({"/tea/"}) << "/tea/";
    QTest::newRow("root") << list({"/"}) << "/";
    QTest::newRow("regex") << list({"~/re", "/re"}) << "";
}

void tst_NgfModel::cookiePath()
{
    QFETCH(QStringList, paths);
    QFETCH(QString, expected);
    std::vector<HTTPRouteMatch> matches;
    for (const QString &p : paths) {
        HTTPRouteMatch m;
        m.path = p.startsWith(u'~') ? HTTPPathMatch {QStringLiteral("RegularExpression"), p.mid(1)}
                                    : HTTPPathMatch {QStringLiteral("PathPrefix"), p};
        matches.push_back(m);
    }
    QCOMPARE(cookiePathForMatches(matches), expected);
}

void tst_NgfModel::fieldErrors()
{
    QCOMPARE(FieldError::notSupported(QStringLiteral("spec.rules[0].sessionPersistence.type"),
                                      jsonQuote(QStringLiteral("Header")), {QStringLiteral("Cookie")})
                 .toString(),
             QStringLiteral("spec.rules[0].sessionPersistence.type: Unsupported value: \"Header\": supported "
                            "values: \"Cookie\""));
    QCOMPARE(FieldError::forbidden(QStringLiteral("spec.rules[0].timeouts"), QStringLiteral("Timeouts"))
                 .toString(),
             QStringLiteral("spec.rules[0].timeouts: Forbidden: Timeouts"));
    QCOMPARE(FieldError::required(QStringLiteral("p"), QStringLiteral("port cannot be nil")).toString(),
             QStringLiteral("p: Required value: port cannot be nil"));
    QCOMPARE(aggregate(QStringList {QStringLiteral("a")}), QStringLiteral("a"));
    QCOMPARE(aggregate(QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}),
             QStringLiteral("[a, b]"));
    QCOMPARE(goQuote(QStringLiteral("a\"b\n\x01")), QStringLiteral("\"a\\\"b\\n\\x01\""));
    QCOMPARE(jsonQuote(QStringLiteral("<a&b>")), QStringLiteral("\"\\u003ca\\u0026b\\u003e\""));
    // apimachinery's RegexError: two spaces before "or"; NGF's ValidateNginxSize passes the pattern as the
    // message and
    // the message as the pattern (upstreamsettings validator_test.go expects exactly this).
    QCOMPARE(
        validation::nginxSize(QStringLiteral("10 MB")),
        QStringLiteral("^\\d{1,4}(k|m|g)?$ (e.g. '1024',  or '8k',  or '20m',  or '1g', regex used for "
                       "validation is 'must contain a number. May be followed by 'k', 'm', or 'g', otherwise "
                       "bytes are assumed')"));
}

void tst_NgfModel::versions()
{
    QCOMPARE(NgfVersion().name(), QStringLiteral("2.6.7"));
    QCOMPARE(NgfVersion::parse(QStringLiteral("v2.6.7"))->name(), QStringLiteral("2.6.7"));
    QCOMPARE(NgfVersion::parse(QStringLiteral("2.4"))->name(), QStringLiteral("2.4.2"));
    QCOMPARE(NgfVersion::parse(QStringLiteral("main"))->name(), QStringLiteral("edge"));
    QVERIFY(!NgfVersion::parse(QStringLiteral("9.9")));
    QVERIFY(!NgfVersion::parse(QStringLiteral("2.6.8")));
    QVERIFY(NgfVersion::parse(QStringLiteral("2.4.0"))->defaultKeepalive16());
    QVERIFY(!NgfVersion::parse(QStringLiteral("2.3"))->defaultKeepalive16());
    QVERIFY(NgfVersion::parse(QStringLiteral("2.4.2"))->prefixUsesCaretModifier());
    QVERIFY(!NgfVersion().prefixUsesCaretModifier());
    QVERIFY(!NgfVersion::edge().printsProxyHttpVersion());
    QVERIFY(NgfVersion::supported().contains(QStringLiteral("edge")));
}

void tst_NgfModel::hostnameIntersection()
{
    const auto accepted = [](const char *listener, QStringList route) {
        std::vector<QString> r(route.begin(), route.end());
        std::optional<QString> l;
        if (listener)
            l = QString::fromLatin1(listener);
        return acceptedHostnames(l, r);
    };
    QCOMPARE(accepted(nullptr, {}), QStringList {QStringLiteral("~^")});
    QCOMPARE(accepted("*.example.com", {}), QStringList {QStringLiteral("*.example.com")});
    QCOMPARE(accepted("*.example.com", {QStringLiteral("cafe.example.com"), QStringLiteral("example.com")}),
             QStringList {QStringLiteral("cafe.example.com")});
    QCOMPARE(accepted("cafe.example.com", {QStringLiteral("*.example.com")}),
             QStringList {QStringLiteral("cafe.example.com")});
    QCOMPARE(accepted("*.example.com", {QStringLiteral("*.a.example.com")}),
             QStringList {QStringLiteral("*.a.example.com")});
    QCOMPARE(accepted("*.a.example.com", {QStringLiteral("*.example.com")}),
             QStringList {QStringLiteral("*.a.example.com")});
    QVERIFY(accepted("a.example.com", {QStringLiteral("b.example.com")}).isEmpty());
}

void tst_NgfModel::sourceMapBothWays()
{
    GoldenCase c = GoldenCase::load(QStringLiteral("walkthrough"));
    const auto result = Generator::run(*c.design, c.profile);
    const Resource *tea = c.design->find(Kind::HTTPRoute, QStringLiteral("default"), QStringLiteral("tea"));
    const Resource *policy =
        c.design->find(Kind::UpstreamSettingsPolicy, QStringLiteral("default"), QStringLiteral("lb-method"));
    QVERIFY(tea && policy);
    const int http = 3;
    QCOMPARE(result->files[http].path, QStringLiteral("/etc/nginx/conf.d/http.conf"));

    // Line -> source: the sticky line comes from tea's sessionPersistence, ip_hash from the policy.
    bool sticky = false, ipHash = false;
    for (int l = 0; l < result->files[http].lineCount(); ++l) {
        const QString text = result->files[http].line(l).trimmed();
        const SourceRefs &refs = result->sourceMap.sourcesOf(http, l);
        if (text.startsWith(u"sticky cookie cookie-tea")) {
            QCOMPARE(refs.size(), size_t(1));
            QCOMPARE(refs[0].resource, tea->id);
            QCOMPARE(refs[0].field, QStringLiteral("spec.rules[0].sessionPersistence"));
            sticky = true;
        }
        if (text == u"ip_hash;") {
            QCOMPARE(refs.at(0).resource, policy->id);
            QCOMPARE(refs.at(0).field, QStringLiteral("spec.loadBalancingMethod"));
            ipHash = true;
        }
    }
    QVERIFY(sticky && ipHash);

    // Resource -> lines: tea's lines include its location and its upstream's sticky line.
    QStringList teaLines;
    for (const auto &loc : result->sourceMap.linesOf(tea->id))
        teaLines << result->files[size_t(loc.file)].line(loc.line).trimmed();
    QVERIFY(teaLines.contains(QStringLiteral("location = /tea {")));
    QVERIFY(teaLines.contains(QStringLiteral("proxy_pass http://default_tea_80_tea_default_0;")));
    QVERIFY(teaLines.contains(QStringLiteral("sticky cookie cookie-tea expires=24h path=/tea;")));
    QVERIFY(!teaLines.contains(QStringLiteral("location /coffee/ {")));
    const auto spLines =
        result->sourceMap.linesOf(tea->id, QStringLiteral("spec.rules[0].sessionPersistence"));
    QCOMPARE(spLines.size(), size_t(1));
}

void tst_NgfModel::everyGeneratedLineHasASource_data()
{
    QTest::addColumn<QString>("name");
    for (const char *c :
         {"walkthrough", "spec-ex2-njs-matches", "spec-ex8-filters", "https-basic", "split-clients",
          "grpc-route", "real-ip-x-forwarded-for", "usp-merge", "secure-backend", "backend-tls-variants",
          "externalname-resolver", "nginxproxy-all-fields", "gatewayclass-nginxproxy"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void tst_NgfModel::everyGeneratedLineHasASource()
{
    // Below the fixed base section, every line of http.conf comes from the design, except NGF's
    // two socket servers and the invalid-backend-ref upstream.
    QFETCH(QString, name);
    GoldenCase c = GoldenCase::load(name);
    const auto result = Generator::run(*c.design, c.profile);
    const GeneratedFile *http = result->file(QStringLiteral("/etc/nginx/conf.d/http.conf"));
    QVERIFY(http);
    bool below = false;
    bool fixedBlock = false;
    for (int l = 0; l < http->lineCount(); ++l) {
        const QString text = http->line(l);
        if (text.startsWith(u"js_preload_object")) {
            below = true;
            continue;
        }
        if (!below)
            continue;
        if (text == u"server {" || text.startsWith(u"upstream invalid-backend-ref"))
            fixedBlock = text != u"server {" || http->line(l + 1).contains(u"-server.sock");
        if (!fixedBlock)
            QVERIFY2(!http->lineSources[size_t(l)].empty(),
                     qPrintable(QStringLiteral("line %1: %2").arg(l + 1).arg(text)));
        if (text == u"}")
            fixedBlock = false;
    }
}

void tst_NgfModel::upstreamsCarryPods()
{
    GoldenCase c = GoldenCase::load(QStringLiteral("upstream-pods"));
    const auto result = Generator::run(*c.design, c.profile);
    const Upstream *u = result->config->upstream(QStringLiteral("default_coffee_80"));
    QVERIFY(u);
    QCOMPARE(u->servers.size(), size_t(3));
    QStringList pods;
    for (const Pod &p : c.design->pods())
        pods << p.name;
    for (const UpstreamServer &s : u->servers) {
        QVERIFY2(pods.contains(s.pod), qPrintable(s.pod));
        QCOMPARE(s.port, 8080);
        // The body holds exactly the printed server line of each endpoint, in order.
        bool found = false;
        for (const Directive &d : u->body)
            found = found || d.text == QStringLiteral("server %1;").arg(s.hostPort());
        QVERIFY(found);
    }
    QCOMPARE(u->lbMethod, QStringLiteral("random two least_conn"));
}

void tst_NgfModel::splitPercentagesSumTo100()
{
    GoldenCase c = GoldenCase::load(QStringLiteral("split-clients"));
    const auto result = Generator::run(*c.design, c.profile);
    QVERIFY(!result->config->splitClients.empty());
    for (const SplitClients &sc : result->config->splitClients) {
        double sum = 0;
        for (const auto &d : sc.distributions)
            sum += d.percent.toDouble();
        QCOMPARE(sum, 100.0);
    }
}

void tst_NgfModel::locationsForSimulator()
{
    GoldenCase c = GoldenCase::load(QStringLiteral("spec-ex2-njs-matches"));
    const auto result = Generator::run(*c.design, c.profile);
    const VirtualServer &s = result->config->httpServers.at(1);
    QCOMPARE(s.hostname, QStringLiteral("cafe.example.com"));
    QCOMPARE(s.id, QStringLiteral("1"));
    QCOMPARE(s.locations.front().type, Location::Type::Redirect);
    QCOMPARE(s.locations.front().matchKey, QStringLiteral("1_0"));
    const auto &entries = result->config->matches.at(QStringLiteral("1_0"));
    QCOMPARE(entries.size(), size_t(3));
    QCOMPARE(entries[0].headers, QStringList {QStringLiteral("version:Exact:v2")});
    QVERIFY(entries[2].any);
    QCOMPARE(s.locations[2].type, Location::Type::Internal);
    QCOMPARE(s.locations[2].path, entries[0].redirectPath);
    QCOMPARE(s.locations[2].proxyPass, QStringLiteral("http://default_coffee-v2_80$request_uri"));
    QCOMPARE(s.locations.back().type, Location::Type::Root404);
}

QTEST_GUILESS_MAIN(tst_NgfModel)
#include "tst_ngfmodel.moc"
