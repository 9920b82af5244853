// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "ngf/wafpolicyhandler.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace Qt::StringLiterals;

/**
 * NGF v2.6.7's policies/waf: the validator's messages the golden cases do not reach (the CRD
 * rejects such targets before NGF sees them, so only NGF's own check is left) and the generator's
 * lines, which must equal generator_test.go's expected strings, bundle hashes included.
 */
class tst_WafPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateTargetRef();
    void globalSettings();
    void generatorMatchesNgf_data();
    void generatorMatchesNgf();
    void noFileOutsideServerAndLocation();
};

namespace {

struct Loaded
{
    Design design;
    const Resource *policy = nullptr;
};

std::unique_ptr<Loaded> load(const QString &ns, const QString &name, const QString &spec)
{
    auto l = std::make_unique<Loaded>();
    const QString text = u"apiVersion: gateway.nginx.org/v1alpha1\nkind: WAFPolicy\nmetadata: {name: "_s +
        name + u", namespace: "_s + ns + u"}\nspec:\n"_s + spec;
    const auto result = l->design.addFile(text.toUtf8(), u"waf.yaml"_s);
    if (!result.ok)
        qWarning().noquote() << text;
    for (const Resource *r : l->design.resources(Kind::WAFPolicy))
        l->policy = r;
    return l;
}

const QString target = u"  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}]\n"_s;
const QString httpPolicy =
    u"  type: HTTP\n  policySource: {httpSource: {url: \"https://storage.example.com/policy.tgz\"}}\n"_s;

QStringList lines(const IncludeFile &f)
{
    QStringList out;
    for (const Directive &d : f.lines)
        out << d.text;
    return out;
}

} // namespace

void tst_WafPolicy::validateTargetRef()
{
    // validator.go: policies.ValidateTargetRef, group first, then kind; the first target in error.
    // The CRD rejects such targets before NGF sees them (a design does not load them either), so
    // the resources are built here directly.
    const WafPolicyHandler h;
    Resource r;
    r.kind = Kind::WAFPolicy;
    r.kindName = u"WAFPolicy"_s;
    r.meta.ns = u"ns"_s;
    r.meta.name = u"p"_s;
    WAFPolicy p;
    p.type = u"HTTP"_s;
    p.policySource.httpUrl = u"https://storage.example.com/policy.tgz"_s;
    p.targetRefs = {{u"gateway.networking.k8s.io"_s, u"HTTPRoute"_s, u"r"_s},
                    {u"example.com"_s, u"Gateway"_s, u"g"_s}};
    r.data = p;
    Conditions c = h.validate(r);
    QCOMPARE(c.size(), size_t(1));
    QCOMPARE(c[0].type, u"Accepted"_s);
    QVERIFY(!c[0].status);
    QCOMPARE(c[0].reason, u"Invalid"_s);
    QCOMPARE(c[0].message,
             u"spec.targetRefs[1].group: Unsupported value: \"example.com\": supported values: "
             u"\"gateway.networking.k8s.io\""_s);
    p.targetRefs = {{u"gateway.networking.k8s.io"_s, u"TLSRoute"_s, u"t"_s}};
    r.data = p;
    c = h.validate(r);
    QCOMPARE(c.size(), size_t(1));
    QCOMPARE(c[0].message,
             u"spec.targetRefs[0].kind: Unsupported value: \"TLSRoute\": supported values: \"Gateway\", "
             u"\"HTTPRoute\", \"GRPCRoute\""_s);
    auto ok = load(u"ns"_s, u"p"_s, target + httpPolicy);
    QVERIFY(ok->policy);
    QVERIFY(h.validate(*ok->policy).empty());
    QVERIFY(!h.conflicts(*ok->policy, *ok->policy));
}

void tst_WafPolicy::globalSettings()
{
    const WafPolicyHandler h;
    auto l = load(u"ns"_s, u"p"_s, target + httpPolicy);
    PolicyHandler::GlobalSettings s;
    s.telemetryEnabled = true;
    const Conditions off = h.validateGlobalSettings(*l->policy, s);
    QCOMPARE(off.size(), size_t(1));
    QCOMPARE(off[0].type, u"Accepted"_s);
    QVERIFY(!off[0].status);
    QCOMPARE(off[0].reason, u"NginxProxyConfigNotSet"_s);
    QCOMPARE(off[0].message, u"WAF is not enabled in NginxProxy"_s);
    s.wafEnabled = true;
    QVERIFY(h.validateGlobalSettings(*l->policy, s).empty());
}

void tst_WafPolicy::generatorMatchesNgf_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("expected");
    // generator_test.go TestGenerate, case by case.
    QTest::newRow("basic case with policy bundle URL")
        << u"my-namespace"_s << u"my-name"_s << target + httpPolicy
        << QStringList {u"app_protect_enable on;"_s,
                        u"app_protect_policy_file \"/etc/app_protect/bundles/my-namespace_my-name.tgz\";"_s};
    QTest::newRow("security log with log bundle URL and stderr destination")
        << u"test-ns"_s << u"waf-with-log"_s
        << target + httpPolicy +
            u"  securityLogs:\n  - logSource: {httpSource: {url: \"https://storage.example.com/log.tgz\"}}\n"
            u"    destination: {type: stderr}\n"_s
        << QStringList {
               u"app_protect_enable on;"_s,
               u"app_protect_policy_file \"/etc/app_protect/bundles/test-ns_waf-with-log.tgz\";"_s,
               u"app_protect_security_log_enable on;"_s,
               u"app_protect_security_log "
               u"\"/etc/app_protect/bundles/test-ns_waf-with-log_log_be666560841a5b89.tgz\" stderr;"_s};
    QTest::newRow("NIM policy and NIM log profile")
        << u"test-ns"_s << u"waf-nim-log"_s
        << target +
            u"  type: NIM\n  policySource: {nimSource: {url: \"https://storage.example.com/log.tgz\", "
            u"policyName: nim-policy}}\n"
            u"  securityLogs:\n  - logSource: {nimSource: {url: \"https://storage.example.com/log.tgz\", "
            u"profileName: nim-log-profile}}\n    destination: {type: stderr}\n"_s
        << QStringList {u"app_protect_enable on;"_s,
                        u"app_protect_policy_file \"/etc/app_protect/bundles/test-ns_waf-nim-log.tgz\";"_s,
                        u"app_protect_security_log_enable on;"_s,
                        u"app_protect_security_log \"/etc/app_protect/bundles/"
                        u"test-ns_waf-nim-log_log_be666560841a5b89_nim-log-profile.tgz\" stderr;"_s};
    QTest::newRow("multiple security logs, plus a default profile to syslog")
        << u"app-ns"_s << u"waf-multi-log"_s
        << target + httpPolicy +
            u"  securityLogs:\n"
            u"  - logSource: {httpSource: {url: \"https://storage.example.com/log.tgz\"}}\n"
            u"    destination: {type: stderr}\n"
            u"  - logSource: {nimSource: {url: \"https://storage.example.com/log2.tgz\", "
            u"profileName: nim-log-profile}}\n"
            u"    destination: {type: file, file: {path: /var/log/blocked.log}}\n"
            u"  - logSource: {defaultProfile: log_all}\n"
            u"    destination: {type: syslog, syslog: {server: \"syslog.example.com:514\"}}\n"_s
        << QStringList {
               u"app_protect_enable on;"_s,
               u"app_protect_policy_file \"/etc/app_protect/bundles/app-ns_waf-multi-log.tgz\";"_s,
               u"app_protect_security_log_enable on;"_s,
               u"app_protect_security_log "
               u"\"/etc/app_protect/bundles/app-ns_waf-multi-log_log_be666560841a5b89.tgz\" stderr;"_s,
               u"app_protect_security_log \"/etc/app_protect/bundles/"
               u"app-ns_waf-multi-log_log_ab3b8795a7cf07f6_nim-log-profile.tgz\" /var/log/blocked.log;"_s,
               u"app_protect_security_log log_all syslog:server=syslog.example.com:514;"_s};
}

void tst_WafPolicy::generatorMatchesNgf()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, spec);
    QFETCH(QStringList, expected);
    auto l = load(ns, name, spec);
    QVERIFY(l->policy);
    const WafPolicyHandler h;
    for (const auto context : {PolicyHandler::Context::Server, PolicyHandler::Context::Location}) {
        const std::optional<IncludeFile> f = h.generate(*l->policy, context);
        QVERIFY(f);
        QCOMPARE(f->path, u"/etc/nginx/includes/WAFPolicy_%1_%2.conf"_s.arg(ns, name));
        QCOMPARE(lines(*f), expected);
    }
}

void tst_WafPolicy::noFileOutsideServerAndLocation()
{
    auto l = load(u"ns"_s, u"p"_s, target + httpPolicy);
    const WafPolicyHandler h;
    for (const auto context : {PolicyHandler::Context::Main, PolicyHandler::Context::Http,
                               PolicyHandler::Context::HttpShadow, PolicyHandler::Context::InternalLocation})
        QVERIFY(!h.generate(*l->policy, context));
}

QTEST_GUILESS_MAIN(tst_WafPolicy)
#include "tst_wafpolicy.moc"
