// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>
#include <vector>

class QFormLayout;
class QGroupBox;

namespace gw {
struct Listener;
}

namespace gw::views {

class FormContext;
class FormScope;
class ResourceForm;
class SequenceEditor;

/**
 * The "Listeners" group that the Gateway and ListenerSet forms share: spec.listeners as a list (name,
 * protocol, port, hostname, routes from), and the selected listener below it with its TLS mode and
 * certificates. A form adds what only it has (the Gateway's TLS options and route kinds) to
 * \c selectedForm, in \c scope. Every edit goes through the form's FormContext.
 */
class ListenersSection
{
    Q_DECLARE_TR_FUNCTIONS(gw::views::ListenersSection)

public:
    struct Parts
    {
        SequenceEditor *list = nullptr;
        FormScope *scope = nullptr; ///< the selected listener (inactive when none is)
        QGroupBox *selected = nullptr;
        QFormLayout *selectedForm = nullptr;
    };
    /** The listeners already written, for a new listener's free name and port. */
    using Existing = std::function<const std::vector<Listener> *(const FormContext &)>;

    static Parts add(ResourceForm *form, const Existing &existing);
};

} // namespace gw::views
