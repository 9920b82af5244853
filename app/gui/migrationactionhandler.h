// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QWidget;

namespace gw {

class DocumentActionHandler;
class MigrationDialog;
class Prompts;
struct MigrationRequest;

namespace views {
class MigrationView;
}

/**
 * File ▸ Import ▸ Migrate from ingress-nginx…: asks for the Ingresses and the options
 * (MigrationDialog), converts them with migrate::IngressConverter, the engine of `gwstudio migrate`,
 * opens the result as a new, unsaved design (after asking about unsaved changes; every edit after
 * it is undoable as usual) and shows the report and the before/after in the Migration dock.
 */
class MigrationActionHandler : public QObject
{
    Q_OBJECT

public:
    MigrationActionHandler(views::MigrationView *view, QDockWidget *dock, DocumentActionHandler *documents,
                           Prompts *prompts, QWidget *window);

    QAction *migrateAction() const { return m_migrate; }
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    /** A dialog whose Convert runs migrate() (deleted when closed). */
    MigrationDialog *createDialog();
    /**
     * Reads the files, converts them and opens the result; an empty string, or why nothing was
     * opened (a file that does not read, no Ingress, the user kept the design with unsaved changes).
     */
    QString migrate(const MigrationRequest &request);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    views::MigrationView *m_view;
    QDockWidget *m_dock;
    DocumentActionHandler *m_documents;
    Prompts *m_prompts;
    QWidget *m_window;
    QAction *m_migrate;
};

} // namespace gw
