// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of an UpstreamSettingsPolicy: the Services it targets (a picker), the load-balancing method (the
 * hash key is shown only for the hash methods), the zone size and the keepalive settings. */
class UpstreamSettingsPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    UpstreamSettingsPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
