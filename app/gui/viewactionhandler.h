// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/theme.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace gw {

class Prompts;
class Settings;

namespace views {
class TopologyView;
}

/**
 * The View menu: zoom of the topology canvas (in, out, 100 %, fit), its export as PNG or SVG,
 * and the colour scheme (follow the system, light, dark).
 */
class ViewActionHandler : public QObject
{
    Q_OBJECT

public:
    ViewActionHandler(views::TopologyView *canvas, Settings *settings, Prompts *prompts, QWidget *window);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *fitAction() const { return m_fit; }
    QAction *exportAction() const { return m_export; }
    QMenu *schemeMenu() const { return m_schemeMenu; }

    void setScheme(views::Theme::Scheme scheme);
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    views::TopologyView *m_canvas;
    Settings *m_settings;
    Prompts *m_prompts;
    QWidget *m_window;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_fit;
    QAction *m_export;
    QMenu *m_schemeMenu;
    QActionGroup *m_schemes;
};

} // namespace gw
