// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>
#include <vector>

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

/** One matchExpressions entry of a label selector. */
struct LabelSelectorRequirement
{
    QString key;
    QString op; ///< In, NotIn, Exists, DoesNotExist (as written)
    std::vector<QString> values;
};

/** A label selector: matchLabels and matchExpressions, evaluated as Kubernetes does. */
struct LabelSelector
{
    Labels matchLabels;
    std::vector<LabelSelectorRequirement> matchExpressions;
    bool hasExpressions = false; ///< matchExpressions is written (even empty)

    /**
     * Why apimachinery's LabelSelectorAsSelector refuses this selector (an operator it does not
     * know, In/NotIn without values, Exists/DoesNotExist with values), or an empty string.
     */
    QString error() const;
    /** Every matchLabels pair and every expression holds for \a labels (false when error()). */
    bool matches(const Labels &labels) const;
};

} // namespace gw
