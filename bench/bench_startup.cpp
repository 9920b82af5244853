// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start-up of the desktop application with the bundled cafe example, offscreen:
//  - BM_ProcessToFirstPaint: the real thing, `gwstudio --example` as a new process, from exec to
//    the first paint of the main window (wall clock, and the time the process measured itself
//    from the start of main()).
//  - BM_WindowToFirstPaint: in one process, building the main window, loading the example and
//    showing it until its first paint (what start-up costs beyond loading Qt).
#include "gui/documentactionhandler.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

/** Stops the event loop at the first paint of the watched window. */
class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

void BM_ProcessToFirstPaint(benchmark::State &state)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("GWSTUDIO_LANGUAGE"), QStringLiteral("en"));
    double selfReported = 0;
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(GW_GWSTUDIO),
                      {QStringLiteral("--no-recovery"), QStringLiteral("--example"),
                       QStringLiteral("--quit-after-first-paint")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            state.SkipWithError("gwstudio did not start");
            return;
        }
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at >= 0)
            selfReported += out.mid(at + 15).trimmed().toDouble();
    }
    state.counters["main_to_paint_ms"] = benchmark::Counter(selfReported / double(state.iterations()));
}
BENCHMARK(BM_ProcessToFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_WindowToFirstPaint(benchmark::State &state)
{
    for (auto _ : state) {
        gw::MainWindow window;
        PaintWatcher watcher;
        window.installEventFilter(&watcher);
        window.documents()->openExample();
        window.resize(1600, 1000);
        window.show();
        while (!watcher.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        state.PauseTiming();
        window.removeEventFilter(&watcher);
        window.close();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_WindowToFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
