// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/path.h"
#include "yaml/value.h"

#include <QStringList>
#include <climits>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gw::views {

class FormContext;

/**
 * How a field is edited: its type (which decides the editor and the YAML type written), its
 * allowed values, the default the API server would apply (shown when the field is absent), and
 * whether clearing it removes it. Pickers get their suggestions from \c suggest, given the
 * absolute path of the field (so that a listener picker can read the Gateway named next to it).
 */
struct FieldSpec
{
    enum class Type { String, Integer, Boolean, IntOrString, Choice, Reference };

    Type type = Type::String;
    QStringList choices; ///< Choice: the allowed values, in menu order
    QString defaultText; ///< shown when the field is absent ("PathPrefix"); empty: no default
    bool optional = true; ///< clearing the editor removes the field
    int minimum = 0;
    int maximum = INT_MAX;
    QString placeholder; ///< hint in an empty text editor
    bool numeric = false; ///< Reference: the value is written as a number (a port)
    bool multiLine = false; ///< String: a multi-line editor (nginx snippets)
    /// Sibling fields the CRD requires with this one, written with their value when the field's parent
    /// is created (NGF's ProxyBuffers: number and size; a tracing's strategy).
    std::vector<std::pair<std::string, yaml::Value>> companions;
    std::function<QStringList(const FormContext &context, const yaml::Path &field)> suggest;

    static FieldSpec text(QString defaultText = {}, bool optional = true)
    {
        FieldSpec s;
        s.defaultText = std::move(defaultText);
        s.optional = optional;
        return s;
    }
    /** A string edited over several lines (written as a YAML block when it has line breaks). */
    static FieldSpec multiLineText(bool optional = true)
    {
        FieldSpec s;
        s.optional = optional;
        s.multiLine = true;
        return s;
    }
    static FieldSpec integer(int minimum, int maximum, QString defaultText = {}, bool optional = true)
    {
        FieldSpec s;
        s.type = Type::Integer;
        s.minimum = minimum;
        s.maximum = maximum;
        s.defaultText = std::move(defaultText);
        s.optional = optional;
        return s;
    }
    static FieldSpec choice(QStringList choices, QString defaultText = {}, bool optional = true)
    {
        FieldSpec s;
        s.type = Type::Choice;
        s.choices = std::move(choices);
        s.defaultText = std::move(defaultText);
        s.optional = optional;
        return s;
    }
    static FieldSpec boolean(QString defaultText = {}, bool optional = true)
    {
        FieldSpec s;
        s.type = Type::Boolean;
        s.choices = {QStringLiteral("true"), QStringLiteral("false")};
        s.defaultText = std::move(defaultText);
        s.optional = optional;
        return s;
    }
    static FieldSpec reference(std::function<QStringList(const FormContext &, const yaml::Path &)> suggest,
                               bool optional = false)
    {
        FieldSpec s;
        s.type = Type::Reference;
        s.suggest = std::move(suggest);
        s.optional = optional;
        return s;
    }

    /**
     * The YAML value for what the user entered: a number for Integer (and IntOrString when it
     * is all digits), a boolean for Boolean, a string otherwise. Nothing when \a text does not fit
     * the type (\a error says why).
     */
    std::optional<yaml::Value> toValue(const QString &text, QString *error = nullptr) const;
};

} // namespace gw::views
