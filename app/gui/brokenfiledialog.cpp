// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/brokenfiledialog.h"

#include "views/common/theme.h"
#include "views/preview/codeview.h"
#include "views/preview/syntaxhighlighting.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace gw {

BrokenFileDialog::BrokenFileDialog(const QString &path, const QByteArray &text,
                                   const Diagnostics &diagnostics,
                                   std::function<Diagnostics(const QByteArray &)> check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_editor(new views::CodeView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("brokenFileDialog"));
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("Repair %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1 does not read as Kubernetes manifests.</b> Fix the marked lines and "
                                "open it; the design you have open stays as it is until then.")
                                 .arg(name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setToolTip(QDir::toNativeSeparators(path));
    layout->addWidget(intro);
    m_editor->setPlainText(QString::fromUtf8(text));
    m_editor->setAccessibleName(tr("Text of %1").arg(name));
    m_editor->setTabChangesFocus(false);
    views::SyntaxHighlighting::attach(m_editor->document(), views::SyntaxHighlighting::Language::Yaml);
    layout->addWidget(m_editor, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, views::Theme::errorColor(palette()));
    m_message->setPalette(pal);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveAndOpen = buttons->addButton(tr("&Save and Open"), QDialogButtonBox::AcceptRole);
    m_saveAndOpen->setToolTip(tr("Write the repaired text to %1, then open it").arg(name));
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setToolTip(tr("Open the repaired text as an unsaved change of %1").arg(name));
    connect(m_saveAndOpen, &QPushButton::clicked, this, [this] { finish(true); });
    connect(m_open, &QPushButton::clicked, this, [this] { finish(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &BrokenFileDialog::reject);
    layout->addWidget(buttons);

    // Check again when the typing pauses: the marks follow the repair.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(400);
    connect(timer, &QTimer::timeout, this, &BrokenFileDialog::check);
    connect(m_editor, &QPlainTextEdit::textChanged, timer, qOverload<>(&QTimer::start));
    showDiagnostics(diagnostics);
    resize(820, 600);
    // Start at the first error.
    if (!m_editor->errors().empty())
        m_editor->goToLine(m_editor->errors().front().line);
    m_editor->setFocus();
}

QByteArray BrokenFileDialog::text() const
{
    return m_editor->toPlainText().toUtf8();
}

void BrokenFileDialog::showDiagnostics(const Diagnostics &diagnostics)
{
    std::vector<views::CodeView::LineError> errors;
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        const int line = d.location.isValid() ? d.location.line - 1 : 0;
        QString message = d.message;
        if (!d.field.isEmpty())
            message = d.field + QStringLiteral(": ") + message;
        if (!d.resource.isEmpty())
            message = d.resource + QStringLiteral(": ") + message;
        errors.push_back({line, std::max(0, d.location.column - 1), message});
        lines << tr("Line %1: %2").arg(line + 1).arg(message);
    }
    m_editor->setErrors(errors);
    m_message->setText(lines.isEmpty() ? tr("The text reads well now: open it.") : lines.join(u'\n'));
    m_open->setEnabled(lines.isEmpty());
    m_saveAndOpen->setEnabled(lines.isEmpty());
    m_open->setDefault(lines.isEmpty());
}

bool BrokenFileDialog::check()
{
    const Diagnostics diagnostics = m_check(text());
    showDiagnostics(diagnostics);
    return !hasErrors(diagnostics);
}

void BrokenFileDialog::finish(bool save)
{
    if (!check())
        return;
    m_save = save;
    accept();
}

} // namespace gw
