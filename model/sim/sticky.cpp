// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/sticky.h"

#include "sim/units.h"

namespace gw::sim {

namespace {

/** About 8000 sessions per megabyte: nginx's own estimate for the learn zone. */
constexpr qint64 BytesPerSession = 128;

bool isSameSiteValue(QByteArrayView v)
{
    return v.compare("strict", Qt::CaseInsensitive) == 0 || v.compare("lax", Qt::CaseInsensitive) == 0 ||
        v.compare("none", Qt::CaseInsensitive) == 0;
}

} // namespace

bool Sticky::configure(const StickyConfig &config, QString *error)
{
    m_config = config;
    m_lookup.clear();
    m_create.clear();
    m_domain.reset();
    m_sameSite.reset();
    const auto compile = [&](const QString &text) -> std::optional<KeyExpression> {
        QString message;
        auto e = KeyExpression::parse(text, &message);
        if (!e && error)
            *error = message;
        return e;
    };
    // `sticky cookie NAME` looks the variable "cookie_NAME" up by name (the cookie name may hold
    // '-', which would end a variable in a complex value such as `$cookie_cookie-tea`).
    if (config.mode == StickyConfig::Mode::Cookie)
        m_lookup.push_back(
            KeyExpression::single(KeyExpression::Variable::Cookie, config.cookieName.toUtf8()));
    const QStringList lookup = config.mode == StickyConfig::Mode::Cookie ? QStringList() : config.lookup;
    for (const QString &v : lookup) {
        auto e = compile(v);
        if (!e)
            return false;
        m_lookup.push_back(std::move(*e));
    }
    for (const QString &v : config.create) {
        auto e = compile(v);
        if (!e)
            return false;
        m_create.push_back(std::move(*e));
    }
    if (!config.domain.isEmpty() && !(m_domain = compile(config.domain)))
        return false;
    if (!config.sameSite.isEmpty() && !(m_sameSite = compile(config.sameSite)))
        return false;
    m_sessions = SessionStore(config.zoneSize / BytesPerSession, config.timeoutMs);
    return true;
}

void Sticky::begin(RequestState &state) const
{
    state.stickyId.clear();
    KeyBuffer value;
    for (const KeyExpression &e : m_lookup) {
        value.clear();
        e.evaluate(*state.request, value);
        if (!value.isEmpty()) {
            state.stickyId.append(value.constData(), value.size());
            return;
        }
    }
}

QByteArray Sticky::hint(const RequestState &state, qint64 nowMs)
{
    if (state.stickyId.isEmpty())
        return {};
    const QByteArrayView id(state.stickyId.constData(), state.stickyId.size());
    if (learns())
        return m_sessions.find(id, nowMs);
    return QByteArray::fromRawData(id.data(), id.size());
}

QByteArray Sticky::cookie(QByteArrayView sid, const Request &request, qint64 nowSeconds) const
{
    QByteArray c = m_config.cookieName.toUtf8();
    c.append('=').append(sid);
    if (m_config.expires) {
        if (*m_config.expires == StickyConfig::MaxExpires) {
            c += "; expires=Thu, 31-Dec-37 23:55:55 GMT; max-age=315360000";
        } else {
            c += "; expires=" + nginxCookieTime(nowSeconds + *m_config.expires) +
                "; max-age=" + QByteArray::number(*m_config.expires);
        }
    }
    if (m_domain) {
        const QByteArray domain = m_domain->value(request);
        if (!domain.isEmpty())
            c += "; domain=" + domain;
    }
    if (m_config.httpOnly)
        c += "; httponly";
    if (m_config.secure)
        c += "; secure";
    if (m_sameSite) {
        QByteArray sameSite = m_sameSite->value(request);
        // A value from variables must be valid, or nginx sends "strict".
        if (m_sameSite->hasVariables() && !sameSite.isEmpty() && !isSameSiteValue(sameSite))
            sameSite = "strict";
        if (!sameSite.isEmpty())
            c += "; samesite=" + sameSite;
    }
    if (!m_config.path.isEmpty())
        c += "; path=" + m_config.path.toUtf8();
    return c;
}

void Sticky::learn(const RequestState &state, QByteArrayView sid, const Response *response, qint64 nowMs)
{
    KeyBuffer created;
    for (const KeyExpression &e : m_create) {
        created.clear();
        e.evaluate(*state.request, created, response);
        if (!created.isEmpty())
            break;
    }
    if (!created.isEmpty())
        m_sessions.learn(QByteArrayView(created.constData(), created.size()), sid, true, nowMs);
    else if (!state.stickyId.isEmpty())
        m_sessions.learn(QByteArrayView(state.stickyId.constData(), state.stickyId.size()), sid, false,
                         nowMs);
}

} // namespace gw::sim
