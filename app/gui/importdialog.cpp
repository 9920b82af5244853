// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/importdialog.h"

#include "views/common/theme.h"
#include "views/preview/syntaxhighlighting.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

ImportDialog::ImportDialog(std::function<QString(const QByteArray &)> import, QWidget *parent)
    : QDialog(parent)
    , m_import(std::move(import))
    , m_editor(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Import from Text"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Paste Kubernetes manifests, or a shell snippet with "
                      "<code>kubectl apply -f - &lt;&lt;EOF</code> blocks as documentation shows them:"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Manifests to import"));
    m_editor->setPlainText(QApplication::clipboard()->text());
    views::SyntaxHighlighting::attach(m_editor->document(), views::SyntaxHighlighting::Language::Yaml);
    layout->addWidget(m_editor, 1);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, views::Theme::errorColor(palette()));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

void ImportDialog::accept()
{
    const QString error = m_import(m_editor->toPlainText().toUtf8());
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace gw
