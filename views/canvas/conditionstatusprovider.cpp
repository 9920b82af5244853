// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/conditionstatusprovider.h"

#include "core/design.h"
#include "views/preview/previewsession.h"

namespace gw::views {

bool ConditionStatusProvider::concerns(const yaml::Path &conditionField, const yaml::Path &field)
{
    return conditionField.isEmpty() || field.isEmpty() || conditionField.startsWith(field) ||
        field.startsWith(conditionField);
}

std::vector<const Diagnostic *> ConditionStatusProvider::notes(ResourceId resource,
                                                               const yaml::Path &field) const
{
    std::vector<const Diagnostic *> list;
    const Resource *r = m_session->design()->resource(resource);
    if (!r)
        return list;
    const QString name = r->displayName();
    for (const Diagnostic &d : m_session->result().diagnostics) {
        if (d.resource != name)
            continue;
        const yaml::Path where = yaml::Path::parse(d.field.toStdString()).value_or(yaml::Path());
        // "kind" is about the whole resource.
        if (d.field == u"kind" || concerns(where, field))
            list.push_back(&d);
    }
    return list;
}

Health ConditionStatusProvider::health(ResourceId resource, const yaml::Path &field) const
{
    Health worst = Health::Unknown;
    for (const Diagnostic *d : notes(resource, field)) {
        const Health h = d->severity == Diagnostic::Severity::Error ? Health::Error : Health::Warning;
        if (worst == Health::Unknown || int(h) > int(worst))
            worst = h;
    }
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
    for (const Diagnostic *d : notes(resource, field))
        lines << d->message;
    return lines.join(u'\n');
}

} // namespace gw::views
