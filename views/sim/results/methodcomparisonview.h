// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/methodcomparison.h"
#include "views/common/health.h"

#include <QWidget>

#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace gw::views {

class PodBarChart;

/**
 * "Compare methods", side by side: a table of the key figures of every method (stickiness, broken
 * sessions, the busiest Pod's share, max/mean, CV, the clients each event moved), and a card per method
 * with its verdict in a prominent sentence, a small chart of requests per Pod (every route; the
 * same Pod colours as everywhere, short Pod labels, the full name on hover) and the points behind
 * the verdict. One legend above the cards names every Pod (colour, short label, full name and
 * address). The cards reflow into as many columns as the width holds (at least 280 pixels each),
 * and the whole view scrolls, so that every card and row can be read from 1366×768 up. A method
 * that could not run shows why. "Details" on a card asks the workspace to show that run in full
 * (methodActivated).
 */
class MethodComparisonView : public QWidget
{
    Q_OBJECT

public:
    /** The table's columns; after them, one per event marker: the share of clients it moved. */
    enum Column {
        MethodColumn,
        StickinessColumn,
        BrokenColumn,
        HotShareColumn,
        MaxOverMeanColumn,
        CvColumn,
        FirstMarkerColumn
    };

    explicit MethodComparisonView(QWidget *parent = nullptr);

    void setComparison(std::shared_ptr<const sim::MethodComparison> comparison);
    void clear();
    std::shared_ptr<const sim::MethodComparison> comparison() const { return m_comparison; }

    QLabel *header() const { return m_header; }
    /** The Pods' legend above the cards. */
    QLabel *legend() const { return m_legend; }
    /** How many cards stand side by side now. */
    int cardColumns() const { return m_columns; }
    QTableWidget *table() const { return m_table; }
    /** The verdict label of method \a id ("ip_hash", …), or null. */
    QLabel *verdictLabel(const QString &id) const;
    /** The small bar chart of method \a id, or null when it did not run. */
    PodBarChart *barChart(const QString &id) const;
    /** The text of the Busiest Pod column for a method (also for runs too small for a hot spot). */
    static QString busiestPod(const sim::ComparedMethod &method);
    /** The area with the cards (what export and print render). */
    QWidget *cardsWidget() const { return m_cards; }

Q_SIGNALS:
    /** The user asked for the full results of method \a id. */
    void methodActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum Row { TitleRow, VerdictRow, ChartRow, PointsRow, ButtonRow, Rows };
    struct Card
    {
        QString id;
        std::vector<QWidget *> widgets; ///< the frame and the parts
        QWidget *frame = nullptr;
        std::vector<std::pair<int, QWidget *>> parts; ///< Row and widget, laid out by layoutCards()
        QLabel *verdict = nullptr;
        QWidget *accent = nullptr; ///< the coloured rule beside the verdict
        PodBarChart *chart = nullptr;
        Health health = Health::Unknown;
    };

    void rebuild();
    void fillTable();
    void fillLegend();
    void addCard(const sim::ComparedMethod &method, Card &card);
    /** Places the cards in the grid, \a columns side by side (rows of cards below each other). */
    void layoutCards(int columns);
    int columnsFor(int width) const;
    void styleVerdict(const Card &card) const;

    std::shared_ptr<const sim::MethodComparison> m_comparison;
    QLabel *m_header;
    QLabel *m_legend;
    QTableWidget *m_table;
    QWidget *m_cards;
    QGridLayout *m_grid;
    std::vector<Card> m_cardList;
    int m_columns = 0;
};

} // namespace gw::views
