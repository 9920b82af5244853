// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a ReferenceGrant: which kinds in which namespaces may refer to which kinds here. */
class ReferenceGrantForm : public ResourceForm
{
    Q_OBJECT

public:
    ReferenceGrantForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
