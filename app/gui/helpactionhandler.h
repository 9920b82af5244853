// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QTextBrowser;
class QWidget;

namespace gw {

class Prompts;
class Settings;

/**
 * The Help menu and the language choice: the user guide (docs shipped in the binary, shown in a
 * browser window; German when the interface is German), the keyboard shortcuts, About; and
 * View ▸ Language, kept in the settings and applied at the next start (Qt widgets set their
 * texts when they are made, so a language switch needs a new window: Restart Now offers it).
 */
class HelpActionHandler : public QObject
{
    Q_OBJECT

public:
    HelpActionHandler(Settings *settings, Prompts *prompts, QMenuBar *menuBar, QWidget *window);

    QAction *userGuideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }
    QMenu *languageMenu() const { return m_languageMenu; }
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    /** Opens the user guide (at \a anchor when given); returns its browser. */
    QTextBrowser *showUserGuide(const QString &anchor = {});
    /** The resource path of the user guide for the interface's language. */
    static QString userGuidePath();
    /** Chooses the interface language ("" for the system's); applied at the next start. */
    void setLanguage(const QString &language);

Q_SIGNALS:
    /** The user asked to restart now for a new language (after saving what needed saving). */
    void restartRequested();

private:
    void retranslate();

    Settings *m_settings;
    Prompts *m_prompts;
    QMenuBar *m_menuBar;
    QWidget *m_window;
    QAction *m_guide;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_aboutQt;
    QMenu *m_languageMenu;
    QActionGroup *m_languages;
    QPointer<QWidget> m_guideWindow;
    QTextBrowser *m_browser = nullptr;
};

} // namespace gw
