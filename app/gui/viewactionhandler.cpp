// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/viewactionhandler.h"

#include "gui/prompts.h"
#include "gui/settings.h"
#include "views/canvas/topologyview.h"
#include "views/common/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

namespace gw {

using views::Icons;
using views::Theme;

ViewActionHandler::ViewActionHandler(views::TopologyView *canvas, Settings *settings, Prompts *prompts,
                                     QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_window(window)
    , m_zoomIn(new QAction(Icons::icon(QStringLiteral("zoom-in")), QString(), this))
    , m_zoomOut(new QAction(Icons::icon(QStringLiteral("zoom-out")), QString(), this))
    , m_zoomReset(new QAction(Icons::icon(QStringLiteral("zoom-original")), QString(), this))
    , m_fit(new QAction(Icons::icon(QStringLiteral("zoom-fit-best")), QString(), this))
    , m_export(new QAction(Icons::icon(QStringLiteral("document-export")), QString(), this))
    , m_schemeMenu(new QMenu(window))
    , m_schemes(new QActionGroup(this))
{
    m_zoomIn->setShortcuts(QKeySequence::ZoomIn);
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_zoomIn, &QAction::triggered, canvas, &views::TopologyView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, canvas, &views::TopologyView::zoomOut);
    connect(m_zoomReset, &QAction::triggered, canvas, &views::TopologyView::resetZoom);
    connect(m_fit, &QAction::triggered, canvas, &views::TopologyView::fitToWindow);
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path =
            m_prompts->saveFileName(m_window, QDir::home().filePath(QStringLiteral("topology.png")),
                                    tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        QString error;
        if (m_canvas->exportTo(path, &error))
            Q_EMIT statusMessage(tr("Exported the topology to %1").arg(QFileInfo(path).fileName()));
        else
            m_prompts->error(m_window, tr("Cannot Export"), error);
    });
    const Theme::Scheme schemes[] = {Theme::Scheme::System, Theme::Scheme::Light, Theme::Scheme::Dark};
    for (Theme::Scheme s : schemes) {
        QAction *a = m_schemeMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(int(s));
        m_schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, s] {
            setScheme(s);
            m_settings->setColorScheme(s);
        });
    }
    const Theme::Scheme current = m_settings->colorScheme();
    for (QAction *a : m_schemes->actions())
        a->setChecked(a->data().toInt() == int(current));
    retranslate();
}

void ViewActionHandler::setScheme(Theme::Scheme scheme)
{
    Theme::apply(scheme);
    for (QAction *a : m_schemes->actions())
        a->setChecked(a->data().toInt() == int(scheme));
}

void ViewActionHandler::retranslate()
{
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Actual Size"));
    m_fit->setText(tr("&Fit Topology"));
    m_fit->setToolTip(tr("Zoom the topology to fit the window"));
    m_export->setText(tr("&Export Topology…"));
    m_export->setToolTip(tr("Save the topology as a PNG image or an SVG drawing"));
    m_schemeMenu->setTitle(tr("&Colors"));
    const QString names[] = {tr("Follow the &System"), tr("&Light"), tr("&Dark")};
    const auto actions = m_schemes->actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        actions[i]->setText(names[i]);
}

} // namespace gw
