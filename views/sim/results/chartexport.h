// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPrinter;
class QWidget;

namespace gw::sim {
struct MethodComparison;
struct SimulationResult;
} // namespace gw::sim

namespace gw::views {

/**
 * Export and print of the simulation views: any chart, strip or whole view as PNG (rendered at
 * \a scale times its size, so that it is crisp when zoomed) or SVG (vector, through QSvgGenerator),
 * results and comparisons as CSV (ResultWriter / ComparisonWriter), and printing scaled to the page
 * (QPrinter, with QPrintDialog or QPrintPreviewDialog). Files are written atomically (QSaveFile);
 * each function returns false and sets \a error ("cannot write …: …") when it cannot.
 */
class ChartExport
{
public:
    static bool savePng(QWidget *widget, const QString &path, QString *error = nullptr, qreal scale = 2.0);
    static bool saveSvg(QWidget *widget, const QString &path, const QString &title = {},
                        QString *error = nullptr);
    static bool saveCsv(const sim::SimulationResult &result, const QString &path, QString *error = nullptr);
    static bool saveCsv(const sim::MethodComparison &comparison, const QString &path,
                        QString *error = nullptr);

    /** Renders \a widget on one page of \a printer, scaled to fit and centred. */
    static bool print(QWidget *widget, QPrinter *printer);
    /** Asks for a printer (QPrintDialog) and prints \a widget. Returns false when cancelled. */
    static bool printWithDialog(QWidget *widget, QWidget *parent);
    /** Shows a print preview of \a widget (QPrintPreviewDialog) from which the user can print. */
    static void printPreview(QWidget *widget, QWidget *parent);

    /** Asks for a file name (PNG or SVG by the filter chosen) and saves \a widget. */
    static bool exportImage(QWidget *widget, const QString &suggestedName, QWidget *parent);
};

} // namespace gw::views
