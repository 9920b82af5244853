// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/ratelimitpolicyform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

/** Keys nginx's limit_req_zone is usually given (NGF's examples: $binary_remote_addr). */
FieldSpec keySpec(bool optional)
{
    FieldSpec key = FieldSpec::reference(
        ReferenceChoices::fixed({QStringLiteral("$binary_remote_addr"), QStringLiteral("$remote_addr"),
                                 QStringLiteral("$binary_remote_addr:$request_uri"),
                                 QStringLiteral("$http_x_api_key"), QStringLiteral("$server_name")}),
        optional);
    return key;
}

} // namespace

RateLimitPolicyForm::RateLimitPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    // NGF's CRD: Gateways, or HTTPRoutes and GRPCRoutes (not both kinds of target in one policy).
    addTargetRefs(tr("Targets"), {Kind::Gateway, Kind::HTTPRoute, Kind::GRPCRoute},
                  QStringLiteral("gateway.networking.k8s.io"));

    QGroupBox *rules = addGroup(tr("Local rate limit rules"));
    auto *rulesLayout = new QVBoxLayout(rules);
    const Path rulesPath = Path::of("spec.rateLimit.local.rules");
    FieldSpec rate = FieldSpec::text(QString(), false);
    rate.placeholder = tr("e.g. 10r/s or 500r/m");
    SequenceEditor *list = addList(rules, tr("rule"), rulesPath,
                                   {
                                       Column {tr("Key"), Path::of("key"), keySpec(false)},
                                       Column {tr("Rate"), Path::of("rate"), rate},
                                   },
                                   [](const FormContext &, int) {
                                       return Value::mapping()
                                           .set("key", "$binary_remote_addr")
                                           .set("rate", "10r/s")
                                           .set("zoneSize", "10m");
                                   });
    list->setVisibleRows(1, 4);
    rulesLayout->addWidget(list);

    auto *ruleScope = new FormScope(context, rootScope(), rulesPath.index(0), this);
    ruleScope->setActive(false);
    auto *details = new QGroupBox(tr("Selected rule"), rules);
    rulesLayout->addWidget(details);
    QFormLayout *rule = formLayout(details);
    addField(rule, tr("&Key:"), Path::of("key"), keySpec(false), ruleScope);
    addField(rule, tr("&Rate:"), Path::of("rate"), rate, ruleScope);
    FieldSpec zone = FieldSpec::text();
    zone.placeholder = tr("e.g. 10m");
    addField(rule, tr("&Zone size:"), Path::of("zoneSize"), zone, ruleScope);
    addField(rule, tr("&Burst:"), Path::of("burst"), FieldSpec::integer(0, INT_MAX, QStringLiteral("0")),
             ruleScope);
    // "NoDelay cannot be true when Delay is also set" (the CRD's rule): both are shown, NGF says when.
    addField(rule, tr("&Delay:"), Path::of("delay"), FieldSpec::integer(0, INT_MAX), ruleScope);
    addField(rule, tr("No dela&y:"), Path::of("noDelay"), FieldSpec::boolean(QStringLiteral("false")),
             ruleScope);
    connect(list, &SequenceEditor::currentRowChanged, this, [ruleScope, rulesPath, details](int row) {
        if (row >= 0)
            ruleScope->setRelative(rulesPath.index(row));
        ruleScope->setActive(row >= 0);
        details->setEnabled(row >= 0);
    });
    list->setKeepsCurrent(true);

    QGroupBox *all = addGroup(tr("All rules"));
    QFormLayout *form = formLayout(all);
    addField(form, tr("Dry r&un:"), Path::of("spec.rateLimit.dryRun"),
             FieldSpec::boolean(QStringLiteral("false")));
    addField(form, tr("&Log level:"), Path::of("spec.rateLimit.logLevel"),
             FieldSpec::choice({QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warn"),
                                QStringLiteral("error")},
                               QStringLiteral("error")));
    addField(form, tr("Re&ject code:"), Path::of("spec.rateLimit.rejectCode"),
             FieldSpec::integer(400, 599, QStringLiteral("503")));
    finish();
}

} // namespace gw::views
