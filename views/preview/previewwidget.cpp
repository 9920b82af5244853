// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/previewwidget.h"

#include "core/design.h"
#include "views/common/designselection.h"
#include "views/preview/codeview.h"
#include "views/preview/findbar.h"
#include "views/preview/previewsession.h"
#include "views/preview/profilebar.h"
#include "views/preview/syntaxhighlighting.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::views {

PreviewWidget::PreviewWidget(PreviewSession *session, DesignSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
    , m_profileBar(new ProfileBar(session, this))
    , m_view(new CodeView(this))
    , m_findBar(new FindBar(m_view, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("previewWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_profileBar);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_status);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setReadOnly(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Generated nginx configuration"));
    m_view->setObjectName(QStringLiteral("nginxPreview"));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = SyntaxHighlighting::attach(m_view->document(), SyntaxHighlighting::Language::Nginx);

    connect(session, &PreviewSession::updated, this, &PreviewWidget::sessionUpdated);
    connect(selection, &DesignSelection::currentChanged, this, &PreviewWidget::selectionChanged);
    connect(m_view, &CodeView::lineActivated, this, &PreviewWidget::lineActivated);
    sessionUpdated();
}

void PreviewWidget::sessionUpdated()
{
    m_view->setText(m_session->listing());
    m_view->setChangedLines(m_session->changedLines(), m_session->removedBefore());
    // Keep the view where the user is, unless a selection is waiting for its lines to exist.
    const std::vector<int> marked = m_session->linesOf(m_selection->resource());
    m_view->setMarkedLines(marked, m_scrollPending && !marked.empty());
    if (!marked.empty())
        m_scrollPending = false;
    // After an edit, show what it changed: the first changed line, unless one is in view already.
    const std::vector<int> starts = m_view->changeStarts();
    if (!starts.empty()) {
        const int first = m_view->firstVisibleLine();
        const int visible = m_view->viewport()->height() / std::max(1, m_view->fontMetrics().height());
        const bool inView = std::any_of(starts.begin(), starts.end(),
                                        [&](int line) { return line >= first && line < first + visible; });
        if (!inView)
            m_view->goToLine(starts.front());
    }
    if (!m_session->provider()) {
        m_status->setText(tr("No nginx preview: this build has no NGF engine."));
        m_view->setPlaceholderText(tr("The configuration NGINX Gateway Fabric would generate appears here."));
        return;
    }
    const PreviewResult &result = m_session->result();
    if (result.files.empty()) {
        QString why = tr("Nothing to preview.");
        if (!result.diagnostics.empty())
            why = result.diagnostics.front().message;
        m_status->setText(why);
        return;
    }
    const int changed = int(m_session->changedLines().size());
    QString text = tr("%n file(s), %1 lines", nullptr, int(result.files.size())).arg(m_session->lineCount());
    if (changed > 0)
        text += QStringLiteral(" · ") + tr("%n line(s) changed", nullptr, changed);
    m_status->setText(text);
}

void PreviewWidget::selectionChanged(ResourceId resource)
{
    // The click that made this selection must not scroll the view away from the clicked line.
    const std::vector<int> lines = m_session->linesOf(resource);
    m_view->setMarkedLines(lines, !m_selecting);
    // Selected before the preview has its lines (at start-up): scroll when they come.
    m_scrollPending = resource != 0 && lines.empty();
}

void PreviewWidget::lineActivated(int line)
{
    const SourceRef origin = m_session->lineOrigin(line);
    if (!origin.resource)
        return;
    m_selecting = true;
    m_selection->select(origin.resource, origin.field);
    m_selecting = false;
}

void PreviewWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        SyntaxHighlighting::updateTheme(m_highlighter);
}

} // namespace gw::views
