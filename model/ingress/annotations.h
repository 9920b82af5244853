// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/ingress.h"

#include <QStringList>

namespace gw::ingress {

/**
 * The `nginx.ingress.kubernetes.io/...` annotations of one Ingress, read as ingress-nginx v1.15.1 reads
 * them (internal/ingress/annotations/parser: GetStringAnnotation, GetBoolAnnotation,
 * GetIntAnnotation, each after its annotation's validator; aliases such as whitelist-source-range
 * for allowlist-source-range). A value the validator refuses is ignored by ingress-nginx (the
 * feature keeps its default); invalid() lists those, so that a report can say so.
 */
class Annotations
{
public:
    explicit Annotations(const Ingress &ingress);

    /** The raw value, if written (no validation). */
    std::optional<QString> raw(const QString &name) const;
    bool has(const QString &name) const { return raw(name).has_value(); }

    /** GetStringAnnotation: validated, lines trimmed; nothing when absent, empty or invalid. */
    std::optional<QString> string(const QString &name) const;
    /** GetBoolAnnotation: Go's strconv.ParseBool (1, t, T, TRUE, true, True, 0, f, …). */
    std::optional<bool> boolean(const QString &name) const;
    /** GetIntAnnotation: Go's strconv.Atoi. */
    std::optional<int> integer(const QString &name) const;

    /** Why ingress-nginx ignores the value of \a name, or empty when it accepts it (or it is absent). */
    QString invalidReason(const QString &name) const;

    /** Every annotation with the prefix, by name without it, in name order. */
    QStringList names() const;
    /** True when ingress-nginx v1.15.1 knows an annotation of that name (without the prefix). */
    static bool isKnown(const QString &name);
    /** The annotation's risk level in ingress-nginx (Low, Medium, High, Critical). */
    static QString risk(const QString &name);

    /** Go's strconv.ParseBool. */
    static std::optional<bool> parseGoBool(const QString &value);
    /** Go's strconv.Atoi (optional sign, decimal digits, 64-bit range; here int range). */
    static std::optional<int> parseGoInt(const QString &value);

private:
    /** The annotation's value after its alias (whitelist- for allowlist-source-range) is considered. */
    std::optional<QString> lookup(const QString &name, QString *writtenAs = nullptr) const;

    Labels m_values; ///< without the prefix
};

} // namespace gw::ingress
