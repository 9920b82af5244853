// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace gw::sim {

/**
 * nginx's `ngx_parse_time()`: "30", "10s", "1h30m", "2d", "1y". Units y M w d h m s (and ms when
 * \a inSeconds is false) in decreasing order, each at most once; a bare number counts seconds.
 * Returns seconds, or milliseconds when \a inSeconds is false; nullopt where nginx says "invalid".
 */
std::optional<qint64> parseNginxTime(QStringView text, bool inSeconds);

/** nginx's `ngx_parse_size()`: "512", "512k", "1m", "1g" (either case), in bytes. */
std::optional<qint64> parseNginxSize(QStringView text);

/**
 * nginx's `ngx_http_cookie_time()`: "Thu, 01-Jan-26 12:00:00 GMT" for \a epochSeconds; the year
 * has two digits up to 2037 and four after.
 */
QByteArray nginxCookieTime(qint64 epochSeconds);

} // namespace gw::sim
