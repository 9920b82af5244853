// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/units.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace gw::sim {

std::optional<qint64> parseNginxTime(QStringView text, bool inSeconds)
{
    struct Unit
    {
        char16_t letter;
        bool milli; // "ms"
        qint64 seconds;
    };
    // In nginx's order: each unit must come after the ones before it.
    static constexpr Unit units[] = {
        {u'y', false, 365LL * 24 * 3600},
        {u'M', false, 30LL * 24 * 3600},
        {u'w', false, 7LL * 24 * 3600},
        {u'd', false, 24LL * 3600},
        {u'h', false, 3600},
        {u'm', false, 60},
        {u's', false, 1},
        {u'm', true, 0},
    };
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    // Years and months are not accepted for millisecond values (nginx starts at st_month there).
    int next = inSeconds ? 0 : 2;
    qint64 total = 0;
    qint64 value = 0;
    bool digits = false;
    bool valid = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.unicode() >= u'0' && c.unicode() <= u'9') {
            if (value > (max - 9) / 10)
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
            digits = valid = true;
            ++i;
            continue;
        }
        const bool milli = c == u'm' && i + 1 < text.size() && text[i + 1] == u's';
        int unit = -1;
        for (int u = next; u < int(std::size(units)); ++u) {
            if (units[u].letter == c.unicode() && units[u].milli == milli) {
                unit = u;
                break;
            }
        }
        if (unit < 0 || (milli && inSeconds))
            return std::nullopt;
        next = unit + 1;
        i += milli ? 2 : 1;
        const qint64 scale = milli ? 1 : units[unit].seconds * (inSeconds ? 1 : 1000);
        if (value > max / scale || total > max - value * scale)
            return std::nullopt;
        total += value * scale;
        value = 0;
        digits = false;
        while (i < text.size() && text[i] == u' ')
            ++i;
    }
    if (!valid)
        return std::nullopt;
    if (digits) {
        const qint64 scale = inSeconds ? 1 : 1000;
        if (value > max / scale || total > max - value * scale)
            return std::nullopt;
        total += value * scale;
    }
    return total;
}

std::optional<qint64> parseNginxSize(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 scale = 1;
    switch (text.back().unicode()) {
    case u'k':
    case u'K':
        scale = 1024;
        break;
    case u'm':
    case u'M':
        scale = 1024 * 1024;
        break;
    case u'g':
    case u'G':
        scale = 1024 * 1024 * 1024;
        break;
    default:
        break;
    }
    const QStringView digits = scale == 1 ? text : text.chopped(1);
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value * scale;
}

QByteArray nginxCookieTime(qint64 epochSeconds)
{
    static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc());
    const QDate d = t.date();
    const QTime h = t.time();
    const int year = d.year() > 2037 ? d.year() : d.year() % 100;
    return QByteArray(weekdays[d.dayOfWeek() - 1]) + ", " +
        QByteArray::number(d.day()).rightJustified(2, '0') + '-' + months[d.month() - 1] + '-' +
        QByteArray::number(year).rightJustified(2, '0') + ' ' +
        QByteArray::number(h.hour()).rightJustified(2, '0') + ':' +
        QByteArray::number(h.minute()).rightJustified(2, '0') + ':' +
        QByteArray::number(h.second()).rightJustified(2, '0') + " GMT";
}

} // namespace gw::sim
