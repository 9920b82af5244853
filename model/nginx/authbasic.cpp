// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/authbasic.h"

#include "nginx/ngxcrypt.h"
#include "nginx/requeststate.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::AuthBasic)
};

constexpr qsizetype authBufferSize = 2048; // NGX_HTTP_AUTH_BUF_SIZE

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

int AuthBasic::Outcome::status() const
{
    switch (kind) {
    case Kind::Unauthorized:
        return 401;
    case Kind::Forbidden:
        return 403;
    case Kind::InternalError:
        return 500;
    case Kind::Declined:
    case Kind::Allowed:
    case Kind::Closed:
        break;
    }
    return 0;
}

std::optional<AuthBasic::Credentials> AuthBasic::credentials(QByteArrayView value)
{
    static constexpr QByteArrayView basic("Basic ");
    if (value.size() < basic.size() || value.first(basic.size()).compare(basic, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QByteArrayView encoded = value.sliced(basic.size());
    while (!encoded.isEmpty() && encoded.front() == ' ')
        encoded = encoded.sliced(1);
    if (encoded.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> auth = NgxCrypt::decodeBase64(encoded);
    if (!auth)
        return std::nullopt;
    const qsizetype colon = auth->indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    return Credentials {auth->left(colon), auth->mid(colon + 1)};
}

AuthBasic::Lookup AuthBasic::findUser(QByteArrayView file, const QByteArray &user)
{
    // The module's state machine; the user name is followed by ':' in the decoded header, which is
    // what the byte after the name is compared with.
    const QByteArray login = user + ':';
    enum { Login, Passwd, Skip } state = Login;
    qsizetype matched = 0;
    qsizetype passwd = 0;
    for (qsizetype i = 0; i < file.size(); ++i) {
        const char c = file[i];
        switch (state) {
        case Login:
            if (matched == 0) {
                if (c == '#' || c == '\r') {
                    state = Skip;
                    break;
                }
                if (c == '\n')
                    break;
            }
            if (c != login[matched]) {
                state = Skip;
                break;
            }
            if (matched == user.size()) {
                state = Passwd;
                passwd = i + 1;
            }
            ++matched;
            break;
        case Passwd:
            if (c == '\n' || c == '\r' || c == ':')
                return {true, file.sliced(passwd, i - passwd).toByteArray()};
            if (i - passwd == authBufferSize)
                return {true, file.sliced(passwd, authBufferSize).toByteArray()}; // the buffer is full
            break;
        case Skip:
            if (c == '\n') {
                state = Login;
                matched = 0;
            }
            break;
        }
    }
    if (state == Passwd)
        return {true,
                file.sliced(passwd).first(std::min(file.size() - passwd, authBufferSize)).toByteArray()};
    return {};
}

AuthBasic::Outcome AuthBasic::check(const AuthBasicSetting &setting, RequestState &state,
                                    const Config &config)
{
    Outcome out;
    if (!setting.configured())
        return out;
    out.realm = state.evaluate(setting.realm);
    if (out.realm == "off") {
        out.log = Tr::tr("auth_basic is off");
        return out;
    }
    const std::vector<QByteArray> authorization = state.headerValues("Authorization");
    const std::optional<Credentials> credentials =
        authorization.empty() ? std::nullopt : AuthBasic::credentials(authorization.front());
    if (!credentials) {
        out.kind = Outcome::Kind::Unauthorized;
        out.log = Tr::tr("no user/password was provided for basic authentication");
        return out;
    }
    out.file = NgxCrypt::cString(state.evaluate(setting.userFile)).toByteArray();
    const QString path = text(out.file);
    const FileSet::File *file = path.isEmpty() ? nullptr : config.files().file(path);
    if (!file) {
        const QString dir = path.endsWith(u'/') ? path : path + u'/';
        const bool isDirectory = !path.isEmpty() &&
            std::any_of(config.files().files().begin(), config.files().files().end(),
                        [&](const FileSet::File &f) { return f.path.startsWith(dir); });
        if (isDirectory) {
            out.kind = Outcome::Kind::InternalError;
            out.log = Tr::tr("pread() \"%1\" failed (21: Is a directory)").arg(path);
        } else {
            out.kind = Outcome::Kind::Forbidden;
            out.log = Tr::tr("open() \"%1\" failed (2: No such file or directory)").arg(path);
        }
        return out;
    }
    const Lookup line = findUser(file->content, credentials->user);
    if (!line.found) {
        out.kind = Outcome::Kind::Unauthorized;
        out.log = Tr::tr("user \"%1\" was not found in \"%2\"").arg(text(credentials->user), path);
        return out;
    }
    const QByteArrayView stored = NgxCrypt::cString(line.hash);
    const std::optional<QByteArray> encrypted = NgxCrypt::crypt(credentials->password, stored);
    if (!encrypted) {
        out.kind = Outcome::Kind::Closed;
        out.log = Tr::tr("crypt_r() failed");
        return out;
    }
    if (*encrypted == stored) {
        out.kind = Outcome::Kind::Allowed;
        out.log = Tr::tr("user \"%1\" authenticated").arg(text(credentials->user));
        return out;
    }
    out.kind = Outcome::Kind::Unauthorized;
    out.log = Tr::tr("user \"%1\": password mismatch").arg(text(credentials->user));
    return out;
}

AuthBasicSetting AuthBasic::compile(CompileLog &log, const Config &config,
                                    const std::vector<Directive> &children, const AuthBasicSetting &inherited)
{
    AuthBasicSetting own;
    for (const Directive &d : children) {
        if ((d.name != "auth_basic" && d.name != "auth_basic_user_file") || d.argCount() != 1)
            continue;
        const bool realm = d.name == "auth_basic";
        if (realm ? own.realmDirective != nullptr : own.fileDirective != nullptr) {
            log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
            continue;
        }
        if (realm) {
            if (log.compileValue(d, 0, &own.realm))
                own.realmDirective = &d;
            continue;
        }
        // ngx_http_compile_complex_value() with conf_prefix: a value not starting with '$' is made
        // absolute against the configuration prefix.
        const QByteArray value = d.args[0];
        const QByteArray full = value.startsWith('$') ? value : config.fullName(text(value)).toUtf8();
        if (log.compileText(d, 0, full, &own.userFile))
            own.fileDirective = &d;
    }
    if (!own.realmDirective) {
        own.realmDirective = inherited.realmDirective;
        own.realm = inherited.realm;
    }
    if (!own.fileDirective) {
        own.fileDirective = inherited.fileDirective;
        own.userFile = inherited.userFile;
    }
    return own;
}

} // namespace gw::nginx
