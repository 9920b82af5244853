// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of an NginxProxy: IP family, HTTP/2, the client IP rewriting and its trusted addresses. */
class NginxProxyForm : public ResourceForm
{
    Q_OBJECT

public:
    NginxProxyForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
