// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/ngxcrypt.h"

#include <QCryptographicHash>

#ifdef GW_HAVE_CRYPT_R
#include <crypt.h>

#include <memory>
#endif

namespace gw::nginx {

namespace {

// ngx_crypt_to64()
void to64(QByteArray &out, quint32 v, int n)
{
    static const char itoa64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    while (n--) {
        out += itoa64[v & 0x3f];
        v >>= 6;
    }
}

int basis64(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

QByteArrayView NgxCrypt::cString(QByteArrayView bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return nul < 0 ? bytes : bytes.first(nul);
}

std::optional<QByteArray> NgxCrypt::crypt(QByteArrayView key, QByteArrayView salt)
{
    key = cString(key);
    salt = cString(salt);
    if (salt.startsWith("$apr1$"))
        return apr1(key, salt);
    if (salt.startsWith("{PLAIN}"))
        return QByteArray("{PLAIN}").append(key);
    if (salt.startsWith("{SSHA}"))
        return ssha(key, salt);
    if (salt.startsWith("{SHA}"))
        return sha(key);
    return libc(key, salt);
}

QByteArray NgxCrypt::apr1(QByteArrayView key, QByteArrayView salt)
{
    // Poul-Henning Kamp's MD5 crypt with the "$apr1$" magic, step for step as ngx_crypt_apr1().
    key = cString(key);
    salt = cString(salt);
    if (salt.startsWith("$apr1$"))
        salt = salt.sliced(6);
    qsizetype saltLen = 0;
    while (saltLen < salt.size() && saltLen < 8 && salt[saltLen] != '$')
        ++saltLen;
    salt = salt.first(saltLen);
    const qsizetype keyLen = key.size();

    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(key);
    md5.addData(QByteArrayView("$apr1$"));
    md5.addData(salt);

    QCryptographicHash ctx1(QCryptographicHash::Md5);
    ctx1.addData(key);
    ctx1.addData(salt);
    ctx1.addData(key);
    QByteArray final = ctx1.result();

    for (qsizetype n = keyLen; n > 0; n -= 16)
        md5.addData(QByteArrayView(final).first(n > 16 ? 16 : n));

    final.fill('\0');
    for (qsizetype i = keyLen; i; i >>= 1) {
        if (i & 1)
            md5.addData(QByteArrayView(final).first(1));
        else
            md5.addData(key.first(1));
    }
    final = md5.result();

    for (int i = 0; i < 1000; ++i) {
        QCryptographicHash c(QCryptographicHash::Md5);
        if (i & 1)
            c.addData(key);
        else
            c.addData(final);
        if (i % 3)
            c.addData(salt);
        if (i % 7)
            c.addData(key);
        if (i & 1)
            c.addData(final);
        else
            c.addData(key);
        final = c.result();
    }

    const auto f = [&](int i) { return quint32(static_cast<unsigned char>(final[i])); };
    QByteArray out("$apr1$");
    out.append(salt).append('$');
    to64(out, (f(0) << 16) | (f(6) << 8) | f(12), 4);
    to64(out, (f(1) << 16) | (f(7) << 8) | f(13), 4);
    to64(out, (f(2) << 16) | (f(8) << 8) | f(14), 4);
    to64(out, (f(3) << 16) | (f(9) << 8) | f(15), 4);
    to64(out, (f(4) << 16) | (f(10) << 8) | f(5), 4);
    to64(out, f(11), 2);
    return out;
}

QByteArray NgxCrypt::ssha(QByteArrayView key, QByteArrayView salt)
{
    key = cString(key);
    salt = cString(salt);
    if (salt.startsWith("{SSHA}"))
        salt = salt.sliced(6);
    // A salt that does not decode, or decodes to less than a digest, counts as a digest without salt.
    const std::optional<QByteArray> decoded = decodeBase64(salt);
    const QByteArray trueSalt = decoded && decoded->size() >= 20 ? decoded->mid(20) : QByteArray();
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(trueSalt);
    QByteArray digest = sha1.result();
    digest.append(trueSalt);
    return QByteArray("{SSHA}").append(encodeBase64(digest));
}

QByteArray NgxCrypt::sha(QByteArrayView key)
{
    return QByteArray("{SHA}").append(
        encodeBase64(QCryptographicHash::hash(cString(key), QCryptographicHash::Sha1)));
}

std::optional<QByteArray> NgxCrypt::libc(QByteArrayView key, QByteArrayView salt)
{
#ifdef GW_HAVE_CRYPT_R
    const QByteArray k = cString(key).toByteArray();
    const QByteArray s = cString(salt).toByteArray();
    auto data = std::make_unique<crypt_data>(); // large (32 KiB with libxcrypt): not on the stack
    data->initialized = 0;
    const char *value = crypt_r(k.constData(), s.constData(), data.get());
    if (!value)
        return std::nullopt;
    return QByteArray(value);
#else
    // Without crypt(3) the hash never matches, like libxcrypt's failure token for an unknown scheme.
    Q_UNUSED(key);
    return QByteArray(cString(salt).startsWith("*0") ? "*1" : "*0");
#endif
}

std::optional<QByteArray> NgxCrypt::decodeBase64(QByteArrayView src)
{
    qsizetype len = 0;
    for (; len < src.size(); ++len) {
        if (src[len] == '=')
            break;
        if (basis64(static_cast<unsigned char>(src[len])) < 0)
            return std::nullopt;
    }
    if (len % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(len / 4 * 3 + 2);
    const auto b = [&](qsizetype i) { return quint32(basis64(static_cast<unsigned char>(src[i]))); };
    qsizetype s = 0;
    while (len > 3) {
        out += char(b(s) << 2 | b(s + 1) >> 4);
        out += char(b(s + 1) << 4 | b(s + 2) >> 2);
        out += char(b(s + 2) << 6 | b(s + 3));
        s += 4;
        len -= 4;
    }
    if (len > 1)
        out += char(b(s) << 2 | b(s + 1) >> 4);
    if (len > 2)
        out += char(b(s + 1) << 4 | b(s + 2) >> 2);
    return out;
}

QByteArray NgxCrypt::encodeBase64(QByteArrayView data)
{
    return data.toByteArray().toBase64();
}

} // namespace gw::nginx
