// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace gw {

namespace {

QString plain(QString text)
{
    // "&Save As…" -> "Save As…" ("&&" is a literal ampersand).
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            auto *sub = new QTreeWidgetItem(parent, {plain(a->text())});
            addMenu(sub, a->menu());
            if (sub->childCount() == 0)
                delete sub;
            continue;
        }
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        new QTreeWidgetItem(parent, {plain(a->text()), keysOf(a)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    layout->addWidget(m_filter);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    for (QAction *top : menuBar->actions()) {
        if (!top->menu())
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {plain(top->text())});
        addMenu(item, top->menu());
        if (item->childCount() == 0)
            delete item;
    }
    // Keys of the views themselves (no menu entry).
    const struct
    {
        QString group;
        QString command;
        QString keys;
    } viewKeys[] = {
        {tr("Canvas"), tr("Select the next node up, down, to the left or right"), tr("Arrow keys")},
        {tr("Canvas"), tr("Edit the selected node's properties"), tr("Return")},
        {tr("Canvas"), tr("Menu of the selected node"), tr("Menu key, Shift+F10")},
        {tr("Canvas"), tr("Zoom"), tr("Ctrl+wheel")},
        {tr("Preview and YAML"), tr("Next and previous match in the find bar"), tr("Return, Shift+Return")},
        {tr("Preview and YAML"), tr("Close the find bar"), tr("Escape")},
        {tr("Panels"), tr("Next and previous panel or field"), tr("Tab, Shift+Tab")},
        {tr("Timeline"), tr("Select the previous or next event"), tr("Up, Down")},
        {tr("Timeline"), tr("Move the selected event by a step"), tr("Left, Right")},
        {tr("Timeline"), tr("Delete the selected event"), tr("Delete")},
    };
    QTreeWidgetItem *group = nullptr;
    for (const auto &k : viewKeys) {
        if (!group || group->text(0) != k.group)
            group = new QTreeWidgetItem(m_tree, {k.group});
        new QTreeWidgetItem(group, {k.command, k.keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(620, 640);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        bool any = false;
        // Two levels at most: menu -> (submenu ->) command.
        const std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
            bool shown = false;
            for (int c = 0; c < item->childCount(); ++c) {
                QTreeWidgetItem *child = item->child(c);
                const bool match = child->childCount() > 0
                    ? visit(child)
                    : text.isEmpty() || child->text(0).contains(text, Qt::CaseInsensitive) ||
                        child->text(1).contains(text, Qt::CaseInsensitive);
                child->setHidden(!match);
                shown = shown || match;
            }
            return shown;
        };
        any = visit(group);
        group->setHidden(!any);
    }
}

} // namespace gw
