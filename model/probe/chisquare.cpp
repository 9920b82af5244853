// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/chisquare.h"

#include <cmath>

namespace gw::probe {

namespace {

/** The regularized lower incomplete gamma P(s, x) by its series (converges for x < s + 1). */
double lowerSeries(double s, double x)
{
    double term = 1.0 / s, sum = term;
    for (int n = 1; n < 1000; ++n) {
        term *= x / (s + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * 1e-15)
            break;
    }
    return sum * std::exp(-x + s * std::log(x) - std::lgamma(s));
}

/** The regularized upper incomplete gamma Q(s, x) by Lentz's continued fraction (x >= s + 1). */
double upperFraction(double s, double x)
{
    constexpr double Tiny = 1e-300;
    double b = x + 1.0 - s, c = 1.0 / Tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - s);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = b + an / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < 1e-15)
            break;
    }
    return std::exp(-x + s * std::log(x) - std::lgamma(s)) * h;
}

} // namespace

double ChiSquare::survival(double x, int degreesOfFreedom)
{
    if (degreesOfFreedom <= 0)
        return 1.0;
    if (x <= 0)
        return 1.0;
    const double s = degreesOfFreedom / 2.0, half = x / 2.0;
    return half < s + 1.0 ? 1.0 - lowerSeries(s, half) : upperFraction(s, half);
}

ChiSquare ChiSquare::homogeneity(const std::vector<double> &a, const std::vector<double> &b)
{
    ChiSquare result;
    double totalA = 0, totalB = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        totalA += a[i];
        totalB += b[i];
    }
    const double total = totalA + totalB;
    if (totalA <= 0 || totalB <= 0)
        return result;
    int used = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        const double column = a[i] + b[i];
        if (column <= 0)
            continue;
        ++used;
        const double expectedA = totalA * column / total, expectedB = totalB * column / total;
        result.statistic += (a[i] - expectedA) * (a[i] - expectedA) / expectedA +
            (b[i] - expectedB) * (b[i] - expectedB) / expectedB;
    }
    result.degreesOfFreedom = used - 1;
    result.pValue = survival(result.statistic, result.degreesOfFreedom);
    return result;
}

} // namespace gw::probe
