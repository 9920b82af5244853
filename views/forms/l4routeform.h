// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/forms/resourceform.h"

namespace gw::views {

/**
 * The form of a TLSRoute, TCPRoute or UDPRoute: the parents (as in the RouteForm), the hostnames of a
 * TLSRoute (the SNI names nginx's ssl_preread routes by), and the rules as a list; the backends of the
 * selected rule (Service, port, weight) are edited below it. L4 rules have no matches or filters.
 */
class L4RouteForm : public ResourceForm
{
    Q_OBJECT

public:
    L4RouteForm(Kind kind, FormContext *context, QWidget *parent = nullptr);

    SequenceEditor *parents() const { return m_parents; }
    /** nullptr for TCP and UDP routes. */
    SequenceEditor *hostnames() const { return m_hostnames; }
    SequenceEditor *rules() const { return m_rules; }
    SequenceEditor *backends() const { return m_backends; }

private:
    SequenceEditor *m_parents;
    SequenceEditor *m_hostnames = nullptr;
    SequenceEditor *m_rules;
    SequenceEditor *m_backends;
};

} // namespace gw::views
