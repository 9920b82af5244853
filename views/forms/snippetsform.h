// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/forms/resourceform.h"

namespace gw::views {

/**
 * The form of a SnippetsFilter or a SnippetsPolicy (NGF apis/v1alpha1/snippetsfilter_types.go and
 * snippetspolicy_types.go): the snippets as a list (one per nginx context) with the selected
 * snippet's configuration text below; a SnippetsPolicy also lists the Gateways it targets.
 */
class SnippetsForm : public ResourceForm
{
    Q_OBJECT

public:
    SnippetsForm(Kind kind, FormContext *context, QWidget *parent = nullptr);
};

} // namespace gw::views
