// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/path.h"

#include <QWidget>

class QStackedWidget;

namespace gw::views {

class FormContext;
class FormScope;
class ResourceForm;

/**
 * The settings of the selected filter of a rule, a page per filter type: header modifiers
 * (set, add, remove), request redirect, URL rewrite, request mirror and extension references.
 */
class FilterEditor : public QWidget
{
    Q_OBJECT

public:
    FilterEditor(ResourceForm *form, FormScope *filterScope, QWidget *parent = nullptr);

    /** The filter types of Gateway API, as the Type column offers them. */
    static QStringList filterTypes();
    /** A one-line summary of the filter at \a item ("set X-Example: 1"). */
    static QString summary(const FormContext &context, const yaml::Path &item);
    QStackedWidget *pages() const { return m_pages; }

private:
    QWidget *headerModifierPage(ResourceForm *form, const char *key);
    QWidget *redirectPage(ResourceForm *form);
    QWidget *rewritePage(ResourceForm *form);
    QWidget *mirrorPage(ResourceForm *form);
    QWidget *extensionPage(ResourceForm *form);
    QWidget *corsPage(ResourceForm *form);
    void showPage();

    FormScope *m_scope;
    QStackedWidget *m_pages;
};

} // namespace gw::views
