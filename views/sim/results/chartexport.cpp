// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/chartexport.h"

#include "sim/comparisonwriter.h"
#include "sim/resultwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace gw::views {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::views::ChartExport)
};

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ChartExport::savePng(QWidget *widget, const QString &path, QString *error, qreal scale)
{
    if (!widget)
        return false;
    const QSize size = widget->size();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = Tr::tr("cannot encode the image as PNG");
        return false;
    }
    return writeFile(path, data, error);
}

bool ChartExport::saveSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    if (!widget)
        return false;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(), widget->size()));
    generator.setTitle(title.isEmpty() ? widget->accessibleName() : title);
    generator.setDescription(Tr::tr("Exported from Gateway Studio"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(), widget->size()), widget->palette().color(QPalette::Base));
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    return writeFile(path, data, error);
}

bool ChartExport::saveCsv(const sim::SimulationResult &result, const QString &path, QString *error)
{
    return writeFile(path, sim::ResultWriter::csv(result), error);
}

bool ChartExport::saveCsv(const sim::MethodComparison &comparison, const QString &path, QString *error)
{
    return writeFile(path, sim::ComparisonWriter::csv(comparison), error);
}

bool ChartExport::print(QWidget *widget, QPrinter *printer)
{
    if (!widget || !printer)
        return false;
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    const QSizeF size = widget->size();
    const qreal scale = std::min(page.width() / size.width(), page.height() / size.height());
    painter.translate((page.width() - size.width() * scale) / 2, 0);
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return painter.end();
}

bool ChartExport::printWithDialog(QWidget *widget, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return print(widget, &printer);
}

void ChartExport::printPreview(QWidget *widget, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [widget](QPrinter *p) { print(widget, p); });
    dialog.exec();
}

bool ChartExport::exportImage(QWidget *widget, const QString &suggestedName, QWidget *parent)
{
    if (!widget)
        return false;
    const QString png = Tr::tr("PNG image (*.png)");
    const QString svg = Tr::tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path =
        QFileDialog::getSaveFileName(parent, Tr::tr("Export Chart"), suggestedName + QStringLiteral(".png"),
                                     png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return false;
    const bool asSvg = filter == svg || path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    QString error;
    const bool ok = asSvg ? saveSvg(widget, path, suggestedName, &error) : savePng(widget, path, &error);
    if (!ok)
        QMessageBox::warning(parent, Tr::tr("Export Chart"), error);
    return ok;
}

} // namespace gw::views
