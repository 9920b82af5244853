// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/designselection.h"

#include "core/design.h"

namespace gw::views {

DesignSelection::DesignSelection(Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
{
    connect(design, &Design::changed, this, &DesignSelection::designChanged);
}

void DesignSelection::select(ResourceId resource, const yaml::Path &field)
{
    if (resource == m_resource && field == m_field)
        return;
    m_resource = resource;
    m_field = resource ? field : yaml::Path();
    Q_EMIT currentChanged(m_resource, m_field);
}

void DesignSelection::designChanged()
{
    if (m_resource && !m_design->resource(m_resource))
        select(0);
}

} // namespace gw::views
