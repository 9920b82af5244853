// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;

namespace gw {

namespace views {
class CodeView;
}

/**
 * A file that does not read as manifests, opened for repair instead of being refused: its text
 * in an editor with every error underlined at its line (the message on hover and below), and
 * Open once it reads. The design that was open stays as it is until then. Save and Open writes
 * the repaired text to the file first; Open loads it as an unsaved change of that file.
 */
class BrokenFileDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * \a check reads a text as the file would be read and returns its diagnostics (errors mean it
     * cannot be opened yet).
     */
    BrokenFileDialog(const QString &path, const QByteArray &text, const Diagnostics &diagnostics,
                     std::function<Diagnostics(const QByteArray &)> check, QWidget *parent = nullptr);

    views::CodeView *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveAndOpenButton() const { return m_saveAndOpen; }
    /** The text as the user left it. */
    QByteArray text() const;
    /** Whether the user chose Save and Open. */
    bool saveRequested() const { return m_save; }
    /** Reads the text again and shows its errors; true when it can be opened. */
    bool check();

private:
    void finish(bool save);
    void showDiagnostics(const Diagnostics &diagnostics);

    std::function<Diagnostics(const QByteArray &)> m_check;
    views::CodeView *m_editor;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_saveAndOpen;
    bool m_save = false;
};

} // namespace gw
