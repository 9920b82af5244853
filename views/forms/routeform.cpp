// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/routeform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/ruleeditor.h"
#include "views/forms/sequenceeditor.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

const RouteRule *ruleAt(const FormContext &c, const Path &item)
{
    const Resource *r = c.resource();
    const Route *route = r ? r->as<Route>() : nullptr;
    if (!route || item.isEmpty() || !item.last().isIndex())
        return nullptr;
    const int i = item.last().index;
    return i < int(route->rules.size()) ? &route->rules[size_t(i)] : nullptr;
}

} // namespace

SequenceEditor *RouteForm::addParents(ResourceForm *form)
{
    QGroupBox *parents = form->addGroup(tr("Parents"));
    auto *parentsLayout = new QVBoxLayout(parents);
    FieldSpec port = FieldSpec::integer(1, 65535, tr("any"));
    SequenceEditor *parentList = form->addList(
        parents, tr("parent"), Path::of("spec.parentRefs"),
        {
            Column {tr("Gateway"), Path::of("name"),
                    FieldSpec::reference(ReferenceChoices::names(Kind::Gateway))},
            Column {tr("Namespace"), Path::of("namespace"),
                    [] {
                        FieldSpec s = FieldSpec::reference(ReferenceChoices::namespaces(), true);
                        s.defaultText = tr("the route's");
                        return s;
                    }()},
            Column {tr("Listener"), Path::of("sectionName"),
                    [] {
                        FieldSpec s =
                            FieldSpec::reference(ReferenceChoices::listenersOfSiblingGateway(), true);
                        s.defaultText = tr("all");
                        return s;
                    }()},
            Column {tr("Port"), Path::of("port"), port},
        },
        [](const FormContext &c, int) {
            const QStringList gateways = ReferenceChoices::names(Kind::Gateway)(c, {});
            return Value::mapping().set("name", gateways.value(0, QStringLiteral("gateway")));
        });
    parentList->setVisibleRows(1, 4);
    parentsLayout->addWidget(parentList);
    return parentList;
}

SequenceEditor *RouteForm::addHostnames(ResourceForm *form)
{
    QGroupBox *hosts = form->addGroup(tr("Hostnames"));
    auto *hostsLayout = new QVBoxLayout(hosts);
    SequenceEditor *hostList =
        form->addList(hosts, tr("hostname"), Path::of("spec.hostnames"),
                      {Column {tr("Hostname"), Path(), FieldSpec::text(QString(), false)}},
                      [](const FormContext &, int) { return Value("example.com"); });
    hostList->setVisibleRows(1, 4);
    hostsLayout->addWidget(hostList);
    return hostList;
}

RouteForm::RouteForm(Kind kind, FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    addParents(this);
    addHostnames(this);

    QGroupBox *rules = addGroup(tr("Rules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    m_rules =
        addList(rules, tr("rule"), Path::of("spec.rules"),
                {
                    Column {tr("Rule"),
                            Path(),
                            {},
                            [](const FormContext &c, const Path &item) {
                                // The rule's name when it has one, else its number.
                                const QString name = c.scalar(item / "name").value_or(QString());
                                return name.isEmpty() ? tr("Rule %1").arg(item.last().index + 1) : name;
                            }},
                    Column {tr("Matches"),
                            Path(),
                            {},
                            [kind](const FormContext &c, const Path &item) {
                                const RouteRule *rule = ruleAt(c, item);
                                if (!rule)
                                    return QString();
                                QStringList parts;
                                if (kind == Kind::GRPCRoute) {
                                    for (const GRPCRouteMatch &m : rule->grpcMatches) {
                                        parts
                                            << (m.method ? m.method->service.value_or(QStringLiteral("*")) +
                                                        u'/' + m.method->method.value_or(QStringLiteral("*"))
                                                         : QStringLiteral("*"));
                                    }
                                } else {
                                    for (const HTTPRouteMatch &m : rule->matches)
                                        parts << (m.path ? m.path->type + u' ' + m.path->value
                                                         : QStringLiteral("PathPrefix /"));
                                }
                                return parts.isEmpty() ? tr("everything") : parts.join(QStringLiteral(", "));
                            }},
                    Column {tr("Backends"),
                            Path(),
                            {},
                            [](const FormContext &c, const Path &item) {
                                const RouteRule *rule = ruleAt(c, item);
                                if (!rule)
                                    return QString();
                                QStringList parts;
                                for (const BackendRef &b : rule->backendRefs) {
                                    QString s = b.ref.name;
                                    if (b.ref.port)
                                        s += u':' + QString::number(*b.ref.port);
                                    if (b.weight)
                                        s += QStringLiteral(" (%1)").arg(*b.weight);
                                    parts << s;
                                }
                                return parts.join(QStringLiteral(", "));
                            }},
                },
                [kind](const FormContext &c, int) {
                    Value rule = Value::mapping();
                    if (kind == Kind::HTTPRoute) {
                        rule.set("matches",
                                 Value::sequence().append(Value::mapping().set(
                                     "path", Value::mapping().set("type", "PathPrefix").set("value", "/"))));
                    }
                    const QStringList services = ReferenceChoices::names(Kind::Service)(c, {});
                    if (!services.isEmpty()) {
                        Value ref = Value::mapping().set("name", services.front());
                        if (const Resource *svc = c.resource()
                                ? c.design()->find(Kind::Service, c.resource()->meta.ns, services.front())
                                : nullptr;
                            svc && !svc->as<Service>()->ports.empty()) {
                            ref.set("port", svc->as<Service>()->ports.front().port);
                        }
                        rule.set("backendRefs", Value::sequence().append(ref));
                    }
                    return rule;
                });
    m_rules->setVisibleRows(2, 6);
    rulesLayout->addWidget(m_rules);

    m_ruleGroup = addGroup(tr("Selected rule"));
    auto *ruleLayout = new QVBoxLayout(m_ruleGroup);
    ruleLayout->setContentsMargins(6, 6, 6, 6);
    auto *ruleScope = new FormScope(context, rootScope(), Path::of("spec.rules[0]"), this);
    m_ruleEditor = new RuleEditor(this, ruleScope, kind, m_ruleGroup);
    ruleLayout->addWidget(m_ruleEditor);
    connect(m_rules, &SequenceEditor::currentRowChanged, this, [this, ruleScope](int row) {
        if (row >= 0)
            ruleScope->setRelative(Path::of("spec.rules").index(row));
        ruleScope->setActive(row >= 0);
        m_ruleGroup->setTitle(row >= 0 ? tr("Rule %1").arg(row + 1) : tr("Selected rule"));
        m_ruleGroup->setEnabled(row >= 0);
    });
    m_rules->setKeepsCurrent(true);
    connect(context, &FormContext::refreshed, this, [this] {
        // A route shown anew starts with its first rule selected.
        if (m_rules->currentRow() < 0 && m_rules->model()->rowCount() > 0)
            m_rules->setCurrentRow(0);
    });
    finish();
}

} // namespace gw::views
