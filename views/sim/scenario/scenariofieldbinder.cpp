// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/scenariofieldbinder.h"

#include "sim/scenarioparser.h"
#include "views/sim/scenario/scenariostore.h"
#include "yaml/value.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace gw::views {

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    if (ms % 3600000 == 0)
        return QStringLiteral("%1h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return QStringLiteral("%1m").arg(ms / 60000);
    if (ms % 1000 == 0 && ms > 60000) // 2m30s
        return formatDuration(ms / 60000 * 60000) + formatDuration(ms % 60000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

ScenarioFieldBinder::ScenarioFieldBinder(ScenarioStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

void ScenarioFieldBinder::setBase(const yaml::Path &base)
{
    m_base = base;
    refresh();
}

QString ScenarioFieldBinder::text(const yaml::Path &field) const
{
    return m_store->scalar(m_base + field);
}

void ScenarioFieldBinder::write(const yaml::Path &field, const QString &text, bool raw,
                                const QString &undoText)
{
    const yaml::Path path = m_base + field;
    const bool ok = text.isEmpty()
        ? m_store->removeField(path, undoText)
        : m_store->setField(path, raw ? yaml::Value::raw(text.toStdString()) : yaml::Value(text), undoText);
    if (!ok)
        Q_EMIT editFailed(m_store->lastError());
}

void ScenarioFieldBinder::bindText(QLineEdit *edit, const yaml::Path &field, const QString &undoText)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, undoText] {
        if (edit->text().trimmed() != text(field))
            write(field, edit->text().trimmed(), false, undoText);
    });
    m_bindings.push_back({edit, field, [this, edit, field] {
                              if (edit->text() != text(field)) {
                                  edit->setText(text(field));
                                  edit->setCursorPosition(0);
                              }
                          }});
}

void ScenarioFieldBinder::bindDuration(QLineEdit *edit, const yaml::Path &field, const QString &undoText)
{
    edit->setToolTip(tr("A duration: 500ms, 10s, 5m, 1h30m (a bare number counts seconds)"));
    connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &t) {
        const bool ok = t.trimmed().isEmpty() || sim::ScenarioParser::parseDuration(t).has_value();
        edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { color: #c0392b; }"));
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, undoText] {
        const QString t = edit->text().trimmed();
        if (!t.isEmpty() && !sim::ScenarioParser::parseDuration(t)) {
            Q_EMIT editFailed(tr("\"%1\" is not a duration (for example 500ms, 10s, 5m)").arg(t));
            return;
        }
        if (t != text(field))
            write(field, t, true, undoText);
    });
    m_bindings.push_back({edit, field, [this, edit, field] {
                              edit->setStyleSheet(QString());
                              edit->setText(text(field));
                          }});
}

void ScenarioFieldBinder::bindNumber(QLineEdit *edit, const yaml::Path &field, const QString &undoText)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, undoText] {
        const QString t = edit->text().trimmed();
        bool ok = t.isEmpty();
        if (!ok)
            t.toULongLong(&ok);
        if (!ok) {
            Q_EMIT editFailed(tr("\"%1\" is not a whole number").arg(t));
            return;
        }
        if (t != text(field))
            write(field, t, true, undoText);
    });
    m_bindings.push_back({edit, field, [this, edit, field] { edit->setText(text(field)); }});
}

void ScenarioFieldBinder::bindInt(QSpinBox *spin, const yaml::Path &field, int defaultValue,
                                  const QString &undoText, bool zeroRemoves,
                                  const std::vector<yaml::Path> &exclusive)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, field, undoText, zeroRemoves, exclusive](int value) {
        if (QString::number(value) == text(field))
            return;
        std::vector<yaml::Path> present;
        for (const yaml::Path &e : exclusive) {
            if (value != 0 && m_store->value(m_base + e))
                present.push_back(m_base + e);
        }
        QUndoStack *stack = m_store->undoStack();
        if (!present.empty())
            stack->beginMacro(undoText);
        bool ok = zeroRemoves && value == 0 ? m_store->removeField(m_base + field, undoText)
                                            : m_store->setField(m_base + field, yaml::Value(value), undoText);
        for (const yaml::Path &e : present)
            ok = ok && m_store->removeField(e, undoText);
        if (!present.empty())
            stack->endMacro();
        if (!ok)
            Q_EMIT editFailed(m_store->lastError());
    });
    m_bindings.push_back({spin, field, [this, spin, field, defaultValue] {
                              const QSignalBlocker block(spin);
                              bool ok = false;
                              const int v = text(field).toInt(&ok);
                              spin->setValue(ok ? v : defaultValue);
                          }});
}

void ScenarioFieldBinder::bindDouble(QDoubleSpinBox *spin, const yaml::Path &field, double defaultValue,
                                     const QString &undoText)
{
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field, undoText](double value) {
        bool ok = false;
        const double old = text(field).toDouble(&ok);
        if ((!ok || old != value) && !m_store->setField(m_base + field, yaml::Value(value), undoText))
            Q_EMIT editFailed(m_store->lastError());
    });
    m_bindings.push_back({spin, field, [this, spin, field, defaultValue] {
                              const QSignalBlocker block(spin);
                              bool ok = false;
                              const double v = text(field).toDouble(&ok);
                              spin->setValue(ok ? v : defaultValue);
                          }});
}

void ScenarioFieldBinder::bindBool(QCheckBox *check, const yaml::Path &field, bool defaultValue,
                                   const QString &undoText)
{
    connect(check, &QCheckBox::toggled, this, [this, field, undoText](bool on) {
        if (!m_store->setField(m_base + field, yaml::Value(on), undoText))
            Q_EMIT editFailed(m_store->lastError());
    });
    m_bindings.push_back({check, field, [this, check, field, defaultValue] {
                              const QSignalBlocker block(check);
                              const QString t = text(field);
                              check->setChecked(t.isEmpty() ? defaultValue : t == u"true");
                          }});
}

void ScenarioFieldBinder::bindChoice(QComboBox *combo, const yaml::Path &field, const QString &undoText)
{
    connect(combo, &QComboBox::activated, this, [this, combo, field, undoText](int index) {
        const QString value = combo->itemData(index).toString();
        if (value != text(field))
            write(field, value, false, undoText);
    });
    m_bindings.push_back({combo, field, [this, combo, field] {
                              const QSignalBlocker block(combo);
                              const int i = combo->findData(text(field));
                              combo->setCurrentIndex(i < 0 ? 0 : i);
                          }});
}

void ScenarioFieldBinder::bindPicker(QComboBox *combo, const yaml::Path &field, const QString &undoText)
{
    auto commit = [this, combo, field, undoText] {
        const QString value = combo->currentText().trimmed();
        if (value != text(field))
            write(field, value, false, undoText);
    };
    connect(combo, &QComboBox::activated, this, commit);
    if (combo->lineEdit())
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, commit);
    m_bindings.push_back({combo, field, [this, combo, field] {
                              const QSignalBlocker block(combo);
                              combo->setCurrentText(text(field));
                          }});
}

void ScenarioFieldBinder::refresh()
{
    for (const Binding &b : m_bindings)
        b.show();
}

} // namespace gw::views
