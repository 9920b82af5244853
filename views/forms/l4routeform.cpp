// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/l4routeform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/routeform.h"
#include "views/forms/ruleeditor.h"
#include "views/forms/sequenceeditor.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

L4RouteForm::L4RouteForm(Kind kind, FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    m_parents = RouteForm::addParents(this);
    if (kind == Kind::TLSRoute) {
        m_hostnames = RouteForm::addHostnames(this);
        m_hostnames->setToolTip(tr("The SNI names of the TLS connections this route takes"));
    }

    QGroupBox *rules = addGroup(tr("Rules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    m_rules = addList(
        rules, tr("rule"), Path::of("spec.rules"),
        {
            Column {tr("Rule"),
                    Path(),
                    {},
                    [](const FormContext &c, const Path &item) {
                        const QString name = c.scalar(item / "name").value_or(QString());
                        return name.isEmpty() ? tr("Rule %1").arg(item.last().index + 1) : name;
                    }},
            Column {tr("Backends"),
                    Path(),
                    {},
                    [](const FormContext &c, const Path &item) {
                        // As written (the parsed route fills in the default weight).
                        QStringList parts;
                        const Path refs = item / "backendRefs";
                        for (int i = 0; i < c.size(refs); ++i) {
                            const Path ref = refs.index(i);
                            QString s = c.scalar(ref / "name").value_or(QString());
                            if (const auto port = c.scalar(ref / "port"))
                                s += u':' + *port;
                            if (const auto weight = c.scalar(ref / "weight"))
                                s += QStringLiteral(" (%1)").arg(*weight);
                            parts << s;
                        }
                        return parts.join(QStringLiteral(", "));
                    }},
        },
        [](const FormContext &c, int) {
            const QStringList services = ReferenceChoices::names(Kind::Service)(c, {});
            const QString name = services.value(0, QStringLiteral("service"));
            Value ref = Value::mapping().set("name", name);
            const Resource *svc =
                c.resource() ? c.design()->find(Kind::Service, c.resource()->meta.ns, name) : nullptr;
            ref.set("port",
                    svc && !svc->as<Service>()->ports.empty() ? svc->as<Service>()->ports.front().port : 443);
            return Value::mapping().set("backendRefs", Value::sequence().append(ref));
        });
    m_rules->setVisibleRows(1, 4);
    rulesLayout->addWidget(m_rules);

    // The backends of the selected rule.
    auto *ruleScope = new FormScope(context, rootScope(), Path::of("spec.rules[0]"), this);
    m_backends = RuleEditor::addBackends(this, ruleScope, m_layout);
    connect(m_rules, &SequenceEditor::currentRowChanged, this, [ruleScope](int row) {
        if (row >= 0)
            ruleScope->setRelative(Path::of("spec.rules").index(row));
        ruleScope->setActive(row >= 0);
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
