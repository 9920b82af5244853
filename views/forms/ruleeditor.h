// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"

#include <QWidget>

class QGroupBox;
class QVBoxLayout;

namespace gw::views {

class FilterEditor;
class FormScope;
class ResourceForm;
class SequenceEditor;

/**
 * The editor of one route rule (the one selected in the RouteForm): its matches (path type and
 * value, method; the headers and query parameters of the selected match), its filters, its
 * backendRefs with a Service and port picker and weights, its sessionPersistence (a group that
 * is checked when the rule has one) and its timeouts.
 */
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    RuleEditor(ResourceForm *form, FormScope *ruleScope, Kind kind, QWidget *parent = nullptr);

    SequenceEditor *matches() const { return m_matches; }
    SequenceEditor *backends() const { return m_backends; }
    SequenceEditor *filters() const { return m_filters; }
    QGroupBox *sessionPersistence() const { return m_persistence; }

    /**
     * The "Backends" group of a rule (Service, namespace, port and weight of each backendRef) in
     * \a layout, for the rules of every route kind (the TLS, TCP and UDP route forms have only it).
     */
    static SequenceEditor *addBackends(ResourceForm *form, FormScope *ruleScope, QVBoxLayout *layout);

private:
    void buildMatches(ResourceForm *form, Kind kind);
    void buildBackends(ResourceForm *form);
    void buildPersistence(ResourceForm *form);
    void refreshPersistence();

    FormScope *m_scope;
    SequenceEditor *m_matches = nullptr;
    SequenceEditor *m_backends = nullptr;
    SequenceEditor *m_filters = nullptr;
    FilterEditor *m_filterEditor = nullptr;
    QGroupBox *m_persistence = nullptr;
};

} // namespace gw::views
