// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTableView;
class QTextBrowser;

namespace gw::views {

class RequestRecordModel;

/**
 * The request inspector: the recorded requests of a run in a table (filterable), and for the
 * selected one what happened, step by step: the request as nginx saw it, the route match (server,
 * location, rewrites), the upstream, the balancer's reasoning in numbers (the ip_hash bytes and
 * hash, the ketama point, the cookie value and the Pod it names, the two random picks and their
 * connection counts) and the answer.
 */
class RequestInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RequestInspector(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    void clear();

    /** Selects record \a row (index into SimulationResult::records). */
    void selectRecord(int row);
    /** The record shown, or -1. */
    int currentRecord() const { return m_current; }
    /** The explanation of the shown record, as plain text. */
    QString detailsText() const;

    QTableView *table() const { return m_table; }
    RequestRecordModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }

    /** The explanation of \a record as HTML (also for printing). */
    static QString detailsHtml(const sim::RequestRecord &record);

    /** Up to this many recorded requests the filter follows every keystroke; beyond, pauses. */
    static constexpr int ImmediateFilterRows = 5000;

private:
    void showRecord(int row);
    void applyFilter();

    std::shared_ptr<const sim::SimulationResult> m_result;
    RequestRecordModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTimer *m_filterTimer;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_count;
    int m_current = -1;
};

} // namespace gw::views
