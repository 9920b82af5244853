// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of an EndpointSlice: its Service, address type, endpoints (addresses and readiness) and ports. */
class EndpointSliceForm : public ResourceForm
{
    Q_OBJECT

public:
    EndpointSliceForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
