// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace gw::views {

/**
 * A frame in the highlight colour around a panel while it has the keyboard focus, for the panels
 * drawn without a frame of their own (the canvas, the resource tree, the code views, the problems),
 * so that the keyboard user always sees where the keys go. An overlay child that takes no mouse
 * events and follows the panel's size.
 */
class FocusFrame : public QWidget
{
    Q_OBJECT

public:
    /** Gives \a target a focus frame (owned by it). */
    static FocusFrame *install(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusFrame(QWidget *target);
    void follow();

    QWidget *m_target;
};

} // namespace gw::views
