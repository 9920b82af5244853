// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/request.h"

#include <QString>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace gw::sim {

/** Where a key is evaluated: 256 bytes inline, so common keys never touch the heap. */
using KeyBuffer = QVarLengthArray<char, 256>;

/**
 * An nginx complex value such as `$request_uri`, `user-$arg_id` or `${host}x`, parsed once and
 * evaluated per request. Text is copied as is; variables are looked up in the simulated request
 * (and, for sticky learning, the upstream response):
 *
 * `$remote_addr`, `$binary_remote_addr`, `$remote_port`, `$request_uri`, `$uri`, `$args`,
 * `$query_string`, `$host`, `$request_method`, `$arg_<name>`, `$cookie_<name>`, `$http_<name>`,
 * `$upstream_http_<name>`, `$upstream_cookie_<name>`.
 *
 * Variable names are case-insensitive, as nginx lowercases them. Evaluation appends to a
 * KeyBuffer and allocates only when a value outgrows it.
 */
class KeyExpression
{
public:
    enum class Variable : quint8 {
        Text,
        RemoteAddr,
        BinaryRemoteAddr,
        RemotePort,
        RequestUri,
        Uri,
        Args,
        Host,
        RequestMethod,
        Arg,
        Cookie,
        Http,
        UpstreamHttp,
        UpstreamCookie,
    };

    struct Part
    {
        Variable variable = Variable::Text;
        QByteArray text; ///< the literal text, or the name after the prefix (`user` of `$arg_user`)
    };

    KeyExpression() = default;

    /**
     * One variable looked up by its full name, as nginx modules do with ngx_http_get_variable_index()
     * (the sticky module's `cookie_<name>`): no parsing, so the name may hold characters such as '-'
     * that would end a variable in a complex value. \a variable is a prefix kind (Cookie, Arg, Http,
     * …) and \a name what follows the prefix.
     */
    static KeyExpression single(Variable variable, const QByteArray &name);
    /** Parses \a text; on error returns nullopt and sets \a error to nginx's message. */
    static std::optional<KeyExpression> parse(QStringView text, QString *error = nullptr);

    bool isEmpty() const { return m_parts.empty(); }
    /** True if the value can differ between requests. */
    bool hasVariables() const;
    /** True if a variable needs the upstream response (`$upstream_*`). */
    bool needsResponse() const;
    const std::vector<Part> &parts() const { return m_parts; }
    /** The expression as written. */
    const QString &text() const { return m_text; }

    /** Appends the value for \a request (and \a response, if any) to \a out. */
    void evaluate(const Request &request, KeyBuffer &out, const Response *response = nullptr) const;
    /** The value as a byte array (for tests and explanations; allocates). */
    QByteArray value(const Request &request, const Response *response = nullptr) const;

private:
    std::vector<Part> m_parts;
    QString m_text;
};

} // namespace gw::sim
