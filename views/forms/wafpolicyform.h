// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/resourceform.h"

class QComboBox;
class QGroupBox;

namespace gw::views {

class FormScope;

/**
 * The form of NGF's WAFPolicy (apis/v1alpha1/wafpolicy_types.go, NGINX Plus): its targets, the
 * bundle source of the policy (HTTP, NIM or N1C, with the fields of that source only) and the
 * security logs. Choosing another source type writes the type and a skeleton of its source and removes
 * the other sources in one undo step; choosing a log's destination does the same for its file or syslog
 * settings, as the CRD allows only the settings of the type chosen.
 */
class WafPolicyForm : public ResourceForm
{
    Q_OBJECT

public:
    WafPolicyForm(FormContext *context, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QComboBox *destinationBox() const { return m_destination; }
    /** Switches the policy's bundle source to \a type ("HTTP", "NIM", "N1C") as choosing it does. */
    bool setType(const QString &type);
    /** Sets the destination of the selected security log to \a type ("stderr", "file", "syslog"). */
    bool setDestination(const QString &type);

private:
    void update();

    QComboBox *m_type;
    QComboBox *m_destination;
    QGroupBox *m_http;
    QGroupBox *m_nim;
    QGroupBox *m_n1c;
    FormScope *m_logScope;
    QWidget *m_logDetails;
    int m_logRow = -1;
};

} // namespace gw::views
