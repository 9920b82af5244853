// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/methodvariant.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "core/policy.h"
#include "core/route.h"
#include "yaml/path.h"
#include "yaml/value.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::MethodVariant)
};

const QString PolicyName = QStringLiteral("gwstudio-compare");

yaml::Path path(const QString &text)
{
    return yaml::Path::of(text.toStdString());
}

/** The Services the routes send traffic to, per namespace (sorted, for a stable document). */
std::map<QString, std::set<QString>> routedServices(const Design &design)
{
    std::map<QString, std::set<QString>> services;
    for (const Resource *r : design.resources()) {
        const Route *route = r->isRoute() ? r->as<Route>() : nullptr;
        if (!route)
            continue;
        for (const RouteRule &rule : route->rules) {
            for (const BackendRef &b : rule.backendRefs) {
                const QString &kind = b.ref.kind;
                const QString &group = b.ref.group;
                if (!(kind.isEmpty() || kind == u"Service") || !(group.isEmpty() || group == u"core"))
                    continue;
                services[b.ref.ns.value_or(r->meta.ns)].insert(b.ref.name);
            }
        }
    }
    return services;
}

bool edit(bool ok, const DesignEditor &editor, QString *error)
{
    if (!ok && error)
        *error = editor.lastError();
    return ok;
}

} // namespace

QString MethodVariant::policyMethod(ComparedMethodKind method)
{
    switch (method) {
    case ComparedMethodKind::IpHash:
        return QStringLiteral("ip_hash");
    case ComparedMethodKind::HashConsistent:
        return QStringLiteral("hash consistent");
    case ComparedMethodKind::RoundRobin:
        return QStringLiteral("round_robin");
    case ComparedMethodKind::StickyCookie:
    case ComparedMethodKind::Default:
        break;
    }
    return {};
}

std::optional<SimulationInput> MethodVariant::make(const SimulationInput &input, ComparedMethodKind method,
                                                   const QString &hashKey, QString *error)
{
    ngf::Profile profile = input.profile;
    const bool sticky = method == ComparedMethodKind::StickyCookie;
    if (sticky && !profile.version.sessionPersistenceSupported()) {
        if (error)
            *error =
                Tr::tr("NGF %1 has no session persistence (it came with 2.4)").arg(profile.version.name());
        return std::nullopt;
    }
    const QString policy = policyMethod(method);
    if (!policy.isEmpty() && !profile.version.lbMethodSelectable()) {
        if (error)
            *error = Tr::tr("NGF %1 cannot select a load-balancing method (UpstreamSettingsPolicy "
                            "loadBalancingMethod came with 2.4)")
                         .arg(profile.version.name());
        return std::nullopt;
    }
    if (method == ComparedMethodKind::HashConsistent && hashKey.isEmpty()) {
        if (error)
            *error = Tr::tr("hash consistent needs a key");
        return std::nullopt;
    }

    Diagnostics diagnostics;
    const std::shared_ptr<Design> design = input.makeDesign({}, &diagnostics);
    if (!design) {
        if (error)
            *error =
                diagnostics.empty() ? Tr::tr("the design does not read") : diagnostics.front().toString();
        return std::nullopt;
    }
    DesignEditor editor(design.get());

    // 1. Clear every method the design sets: policies' methods, rules' session persistence.
    std::vector<std::pair<ResourceId, QString>> removals;
    for (const Resource *r : design->resources(Kind::UpstreamSettingsPolicy)) {
        const UpstreamSettingsPolicy &p = *r->as<UpstreamSettingsPolicy>();
        if (p.loadBalancingMethod)
            removals.emplace_back(r->id, QStringLiteral("spec.loadBalancingMethod"));
        if (p.hashMethodKey)
            removals.emplace_back(r->id, QStringLiteral("spec.hashMethodKey"));
    }
    std::vector<std::pair<ResourceId, int>> stickyRules; ///< rules that get a sessionPersistence
    for (const Resource *r : design->resources()) {
        const Route *route = r->isRoute() ? r->as<Route>() : nullptr;
        if (!route)
            continue;
        for (int i = 0; i < int(route->rules.size()); ++i) {
            const RouteRule &rule = route->rules[size_t(i)];
            if (sticky) {
                if (!rule.sessionPersistence && !rule.backendRefs.empty())
                    stickyRules.emplace_back(r->id, i);
            } else if (rule.sessionPersistence) {
                removals.emplace_back(r->id, QStringLiteral("spec.rules[%1].sessionPersistence").arg(i));
            }
        }
    }
    for (const auto &[id, field] : removals) {
        if (!edit(editor.removeField(id, path(field)), editor, error))
            return std::nullopt;
    }

    // 2. Set the compared method.
    if (sticky) {
        profile.plus = true;
        profile.experimental = true;
        for (const auto &[id, rule] : stickyRules) {
            yaml::Value sp = yaml::Value::mapping();
            sp.set("type", "Cookie");
            if (!edit(editor.setField(id, path(QStringLiteral("spec.rules[%1].sessionPersistence").arg(rule)),
                                      sp),
                      editor, error))
                return std::nullopt;
        }
    } else if (!policy.isEmpty()) {
        for (const auto &[ns, services] : routedServices(*design)) {
            yaml::Value targets = yaml::Value::sequence();
            for (const QString &service : services) {
                yaml::Value t = yaml::Value::mapping();
                t.set("group", "core").set("kind", "Service").set("name", service);
                targets.append(std::move(t));
            }
            yaml::Value spec = yaml::Value::mapping();
            spec.set("targetRefs", std::move(targets)).set("loadBalancingMethod", policy);
            if (method == ComparedMethodKind::HashConsistent)
                spec.set("hashMethodKey", hashKey);
            yaml::Value meta = yaml::Value::mapping();
            meta.set("name", PolicyName).set("namespace", ns);
            yaml::Value object = yaml::Value::mapping();
            object.set("apiVersion", "gateway.nginx.org/v1alpha1")
                .set("kind", "UpstreamSettingsPolicy")
                .set("metadata", std::move(meta))
                .set("spec", std::move(spec));
            if (!edit(editor.addResource(object), editor, error))
                return std::nullopt;
        }
    }
    return SimulationInput::fromDesign(*design, profile);
}

} // namespace gw::sim
