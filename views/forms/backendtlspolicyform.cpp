// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/backendtlspolicyform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

BackendTlsPolicyForm::BackendTlsPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    addTargetRefs(tr("Target Services"), {Kind::Service}, QString(), true);

    QGroupBox *validation = addGroup(tr("Validation"));
    QFormLayout *form = formLayout(validation);
    FieldSpec hostname = FieldSpec::text(QString(), false);
    hostname.placeholder = tr("the name nginx sends as SNI and checks, e.g. app.example.com");
    addField(form, tr("&Hostname:"), Path::of("spec.validation.hostname"), hostname);
    addField(form, tr("&Well-known CAs:"), Path::of("spec.validation.wellKnownCACertificates"),
             FieldSpec::choice({QStringLiteral("System")}, tr("none")));
    SequenceEditor *cas =
        addList(validation, tr("CA certificate"), Path::of("spec.validation.caCertificateRefs"),
                {
                    Column {tr("Kind"), Path::of("kind"),
                            FieldSpec::choice({QStringLiteral("ConfigMap"), QStringLiteral("Secret")},
                                              QString(), false)},
                    Column {tr("Name"), Path::of("name"),
                            FieldSpec::reference([](const FormContext &c, const Path &p) {
                                return ReferenceChoices::names(Kind::ConfigMap)(c, p) +
                                    ReferenceChoices::names(Kind::Secret)(c, p);
                            })},
                },
                [](const FormContext &c, int) {
                    const QStringList maps = ReferenceChoices::names(Kind::ConfigMap)(c, {});
                    return Value::mapping()
                        .set("group", "")
                        .set("kind", "ConfigMap")
                        .set("name", maps.value(0, QStringLiteral("ca-bundle")));
                });
    cas->setVisibleRows(1, 3);
    form->addRow(tr("CA certificates:"), cas);
    SequenceEditor *sans = addList(
        validation, tr("subject alternative name"), Path::of("spec.validation.subjectAltNames"),
        {
            Column {tr("Type"), Path::of("type"),
                    FieldSpec::choice({QStringLiteral("Hostname"), QStringLiteral("URI")}, QString(), false)},
            Column {tr("Hostname"), Path::of("hostname"), FieldSpec::text()},
            Column {tr("URI"), Path::of("uri"), FieldSpec::text()},
        },
        [](const FormContext &, int) {
            return Value::mapping().set("type", "Hostname").set("hostname", "app.example.com");
        });
    sans->setVisibleRows(1, 3);
    form->addRow(tr("Subject alt names:"), sans);
    form->addRow(tr("Options:"), addMap(validation, tr("option"), Path::of("spec.options")));
    finish();
}

} // namespace gw::views
