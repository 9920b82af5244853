// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QWidget>

class QLabel;
class QSyntaxHighlighter;

namespace gw::views {

class CodeView;
class DesignSelection;
class FindBar;
class PreviewSession;
class ProfileBar;

/**
 * The live nginx preview: the profile bar above the files NGF would write, listed as `nginx -T`
 * lists them and highlighted. Lines the last edit changed carry a bar in the gutter; the lines the
 * selected resource produced have a background and are scrolled into view; clicking a line selects
 * the resource and field it came from. After an edit the view scrolls to the first changed line
 * when none of them is in view; a find bar sits under the text.
 */
class PreviewWidget : public QWidget
{
    Q_OBJECT

public:
    PreviewWidget(PreviewSession *session, DesignSelection *selection, QWidget *parent = nullptr);

    CodeView *codeView() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    ProfileBar *profileBar() const { return m_profileBar; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void sessionUpdated();
    void selectionChanged(ResourceId resource);
    void lineActivated(int line);

    PreviewSession *m_session;
    DesignSelection *m_selection;
    ProfileBar *m_profileBar;
    CodeView *m_view;
    FindBar *m_findBar;
    QLabel *m_status;
    QSyntaxHighlighter *m_highlighter;
    bool m_selecting = false;
    bool m_scrollPending = false;
};

} // namespace gw::views
