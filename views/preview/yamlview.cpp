// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/yamlview.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "views/common/designselection.h"
#include "views/common/theme.h"
#include "views/preview/codeview.h"
#include "views/preview/syntaxhighlighting.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace gw::views {

YamlView::YamlView(DesignSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_view(new CodeView(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("yamlView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_title->setContentsMargins(6, 4, 6, 4);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    m_message->setContentsMargins(6, 2, 6, 2);
    m_message->setWordWrap(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("YAML of the selected resource"));
    m_view->setObjectName(QStringLiteral("yamlEditor"));
    m_view->installEventFilter(this);
    m_highlighter = SyntaxHighlighting::attach(m_view->document(), SyntaxHighlighting::Language::Yaml);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(700);
    connect(&m_applyTimer, &QTimer::timeout, this, &YamlView::apply);
    connect(m_view, &QPlainTextEdit::textChanged, this, &YamlView::textEdited);
    connect(selection, &DesignSelection::currentChanged, this, [this](ResourceId id) { show(id); });
    connect(selection->design(), &Design::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset || event.document == m_document)
            reload();
    });
    show(selection->resource());
}

void YamlView::show(ResourceId resource)
{
    const Resource *r = m_selection->design()->resource(resource);
    const DocumentId document = r ? r->document : 0;
    if (document == m_document && !m_dirty)
        return;
    if (m_dirty && m_document)
        apply(); // leaving the document: keep what can be kept
    m_document = document;
    m_dirty = false;
    reload();
}

void YamlView::reload()
{
    if (m_dirty)
        return; // never overwrite what the user is typing
    const Design *design = m_selection->design();
    const DesignDocument *doc = design->document(m_document);
    m_loading = true;
    if (!doc) {
        m_document = 0;
        m_view->setText(QString());
        m_view->setReadOnly(true);
        m_title->setText(tr("Select a resource to see its YAML."));
        showMessage(QString(), false);
    } else {
        m_view->setReadOnly(false);
        const std::string &text = doc->yaml->text();
        const QString qtext = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (qtext != m_view->toPlainText()) {
            // Keep the cursor where it was (an edit elsewhere, or undo).
            const int position = m_view->textCursor().position();
            m_view->setText(qtext);
            QTextCursor c = m_view->textCursor();
            c.setPosition(std::min(position, int(qtext.size())));
            m_view->setTextCursor(c);
        }
        const Resource *r = design->resource(m_selection->resource());
        const int file = design->fileOf(m_document);
        QString where = file >= 0 ? QFileInfo(design->file(file).path).fileName() : QString();
        if (where.isEmpty())
            where = tr("unsaved text");
        m_title->setText(tr("<b>%1</b> &nbsp;·&nbsp; %2")
                             .arg((r ? r->displayName() : QString()).toHtmlEscaped(), where.toHtmlEscaped()));
        m_view->setErrors({});
        showMessage(tr("Edits apply when you pause typing."), false);
    }
    m_loading = false;
}

void YamlView::textEdited()
{
    if (m_loading || !m_document)
        return;
    m_dirty = true;
    m_applyTimer.start();
}

bool YamlView::apply()
{
    m_applyTimer.stop();
    if (!m_dirty || !m_document)
        return true;
    Design *design = m_selection->design();
    const DesignDocument *doc = design->document(m_document);
    if (!doc) {
        m_dirty = false;
        return false;
    }
    DesignEditor editor(design);
    const QByteArray text = m_view->toPlainText().toUtf8();
    if (editor.replaceDocumentText(m_document, std::string(text.constData(), size_t(text.size())))) {
        m_dirty = false;
        reload(); // the title may have changed (a rename)
        return true;
    }
    // Show every error at its line (messages carry file lines; the view shows document lines).
    const yaml::TextOrigin &origin = doc->yaml->origin();
    std::vector<CodeView::LineError> errors;
    for (const Diagnostic &d : editor.lastDiagnostics()) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        int line = 0;
        if (d.location.isValid()) {
            line = d.location.line - origin.firstLine;
            if (!origin.lineMap.empty()) {
                const auto it = std::find(origin.lineMap.begin(), origin.lineMap.end(), d.location.line);
                line = it == origin.lineMap.end() ? 0 : int(it - origin.lineMap.begin());
            }
        }
        QString message = d.message;
        if (!d.field.isEmpty())
            message = d.field + QStringLiteral(": ") + message;
        errors.push_back({std::max(0, line), std::max(0, d.location.column - 1), message});
    }
    if (errors.empty())
        errors.push_back({0, 0, editor.lastError()});
    m_view->setErrors(errors);
    showMessage(tr("Not applied: %1").arg(errors.front().message), true);
    return false;
}

void YamlView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 error ? Theme::errorColor(palette()) : palette().color(QPalette::PlaceholderText));
    m_message->setPalette(pal);
}

bool YamlView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusOut && m_dirty)
        apply();
    return QWidget::eventFilter(watched, event);
}

void YamlView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        SyntaxHighlighting::updateTheme(m_highlighter);
}

} // namespace gw::views
