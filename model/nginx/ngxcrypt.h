// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace gw::nginx {

/**
 * nginx's password hashing for auth_basic (src/core/ngx_crypt.c, ngx_crypt()): the stored value
 * chooses the scheme by its prefix — `$apr1$` (Apache's MD5 crypt), `{PLAIN}`, `{SSHA}` (base64 of
 * SHA-1(password salt) salt), `{SHA}` (base64 of SHA-1(password)) — and everything else goes to the
 * system's crypt_r(3) (`$2y$`, `$5$`, `$6$`, `$1$`, DES, …, as nginx on Linux does). The caller
 * compares the result with the stored value byte for byte, as ngx_http_auth_basic_crypt_handler()
 * does with strcmp(). Keys and salts are C strings there: both end at their first NUL byte.
 */
class NgxCrypt
{
public:
    /** ngx_crypt(): the hash of \a key with \a salt (the stored value); nullopt when crypt_r() fails. */
    static std::optional<QByteArray> crypt(QByteArrayView key, QByteArrayView salt);

    /** ngx_crypt_apr1(): Apache's `$apr1$` MD5 crypt (the salt is at most 8 bytes, up to a '$'). */
    static QByteArray apr1(QByteArrayView key, QByteArrayView salt);
    /** ngx_crypt_ssha(): "{SSHA}" base64(SHA-1(key salt) salt), the salt read from \a salt. */
    static QByteArray ssha(QByteArrayView key, QByteArrayView salt);
    /** ngx_crypt_sha(): "{SHA}" base64(SHA-1(key)). */
    static QByteArray sha(QByteArrayView key);
    /** ngx_libc_crypt(): crypt_r(3); nullopt when it returns NULL. */
    static std::optional<QByteArray> libc(QByteArrayView key, QByteArrayView salt);

    /**
     * ngx_decode_base64(): the standard alphabet; decoding stops at the first '=' (what follows is
     * ignored), any other byte outside the alphabet or a length of 4n+1 before the '=' is an error.
     */
    static std::optional<QByteArray> decodeBase64(QByteArrayView encoded);
    /** ngx_encode_base64(): the standard alphabet with '=' padding. */
    static QByteArray encodeBase64(QByteArrayView data);

    /** \a bytes up to its first NUL (how C code sees it). */
    static QByteArrayView cString(QByteArrayView bytes);
};

} // namespace gw::nginx
