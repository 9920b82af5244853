// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

class QLabel;

namespace gw::views {

/**
 * The form of a Deployment: replicas and rollout strategy, the selector and the Pod labels,
 * the containers (with the ports of the selected one), and the Pods it runs as the design
 * derives them (names and IPs).
 */
class DeploymentForm : public ResourceForm
{
    Q_OBJECT

public:
    DeploymentForm(FormContext *context, QWidget *parent = nullptr);

    QLabel *podsLabel() const { return m_pods; }

private:
    void updatePods();

    QLabel *m_pods;
};

} // namespace gw::views
