// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/gatewayform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/frontendtlssection.h"
#include "views/forms/listenerssection.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

GatewayForm::GatewayForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    QGroupBox *gateway = addGroup(tr("Gateway"));
    QFormLayout *form = formLayout(gateway);
    FieldSpec gatewayClass = FieldSpec::reference(ReferenceChoices::names(Kind::GatewayClass));
    gatewayClass.suggest = [](const FormContext &c, const Path &p) {
        QStringList list = ReferenceChoices::names(Kind::GatewayClass)(c, p);
        if (!list.contains(QStringLiteral("nginx")))
            list << QStringLiteral("nginx");
        return list;
    };
    addField(form, tr("&Class:"), Path::of("spec.gatewayClassName"), gatewayClass);

    const ListenersSection::Parts listeners = ListenersSection::add(this, [](const FormContext &c) {
        const auto *gw = c.resource() ? c.resource()->as<Gateway>() : nullptr;
        return gw ? &gw->listeners : nullptr;
    });
    FormScope *listenerScope = listeners.scope;
    QGroupBox *tls = listeners.selected;
    QFormLayout *tlsForm = listeners.selectedForm;
    // NGF v2.6.7 accepts nginx.org/ssl-protocols, nginx.org/ssl-ciphers and
    // nginx.org/ssl-prefer-server-ciphers (docs/ngf.md, "Listener tls.options")
    tlsForm->addRow(tr("TLS options:"),
                    addMap(tls, tr("TLS option"), Path::of("tls.options"), listenerScope));
    SequenceEditor *kinds = addList(
        tls, tr("route kind"), Path::of("allowedRoutes.kinds"),
        {
            Column {tr("Kind"), Path::of("kind"),
                    FieldSpec::reference(ReferenceChoices::fixed(
                        {QStringLiteral("HTTPRoute"), QStringLiteral("GRPCRoute"), QStringLiteral("TLSRoute"),
                         QStringLiteral("TCPRoute"), QStringLiteral("UDPRoute")}))},
            Column {tr("Group"), Path::of("group"),
                    FieldSpec::text(QStringLiteral("gateway.networking.k8s.io"))},
        },
        [](const FormContext &, int) { return Value::mapping().set("kind", "HTTPRoute"); }, listenerScope);
    kinds->setVisibleRows(1, 3);
    tlsForm->addRow(tr("Route kinds:"), kinds);
    tlsForm->addRow(tr("Namespace selector:"),
                    addMap(tls, tr("selector label"),
                           Path::of("allowedRoutes.namespaces.selector.matchLabels"), listenerScope));

    FrontendTlsSection::add(this);

    QGroupBox *addresses = addGroup(tr("Addresses"));
    auto *addressesLayout = new QVBoxLayout(addresses);
    SequenceEditor *addressList =
        addList(addresses, tr("address"), Path::of("spec.addresses"),
                {
                    Column {tr("Type"), Path::of("type"),
                            FieldSpec::choice({QStringLiteral("IPAddress"), QStringLiteral("Hostname"),
                                               QStringLiteral("NamedAddress")},
                                              QStringLiteral("IPAddress"))},
                    Column {tr("Value"), Path::of("value"), FieldSpec::text(QString(), false)},
                },
                [](const FormContext &, int) {
                    return Value::mapping().set("type", "IPAddress").set("value", "10.0.0.1");
                });
    addressList->setVisibleRows(1, 4);
    addressesLayout->addWidget(addressList);

    QGroupBox *infrastructure = addGroup(tr("Infrastructure"));
    QFormLayout *infraForm = formLayout(infrastructure);
    infraForm->addRow(tr("Labels:"),
                      addMap(infrastructure, tr("label"), Path::of("spec.infrastructure.labels")));
    infraForm->addRow(tr("Annotations:"),
                      addMap(infrastructure, tr("annotation"), Path::of("spec.infrastructure.annotations")));
    addField(infraForm, tr("Parameters kind:"), Path::of("spec.infrastructure.parametersRef.kind"),
             FieldSpec::reference(ReferenceChoices::fixed({QStringLiteral("NginxProxy")}), true));
    addField(infraForm, tr("Parameters name:"), Path::of("spec.infrastructure.parametersRef.name"),
             FieldSpec::reference(ReferenceChoices::names(Kind::NginxProxy), true));
    finish();
}

} // namespace gw::views
