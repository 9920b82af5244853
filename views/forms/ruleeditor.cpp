// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/ruleeditor.h"

#include "core/design.h"
#include "views/forms/filtereditor.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/resourceform.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

FieldSpec matchType()
{
    return FieldSpec::choice({QStringLiteral("Exact"), QStringLiteral("RegularExpression")},
                             QStringLiteral("Exact"));
}

std::vector<Column> nameValueColumns(const QString &nameHeader)
{
    return {
        Column {RuleEditor::tr("Type"), Path::of("type"), matchType()},
        Column {nameHeader, Path::of("name"), FieldSpec::text(QString(), false)},
        Column {RuleEditor::tr("Value"), Path::of("value"), FieldSpec::text(QString(), false)},
    };
}

} // namespace

RuleEditor::RuleEditor(ResourceForm *form, FormScope *ruleScope, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_scope(ruleScope)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *general = new QWidget(this);
    QFormLayout *generalForm = new QFormLayout(general);
    generalForm->setContentsMargins(0, 0, 0, 0);
    generalForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    FieldSpec name = FieldSpec::text();
    name.placeholder = tr("optional; NGF reports rule names as unsupported");
    form->addField(generalForm, tr("&Name:"), Path::of("name"), name, ruleScope);
    layout->addWidget(general);
    buildMatches(form, kind);

    QGroupBox *filters = form->addGroup(tr("Filters"), layout);
    auto *filtersLayout = new QVBoxLayout(filters);
    m_filters = form->addList(
        filters, tr("filter"), Path::of("filters"),
        {
            Column {tr("Type"), Path::of("type"),
                    FieldSpec::choice(FilterEditor::filterTypes(), QString(), false)},
            Column {tr("Settings"), Path(), {}, &FilterEditor::summary},
        },
        [](const FormContext &, int) {
            return Value::mapping()
                .set("type", "RequestHeaderModifier")
                .set("requestHeaderModifier",
                     Value::mapping().set("set",
                                          Value::sequence().append(
                                              Value::mapping().set("name", "X-Example").set("value", "1"))));
        },
        ruleScope);
    m_filters->setVisibleRows(1, 4);
    filtersLayout->addWidget(m_filters);
    auto *filterScope = new FormScope(ruleScope->context(), ruleScope, Path::of("filters[0]"), this);
    filterScope->setActive(false);
    m_filterEditor = new FilterEditor(form, filterScope, filters);
    filtersLayout->addWidget(m_filterEditor);
    connect(m_filters, &SequenceEditor::currentRowChanged, this, [filterScope](int row) {
        if (row >= 0)
            filterScope->setRelative(Path::of("filters").index(row));
        filterScope->setActive(row >= 0);
    });
    m_filters->setKeepsCurrent(true);

    buildBackends(form);
    buildPersistence(form);

    QGroupBox *timeouts = form->addGroup(tr("Timeouts"), layout);
    QFormLayout *timeoutForm = ResourceForm::formLayout(timeouts);
    FieldSpec duration = FieldSpec::text();
    duration.placeholder = tr("e.g. 10s");
    form->addField(timeoutForm, tr("&Request:"), Path::of("timeouts.request"), duration, ruleScope);
    form->addField(timeoutForm, tr("&Backend request:"), Path::of("timeouts.backendRequest"), duration,
                   ruleScope);
}

void RuleEditor::buildMatches(ResourceForm *form, Kind kind)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    QGroupBox *group = form->addGroup(tr("Matches"), layout);
    auto *matchesLayout = new QVBoxLayout(group);
    if (kind == Kind::GRPCRoute) {
        m_matches = form->addList(
            group, tr("match"), Path::of("matches"),
            {
                Column {tr("Type"), Path::of("method.type"), matchType()},
                Column {tr("Service"), Path::of("method.service"), FieldSpec::text(tr("any"))},
                Column {tr("Method"), Path::of("method.method"), FieldSpec::text(tr("any"))},
            },
            [](const FormContext &, int) {
                return Value::mapping().set("method", Value::mapping().set("service", "helloworld.Greeter"));
            },
            m_scope);
    } else {
        m_matches = form->addList(
            group, tr("match"), Path::of("matches"),
            {
                Column {tr("Path type"), Path::of("path.type"),
                        FieldSpec::choice({QStringLiteral("Exact"), QStringLiteral("PathPrefix"),
                                           QStringLiteral("RegularExpression")},
                                          QStringLiteral("PathPrefix"))},
                Column {tr("Path"), Path::of("path.value"), FieldSpec::text(QStringLiteral("/"))},
                Column {tr("Method"), Path::of("method"),
                        FieldSpec::choice(
                            {QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                             QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("CONNECT"),
                             QStringLiteral("OPTIONS"), QStringLiteral("TRACE"), QStringLiteral("PATCH")},
                            tr("any"))},
            },
            [](const FormContext &, int) {
                return Value::mapping().set("path",
                                            Value::mapping().set("type", "PathPrefix").set("value", "/"));
            },
            m_scope);
    }
    m_matches->setVisibleRows(1, 5);
    matchesLayout->addWidget(m_matches);

    // Headers and query parameters of the selected match.
    auto *matchScope = new FormScope(m_scope->context(), m_scope, Path::of("matches[0]"), this);
    matchScope->setActive(false);
    auto *details = new QWidget(group);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->setContentsMargins(0, 4, 0, 0);
    SequenceEditor *headers = form->addList(
        details, tr("header match"), Path::of("headers"), nameValueColumns(tr("Header")),
        [](const FormContext &, int) { return Value::mapping().set("name", "X-Version").set("value", "v2"); },
        matchScope);
    headers->setVisibleRows(1, 4);
    detailsForm->addRow(tr("Headers:"), headers);
    if (kind == Kind::HTTPRoute) {
        SequenceEditor *query = form->addList(
            details, tr("query parameter match"), Path::of("queryParams"), nameValueColumns(tr("Parameter")),
            [](const FormContext &, int) {
                return Value::mapping().set("name", "version").set("value", "v2");
            },
            matchScope);
        query->setVisibleRows(1, 4);
        detailsForm->addRow(tr("Query:"), query);
    }
    matchesLayout->addWidget(details);
    connect(m_matches, &SequenceEditor::currentRowChanged, this, [matchScope](int row) {
        if (row >= 0)
            matchScope->setRelative(Path::of("matches").index(row));
        matchScope->setActive(row >= 0);
    });
    m_matches->setKeepsCurrent(true);
}

void RuleEditor::buildBackends(ResourceForm *form)
{
    m_backends = addBackends(form, m_scope, static_cast<QVBoxLayout *>(this->layout()));
}

SequenceEditor *RuleEditor::addBackends(ResourceForm *form, FormScope *ruleScope, QVBoxLayout *layout)
{
    QGroupBox *group = form->addGroup(tr("Backends"), layout);
    auto *backendsLayout = new QVBoxLayout(group);
    FieldSpec port = FieldSpec::reference(ReferenceChoices::portsOfSiblingService());
    port.numeric = true;
    FieldSpec ns = FieldSpec::reference(ReferenceChoices::namespaces(), true);
    ns.defaultText = tr("the route's");
    SequenceEditor *backends = form->addList(
        group, tr("backend"), Path::of("backendRefs"),
        {
            Column {tr("Service"), Path::of("name"),
                    FieldSpec::reference(ReferenceChoices::names(Kind::Service))},
            Column {tr("Namespace"), Path::of("namespace"), ns},
            Column {tr("Port"), Path::of("port"), port},
            Column {tr("Weight"), Path::of("weight"), FieldSpec::integer(0, 1000000, QStringLiteral("1"))},
        },
        [](const FormContext &c, int) {
            const QStringList services = ReferenceChoices::names(Kind::Service)(c, {});
            const QString name = services.value(0, QStringLiteral("service"));
            Value ref = Value::mapping().set("name", name);
            const Resource *svc =
                c.resource() ? c.design()->find(Kind::Service, c.resource()->meta.ns, name) : nullptr;
            ref.set("port",
                    svc && !svc->as<Service>()->ports.empty() ? svc->as<Service>()->ports.front().port : 80);
            return ref;
        },
        ruleScope);
    backends->setVisibleRows(1, 5);
    backendsLayout->addWidget(backends);
    return backends;
}

void RuleEditor::buildPersistence(ResourceForm *form)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_persistence = form->addGroup(tr("Session persistence"), layout);
    m_persistence->setCheckable(true);
    m_persistence->setToolTip(tr("Sticky sessions with a cookie (NGINX Plus, experimental features)"));
    QFormLayout *f = ResourceForm::formLayout(m_persistence);
    const Path sp = Path::of("sessionPersistence");
    form->addField(
        f, tr("&Type:"), sp / "type",
        FieldSpec::choice({QStringLiteral("Cookie"), QStringLiteral("Header")}, QStringLiteral("Cookie")),
        m_scope);
    FieldSpec name = FieldSpec::text();
    name.placeholder = tr("default: sp_<route>_<namespace>_<rule>");
    form->addField(f, tr("Session &name:"), sp / "sessionName", name, m_scope);
    FieldSpec duration = FieldSpec::text();
    duration.placeholder = tr("e.g. 24h");
    form->addField(f, tr("&Absolute timeout:"), sp / "absoluteTimeout", duration, m_scope);
    form->addField(f, tr("&Idle timeout:"), sp / "idleTimeout", duration, m_scope);
    form->addField(f, tr("Cookie &lifetime:"), sp / "cookieConfig" / "lifetimeType",
                   FieldSpec::choice({QStringLiteral("Session"), QStringLiteral("Permanent")},
                                     QStringLiteral("Session")),
                   m_scope);
    connect(m_persistence, &QGroupBox::toggled, this, [this](bool on) {
        FormContext *c = m_scope->context();
        const Path path = m_scope->path() / "sessionPersistence";
        if (on && !c->node(path))
            c->set(path, Value::mapping().set("type", "Cookie"), tr("Enable session persistence"));
        else if (!on && c->node(path))
            c->remove(path, tr("Disable session persistence"));
    });
    connect(m_scope->context(), &FormContext::refreshed, this, &RuleEditor::refreshPersistence);
    connect(m_scope, &FormScope::moved, this, &RuleEditor::refreshPersistence);
    refreshPersistence();
}

void RuleEditor::refreshPersistence()
{
    const FormContext *c = m_scope->context();
    const bool has = m_scope->isActive() && c->node(m_scope->path() / "sessionPersistence");
    const QSignalBlocker blocker(m_persistence);
    m_persistence->setChecked(has);
    // QGroupBox disables its children when unchecked; toggled() was blocked, so do it here.
    for (QWidget *w : m_persistence->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        w->setEnabled(has);
}

} // namespace gw::views
