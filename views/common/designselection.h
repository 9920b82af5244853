// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/path.h"

#include <QObject>

namespace gw {
class Design;
}

namespace gw::views {

/**
 * The selection every view shares: the current resource and, optionally, a field of it
 * (`spec.rules[0].backendRefs[1]`). The tree, the forms, the canvas, the preview and the problems
 * list all set it and follow it, so selecting anything anywhere selects it everywhere.
 *
 * When the current resource disappears from the Design (deleted, or undone), the selection
 * becomes empty.
 */
class DesignSelection : public QObject
{
    Q_OBJECT

public:
    explicit DesignSelection(Design *design, QObject *parent = nullptr);

    Design *design() const { return m_design; }
    ResourceId resource() const { return m_resource; }
    const yaml::Path &field() const { return m_field; }

    /** Selects \a resource (0 for nothing) and \a field of it. Emits currentChanged() on change. */
    void select(ResourceId resource, const yaml::Path &field = {});
    void clear() { select(0); }

Q_SIGNALS:
    void currentChanged(gw::ResourceId resource, const gw::yaml::Path &field);

private:
    void designChanged();

    Design *m_design;
    ResourceId m_resource = 0;
    yaml::Path m_field;
};

} // namespace gw::views
