// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

namespace gw::views {

/**
 * The client × time heat map of a simulation (AssignmentStrip): one row per sampled client and
 * route, one column per time bucket, each cell in the colour of the Pod that answered (PodPalette);
 * a row that changes colour is stickiness breaking. Event markers are vertical lines with their
 * labels; the time axis is below; hovering a cell tells who, when and which Pod ("browsers #12
 * /coffee, t = 40 s: coffee-…-x2"). The cells are drawn once into an image and scaled, so a strip
 * of thousands of buckets paints fast; beyond 4096
 * buckets or rows the image samples them (imageSize()).
 */
class AssignmentStripView : public QWidget
{
    Q_OBJECT

public:
    explicit AssignmentStripView(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    void clear();
    std::shared_ptr<const sim::SimulationResult> result() const { return m_result; }

    /** Shows only the rows of route group \a group (-1: every row). Row numbers below count the shown rows.
     */
    void setGroup(int group);
    int group() const { return m_group; }
    /** The shown rows. */
    int rowCount() const { return int(m_rows.size()); }
    /** The AssignmentStrip row of shown row \a row, or -1. */
    int stripRow(int row) const;

    /** Row height in pixels (default 8). */
    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }

    /** The rectangle of the cell (\a row, \a bucket) in widget coordinates. */
    QRectF cellRect(int row, int bucket) const;
    /** The cell under \a pos as (row, bucket), or (-1, -1). */
    std::pair<int, int> cellAt(const QPointF &pos) const;
    /** The x coordinate of a time in milliseconds. */
    qreal xOf(qint64 ms) const;
    /** The tooltip text of a cell. */
    QString cellText(int row, int bucket) const;
    /**
     * The size of the image the cells are drawn into: a column per bucket and a row per shown
     * row, at most 4096 of either (longer strips are sampled: a column shows the last answered
     * request of its buckets, a row the first of its rows). Empty when nothing is shown.
     */
    QSize imageSize() const { return m_image.size(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    void rebuildImage();

    std::shared_ptr<const sim::SimulationResult> m_result;
    QImage m_image;
    std::vector<int> m_rows; ///< the strip rows shown
    int m_group = -1;
    int m_rowHeight = 8;
    int m_labelWidth = 0;
};

} // namespace gw::views
