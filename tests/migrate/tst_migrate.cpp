// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ngf/nginxcheck.h"

#include "core/design.h"
#include "core/filter.h"
#include "core/gateway.h"
#include "core/workload.h"
#include "i18n/languagemanager.h"
#include "migrate/ingressconverter.h"
#include "ngf/generator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

/**
 * `gwstudio migrate` (docs/migration.md "Converting"). Each folder of tests/migrate/data holds
 * input.yaml, optionally `options` ("plus experimental"), and the goldens expected.yaml,
 * report.txt (the English report, with the English catalog's plurals as the command line prints it) and
 * resources.txt (each report line's annotation with the resources it produced, "-" for none). The
 * goldens were produced by the code (GW_UPDATE_GOLDEN=1) and reviewed against ingress-nginx v1.15.1
 * (annotations/, nginx.tmpl) and NGF v2.6.7 (apis/v1alpha1, graph/httproute.go). Compared byte for byte.
 */
class tst_Migrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void rendersAndPassesNginx_data() { golden_data(); }
    void rendersAndPassesNginx();
    void passesOtherDocumentsThrough();
    void basicAuthSecrets_data();
    void basicAuthSecrets();
    void cliExitCodes();
    void cliJsonReport();
    void reportResourcesExist_data() { golden_data(); }
    void reportResourcesExist();
    void reportNamesExactResources_data();
    void reportNamesExactResources();

private:
    struct Case
    {
        QString dir;
        migrate::ConversionOptions options;
        QByteArray input;
    };
    static Case load(const QString &name);
    static QByteArray read(const QString &path);
    static int runCli(const QStringList &args, QByteArray *out, QByteArray *err);
    /** One line per report line: "ns/ingress: annotation: Kind ns/name, ..." ("-": nothing produced). */
    static QByteArray resourcesText(const migrate::MigrationReport &report);

    std::unique_ptr<ngf::test::NginxCheck> m_check;
    LanguageManager m_languages; ///< English, as `gwstudio migrate` prints the report in C.UTF-8
};

QByteArray tst_Migrate::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

tst_Migrate::Case tst_Migrate::load(const QString &name)
{
    Case c;
    c.dir = QStringLiteral(GW_TEST_DATA_DIR "/") + name;
    const QString options = QString::fromUtf8(read(c.dir + QStringLiteral("/options")));
    c.options.plus = options.contains(QStringLiteral("plus"));
    c.options.experimental = options.contains(QStringLiteral("experimental"));
    c.input = read(c.dir + QStringLiteral("/input.yaml"));
    return c;
}

QByteArray tst_Migrate::resourcesText(const migrate::MigrationReport &report)
{
    QString text;
    for (const auto &l : report.lines()) {
        QStringList refs;
        for (const auto &r : l.resources)
            refs << r.kind + u' ' + r.ns + u'/' + r.name +
                    (r.section.isEmpty() ? QString() : u'#' + r.section);
        text += l.ingress + QStringLiteral(": ") + l.annotation + QStringLiteral(": ") +
            (refs.isEmpty() ? QStringLiteral("-") : refs.join(QStringLiteral(", "))) + u'\n';
    }
    return text.toUtf8();
}

void tst_Migrate::initTestCase()
{
    m_languages.install(QLocale(QLocale::English));
    m_check = std::make_unique<ngf::test::NginxCheck>();
    QVERIFY2(!m_check->nginx().isEmpty(), "no nginx binary (install nginx-light, or set GW_NGINX)");
    for (const QString &r : m_check->reductions())
        qWarning("REDUCED nginx -t check: %s", qPrintable(r));
}

void tst_Migrate::golden_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases =
        QDir(QStringLiteral(GW_TEST_DATA_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(cases.size() >= 6);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void tst_Migrate::golden()
{
    QFETCH(QString, name);
    const Case c = load(name);
    Design design;
    QVERIFY(design.addFile(c.input, c.dir + QStringLiteral("/input.yaml")).ok);
    const auto result = migrate::IngressConverter::convert(design, c.options);
    QVERIFY(result.ok);
    const QByteArray report = result.report.toText().toUtf8();
    const QByteArray resources = resourcesText(result.report);
    if (qEnvironmentVariable("GW_UPDATE_GOLDEN") == u"1") {
        for (const auto &[file, data] : {std::pair {QStringLiteral("/expected.yaml"), result.yaml},
                                         std::pair {QStringLiteral("/report.txt"), report},
                                         std::pair {QStringLiteral("/resources.txt"), resources}}) {
            QFile f(c.dir + file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
    }
    QCOMPARE(QString::fromUtf8(result.yaml),
             QString::fromUtf8(read(c.dir + QStringLiteral("/expected.yaml"))));
    QCOMPARE(QString::fromUtf8(report), QString::fromUtf8(read(c.dir + QStringLiteral("/report.txt"))));
    QCOMPARE(QString::fromUtf8(resources), QString::fromUtf8(read(c.dir + QStringLiteral("/resources.txt"))));
}

void tst_Migrate::reportResourcesExist()
{
    // Every resource a report line names is in the converted design, a listener on its Gateway; a not
    // convertible line names nothing.
    QFETCH(QString, name);
    const Case c = load(name);
    Design input;
    QVERIFY(input.addFile(c.input, QStringLiteral("input.yaml")).ok);
    const auto result = migrate::IngressConverter::convert(input, c.options);
    QVERIFY(result.ok);
    Design converted;
    QVERIFY(converted.addFile(result.yaml, QStringLiteral("converted.yaml")).ok);
    int linked = 0;
    for (const auto &l : result.report.lines()) {
        if (l.status == migrate::MigrationReport::Status::NotConvertible)
            QVERIFY2(l.resources.empty(), qPrintable(l.annotation));
        for (const auto &r : l.resources) {
            const Resource *found = converted.find(r.kind, r.ns, r.name);
            QVERIFY2(found, qPrintable(l.annotation + u": " + r.kind + u' ' + r.ns + u'/' + r.name));
            if (!r.section.isEmpty()) {
                const auto *gateway = found->as<Gateway>();
                QVERIFY(gateway);
                QVERIFY2(std::any_of(gateway->listeners.begin(), gateway->listeners.end(),
                                     [&](const Listener &li) { return li.name == r.section; }),
                         qPrintable(r.section));
            }
            ++linked;
        }
    }
    QVERIFY(linked > 0);
}

void tst_Migrate::reportNamesExactResources_data()
{
    QTest::addColumn<QString>("name"); ///< the golden case
    QTest::addColumn<QString>("ingress");
    QTest::addColumn<QString>("annotation");
    QTest::addColumn<QStringList>("resources"); ///< "Kind ns/name", in order
    QTest::newRow("limit-rps") << "policies"
                               << "default/admin"
                               << "limit-rps" << QStringList {u"RateLimitPolicy default/admin-ratelimit"_s};
    QTest::newRow("auth-type") << "policies"
                               << "default/admin"
                               << "auth-type"
                               << QStringList {u"AuthenticationFilter default/admin-auth"_s,
                                               u"Secret default/admin-users"_s};
    QTest::newRow("proxy-read-timeout")
        << "policies"
        << "default/admin"
        << "proxy-read-timeout" << QStringList {u"ProxySettingsPolicy default/admin-proxy"_s};
    QTest::newRow("allow-list") << "policies"
                                << "default/admin"
                                << "whitelist-source-range"
                                << QStringList {u"SnippetsFilter default/admin-snippets"_s};
    QTest::newRow("not convertible") << "policies"
                                     << "default/admin"
                                     << "custom-http-errors" << QStringList {};
    QTest::newRow("affinity OSS") << "affinity-oss"
                                  << "default/shop"
                                  << "affinity" << QStringList {u"UpstreamSettingsPolicy default/shop-lb"_s};
    QTest::newRow("affinity Plus") << "affinity-plus"
                                   << "default/shop"
                                   << "affinity" << QStringList {u"HTTPRoute default/shop"_s};
    QTest::newRow("upstream-hash-by")
        << "affinity-oss"
        << "default/api"
        << "upstream-hash-by" << QStringList {u"UpstreamSettingsPolicy default/api-lb"_s};
    QTest::newRow("permanent-redirect") << "rewrite-redirect"
                                        << "default/moved"
                                        << "permanent-redirect" << QStringList {u"HTTPRoute default/moved"_s};
}

void tst_Migrate::reportNamesExactResources()
{
    QFETCH(QString, name);
    QFETCH(QString, ingress);
    QFETCH(QString, annotation);
    QFETCH(QStringList, resources);
    const Case c = load(name);
    Design design;
    QVERIFY(design.addFile(c.input, QStringLiteral("input.yaml")).ok);
    const auto result = migrate::IngressConverter::convert(design, c.options);
    QVERIFY(result.ok);
    int found = 0;
    for (const auto &l : result.report.lines()) {
        if (l.ingress != ingress || l.annotation != annotation)
            continue;
        ++found;
        QStringList names;
        for (const auto &r : l.resources)
            names << r.kind + u' ' + r.ns + u'/' + r.name;
        QCOMPARE(names, resources);
    }
    QCOMPARE(found, 1);
}

void tst_Migrate::rendersAndPassesNginx()
{
    QFETCH(QString, name);
    const Case c = load(name);
    Design input;
    QVERIFY(input.addFile(c.input, QStringLiteral("input.yaml")).ok);
    const auto converted = migrate::IngressConverter::convert(input, c.options);
    QVERIFY(converted.ok);

    // The converted manifests read back without errors and NGF accepts every route, policy and filter.
    Design design;
    const auto loaded = design.addFile(converted.yaml, QStringLiteral("converted.yaml"));
    for (const Diagnostic &d : loaded.diagnostics)
        QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.toString()));
    QVERIFY(loaded.ok);
    ngf::Profile profile;
    profile.plus = c.options.plus;
    profile.experimental = c.options.experimental;
    profile.snippets = true;
    const auto result = ngf::Generator::run(design, profile);
    QVERIFY2(result->gatewayIndex >= 0, qPrintable(result->gatewayError));
    QVERIFY(!result->graph.routes.empty());
    for (const ngf::GraphRoute &route : result->graph.routes) {
        const QString who = route.resource->displayName();
        QVERIFY2(route.valid, qPrintable(who));
        for (const ngf::Condition &cond : route.conditions)
            QVERIFY2(cond.status, qPrintable(who + u": " + cond.type + u": " + cond.message));
        for (const ngf::ParentAttachment &p : route.parents) {
            const QString failed = p.failed.empty() ? QString() : p.failed.front().message;
            QVERIFY2(p.attached && failed.isEmpty(), qPrintable(who + u": " + failed));
        }
    }
    for (const ngf::GraphPolicy &policy : result->graph.policies)
        QVERIFY2(policy.valid && !policy.conflicted, qPrintable(policy.resource->displayName()));
    for (const ngf::GraphNgfPolicy &policy : result->graph.ngfPolicies)
        QVERIFY2(policy.valid && !policy.conflicted, qPrintable(policy.resource->displayName()));
    for (const ngf::GraphSnippetsFilter &filter : result->graph.snippetsFilters)
        QVERIFY2(filter.valid, qPrintable(filter.resource->displayName()));
    for (const ngf::GraphAuthenticationFilter &filter : result->graph.authenticationFilters) {
        QVERIFY2(filter.valid, qPrintable(filter.resource->displayName()));
        for (const ngf::Condition &cond : filter.conditions)
            QVERIFY2(cond.status, qPrintable(filter.resource->displayName() + u": " + cond.message));
    }
    for (const Diagnostic &note : result->graph.notes)
        qInfo("note: %s", qPrintable(note.toString()));

    // nginx -t on the OSS output (Plus-only directives such as sticky need NGINX Plus).
    profile.plus = false;
    const auto oss = ngf::Generator::run(design, profile);
    QString output;
    QVERIFY2(m_check->test(oss->files, &output), qPrintable(output));
}

void tst_Migrate::passesOtherDocumentsThrough()
{
    const Case c = load(QStringLiteral("basic"));
    Design design;
    QVERIFY(design.addFile(c.input, QStringLiteral("input.yaml")).ok);
    const auto result = migrate::IngressConverter::convert(design, c.options);
    QVERIFY(result.ok);
    int passed = 0;
    for (DocumentId id : design.documents()) {
        const DesignDocument *doc = design.document(id);
        const Resource &r = doc->resources.front();
        const QByteArray text = QByteArray::fromStdString(doc->yaml->text());
        if (r.kindName == u"Ingress" || r.kindName == u"IngressClass") {
            QVERIFY(!result.yaml.contains(text));
        } else {
            QVERIFY2(result.yaml.contains(text), qPrintable(r.displayName())); // byte for byte
            ++passed;
        }
    }
    QCOMPARE(passed, 4); // three Services and the Secret, with its comment
    QVERIFY(result.yaml.startsWith(
        QByteArray::fromStdString(design.document(design.documents().front())->yaml->text())));
}

void tst_Migrate::basicAuthSecrets_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("secretType");
    QTest::addColumn<QString>("filterSecret"); ///< the Secret the AuthenticationFilter names
    QTest::addColumn<QByteArray>("copy"); ///< the htpasswd file of the written Opaque copy, if any
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("accepted"); ///< NGF accepts the filter
    const QByteArray head = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: users\n";
    QTest::newRow("auth-file Opaque") << head + "type: Opaque\nstringData:\n  auth: \"a:{PLAIN}x\"\n"
                                      << "auth-file"
                                      << "users" << QByteArray() << "removed it\n"
                                      << true;
    QTest::newRow("auth-file other type")
        << head + "type: example.com/htpasswd\nstringData:\n  auth: \"a:{PLAIN}x\"\n"
        << "auth-file"
        << "users-htpasswd" << QByteArray("a:{PLAIN}x")
        << "NGF does not read Secret users of type example.com/htpasswd" << true;
    QTest::newRow("auth-file without auth")
        << head + "type: Opaque\nstringData:\n  a: \"{PLAIN}x\"\n"
        << "auth-file"
        << "users" << QByteArray() << "the Secret has no key \"auth\"" << false;
    QTest::newRow("auth-map") << head + "type: Opaque\nstringData:\n  b: \"{PLAIN}y\"\n  a: \"{PLAIN}x\"\n"
                              << "auth-map"
                              << "users-htpasswd" << QByteArray("a:{PLAIN}x\nb:{PLAIN}y\n")
                              << "Secret users is an auth-map" << true;
    QTest::newRow("not in the input") << QByteArray() << "auth-file"
                                      << "users" << QByteArray() << "the Secret is not in the input" << false;
}

void tst_Migrate::basicAuthSecrets()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, secretType);
    QFETCH(QString, filterSecret);
    QFETCH(QByteArray, copy);
    QFETCH(QString, note);
    QFETCH(bool, accepted);
    const QByteArray ingress =
        "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n"
        "    nginx.ingress.kubernetes.io/auth-type: basic\n"
        "    nginx.ingress.kubernetes.io/auth-secret: users\n"
        "    nginx.ingress.kubernetes.io/auth-secret-type: " +
        secretType.toUtf8() +
        "\nspec:\n  rules:\n  - host: web.example.com\n    http:\n      paths:\n      - path: /\n"
        "        pathType: Prefix\n        backend:\n          service:\n            name: web\n"
        "            port:\n              number: 80\n";
    Design input;
    QVERIFY(input
                .addFile((secret.isEmpty() ? QByteArray() : secret + "---\n") + ingress,
                         QStringLiteral("input.yaml"))
                .ok);
    const auto converted = migrate::IngressConverter::convert(input, {});
    QVERIFY(converted.ok);
    const QString report = converted.report.toText();
    QVERIFY2(
        report.contains(QStringLiteral("AuthenticationFilter Basic with Secret %1 (key").arg(filterSecret)),
        qPrintable(report));
    QVERIFY2(report.contains(note), qPrintable(report));

    Design design;
    QVERIFY(design.addFile(converted.yaml, QStringLiteral("converted.yaml")).ok);
    const Resource *filter =
        design.find(Kind::AuthenticationFilter, QStringLiteral("default"), QStringLiteral("web-auth"));
    QVERIFY(filter);
    QCOMPARE(filter->as<AuthenticationFilter>()->basic->secretName, filterSecret);
    const Resource *written =
        design.find(Kind::Secret, QStringLiteral("default"), QStringLiteral("users-htpasswd"));
    QCOMPARE(written != nullptr, !copy.isEmpty());
    if (written) {
        QCOMPARE(written->as<Secret>()->type, QStringLiteral("Opaque"));
        QCOMPARE(written->as<Secret>()->data.value(QStringLiteral("auth")), copy);
    }
    ngf::Profile profile;
    const auto result = ngf::Generator::run(design, profile);
    QCOMPARE(result->graph.authenticationFilters.size(), size_t(1));
    QCOMPARE(result->graph.authenticationFilters.front().valid, accepted);
}

int tst_Migrate::runCli(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), QStringList {QStringLiteral("migrate")} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_Migrate::cliExitCodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Everything converted exactly: 0.
    const QString exact = dir.filePath(QStringLiteral("exact.yaml"));
    {
        QFile f(exact);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n"
            "  - host: web.example.com\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n"
            "        backend:\n          service:\n            name: web\n            port:\n"
            "              number: 80\n");
    }
    QByteArray out, err;
    QCOMPARE(runCli({exact}, &out, &err), 0);
    QVERIFY(out.contains("kind: HTTPRoute"));
    QVERIFY2(err.contains("0 not convertible"), err.constData());
    // Differences: 1, the manifests to -o and the report to --report.
    const QString yamlOut = dir.filePath(QStringLiteral("out.yaml"));
    const QString reportOut = dir.filePath(QStringLiteral("report.txt"));
    QCOMPARE(runCli({QStringLiteral(GW_TEST_DATA_DIR "/affinity-oss/input.yaml"), QStringLiteral("-o"),
                     yamlOut, QStringLiteral("--report"), reportOut},
                    &out, &err),
             1);
    QVERIFY(out.isEmpty());
    QCOMPARE(read(yamlOut), read(QStringLiteral(GW_TEST_DATA_DIR "/affinity-oss/expected.yaml")));
    QCOMPARE(read(reportOut), read(QStringLiteral(GW_TEST_DATA_DIR "/affinity-oss/report.txt")));
    // Input errors and usage errors: 2.
    const QString noIngress = dir.filePath(QStringLiteral("none.yaml"));
    {
        QFile f(noIngress);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n");
    }
    QCOMPARE(runCli({noIngress}, &out, &err), 2);
    QVERIFY2(err.contains("no Ingress"), err.constData());
    // A broken Ingress: the reader's problem with file, line and column, nothing written.
    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n"
                "  - http:\n      paths:\n      - path: /\n        pathType: Prefix\n        backend: {}\n");
    }
    QCOMPARE(runCli({broken}, &out, &err), 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("broken.yaml:11:") && err.contains("Ingress default/web"), err.constData());
    QCOMPARE(runCli({QStringLiteral("--from"), QStringLiteral("traefik"), exact}, &out, &err), 2);
    QCOMPARE(runCli({QStringLiteral("--report-format"), QStringLiteral("xml"), exact}, &out, &err), 2);
    QCOMPARE(runCli({QStringLiteral("--gateway-name"), QStringLiteral("Bad_Name"), exact}, &out, &err), 2);
    QCOMPARE(runCli({dir.filePath(QStringLiteral("missing.yaml"))}, &out, &err), 2);
    // --gateway-name names the Gateway and the routes' parentRefs.
    QCOMPARE(runCli({QStringLiteral("--gateway-name"), QStringLiteral("edge"), exact}, &out, &err), 0);
    QVERIFY(out.contains("kind: Gateway\nmetadata:\n  name: edge\n"));
    QVERIFY(out.contains("  - name: edge\n    sectionName: http\n"));
}

void tst_Migrate::cliJsonReport()
{
    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("--report-format"), QStringLiteral("json"),
                     QStringLiteral(GW_TEST_DATA_DIR "/policies/input.yaml")},
                    &out, &err),
             1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(err, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
    QVERIFY(summary.value(QStringLiteral("notConvertible")).toInt() >= 2);
    bool sawBodySize = false;
    for (const auto &line : doc.object().value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = line.toObject();
        if (o.value(QStringLiteral("annotation")).toString() == u"proxy-body-size") {
            sawBodySize = true;
            QCOMPARE(o.value(QStringLiteral("ingress")).toString(), QStringLiteral("default/admin"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("difference"));
            // The ClientSettingsPolicy it produced, for the route.
            const QJsonArray resources = o.value(QStringLiteral("resources")).toArray();
            QCOMPARE(resources.size(), 1);
            const QJsonObject r = resources.first().toObject();
            QCOMPARE(r.value(QStringLiteral("kind")).toString(), QStringLiteral("ClientSettingsPolicy"));
            QCOMPARE(r.value(QStringLiteral("namespace")).toString(), QStringLiteral("default"));
            QCOMPARE(r.value(QStringLiteral("name")).toString(), QStringLiteral("admin-client"));
        } else if (o.value(QStringLiteral("status")).toString() == u"not-convertible") {
            QVERIFY(o.value(QStringLiteral("resources")).toArray().isEmpty());
        }
    }
    QVERIFY(sawBodySize);
}

QTEST_GUILESS_MAIN(tst_Migrate)
#include "tst_migrate.moc"
