// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/gatewayclassform.h"

#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;

GatewayClassForm::GatewayClassForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    QGroupBox *group = addGroup(tr("Gateway class"));
    QFormLayout *form = formLayout(group);
    addField(form, tr("&Controller:"), Path::of("spec.controllerName"),
             FieldSpec::reference(
                 ReferenceChoices::fixed({QStringLiteral("gateway.nginx.org/nginx-gateway-controller")})));
    addField(form, tr("&Description:"), Path::of("spec.description"), FieldSpec::text());
    QGroupBox *params = addGroup(tr("Parameters"));
    QFormLayout *p = formLayout(params);
    addField(p, tr("&Group:"), Path::of("spec.parametersRef.group"),
             FieldSpec::reference(ReferenceChoices::fixed({QStringLiteral("gateway.nginx.org")}), true));
    addField(p, tr("&Kind:"), Path::of("spec.parametersRef.kind"),
             FieldSpec::reference(ReferenceChoices::fixed({QStringLiteral("NginxProxy")}), true));
    addField(p, tr("&Name:"), Path::of("spec.parametersRef.name"),
             FieldSpec::reference(ReferenceChoices::names(Kind::NginxProxy), true));
    addField(p, tr("Names&pace:"), Path::of("spec.parametersRef.namespace"),
             FieldSpec::reference(ReferenceChoices::namespaces(), true));
    finish();
}

} // namespace gw::views
