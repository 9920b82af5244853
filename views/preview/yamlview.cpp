// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/yamlview.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "views/common/designselection.h"
#include "views/common/theme.h"
#include "views/preview/codeview.h"
#include "views/preview/findbar.h"
#include "views/preview/syntaxhighlighting.h"
#include "yaml/document.h"
#include "yaml/node.h"

#include <QEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace gw::views {

YamlView::YamlView(DesignSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_view(new CodeView(this))
    , m_findBar(new FindBar(m_view, this))
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
    layout->addWidget(m_findBar);
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
    // A key typed below a value ("name: gateway" then "s") reads as the value going on: valid
    // YAML, a wrong name. Such text waits until the key is finished.
    const std::string newText(text.constData(), size_t(text.size()));
    const auto parsed = yaml::Document::parse(newText, doc->yaml->origin(), design->limits());
    if (parsed.document) {
        std::vector<CodeView::LineError> runOn = runOnValues(*doc->yaml, *parsed.document);
        if (!runOn.empty()) {
            m_view->setErrors(runOn);
            showMessage(tr("Not applied: %1").arg(runOn.front().message), true);
            return false;
        }
    }
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

namespace {

void collectRunOn(const yaml::Document &doc, const yaml::Node *node, std::vector<const yaml::Node *> &out)
{
    if (!node)
        return;
    if (node->isScalar() && node->scalarStyle == yaml::ScalarStyle::Plain && node->end > node->begin &&
        std::string_view(doc.text())
                .substr(size_t(node->begin), size_t(node->end - node->begin))
                .find('\n') != std::string_view::npos)
        out.push_back(node);
    for (const yaml::Node *child : node->children)
        collectRunOn(doc, child, out);
}

} // namespace

std::vector<CodeView::LineError> YamlView::runOnValues(const yaml::Document &before,
                                                       const yaml::Document &after)
{
    std::vector<const yaml::Node *> old, now;
    collectRunOn(before, before.root(), old);
    collectRunOn(after, after.root(), now);
    std::vector<CodeView::LineError> errors;
    for (const yaml::Node *n : now) {
        // Written that way before the edit: the user's own folded value, not a half-typed key.
        const bool existed =
            std::any_of(old.begin(), old.end(), [n](const yaml::Node *o) { return o->value == n->value; });
        if (existed)
            continue;
        const QString value = QString::fromStdString(n->value);
        const qsizetype space = value.lastIndexOf(u' ');
        const QString tail = space >= 0 ? value.mid(space + 1) : value;
        errors.push_back({n->line + 1, 0,
                          tr("\"%1\" continues the value above, which would read \"%2\": finish a new key "
                             "with ':', or quote a value that goes on")
                              .arg(tail, value)});
    }
    return errors;
}

QString YamlView::indentAfter(const QString &line)
{
    qsizetype spaces = 0;
    while (spaces < line.size() && line[spaces] == u' ')
        ++spaces;
    QString indent(spaces, u' ');
    const QString content = line.mid(spaces);
    // Drop a trailing comment before looking at how the line ends.
    QString code = content;
    if (const qsizetype hash = code.indexOf(QStringLiteral(" #")); hash >= 0)
        code.truncate(hash);
    code = code.trimmed();
    // "- name: x": the item's next key lines up with "name".
    if (content.startsWith(QStringLiteral("- ")))
        indent += QStringLiteral("  ");
    // "rules:" opens a block: one level deeper (two spaces, as kubectl and the cafe write it).
    if (code.endsWith(u':') || code.endsWith(QStringLiteral(": |")) || code.endsWith(QStringLiteral(": >")) ||
        code == u"-")
        indent += QStringLiteral("  ");
    return indent;
}

bool YamlView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusOut && m_dirty)
        apply();
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_view->isReadOnly()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            // Auto-indent: the new line starts where the YAML structure says it goes on.
            QTextCursor c = m_view->textCursor();
            const QString before = c.block().text().left(c.positionInBlock());
            c.insertText(u'\n' + indentAfter(before));
            m_view->setTextCursor(c);
            m_view->ensureCursorVisible();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void YamlView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        SyntaxHighlighting::updateTheme(m_highlighter);
}

} // namespace gw::views
