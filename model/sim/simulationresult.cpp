// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulationresult.h"

#include <algorithm>
#include <numeric>

namespace gw::sim {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/** Σ value·weight / Σ weight over the epochs with requests. */
template<class F>
double weighted(const std::vector<BalanceEpoch> &epochs, F value)
{
    double sum = 0, weight = 0;
    for (const BalanceEpoch &e : epochs) {
        const qint64 n = e.requests();
        if (n == 0 || e.load.empty())
            continue;
        sum += value(e) * double(n);
        weight += double(n);
    }
    return weight > 0 ? sum / weight : NaN;
}

} // namespace

qint64 BalanceEpoch::requests() const
{
    return std::accumulate(load.begin(), load.end(), qint64(0));
}

double BalanceEpoch::maxOverMean() const
{
    const qint64 n = requests();
    if (n == 0 || load.empty())
        return NaN;
    const double mean = double(n) / double(load.size());
    return double(*std::max_element(load.begin(), load.end())) / mean;
}

double BalanceEpoch::cv() const
{
    const qint64 n = requests();
    if (n == 0 || load.empty())
        return NaN;
    const double mean = double(n) / double(load.size());
    double variance = 0;
    for (qint64 l : load)
        variance += (double(l) - mean) * (double(l) - mean);
    variance /= double(load.size());
    return std::sqrt(variance) / mean;
}

double UpstreamStats::maxOverMean() const
{
    return weighted(epochs, [](const BalanceEpoch &e) { return e.maxOverMean(); });
}

double UpstreamStats::cv() const
{
    return weighted(epochs, [](const BalanceEpoch &e) { return e.cv(); });
}

int SimulationResult::groupOf(const QString &route, int rule) const
{
    for (int i = 0; i < int(groups.size()); ++i) {
        if (groups[size_t(i)].route == route && groups[size_t(i)].rule == rule)
            return i;
    }
    return -1;
}

} // namespace gw::sim
