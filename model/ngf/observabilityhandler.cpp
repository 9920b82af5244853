// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/observabilityhandler.h"

#include "ngf/fielderror.h"
#include "ngf/validation.h"

namespace gw::ngf {

std::vector<PolicyTargetReference> ObservabilityHandler::targetRefs(const Resource &policy) const
{
    return policy.as<ObservabilityPolicy>()->targetRefs;
}

QString ObservabilityHandler::ratioVariable(int ratio)
{
    return QStringLiteral("$otel_ratio_%1").arg(ratio);
}

Conditions ObservabilityHandler::validate(const Resource &policy) const
{
    const ObservabilityPolicy &p = *policy.as<ObservabilityPolicy>();
    // Validate: policies.ValidateTargetRef with the path spec.targetRefs (no index).
    const QString refPath = QStringLiteral("spec.targetRefs");
    for (const PolicyTargetReference &t : p.targetRefs) {
        if (t.group != u"gateway.networking.k8s.io")
            return {conditions::policyInvalid(
                FieldError::notSupported(refPath + u".group", jsonQuote(t.group),
                                         {QStringLiteral("gateway.networking.k8s.io")})
                    .toString())};
        if (t.kind != u"HTTPRoute" && t.kind != u"GRPCRoute")
            return {conditions::policyInvalid(
                FieldError::notSupported(refPath + u".kind", jsonQuote(t.kind),
                                         {QStringLiteral("HTTPRoute"), QStringLiteral("GRPCRoute")})
                    .toString())};
    }
    if (!p.tracing)
        return {};
    // validateSettings: every error, aggregated.
    const ObservabilityTracing &t = *p.tracing;
    const QString path = QStringLiteral("spec.tracing.");
    FieldErrors errors;
    if (t.strategy != u"ratio" && t.strategy != u"parent")
        errors.push_back(FieldError::notSupported(path + u"strategy", jsonQuote(t.strategy),
                                                  {QStringLiteral("ratio"), QStringLiteral("parent")}));
    static const QStringList contexts {QStringLiteral("extract"), QStringLiteral("inject"),
                                       QStringLiteral("propagate"), QStringLiteral("ignore")};
    if (t.context && !contexts.contains(*t.context))
        errors.push_back(FieldError::notSupported(path + u"context", jsonQuote(*t.context), contexts));
    if (t.spanName) {
        if (const QString e = validation::escapedStringNoVarExpansion(*t.spanName); !e.isEmpty())
            errors.push_back(FieldError::invalid(path + u"spanName", jsonQuote(*t.spanName), e));
    }
    for (const SpanAttribute &a : t.spanAttributes) {
        if (const QString e = validation::escapedStringNoVarExpansion(a.key); !e.isEmpty())
            errors.push_back(FieldError::invalid(path + u"spanAttributes.key", jsonQuote(a.key), e));
        if (const QString e = validation::escapedStringNoVarExpansion(a.value); !e.isEmpty())
            errors.push_back(FieldError::invalid(path + u"spanAttributes.value", jsonQuote(a.value), e));
    }
    if (!errors.empty())
        return {conditions::policyInvalid(aggregate(errors))};
    return {};
}

Conditions ObservabilityHandler::validateGlobalSettings(const Resource &,
                                                        const GlobalSettings &settings) const
{
    if (settings.telemetryEnabled)
        return {};
    // conditions.NewPolicyNotAcceptedNginxProxyNotSet(PolicyMessageTelemetryNotEnabled)
    return {{QStringLiteral("Accepted"), false, QStringLiteral("NginxProxyConfigNotSet"),
             QStringLiteral("Telemetry is not enabled in the NginxProxy resource")}};
}

bool ObservabilityHandler::conflicts(const Resource &a, const Resource &b) const
{
    return a.as<ObservabilityPolicy>()->tracing && b.as<ObservabilityPolicy>()->tracing;
}

std::optional<IncludeFile> ObservabilityHandler::generate(const Resource &policy, Context context) const
{
    return generate(policy, context, Input {});
}

std::optional<IncludeFile> ObservabilityHandler::generate(const Resource &policy, Context context,
                                                          const Input &in) const
{
    QString suffix;
    if (context == Context::Location)
        suffix = in.redirectLocation ? QStringLiteral("redirect") : QStringLiteral("ext");
    else if (context == Context::InternalLocation)
        suffix = QStringLiteral("int");
    else
        return std::nullopt;
    const ObservabilityPolicy &p = *policy.as<ObservabilityPolicy>();
    IncludeFile f;
    f.path = includePath(
        QStringLiteral("ObservabilityPolicy_%1_%2_%3.conf").arg(policy.meta.ns, policy.meta.name, suffix));
    if (!p.tracing)
        return f;
    const ObservabilityTracing &t = *p.tracing;
    const SourceRefs src = refs(policy, QStringLiteral("spec.tracing"));
    // getStrategy
    QString strategy = QStringLiteral("off");
    if (t.strategy == u"parent")
        strategy = QStringLiteral("$otel_parent_sampled");
    else if (t.strategy == u"ratio")
        strategy = !t.ratio ? QStringLiteral("on")
            : *t.ratio > 0  ? ratioVariable(*t.ratio)
                            : QStringLiteral("off");
    if (context == Context::Location) {
        f.lines.push_back({QStringLiteral("otel_trace %1;").arg(strategy),
                           refs(policy, QStringLiteral("spec.tracing.strategy"))});
        if (t.context)
            f.lines.push_back({QStringLiteral("otel_trace_context %1;").arg(*t.context),
                               refs(policy, QStringLiteral("spec.tracing.context"))});
        if (in.redirectLocation)
            return f; // externalRedirectTemplate
    }
    if (t.spanName)
        f.lines.push_back({QStringLiteral("otel_span_name \"%1\";").arg(*t.spanName),
                           refs(policy, QStringLiteral("spec.tracing.spanName"))});
    else if (context == Context::InternalLocation)
        f.lines.push_back({QStringLiteral("otel_span_name $request_uri_path;"), src});
    for (int i = 0; i < int(t.spanAttributes.size()); ++i) {
        const SpanAttribute &a = t.spanAttributes[size_t(i)];
        f.lines.push_back({QStringLiteral("otel_span_attr \"%1\" \"%2\";").arg(a.key, a.value),
                           refs(policy, QStringLiteral("spec.tracing.spanAttributes[%1]").arg(i))});
    }
    if (in.config && in.config->base.telemetry) {
        const TelemetrySettings &tel = *in.config->base.telemetry;
        for (const auto &[key, value] : tel.spanAttributes)
            f.lines.push_back({QStringLiteral("otel_span_attr \"%1\" \"%2\";").arg(key, value),
                               tel.source.isValid() ? SourceRefs {tel.source} : SourceRefs {}});
    }
    return f;
}

} // namespace gw::ngf
