// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/forms/fieldspec.h"

namespace gw::views {

/**
 * Suggestions for reference pickers, taken from the design: the names of its Gateways,
 * Services, Secrets and classes, the listeners of the Gateway a parentRef names, the ports of the
 * Service a backendRef names. Each returns a FieldSpec::suggest function.
 */
class ReferenceChoices
{
public:
    using Suggest = std::function<QStringList(const FormContext &, const yaml::Path &)>;

    /** Names of the resources of \a kind (those in the resource's namespace first). */
    static Suggest names(Kind kind);
    /** Listener names of the Gateway named by the sibling fields `name` (and `namespace`). */
    static Suggest listenersOfSiblingGateway();
    /** Port numbers of the Service named by the sibling fields `name` (and `namespace`). */
    static Suggest portsOfSiblingService();
    /** Namespaces used in the design. */
    static Suggest namespaces();
    /** Fixed suggestions (an editable list with completion). */
    static Suggest fixed(const QStringList &values);
};

} // namespace gw::views
