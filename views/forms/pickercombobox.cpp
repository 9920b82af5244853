// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/pickercombobox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

namespace gw::views {

PickerComboBox::PickerComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    connect(lineEdit(), &QLineEdit::textEdited, this, &PickerComboBox::textEdited);
    connect(this, &QComboBox::activated, this, [this](int index) { Q_EMIT textEdited(itemText(index)); });
}

void PickerComboBox::reload()
{
    if (!m_suggestions)
        return;
    const QString text = currentText();
    const QStringList items = m_suggestions();
    QStringList current;
    for (int i = 0; i < count(); ++i)
        current << itemText(i);
    if (current == items)
        return;
    const QSignalBlocker blocker(this);
    clear();
    addItems(items);
    setEditText(text);
}

void PickerComboBox::showPopup()
{
    reload();
    QComboBox::showPopup();
}

void PickerComboBox::setText(const QString &text)
{
    if (text == currentText())
        return;
    const QSignalBlocker blocker(this);
    const int index = findText(text);
    if (index >= 0)
        setCurrentIndex(index);
    setEditText(text);
}

} // namespace gw::views
