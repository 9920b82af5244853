// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace gw::ngf {

/**
 * A validation error worded as Kubernetes' `field.Error` prints it
 * (`<path>: <Type>[: <value>][: <detail>]`, apimachinery pkg/util/validation/field/errors.go), which is how
 * NGF writes every message that
 * names a field. The bad value is stored already quoted: Go `%q` for plain strings, JSON for named
 * string types and pointers, bare for numbers (see goQuote() and jsonQuote()).
 */
struct FieldError
{
    enum class Type { Invalid, NotSupported, Required, Forbidden, NotFound, TooLong, Duplicate, TooMany };

    Type type = Type::Invalid;
    QString path;
    QString value; ///< already formatted
    QString detail; ///< for NotSupported: the formatted list of supported values

    static FieldError invalid(const QString &path, const QString &value, const QString &detail);
    /** \a supported are quoted with %q and joined with ", ". */
    static FieldError notSupported(const QString &path, const QString &value, const QStringList &supported);
    static FieldError required(const QString &path, const QString &detail);
    static FieldError forbidden(const QString &path, const QString &detail);
    static FieldError notFound(const QString &path, const QString &value);
    static FieldError tooLong(const QString &path, int maxBytes);
    /** `Too many: <actual>: must have at most <max> item(s)` */
    static FieldError tooMany(const QString &path, int actual, int max);

    QString toString() const;
};

using FieldErrors = std::vector<FieldError>;

/** Go's `%q` of a string: double quotes, `\"`, `\\`, `\n`, `\t`, `\xNN` for other controls. */
QString goQuote(const QString &text);
/** Go's json.Marshal of a string (HTML characters escaped as \u003c, \u003e, \u0026). */
QString jsonQuote(const QString &text);

/**
 * apimachinery's ToAggregate().Error(): one message as is, several as `[m1, m2, ...]` with
 * duplicates removed (first occurrence kept).
 */
QString aggregate(const QStringList &messages);
QString aggregate(const FieldErrors &errors);

/** k8s validation.RegexError: `msg (e.g. 'a',  or 'b', regex used for validation is 're')`. */
QString regexError(const QString &message, const QString &regex, const QStringList &examples);

} // namespace gw::ngf
