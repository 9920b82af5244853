// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/fieldspec.h"

#include <QCoreApplication>

namespace gw::views {

std::optional<yaml::Value> FieldSpec::toValue(const QString &text, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<yaml::Value> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    switch (type) {
    case Type::Integer: {
        bool ok = false;
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("gw::views::FieldSpec", "must be a whole number"));
        if (v < minimum || v > maximum) {
            return fail(QCoreApplication::translate("gw::views::FieldSpec", "must be between %1 and %2")
                            .arg(minimum)
                            .arg(maximum));
        }
        return yaml::Value(std::int64_t(v));
    }
    case Type::IntOrString: {
        bool ok = false;
        const int v = text.trimmed().toInt(&ok);
        if (ok)
            return yaml::Value(v);
        return yaml::Value(text.trimmed());
    }
    case Type::Boolean:
        if (text == u"true")
            return yaml::Value(true);
        if (text == u"false")
            return yaml::Value(false);
        return fail(QCoreApplication::translate("gw::views::FieldSpec", "must be true or false"));
    case Type::Reference:
        if (numeric) {
            bool ok = false;
            const int v = text.trimmed().toInt(&ok);
            if (!ok)
                return fail(QCoreApplication::translate("gw::views::FieldSpec", "must be a whole number"));
            return yaml::Value(v);
        }
        break;
    case Type::Choice:
    case Type::String:
        break;
    }
    return yaml::Value(text);
}

} // namespace gw::views
