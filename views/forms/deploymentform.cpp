// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/deploymentform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

DeploymentForm::DeploymentForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
    , m_pods(new QLabel(this))
{
    addMetadata();

    QGroupBox *deployment = addGroup(tr("Deployment"));
    QFormLayout *form = formLayout(deployment);
    addField(form, tr("&Replicas:"), Path::of("spec.replicas"),
             FieldSpec::integer(0, 1000, QStringLiteral("1")));
    addField(form, tr("S&trategy:"), Path::of("spec.strategy.type"),
             FieldSpec::choice({QStringLiteral("RollingUpdate"), QStringLiteral("Recreate")},
                               QStringLiteral("RollingUpdate")));
    FieldSpec percent;
    percent.type = FieldSpec::Type::IntOrString;
    percent.defaultText = QStringLiteral("25%");
    addField(form, tr("Max &surge:"), Path::of("spec.strategy.rollingUpdate.maxSurge"), percent);
    addField(form, tr("Max &unavailable:"), Path::of("spec.strategy.rollingUpdate.maxUnavailable"), percent);
    form->addRow(tr("Se&lector:"),
                 addMap(deployment, tr("selector label"), Path::of("spec.selector.matchLabels")));
    form->addRow(tr("Pod la&bels:"),
                 addMap(deployment, tr("Pod label"), Path::of("spec.template.metadata.labels")));

    QGroupBox *containers = addGroup(tr("Containers"));
    auto *containersLayout = new QVBoxLayout(containers);
    const Path containersPath = Path::of("spec.template.spec.containers");
    SequenceEditor *list = addList(
        containers, tr("container"), containersPath,
        {
            Column {tr("Name"), Path::of("name"), FieldSpec::text(QString(), false)},
            Column {tr("Image"), Path::of("image"), FieldSpec::text(QString(), false)},
        },
        [](const FormContext &c, int) {
            return Value::mapping()
                .set(
                    "name",
                    QStringLiteral("container-%1").arg(c.size(Path::of("spec.template.spec.containers")) + 1))
                .set("image", "nginxdemos/nginx-hello:plain-text");
        });
    list->setVisibleRows(1, 4);
    containersLayout->addWidget(list);
    auto *containerScope = new FormScope(context, rootScope(), containersPath.index(0), this);
    containerScope->setActive(false);
    SequenceEditor *ports = addList(
        containers, tr("container port"), Path::of("ports"),
        {
            Column {tr("Port"), Path::of("containerPort"), FieldSpec::integer(1, 65535, QString(), false)},
            Column {tr("Name"), Path::of("name"), FieldSpec::text()},
            Column {tr("Protocol"), Path::of("protocol"),
                    FieldSpec::choice({QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("SCTP")},
                                      QStringLiteral("TCP"))},
        },
        [](const FormContext &, int) { return Value::mapping().set("containerPort", 8080); }, containerScope);
    ports->setVisibleRows(1, 4);
    auto *portsLabel = new QLabel(tr("Ports of the selected container:"), containers);
    containersLayout->addWidget(portsLabel);
    containersLayout->addWidget(ports);
    connect(list, &SequenceEditor::currentRowChanged, this, [containerScope, containersPath](int row) {
        if (row >= 0)
            containerScope->setRelative(containersPath.index(row));
        containerScope->setActive(row >= 0);
    });
    list->setKeepsCurrent(true);

    QGroupBox *pods = addGroup(tr("Pods"));
    auto *podsLayout = new QVBoxLayout(pods);
    m_pods->setParent(pods);
    m_pods->setTextFormat(Qt::RichText);
    m_pods->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pods->setWordWrap(true);
    podsLayout->addWidget(m_pods);
    connect(context, &FormContext::refreshed, this, &DeploymentForm::updatePods);
    // Another scenario's pinned Pods (Design::pods()).
    connect(context->design(), &Design::podsChanged, this, &DeploymentForm::updatePods);
    updatePods();
    finish();
}

void DeploymentForm::updatePods()
{
    const Resource *r = context()->resource();
    if (!r) {
        m_pods->clear();
        return;
    }
    QStringList rows;
    for (const Pod &pod : context()->design()->pods()) {
        if (pod.owner == r->id)
            rows << QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                        .arg(pod.name.toHtmlEscaped(), pod.ip.toHtmlEscaped());
    }
    m_pods->setText(rows.isEmpty()
                        ? tr("No Pods (0 replicas).")
                        : QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
}

} // namespace gw::views
