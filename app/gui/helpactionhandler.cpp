// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/helpactionhandler.h"

#include "gui/prompts.h"
#include "gui/settings.h"
#include "gui/shortcutsdialog.h"
#include "i18n/languagemanager.h"
#include "views/common/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace gw {

using views::Icons;

HelpActionHandler::HelpActionHandler(Settings *settings, Prompts *prompts, QMenuBar *menuBar, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_menuBar(menuBar)
    , m_window(window)
    , m_guide(new QAction(Icons::icon(QStringLiteral("help-contents")), QString(), this))
    , m_shortcuts(new QAction(this))
    , m_about(new QAction(Icons::icon(QStringLiteral("help-about")), QString(), this))
    , m_aboutQt(new QAction(this))
    , m_languageMenu(new QMenu(window))
    , m_languages(new QActionGroup(this))
{
    m_guide->setShortcuts(QKeySequence::HelpContents);
    m_guide->setObjectName(QStringLiteral("userGuideAction"));
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_guide, &QAction::triggered, this, [this] { showUserGuide(); });
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_menuBar, m_window);
        dialog.exec();
    });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            m_window, tr("About Gateway Studio"),
            tr("<h3>Gateway Studio %1</h3>"
               "<p>Design Gateway API routing for NGINX Gateway Fabric, preview the nginx configuration and "
               "status it would produce, and see which Pod each client reaches.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QApplication::applicationVersion()));
    });
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The languages: the system's, then every catalog built in, by its own name.
    const QString chosen = m_settings->language();
    auto addLanguage = [this, &chosen](const QString &code, const QString &text) {
        QAction *a = m_languageMenu->addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == chosen);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    addLanguage(QString(), QString()); // text set in retranslate()
    m_languageMenu->addSeparator();
    for (const QString &code : LanguageManager::availableLanguages())
        addLanguage(code, LanguageManager::nativeName(code));
    retranslate();
}

void HelpActionHandler::retranslate()
{
    m_guide->setText(tr("&User Guide"));
    m_guide->setToolTip(tr("Read how to design, preview and simulate with Gateway Studio"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Gateway Studio"));
    m_aboutQt->setText(tr("About &Qt"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languages->actions().constFirst()->setText(tr("&System Language"));
}

QString HelpActionHandler::userGuidePath()
{
    // The guide in the language the interface speaks, else English.
    const QString translated =
        QStringLiteral(":/gwstudio/help/user-guide.%1.md").arg(LanguageManager::installedLanguage());
    return QFile::exists(translated) ? translated : QStringLiteral(":/gwstudio/help/user-guide.md");
}

QTextBrowser *HelpActionHandler::showUserGuide(const QString &anchor)
{
    if (!m_guideWindow) {
        auto *window = new QWidget(m_window, Qt::Window);
        window->setObjectName(QStringLiteral("userGuideWindow"));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Gateway Studio User Guide"));
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *bar = new QToolBar(window);
        m_browser = new QTextBrowser(window);
        m_browser->setOpenExternalLinks(true);
        m_browser->setSearchPaths({QStringLiteral(":/gwstudio/help")});
        auto *back = new QAction(Icons::icon(QStringLiteral("go-up")), tr("Back"), window);
        back->setShortcuts(QKeySequence::Back);
        connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
        auto *home = new QAction(Icons::icon(QStringLiteral("help-contents")), tr("Contents"), window);
        home->setToolTip(tr("Back to the start of the guide"));
        connect(home, &QAction::triggered, m_browser, &QTextBrowser::home);
        bar->addAction(back);
        bar->addAction(home);
        connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
        back->setEnabled(false);
        layout->addWidget(bar);
        layout->addWidget(m_browser, 1);
        m_browser->setSource(QUrl(QStringLiteral("qrc") + userGuidePath()), QTextDocument::MarkdownResource);
        window->resize(760, 820);
        m_guideWindow = window;
    }
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor);
    m_guideWindow->show();
    m_guideWindow->raise();
    m_guideWindow->activateWindow();
    return m_browser;
}

void HelpActionHandler::setLanguage(const QString &language)
{
    if (language == m_settings->language())
        return;
    m_settings->setLanguage(language);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    const QString name =
        language.isEmpty() ? tr("the system's language") : LanguageManager::nativeName(language);
    if (m_prompts->restartForLanguage(m_window, name))
        Q_EMIT restartRequested();
}

} // namespace gw
