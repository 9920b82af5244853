// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

/** The form of a Secret: its type and the keys of its data. */
class SecretForm : public ResourceForm
{
    Q_OBJECT

public:
    SecretForm(FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
