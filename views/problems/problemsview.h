// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace gw::views {

class DesignSelection;
class PreviewSession;
class ProblemsModel;

/** The problems list: activating a row (click, Enter) selects its resource and field. */
class ProblemsView : public QTreeView
{
    Q_OBJECT

public:
    ProblemsView(PreviewSession *session, DesignSelection *selection, QWidget *parent = nullptr);

    ProblemsModel *problemsModel() const { return m_model; }

private:
    void activate(const QModelIndex &index);

    DesignSelection *m_selection;
    ProblemsModel *m_model;
};

} // namespace gw::views
