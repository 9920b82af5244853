// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resourceparser.h"

#include <QTest>

using namespace gw;

namespace {

ResourceParser::Result parse(const char *text, std::shared_ptr<const yaml::Document> &keep)
{
    auto doc = yaml::Document::parse(text, {QStringLiteral("t.yaml"), 1, {}});
    if (!doc.document) {
        ResourceParser::Result r;
        r.diagnostics = doc.diagnostics;
        return r;
    }
    keep = std::move(doc.document);
    return ResourceParser::parse(*keep, 1);
}

QStringList messages(const ResourceParser::Result &r)
{
    QStringList list;
    for (const Diagnostic &d : r.diagnostics)
        list << d.toString();
    return list;
}

} // namespace

/** SnippetsFilter and AuthenticationFilter (gateway.nginx.org/v1alpha1) with the CRD's refusals. */
class tst_FilterParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetsFilter();
    void snippetsFilterRefusals_data();
    void snippetsFilterRefusals();
    void authenticationFilter();
    void jwtAndOidc();
    void authenticationFilterRefusals_data();
    void authenticationFilterRefusals();
};

void tst_FilterParsing::snippetsFilter()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(R"(apiVersion: gateway.nginx.org/v1alpha1
kind: SnippetsFilter
metadata: {name: sf, namespace: apps}
spec:
  snippets:
  - {context: http.server.location, value: "deny all;"}
  - {context: main, value: "worker_priority 0;"}
)",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r).join(u'\n')));
    const Resource &res = r.resources.at(0);
    QCOMPARE(res.kind, Kind::SnippetsFilter);
    QCOMPARE(kindApiVersion(res.kind), QStringLiteral("gateway.nginx.org/v1alpha1"));
    const SnippetsFilter &sf = *res.as<SnippetsFilter>();
    QCOMPARE(sf.snippets.size(), size_t(2));
    QCOMPARE(sf.snippets[0].context, QStringLiteral("http.server.location"));
    QCOMPARE(sf.snippets[1].value, QStringLiteral("worker_priority 0;"));
}

void tst_FilterParsing::snippetsFilterRefusals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no snippets") << "spec: {}"
                                 << "t.yaml:4:7: SnippetsFilter apps/sf: spec.snippets: required";
    QTest::newRow("bad context")
        << "spec:\n  snippets:\n  - {context: stream, value: x}"
        << "t.yaml:6:15: SnippetsFilter apps/sf: spec.snippets[0].context: \"stream\" "
           "is not a snippet context";
    QTest::newRow("twice")
        << "spec:\n  snippets:\n  - {context: http, value: x}\n  - {context: http, value: z}"
        << "t.yaml:7:15: SnippetsFilter apps/sf: spec.snippets[1].context: only one "
           "snippet is allowed per context";
    QTest::newRow("empty value") << "spec:\n  snippets:\n  - {context: http, value: \"\"}"
                                 << "spec.snippets[0].value: must not be empty";
}

void tst_FilterParsing::snippetsFilterRefusals()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const QByteArray text = "apiVersion: gateway.nginx.org/v1alpha1\nkind: SnippetsFilter\n"
                            "metadata: {name: sf, namespace: apps}\n" +
        spec.toUtf8() + '\n';
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(text.constData(), doc);
    const QString all = messages(r).join(u'\n');
    QVERIFY2(all.contains(message), qPrintable(all));
}

void tst_FilterParsing::authenticationFilter()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(R"(apiVersion: gateway.nginx.org/v1alpha1
kind: AuthenticationFilter
metadata: {name: auth, namespace: apps}
spec:
  type: Basic
  basic:
    secretRef: {name: users}
    realm: Restricted
)",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r).join(u'\n')));
    const AuthenticationFilter &af = *r.resources.at(0).as<AuthenticationFilter>();
    QCOMPARE(af.type, QStringLiteral("Basic"));
    QVERIFY(af.basic);
    QCOMPARE(af.basic->secretName, QStringLiteral("users"));
    QCOMPARE(af.basic->realm, QStringLiteral("Restricted"));
    QVERIFY(!af.jwt && !af.oidc);
}

void tst_FilterParsing::jwtAndOidc()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(R"(apiVersion: gateway.nginx.org/v1alpha1
kind: AuthenticationFilter
metadata: {name: auth, namespace: apps}
spec:
  type: JWT
  jwt:
    realm: API
    source: Remote
    keyCache: 10m
    remote:
      uri: https://idp.example.com/jwks
      caCertificateRefs: [{name: ca}]
)",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r).join(u'\n')));
    std::shared_ptr<const yaml::Document> doc2;
    const auto r2 = parse(R"(apiVersion: gateway.nginx.org/v1alpha1
kind: AuthenticationFilter
metadata: {name: sso, namespace: apps}
spec:
  type: OIDC
  oidc:
    issuer: https://idp.example.com/realms/a
    clientID: app
    clientSecretRef: {name: app-secret}
    pkce: true
    extraAuthArgs: {prompt: consent, audience: api}
    session: {cookieName: S, timeout: 8h}
    logout: {uri: /logout, tokenHint: false}
)",
                          doc2);
    QVERIFY2(r2.diagnostics.empty(), qPrintable(messages(r2).join(u'\n')));
    const AuthenticationFilter &jwt = *r.resources.at(0).as<AuthenticationFilter>();
    QVERIFY(jwt.jwt && !jwt.basic && !jwt.oidc);
    QCOMPARE(jwt.jwt->realm, QStringLiteral("API"));
    QCOMPARE(jwt.jwt->source, QStringLiteral("Remote"));
    QCOMPARE(jwt.jwt->keyCache.value_or(QString()), QStringLiteral("10m"));
    QVERIFY(jwt.jwt->remote && !jwt.jwt->fileSecretName);
    QCOMPARE(jwt.jwt->remote->uri, QStringLiteral("https://idp.example.com/jwks"));
    QCOMPARE(jwt.jwt->remote->caCertificateRefs, std::vector<QString> {QStringLiteral("ca")});
    const AuthenticationFilter &sso = *r2.resources.at(0).as<AuthenticationFilter>();
    QVERIFY(sso.oidc);
    QCOMPARE(sso.oidc->clientId, QStringLiteral("app"));
    QCOMPARE(sso.oidc->clientSecretName, QStringLiteral("app-secret"));
    QCOMPARE(sso.oidc->pkce, std::optional<bool>(true));
    QCOMPARE(sso.oidc->extraAuthArgs.keys(),
             (QStringList {QStringLiteral("audience"), QStringLiteral("prompt")}));
    QCOMPARE(sso.oidc->sessionTimeout.value_or(QString()), QStringLiteral("8h"));
    QCOMPARE(sso.oidc->logoutUri.value_or(QString()), QStringLiteral("/logout"));
    QCOMPARE(sso.oidc->tokenHint, std::optional<bool>(false));
}

void tst_FilterParsing::authenticationFilterRefusals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad type") << "spec: {type: Digest}"
                              << "spec.type: \"Digest\" is not an authentication type";
    QTest::newRow("basic missing") << "spec: {type: Basic}"
                                   << "spec.basic: type Basic requires spec.basic to be set";
    QTest::newRow("jwt with basic")
        << "spec:\n  type: JWT\n  jwt: {realm: r}\n  basic: {secretRef: {name: u}, realm: r}"
        << "t.yaml:7:10: AuthenticationFilter apps/auth: spec.basic: type JWT must not set spec.basic";
    QTest::newRow("no realm") << "spec:\n  type: Basic\n  basic: {secretRef: {name: u}}"
                              << "spec.basic.realm";
    QTest::newRow("jwt bad source")
        << "spec:\n  type: JWT\n  jwt: {realm: r, source: Url}"
        << "t.yaml:6:27: AuthenticationFilter apps/auth: spec.jwt.source: \"Url\" is "
           "not a JWT key source (File, Remote)";
    QTest::newRow("jwt file missing") << "spec:\n  type: JWT\n  jwt: {realm: r, source: File}"
                                      << "spec.jwt.file: source File requires spec.file to be set.";
    QTest::newRow("jwt remote with file")
        << "spec:\n  type: JWT\n  jwt: {realm: r, source: Remote, remote: {uri: 'https://a.example.com/k'}, "
           "file: {secretRef: {name: k}}}"
        << "spec.jwt.file: source Remote must not set spec.file.";
    QTest::newRow("jwt remote http uri")
        << "spec:\n  type: JWT\n  jwt: {realm: r, source: Remote, remote: {uri: 'http://a.example.com/k'}}"
        << "spec.jwt.remote.uri: should match '^https:";
    QTest::newRow("jwt two CAs")
        << "spec:\n  type: JWT\n  jwt: {realm: r, source: Remote, remote: {uri: 'https://a.example.com/k', "
           "caCertificateRefs: [{name: a}, {name: b}]}}"
        << "spec.jwt.remote.caCertificateRefs: must have at most 1 items";
    QTest::newRow("jwt key cache")
        << "spec:\n  type: JWT\n  jwt: {realm: r, source: File, file: {secretRef: {name: "
           "k}}, keyCache: 10 minutes}"
        << "spec.jwt.keyCache: should match '^[0-9]{1,4}(ms|s|m|h)?$'";
    QTest::newRow("oidc no client secret")
        << "spec:\n  type: OIDC\n  oidc: {issuer: 'https://idp.example.com', clientID: c}"
        << "spec.oidc.clientSecretRef: required: the Secret that holds the client secret";
    QTest::newRow("oidc empty client id")
        << "spec:\n  type: OIDC\n  oidc: {issuer: 'https://idp.example.com', clientID: '', clientSecretRef: "
           "{name: s}}"
        << "spec.oidc.clientID: should be at least 1 chars long";
    QTest::newRow("oidc extra arg key")
        << "spec:\n  type: OIDC\n  oidc: {issuer: 'https://idp.example.com', clientID: c, clientSecretRef: "
           "{name: s}, extraAuthArgs: {'a b': x}}"
        << "extraAuthArgs keys must contain only alphanumeric characters, hyphens, underscores, or dots";
    QTest::newRow("oidc logout uri")
        << "spec:\n  type: OIDC\n  oidc: {issuer: 'https://idp.example.com', clientID: c, clientSecretRef: "
           "{name: s}, logout: {uri: 'logout'}}"
        << "spec.oidc.logout.uri: should match";
}

void tst_FilterParsing::authenticationFilterRefusals()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const QByteArray text = "apiVersion: gateway.nginx.org/v1alpha1\nkind: AuthenticationFilter\n"
                            "metadata: {name: auth, namespace: apps}\n" +
        spec.toUtf8() + '\n';
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(text.constData(), doc);
    const QString all = messages(r).join(u'\n');
    QVERIFY2(all.contains(message), qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_FilterParsing)
#include "tst_filterparsing.moc"
