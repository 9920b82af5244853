// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <functional>

namespace gw::views {

/**
 * An editable combo box for references: the user may type any name (a reference may point at
 * something not in the design yet), and gets the names that exist as a drop-down list and as
 * completion. The list is asked for fresh each time it opens.
 */
class PickerComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit PickerComboBox(QWidget *parent = nullptr);

    void setSuggestions(std::function<QStringList()> suggestions) { m_suggestions = std::move(suggestions); }
    /** Refills the list, keeping the text. */
    void reload();
    void showPopup() override;

    QString text() const { return currentText(); }
    /** Sets the text without emitting textEdited(). */
    void setText(const QString &text);

Q_SIGNALS:
    /** The user typed or picked \a text. */
    void textEdited(const QString &text);

private:
    std::function<QStringList()> m_suggestions;
};

} // namespace gw::views
