// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/ratelimithandler.h"

#include "ngf/fielderror.h"
#include "ngf/validation.h"

#include <QRegularExpression>

namespace gw::ngf {

namespace {

// policies/ratelimit/validator.go
const QString rateStringFmt = QStringLiteral(R"(^\d+r/[sm]$)");
const QString limitReqKeyFmt = QStringLiteral(R"(^(?:[^ \t\r\n;{}#$]+|\$\w+)+$)");

} // namespace

std::vector<PolicyTargetReference> RateLimitHandler::targetRefs(const Resource &policy) const
{
    return policy.as<RateLimitPolicy>()->targetRefs;
}

Conditions RateLimitHandler::validate(const Resource &policy) const
{
    const RateLimitPolicy &p = *policy.as<RateLimitPolicy>();
    static const QRegularExpression rateRe(rateStringFmt);
    static const QRegularExpression keyRe(limitReqKeyFmt);
    FieldErrors errors;
    if (p.rateLimit && p.rateLimit->localRules) {
        // NGF's paths name no rule index: "spec.rateLimit.local.rules.rate".
        const QString path = QStringLiteral("spec.rateLimit.local.rules.");
        for (const RateLimitRule &rule : *p.rateLimit->localRules) {
            if (rule.zoneSize) {
                if (const QString e = validation::nginxSize(*rule.zoneSize); !e.isEmpty())
                    errors.push_back(FieldError::invalid(path + u"zoneSize", jsonQuote(*rule.zoneSize), e));
            }
            if (!rule.rate.isEmpty() && !rateRe.match(rule.rate).hasMatch())
                errors.push_back(FieldError::invalid(
                    path + u"rate", jsonQuote(rule.rate),
                    regexError(QStringLiteral("must contain a number followed by 'r/s' or 'r/m'"),
                               rateStringFmt, {QStringLiteral("10r/s"), QStringLiteral("500r/m")})));
            if (!rule.key.isEmpty() && !keyRe.match(rule.key).hasMatch())
                errors.push_back(FieldError::invalid(
                    path + u"key", goQuote(rule.key),
                    regexError(QStringLiteral("must be a valid limit_req key consisting of nginx variables "
                                              "and/or strings without spaces or special characters"),
                               limitReqKeyFmt,
                               {QStringLiteral("$binary_remote_addr"),
                                QStringLiteral("$binary_remote_addr:$request_uri"),
                                QStringLiteral("my_fixed_key")})));
        }
    }
    if (!errors.empty())
        return {conditions::policyInvalid(aggregate(errors))};
    return {};
}

bool RateLimitHandler::conflicts(const Resource &ra, const Resource &rb) const
{
    const RateLimitPolicy &a = *ra.as<RateLimitPolicy>();
    const RateLimitPolicy &b = *rb.as<RateLimitPolicy>();
    if (!a.rateLimit || !b.rateLimit)
        return false;
    const RateLimitSettings &x = *a.rateLimit;
    const RateLimitSettings &y = *b.rateLimit;
    return (x.dryRun && y.dryRun) || (x.logLevel && y.logLevel) || (x.rejectCode && y.rejectCode);
}

std::optional<IncludeFile> RateLimitHandler::generate(const Resource &policy, Context context) const
{
    QString suffix;
    switch (context) {
    case Context::Http:
        suffix = QStringLiteral("gateway");
        break;
    case Context::HttpShadow:
        suffix = QStringLiteral("internal_http");
        break;
    case Context::Server:
        suffix = QStringLiteral("gateway_server");
        break;
    case Context::Location:
        suffix = QStringLiteral("route");
        break;
    case Context::Main:
    case Context::InternalLocation:
        return std::nullopt;
    }
    const RateLimitPolicy &p = *policy.as<RateLimitPolicy>();
    IncludeFile f;
    f.path = includePath(
        QStringLiteral("RateLimitPolicy_%1_%2_%3.conf").arg(policy.meta.ns, policy.meta.name, suffix));
    if (!p.rateLimit)
        return f;
    const RateLimitSettings &s = *p.rateLimit;
    const bool http = context == Context::Http || context == Context::HttpShadow;
    if (s.localRules) {
        for (int i = 0; i < int(s.localRules->size()); ++i) {
            const RateLimitRule &rule = (*s.localRules)[size_t(i)];
            const SourceRefs src = refs(policy, QStringLiteral("spec.rateLimit.local.rules[%1]").arg(i));
            // getRateLimitSettings: defaults 10m, 100r/s, $binary_remote_addr; zone <ns>_rl_<name>_rule<i>
            const QString zone =
                QStringLiteral("%1_rl_%2_rule%3").arg(policy.meta.ns, policy.meta.name).arg(i);
            if (http) {
                f.lines.push_back(
                    {QStringLiteral("limit_req_zone %1 zone=%2:%3 rate=%4;")
                         .arg(rule.key.isEmpty() ? QStringLiteral("$binary_remote_addr") : rule.key, zone,
                              rule.zoneSize.value_or(QStringLiteral("10m")),
                              rule.rate.isEmpty() ? QStringLiteral("100r/s") : rule.rate),
                     src});
                continue;
            }
            QString text = QStringLiteral("limit_req zone=") + zone;
            if (rule.burst && *rule.burst != 0)
                text += QStringLiteral(" burst=%1").arg(*rule.burst);
            if (rule.noDelay && *rule.noDelay)
                text += QStringLiteral(" nodelay");
            if (rule.delay && *rule.delay != 0)
                text += QStringLiteral(" delay=%1").arg(*rule.delay);
            f.lines.push_back({text + u';', src});
        }
    }
    if (http)
        return f;
    if (s.logLevel && !s.logLevel->isEmpty())
        f.lines.push_back({QStringLiteral("limit_req_log_level %1;").arg(*s.logLevel),
                           refs(policy, QStringLiteral("spec.rateLimit.logLevel"))});
    if (s.rejectCode && *s.rejectCode != 0)
        f.lines.push_back({QStringLiteral("limit_req_status %1;").arg(*s.rejectCode),
                           refs(policy, QStringLiteral("spec.rateLimit.rejectCode"))});
    if (s.dryRun && *s.dryRun)
        f.lines.push_back(
            {QStringLiteral("limit_req_dry_run on;"), refs(policy, QStringLiteral("spec.rateLimit.dryRun"))});
    return f;
}

} // namespace gw::ngf
