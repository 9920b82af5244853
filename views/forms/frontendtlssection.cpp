// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/frontendtlssection.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/resourceform.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

FieldSpec validationMode()
{
    // Gateway API FrontendValidationModeType; the CRD defaults to AllowValidOnly.
    return FieldSpec::choice({QStringLiteral("AllowValidOnly"), QStringLiteral("AllowInsecureFallback")},
                             QStringLiteral("AllowValidOnly"));
}

/** The CA certificate references (ObjectReference: group "", kind ConfigMap or Secret). */
std::vector<Column> caColumns()
{
    return {
        Column {FrontendTlsSection::tr("Kind"), Path::of("kind"),
                FieldSpec::choice({QStringLiteral("ConfigMap"), QStringLiteral("Secret")}, QString(), false)},
        Column {FrontendTlsSection::tr("Name"), Path::of("name"),
                [] {
                    // The design's ConfigMaps, then its Secrets.
                    FieldSpec s = FieldSpec::reference([](const FormContext &c, const Path &p) {
                        return ReferenceChoices::names(Kind::ConfigMap)(c, p) +
                            ReferenceChoices::names(Kind::Secret)(c, p);
                    });
                    return s;
                }()},
        Column {FrontendTlsSection::tr("Namespace"), Path::of("namespace"),
                [] {
                    FieldSpec s = FieldSpec::reference(ReferenceChoices::namespaces(), true);
                    s.defaultText = FrontendTlsSection::tr("the Gateway's");
                    return s;
                }()},
    };
}

Value newCaRef(const FormContext &c)
{
    const QStringList maps = ReferenceChoices::names(Kind::ConfigMap)(c, {});
    return Value::mapping()
        .set("group", "")
        .set("kind", "ConfigMap")
        .set("name", maps.value(0, QStringLiteral("ca-bundle")));
}

} // namespace

QGroupBox *FrontendTlsSection::add(ResourceForm *form)
{
    QGroupBox *group = form->addGroup(tr("Client certificates"));
    group->setToolTip(tr("spec.tls.frontend: HTTPS listeners ask clients for a certificate and check it "
                         "against these CA certificates (ssl_verify_client)"));
    QFormLayout *layout = ResourceForm::formLayout(group);
    const Path frontend = Path::of("spec.tls.frontend");
    form->addField(layout, tr("Default &mode:"), frontend / "default" / "validation" / "mode",
                   validationMode());
    SequenceEditor *defaultCas =
        form->addList(group, tr("CA certificate"), frontend / "default" / "validation" / "caCertificateRefs",
                      caColumns(), [](const FormContext &c, int) { return newCaRef(c); });
    defaultCas->setVisibleRows(1, 3);
    layout->addRow(tr("Default CA certificates:"), defaultCas);

    SequenceEditor *ports = form->addList(
        group, tr("port"), frontend / "perPort",
        {
            Column {tr("Port"), Path::of("port"), FieldSpec::integer(1, 65535, QString(), false)},
            Column {tr("Mode"), Path::of("tls.validation.mode"), validationMode()},
            Column {tr("CA certificates"),
                    Path(),
                    {},
                    [](const FormContext &c, const Path &item) {
                        QStringList names;
                        const Path refs = item / "tls" / "validation" / "caCertificateRefs";
                        for (int i = 0; i < c.size(refs); ++i)
                            names << c.scalar(refs.index(i) / "name").value_or(QString());
                        return names.join(QStringLiteral(", "));
                    }},
        },
        [](const FormContext &c, int) {
            // The first HTTPS port that has no entry yet.
            const auto *gw = c.resource() ? c.resource()->as<Gateway>() : nullptr;
            int port = 443;
            if (gw) {
                QList<int> used;
                if (gw->frontendTls) {
                    for (const FrontendTLSPortConfig &p : gw->frontendTls->perPort)
                        used << p.port;
                }
                for (const Listener &l : gw->listeners) {
                    if (l.protocol == u"HTTPS" && !used.contains(l.port)) {
                        port = l.port;
                        break;
                    }
                }
            }
            const Value validation =
                Value::mapping().set("caCertificateRefs", Value::sequence().append(newCaRef(c)));
            return Value::mapping()
                .set("port", port)
                .set("tls", Value::mapping().set("validation", validation));
        });
    ports->setVisibleRows(1, 4);
    layout->addRow(tr("Per port:"), ports);

    // The CA certificates of the selected port.
    auto *portScope =
        new FormScope(form->context(), form->rootScope(), (frontend / "perPort").index(0), group);
    portScope->setActive(false);
    SequenceEditor *portCas = form->addList(
        group, tr("CA certificate"), Path::of("tls.validation.caCertificateRefs"), caColumns(),
        [](const FormContext &c, int) { return newCaRef(c); }, portScope);
    portCas->setVisibleRows(1, 3);
    layout->addRow(tr("Port's CA certificates:"), portCas);
    QObject::connect(ports, &SequenceEditor::currentRowChanged, group, [portScope, frontend](int row) {
        if (row >= 0)
            portScope->setRelative((frontend / "perPort").index(row));
        portScope->setActive(row >= 0);
    });
    ports->setKeepsCurrent(true);
    return group;
}

} // namespace gw::views
