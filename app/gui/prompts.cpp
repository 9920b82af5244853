// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace gw {

Prompts::Answer Prompts::unsavedChanges(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Do you want to save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

bool Prompts::reloadChangedFile(QWidget *parent, const QString &file)
{
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    tr("%1 was changed by another program.").arg(QFileInfo(file).fileName()),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Reload it and lose your unsaved changes, or keep your version?"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Keep My Version"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reload;
}

bool Prompts::recover(QWidget *parent, const QStringList &files, const QDateTime &savedAt)
{
    QStringList names;
    for (const QString &f : files)
        names << (f.isEmpty() ? tr("an unsaved design") : QFileInfo(f).fileName());
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Gateway Studio did not close properly last time."), QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("Changes to %1 were saved automatically at %2. Recover them?")
            .arg(names.join(QStringLiteral(", ")), QLocale().toString(savedAt, QLocale::ShortFormat)));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

QStringList Prompts::openFileNames(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileNames(parent, tr("Open Manifests"), directory,
                                         tr("Kubernetes manifests (*.yaml *.yml);;All files (*)"));
}

QString Prompts::saveFileName(QWidget *parent, const QString &suggestion, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, tr("Save As"), suggestion, filter);
}

void Prompts::error(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace gw
