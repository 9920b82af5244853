// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dispatch.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gw::cli;
using namespace Qt::StringLiterals;
using Locale = QMap<QString, QString>;

/**
 * How `gwstudio` decides between the editor and the command line before any application object
 * exists: subcommands from the registry, the editor only with a display, and a clear word for a
 * mistyped subcommand or a missing file (exit 2, never Qt's abort for a missing display).
 */
class tst_CliDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void displayDetection();
    void editorWithoutDisplay_data();
    void editorWithoutDisplay();
    void unknownSubcommand();
    void missingFileWithDisplay();
    void editorStartsWithOffscreenPlatform();
    void translatedOutput_data();
    void translatedOutput();

private:
    struct Run
    {
        int code = -1;
        bool crashed = true;
        QString out;
        QString err;
    };
    /** Runs gwstudio without any display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM). */
    static Run run(const QStringList &args, const QString &platform = {},
                   const QMap<QString, QString> &locale = {});
    static QString cafe() { return QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"); }
};

tst_CliDispatch::Run tst_CliDispatch::run(const QStringList &args, const QString &platform,
                                          const QMap<QString, QString> &locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    if (!platform.isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    QTemporaryDir home;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    if (!locale.isEmpty()) {
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "GWSTUDIO_LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        for (auto it = locale.begin(); it != locale.end(); ++it)
            env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void tst_CliDispatch::classify_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("display");
    QTest::addColumn<int>("expected");
    const QString app = u"gwstudio"_s;
    QTest::newRow("subcommand") << QStringList {app, u"render"_s, cafe()} << false
                                << int(Request::Subcommand);
    QTest::newRow("registered later") << QStringList {app, u"probe"_s} << false << int(Request::Subcommand);
    QTest::newRow("help") << QStringList {app, u"--help"_s} << false << int(Request::Information);
    QTest::newRow("version") << QStringList {app, u"-v"_s} << true << int(Request::Information);
    QTest::newRow("editor") << QStringList {app} << true << int(Request::Editor);
    QTest::newRow("editor, file") << QStringList {app, cafe()} << true << int(Request::Editor);
    QTest::newRow("editor, option") << QStringList {app, u"--example"_s} << true << int(Request::Editor);
    QTest::newRow("no display") << QStringList {app} << false << int(Request::EditorWithoutDisplay);
    QTest::newRow("no display, file")
        << QStringList {app, cafe()} << false << int(Request::EditorWithoutDisplay);
    QTest::newRow("unknown word") << QStringList {app, u"frobnicate"_s} << false
                                  << int(Request::UnknownSubcommand);
    QTest::newRow("unknown word, display")
        << QStringList {app, u"frobnicate"_s} << true << int(Request::UnknownSubcommand);
    QTest::newRow("missing file") << QStringList {app, u"cafe.yml"_s} << true << int(Request::MissingFile);
    QTest::newRow("missing path") << QStringList {app, u"designs/cafe"_s} << false
                                  << int(Request::MissingFile);
}

void tst_CliDispatch::classify()
{
    QFETCH(QStringList, args);
    QFETCH(bool, display);
    QFETCH(int, expected);
    // The registry decides what a subcommand is: "probe" is one as soon as it is registered.
    const QStringList subcommands {u"render"_s, u"status"_s, u"export"_s, u"simulate"_s, u"probe"_s};
    QCOMPARE(int(gw::cli::classify(args, subcommands, display)), expected);
}

void tst_CliDispatch::displayDetection()
{
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    const QStringList plain {u"gwstudio"_s};
    QVERIFY(!hasDisplay(plain));
    QVERIFY(hasDisplay({u"gwstudio"_s, u"-platform"_s, u"offscreen"_s}));
    QVERIFY(!hasDisplay({u"gwstudio"_s, u"-platform"_s, u"xcb"_s}));
    qputenv("QT_QPA_PLATFORM", "wayland;xcb");
    QVERIFY(!hasDisplay(plain));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QVERIFY(hasDisplay(plain));
    qunsetenv("QT_QPA_PLATFORM");
    qputenv("WAYLAND_DISPLAY", "wayland-0");
    QVERIFY(hasDisplay(plain));
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DISPLAY", ":0");
    QVERIFY(hasDisplay(plain));
    // Restore what the test was started with.
    for (const auto &[name, value] : {std::pair {"DISPLAY", display}, std::pair {"WAYLAND_DISPLAY", wayland},
                                      std::pair {"QT_QPA_PLATFORM", platform}}) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

void tst_CliDispatch::editorWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no arguments") << QStringList {};
    QTest::newRow("a file") << QStringList {cafe()};
    QTest::newRow("an option") << QStringList {u"--example"_s};
}

void tst_CliDispatch::editorWithoutDisplay()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"the editor needs a display"_s), qPrintable(r.err));
    // The subcommands that work without one, from the registry.
    for (const QString &name : {u"render"_s, u"status"_s, u"export"_s, u"simulate"_s})
        QVERIFY2(r.err.contains(u"\n  "_s + name + u' '), qPrintable(name));
    QVERIFY(!r.err.contains(u"could not connect to display"_s));
}

void tst_CliDispatch::unknownSubcommand()
{
    const Run r = run({u"frobnicate"_s, cafe()});
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"gwstudio: unknown subcommand \"frobnicate\""_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"\n  render "_s));
}

void tst_CliDispatch::missingFileWithDisplay()
{
    // With a display too: a mistyped file name is said at once, not by an empty editor.
    const Run r = run({u"no-such-design.yaml"_s}, u"offscreen"_s);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), u"gwstudio: no-such-design.yaml: no such file"_s);
}

void tst_CliDispatch::editorStartsWithOffscreenPlatform()
{
    // The offscreen platform needs no display: the editor starts (and quits after painting).
    const Run r = run({u"--no-recovery"_s, u"--quit-after-first-paint"_s, cafe()}, u"offscreen"_s);
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(u"first-paint-ms "_s), qPrintable(r.out + r.err));
}

void tst_CliDispatch::translatedOutput_data()
{
    QTest::addColumn<Locale>("locale");
    QTest::addColumn<QString>("unknown");
    QTest::addColumn<QString>("summary");
    // tests/migrate/data/affinity-oss converts 1 item exactly, 3 with a difference, 5 not at all.
    QTest::newRow("LANG=de_DE")
        << Locale {{u"LANG"_s, u"de_DE.UTF-8"_s}}
        << u"gwstudio: unbekannter Unterbefehl „frobnicate“; die Unterbefehle sind:"_s
        << u"1 Eintrag umgewandelt, 3 mit Unterschied umgewandelt, 5 nicht umwandelbar"_s;
    QTest::newRow("LC_ALL=de_AT over LANG")
        << Locale {{u"LANG"_s, u"en_US.UTF-8"_s}, {u"LC_ALL"_s, u"de_AT.UTF-8"_s}}
        << u"gwstudio: unbekannter Unterbefehl „frobnicate“; die Unterbefehle sind:"_s
        << u"1 Eintrag umgewandelt, 3 mit Unterschied umgewandelt, 5 nicht umwandelbar"_s;
    QTest::newRow("GWSTUDIO_LANGUAGE=en over LANG")
        << Locale {{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"GWSTUDIO_LANGUAGE"_s, u"en"_s}}
        << u"gwstudio: unknown subcommand \"frobnicate\"; the subcommands are:"_s
        << u"1 item converted, 3 converted with a difference, 5 not convertible"_s;
    // A language without a catalog: English, with the English plurals resolved.
    QTest::newRow("LANG=fr_FR") << Locale {{u"LANG"_s, u"fr_FR.UTF-8"_s}}
                                << u"gwstudio: unknown subcommand \"frobnicate\"; the subcommands are:"_s
                                << u"1 item converted, 3 converted with a difference, 5 not convertible"_s;
}

/** The command line loads the editor's catalogs by the user's locale (docs/editor.md). */
void tst_CliDispatch::translatedOutput()
{
    QFETCH(Locale, locale);
    QFETCH(QString, unknown);
    QFETCH(QString, summary);
    const Run bad = run({u"frobnicate"_s}, {}, locale);
    QCOMPARE(bad.code, 2);
    // A line of its own: where the locale asked for is not installed, Qt (6.5+) first warns on stderr
    // that it switched to C.UTF-8.
    const qsizetype at = bad.err.indexOf(unknown);
    QVERIFY2(at == 0 || (at > 0 && bad.err.at(at - 1) == u'\n'), qPrintable(bad.err));
    const Run migrate =
        run({u"migrate"_s, QStringLiteral(GW_SOURCE_DIR "/tests/migrate/data/affinity-oss/input.yaml"),
             u"-o"_s, u"/dev/null"_s},
            {}, locale);
    QCOMPARE(migrate.code, 1);
    QVERIFY2(migrate.err.trimmed().endsWith(summary), qPrintable(migrate.err));
}

QTEST_GUILESS_MAIN(tst_CliDispatch)
#include "tst_cli_dispatch.moc"
