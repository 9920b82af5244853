// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

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

    explicit PopulationsModel(ScenarioStore *store, QObject *parent = nullptr);

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
    QString field(int row, const char *path) const;

    ScenarioStore *m_store;
    int m_rows = 0;
};

} // namespace gw::views
