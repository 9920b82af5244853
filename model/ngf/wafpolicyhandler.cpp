// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/wafpolicyhandler.h"

#include "ngf/fielderror.h"

#include <QCryptographicHash>

namespace gw::ngf {

namespace {

// policies/waf/generator.go appProtectBundleFolder
const QString bundleFolder = QStringLiteral("/etc/app_protect/bundles");

/** helpers.URLHash: the first 16 hex digits of the URL's SHA-256. */
QString urlHash(const QString &url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

std::vector<PolicyTargetReference> WafPolicyHandler::targetRefs(const Resource &policy) const
{
    return policy.as<WAFPolicy>()->targetRefs;
}

Conditions WafPolicyHandler::validate(const Resource &policy) const
{
    // validator.go Validate: policies.ValidateTargetRef for each target, the first error only.
    const std::vector<PolicyTargetReference> &refs = policy.as<WAFPolicy>()->targetRefs;
    for (int i = 0; i < int(refs.size()); ++i) {
        const PolicyTargetReference &t = refs[size_t(i)];
        const QString path = QStringLiteral("spec.targetRefs[%1].").arg(i);
        if (t.group != u"gateway.networking.k8s.io")
            return {conditions::policyInvalid(
                FieldError::notSupported(path + u"group", jsonQuote(t.group),
                                         {QStringLiteral("gateway.networking.k8s.io")})
                    .toString())};
        if (t.kind != u"Gateway" && t.kind != u"HTTPRoute" && t.kind != u"GRPCRoute")
            return {conditions::policyInvalid(
                FieldError::notSupported(
                    path + u"kind", jsonQuote(t.kind),
                    {QStringLiteral("Gateway"), QStringLiteral("HTTPRoute"), QStringLiteral("GRPCRoute")})
                    .toString())};
    }
    return {};
}

Conditions WafPolicyHandler::validateGlobalSettings(const Resource &, const GlobalSettings &settings) const
{
    if (settings.wafEnabled)
        return {};
    // conditions.NewPolicyNotAcceptedNginxProxyNotSet("WAF is not enabled in NginxProxy")
    return {{QStringLiteral("Accepted"), false, QStringLiteral("NginxProxyConfigNotSet"),
             QStringLiteral("WAF is not enabled in NginxProxy")}};
}

QString WafPolicyHandler::policyBundlePath(const Resource &policy)
{
    return QStringLiteral("%1/%2_%3.tgz").arg(bundleFolder, policy.meta.ns, policy.meta.name);
}

QString WafPolicyHandler::logBundlePath(const Resource &policy, const WafBundleSource &s)
{
    const QString base = policy.meta.ns + u'_' + policy.meta.name + QStringLiteral("_log_");
    QString key;
    if (s.nim && !s.nim->url.isEmpty())
        key = base + urlHash(s.nim->url) + u'_' + s.nim->profileName;
    else if (s.n1c)
        key = base + urlHash(s.n1c->url) + u'_' + s.n1c->ns + u'_' +
            s.n1c->profileObjectID.value_or(s.n1c->profileName.value_or(QString()));
    else
        key = base + urlHash(s.httpUrl.value_or(QString()));
    return QStringLiteral("%1/%2.tgz").arg(bundleFolder, key);
}

QString WafPolicyHandler::destination(const WafSecurityLog &log)
{
    if (log.destinationType == u"file" && log.filePath)
        return *log.filePath;
    if (log.destinationType == u"syslog" && log.syslogServer)
        return QStringLiteral("syslog:server=") + *log.syslogServer;
    return QStringLiteral("stderr");
}

std::optional<IncludeFile> WafPolicyHandler::generate(const Resource &policy, Context context) const
{
    if (context != Context::Server && context != Context::Location)
        return std::nullopt;
    const WAFPolicy &p = *policy.as<WAFPolicy>();
    IncludeFile f;
    f.path = includePath(QStringLiteral("WAFPolicy_%1_%2.conf").arg(policy.meta.ns, policy.meta.name));
    if (p.policySource.fetched()) {
        const SourceRefs src = refs(policy, QStringLiteral("spec.policySource"));
        f.lines.push_back({QStringLiteral("app_protect_enable on;"), src});
        f.lines.push_back(
            {QStringLiteral("app_protect_policy_file \"%1\";").arg(policyBundlePath(policy)), src});
    }
    std::vector<Directive> logs;
    for (int i = 0; i < int(p.securityLogs.size()); ++i) {
        const WafSecurityLog &log = p.securityLogs[size_t(i)];
        const SourceRefs src = refs(policy, QStringLiteral("spec.securityLogs[%1]").arg(i));
        if (log.source.fetched())
            logs.push_back({QStringLiteral("app_protect_security_log \"%1\" %2;")
                                .arg(logBundlePath(policy, log.source), destination(log)),
                            src});
        else if (log.defaultProfile)
            logs.push_back(
                {QStringLiteral("app_protect_security_log %1 %2;").arg(*log.defaultProfile, destination(log)),
                 src});
    }
    if (!logs.empty()) {
        f.lines.push_back({QStringLiteral("app_protect_security_log_enable on;"),
                           refs(policy, QStringLiteral("spec.securityLogs"))});
        f.lines.insert(f.lines.end(), logs.begin(), logs.end());
    }
    return f;
}

} // namespace gw::ngf
