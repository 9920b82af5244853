// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/splitclients.h"

#include <QCoreApplication>

namespace gw::nginx {

uint32_t murmurHash2(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    size_t len = size_t(data.size());
    uint32_t h = 0 ^ uint32_t(len);
    while (len >= 4) {
        uint32_t k = p[0];
        k |= uint32_t(p[1]) << 8;
        k |= uint32_t(p[2]) << 16;
        k |= uint32_t(p[3]) << 24;
        k *= 0x5bd1e995;
        k ^= k >> 24;
        k *= 0x5bd1e995;
        h *= 0x5bd1e995;
        h ^= k;
        p += 4;
        len -= 4;
    }
    switch (len) {
    case 3:
        h ^= uint32_t(p[2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= uint32_t(p[1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= p[0];
        h *= 0x5bd1e995;
        break;
    default:
        break;
    }
    h ^= h >> 13;
    h *= 0x5bd1e995;
    h ^= h >> 15;
    return h;
}

int64_t SplitClients::parsePercent(QByteArrayView text)
{
    if (text.isEmpty())
        return -1;
    const int64_t cutoff = INT64_MAX / 10;
    const int64_t cutlim = INT64_MAX % 10;
    int64_t value = 0;
    int point = 2;
    bool dot = false;
    for (char c : text) {
        if (c == '.') {
            if (dot)
                return -1;
            dot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return -1;
        if (point == 0)
            continue;
        if (value >= cutoff && (value > cutoff || c - '0' > cutlim))
            return -1;
        value = value * 10 + (c - '0');
        point -= dot ? 1 : 0;
    }
    while (point--) {
        if (value > cutoff)
            return -1;
        value *= 10;
    }
    return value;
}

bool SplitClients::addPart(const QByteArray &percentText, const QByteArray &value,
                           const SourceLocation &location, QString *error)
{
    Part part;
    part.percentText = percentText;
    part.value = value;
    part.location = location;
    if (percentText == "*") {
        part.percent = 0;
    } else {
        const int64_t n =
            percentText.endsWith('%') ? parsePercent(QByteArrayView(percentText).chopped(1)) : -1;
        if (n <= 0 || n > UINT32_MAX) {
            if (error) {
                *error =
                    QCoreApplication::translate("gw::nginx::SplitClients", "invalid percent value \"%1\"")
                        .arg(QString::fromUtf8(percentText));
            }
            return false;
        }
        part.percent = uint32_t(n);
    }
    m_parts.push_back(part);
    return true;
}

bool SplitClients::finish(QString *error)
{
    uint32_t sum = 0;
    uint32_t last = 0;
    for (Part &part : m_parts) {
        sum = part.percent ? sum + part.percent : 10000;
        if (sum > 10000) {
            if (error) {
                *error = QCoreApplication::translate("gw::nginx::SplitClients",
                                                     "percent total is greater than 100%");
            }
            return false;
        }
        if (part.percent) {
            last += uint32_t(uint64_t(part.percent) * uint64_t(0xffffffff) / 10000);
            part.bound = last;
        }
    }
    return true;
}

SplitClients::Choice SplitClients::choose(QByteArrayView keyValue) const
{
    Choice c;
    c.hash = murmurHash2(keyValue);
    for (size_t i = 0; i < m_parts.size(); ++i) {
        const Part &p = m_parts[i];
        if (c.hash < p.bound || p.percent == 0) {
            c.part = int(i);
            c.value = p.value;
            return c;
        }
    }
    return c;
}

} // namespace gw::nginx
