// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/proxysettingspolicyform.h"

#include "views/forms/fieldbinding.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;

ProxySettingsPolicyForm::ProxySettingsPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    // NGF's CRD: Gateways, or HTTPRoutes and GRPCRoutes (not both kinds of target in one policy).
    addTargetRefs(tr("Targets"), {Kind::Gateway, Kind::HTTPRoute, Kind::GRPCRoute},
                  QStringLiteral("gateway.networking.k8s.io"));

    FieldSpec size = FieldSpec::text();
    size.placeholder = tr("e.g. 8k");

    QGroupBox *buffering = addGroup(tr("Buffering"));
    QFormLayout *form = formLayout(buffering);
    addField(form, tr("&Disable:"), Path::of("spec.buffering.disable"),
             FieldSpec::boolean(QStringLiteral("false")));
    addField(form, tr("Buffer &size:"), Path::of("spec.buffering.bufferSize"), size);
    // ProxyBuffers: both number (2 to 256) and size are required when buffers is written.
    // ProxyBuffers: the other one comes along (8 × 4k, nginx's default on most platforms) when
    // buffers is new.
    FieldSpec number = FieldSpec::integer(2, 256);
    number.companions = {{"size", yaml::Value("4k")}};
    addField(form, tr("&Number of buffers:"), Path::of("spec.buffering.buffers.number"), number);
    FieldSpec bufferSize = size;
    bufferSize.companions = {{"number", yaml::Value(8)}};
    addField(form, tr("Size of &each buffer:"), Path::of("spec.buffering.buffers.size"), bufferSize);
    addField(form, tr("&Busy buffers size:"), Path::of("spec.buffering.busyBuffersSize"), size);

    FieldSpec duration = FieldSpec::text();
    duration.placeholder = tr("e.g. 60s");
    QGroupBox *timeouts = addGroup(tr("Timeouts"));
    QFormLayout *t = formLayout(timeouts);
    addField(t, tr("&Connect:"), Path::of("spec.timeout.connect"), duration);
    addField(t, tr("&Read:"), Path::of("spec.timeout.read"), duration);
    addField(t, tr("Sen&d:"), Path::of("spec.timeout.send"), duration);
    finish();
}

} // namespace gw::views
