// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/design.h"
#include "views/preview/previewprovider.h"

namespace gw::test {

/**
 * A stand-in for the NGF engine with the same shape of output: one http.conf with a location per
 * route rule (origin: the rule's match and backendRef) and an upstream per Service (origin: the
 * Service, the Pods' lines: their Deployment), and status conditions (Accepted for every route,
 * ResolvedRefs=False for a backendRef to a missing Service, a warning for sessionPersistence on
 * OSS). Deterministic, so tests can name exact lines.
 */
class FakePreviewProvider : public views::PreviewProvider
{
public:
    mutable int calls = 0;
    mutable views::PreviewProfile lastProfile;

    QStringList versions() const override { return {QStringLiteral("2.6.7"), QStringLiteral("edge")}; }

    views::PreviewResult generate(const Design &design, const views::PreviewProfile &profile) const override
    {
        ++calls;
        lastProfile = profile;
        views::PreviewResult result;
        views::GeneratedFile main {
            QStringLiteral("/etc/nginx/nginx.conf"), QStringLiteral("events {}\nhttp {}\n"), {}};
        views::GeneratedFile http {QStringLiteral("/etc/nginx/conf.d/http.conf"), {}, {}};
        auto at = [](const QString &p) { return yaml::Path::of(p.toStdString()); };
        auto line = [&http](const QString &text, ResourceId id = 0, const char *field = nullptr) {
            http.text += text + u'\n';
            http.lineSources.push_back({{id, field ? yaml::Path::of(field) : yaml::Path()}});
        };
        line(QStringLiteral("server {"));
        for (const Resource *r : design.resources(Kind::HTTPRoute)) {
            const Route *route = r->as<Route>();
            for (size_t k = 0; k < route->rules.size(); ++k) {
                const RouteRule &rule = route->rules[k];
                const QString base = QStringLiteral("spec.rules[%1]").arg(k);
                const QString path = rule.matches.empty() || !rule.matches.front().path
                    ? QStringLiteral("/")
                    : rule.matches.front().path->value;
                http.text += QStringLiteral("    location %1 {\n").arg(path);
                http.lineSources.push_back({{r->id, at(base + QStringLiteral(".matches[0]"))}});
                for (size_t b = 0; b < rule.backendRefs.size(); ++b) {
                    const BackendRef &ref = rule.backendRefs[b];
                    const QString field = base + QStringLiteral(".backendRefs[%1]").arg(b);
                    http.text += QStringLiteral("        proxy_pass http://%1_%2_%3;\n")
                                     .arg(r->meta.ns, ref.ref.name)
                                     .arg(ref.ref.port.value_or(80));
                    // Two sources: the backendRef (most specific), then the Service it names.
                    views::SourceRefs sources {{r->id, yaml::Path::of(field.toStdString())}};
                    const Resource *service = design.find(Kind::Service, r->meta.ns, ref.ref.name);
                    if (service)
                        sources.push_back({service->id, {}});
                    http.lineSources.push_back(sources);
                    if (!service) {
                        result.conditions.push_back(
                            {{r->id, at(field + QStringLiteral(".name"))},
                             QStringLiteral("parent default/gateway"),
                             QStringLiteral("ResolvedRefs"),
                             QStringLiteral("False"),
                             QStringLiteral("BackendNotFound"),
                             QStringLiteral("%1.name: Not found: \"%2\"").arg(field, ref.ref.name),
                             views::Health::Error});
                    }
                }
                if (rule.sessionPersistence && profile.plus) {
                    http.text += QStringLiteral("        # sticky\n");
                    http.lineSources.push_back({{r->id, at(base + QStringLiteral(".sessionPersistence"))}});
                } else if (rule.sessionPersistence) {
                    result.conditions.push_back(
                        {{r->id, yaml::Path::of(base.toStdString()) / "sessionPersistence"},
                         QStringLiteral("parent default/gateway"),
                         QStringLiteral("Accepted"),
                         QStringLiteral("True"),
                         QStringLiteral("UnsupportedField"),
                         QStringLiteral("The following unsupported parameters were ignored"),
                         views::Health::Warning});
                }
                line(QStringLiteral("    }"), r->id, base.toUtf8().constData());
            }
            result.conditions.push_back({{r->id, {}},
                                         QStringLiteral("parent default/gateway"),
                                         QStringLiteral("Accepted"),
                                         QStringLiteral("True"),
                                         QStringLiteral("Accepted"),
                                         QStringLiteral("The Route is accepted"),
                                         views::Health::Healthy});
        }
        line(QStringLiteral("}"));
        for (const Resource *s : design.resources(Kind::Service)) {
            line(QStringLiteral("upstream %1_%2_80 {").arg(s->meta.ns, s->meta.name), s->id);
            for (const Pod &pod : design.pods()) {
                if (pod.labels.value(QStringLiteral("app")) ==
                    s->as<Service>()->selector.value(QStringLiteral("app")))
                    line(QStringLiteral("    server %1:8080;").arg(pod.ip), pod.owner);
            }
            line(QStringLiteral("}"), s->id);
        }
        result.files = {main, http};
        return result;
    }
};

} // namespace gw::test
