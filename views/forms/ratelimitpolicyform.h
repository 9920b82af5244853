// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/**
 * The form of a RateLimitPolicy (NGF apis/v1alpha1/ratelimitpolicy_types.go): its targets, the local
 * rules as a list (key and rate) with the selected rule's details below (zone size, burst, delay or
 * no delay), and the settings of all rules (dry run, log level, reject code).
 */
class RateLimitPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    RateLimitPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
