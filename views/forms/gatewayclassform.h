// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a GatewayClass: the controller name, a description and the parameters reference. */
class GatewayClassForm : public ResourceForm
{
    Q_OBJECT

public:
    GatewayClassForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
