// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace gw {

/**
 * "Import from Text": a box to paste manifests into, straight from documentation, including
 * `kubectl apply -f - <<EOF ... EOF` snippets. Stays open with the message when the text cannot
 * be imported.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a import tries the text and returns an empty string, or the reason it failed. */
    ImportDialog(std::function<QString(const QByteArray &)> import, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    void accept() override;

private:
    std::function<QString(const QByteArray &)> m_import;
    QPlainTextEdit *m_editor;
    QLabel *m_message;
};

} // namespace gw
