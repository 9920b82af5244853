// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/complexvalue.h"
#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace gw::nginx {

/** ngx_murmur_hash2(): MurmurHash2 with the seed set to the length, as nginx computes it. */
uint32_t murmurHash2(QByteArrayView data);

/**
 * One `split_clients KEY $variable { p% value; … * value; }` block, with nginx's arithmetic
 * (ngx_http_split_clients_module.c): each percentage is read with two decimals (ngx_atofp, extra
 * decimals ignored), turned into a cumulative upper bound `last += percent * 0xffffffff / 10000` in
 * 32 bits, and a request goes to the first part whose bound is above MurmurHash2(KEY); `*` takes the
 * rest. When the parts add up to less than 100% and there is no `*`, the rest gets the empty value.
 */
class SplitClients
{
public:
    struct Part
    {
        QByteArray percentText; ///< as written ("33.33%", "*")
        uint32_t percent = 0; ///< in hundredths of a percent; 0 for "*"
        uint32_t bound = 0; ///< cumulative upper bound (exclusive); 0 for "*"
        QByteArray value;
        SourceLocation location;
    };

    /** Adds a line; returns false with nginx's message when the percentage is invalid. */
    bool addPart(const QByteArray &percentText, const QByteArray &value, const SourceLocation &location,
                 QString *error);
    /** Computes the bounds; returns false when the total is above 100% ("percent total is greater than
     * 100%"). */
    bool finish(QString *error);

    struct Choice
    {
        uint32_t hash = 0;
        int part = -1; ///< -1: no part (empty value)
        QByteArray value;
    };
    Choice choose(QByteArrayView key) const;

    const std::vector<Part> &parts() const { return m_parts; }
    QByteArray variable; ///< without '$', lowercased
    ComplexValue key;
    SourceLocation location;

    /** ngx_atofp(text, len, 2): a decimal number times 100, or -1 when invalid. */
    static int64_t parsePercent(QByteArrayView text);

private:
    std::vector<Part> m_parts;
};

} // namespace gw::nginx
