// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/listenerssection.h"

#include "core/gateway.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/resourceform.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>
#include <algorithm>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ListenersSection::Parts ListenersSection::add(ResourceForm *form, const Existing &existing)
{
    Parts parts;
    QGroupBox *group = form->addGroup(tr("Listeners"));
    auto *layout = new QVBoxLayout(group);
    parts.list = form->addList(
        group, tr("listener"), Path::of("spec.listeners"),
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
        [existing](const FormContext &c, int) {
            // A name and a port of its own (a ListenerSet's listeners share the Gateway's ports only as
            // NGF allows: distinct hostnames on one port).
            const std::vector<Listener> *listeners = existing(c);
            QString name = QStringLiteral("http");
            int port = 80;
            for (int i = 2; listeners && i < 1000 &&
                 std::any_of(listeners->begin(), listeners->end(),
                             [&](const Listener &l) { return l.name == name || l.port == port; });
                 ++i) {
                name = QStringLiteral("http-%1").arg(i);
                port = 8000 + i;
            }
            return Value::mapping().set("name", name).set("port", port).set("protocol", "HTTP");
        });
    parts.list->setVisibleRows(2, 8);
    layout->addWidget(parts.list);

    // The TLS of the selected listener (HTTPS terminates with these certificates).
    parts.scope = new FormScope(form->context(), form->rootScope(), Path::of("spec.listeners[0]"), form);
    parts.scope->setActive(false);
    parts.selected = form->addGroup(tr("Selected listener"), layout);
    parts.selectedForm = ResourceForm::formLayout(parts.selected);
    form->addField(parts.selectedForm, tr("TLS &mode:"), Path::of("tls.mode"),
                   FieldSpec::choice({QStringLiteral("Terminate"), QStringLiteral("Passthrough")},
                                     QStringLiteral("Terminate")),
                   parts.scope);
    SequenceEditor *certificates = form->addList(
        parts.selected, tr("certificate"), Path::of("tls.certificateRefs"),
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
        parts.scope);
    certificates->setVisibleRows(1, 4);
    parts.selectedForm->addRow(tr("Certificates:"), certificates);
    FormScope *scope = parts.scope;
    QObject::connect(parts.list, &SequenceEditor::currentRowChanged, form, [scope](int row) {
        if (row >= 0)
            scope->setRelative(Path::of("spec.listeners").index(row));
        scope->setActive(row >= 0);
    });
    parts.list->setKeepsCurrent(true);
    return parts;
}

} // namespace gw::views
