// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/compilelog.h"
#include "nginx/httpcontext.h"

#include <optional>

namespace gw::nginx {

class RequestState;

/**
 * The access phase of ngx_http_auth_basic_module (src/http/modules/ngx_http_auth_basic_module.c), run
 * on the settings in effect for the request's location:
 *
 * - no `auth_basic`/`auth_basic_user_file` pair, or a realm that evaluates to "off": the request goes
 *   on;
 * - no usable `Authorization: Basic …` header (ngx_http_auth_basic_user()): 401 with
 *   `WWW-Authenticate: Basic realm="REALM"` — before the user file is opened;
 * - the user file is missing: 403 (ENOENT); it is a directory: 500 (the read fails);
 * - the user is not in the file, or the password does not match (NgxCrypt): 401 with the header;
 * - crypt_r() fails: NGX_ERROR, the connection is closed without a response.
 *
 * The user file is read line by line as the module's state machine does: a line starting with '#' or
 * CR is skipped, as is an empty line; a line is the user's when it starts with the user name and ':';
 * the stored hash ends at LF, CR, ':' or the end of the file (at most 2048 bytes, the module's buffer).
 */
class AuthBasic
{
public:
    struct Outcome
    {
        enum class Kind { Declined, Allowed, Unauthorized, Forbidden, InternalError, Closed };
        Kind kind = Kind::Declined;
        QByteArray realm; ///< for WWW-Authenticate (Unauthorized)
        QByteArray file; ///< the user file's path, once evaluated
        QString log; ///< what nginx logs (or why the module lets the request go on)
        int status() const;
    };

    struct Credentials
    {
        QByteArray user;
        QByteArray password;
    };

    /** The decision for the request in \a state under \a setting; \a files stands for the file system. */
    static Outcome check(const AuthBasicSetting &setting, RequestState &state, const Config &config);

    /** ngx_http_auth_basic_user(): the user and password of an Authorization header value. */
    static std::optional<Credentials> credentials(QByteArrayView authorization);

    struct Lookup
    {
        bool found = false;
        QByteArray hash; ///< the stored value of the user's line
    };
    /** The user file's line for \a user, read as the module reads it. */
    static Lookup findUser(QByteArrayView file, const QByteArray &user);

    /**
     * Compiles the `auth_basic` and `auth_basic_user_file` directives among \a children (one level) on top
     * of \a inherited, with nginx's "is duplicate" errors.
     */
    static AuthBasicSetting compile(CompileLog &log, const Config &config,
                                    const std::vector<Directive> &children,
                                    const AuthBasicSetting &inherited);
};

} // namespace gw::nginx
