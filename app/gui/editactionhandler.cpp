// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editactionhandler.h"

#include "core/design.h"
#include "gui/documentactionhandler.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"
#include "views/tree/resourceactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWidget>

namespace gw {

using views::Icons;

EditActionHandler::EditActionHandler(views::DesignSelection *selection, DocumentActionHandler *documents,
                                     views::ResourceActions *resources, QWidget *window)
    : QObject(window)
    , m_selection(selection)
    , m_documents(documents)
    , m_undoGroup(new QUndoGroup(this))
    , m_undo(m_undoGroup->createUndoAction(this))
    , m_redo(m_undoGroup->createRedoAction(this))
    , m_paste(new QAction(Icons::icon(QStringLiteral("edit-paste")), QString(), this))
    , m_resources(resources)
{
    m_undoGroup->addStack(selection->design()->undoStack());
    m_undoGroup->setActiveStack(selection->design()->undoStack());
    m_undo->setIcon(Icons::icon(QStringLiteral("edit-undo")));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setIcon(Icons::icon(QStringLiteral("edit-redo")));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_paste->setShortcuts(QKeySequence::Paste);
    // Text fields keep their own Ctrl+V; elsewhere it imports the clipboard's manifests.
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_paste, &QAction::triggered, this, &EditActionHandler::paste);
    connect(m_resources, &views::ResourceActions::failed, this, &EditActionHandler::statusMessage);
    retranslate();
}

void EditActionHandler::retranslate()
{
    // QUndoStack keeps the texts of Undo and Redo up to date ("Undo Rename ..."); the toolbar
    // shows them as tooltips, so they get no fixed tooltip here.
    m_paste->setText(tr("&Paste Manifests"));
    m_paste->setToolTip(tr("Import the manifests on the clipboard"));
    m_resources->retranslate();
}

bool EditActionHandler::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("The clipboard holds no text to import."));
        return false;
    }
    return m_documents->importText(text.toUtf8());
}

} // namespace gw
