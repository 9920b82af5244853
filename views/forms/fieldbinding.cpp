// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/fieldbinding.h"

#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/forms/formcontext.h"
#include "views/forms/pickercombobox.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace gw::views {

namespace {

/** The entry of an optional combo box that stands for "not written". */
QString unsetLabel(const FieldSpec &spec)
{
    return spec.defaultText.isEmpty()
        ? QCoreApplication::translate("gw::views::FieldBinding", "(not set)")
        : QCoreApplication::translate("gw::views::FieldBinding", "(default: %1)").arg(spec.defaultText);
}

} // namespace

FieldBinding::FieldBinding(FormScope *scope, yaml::Path relative, FieldSpec spec, QWidget *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_relative(std::move(relative))
    , m_spec(std::move(spec))
{
    createEditor(parent);
    m_error = new QLabel(parent);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    connect(scope->context(), &FormContext::refreshed, this, &FieldBinding::refresh);
    connect(scope, &FormScope::moved, this, [this] {
        showError(QString()); // another item: its own value, no stale message
        refresh();
        Q_EMIT pathChanged();
    });
    refresh();
}

yaml::Path FieldBinding::path() const
{
    return m_scope->path() + m_relative;
}

bool FieldBinding::isActive() const
{
    return m_scope->isActive();
}

void FieldBinding::createEditor(QWidget *parent)
{
    switch (m_spec.type) {
    case FieldSpec::Type::Integer: {
        auto *spin = new QSpinBox(parent);
        // One step below the minimum stands for "not written" when the field is optional.
        spin->setRange(m_spec.optional ? m_spec.minimum - 1 : m_spec.minimum, m_spec.maximum);
        if (m_spec.optional)
            spin->setSpecialValueText(unsetLabel(m_spec));
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
            if (!m_refreshing)
                commit(m_spec.optional && value == spin->minimum() ? QString() : QString::number(value));
        });
        m_editor = spin;
        break;
    }
    case FieldSpec::Type::Choice:
    case FieldSpec::Type::Boolean: {
        auto *combo = new QComboBox(parent);
        if (m_spec.optional)
            combo->addItem(unsetLabel(m_spec), QString());
        for (const QString &c : std::as_const(m_spec.choices))
            combo->addItem(c, c);
        connect(combo, &QComboBox::activated, this,
                [this, combo](int index) { commit(combo->itemData(index).toString()); });
        m_editor = combo;
        break;
    }
    case FieldSpec::Type::Reference: {
        auto *picker = new PickerComboBox(parent);
        if (!m_spec.placeholder.isEmpty())
            picker->lineEdit()->setPlaceholderText(m_spec.placeholder);
        else if (!m_spec.defaultText.isEmpty())
            picker->lineEdit()->setPlaceholderText(
                QCoreApplication::translate("gw::views::FieldBinding", "default: %1")
                    .arg(m_spec.defaultText));
        picker->setSuggestions(
            [this] { return m_spec.suggest ? m_spec.suggest(*m_scope->context(), path()) : QStringList(); });
        connect(picker, &PickerComboBox::textEdited, this, [this](const QString &text) { commit(text); });
        m_editor = picker;
        break;
    }
    case FieldSpec::Type::String:
    case FieldSpec::Type::IntOrString: {
        if (m_spec.multiLine) {
            auto *text = new QPlainTextEdit(parent);
            text->setTabChangesFocus(true);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            if (!m_spec.placeholder.isEmpty())
                text->setPlaceholderText(m_spec.placeholder);
            const int line = text->fontMetrics().lineSpacing();
            text->setMinimumHeight(line * 4 + 12);
            text->setMaximumHeight(line * 10 + 12);
            connect(text, &QPlainTextEdit::textChanged, this, [this, text] {
                if (!m_refreshing)
                    commit(text->toPlainText());
            });
            m_editor = text;
            break;
        }
        auto *edit = new QLineEdit(parent);
        edit->setClearButtonEnabled(m_spec.optional);
        if (!m_spec.placeholder.isEmpty())
            edit->setPlaceholderText(m_spec.placeholder);
        else if (!m_spec.defaultText.isEmpty())
            edit->setPlaceholderText(QCoreApplication::translate("gw::views::FieldBinding", "default: %1")
                                         .arg(m_spec.defaultText));
        connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) { commit(text); });
        m_editor = edit;
        break;
    }
    }
}

QString FieldBinding::text() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        return m_spec.optional && spin->value() == spin->minimum() ? QString()
                                                                   : QString::number(spin->value());
    if (auto *picker = qobject_cast<PickerComboBox *>(m_editor))
        return picker->text();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor))
        return edit->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(m_editor))
        return text->toPlainText();
    return {};
}

void FieldBinding::setEditorText(const QString &text)
{
    m_refreshing = true;
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        bool ok = false;
        const int v = text.toInt(&ok);
        const QSignalBlocker blocker(spin);
        spin->setValue(ok ? v : spin->minimum());
    } else if (auto *picker = qobject_cast<PickerComboBox *>(m_editor)) {
        picker->setText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        int index = combo->findData(text);
        if (index < 0) {
            // A value the list does not offer (written by hand): show it as it is.
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        if (edit->text() != text) {
            const int cursor = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(std::min(cursor, int(text.size())));
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(m_editor)) {
        if (plain->toPlainText() != text) {
            const int cursor = plain->textCursor().position();
            plain->setPlainText(text);
            QTextCursor c = plain->textCursor();
            c.setPosition(std::min(cursor, int(text.size())));
            plain->setTextCursor(c);
        }
    }
    m_refreshing = false;
}

void FieldBinding::refresh()
{
    FormContext *context = m_scope->context();
    const bool active = context->resource() && m_scope->isActive();
    m_editor->setEnabled(active);
    if (!active) {
        setEditorText(QString());
        showError(QString());
        return;
    }
    // Keep what the user is typing while it is refused: the message says why.
    if (hasError() && m_editor->hasFocus())
        return;
    const QString value = context->scalar(path()).value_or(QString());
    setEditorText(value);
    showError(QString());
    Q_EMIT valueChanged(value);
}

bool FieldBinding::commit(const QString &text)
{
    FormContext *context = m_scope->context();
    if (!context->resource() || !m_scope->isActive())
        return false;
    const yaml::Path target = path();
    const std::optional<QString> current = context->scalar(target);
    bool ok = true;
    if (text.isEmpty() && m_spec.optional) {
        ok = context->remove(target);
    } else if (!current || *current != text || !context->node(target)) {
        QString error;
        const auto value = m_spec.toValue(text, &error);
        if (!value) {
            showError(error);
            return false;
        }
        if (!m_spec.companions.empty() && !context->node(target.parent())) {
            // A new parent: the fields the CRD requires with this one come along, in one step.
            std::vector<FormContext::Edit> edits {{target, *value}};
            for (const auto &[key, companion] : m_spec.companions)
                edits.push_back({target.parent() / key, companion});
            ok = context->apply(edits, QString());
        } else {
            ok = context->set(target, *value);
        }
    }
    if (!ok) {
        showError(context->lastError());
        // Show the refused text in the editor, not the old value.
        if (qobject_cast<QLineEdit *>(m_editor) == nullptr &&
            qobject_cast<PickerComboBox *>(m_editor) == nullptr &&
            qobject_cast<QPlainTextEdit *>(m_editor) == nullptr)
            setEditorText(text);
        return false;
    }
    showError(QString());
    return true;
}

void FieldBinding::showError(const QString &message)
{
    m_errorText = message;
    updateMessage();
}

void FieldBinding::setProblem(const QString &message, bool warning)
{
    if (m_problemText == message && m_problemWarning == warning)
        return;
    m_problemText = message;
    m_problemWarning = warning;
    updateMessage();
}

void FieldBinding::updateMessage()
{
    // A refused value matters more than what NGF says about the value in the design.
    const QString message = m_errorText.isEmpty() ? m_problemText : m_errorText;
    const bool warning = m_errorText.isEmpty() && m_problemWarning;
    if (message == m_shownMessage && warning == m_shownWarning)
        return; // refresh() clears a message that is not there: nothing to redo
    m_shownMessage = message;
    m_shownWarning = warning;
    auto *edit = qobject_cast<QLineEdit *>(m_editor);
    if (edit) {
        for (QAction *a : edit->actions()) {
            if (a->objectName() == u"fieldError")
                delete a;
        }
    }
    if (message.isEmpty()) {
        m_error->hide();
        m_error->clear();
        m_editor->setToolTip(QString());
        Q_EMIT messageChanged();
        return;
    }
    const Health health = warning ? Health::Warning : Health::Error;
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText,
                 warning ? Theme::healthColor(Health::Warning, m_editor->palette())
                         : Theme::errorColor(m_editor->palette()));
    m_error->setPalette(pal);
    m_error->setText(message);
    m_error->show();
    m_editor->setToolTip(message);
    if (edit) {
        QAction *a = edit->addAction(Icons::health(health), QLineEdit::TrailingPosition);
        a->setObjectName(QStringLiteral("fieldError"));
        a->setToolTip(message);
    }
    Q_EMIT messageChanged();
}

} // namespace gw::views
