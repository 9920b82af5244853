// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/gatewayform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/frontendtlssection.h"
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

    QGroupBox *listenersGroup = addGroup(tr("Listeners"));
    auto *listenersLayout = new QVBoxLayout(listenersGroup);
    SequenceEditor *listeners = addList(
        listenersGroup, tr("listener"), Path::of("spec.listeners"),
        {
            Column {tr("Name"), Path::of("name"), FieldSpec::text(QString(), false)},
            Column {tr("Protocol"), Path::of("protocol"),
                    FieldSpec::choice({QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TLS"),
                                       QStringLiteral("TCP"), QStringLiteral("UDP")},
                                      QString(), false)},
            Column {tr("Port"), Path::of("port"), FieldSpec::integer(1, 65535, QString(), false)},
            Column {tr("Hostname"), Path::of("hostname"), FieldSpec::text(tr("any host"))},
            Column {
                tr("Routes from"), Path::of("allowedRoutes.namespaces.from"),
                FieldSpec::choice({QStringLiteral("Same"), QStringLiteral("All"), QStringLiteral("Selector")},
                                  QStringLiteral("Same"))},
        },
        [](const FormContext &c, int) {
            const auto *gw = c.resource() ? c.resource()->as<Gateway>() : nullptr;
            QString name = QStringLiteral("http");
            int port = 80;
            for (int i = 2; gw &&
                 std::any_of(gw->listeners.begin(), gw->listeners.end(),
                             [&](const Listener &l) { return l.name == name || l.port == port; });
                 ++i) {
                name = QStringLiteral("http-%1").arg(i);
                port = 8000 + i;
            }
            return Value::mapping().set("name", name).set("port", port).set("protocol", "HTTP");
        });
    listeners->setVisibleRows(2, 8);
    listenersLayout->addWidget(listeners);

    // TLS and route admission of the selected listener.
    auto *listenerScope = new FormScope(context, rootScope(), Path::of("spec.listeners[0]"), this);
    listenerScope->setActive(false);
    QGroupBox *tls = addGroup(tr("Selected listener"), listenersLayout);
    QFormLayout *tlsForm = formLayout(tls);
    addField(tlsForm, tr("TLS &mode:"), Path::of("tls.mode"),
             FieldSpec::choice({QStringLiteral("Terminate"), QStringLiteral("Passthrough")},
                               QStringLiteral("Terminate")),
             listenerScope);
    SequenceEditor *certificates = addList(
        tls, tr("certificate"), Path::of("tls.certificateRefs"),
        {
            Column {tr("Secret"), Path::of("name"),
                    FieldSpec::reference(ReferenceChoices::names(Kind::Secret))},
            Column {tr("Namespace"), Path::of("namespace"),
                    FieldSpec::reference(ReferenceChoices::namespaces(), true)},
        },
        [](const FormContext &c, int) {
            const auto secrets = ReferenceChoices::names(Kind::Secret)(c, {});
            return Value::mapping()
                .set("kind", "Secret")
                .set("name", secrets.value(0, QStringLiteral("tls-secret")));
        },
        listenerScope);
    certificates->setVisibleRows(1, 4);
    tlsForm->addRow(tr("Certificates:"), certificates);
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
    connect(listeners, &SequenceEditor::currentRowChanged, this, [listenerScope](int row) {
        if (row >= 0)
            listenerScope->setRelative(Path::of("spec.listeners").index(row));
        listenerScope->setActive(row >= 0);
    });
    listeners->setKeepsCurrent(true);

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
