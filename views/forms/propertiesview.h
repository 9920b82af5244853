// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "core/resource.h"
#include "views/forms/formcontext.h"

#include <QHash>
#include <QScrollArea>

class QLabel;
class QStackedWidget;

namespace gw::views {

class DesignSelection;
class FormContext;
class ResourceForm;

/**
 * The Properties panel: a header with the selected resource's kind and name, and the form of
 * its kind below (created when first needed, then reused). Kinds without a form say that
 * their YAML can be edited in the YAML tab.
 */
class PropertiesView : public QScrollArea
{
    Q_OBJECT

public:
    PropertiesView(DesignSelection *selection, QWidget *parent = nullptr);

    /** The form shown now, or nullptr. */
    ResourceForm *currentForm() const;
    /** The form for \a kind (created on demand). */
    ResourceForm *form(Kind kind);
    /** Gives the keyboard focus to the first field of the form shown (or to the panel). */
    void focusForm();
    /**
     * Where the forms learn the problems of their resource (the Problems panel's rows, NGF's
     * messages) to show them under the fields they name.
     */
    void setProblemsProvider(FormContext::ProblemsProvider provider);
    /** The problems changed (a new preview): the form shown re-reads them. */
    void refreshProblems();

private:
    void show(ResourceId resource, const yaml::Path &field);
    void updateHeader();
    ResourceForm *createForm(Kind kind);

    DesignSelection *m_selection;
    QLabel *m_header;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QHash<int, ResourceForm *> m_forms;
    ResourceId m_shown = 0;
    FormContext::ProblemsProvider m_problems;
};

} // namespace gw::views
