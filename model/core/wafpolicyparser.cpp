// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wafpolicyparser.h"

#include "core/objectreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::WafPolicyParser)
};

/** A string field with the CRD's MinLength/MaxLength and Pattern (either may be absent). */
std::optional<QString> text(ObjectReader &r, const Node *map, std::string_view key, const Path &path,
                            bool required, int maxLength = 0, const QString &pattern = {})
{
    std::optional<QString> v = r.string(map, key, path, required);
    if (!v)
        return v;
    if (maxLength > 0 && v->isEmpty()) {
        r.error(r.get(map, key), path, Tr::tr("should be at least 1 chars long"));
    } else if (maxLength > 0 && v->size() > maxLength) {
        r.error(r.get(map, key), path, Tr::tr("may not be more than %1 bytes").arg(maxLength));
    } else if (!pattern.isEmpty() && !QRegularExpression(pattern).match(*v).hasMatch()) {
        r.error(r.get(map, key), path, Tr::tr("should match '%1'").arg(pattern));
    }
    return v;
}

const QString urlPattern = QStringLiteral("^https?://");

std::optional<QString> url(ObjectReader &r, const Node *map, const Path &p)
{
    return text(r, map, "url", p / "url", true, 2083, urlPattern);
}

std::optional<QString> secretName(ObjectReader &r, const Node *map, std::string_view key, const Path &p)
{
    const Node *ref = r.mapping(map, key, p);
    return ref ? r.string(ref, "name", p / "name", true) : std::nullopt;
}

/** The fields PolicySource and LogSource share: auth, tlsSecret, validation, polling, timeout, retries. */
void fetchSettings(ObjectReader &r, const Node *src, const Path &p, WafBundleSource &out)
{
    if (const Node *auth = r.mapping(src, "auth", p / "auth"))
        out.authSecret = secretName(r, auth, "secretRef", p / "auth" / "secretRef");
    out.tlsSecret = secretName(r, src, "tlsSecret", p / "tlsSecret");
    const Path vp = p / "validation";
    if (const Node *v = r.mapping(src, "validation", vp)) {
        out.expectedChecksum = r.string(v, "expectedChecksum", vp / "expectedChecksum");
        static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (out.expectedChecksum && !sha.match(*out.expectedChecksum).hasMatch())
            r.error(r.get(v, "expectedChecksum"), vp / "expectedChecksum",
                    out.expectedChecksum->size() < 64       ? Tr::tr("should be at least 64 chars long")
                        : out.expectedChecksum->size() > 64 ? Tr::tr("may not be more than %1 bytes").arg(64)
                                                            : Tr::tr("should match '%1'").arg(sha.pattern()));
        out.verifyChecksum = r.boolean(v, "verifyChecksum", vp / "verifyChecksum").value_or(false);
        if (out.verifyChecksum && out.expectedChecksum)
            r.error(v, vp, Tr::tr("verifyChecksum and expectedChecksum are mutually exclusive"));
    }
    if (const Node *poll = r.mapping(src, "polling", p / "polling")) {
        out.polling = r.boolean(poll, "enabled", p / "polling" / "enabled").value_or(false);
        r.string(poll, "interval", p / "polling" / "interval");
    }
    r.string(src, "timeout", p / "timeout");
    if (const auto retries = r.integer(src, "retryAttempts", p / "retryAttempts");
        retries && (*retries < 0 || *retries > 10))
        r.error(r.get(src, "retryAttempts"), p / "retryAttempts", Tr::tr("must be between 0 and 10"));
    out.insecureSkipVerify = r.boolean(src, "insecureSkipVerify", p / "insecureSkipVerify").value_or(false);
}

void exactlyOne(ObjectReader &r, const Node *map, const Path &p, const std::optional<QString> &a,
                const std::optional<QString> &b, const char *aName, const char *bName)
{
    if (a.has_value() == b.has_value())
        r.error(
            map, p,
            Tr::tr("exactly one of %1 or %2 must be set").arg(QLatin1String(aName), QLatin1String(bName)));
}

void policySource(ObjectReader &r, const Node *spec, WAFPolicy &out)
{
    const Path p = Path::of("spec") / "policySource";
    const Node *src = r.mapping(spec, "policySource", p);
    if (!src) {
        if (!r.has(spec, "policySource"))
            r.error(spec, p, Tr::tr("required value is missing"));
        return;
    }
    WafBundleSource &s = out.policySource;
    if (const Node *h = r.mapping(src, "httpSource", p / "httpSource"))
        s.httpUrl = url(r, h, p / "httpSource").value_or(QString());
    const Path np = p / "nimSource";
    if (const Node *n = r.mapping(src, "nimSource", np)) {
        WafNimSource nim;
        nim.url = url(r, n, np).value_or(QString());
        nim.policyName = text(r, n, "policyName", np / "policyName", false, 253);
        nim.policyUID =
            text(r, n, "policyUID", np / "policyUID", false, 0,
                 QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        exactlyOne(r, n, np, nim.policyName, nim.policyUID, "policyName", "policyUID");
        s.nim = nim;
    }
    const Path cp = p / "n1cSource";
    if (const Node *c = r.mapping(src, "n1cSource", cp)) {
        WafN1cSource n1c;
        n1c.url = url(r, c, cp).value_or(QString());
        n1c.ns = text(r, c, "namespace", cp / "namespace", true, 253).value_or(QString());
        n1c.policyName = text(r, c, "policyName", cp / "policyName", false, 253);
        n1c.policyObjectID = text(r, c, "policyObjectID", cp / "policyObjectID", false, 0,
                                  QStringLiteral("^pol_[A-Za-z0-9_-]+$"));
        n1c.policyVersionID = text(r, c, "policyVersionID", cp / "policyVersionID", false, 0,
                                   QStringLiteral("^pv_[A-Za-z0-9_-]+$"));
        exactlyOne(r, c, cp, n1c.policyName, n1c.policyObjectID, "policyName", "policyObjectID");
        s.n1c = n1c;
    }
    fetchSettings(r, src, p, s);
}

void targetRefs(ObjectReader &r, const Node *spec, WAFPolicy &out)
{
    // wafpolicy_types.go WAFPolicySpec.TargetRefs: 1 to 16, one kind, Gateway/HTTPRoute/GRPCRoute,
    // the Gateway API group, names unique.
    const Path p = Path::of("spec") / "targetRefs";
    r.forEach(spec, "targetRefs", p, [&](const Node *item, const Path &tp) {
        PolicyTargetReference t;
        t.group = r.string(item, "group", tp / "group", true).value_or(QString());
        t.kind = r.string(item, "kind", tp / "kind", true).value_or(QString());
        t.name = r.string(item, "name", tp / "name", true).value_or(QString());
        if (r.has(item, "kind") && t.kind != u"Gateway" && t.kind != u"HTTPRoute" && t.kind != u"GRPCRoute")
            r.error(r.get(item, "kind"), tp / "kind",
                    Tr::tr("TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute"));
        if (r.has(item, "group") && t.group != u"gateway.networking.k8s.io")
            r.error(r.get(item, "group"), tp / "group",
                    Tr::tr("TargetRef Group must be gateway.networking.k8s.io"));
        for (const PolicyTargetReference &o : out.targetRefs) {
            if (o.name == t.name) {
                r.error(item, tp, Tr::tr("TargetRef Name must be unique"));
                break;
            }
        }
        out.targetRefs.push_back(std::move(t));
    });
    const Node *list = r.get(spec, "targetRefs");
    if (!list)
        r.error(spec, p, Tr::tr("required value is missing"));
    else if (out.targetRefs.empty())
        r.error(list, p, Tr::tr("should have at least 1 items"));
    else if (out.targetRefs.size() > 16)
        r.error(list, p, Tr::tr("must have at most 16 items"));
    for (const PolicyTargetReference &t : out.targetRefs) {
        if (t.kind != out.targetRefs.front().kind) {
            r.error(list, p, Tr::tr("All TargetRefs must be the same Kind"));
            break;
        }
    }
}

WafSecurityLog securityLog(ObjectReader &r, const Node *item, const Path &ip)
{
    WafSecurityLog log;
    const Path lp = ip / "logSource";
    if (const Node *src = r.mapping(item, "logSource", lp)) {
        log.defaultProfile = r.string(src, "defaultProfile", lp / "defaultProfile");
        static const QStringList profiles {
            QStringLiteral("log_default"),     QStringLiteral("log_all"),
            QStringLiteral("log_illegal"),     QStringLiteral("log_blocked"),
            QStringLiteral("log_grpc_all"),    QStringLiteral("log_grpc_blocked"),
            QStringLiteral("log_grpc_illegal")};
        if (log.defaultProfile && !profiles.contains(*log.defaultProfile))
            r.error(r.get(src, "defaultProfile"), lp / "defaultProfile",
                    Tr::tr("Unsupported value: \"%1\": supported values: \"log_default\", \"log_all\", "
                           "\"log_illegal\", \"log_blocked\", \"log_grpc_all\", \"log_grpc_blocked\", "
                           "\"log_grpc_illegal\"")
                        .arg(*log.defaultProfile));
        WafBundleSource &s = log.source;
        if (const Node *h = r.mapping(src, "httpSource", lp / "httpSource"))
            s.httpUrl = url(r, h, lp / "httpSource").value_or(QString());
        const Path np = lp / "nimSource";
        if (const Node *n = r.mapping(src, "nimSource", np)) {
            WafNimSource nim;
            nim.url = url(r, n, np).value_or(QString());
            nim.profileName = text(r, n, "profileName", np / "profileName", true, 253).value_or(QString());
            s.nim = nim;
        }
        const Path cp = lp / "n1cSource";
        if (const Node *c = r.mapping(src, "n1cSource", cp)) {
            WafN1cSource n1c;
            n1c.url = url(r, c, cp).value_or(QString());
            n1c.ns = text(r, c, "namespace", cp / "namespace", true, 253).value_or(QString());
            n1c.profileName = text(r, c, "profileName", cp / "profileName", false, 253);
            n1c.profileObjectID = text(r, c, "profileObjectID", cp / "profileObjectID", false, 0,
                                       QStringLiteral("^lp_[A-Za-z0-9_-]+$"));
            exactlyOne(r, c, cp, n1c.profileName, n1c.profileObjectID, "profileName", "profileObjectID");
            s.n1c = n1c;
        }
        fetchSettings(r, src, lp, s);
        const int set = int(log.defaultProfile.has_value()) + int(s.httpUrl.has_value()) +
            int(s.nim.has_value()) + int(s.n1c.has_value());
        if (set != 1)
            r.error(
                src, lp,
                Tr::tr("exactly one of logSource.defaultProfile, logSource.httpSource, logSource.nimSource, "
                       "or logSource.n1cSource must be set"));
    } else if (!r.has(item, "logSource")) {
        r.error(item, lp, Tr::tr("required value is missing"));
    }
    const Path dp = ip / "destination";
    if (const Node *d = r.mapping(item, "destination", dp)) {
        log.destinationType = r.string(d, "type", dp / "type").value_or(QStringLiteral("stderr"));
        if (log.destinationType != u"stderr" && log.destinationType != u"file" &&
            log.destinationType != u"syslog")
            r.error(r.get(d, "type"), dp / "type",
                    Tr::tr("Unsupported value: \"%1\": supported values: \"stderr\", \"file\", \"syslog\"")
                        .arg(log.destinationType));
        if (const Node *f = r.mapping(d, "file", dp / "file"))
            log.filePath = text(r, f, "path", dp / "file" / "path", true, 256, QStringLiteral("^/.*$"));
        if (const Node *s = r.mapping(d, "syslog", dp / "syslog"))
            log.syslogServer = text(r, s, "server", dp / "syslog" / "server", true, 253,
                                    QStringLiteral("^[a-zA-Z0-9.-]+:[0-9]+$"));
        if ((log.destinationType == u"file") != r.has(d, "file"))
            r.error(d, dp, Tr::tr("destination.file must be set if and only if type is file"));
        if ((log.destinationType == u"syslog") != r.has(d, "syslog"))
            r.error(d, dp, Tr::tr("destination.syslog must be set if and only if type is syslog"));
    } else if (!r.has(item, "destination")) {
        r.error(item, dp, Tr::tr("required value is missing"));
    }
    return log;
}

} // namespace

void WafPolicyParser::parse(ObjectReader &r, const Node *spec, WAFPolicy &out)
{
    const Path p = Path::of("spec");
    targetRefs(r, spec, out);
    out.type = r.string(spec, "type", p / "type", true).value_or(QString());
    if (r.has(spec, "type") && out.type != u"HTTP" && out.type != u"NIM" && out.type != u"N1C")
        r.error(
            r.get(spec, "type"), p / "type",
            Tr::tr("Unsupported value: \"%1\": supported values: \"HTTP\", \"NIM\", \"N1C\"").arg(out.type));
    policySource(r, spec, out);
    // WAFPolicySpec's CEL rules: the type names the one source that is set.
    const WafBundleSource &s = out.policySource;
    if ((out.type == u"HTTP") != s.httpUrl.has_value())
        r.error(spec, p, Tr::tr("policySource.httpSource must be set if and only if type is HTTP"));
    if ((out.type == u"NIM") != s.nim.has_value())
        r.error(spec, p, Tr::tr("policySource.nimSource must be set if and only if type is NIM"));
    if ((out.type == u"N1C") != s.n1c.has_value())
        r.error(spec, p, Tr::tr("policySource.n1cSource must be set if and only if type is N1C"));
    if (out.type != u"HTTP" && s.verifyChecksum)
        r.error(spec, p, Tr::tr("policySource.validation.verifyChecksum is only supported for type HTTP"));
    const Path lp = p / "securityLogs";
    r.forEach(spec, "securityLogs", lp, [&](const Node *item, const Path &ip) {
        out.securityLogs.push_back(securityLog(r, item, ip));
    });
    if (out.securityLogs.size() > 32)
        r.error(r.get(spec, "securityLogs"), lp, Tr::tr("must have at most 32 items"));
}

} // namespace gw
