// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/requeststate.h"
#include "sim/sessionstore.h"
#include "sim/upstreamconfig.h"

#include <optional>
#include <vector>

namespace gw::sim {

/**
 * The `sticky` directive (`ngx_http_upstream_sticky_module.c`), wrapped around any method. The
 * request's hint — the cookie's value, the first non-empty route variable, or the SID a learned
 * session maps to — names a peer by its SID; the method honours it if that peer is on the
 * request's current list and may take the request, and balances as usual otherwise.
 * `sticky cookie` then writes one Set-Cookie naming the chosen peer on every selection; `sticky
 * learn` remembers which peer served a session.
 */
class Sticky
{
public:
    /** Compiles \a config's variables; false with \a error set if one is unknown. */
    bool configure(const StickyConfig &config, QString *error);

    bool isEnabled() const { return m_config.isEnabled(); }
    const StickyConfig &config() const { return m_config; }
    bool setsCookie() const { return m_config.mode == StickyConfig::Mode::Cookie; }
    bool learns() const { return m_config.mode == StickyConfig::Mode::Learn; }

    /** Reads the request's id: the first non-empty lookup variable (`$cookie_<name>` for cookies). */
    void begin(RequestState &state) const;
    /** The SID the next selection should honour; a null array if none. */
    QByteArray hint(const RequestState &state, qint64 nowMs);
    /**
     * The Set-Cookie value binding the client to \a sid, in nginx's attribute order:
     * `name=SID; expires=…; max-age=…; domain=…; httponly; secure; samesite=…; path=…`.
     */
    QByteArray cookie(QByteArrayView sid, const Request &request, qint64 nowSeconds) const;
    /** `sticky learn`: the peer with \a sid served the request successfully. */
    void learn(const RequestState &state, QByteArrayView sid, const Response *response, qint64 nowMs);

    const SessionStore &sessions() const { return m_sessions; }

private:
    StickyConfig m_config;
    std::vector<KeyExpression> m_lookup;
    std::vector<KeyExpression> m_create;
    std::optional<KeyExpression> m_domain;
    std::optional<KeyExpression> m_sameSite;
    SessionStore m_sessions;
};

} // namespace gw::sim
