// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/path.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;
class QWidget;

namespace gw::views {

class ScenarioStore;

/**
 * Binds editor widgets to fields of the current scenario document: a widget shows the field's
 * value (or the simulator's default when the field is not written) and each finished edit becomes
 * one ScenarioStore edit (one undo command; consecutive edits of one field merge). Paths are
 * relative to base(), so one form serves every population or event.
 */
class ScenarioFieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioFieldBinder(ScenarioStore *store, QObject *parent = nullptr);

    /** The mapping the bound paths are relative to (`spec.populations[2]`). */
    void setBase(const yaml::Path &base);
    const yaml::Path &base() const { return m_base; }

    /** A text field; empty text removes the field. */
    void bindText(QLineEdit *edit, const yaml::Path &field, const QString &undoText);
    /** A duration in nginx's syntax ("500ms", "10s", "5m"); invalid text is marked and not written. */
    void bindDuration(QLineEdit *edit, const yaml::Path &field, const QString &undoText);
    /** A whole number typed as text (seeds exceed a spin box); empty removes the field. */
    void bindNumber(QLineEdit *edit, const yaml::Path &field, const QString &undoText);
    /**
     * A whole number. With \a zeroRemoves the spin box's minimum 0 means "not written"; writing a
     * value removes the \a exclusive fields (alternatives to this one) in the same undo step.
     */
    void bindInt(QSpinBox *spin, const yaml::Path &field, int defaultValue, const QString &undoText,
                 bool zeroRemoves = false, const std::vector<yaml::Path> &exclusive = {});
    void bindDouble(QDoubleSpinBox *spin, const yaml::Path &field, double defaultValue,
                    const QString &undoText);
    void bindBool(QCheckBox *check, const yaml::Path &field, bool defaultValue, const QString &undoText);
    /** A choice among \a values (the combo's item data); the first is the default. */
    void bindChoice(QComboBox *combo, const yaml::Path &field, const QString &undoText);
    /** An editable combo (a picker) whose text is written as a string; empty removes the field. */
    void bindPicker(QComboBox *combo, const yaml::Path &field, const QString &undoText);

    /** Shows the document's values in every bound widget (without writing anything). */
    void refresh();

Q_SIGNALS:
    /** An edit was refused (with the reason). */
    void editFailed(const QString &message);

private:
    struct Binding
    {
        QWidget *widget;
        yaml::Path field;
        std::function<void()> show;
    };
    QString text(const yaml::Path &field) const;
    void write(const yaml::Path &field, const QString &text, bool raw, const QString &undoText);

    ScenarioStore *m_store;
    yaml::Path m_base;
    std::vector<Binding> m_bindings;
};

/** "90s", "5m", "1h", "250ms": the shortest way nginx's syntax writes \a ms. */
QString formatDuration(qint64 ms);

} // namespace gw::views
