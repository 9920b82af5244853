// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a ProxySettingsPolicy (NGF apis/v1alpha1/proxysettingspolicy_types.go): its targets, the
 * buffering of upstream responses and the proxy timeouts. */
class ProxySettingsPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    ProxySettingsPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
