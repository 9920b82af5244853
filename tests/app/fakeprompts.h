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
    QStringList openFileNames(QWidget *, const QString &) override { return openAnswer; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return saveAnswer; }
    void error(QWidget *, const QString &title, const QString &message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
};

} // namespace gw::test
