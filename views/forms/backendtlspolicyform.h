// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/**
 * The form of a BackendTLSPolicy: the Services it targets (with the port's name as sectionName), the
 * validation of the backend's certificate (hostname, CA certificate ConfigMaps or Secrets, or the
 * system's well-known CAs, subject alternative names) and the options.
 */
class BackendTlsPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    BackendTlsPolicyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
