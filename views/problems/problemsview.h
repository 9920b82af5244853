// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace gw::views {

class DesignSelection;
class PreviewSession;
class ProblemsModel;

/**
 * The problems list: activating a row (click, Enter) selects its resource and field. An empty list
 * says "No problems" (or why there is nothing to check yet) in its middle.
 */
class ProblemsView : public QTreeView
{
    Q_OBJECT

public:
    ProblemsView(PreviewSession *session, DesignSelection *selection, QWidget *parent = nullptr);

    ProblemsModel *problemsModel() const { return m_model; }
    /** What the empty list says. */
    QString placeholderText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void activate(const QModelIndex &index);

    DesignSelection *m_selection;
    PreviewSession *m_session;
    ProblemsModel *m_model;
};

} // namespace gw::views
