// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/findbar.h"

#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/preview/codeview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace gw::views {

FindBar::FindBar(CodeView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Search the text"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find"));
    m_previous->setIcon(Icons::icon(QStringLiteral("go-up")));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setIcon(Icons::icon(QStringLiteral("go-down")));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setIcon(Icons::icon(QStringLiteral("window-close")));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    for (QToolButton *b : {m_previous, m_next, m_close})
        b->setAutoRaise(true);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(9999).arg(9999)));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_count);
    layout->addWidget(m_close);
    m_edit->installEventFilter(this);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_case, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_edit->setText(selected);
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    search();
}

void FindBar::search()
{
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    m_view->setSearch(isHidden() ? QString() : m_edit->text(), flags);
    int current = 0;
    if (m_view->matchCount() > 0) {
        // Search from where the reader is: the first match at or after the top of the view.
        QTextCursor c = m_view->cursorForPosition(QPoint(0, 0));
        m_view->setTextCursor(c);
        current = m_view->findNext(false);
    }
    updateCount(current);
}

int FindBar::findNext(bool backward)
{
    if (isHidden() || m_edit->text().isEmpty()) {
        activate();
        return m_view->currentMatch();
    }
    const int current = m_view->findNext(backward);
    updateCount(current);
    return current;
}

void FindBar::updateCount(int current)
{
    const int total = m_view->matchCount();
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Base, palette().color(QPalette::Base));
    if (m_edit->text().isEmpty()) {
        m_count->clear();
    } else if (total == 0) {
        m_count->setText(tr("No matches"));
        pal.setColor(QPalette::Base,
                     Theme::mix(palette().color(QPalette::Base), Theme::errorColor(palette()), 0.25));
    } else {
        m_count->setText(tr("%1 of %2").arg(current).arg(total));
    }
    m_edit->setPalette(pal);
}

void FindBar::close()
{
    hide();
    m_view->setSearch(QString());
    m_count->clear();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gw::views
