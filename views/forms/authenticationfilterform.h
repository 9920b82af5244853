// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

class QComboBox;
class QGroupBox;

namespace gw::views {

/**
 * The form of an AuthenticationFilter (NGF apis/v1alpha1/authenticationfilter_types.go): the type
 * (Basic, JWT or OIDC) and the section of that type only. Choosing another type writes the type, a
 * skeleton of its section and removes the other sections in one undo step, as the CRD allows only
 * the section of the type.
 */
class AuthenticationFilterForm : public ResourceForm
{
    Q_OBJECT

public:
    AuthenticationFilterForm(FormContext *context, QWidget *parent = nullptr);

    /** The type picker. */
    QComboBox *typeBox() const { return m_type; }
    /** Switches to \a type ("Basic", "JWT", "OIDC") as choosing it does. */
    bool setType(const QString &type);

private:
    void update();

    QComboBox *m_type;
    QGroupBox *m_basic;
    QGroupBox *m_jwt;
    QGroupBox *m_oidc;
};

} // namespace gw::views
