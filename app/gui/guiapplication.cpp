// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guiapplication.h"

#include "core/design.h"
#include "gui/autosaver.h"
#include "gui/documentactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/migrationactionhandler.h"
#include "gui/migrationdialog.h"
#include "gui/previewproviders.h"
#include "gui/prompts.h"
#include "gui/settings.h"
#include "gui/simulationactionhandler.h"
#include "gui/viewactionhandler.h"
#include "i18n/languagemanager.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"
#include "views/migrate/migrationreportmodel.h"
#include "views/migrate/migrationview.h"
#include "views/preview/previewsession.h"
#include "views/sim/probe/probeview.h"
#include "views/sim/simulationworkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

namespace gw {

std::optional<GuiOptions> GuiOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Manifests to open"),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QStringLiteral("Open the bundled cafe example."));
    const QCommandLineOption noRecovery(QStringLiteral("no-recovery"),
                                        QStringLiteral("Do not offer to recover unsaved changes."));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"), QStringLiteral("system, light or dark."),
                                    QStringLiteral("scheme"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select Kind/namespace/name."),
                                    QStringLiteral("resource"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window as an image."), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH."),
                            QStringLiteral("size"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption simulation(
        QStringLiteral("simulation"),
        QStringLiteral("Show a simulation: walkthrough, run, compare, compare-editor or probe."),
        QStringLiteral("what"));
    simulation.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption migration(
        QStringLiteral("migration"),
        QStringLiteral("Show the migration of the shop-ingress example: dialog or report."),
        QStringLiteral("WHAT"));
    migration.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Print the start-up time and quit."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {example, noRecovery, scheme, select, screenshot, size, simulation, migration, firstPaint});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("gwstudio: ") << parser.errorText() << Qt::endl;
        return std::nullopt;
    }
    GuiOptions o;
    o.files = parser.positionalArguments();
    o.example = parser.isSet(example);
    o.recovery = !parser.isSet(noRecovery);
    if (parser.isSet(scheme)) {
        const QString s = parser.value(scheme);
        if (s == u"light")
            o.scheme = views::Theme::Scheme::Light;
        else if (s == u"dark")
            o.scheme = views::Theme::Scheme::Dark;
        else
            o.scheme = views::Theme::Scheme::System;
    }
    o.select = parser.value(select);
    o.screenshot = parser.value(screenshot);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        if (parts.size() == 2)
            o.size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    o.simulation = parser.value(simulation);
    if (!o.simulation.isEmpty() && o.simulation != u"walkthrough" && o.simulation != u"run" &&
        o.simulation != u"compare" && o.simulation != u"compare-editor" && o.simulation != u"probe") {
        QTextStream(stderr)
            << QStringLiteral(
                   "gwstudio: --simulation expects walkthrough, run, compare, compare-editor or probe")
            << Qt::endl;
        return std::nullopt;
    }
    o.migration = parser.value(migration);
    if (!o.migration.isEmpty() && o.migration != u"dialog" && o.migration != u"report") {
        QTextStream(stderr) << QStringLiteral("gwstudio: --migration expects dialog or report") << Qt::endl;
        return std::nullopt;
    }
    o.quitAfterFirstPaint = parser.isSet(firstPaint);
    return o;
}

namespace {

/** Prints the time from start to the window's first paint, then quits (for bench/). */
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QElapsedTimer clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Let the rest of this paint cycle (the children) finish before stopping the clock.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms %.3f\n", double(m_clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

void selectResource(MainWindow &window, const QString &spec)
{
    const QStringList parts = spec.split(u'/');
    if (parts.size() < 2)
        return;
    const QString kind = parts.first();
    const QString ns = parts.size() == 3 ? parts[1] : QStringLiteral("default");
    const QString name = parts.last();
    for (const Resource *r : window.design()->resources()) {
        if (r->kindName == kind && r->meta.name == name && (!isNamespaced(r->kind) || r->meta.ns == ns)) {
            window.selection()->select(r->id);
            return;
        }
    }
}

} // namespace

namespace {

void saveAndQuit(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr)
        << (ok ? QStringLiteral("saved ") : QStringLiteral("cannot save ")) << path << Qt::endl;
    QCoreApplication::exit(ok ? 0 : 1);
}

/** --migration: the bundled shop-ingress example through File ▸ Import ▸ Migrate from ingress-nginx. */
void showMigration(MainWindow &window, const QString &what, const QString &screenshot)
{
    const QStringList files {QStringLiteral(":/gwstudio/examples/shop-ingress.yaml"),
                             QStringLiteral(":/gwstudio/examples/shop-ingress.scenario.yaml")};
    if (what == u"dialog") {
        MigrationDialog *dialog = window.migrationActions()->createDialog();
        dialog->setFiles(files);
        dialog->open();
        if (!screenshot.isEmpty())
            QTimer::singleShot(600, dialog, [dialog, screenshot] { saveAndQuit(dialog, screenshot); });
        return;
    }
    MigrationRequest request;
    request.files = files;
    window.migrationActions()->migrate(request);
    views::MigrationView *view = window.migrationView();
    // The panel gets the lower half of the window; the first row's resource (what it produced) is selected.
    window.resizeDocks({window.migrationDock()}, {window.height() * 11 / 20}, Qt::Vertical);
    view->reportTable()->selectRow(0);
    if (view->reportModel()->rowCount() > 0)
        window.selection()->select(view->reportModel()->resourceAt(0));
    if (!screenshot.isEmpty())
        QObject::connect(view, &views::MigrationView::comparisonFinished, &window, [&window, screenshot] {
            QTimer::singleShot(800, &window, [&window, screenshot] { saveAndQuit(&window, screenshot); });
        });
    view->runComparison();
}

} // namespace

int runGui(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication::setAttribute(Qt::AA_DontCreateNativeWidgetSiblings);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gwstudio"));
    QApplication::setOrganizationName(QStringLiteral("gwstudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gateway Studio"));
    QApplication::setApplicationVersion(QStringLiteral(GWSTUDIO_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("gwstudio.dev"));
    QApplication::setDesktopFileName(QStringLiteral(GWSTUDIO_APP_ID));
    QApplication::setWindowIcon(views::Icons::application());

    LanguageManager languages;
    languages.install(LanguageManager::preferredLocale(Settings().language()));

    const std::optional<GuiOptions> options = GuiOptions::parse(QApplication::arguments());
    if (!options)
        return 2;
    Settings settings;
    views::Theme::apply(options->scheme.value_or(settings.colorScheme()));

    MainWindow window;
    window.setPreviewProvider(makePreviewProvider());
    const bool unattended = !options->screenshot.isEmpty() || options->quitAfterFirstPaint;

    bool recovered = false;
    if (options->recovery && !unattended) {
        const QList<AutoSaver::Recovery> sessions = AutoSaver::findRecoverable();
        if (!sessions.isEmpty()) {
            Prompts prompts;
            const AutoSaver::Recovery &latest = sessions.constFirst();
            if (prompts.recover(nullptr, latest.originalPaths, latest.savedAt)) {
                QString error;
                recovered = AutoSaver::recover(latest, *window.design(), &error);
                if (!recovered)
                    prompts.error(nullptr, QApplication::translate("gw::runGui", "Cannot Recover"), error);
            } else {
                AutoSaver::remove(latest);
            }
        }
    }
    if (!recovered) {
        if (!options->files.isEmpty())
            window.documents()->open(options->files);
        else if (options->example)
            window.documents()->openExample();
    }
    if (!options->select.isEmpty())
        selectResource(window, options->select);
    if (options->size.isValid())
        window.resize(options->size);

    if (options->quitAfterFirstPaint)
        window.installEventFilter(new FirstPaintProbe(clock, &window));
    window.show();

    if (!options->migration.isEmpty()) {
        showMigration(window, options->migration, options->screenshot);
    } else if (!options->simulation.isEmpty()) {
        views::SimulationWorkspace *workspace = window.simulationWorkspace();
        if (options->simulation == u"walkthrough") {
            window.simulationActions()->openWalkthrough();
        } else if (options->simulation == u"probe") {
            // The walk-through's curl loops in a local nginx (the Probe tab, docs/probe.md); the
            // side-by-side table wants the whole window.
            workspace->showEditorsAction()->setChecked(false);
            window.simulationActions()->openWalkthroughInLocalNginx();
        } else {
            window.documents()->openExamples(
                {QStringLiteral("cafe.yaml"), QStringLiteral("cafe-at-scale.scenario.yaml")});
            window.setMode(MainWindow::Mode::Simulation);
            if (options->simulation == u"compare" || options->simulation == u"compare-editor") {
                // The README's picture gives the five methods the whole window; compare-editor
                // keeps the scenario editor beside them (the layout on a small screen).
                workspace->showEditorsAction()->setChecked(options->simulation == u"compare-editor");
                workspace->compareMethods();
            } else
                workspace->runScenario();
        }
        if (!options->screenshot.isEmpty()) {
            const QString path = options->screenshot;
            const auto shoot = [&window, path] {
                QTimer::singleShot(800, &window, [&window, path] {
                    const bool ok = window.grab().save(path);
                    QTextStream(ok ? stdout : stderr)
                        << (ok ? QStringLiteral("saved ") : QStringLiteral("cannot save ")) << path
                        << Qt::endl;
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            };
            if (options->simulation == u"probe")
                QObject::connect(workspace->probeView(), &views::ProbeView::finished, &window, shoot);
            else
                QObject::connect(workspace, &views::SimulationWorkspace::runFinished, &window, shoot);
        }
    } else if (!options->screenshot.isEmpty()) {
        const QString path = options->screenshot;
        // Let the preview generate and the canvas fit before the picture is taken.
        // Without a preview engine the nginx tab is empty: show the YAML of the selection instead.
        if (!window.previewSession()->provider())
            window.previewTabs()->setCurrentIndex(1);
        QTimer::singleShot(900, &window, [&window, path] {
            window.previewSession()->regenerate();
            window.topology()->fitToWindow();
            QTimer::singleShot(300, &window, [&window, path] {
                const bool ok = window.grab().save(path);
                QTextStream(ok ? stdout : stderr)
                    << (ok ? QStringLiteral("saved ") : QStringLiteral("cannot save ")) << path << Qt::endl;
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}

} // namespace gw
