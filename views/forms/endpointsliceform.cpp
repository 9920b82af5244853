// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/endpointsliceform.h"

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

EndpointSliceForm::EndpointSliceForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    QGroupBox *slice = addGroup(tr("Endpoint slice"));
    QFormLayout *form = formLayout(slice);
    addField(form, tr("&Service:"), Path::of("metadata.labels[\"kubernetes.io/service-name\"]"),
             FieldSpec::reference(ReferenceChoices::names(Kind::Service)));
    addField(form, tr("&Address type:"), Path::of("addressType"),
             FieldSpec::choice({QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("FQDN")},
                               QString(), false));

    QGroupBox *endpoints = addGroup(tr("Endpoints"));
    auto *endpointsLayout = new QVBoxLayout(endpoints);
    SequenceEditor *list = addList(
        endpoints, tr("endpoint"), Path::of("endpoints"),
        {
            Column {tr("Addresses"),
                    Path(),
                    {},
                    [](const FormContext &c, const Path &item) {
                        QStringList list;
                        for (int i = 0; i < c.size(item / "addresses"); ++i)
                            list << c.scalar((item / "addresses").index(i)).value_or(QString());
                        return list.join(QStringLiteral(", "));
                    }},
            Column {tr("Ready"), Path::of("conditions.ready"), FieldSpec::boolean(QStringLiteral("true"))},
            Column {tr("Hostname"), Path::of("hostname"), FieldSpec::text()},
            Column {tr("Node"), Path::of("nodeName"), FieldSpec::text()},
        },
        [](const FormContext &, int) {
            return Value::mapping().set("addresses", Value::sequence().append("10.0.0.1"));
        });
    list->setVisibleRows(2, 6);
    endpointsLayout->addWidget(list);
    auto *endpointScope = new FormScope(context, rootScope(), Path::of("endpoints[0]"), this);
    endpointScope->setActive(false);
    SequenceEditor *addresses = addList(
        endpoints, tr("address"), Path::of("addresses"),
        {Column {tr("Address of the selected endpoint"), Path(), FieldSpec::text(QString(), false)}},
        [](const FormContext &, int) { return Value("10.0.0.2"); }, endpointScope);
    addresses->setVisibleRows(1, 4);
    endpointsLayout->addWidget(addresses);
    connect(list, &SequenceEditor::currentRowChanged, this, [endpointScope](int row) {
        if (row >= 0)
            endpointScope->setRelative(Path::of("endpoints").index(row));
        endpointScope->setActive(row >= 0);
    });
    list->setKeepsCurrent(true);

    QGroupBox *ports = addGroup(tr("Ports"));
    auto *portsLayout = new QVBoxLayout(ports);
    SequenceEditor *portList = addList(
        ports, tr("port"), Path::of("ports"),
        {
            Column {tr("Name"), Path::of("name"), FieldSpec::text()},
            Column {tr("Port"), Path::of("port"), FieldSpec::integer(1, 65535)},
            Column {tr("Protocol"), Path::of("protocol"),
                    FieldSpec::choice({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")},
                                      QStringLiteral("TCP"))},
        },
        [](const FormContext &, int) { return Value::mapping().set("port", 8080); });
    portList->setVisibleRows(1, 4);
    portsLayout->addWidget(portList);
    finish();
}

} // namespace gw::views
