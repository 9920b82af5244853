// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of an ObservabilityPolicy (NGF apis/v1alpha2/observabilitypolicy_types.go): the routes it
 * targets and the tracing settings (the ratio is shown only for the ratio strategy). */
class ObservabilityPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    ObservabilityPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
