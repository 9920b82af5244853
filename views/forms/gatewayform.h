// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/**
 * The form of a Gateway: its class, the listeners as an editable table (name, protocol, port,
 * hostname, which namespaces may attach routes) with the TLS settings of the selected listener,
 * the addresses and the infrastructure labels and annotations.
 */
class GatewayForm : public ResourceForm
{
    Q_OBJECT

public:
    GatewayForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
