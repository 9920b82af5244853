// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/problems/problemsview.h"

#include "core/design.h"
#include "views/common/designselection.h"
#include "views/preview/previewsession.h"
#include "views/problems/problemsmodel.h"

#include <QHeaderView>
#include <QPainter>

namespace gw::views {

ProblemsView::ProblemsView(PreviewSession *session, DesignSelection *selection, QWidget *parent)
    : QTreeView(parent)
    , m_selection(selection)
    , m_session(session)
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

QString ProblemsView::placeholderText() const
{
    if (m_session->design()->resources().empty())
        return tr("No problems: the design is empty.");
    if (!m_session->provider())
        return tr("No problems found while loading (this build has no NGF engine to check the status).");
    return tr("No problems");
}

void ProblemsView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!model() || model()->rowCount() > 0)
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap,
               placeholderText());
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
