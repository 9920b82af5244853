// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a Service: its type, the selector that picks its Pods, and its ports as a table. */
class ServiceForm : public ResourceForm
{
    Q_OBJECT

public:
    ServiceForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
