// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/clientsettingspolicyform.h"

#include "views/forms/fieldbinding.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;

ClientSettingsPolicyForm::ClientSettingsPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    // NGF's CRD: spec.targetRef is one Gateway, HTTPRoute or GRPCRoute (group gateway.networking.k8s.io).
    QGroupBox *target = addGroup(tr("Target"));
    addTargetRef(formLayout(target), {Kind::Gateway, Kind::HTTPRoute, Kind::GRPCRoute});

    FieldSpec size = FieldSpec::text();
    size.placeholder = tr("e.g. 10m (0 turns the check off)");
    FieldSpec duration = FieldSpec::text();
    duration.placeholder = tr("e.g. 60s");

    QGroupBox *body = addGroup(tr("Request body"));
    QFormLayout *bodyForm = formLayout(body);
    addField(bodyForm, tr("Maximum si&ze:"), Path::of("spec.body.maxSize"), size);
    addField(bodyForm, tr("Read &timeout:"), Path::of("spec.body.timeout"), duration);

    QGroupBox *keepAlive = addGroup(tr("Keepalive"));
    QFormLayout *ka = formLayout(keepAlive);
    addField(ka, tr("&Requests:"), Path::of("spec.keepAlive.requests"), FieldSpec::integer(0, INT_MAX));
    FieldSpec time = duration;
    time.placeholder = tr("e.g. 1h");
    addField(ka, tr("T&ime:"), Path::of("spec.keepAlive.time"), time);
    addField(ka, tr("&Server timeout:"), Path::of("spec.keepAlive.timeout.server"), duration);
    FieldSpec header = duration;
    header.placeholder = tr("Keep-Alive: timeout=… (needs the server timeout)");
    addField(ka, tr("&Header timeout:"), Path::of("spec.keepAlive.timeout.header"), header);
    addField(ka, tr("Mi&nimum timeout:"), Path::of("spec.keepAlive.minTimeout"), duration);
    finish();
}

} // namespace gw::views
