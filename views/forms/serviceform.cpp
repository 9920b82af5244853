// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/serviceform.h"

#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ServiceForm::ServiceForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata();
    QGroupBox *service = addGroup(tr("Service"));
    QFormLayout *form = formLayout(service);
    addField(form, tr("&Type:"), Path::of("spec.type"),
             FieldSpec::choice({QStringLiteral("ClusterIP"), QStringLiteral("NodePort"),
                                QStringLiteral("LoadBalancer"), QStringLiteral("ExternalName")},
                               QStringLiteral("ClusterIP")));
    addField(form, tr("Cluster &IP:"), Path::of("spec.clusterIP"), FieldSpec::text(tr("assigned")));
    addField(form, tr("E&xternal name:"), Path::of("spec.externalName"), FieldSpec::text());
    form->addRow(tr("&Selector:"), addMap(service, tr("selector label"), Path::of("spec.selector")));

    QGroupBox *ports = addGroup(tr("Ports"));
    auto *portsLayout = new QVBoxLayout(ports);
    FieldSpec target;
    target.type = FieldSpec::Type::IntOrString;
    target.defaultText = tr("same as port");
    SequenceEditor *list = addList(
        ports, tr("port"), Path::of("spec.ports"),
        {
            Column {tr("Name"), Path::of("name"), FieldSpec::text()},
            Column {tr("Port"), Path::of("port"), FieldSpec::integer(1, 65535, QString(), false)},
            Column {tr("Target port"), Path::of("targetPort"), target},
            Column {tr("Protocol"), Path::of("protocol"),
                    FieldSpec::choice({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")},
                                      QStringLiteral("TCP"))},
            Column {tr("App protocol"), Path::of("appProtocol"),
                    [] {
                        FieldSpec s = FieldSpec::reference(
                            ReferenceChoices::fixed({QStringLiteral("http"), QStringLiteral("https"),
                                                     QStringLiteral("kubernetes.io/h2c"),
                                                     QStringLiteral("kubernetes.io/ws"),
                                                     QStringLiteral("kubernetes.io/wss")}),
                            true);
                        return s;
                    }()},
        },
        [](const FormContext &c, int) {
            const int port = 80 + c.size(Path::of("spec.ports"));
            return Value::mapping().set("port", port).set("targetPort", 8080).set("protocol", "TCP");
        });
    list->setVisibleRows(1, 6);
    portsLayout->addWidget(list);
    finish();
}

} // namespace gw::views
