// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"
#include "nginxcheck.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "ngf/graphbuilder.h"
#include "ngf/statuswriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * NGF v2.6.7's own examples (tests/ngf/ngf-examples/<folder>, copied unchanged from NGF's examples/,
 * Apache-2.0): each is loaded the way `gwstudio render FILES...` loads it (the files in the order its
 * README applies them), rendered under the profile the example needs, and checked for the directives its
 * feature must produce, for the warnings `render` prints (every one expected, none missing), for the
 * status entries that report a problem (exactly the expected ones: most examples have none) and, with
 * the OSS profile, for `nginx -t` (NginxCheck; a Plus-only module is an expected failure). Where the
 * product does not model what an example needs, the row asserts the "not modelled" warning.
 */
class tst_NgfExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();
    void nginxTest_data() { render_data(); }
    void nginxTest();
    void everyFolderIsUsed();

private:
    std::unique_ptr<NginxCheck> m_check;
};

namespace {

const QString Root = QStringLiteral(GW_SOURCE_DIR "/tests/ngf/ngf-examples");

/** A change the example's README tells the user to make before applying a file. */
struct Edit
{
    const char *file;
    const char *from;
    const char *to;
};

using Strings = std::vector<const char *>;

QStringList list(const Strings &strings)
{
    QStringList out;
    for (const char *s : strings)
        out << QString::fromUtf8(s);
    return out;
}

struct Example
{
    QString row;
    QString folder;
    Strings files; ///< in the order the README applies them
    Strings flags; ///< --plus, --experimental, --snippets
    std::vector<Edit> edits;
    /// Strings the rendered files (the `nginx -T` listing) must contain.
    Strings directives;
    /// Consecutive lines the listing must contain, chunks separated by "[..." (checkFragments()).
    const char *fragments;
    /// Each warning `render` prints must contain one of these, and each of these must be in a warning.
    Strings notes;
    /// "Kind/name" of the status entries that report a problem (exactly these).
    Strings problems;
    /// `nginx -t` on the OSS output must fail with this text (a module only NGF's Plus image has).
    QString nginxFailure;
};

const Strings P = {"--plus"};
const Strings X = {"--experimental"};

// clang-format off
const std::vector<Example> &examples()
{
    static const std::vector<Example> list = {
    {QStringLiteral("cafe-example"), QStringLiteral("cafe-example"),
     {"cafe.yaml", "gateway.yaml", "cafe-routes.yaml"}, {}, {},
     {"upstream default_coffee_80 {", "upstream default_tea_80 {", "server_name cafe.example.com;",
      "location /coffee/ {", "location = /coffee {", "location = /tea {",
      "proxy_pass http://default_coffee_80;", "proxy_pass http://default_tea_80;"},
     "", {}, {}, {}},
    {QStringLiteral("advanced-routing"), QStringLiteral("advanced-routing"),
     {"coffee.yaml", "tea.yaml", "gateway.yaml", "cafe-routes.yaml", "regex-route.yaml"}, {}, {},
     {"js_content httpmatches.redirect;", "location ~ ^/coffee/[a-z]+ {",
      "proxy_pass http://default_coffee-v2-svc_80$request_uri;",
      "proxy_pass http://default_coffee-v3-svc_80$request_uri;",
      "proxy_pass http://default_tea-post-svc_80$request_uri;", "\"method\":\"POST\"",
      "\"headers\":[\"version:Exact:v2\"]", "\"params\":[\"TEST=Exact=v2\"]",
      "\"headers\":[\"headerRegex:RegularExpression:header-[a-z]{1}\"]"},
     "", {}, {}, {}},
    {QStringLiteral("basic-authentication"), QStringLiteral("basic-authentication"),
     {"cafe.yaml", "gateway.yaml", "basic-auth.yaml", "cafe-routes.yaml"}, {}, {},
     {"auth_basic \"Restricted basic-auth\";", "auth_basic_user_file /etc/nginx/secrets/"},
     "", {}, {}, {}},
    {QStringLiteral("client-settings-policy"), QStringLiteral("client-settings-policy"),
     {"app.yaml", "gateway.yaml", "httproutes.yaml", "gateway-client-settings.yaml",
      "tea-client-settings.yaml", "grpc-client-settings.yaml"}, {}, {},
     {"client_max_body_size 50;", "client_max_body_size 75;"},
     // The README's GRPCRoute my-grpc-route is not part of the example.
     "", {"NGF knows no GRPCRoute default/my-grpc-route", "None of the targets exists"}, {}, {}},
    {QStringLiteral("cors-filter"), QStringLiteral("cors-filter"),
     {"cafe.yaml", "gateway.yaml", "cors-route.yaml"}, {}, {},
     {"map $http_origin $cors_allowed_origin_server", "\"~^https://www\\.foo\\.com$\"",
      "\"~^https://.*\\.bar\\.com$\"",
      "if ($request_method = OPTIONS) {",
      "add_header Access-Control-Allow-Origin \"$cors_allowed_origin_server",
      "add_header Access-Control-Allow-Methods \"GET, POST\" always;",
      "add_header Access-Control-Allow-Headers \"Keep-Alive, Content-Type, User-Agent, Authorization\" always;",
      "add_header Access-Control-Expose-Headers \"Content-Security-Policy\" always;",
      "add_header Access-Control-Allow-Credentials \"$cors_allow_credentials_server",
      "add_header Access-Control-Max-Age \"10\" always;"},
     "", {}, {}, {}},
    {QStringLiteral("cross-namespace-routing"), QStringLiteral("cross-namespace-routing"),
     {"cafe-ns-and-app.yaml", "gateway.yaml", "cafe-routes.yaml", "reference-grant.yaml"}, {}, {},
     {"upstream cafe_coffee_80 {", "upstream cafe_tea_80 {", "proxy_pass http://cafe_coffee_80;"},
     "", {}, {}, {}},
    {QStringLiteral("cross-namespace-routing, no ReferenceGrant"), QStringLiteral("cross-namespace-routing"),
     {"cafe-ns-and-app.yaml", "gateway.yaml", "cafe-routes.yaml"}, {}, {},
     {"return 500"},
     "", {}, {"HTTPRoute/coffee", "HTTPRoute/tea"}, {}},
    {QStringLiteral("externalname-service"), QStringLiteral("externalname-service"),
     {"gateway.yaml", "cafe.yaml", "route.yaml"}, {}, {},
     {"resolver 8.8.8.8 1.1.1.1", "resolver_timeout 30s;", "server httpbin.org:80 resolve;",
      "upstream default_coffee_80 {"},
     "", {}, {}, {}},
    {QStringLiteral("externalname-service, HTTPS backend"), QStringLiteral("externalname-service"),
     {"gateway.yaml", "cafe.yaml", "route.yaml", "backendtlspolicy.yaml"}, {},
     {{"route.yaml", "    - name: httpbin\n      port: 80", "    - name: httpbin\n      port: 443"}},
     {"server httpbin.org:443 resolve;", "proxy_pass https://default_httpbin_443", "proxy_ssl_server_name on;",
      "proxy_ssl_name httpbin.org;", "proxy_ssl_verify on;", "proxy_ssl_trusted_certificate /etc/ssl/cert.pem;"},
     "", {}, {}, {}},
    {QStringLiteral("externalname-service, TLSRoute"), QStringLiteral("externalname-service"),
     {"gateway.yaml", "cafe.yaml", "route.yaml"}, X,
     {{"route.yaml", "# ---\n# apiVersion: gateway.networking.k8s.io/v1alpha2\n# kind: TLSRoute\n# metadata:\n"
                     "#   name: httpbin-tls-route\n# spec:\n#   parentRefs:\n#   - name: external-gateway\n"
                     "#   hostnames:\n#   - httpbin.example.com\n#   rules:\n#   - backendRefs:\n"
                     "#     - name: httpbin\n#       port: 443\n",
       "---\napiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata:\n"
       "  name: httpbin-tls-route\nspec:\n  parentRefs:\n  - name: external-gateway\n"
       "  hostnames:\n  - httpbin.example.com\n  rules:\n  - backendRefs:\n"
       "    - name: httpbin\n      port: 443\n"}},
     {"ssl_preread on;", "httpbin.example.com", "listen 443;"},
     "", {}, {}, {}},
    {QStringLiteral("grpc-routing, exact method"), QStringLiteral("grpc-routing"),
     {"helloworld.yaml", "exact-method.yaml"}, {}, {},
     {"location = /helloworld.Greeter/SayHello {", "grpc_pass grpc://default_grpc-infra-backend-v1_8080;",
      "http2 on;"},
     "", {}, {}, {}},
    {QStringLiteral("grpc-routing, hostname"), QStringLiteral("grpc-routing"),
     {"helloworld.yaml", "hostname.yaml"}, {}, {},
     {"server_name bar.com;", "server_name foo.bar.com;", "grpc_pass grpc://default_grpc-infra-backend-v2_8080;"},
     "", {}, {}, {}},
    {QStringLiteral("grpc-routing, headers"), QStringLiteral("grpc-routing"),
     {"helloworld.yaml", "headers.yaml"}, {}, {},
     {"js_content httpmatches.redirect;", "\"headers\":[\"version:Exact:one\"]",
      "\"headers\":[\"headerRegex:RegularExpression:grpc-header-[a-z]{1}\"]"},
     "", {}, {}, {}},
    {QStringLiteral("http-request-header-filter"), QStringLiteral("http-request-header-filter"),
     {"headers.yaml", "gateway.yaml", "echo-route.yaml"}, {}, {},
     {"proxy_set_header My-Overwrite-Header \"this-is-the-only-value\";",
      "proxy_set_header X-Client-IP \"$remote_addr\";", "proxy_set_header User-Agent \"\";",
      "map ${http_my_cool_header} $my_cool_header_header_var {",
      "proxy_set_header My-cool-header \"${my_cool_header_header_var}this-is-an-appended-value\";"},
     "", {}, {}, {}},
    {QStringLiteral("http-response-header-filter"), QStringLiteral("http-response-header-filter"),
     {"headers.yaml", "gateway.yaml", "http-route.yaml"}, {}, {},
     {"location /headers/ {", "proxy_pass http://default_headers_80;"},
     "", {}, {}, {}},
    {QStringLiteral("http-response-header-filter, filters"), QStringLiteral("http-response-header-filter"),
     {"headers.yaml", "gateway.yaml", "http-route-filters.yaml"}, {}, {},
     {"add_header X-Header-Set \"overwritten-value\" always;", "proxy_hide_header X-Header-Set;",
      "add_header X-Header-Add \"this-is-the-appended-value\" always;", "proxy_hide_header X-Header-Remove;"},
     "", {}, {}, {}},
    {QStringLiteral("https-termination"), QStringLiteral("https-termination"),
     {"cafe.yaml", "certificate-ns-and-cafe-secret.yaml", "reference-grant.yaml", "gateway.yaml",
      "cafe-routes.yaml"}, {}, {},
     {"listen 443 ssl;", "ssl_certificate /etc/nginx/secrets/ssl_keypair_certificate_cafe-secret.pem;",
      "ssl_protocols TLSv1.2 TLSv1.3;", "ssl_prefer_server_ciphers on;",
      "ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:HIGH:!aNULL:!MD5;",
      "return 302 \"https://$host$request_uri\";"},
     "", {}, {}, {}},
    {QStringLiteral("proxy-settings-policy"), QStringLiteral("proxy-settings-policy"),
     {"app.yaml", "gateway.yaml", "httproutes.yaml", "gateway-proxy-settings.yaml", "coffee-proxy-settings.yaml"},
     {}, {},
     {"proxy_buffer_size 4k;", "proxy_buffers 8 4k;", "proxy_busy_buffers_size 16k;",
      "proxy_buffer_size 16k;", "proxy_buffers 16 64k;", "proxy_busy_buffers_size 128k;"},
     "", {}, {}, {}},
    {QStringLiteral("rate-limit-policy"), QStringLiteral("rate-limit-policy"),
     {"app.yaml", "gateway.yaml", "routes.yaml", "gateway-rate-limit.yaml", "route-rate-limit.yaml"}, {}, {},
     {"limit_req_zone $binary_remote_addr zone=", "rate=10r/s;", "rate=1r/s;", "limit_req zone=", "burst=3"},
     "", {}, {}, {}},
    {QStringLiteral("secure-backend"), QStringLiteral("secure-backend"),
     {"secure-app.yaml", "gateway.yaml", "http-route.yaml", "backendtlspolicy.yaml"}, {}, {},
     {"proxy_pass https://default_secure-app_8443;", "proxy_ssl_server_name on;",
      "proxy_ssl_name secure-app.example.com;", "proxy_ssl_verify on;", "proxy_ssl_trusted_certificate ",
      "proxy_ssl_certificate ", "proxy_ssl_certificate_key "},
     "", {}, {}, {}},
    {QStringLiteral("snippets"), QStringLiteral("snippets"),
     {"app.yaml", "gateway.yaml", "httproutes.yaml", "limit-conn-sp.yaml", "limit-except-sf.yaml"},
     {"--snippets"}, {},
     {"limit_conn_zone $binary_remote_addr zone=addr:10m;", "limit_conn addr 1;", "limit_except GET {"},
     // Each snippet in its context: the policy's in http and every location, the filter's in coffee's only.
     "include /etc/nginx/includes/SnippetsPolicy_http_default-limit-conn-sp.conf;\n[...\n"
     "    location /coffee/ {\n"
     "        include /etc/nginx/includes/SnippetsPolicy_location_default-limit-conn-sp.conf;\n"
     "        include /etc/nginx/includes/SnippetsFilter_http.server.location_default_limit-except-sf.conf;\n[...\n"
     "    location /tea/ {\n"
     "        include /etc/nginx/includes/SnippetsPolicy_location_default-limit-conn-sp.conf;\n"
     "        proxy_http_version 1.1;\n[...\n"
     "limit_conn_zone $binary_remote_addr zone=addr:10m;\n[...\nlimit_conn addr 1;\n[...\n"
     "limit_except GET {\n  deny all;\n}\n",
     {}, {}, {}},
    {QStringLiteral("snippets, without --snippets"), QStringLiteral("snippets"),
     {"app.yaml", "gateway.yaml", "httproutes.yaml", "limit-conn-sp.yaml", "limit-except-sf.yaml"}, {}, {},
     {"return 500"},
     "", {"NGF watches SnippetsFilters only when", "NGF runs without snippets",
          "NGF watches SnippetsPolicies only when"}, {"HTTPRoute/coffee"}, {}},
    {QStringLiteral("tcp-routing"), QStringLiteral("tcp-routing"),
     {"cafe.yaml", "gateway.yaml", "tcp-routes.yaml"}, X, {},
     {"listen 81;", "listen 82;", "upstream default_coffee_8081 {", "upstream default_tea_8082 {"},
     "", {}, {}, {}},
    {QStringLiteral("traffic-splitting"), QStringLiteral("traffic-splitting"),
     {"cafe.yaml", "gateway.yaml", "cafe-route.yaml"}, {}, {},
     {"split_clients $request_id $group_default__cafe_route_rule0_pathRule0 {", "80.00% default_coffee-v1_80;",
      "20.00% default_coffee-v2_80;"},
     "", {}, {}, {}},
    {QStringLiteral("traffic-splitting, equal weight"), QStringLiteral("traffic-splitting"),
     {"cafe.yaml", "gateway.yaml", "cafe-route-equal-weight.yaml"}, {}, {},
     {"50.00% default_coffee-v1_80;", "50.00% default_coffee-v2_80;"},
     "", {}, {}, {}},
    {QStringLiteral("udp-routing"), QStringLiteral("udp-routing"),
     {"udp-app.yaml", "gateway.yaml", "udp-route.yaml"}, X, {},
     {"listen 53 udp;", "upstream default_coredns_53 {"},
     "", {}, {}, {}},
    {QStringLiteral("upstream-settings-policy"), QStringLiteral("upstream-settings-policy"),
     {"app.yaml", "gateway.yaml", "httproutes.yaml", "1m-zone-size.yaml", "upstream-keepalives.yaml"}, {}, {},
     {"zone default_coffee_80 1m;", "zone default_tea_80 1m;", "keepalive 32;"},
     "", {}, {}, {}},
    {QStringLiteral("waf-policy"), QStringLiteral("waf-policy"),
     {"bundle-server.yaml", "cafe.yaml", "nginx-proxy.yaml", "gateway.yaml", "cafe-routes.yaml",
      "wafpolicy-http.yaml", "wafpolicy-http-route.yaml"}, P, {},
     {"load_module modules/ngx_http_app_protect_module.so;", "app_protect_enforcer_address 127.0.0.1:50000;",
      "app_protect_enable on;", "include /etc/nginx/includes/WAFPolicy_default_gateway-base-protection.conf;",
      "app_protect_policy_file \"/etc/app_protect/bundles/"},
     "", {"WAFPolicy"}, {}, QStringLiteral("ngx_http_app_protect_module.so")},
    {QStringLiteral("waf-policy, NIM"), QStringLiteral("waf-policy"),
     {"cafe.yaml", "nginx-proxy.yaml", "gateway.yaml", "cafe-routes.yaml", "nim-creds.yaml", "syslog.yaml",
      "wafpolicy.yaml", "wafpolicy-route.yaml"}, P, {},
     {"load_module modules/ngx_http_app_protect_module.so;", "app_protect_enable on;",
      "app_protect_policy_file \"/etc/app_protect/bundles/"},
     "", {"WAFPolicy"}, {}, QStringLiteral("ngx_http_app_protect_module.so")},
    {QStringLiteral("waf-policy, NIM with log profile"), QStringLiteral("waf-policy"),
     {"cafe.yaml", "nginx-proxy.yaml", "gateway.yaml", "cafe-routes.yaml", "nim-creds.yaml", "syslog.yaml",
      "wafpolicy-nim.yaml"}, P, {},
     {"load_module modules/ngx_http_app_protect_module.so;", "app_protect_enable on;",
      "app_protect_policy_file \"/etc/app_protect/bundles/"},
     "", {"WAFPolicy"}, {}, QStringLiteral("ngx_http_app_protect_module.so")},
    {QStringLiteral("waf-policy, N1C"), QStringLiteral("waf-policy"),
     {"cafe.yaml", "nginx-proxy.yaml", "gateway.yaml", "cafe-routes.yaml", "n1c-creds.yaml", "syslog.yaml",
      "wafpolicy-n1c.yaml"}, P, {},
     {"load_module modules/ngx_http_app_protect_module.so;", "app_protect_enable on;",
      "app_protect_policy_file \"/etc/app_protect/bundles/"},
     "", {"WAFPolicy"}, {}, QStringLiteral("ngx_http_app_protect_module.so")},
    };
    return list;
}
// clang-format on

const Example *find(const QString &row)
{
    for (const Example &e : examples()) {
        if (e.row == row)
            return &e;
    }
    return nullptr;
}

Profile profileOf(const Example &e)
{
    Profile p;
    const QStringList flags = list(e.flags);
    p.plus = flags.contains(QStringLiteral("--plus"));
    p.experimental = flags.contains(QStringLiteral("--experimental"));
    p.snippets = flags.contains(QStringLiteral("--snippets"));
    return p;
}

/** The example's files, edited as its README says, loaded in order as `gwstudio render` loads them. */
std::unique_ptr<Design> load(const Example &e, QStringList *warnings, QString *error)
{
    auto design = std::make_unique<Design>();
    for (const QString &file : list(e.files)) {
        const QString path = Root + u'/' + e.folder + u'/' + file;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error += QStringLiteral("cannot read %1\n").arg(path);
            continue;
        }
        QString text = QString::fromUtf8(f.readAll());
        for (const Edit &edit : e.edits) {
            if (QString::fromUtf8(edit.file) != file)
                continue;
            const QString from = QString::fromUtf8(edit.from);
            if (!text.contains(from))
                *error += QStringLiteral("%1: the README's edit does not apply: %2\n").arg(file, from);
            text.replace(from, QString::fromUtf8(edit.to));
        }
        const Design::LoadResult r = design->addFile(text.toUtf8(), path);
        for (const Diagnostic &d : r.diagnostics) {
            const QString line = d.toString().replace(Root + u'/', QString());
            if (r.ok)
                *warnings << line;
            else
                *error += line + u'\n';
        }
    }
    return design;
}

} // namespace

void tst_NgfExamples::initTestCase()
{
    m_check = std::make_unique<NginxCheck>();
    for (const QString &r : m_check->reductions())
        qInfo("REDUCED nginx -t check: %s", qPrintable(r));
}

void tst_NgfExamples::render_data()
{
    QTest::addColumn<QString>("row");
    for (const Example &e : examples())
        QTest::newRow(qPrintable(e.row)) << e.row;
}

void tst_NgfExamples::render()
{
    QFETCH(QString, row);
    const Example &e = *find(row);
    QStringList warnings;
    QString error;
    const auto design = load(e, &warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Profile profile = profileOf(e);
    const auto result = Generator::run(*design, profile);
    QVERIFY2(result->gatewayIndex >= 0, qPrintable(result->gatewayError));
    const QString text = result->nginxT();
    if (const QString dump = qEnvironmentVariable("GW_EXAMPLES_DUMP"); !dump.isEmpty()) {
        QFile out(dump + u'/' + QString(row).replace(u' ', u'_').replace(u',', QString()) + u".conf");
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
    }

    QStringList missing;
    for (const QString &d : list(e.directives)) {
        if (!text.contains(d))
            missing << d;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing in the rendered files:\n  ") +
                        missing.join(QStringLiteral("\n  ")) + u'\n' +
                        (qEnvironmentVariableIsSet("GW_EXAMPLES_VERBOSE") ? text : QString())));
    if (*e.fragments) {
        const QString problem = checkFragments(text, QString::fromUtf8(e.fragments));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The warnings `render` prints: the loader's and the graph's notes.
    for (const Diagnostic &d : result->graph.notes)
        warnings << d.toString().replace(Root + u'/', QString());
    const QStringList notes = list(e.notes);
    QStringList unexpected;
    for (const QString &w : std::as_const(warnings)) {
        if (std::none_of(notes.begin(), notes.end(), [&](const QString &n) { return w.contains(n); }))
            unexpected << w;
    }
    QVERIFY2(
        unexpected.isEmpty(),
        qPrintable(QStringLiteral("unexpected warnings:\n  ") + unexpected.join(QStringLiteral("\n  "))));
    for (const QString &n : notes) {
        QVERIFY2(
            std::any_of(warnings.begin(), warnings.end(), [&](const QString &w) { return w.contains(n); }),
            qPrintable(QStringLiteral("no warning says \"%1\"; the warnings:\n  %2")
                           .arg(n, warnings.join(QStringLiteral("\n  ")))));
    }

    // The status `gwstudio status` writes: the entries with a problem are exactly the expected ones.
    Profile all = profile;
    all.gateway.clear();
    const Graph graph = GraphBuilder::build(*design, all);
    QStringList problems;
    QString problemText;
    for (const StatusWriter::Entry &entry : StatusWriter::write(graph)) {
        if (!entry.problem)
            continue;
        problems << (entry.resource ? entry.resource->kindName + u'/' + entry.resource->meta.name
                                    : QStringLiteral("?"));
        problemText += StatusWriter::toYaml({entry});
    }
    QStringList expected = list(e.problems);
    problems.sort();
    expected.sort();
    QVERIFY2(problems == expected,
             qPrintable(QStringLiteral("status problems: [%1], expected [%2]\n%3")
                            .arg(problems.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")),
                                 problemText)));
}

void tst_NgfExamples::nginxTest()
{
    QFETCH(QString, row);
    QVERIFY2(!m_check->nginx().isEmpty(), "no nginx binary (install nginx-light, or set GW_NGINX)");
    QVERIFY2(m_check->hasStream(), "no nginx stream module (install libnginx-mod-stream)");
    const Example &e = *find(row);
    QStringList warnings;
    QString error;
    const auto design = load(e, &warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Profile profile = profileOf(e);
    profile.plus = false; // Plus-only directives need NGINX Plus; `nginx -t` checks the OSS output
    const auto result = Generator::run(*design, profile);
    QVERIFY2(result->gatewayIndex >= 0, qPrintable(result->gatewayError));
    QString output;
    const bool ok = m_check->test(result->files, &output);
    if (!e.nginxFailure.isEmpty()) {
        QVERIFY2(!ok, "nginx -t passed, but the example needs a module nginx does not have");
        QVERIFY2(output.contains(e.nginxFailure), qPrintable(output));
        return;
    }
    QVERIFY2(ok, qPrintable(output));
}

void tst_NgfExamples::everyFolderIsUsed()
{
    // Every copied folder and file is loaded by some row (a new example is not forgotten).
    QSet<QString> used;
    for (const Example &e : examples()) {
        for (const QString &f : list(e.files))
            used.insert(e.folder + u'/' + f);
    }
    QStringList unused;
    const QDir root(Root);
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &f :
             QDir(root.filePath(folder)).entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
            if (!used.contains(folder + u'/' + f))
                unused << folder + u'/' + f;
        }
    }
    QVERIFY2(unused.isEmpty(), qPrintable(unused.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_NgfExamples)
#include "tst_ngfexamples.moc"
