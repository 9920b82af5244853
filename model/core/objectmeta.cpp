// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/objectmeta.h"

#include <QStringList>

#include <algorithm>

namespace gw {

namespace {

bool contains(const std::vector<QString> &values, const QString &v)
{
    return std::find(values.begin(), values.end(), v) != values.end();
}

QString jsonList(const std::vector<QString> &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << u'"' + v + u'"';
    return u'[' + quoted.join(u',') + u']';
}

} // namespace

QString LabelSelector::error() const
{
    // apimachinery metav1.LabelSelectorAsSelector and labels.NewRequirement
    for (const LabelSelectorRequirement &r : matchExpressions) {
        if (r.op == u"In" || r.op == u"NotIn") {
            if (r.values.empty())
                return QStringLiteral("values: Invalid value: %1: for 'in', 'notin' operators, values set "
                                      "can't be empty")
                    .arg(jsonList(r.values));
        } else if (r.op == u"Exists" || r.op == u"DoesNotExist") {
            if (!r.values.empty())
                return QStringLiteral("values: Invalid value: %1: values set must be empty for exists and "
                                      "does not exist")
                    .arg(jsonList(r.values));
        } else {
            return QStringLiteral("\"%1\" is not a valid label selector operator").arg(r.op);
        }
    }
    return {};
}

bool LabelSelector::matches(const Labels &labels) const
{
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        if (!labels.contains(it.key()) || labels.value(it.key()) != it.value())
            return false;
    }
    if (!error().isEmpty())
        return false;
    for (const LabelSelectorRequirement &r : matchExpressions) {
        const bool has = labels.contains(r.key);
        if (r.op == u"In" && !(has && contains(r.values, labels.value(r.key))))
            return false;
        if (r.op == u"NotIn" && has && contains(r.values, labels.value(r.key)))
            return false;
        if (r.op == u"Exists" && !has)
            return false;
        if (r.op == u"DoesNotExist" && has)
            return false;
    }
    return true;
}

} // namespace gw
