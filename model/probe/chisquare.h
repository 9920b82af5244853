// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace gw::probe {

/**
 * Pearson's chi-square test of homogeneity for two samples over the same categories (a 2 x k
 * contingency table): were \a a and \a b drawn from one distribution? The probe uses it to judge
 * choices nginx makes at random (random methods, traffic splits it cannot follow) — the Pods the
 * simulator drew against the Pods that answered. Categories empty in both samples are left out.
 */
struct ChiSquare
{
    double statistic = 0;
    int degreesOfFreedom = 0; ///< categories used - 1; 0: no test possible
    double pValue = 1; ///< the chance of a statistic at least this large if both come from one distribution

    static ChiSquare homogeneity(const std::vector<double> &a, const std::vector<double> &b);
    /** P(X >= \a x) for X chi-square distributed with \a degreesOfFreedom (the regularized upper
     * incomplete gamma function Q(k/2, x/2), by its series or continued fraction). */
    static double survival(double x, int degreesOfFreedom);
};

} // namespace gw::probe
