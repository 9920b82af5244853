// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/prompts.h"

#include "gui/brokenfiledialog.h"

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

QString Prompts::saveFileName(QWidget *parent, const QString &suggestion, const QString &filter,
                              const QString &caption)
{
    return QFileDialog::getSaveFileName(parent, caption.isEmpty() ? tr("Save As") : caption, suggestion,
                                        filter);
}

bool Prompts::carryLabels(QWidget *parent, const QString &labels, const QString &newName)
{
    QMessageBox box(QMessageBox::Question, tr("Carry the Labels Along?"),
                    tr("The Pods and Services are still linked by %1.").arg(labels), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(
        tr("Change these labels to %1 as well? (One undo step; the link stays as it is.)").arg(newName));
    QPushButton *carry = box.addButton(tr("&Change Labels"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Them"), QMessageBox::RejectRole);
    box.setDefaultButton(carry);
    box.exec();
    return box.clickedButton() == carry;
}

bool Prompts::restartForLanguage(QWidget *parent, const QString &language)
{
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("Gateway Studio will speak %1 from its next start.").arg(language),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Restart now? You are asked about unsaved changes first."));
    QPushButton *now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == now;
}

std::optional<Prompts::Repair>
Prompts::repairFile(QWidget *parent, const QString &path, const QByteArray &text,
                    const Diagnostics &diagnostics,
                    const std::function<Diagnostics(const QByteArray &)> &check)
{
    BrokenFileDialog dialog(path, text, diagnostics, check, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Repair {dialog.text(), dialog.saveRequested()};
}

void Prompts::error(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::critical(parent, title, message);
}

} // namespace gw
