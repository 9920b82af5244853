// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/observabilitypolicyform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ObservabilityPolicyForm::ObservabilityPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    // NGF's CRD (v1alpha2): HTTPRoutes and GRPCRoutes.
    addTargetRefs(tr("Target routes"), {Kind::HTTPRoute, Kind::GRPCRoute},
                  QStringLiteral("gateway.networking.k8s.io"));

    QGroupBox *tracing = addGroup(tr("Tracing"));
    QFormLayout *form = formLayout(tracing);
    FieldBinding *strategy = addField(form, tr("&Strategy:"), Path::of("spec.tracing.strategy"),
                                      FieldSpec::choice({QStringLiteral("ratio"), QStringLiteral("parent")}));
    // Tracing requires its strategy: a field that creates it writes the ratio strategy with it.
    const std::vector<std::pair<std::string, Value>> strategyFirst {{"strategy", Value("ratio")}};
    FieldSpec ratioSpec = FieldSpec::integer(0, 100, QStringLiteral("100"));
    ratioSpec.companions = strategyFirst;
    FieldBinding *ratio = addField(form, tr("&Ratio (%):"), Path::of("spec.tracing.ratio"), ratioSpec);
    // "ratio can only be specified if strategy is of type ratio" (the CRD's rule).
    auto updateRatio = [form, strategy, ratio] {
        form->setRowVisible(ratio->editor(), strategy->text() == u"ratio" || !ratio->text().isEmpty());
    };
    connect(strategy, &FieldBinding::valueChanged, this, updateRatio);
    connect(ratio, &FieldBinding::valueChanged, this, updateRatio);
    updateRatio();
    FieldSpec traceContext = FieldSpec::choice({QStringLiteral("extract"), QStringLiteral("inject"),
                                                QStringLiteral("propagate"), QStringLiteral("ignore")},
                                               QStringLiteral("ignore"));
    traceContext.companions = strategyFirst;
    addField(form, tr("&Context:"), Path::of("spec.tracing.context"), traceContext);
    FieldSpec span = FieldSpec::text();
    span.placeholder = tr("default: the location's name");
    span.companions = strategyFirst;
    addField(form, tr("Span &name:"), Path::of("spec.tracing.spanName"), span);
    SequenceEditor *attributes =
        addList(tracing, tr("span attribute"), Path::of("spec.tracing.spanAttributes"),
                {
                    Column {tr("Key"), Path::of("key"), FieldSpec::text(QString(), false)},
                    Column {tr("Value"), Path::of("value"), FieldSpec::text(QString(), false)},
                },
                [](const FormContext &, int) {
                    return Value::mapping().set("key", "team").set("value", "platform");
                });
    attributes->setVisibleRows(1, 4);
    form->addRow(tr("Span attributes:"), attributes);
    finish();
}

} // namespace gw::views
