// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "views/preview/codeview.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QSyntaxHighlighter;

namespace gw::yaml {
class Document;
}

namespace gw::views {

class DesignSelection;
class FindBar;

/**
 * The YAML of the selected resource, exactly as it will be exported (its document's text), and
 * editable: a pause in typing (or leaving the view) replaces the document through
 * DesignEditor::replaceDocumentText, one undo step per pause. Text that does not read as valid
 * manifests is not applied; its errors are underlined at their lines with the message, and the
 * design keeps its last valid text.
 */
class YamlView : public QWidget
{
    Q_OBJECT

public:
    YamlView(DesignSelection *selection, QWidget *parent = nullptr);

    CodeView *codeView() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    QLabel *messageLabel() const { return m_message; }
    DocumentId document() const { return m_document; }
    /** Applies the edited text now. Returns false (and shows why) when it is not valid. */
    bool apply();
    /** True when the text holds edits that were not applied (pending, or invalid). */
    bool isDirty() const { return m_dirty; }
    /**
     * The indentation of the line after \a line when Return is pressed at its end: the same, two
     * more after a key that opens a block ("rules:"), and lined up with the first key of a list
     * item ("- name: gateway").
     */
    static QString indentAfter(const QString &line);
    /**
     * Plain values of \a after that run on over several lines and were not in \a before: almost
     * always a key being typed under a value ("name: gateway" then "s" reads as "gateway s").
     * The error is on the line where the value goes on.
     */
    static std::vector<CodeView::LineError> runOnValues(const yaml::Document &before,
                                                        const yaml::Document &after);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(ResourceId resource);
    void reload();
    void textEdited();
    void showMessage(const QString &text, bool error);

    DesignSelection *m_selection;
    CodeView *m_view;
    FindBar *m_findBar;
    QLabel *m_title;
    QLabel *m_message;
    QSyntaxHighlighter *m_highlighter;
    QTimer m_applyTimer;
    DocumentId m_document = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace gw::views
