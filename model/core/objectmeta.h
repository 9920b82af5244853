// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace gw {

using Labels = QMap<QString, QString>;

/** The part of Kubernetes' ObjectMeta that matters for routing. */
struct ObjectMeta
{
    QString name;
    QString ns; ///< effective namespace: as written, or "default" (kubectl's default)
    bool namespaceWritten = false;
    Labels labels;
    Labels annotations;
    std::optional<QDateTime> creationTimestamp;
    qint64 generation = 1;
};

/** A reference to another object, as Gateway API writes them (group and kind may be defaulted). */
struct ObjectReference
{
    QString group;
    QString kind;
    QString name;
    std::optional<QString> ns;
};

/** Either an integer or a string (Kubernetes' IntOrString), e.g. a Service targetPort. */
struct IntOrString
{
    bool isInt = true;
    int intValue = 0;
    QString stringValue;

    QString toString() const { return isInt ? QString::number(intValue) : stringValue; }
};

/** A label selector (matchLabels only; matchExpressions are kept in the YAML and ignored). */
struct LabelSelector
{
    Labels matchLabels;
    bool hasExpressions = false;

    bool matches(const Labels &labels) const
    {
        for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
            if (labels.value(it.key()) != it.value() || !labels.contains(it.key()))
                return false;
        }
        return true;
    }
};

} // namespace gw
