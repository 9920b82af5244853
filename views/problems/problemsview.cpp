// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/problems/problemsview.h"

#include "views/common/designselection.h"
#include "views/problems/problemsmodel.h"

#include <QHeaderView>

namespace gw::views {

ProblemsView::ProblemsView(PreviewSession *session, DesignSelection *selection, QWidget *parent)
    : QTreeView(parent)
    , m_selection(selection)
    , m_model(new ProblemsModel(session, this))
{
    setObjectName(QStringLiteral("problemsView"));
    setAccessibleName(tr("Problems"));
    setModel(m_model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header()->resizeSection(ProblemsModel::ResourceColumn, 200);
    header()->resizeSection(ProblemsModel::FieldColumn, 220);
    header()->resizeSection(ProblemsModel::LocationColumn, 120);
    connect(this, &QAbstractItemView::activated, this, &ProblemsView::activate);
    connect(this, &QAbstractItemView::clicked, this, &ProblemsView::activate);
}

void ProblemsView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto resource = index.data(ProblemsModel::ResourceIdRole).value<quint64>();
    if (!resource)
        return;
    const auto field = yaml::Path::parse(index.data(ProblemsModel::FieldRole).toString().toStdString());
    m_selection->select(resource, field.value_or(yaml::Path()));
}

} // namespace gw::views
