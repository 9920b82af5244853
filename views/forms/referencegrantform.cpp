// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/referencegrantform.h"

#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ReferenceGrantForm::ReferenceGrantForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    const FieldSpec group = FieldSpec::reference(
        ReferenceChoices::fixed({QStringLiteral("gateway.networking.k8s.io"), QString()}));
    QGroupBox *from = addGroup(tr("From"));
    auto *fromLayout = new QVBoxLayout(from);
    SequenceEditor *fromList =
        addList(from, tr("source"), Path::of("spec.from"),
                {
                    Column {tr("Group"), Path::of("group"), group},
                    Column {tr("Kind"), Path::of("kind"),
                            FieldSpec::reference(ReferenceChoices::fixed({QStringLiteral("HTTPRoute"),
                                                                          QStringLiteral("GRPCRoute"),
                                                                          QStringLiteral("Gateway")}))},
                    Column {tr("Namespace"), Path::of("namespace"),
                            FieldSpec::reference(ReferenceChoices::namespaces())},
                },
                [](const FormContext &, int) {
                    return Value::mapping()
                        .set("group", "gateway.networking.k8s.io")
                        .set("kind", "HTTPRoute")
                        .set("namespace", "default");
                });
    fromList->setVisibleRows(1, 5);
    fromLayout->addWidget(fromList);
    QGroupBox *to = addGroup(tr("To"));
    auto *toLayout = new QVBoxLayout(to);
    SequenceEditor *toList = addList(
        to, tr("target"), Path::of("spec.to"),
        {
            Column {tr("Group"), Path::of("group"), FieldSpec::text(tr("core"), false)},
            Column {tr("Kind"), Path::of("kind"),
                    FieldSpec::reference(
                        ReferenceChoices::fixed({QStringLiteral("Service"), QStringLiteral("Secret")}))},
            Column {tr("Name"), Path::of("name"),
                    [] {
                        FieldSpec s = FieldSpec::text(tr("all"));
                        return s;
                    }()},
        },
        [](const FormContext &, int) { return Value::mapping().set("group", "").set("kind", "Service"); });
    toList->setVisibleRows(1, 5);
    toLayout->addWidget(toList);
    finish();
}

} // namespace gw::views
