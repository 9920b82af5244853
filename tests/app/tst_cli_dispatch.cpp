// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dispatch.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gw::cli;
using namespace Qt::StringLiterals;

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

private:
    struct Run
    {
        int code = -1;
        bool crashed = true;
        QString out;
        QString err;
    };
    /** Runs gwstudio without any display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM). */
    static Run run(const QStringList &args, const QString &platform = {});
    static QString cafe() { return QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"); }
};

tst_CliDispatch::Run tst_CliDispatch::run(const QStringList &args, const QString &platform)
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

QTEST_GUILESS_MAIN(tst_CliDispatch)
#include "tst_cli_dispatch.moc"
