// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "core/designeditor.h"
#include "gui/mainwindow.h"
#include "i18n/languagemanager.h"

#include "yaml/document.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

struct Catalog
{
    int messages = 0;
    int unfinished = 0;
    QStringList untranslated;
};

/** Reads a .ts file: how many messages, and which are not (or not completely) translated. */
Catalog readCatalog(const QString &path)
{
    Catalog c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++c.messages;
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"obsolete" || type == u"vanished") {
                --c.messages;
                continue;
            }
            const bool unfinished = type == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty()) {
                ++c.unfinished;
                c.untranslated << source;
            }
        }
    }
    return c;
}

} // namespace

class tst_GuiTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void catalogsAreBuiltIn();
    void germanIsComplete();
    void windowSpeaksGerman();
    void modelMessagesSpeakGerman();
    void unknownLanguageFallsBackToEnglish();
};

void tst_GuiTranslations::catalogsAreBuiltIn()
{
    const QStringList languages = LanguageManager::availableLanguages();
    QVERIFY(languages.contains(u"de"_s));
    QVERIFY(languages.contains(u"en"_s));
}

void tst_GuiTranslations::germanIsComplete()
{
    const Catalog de = readCatalog(QStringLiteral(GW_SOURCE_DIR "/translations/gwstudio_de.ts"));
    const Catalog en = readCatalog(QStringLiteral(GW_SOURCE_DIR "/translations/gwstudio_en.ts"));
    QVERIFY(de.messages > 300);
    QCOMPARE(de.messages, en.messages);
    QVERIFY2(de.unfinished == 0, qPrintable(u"untranslated: "_s + de.untranslated.mid(0, 10).join(u" | "_s)));
}

void tst_GuiTranslations::windowSpeaksGerman()
{
    LanguageManager languages;
    QVERIFY(languages.install(QLocale(QLocale::German, QLocale::Germany)));
    MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
             (QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Simulation"_s, u"&Hilfe"_s}));
    // Plural forms.
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "%n error(s)", nullptr, 1), u"1 Fehler"_s);
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "%n warning(s)", nullptr, 2), u"2 Warnungen"_s);
    // Qt's own strings (standard dialogs and buttons) come from Qt's catalog.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

// The model libraries translate outside of QObject classes (Q_DECLARE_TR_FUNCTIONS structs); their
// runtime context must be the one lupdate wrote into the catalog.
void tst_GuiTranslations::modelMessagesSpeakGerman()
{
    LanguageManager languages;
    QVERIFY(languages.install(QLocale(QLocale::German, QLocale::Germany)));
    const auto bad = yaml::Document::parse(std::string("kind: \xff\n"));
    QVERIFY(!bad.document);
    QVERIFY(!bad.diagnostics.empty());
    QCOMPARE(bad.diagnostics.front().message, u"der Text ist kein gültiges UTF-8"_s);
    Design design;
    DesignEditor editor(&design);
    QVERIFY(editor.importText("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n"
                              "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n"_ba));
    QCOMPARE(design.undoStack()->text(0), u"2 Ressourcen importieren"_s);
    languages.install(QLocale(QLocale::English));
}

void tst_GuiTranslations::unknownLanguageFallsBackToEnglish()
{
    LanguageManager languages;
    QVERIFY(!languages.install(QLocale(QLocale::Swahili))); // no Swahili catalog...
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "%n error(s)", nullptr, 1), u"1 error"_s);
    QCOMPARE(QCoreApplication::translate("gw::MainWindow", "%n error(s)", nullptr, 3), u"3 errors"_s);
}

QTEST_MAIN(tst_GuiTranslations)
#include "tst_gui_translations.moc"
