// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/textactionhandler.h"

#include "views/common/icons.h"
#include "views/preview/codeview.h"
#include "views/preview/findbar.h"
#include "views/preview/previewwidget.h"
#include "views/preview/yamlview.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>

namespace gw {

using views::Icons;

TextActionHandler::TextActionHandler(views::PreviewWidget *preview, views::YamlView *yaml, QTabWidget *tabs,
                                     QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_yaml(yaml)
    , m_tabs(tabs)
    , m_find(new QAction(Icons::icon(QStringLiteral("edit-find")), QString(), this))
    , m_findNext(new QAction(this))
    , m_findPrevious(new QAction(this))
    , m_nextChange(new QAction(Icons::icon(QStringLiteral("go-down")), QString(), this))
    , m_previousChange(new QAction(Icons::icon(QStringLiteral("go-up")), QString(), this))
{
    m_find->setShortcuts(QKeySequence::Find);
    m_findNext->setShortcuts(QKeySequence::FindNext);
    m_findPrevious->setShortcuts(QKeySequence::FindPrevious);
    // F8 / Shift+F8: next and previous issue or change in Qt Creator and Kate.
    m_nextChange->setShortcut(QKeySequence(Qt::Key_F8));
    m_previousChange->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_find->setObjectName(QStringLiteral("findAction"));
    m_nextChange->setObjectName(QStringLiteral("nextChangeAction"));
    m_previousChange->setObjectName(QStringLiteral("previousChangeAction"));
    connect(m_find, &QAction::triggered, this, &TextActionHandler::find);
    connect(m_findNext, &QAction::triggered, this, [this] {
        Q_EMIT previewNeeded();
        currentFindBar()->findNext(false);
    });
    connect(m_findPrevious, &QAction::triggered, this, [this] {
        Q_EMIT previewNeeded();
        currentFindBar()->findNext(true);
    });
    connect(m_nextChange, &QAction::triggered, this, [this] { nextChange(false); });
    connect(m_previousChange, &QAction::triggered, this, [this] { nextChange(true); });
    retranslate();
}

void TextActionHandler::retranslate()
{
    m_find->setText(tr("&Find…"));
    m_find->setToolTip(tr("Find text in the nginx preview or the YAML"));
    m_findNext->setText(tr("Find &Next"));
    m_findPrevious->setText(tr("Find Pre&vious"));
    m_nextChange->setText(tr("Ne&xt Change"));
    m_nextChange->setToolTip(tr("Go to the next lines of the preview that the last edit changed"));
    m_previousChange->setText(tr("Pre&vious Change"));
    m_previousChange->setToolTip(tr("Go to the previous lines of the preview that the last edit changed"));
}

views::FindBar *TextActionHandler::currentFindBar() const
{
    QWidget *focus = QApplication::focusWidget();
    const bool yamlFocused = focus && (focus == m_yaml || m_yaml->isAncestorOf(focus));
    const bool previewFocused = focus && (focus == m_preview || m_preview->isAncestorOf(focus));
    if (yamlFocused || (!previewFocused && m_tabs->currentWidget() == m_yaml))
        return m_yaml->findBar();
    return m_preview->findBar();
}

void TextActionHandler::find()
{
    Q_EMIT previewNeeded();
    views::FindBar *bar = currentFindBar();
    m_tabs->setCurrentWidget(bar == m_yaml->findBar() ? static_cast<QWidget *>(m_yaml) : m_preview);
    bar->activate();
}

int TextActionHandler::nextChange(bool backward)
{
    Q_EMIT previewNeeded();
    m_tabs->setCurrentWidget(m_preview);
    const int line = m_preview->codeView()->nextChange(backward);
    if (line < 0)
        Q_EMIT statusMessage(tr("The last edit changed nothing in the generated configuration."));
    else
        m_preview->codeView()->setFocus(Qt::ShortcutFocusReason);
    return line;
}

} // namespace gw
