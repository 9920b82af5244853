// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace gw::views {

class ScenarioFieldBinder;
class ScenarioStore;

/**
 * The fields of one timeline event: its type (scale, fail a Pod, restart a Pod, rolling update),
 * time, the Deployment and Pod it acts on (pickers filled from the design's Deployments and
 * Pods and the scenario's pinned Pods), and the fields of its type. Only the fields of the
 * event's type are shown; changing the type rewrites the event with the fields both share.
 */
class EventEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EventEditor(ScenarioStore *store, QWidget *parent = nullptr);

    /** The event shown (index in `spec.events`; -1: none). */
    void setEvent(int event);
    int event() const { return m_event; }

    /** Changes the event's type ("scale", "failPod", "restartPod", "rollingUpdate"). */
    bool setType(const QString &type);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *deploymentCombo() const { return m_deployment; }
    QComboBox *podCombo() const { return m_pod; }
    QSpinBox *replicasSpin() const { return m_replicas; }
    QLineEdit *atEdit() const { return m_at; }

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    void refresh();
    void fillPickers();
    void podChosen(int index);
    QString field(const char *key) const;

    ScenarioStore *m_store;
    ScenarioFieldBinder *m_binder;
    int m_event = -1;
    QFormLayout *m_form;
    QComboBox *m_type;
    QLineEdit *m_at;
    QComboBox *m_deployment;
    QComboBox *m_pod;
    QSpinBox *m_index;
    QSpinBox *m_replicas;
    QLineEdit *m_readyAfter;
    QLineEdit *m_detectAfter;
    QLineEdit *m_recoverAfter;
    QLineEdit *m_maxSurge;
    QLineEdit *m_maxUnavailable;
    QLineEdit *m_label;
};

} // namespace gw::views
