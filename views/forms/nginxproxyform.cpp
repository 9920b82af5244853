// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/nginxproxyform.h"

#include "views/forms/formcontext.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

NginxProxyForm::NginxProxyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    QGroupBox *group = addGroup(tr("Data plane"));
    QFormLayout *form = formLayout(group);
    addField(form, tr("IP &family:"), Path::of("spec.ipFamily"),
             FieldSpec::choice({QStringLiteral("dual"), QStringLiteral("ipv4"), QStringLiteral("ipv6")},
                               QStringLiteral("dual")));
    addField(form, tr("Disable &HTTP/2:"), Path::of("spec.disableHTTP2"),
             FieldSpec::boolean(QStringLiteral("false")));
    FieldSpec zone = FieldSpec::text();
    zone.placeholder = tr("e.g. 512k");
    addField(form, tr("&Zone size:"), Path::of("spec.zoneSize"), zone);

    QGroupBox *rewrite = addGroup(tr("Client IP"));
    QFormLayout *r = formLayout(rewrite);
    const Path base = Path::of("spec.rewriteClientIP");
    addField(r, tr("&Mode:"), base / "mode",
             FieldSpec::choice({QStringLiteral("ProxyProtocol"), QStringLiteral("XForwardedFor")}));
    addField(r, tr("&Recursive:"), base / "setIPRecursively", FieldSpec::boolean(QStringLiteral("false")));
    SequenceEditor *trusted =
        addList(rewrite, tr("trusted address"), base / "trustedAddresses",
                {
                    Column {tr("Type"), Path::of("type"),
                            FieldSpec::choice({QStringLiteral("CIDR"), QStringLiteral("IPAddress"),
                                               QStringLiteral("Hostname")},
                                              QString(), false)},
                    Column {tr("Value"), Path::of("value"), FieldSpec::text(QString(), false)},
                },
                [](const FormContext &, int) {
                    return Value::mapping().set("type", "CIDR").set("value", "10.0.0.0/8");
                });
    trusted->setVisibleRows(1, 4);
    r->addRow(tr("Trusted:"), trusted);
    finish();
}

} // namespace gw::views
