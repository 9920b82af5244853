// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/path.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace gw::views {

class ScenarioStore;

/**
 * The requests one population sends: its weighted route mix (host, path, weight) or, for a
 * scripted population, its steps (host, path, repeat). Cell edits are ScenarioStore edits.
 */
class RouteMixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Host, Path, Share, ColumnCount };

    explicit RouteMixModel(ScenarioStore *store, QObject *parent = nullptr);

    /** The population whose requests are shown (-1: none). */
    void setPopulation(int population);
    int population() const { return m_population; }
    /** True when the population follows a script rather than a route mix. */
    bool scripted() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Appends a request (\a host and \a path; the last row's when empty). */
    bool addRequest(const QString &host = {}, const QString &path = {});
    bool removeRequest(int row);

    /** Hostnames and paths of the design's HTTPRoutes, for the pickers. */
    QStringList hostChoices() const;
    QStringList pathChoices() const;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    void reload();
    yaml::Path sequence() const;
    QString field(int row, const char *key) const;

    ScenarioStore *m_store;
    int m_population = -1;
    int m_rows = 0;
};

/** Editable combo boxes for the host and path columns: the design's hostnames and paths. */
class RoutePickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RoutePickerDelegate(RouteMixModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    RouteMixModel *m_model;
};

} // namespace gw::views
