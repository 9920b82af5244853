// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

namespace gw::views {

class SequenceEditor;

/**
 * The form of a ListenerSet (Gateway API v1.5.1 apis/v1/listenerset_types.go): the Gateway it adds
 * listeners to (spec.parentRef) and its listeners as an editable table (name, protocol, port,
 * hostname), with the TLS certificates of the selected listener.
 */
class ListenerSetForm : public ResourceForm
{
    Q_OBJECT

public:
    ListenerSetForm(FormContext *context, QWidget *parent = nullptr);

    SequenceEditor *listeners() const { return m_listeners; }

private:
    SequenceEditor *m_listeners = nullptr;
};

} // namespace gw::views
