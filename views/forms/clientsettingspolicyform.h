// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a ClientSettingsPolicy (NGF apis/v1alpha1/clientsettingspolicy_types.go): its one target (a
 * Gateway, HTTPRoute or GRPCRoute), the request body's maximum size and timeout, and the client keepalive. */
class ClientSettingsPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    ClientSettingsPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
