// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <optional>

namespace gw::views {

class ScenarioStore;

/**
 * The client populations of the current scenario as a table (name, clients, address plan,
 * sessions, requests per session, cookie jar). Edits of a cell are ScenarioStore edits, so each is
 * one undo command; the model follows the document through undo and redo.
 */
class PopulationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Clients, Addresses, Sessions, Requests, CookieJar, ColumnCount };

    /** The values of a whole-number column that the simulator accepts. */
    struct Range
    {
        int minimum = 0;
        int maximum = 0;
    };

    explicit PopulationsModel(ScenarioStore *store, QObject *parent = nullptr);

    /**
     * The range ScenarioParser accepts in \a column: Clients 1–10,000,000, Sessions 1–100,000,
     * Requests (per session) 1–1,000,000; nothing for the other columns.
     */
    static std::optional<Range> range(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Appends a population (a copy of the last one under a new name, or the template's). */
    bool addPopulation();
    bool removePopulation(int row);

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    void reload();
    /** \a value as a whole number in \a column's range ("1,000,000" in the locale too), or nothing. */
    static std::optional<int> wholeNumber(const QVariant &value, Range range);
    QString field(int row, const char *path) const;

    ScenarioStore *m_store;
    int m_rows = 0;
};

/**
 * The editors of the populations table: spin boxes limited to the simulator's ranges for the
 * clients, sessions and requests per session, with the locale's group separators.
 */
class PopulationsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace gw::views
