// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/prompts.h"

namespace gw::test {

/** Answers the application's questions as a test says, and counts them. */
class FakePrompts : public Prompts
{
public:
    Answer unsavedAnswer = Answer::Cancel;
    bool reloadAnswer = true;
    QStringList openAnswer;
    QString saveAnswer;
    QString lastSaveCaption;
    /// repairFile(): the text to answer with (nothing: give up), and whether to save it
    std::optional<QByteArray> repairAnswer;
    bool repairSave = false;
    int repairAsked = 0;
    Diagnostics repairDiagnostics; ///< what repairFile() was shown
    Diagnostics repairCheck; ///< what the check said about repairAnswer
    int unsavedAsked = 0;
    int reloadAsked = 0;
    QStringList errors;

    Answer unsavedChanges(QWidget *, const QString &) override
    {
        ++unsavedAsked;
        return unsavedAnswer;
    }
    bool reloadChangedFile(QWidget *, const QString &) override
    {
        ++reloadAsked;
        return reloadAnswer;
    }
    bool recover(QWidget *, const QStringList &, const QDateTime &) override { return true; }
    bool carryAnswer = true;
    QString carryAsked;
    bool carryLabels(QWidget *, const QString &labels, const QString &) override
    {
        carryAsked = labels;
        return carryAnswer;
    }
    bool restartAnswer = false;
    QString restartLanguage;
    bool restartForLanguage(QWidget *, const QString &language) override
    {
        restartLanguage = language;
        return restartAnswer;
    }
    QStringList openFileNames(QWidget *, const QString &) override { return openAnswer; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &caption) override
    {
        lastSaveCaption = caption;
        return saveAnswer;
    }
    std::optional<Repair> repairFile(QWidget *, const QString &, const QByteArray &,
                                     const Diagnostics &diagnostics,
                                     const std::function<Diagnostics(const QByteArray &)> &check) override
    {
        ++repairAsked;
        repairDiagnostics = diagnostics;
        if (!repairAnswer)
            return std::nullopt;
        repairCheck = check(*repairAnswer);
        if (hasErrors(repairCheck))
            return std::nullopt; // the dialog would not let it through
        return Repair {*repairAnswer, repairSave};
    }
    void error(QWidget *, const QString &title, const QString &message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
};

} // namespace gw::test
