// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/statusprovider.h"
#include "yaml/diagnostic.h"

#include <vector>

namespace gw::views {

class PreviewSession;

/**
 * Node status from the status conditions of the preview: the worst condition of the resource
 * that is about the node's part (a condition about spec.rules[0].backendRefs[1] colours rule 0;
 * one about the whole resource colours every part). Healthy when the resource has conditions and
 * all are healthy; Unknown when the preview has none for it. The preview's notes about a resource
 * (what it does not model: an unmodelled kind, a TLSRoute on a listener) count as warnings, so a
 * listener with something unmodelled on it is never shown as all well.
 */
class ConditionStatusProvider : public StatusProvider
{
public:
    explicit ConditionStatusProvider(const PreviewSession *session)
        : m_session(session)
    { }

    Health health(ResourceId resource, const yaml::Path &field) const override;
    QString summary(ResourceId resource, const yaml::Path &field) const override;

private:
    /** Whether a condition about \a conditionField concerns the node part \a field. */
    static bool concerns(const yaml::Path &conditionField, const yaml::Path &field);
    /** The preview's diagnostics about \a resource that concern \a field. */
    std::vector<const Diagnostic *> notes(ResourceId resource, const yaml::Path &field) const;

    const PreviewSession *m_session;
};

} // namespace gw::views
