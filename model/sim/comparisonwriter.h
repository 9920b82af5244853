// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/methodcomparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace gw::sim {

/**
 * Writes a MethodComparison: a readable report (each method's verdict and its points), CSV (the
 * ResultWriter::csv rows of every method with a leading `method` column, plus a `method` table
 * with the label, availability and verdict) and JSON (verdicts, figures and each method's whole
 * result). Like ResultWriter, the output depends only on the comparison.
 */
class ComparisonWriter
{
public:
    static QByteArray text(const MethodComparison &comparison);
    static QByteArray csv(const MethodComparison &comparison);
    static QJsonObject json(const MethodComparison &comparison);
    static QByteArray jsonText(const MethodComparison &comparison);
};

} // namespace gw::sim
