// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/forms/resourceform.h"

class QGroupBox;

namespace gw::views {

class RuleEditor;

/**
 * The form of an HTTPRoute or a GRPCRoute: the parents (a Gateway and listener picker), the
 * hostnames, and the rules as a list; the selected rule is edited below the list (RuleEditor).
 */
class RouteForm : public ResourceForm
{
    Q_OBJECT

public:
    RouteForm(Kind kind, FormContext *context, QWidget *parent = nullptr);

    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    SequenceEditor *rules() const { return m_rules; }

    /** The "Parents" group (Gateway, namespace, listener, port of spec.parentRefs), for every route form. */
    static SequenceEditor *addParents(ResourceForm *form);
    /** The "Hostnames" group (spec.hostnames). */
    static SequenceEditor *addHostnames(ResourceForm *form);

private:
    SequenceEditor *m_rules;
    QGroupBox *m_ruleGroup;
    RuleEditor *m_ruleEditor;
};

} // namespace gw::views
