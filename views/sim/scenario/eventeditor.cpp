// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/eventeditor.h"

#include "core/design.h"
#include "core/workload.h"
#include "views/sim/scenario/scenariofieldbinder.h"
#include "views/sim/scenario/scenariostore.h"
#include "yaml/value.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace gw::views {

namespace {
const yaml::Path Events = yaml::Path::of("spec.events");
}

EventEditor::EventEditor(ScenarioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_binder(new ScenarioFieldBinder(store, this))
    , m_form(new QFormLayout(this))
    , m_type(new QComboBox(this))
    , m_at(new QLineEdit(this))
    , m_deployment(new QComboBox(this))
    , m_pod(new QComboBox(this))
    , m_index(new QSpinBox(this))
    , m_replicas(new QSpinBox(this))
    , m_readyAfter(new QLineEdit(this))
    , m_detectAfter(new QLineEdit(this))
    , m_recoverAfter(new QLineEdit(this))
    , m_maxSurge(new QLineEdit(this))
    , m_maxUnavailable(new QLineEdit(this))
    , m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("eventEditor"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_type->addItem(tr("Scale a Deployment"), QStringLiteral("scale"));
    m_type->addItem(tr("Fail a Pod"), QStringLiteral("failPod"));
    m_type->addItem(tr("Restart a Pod"), QStringLiteral("restartPod"));
    m_type->addItem(tr("Rolling update"), QStringLiteral("rollingUpdate"));
    m_deployment->setEditable(true);
    m_pod->setEditable(false);
    m_index->setRange(0, 9999);
    m_replicas->setRange(0, 10000);
    m_maxSurge->setPlaceholderText(tr("the Deployment's (25%)"));
    m_maxUnavailable->setPlaceholderText(tr("the Deployment's (25%)"));
    m_readyAfter->setPlaceholderText(QStringLiteral("0s"));
    m_detectAfter->setPlaceholderText(QStringLiteral("0s"));
    m_recoverAfter->setPlaceholderText(tr("never"));
    m_label->setPlaceholderText(tr("a description of the event"));

    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&At:"), m_at);
    m_form->addRow(tr("&Deployment:"), m_deployment);
    m_form->addRow(tr("&Pod:"), m_pod);
    m_form->addRow(tr("Pod &index:"), m_index);
    m_form->addRow(tr("&Replicas:"), m_replicas);
    m_form->addRow(tr("Ready &after:"), m_readyAfter);
    m_form->addRow(tr("D&etected after:"), m_detectAfter);
    m_form->addRow(tr("Re&covers after:"), m_recoverAfter);
    m_form->addRow(tr("Max &surge:"), m_maxSurge);
    m_form->addRow(tr("Max &unavailable:"), m_maxUnavailable);
    m_form->addRow(tr("&Label:"), m_label);

    m_binder->bindDuration(m_at, yaml::Path::of("at"), tr("Change Event Time"));
    m_binder->bindPicker(m_deployment, yaml::Path::of("deployment"), tr("Change Event Deployment"));
    m_binder->bindInt(m_index, yaml::Path::of("index"), 0, tr("Change Pod Index"));
    m_binder->bindInt(m_replicas, yaml::Path::of("replicas"), 1, tr("Change Replicas"));
    m_binder->bindDuration(m_readyAfter, yaml::Path::of("readyAfter"), tr("Change Ready After"));
    m_binder->bindDuration(m_detectAfter, yaml::Path::of("detectAfter"), tr("Change Detected After"));
    m_binder->bindDuration(m_recoverAfter, yaml::Path::of("recoverAfter"), tr("Change Recovers After"));
    m_binder->bindText(m_maxSurge, yaml::Path::of("maxSurge"), tr("Change Max Surge"));
    m_binder->bindText(m_maxUnavailable, yaml::Path::of("maxUnavailable"), tr("Change Max Unavailable"));
    m_binder->bindText(m_label, yaml::Path::of("label"), tr("Change Event Label"));
    connect(m_binder, &ScenarioFieldBinder::editFailed, this, &EventEditor::editFailed);
    connect(m_type, &QComboBox::activated, this,
            [this](int index) { setType(m_type->itemData(index).toString()); });
    connect(m_pod, &QComboBox::activated, this, &EventEditor::podChosen);
    connect(store, &ScenarioStore::scenarioChanged, this, &EventEditor::refresh);
    connect(store->design(), &Design::changed, this, &EventEditor::fillPickers);
    fillPickers();
    setEvent(-1);
}

QString EventEditor::field(const char *key) const
{
    return m_store->scalar(Events[m_event] / key);
}

void EventEditor::setEvent(int event)
{
    m_event = event < m_store->count(Events) ? event : -1;
    m_binder->setBase(Events[std::max(0, m_event)]);
    refresh();
}

void EventEditor::fillPickers()
{
    const QSignalBlocker block(m_deployment);
    const QString text = m_deployment->currentText();
    m_deployment->clear();
    for (const Resource *r : m_store->design()->resources(Kind::Deployment))
        m_deployment->addItem(r->meta.name);
    m_deployment->setCurrentText(text);
}

void EventEditor::refresh()
{
    if (m_event >= m_store->count(Events))
        m_event = -1;
    const bool have = m_event >= 0;
    setEnabled(have);
    if (!have) {
        for (QLineEdit *e :
             {m_at, m_readyAfter, m_detectAfter, m_recoverAfter, m_maxSurge, m_maxUnavailable, m_label})
            e->clear();
        return;
    }
    m_binder->refresh();
    const QString type = field("type").isEmpty() ? QStringLiteral("scale") : field("type");
    {
        const QSignalBlocker block(m_type);
        m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    }
    // The Pod picker: by index, or one of the Deployment's Pods (the design's and the pinned ones).
    {
        const QSignalBlocker block(m_pod);
        m_pod->clear();
        m_pod->addItem(tr("(by index)"), QString());
        const QString deployment = field("deployment");
        QStringList names;
        if (const yaml::Value *pinned = m_store->value(yaml::Path::of("spec.pods"));
            pinned && pinned->isSequence()) {
            for (const yaml::Value &p : pinned->items()) {
                const yaml::Value *d = p.get("deployment");
                const yaml::Value *n = p.get("name");
                if (n &&
                    (deployment.isEmpty() || (d && QString::fromStdString(d->scalarText()) == deployment)))
                    names << QString::fromStdString(n->scalarText());
            }
        }
        if (names.isEmpty()) {
            for (const Pod &p : m_store->design()->pods()) {
                if (deployment.isEmpty() || p.deployment == deployment)
                    names << p.name;
            }
        }
        const QString pod = field("pod");
        if (!pod.isEmpty() && !names.contains(pod))
            names.prepend(pod);
        for (const QString &n : names)
            m_pod->addItem(n, n);
        m_pod->setCurrentIndex(pod.isEmpty() ? 0 : m_pod->findData(pod));
        m_index->setEnabled(pod.isEmpty());
    }
    const bool scale = type == u"scale";
    const bool podEvent = type == u"failPod" || type == u"restartPod";
    m_form->setRowVisible(m_pod, podEvent);
    m_form->setRowVisible(m_index, podEvent);
    m_form->setRowVisible(m_replicas, scale);
    m_form->setRowVisible(m_readyAfter, type != u"failPod");
    m_form->setRowVisible(m_detectAfter, type == u"failPod");
    m_form->setRowVisible(m_recoverAfter, type == u"failPod");
    m_form->setRowVisible(m_maxSurge, type == u"rollingUpdate");
    m_form->setRowVisible(m_maxUnavailable, type == u"rollingUpdate");
}

bool EventEditor::setType(const QString &type)
{
    if (m_event < 0 || type == field("type"))
        return false;
    const yaml::Value *old = m_store->value(Events[m_event]);
    if (!old || !old->isMapping())
        return false;
    // Keep what every type has; add what the new type needs.
    yaml::Value item = yaml::Value::mapping();
    if (const yaml::Value *v = old->get("at"))
        item.set("at", *v);
    item.set("type", type);
    for (const char *key : {"namespace", "deployment", "label"}) {
        if (const yaml::Value *v = old->get(key))
            item.set(key, *v);
    }
    if (type == u"scale") {
        int replicas = 2;
        for (const Resource *r : m_store->design()->resources(Kind::Deployment)) {
            if (r->meta.name == field("deployment"))
                replicas = r->as<Deployment>() ? r->as<Deployment>()->replicas + 1 : 2;
        }
        item.set("replicas", replicas);
    } else if (type == u"failPod" || type == u"restartPod") {
        if (const yaml::Value *pod = old->get("pod"))
            item.set("pod", *pod);
        else
            item.set("index", old->get("index") ? *old->get("index") : yaml::Value(0));
    }
    if (!m_store->setField(Events[m_event], item, tr("Change Event Type to %1").arg(m_type->currentText()))) {
        Q_EMIT editFailed(m_store->lastError());
        refresh();
        return false;
    }
    return true;
}

void EventEditor::podChosen(int index)
{
    if (m_event < 0)
        return;
    const QString pod = m_pod->itemData(index).toString();
    if (pod == field("pod"))
        return;
    const yaml::Path item = Events[m_event];
    QUndoStack *stack = m_store->undoStack();
    stack->beginMacro(pod.isEmpty() ? tr("Choose Pod by Index") : tr("Choose Pod %1").arg(pod));
    bool ok = true;
    if (pod.isEmpty()) {
        ok = m_store->removeField(item / "pod", QString()) &&
            m_store->setField(item / "index", yaml::Value(0), QString());
    } else {
        ok = m_store->removeField(item / "index", QString()) &&
            m_store->setField(item / "pod", yaml::Value(pod), QString());
    }
    stack->endMacro();
    if (!ok)
        Q_EMIT editFailed(m_store->lastError());
}

} // namespace gw::views
