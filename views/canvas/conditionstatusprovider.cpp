// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/conditionstatusprovider.h"

#include "views/preview/previewsession.h"

namespace gw::views {

bool ConditionStatusProvider::concerns(const yaml::Path &conditionField, const yaml::Path &field)
{
    return conditionField.isEmpty() || field.isEmpty() || conditionField.startsWith(field) ||
        field.startsWith(conditionField);
}

Health ConditionStatusProvider::health(ResourceId resource, const yaml::Path &field) const
{
    Health worst = Health::Unknown;
    for (const StatusCondition &c : m_session->result().conditions) {
        if (c.source.resource != resource || !concerns(c.source.field, field))
            continue;
        if (worst == Health::Unknown || int(c.health) > int(worst))
            worst = c.health;
    }
    return worst;
}

QString ConditionStatusProvider::summary(ResourceId resource, const yaml::Path &field) const
{
    QStringList lines;
    for (const StatusCondition &c : m_session->result().conditions) {
        if (c.source.resource != resource || !concerns(c.source.field, field) || c.health == Health::Healthy)
            continue;
        lines << c.type + u'=' + c.status + u'/' + c.reason + QStringLiteral(": ") + c.message;
    }
    return lines.join(u'\n');
}

} // namespace gw::views
