// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/upstreamsettingspolicyform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;

UpstreamSettingsPolicyForm::UpstreamSettingsPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    // NGF's CRD: Services, group "core" or "".
    addTargetRefs(tr("Target Services"), {Kind::Service}, QStringLiteral("core"));

    QGroupBox *balancing = addGroup(tr("Load balancing"));
    QFormLayout *form = formLayout(balancing);
    // NGF's list (apis/v1alpha1, the CRD enum), in the order the nginx documentation explains them.
    const QStringList methods = {
        QStringLiteral("round_robin"),
        QStringLiteral("least_conn"),
        QStringLiteral("ip_hash"),
        QStringLiteral("hash"),
        QStringLiteral("hash consistent"),
        QStringLiteral("random"),
        QStringLiteral("random two"),
        QStringLiteral("random two least_conn"),
        QStringLiteral("random two least_time=header"),
        QStringLiteral("random two least_time=last_byte"),
        QStringLiteral("least_time header"),
        QStringLiteral("least_time last_byte"),
        QStringLiteral("least_time header inflight"),
        QStringLiteral("least_time last_byte inflight"),
    };
    FieldBinding *method = addField(form, tr("&Method:"), Path::of("spec.loadBalancingMethod"),
                                    FieldSpec::choice(methods, QStringLiteral("random two least_conn")));
    FieldSpec key = FieldSpec::reference(
        ReferenceChoices::fixed({QStringLiteral("$remote_addr"), QStringLiteral("$binary_remote_addr"),
                                 QStringLiteral("$request_uri"), QStringLiteral("$http_x_forwarded_for"),
                                 QStringLiteral("$cookie_session")}));
    FieldBinding *hashKey = addField(form, tr("Hash &key:"), Path::of("spec.hashMethodKey"), key);
    // The key means something only to the hash methods: show it only for them.
    auto updateKey = [form, method, hashKey] {
        const bool hash = method->text().startsWith(QStringLiteral("hash"));
        form->setRowVisible(hashKey->editor(), hash);
    };
    connect(method, &FieldBinding::valueChanged, this, updateKey);
    updateKey();
    FieldSpec zone = FieldSpec::text();
    zone.placeholder = tr("e.g. 512k");
    addField(form, tr("&Zone size:"), Path::of("spec.zoneSize"), zone);
    addField(form, tr("Use cluster &IP:"), Path::of("spec.useClusterIP"),
             FieldSpec::boolean(QStringLiteral("false")));

    QGroupBox *keepAlive = addGroup(tr("Keepalive"));
    QFormLayout *ka = formLayout(keepAlive);
    addField(ka, tr("&Connections:"), Path::of("spec.keepAlive.connections"), FieldSpec::integer(0, 1000000));
    addField(ka, tr("&Requests:"), Path::of("spec.keepAlive.requests"), FieldSpec::integer(0, 100000000));
    FieldSpec duration = FieldSpec::text();
    duration.placeholder = tr("e.g. 1h");
    addField(ka, tr("&Time:"), Path::of("spec.keepAlive.time"), duration);
    duration.placeholder = tr("e.g. 60s");
    addField(ka, tr("Time&out:"), Path::of("spec.keepAlive.timeout"), duration);
    finish();
}

} // namespace gw::views
