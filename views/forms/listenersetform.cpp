// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/listenersetform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>
#include <algorithm>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ListenerSetForm::ListenerSetForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    // spec.parentRef: a Gateway (ParentGatewayReference; group and kind default to the Gateway's).
    QGroupBox *parentGroup = addGroup(tr("Parent Gateway"));
    QFormLayout *form = formLayout(parentGroup);
    addField(form, tr("&Gateway:"), Path::of("spec.parentRef.name"),
             FieldSpec::reference(ReferenceChoices::names(Kind::Gateway)));
    addField(form, tr("Na&mespace:"), Path::of("spec.parentRef.namespace"),
             FieldSpec::reference(ReferenceChoices::namespaces(), true));
    parentGroup->setToolTip(tr("The Gateway must allow ListenerSets from this namespace (its "
                               "spec.allowedListeners) for the listeners to be merged"));

    QGroupBox *listenersGroup = addGroup(tr("Listeners"));
    auto *listenersLayout = new QVBoxLayout(listenersGroup);
    m_listeners = addList(
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
            // A name and port of its own: listeners of a ListenerSet share the Gateway's ports only as
            // NGF allows (distinct hostnames on one port).
            const auto *ls = c.resource() ? c.resource()->as<ListenerSet>() : nullptr;
            QString name = QStringLiteral("http");
            int port = 80;
            for (int i = 2; ls && i < 1000 &&
                 std::any_of(ls->listeners.begin(), ls->listeners.end(),
                             [&](const Listener &l) { return l.name == name || l.port == port; });
                 ++i) {
                name = QStringLiteral("http-%1").arg(i);
                port = 8000 + i;
            }
            return Value::mapping().set("name", name).set("port", port).set("protocol", "HTTP");
        });
    m_listeners->setVisibleRows(2, 8);
    listenersLayout->addWidget(m_listeners);

    // The TLS of the selected listener (HTTPS terminates with these certificates).
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
    connect(m_listeners, &SequenceEditor::currentRowChanged, this, [listenerScope](int row) {
        if (row >= 0)
            listenerScope->setRelative(Path::of("spec.listeners").index(row));
        listenerScope->setActive(row >= 0);
    });
    m_listeners->setKeepsCurrent(true);
    finish();
}

} // namespace gw::views
