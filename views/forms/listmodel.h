// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/fieldspec.h"

#include <QAbstractTableModel>

namespace gw::views {

class FormScope;

/**
 * The base of the table models of the forms (a YAML sequence of items, or a mapping of labels):
 * rows are read live from the resource's YAML and every edit is one undo command through the
 * form's FormContext. Keeps only the row count, so that it can tell views precisely which row
 * an add, remove or move touched; changes it did not make (undo, the YAML tab) reset it.
 */
class ListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ListModel(FormScope *scope, yaml::Path relative, QObject *parent = nullptr);

    FormScope *scope() const { return m_scope; }
    /** The sequence or mapping, relative to the resource. */
    yaml::Path path() const;
    bool isActive() const;

    int rowCount(const QModelIndex &parent = {}) const override;

    /** Adds an item at \a row (-1: at the end). Returns the new row, or -1. */
    virtual int addItem(int row = -1) = 0;
    virtual bool removeItem(int row) = 0;
    virtual bool canMove() const { return false; }
    virtual bool moveItem(int, int) { return false; }
    /** The spec of a column (for the delegate). */
    virtual FieldSpec columnSpec(int column) const = 0;
    /** The absolute path of the field shown in a cell. */
    virtual yaml::Path cellPath(const QModelIndex &index) const = 0;

    /** The last refused edit of a cell, shown on it until the next edit. */
    QString cellError(const QModelIndex &index) const;

Q_SIGNALS:
    void editFailed(const QString &message);

protected:
    /** The number of rows in the YAML now. */
    virtual int liveRowCount() const = 0;
    void refresh();
    /** Calls \a edit expecting it to insert (+1), remove (-1) or move a row; see refresh(). */
    bool expectInsert(int row, const std::function<bool()> &edit);
    bool expectRemove(int row, const std::function<bool()> &edit);
    bool expectMove(int from, int to, const std::function<bool()> &edit);
    void setCellError(const QModelIndex &index, const QString &message);
    /**
     * The item in the YAML now that a row of the model stands for. Between a begin...Rows() and
     * its end...Rows() the YAML has changed already while the rows are still the old ones; this
     * maps them (-1: the row being removed).
     */
    int sourceRow(int row) const;

    FormScope *m_scope;
    yaml::Path m_relative;

private:
    enum class Expect { Nothing, Insert, Remove, Move };
    int m_rows = 0;
    Expect m_expect = Expect::Nothing;
    Expect m_mapping = Expect::Nothing; ///< the change being announced (see sourceRow())
    int m_expectRow = -1;
    int m_expectTo = -1;
    int m_errorRow = -1;
    int m_errorColumn = -1;
    QString m_error;
};

} // namespace gw::views
