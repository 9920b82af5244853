// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario editor: every widget edit is one command on the scenario's own undo stack that
// changes the SimulationScenario document's text losslessly; undo restores it byte for byte; the
// design counts as modified while the stack is dirty; the timeline moves events by dragging.
#include "core/designeditor.h"
#include "testutil.h"
#include "views/sim/scenario/eventeditor.h"
#include "views/sim/scenario/populationsmodel.h"
#include "views/sim/scenario/routemixmodel.h"
#include "views/sim/scenario/scenarioeditor.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/scenario/timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

QByteArray example(const char *name)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("example missing");
    return f.readAll();
}

/** The cafe design with the at-scale scenario in a second file. */
void loadAtScale(Design &design)
{
    QVERIFY(test::loadCafe(design));
    QVERIFY(design.addFile(example("cafe-at-scale.scenario.yaml"), u"cafe-at-scale.scenario.yaml"_s).ok);
}

/** The lines of \a after that differ from \a before (same line count assumed). */
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList out;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            out << QString::fromUtf8(b.value(i));
    }
    return out;
}

QString firstProblem(const ScenarioStore &store)
{
    return store.diagnostics().empty() ? QString() : store.diagnostics().front().toString();
}

void commitLine(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeFindsScenarios();
    void fieldEditIsOneCommandAndUndoRestoresBytes();
    void spinEditsMerge();
    void populationsTable();
    void addressPlanChoice();
    void routeMix();
    void editKeepsThePopulationSelected();
    void populationsRejectBadNumbers();
    void editorRangesAreTheParsers();
    void timelineDragMovesEvent();
    void timelineWithManyEvents();
    void timelineKeepsRoomForItsLanes();
    void timelineAddAndDelete();
    void eventTypeChange();
    void newScenarioIsSavedButNotExported();
    void foreignEditDropsHistoryButKeepsModified();
    void scenarioEditDropsDesignHistoryOfItsDocument();
    void newScenarioOnEmptyDesignUndoesItsFile();
    void designUndoNeverOverwritesAnotherStacksText();
};

void TestScenarioEditor::storeFindsScenarios()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    QCOMPARE(store.scenarios().size(), size_t(1));
    QCOMPARE(store.name(store.current()), u"cafe-at-scale"_s);
    QVERIFY(store.scenario().has_value());
    QCOMPARE(store.scenario()->populations.front().clients, 1000);
    QCOMPARE(store.count(yaml::Path::of("spec.events")), 6);
    // The scenario stays out of the cluster manifests.
    QVERIFY(!design.exportText().contains("SimulationScenario"));
    QVERIFY(design.fileText(1).contains("SimulationScenario"));
}

void TestScenarioEditor::fieldEditIsOneCommandAndUndoRestoresBytes()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    editor.show();
    const QByteArray before = store.text();
    QVERIFY(!design.isModified());

    auto *duration = qobject_cast<QLineEdit *>(editor.fieldEditor(u"duration"_s));
    QVERIFY(duration);
    QCOMPARE(duration->text(), u"6m"_s);
    commitLine(duration, u"8m"_s);
    QCOMPARE(store.undoStack()->count(), 1);
    QCOMPARE(design.undoStack()->count(), 0);
    QCOMPARE(changedLines(before, store.text()), QStringList {u"  duration: 8m"_s});
    QCOMPARE(store.scenario()->durationMs, std::optional<qint64>(480000));
    QVERIFY(design.isModified());

    // An invalid duration is refused, not written.
    QSignalSpy failed(&editor, &ScenarioEditor::editFailed);
    commitLine(duration, u"eight minutes"_s);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(store.undoStack()->count(), 1);

    store.undoStack()->undo();
    QCOMPARE(store.text(), before);
    QCOMPARE(duration->text(), u"6m"_s);
    QVERIFY(!design.isModified());
    store.undoStack()->redo();
    QVERIFY(store.text().contains("duration: 8m"));
}

void TestScenarioEditor::spinEditsMerge()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    const QByteArray before = store.text();
    auto *replicas = qobject_cast<QSpinBox *>(editor.fieldEditor(u"gateway.replicas"_s));
    QVERIFY(replicas);
    QCOMPARE(replicas->value(), 1);
    replicas->setValue(2);
    replicas->setValue(3);
    replicas->setValue(4);
    QCOMPARE(store.undoStack()->count(), 1);
    QCOMPARE(store.scenario()->replicas, 4);
    QCOMPARE(changedLines(before, store.text()), QStringList {u"    replicas: 4"_s});
    store.undoStack()->undo();
    QCOMPARE(store.text(), before);
    QCOMPARE(replicas->value(), 1);
}

void TestScenarioEditor::populationsTable()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    PopulationsModel *model = editor.populationsModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PopulationsModel::Name).data().toString(), u"browsers"_s);
    QCOMPARE(model->index(0, PopulationsModel::Addresses).data().toString(), u"NAT, 10 addresses"_s);
    QCOMPARE(model->index(0, PopulationsModel::CookieJar).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    const QByteArray before = store.text();
    QVERIFY(model->setData(model->index(0, PopulationsModel::Clients), 2000));
    QCOMPARE(changedLines(before, store.text()), QStringList {u"    clients: 2000"_s});
    QCOMPARE(model->index(0, PopulationsModel::Clients).data(Qt::EditRole).toLongLong(), 2000);
    QVERIFY(model->setData(model->index(0, PopulationsModel::CookieJar), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(store.scenario()->populations.front().cookieJar, false);
    QCOMPARE(store.undoStack()->count(), 2);

    // A new population copies the last one under a new name.
    QVERIFY(model->addPopulation());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(store.scenario()->populations.size(), size_t(2));
    QCOMPARE(store.scenario()->populations[1].clients, 2000);
    QVERIFY(model->removePopulation(0));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(store.undoStack()->count(), 4);
    while (store.undoStack()->canUndo())
        store.undoStack()->undo();
    QCOMPARE(store.text(), before);
    QCOMPARE(model->rowCount(), 1);
}

void TestScenarioEditor::populationsRejectBadNumbers()
{
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    PopulationsModel *model = editor.populationsModel();
    QSignalSpy failed(model, &PopulationsModel::editFailed);
    const QModelIndex clients = model->index(0, PopulationsModel::Clients);
    QCOMPARE(clients.data(Qt::EditRole).typeId(), int(QMetaType::Int));
    const QByteArray before = store.text();
    // Not whole numbers in the simulator's range: refused with a message, nothing written.
    for (const QVariant &bad : {QVariant(u"abc"_s), QVariant(QString()), QVariant(u"-5"_s), QVariant(-5),
                                QVariant(0), QVariant(10000001), QVariant(2.5), QVariant(u"1e6"_s)}) {
        QVERIFY2(!model->setData(clients, bad), qPrintable(bad.toString()));
        QCOMPARE(store.text(), before);
    }
    QCOMPARE(failed.count(), 8);
    QCOMPARE(failed.first().first().toString(),
             u"Clients: \"abc\" is not a whole number from 1 to 10,000,000"_s);
    QVERIFY(!model->setData(model->index(0, PopulationsModel::Sessions), u"many"_s));
    QVERIFY(!model->setData(model->index(0, PopulationsModel::Sessions), 100001));
    QVERIFY(!model->setData(model->index(0, PopulationsModel::Requests), 0));
    QCOMPARE(store.undoStack()->count(), 0);
    // Numbers as the locale writes them, and the ends of the ranges, are taken.
    QVERIFY(model->setData(clients, u" 1,000,000 "_s));
    QCOMPARE(store.scenario()->populations.front().clients, 1000000);
    store.undoStack()->undo();
    const std::pair<int, int> ends[] = {{PopulationsModel::Clients, 10000000},
                                        {PopulationsModel::Sessions, 100000},
                                        {PopulationsModel::Requests, 1000000}};
    for (const auto &[column, maximum] : ends) {
        QVERIFY(model->setData(model->index(0, column), maximum));
        QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
        QCOMPARE(model->index(0, column).data(Qt::EditRole).toInt(), maximum);
        store.undoStack()->undo();
    }
    QCOMPARE(store.text(), before);

    // The table edits with spin boxes limited to those ranges.
    QTableView *view = editor.populationsView();
    QStyleOptionViewItem option;
    for (int column :
         {int(PopulationsModel::Clients), int(PopulationsModel::Sessions), int(PopulationsModel::Requests)}) {
        const QModelIndex index = model->index(0, column);
        std::unique_ptr<QWidget> widget(view->itemDelegate()->createEditor(view, option, index));
        auto *spin = qobject_cast<QSpinBox *>(widget.get());
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), PopulationsModel::range(column)->minimum);
        QCOMPARE(spin->maximum(), PopulationsModel::range(column)->maximum);
    }
    QCOMPARE(PopulationsModel::range(PopulationsModel::Clients)->maximum, 10000000);
    QVERIFY(!PopulationsModel::range(PopulationsModel::Name));
    QLocale::setDefault(locale);
}

void TestScenarioEditor::editorRangesAreTheParsers()
{
    // Each number field of the editor reaches exactly as far as the simulator reads: its maximum
    // is accepted, one more is refused.
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    const struct
    {
        const char *key;
        const char *path;
        int parserMinimum;
        int parserMaximum;
    } fields[] = {
        {"gateway.replicas", "spec.gateway.replicas", 1, 64},
        {"record", "spec.record", -1, 1000000},
        {"stripClients", "spec.stripClients", 0, 100000},
        {"sessions", "spec.populations[0].sessions", 1, 100000},
        {"requestsPerSession", "spec.populations[0].requestsPerSession", 1, 1000000},
        {"addresses.perSubnet", "spec.populations[0].addresses.perSubnet", 1, 254},
    };
    for (const auto &f : fields) {
        auto *spin = qobject_cast<QSpinBox *>(editor.fieldEditor(QLatin1String(f.key)));
        QVERIFY2(spin, f.key);
        QCOMPARE(spin->minimum(), f.parserMinimum);
        QCOMPARE(spin->maximum(), f.parserMaximum);
        const yaml::Path path = yaml::Path::of(f.path);
        for (int value : {f.parserMinimum, f.parserMaximum}) {
            QVERIFY(store.setField(path, yaml::Value(value), u"test"_s));
            QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
        }
        for (int value : {f.parserMinimum - 1, f.parserMaximum + 1}) {
            QVERIFY(store.setField(path, yaml::Value(value), u"test"_s));
            QVERIFY2(firstProblem(store).contains(u"is out of range"_s), qPrintable(firstProblem(store)));
        }
        while (store.undoStack()->canUndo())
            store.undoStack()->undo();
    }
}

void TestScenarioEditor::addressPlanChoice()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    auto *plan = qobject_cast<QComboBox *>(editor.fieldEditor(u"addresses.plan"_s));
    QVERIFY(plan);
    QCOMPARE(plan->currentData().toString(), u"nat"_s);
    const QByteArray before = store.text();
    auto *groups = qobject_cast<QSpinBox *>(editor.fieldEditor(u"addresses.groups"_s));
    QCOMPARE(groups->value(), 10);
    // A plan change drops the NAT's fields (the simulator refuses them with another plan): one step.
    const int shared = plan->findData(u"shared24"_s);
    plan->setCurrentIndex(shared);
    Q_EMIT plan->activated(shared);
    QCOMPARE(store.undoStack()->count(), 1);
    QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
    QCOMPARE(store.scenario()->populations.front().addresses.kind, sim::AddressPlan::Kind::Shared24);
    QVERIFY(store.text().contains("      plan: shared24\n      base: 198.51.100.1\n    cookieJar"));
    // Back to NAT: the addresses come back as clients / 100.
    const int nat = plan->findData(u"nat"_s);
    plan->setCurrentIndex(nat);
    Q_EMIT plan->activated(nat);
    QCOMPARE(store.scenario()->populations.front().addresses.groups, 10);
    // Clients per address instead of addresses: the alternative is removed in the same step.
    auto *groupSize = qobject_cast<QSpinBox *>(editor.fieldEditor(u"addresses.groupSize"_s));
    const int steps = store.undoStack()->count();
    groupSize->setValue(50);
    QCOMPARE(store.undoStack()->count(), steps + 1);
    QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
    QCOMPARE(store.scenario()->populations.front().addresses.groupSize, 50);
    QCOMPARE(store.scenario()->populations.front().addresses.groups, 0);
    QCOMPARE(groups->value(), 0);

    auto *think = qobject_cast<QLineEdit *>(editor.fieldEditor(u"thinkTime"_s));
    QCOMPARE(think->text(), u"3s"_s);
    commitLine(think, u"500ms"_s);
    QCOMPARE(store.scenario()->populations.front().thinkTimeMs, 500);
    while (store.undoStack()->canUndo())
        store.undoStack()->undo();
    QCOMPARE(store.text(), before);
    QCOMPARE(plan->currentData().toString(), u"nat"_s);
    QCOMPARE(groups->value(), 10);
}

void TestScenarioEditor::routeMix()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    RouteMixModel *routes = editor.routeMixModel();
    QCOMPARE(routes->population(), 0);
    QCOMPARE(routes->rowCount(), 3);
    QCOMPARE(routes->index(1, RouteMixModel::Path).data().toString(), u"/tea"_s);
    // The pickers offer the design's hostnames and paths.
    QVERIFY(routes->hostChoices().contains(u"cafe.example.com"_s));
    QVERIFY(routes->pathChoices().contains(u"/latte"_s));

    const QByteArray before = store.text();
    QVERIFY(routes->setData(routes->index(0, RouteMixModel::Share), 3.0));
    QCOMPARE(changedLines(before, store.text()),
             QStringList {u"    - {host: cafe.example.com, path: /coffee, weight: 3}"_s});
    QCOMPARE(store.scenario()->populations.front().routes.front().weight, 3.0);
    QVERIFY(routes->addRequest(u"cafe.example.com"_s, u"/tea"_s));
    QCOMPARE(routes->rowCount(), 4);
    QCOMPARE(store.scenario()->populations.front().routes.size(), size_t(4));
    QVERIFY(routes->removeRequest(3));
    QVERIFY(routes->removeRequest(0));
    QCOMPARE(store.scenario()->populations.front().routes.front().path, u"/tea"_s);
    while (store.undoStack()->canUndo())
        store.undoStack()->undo();
    QCOMPARE(store.text(), before);
}

void TestScenarioEditor::editKeepsThePopulationSelected()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    QVERIFY(design.addFile(example("cafe-walkthrough.scenario.yaml"), u"walkthrough.yaml"_s).ok);
    ScenarioStore store(&design);
    ScenarioEditor editor(&store);
    QCOMPARE(editor.populationsModel()->rowCount(), 3);
    QCOMPARE(editor.currentPopulation(), 0);
    editor.setCurrentPopulation(2);
    QCOMPARE(editor.routeMixModel()->population(), 2);
    QVERIFY(editor.routeMixModel()->scripted());
    QCOMPARE(editor.routeMixModel()->headerData(RouteMixModel::Share, Qt::Horizontal).toString(),
             u"Repeat"_s);
    auto *think = qobject_cast<QLineEdit *>(editor.fieldEditor(u"thinkTime"_s));
    QCOMPARE(think->text(), u"100ms"_s);
    commitLine(think, u"2s"_s);
    QCOMPARE(store.scenario()->populations[2].thinkTimeMs, 2000);
    QCOMPARE(store.scenario()->populations[0].thinkTimeMs, 100);
    QCOMPARE(editor.currentPopulation(), 2);
    QCOMPARE(editor.populationsView()->currentIndex().row(), 2);
    // A script step's repeat.
    QVERIFY(editor.routeMixModel()->setData(editor.routeMixModel()->index(0, RouteMixModel::Share), 7));
    QCOMPARE(store.scenario()->populations[2].script.front().repeat, 7);
    QCOMPARE(editor.currentPopulation(), 2);
}

void TestScenarioEditor::timelineDragMovesEvent()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    TimelineWidget timeline(&store);
    timeline.resize(800, 160);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.eventCount(), 6);
    QCOMPARE(timeline.spanMs(), 360000);
    QCOMPARE(timeline.eventTime(0), 90000);
    // Events at one time stack: the three at 90 s share an x, in lanes.
    QCOMPARE(timeline.markerCenter(0).x(), timeline.markerCenter(1).x());
    QVERIFY(timeline.markerCenter(0).y() != timeline.markerCenter(1).y());

    const QByteArray before = store.text();
    QSignalSpy selected(&timeline, &TimelineWidget::selectionChanged);
    const QPoint from = timeline.markerCenter(0);
    const QPoint to(int(timeline.xOf(120000)), from.y());
    QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
    QCOMPARE(timeline.selectedEvent(), 0);
    QCOMPARE(selected.count(), 1);
    QMouseEvent move(QEvent::MouseMove, QPointF((from.x() + to.x()) / 2, from.y()),
                     timeline.mapToGlobal(QPointF(from)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&timeline, &move);
    QCOMPARE(store.undoStack()->count(), 0); // nothing written while dragging
    QTest::mouseRelease(&timeline, Qt::LeftButton, {}, to);
    QCOMPARE(store.undoStack()->count(), 1);
    QCOMPARE(timeline.eventTime(0), 120000);
    QCOMPARE(changedLines(before, store.text()),
             QStringList {u"  - {at: 2m, type: scale, deployment: coffee, replicas: 4, readyAfter: 5s}"_s});
    QCOMPARE(store.undoStack()->undoText(), u"Move Event to 2m"_s);
    store.undoStack()->undo();
    QCOMPARE(store.text(), before);

    // Escape lets a drag go where it started.
    QTest::mousePress(&timeline, Qt::LeftButton, {}, timeline.markerCenter(3));
    QMouseEvent away(QEvent::MouseMove, QPointF(timeline.xOf(20000), from.y()),
                     timeline.mapToGlobal(QPointF(from)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&timeline, &away);
    QTest::keyClick(&timeline, Qt::Key_Escape);
    QTest::mouseRelease(&timeline, Qt::LeftButton, {}, QPoint(int(timeline.xOf(20000)), from.y()));
    QCOMPARE(store.text(), before);
    QCOMPARE(timeline.selectedEvent(), 3);
    // Up and Down select the previous and next event.
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Up);
    QCOMPARE(timeline.selectedEvent(), 2);
    QTest::keyClick(&timeline, Qt::Key_Up);
    QTest::keyClick(&timeline, Qt::Key_Up);
    QTest::keyClick(&timeline, Qt::Key_Up);
    QCOMPARE(timeline.selectedEvent(), 0);

    // The arrow keys move the selected event by a second.
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Right);
    QCOMPARE(timeline.eventTime(0), 91000);
}

void TestScenarioEditor::timelineKeepsRoomForItsLanes()
{
    // The cafe at scale scales three Deployments at 1m30s: three lanes. At its smallest (the
    // Events box on a 1366×768 screen) the widget still has room for them, one above the other.
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    TimelineWidget timeline(&store);
    timeline.resize(800, 40);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.eventTime(0), timeline.eventTime(2));
    timeline.resize(800, timeline.minimumSizeHint().height());
    std::vector<int> ys;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(timeline.rect().contains(timeline.markerCenter(i)));
        ys.push_back(timeline.markerCenter(i).y());
    }
    std::sort(ys.begin(), ys.end());
    // As far apart as a label is high (closer than LaneHeight where space is short).
    const int label = timeline.fontMetrics().height();
    QVERIFY2(ys[1] - ys[0] >= label && ys[2] - ys[1] >= label,
             "markers of one time lie on top of each other");
    // With room to spare, lanes keep their usual distance.
    timeline.resize(800, 200);
    QCOMPARE(std::abs(timeline.markerCenter(1).y() - timeline.markerCenter(0).y()), 22);
}

void TestScenarioEditor::timelineWithManyEvents()
{
    // 500 events: 50 times 10 s apart, 10 events at each (they stack in lanes), the four kinds in turn.
    const char *const kinds[] = {
        "{type: scale, deployment: coffee, replicas: 3}", "{type: failPod, deployment: coffee, index: 0}",
        "{type: restartPod, deployment: tea, index: 0}", "{type: rollingUpdate, deployment: latte}"};
    const QColor colors[] = {QColor(0x2e, 0x86, 0xc1), QColor(0xc0, 0x39, 0x2b), QColor(0xd6, 0x8a, 0x10),
                             QColor(0x8e, 0x44, 0xad)};
    QByteArray text = example("cafe-at-scale.scenario.yaml");
    text.truncate(text.indexOf("  events:\n"));
    text += "  events:\n";
    for (int i = 0; i < 500; ++i) {
        const QByteArray at = "  - {at: " + QByteArray::number((i / 10 + 1) * 10) + "s, ";
        text += QByteArray(kinds[i % 4]).replace(QByteArray("{"), at) + '\n';
    }
    // A marker's centre is at its time's x (QRect::center() is a pixel left of the middle).
    const auto onX = [](const QPoint &centre, double x) { return std::abs(centre.x() - x) <= 1.5; };
    Design design;
    QVERIFY(test::loadCafe(design));
    QVERIFY(design.addFile(text, u"many.scenario.yaml"_s).ok);
    ScenarioStore store(&design);
    QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
    QCOMPARE(store.scenario()->events.size(), size_t(500));
    TimelineWidget timeline(&store);
    timeline.resize(2000, 400);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.eventCount(), 500);
    QCOMPARE(timeline.spanMs(), 600000); // the last event (500 s) and a fifth more
    for (int i = 0; i < 500; ++i) {
        const QPoint c = timeline.markerCenter(i);
        QCOMPARE(timeline.eventTime(i), qint64(i / 10 + 1) * 10000);
        QVERIFY(onX(c, timeline.xOf(timeline.eventTime(i))));
        if (i % 10 > 0) // the same time: the same x, the next lane up
            QVERIFY(c.y() < timeline.markerCenter(i - 1).y());
    }

    // Painted: each marker in its kind's colour (beside the centre, where later dashed lines
    // cross; away from the right end, where labels turn left over earlier markers).
    const QImage image = timeline.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    int checked = 0;
    for (int i = 0; i < 500; ++i) {
        const QPoint c = timeline.markerCenter(i) + QPoint(3, 0);
        if (c.x() > timeline.width() - 400)
            continue;
        QCOMPARE(image.pixelColor((QPointF(c) * dpr).toPoint()).rgb(), colors[i % 4].rgb());
        ++checked;
    }
    QVERIFY(checked > 300);

    // Hit testing: a click on each marker selects its event and writes nothing.
    for (int i = 0; i < 500; ++i) {
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.markerCenter(i));
        QCOMPARE(timeline.selectedEvent(), i);
    }
    QCOMPARE(store.undoStack()->count(), 0);

    // The markers follow a drag while it goes on, an edit, its undo, and a resize.
    const QPoint from = timeline.markerCenter(499);
    QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
    const double x = timeline.xOf(5000);
    QMouseEvent move(QEvent::MouseMove, QPointF(x, from.y()), timeline.mapToGlobal(QPointF(x, from.y())),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&timeline, &move);
    QVERIFY(onX(timeline.markerCenter(499), x));
    QCOMPARE(timeline.markerCenter(498).x(), from.x());
    QTest::mouseRelease(&timeline, Qt::LeftButton, {}, QPoint(int(x), from.y()));
    QCOMPARE(store.undoStack()->count(), 1);
    QCOMPARE(timeline.eventTime(499), 5000);
    QVERIFY(onX(timeline.markerCenter(499), x));
    QCOMPARE(timeline.spanMs(), 600000); // events 490 to 498 are still at 500 s
    store.undoStack()->undo();
    QCOMPARE(timeline.markerCenter(499), from);
    timeline.resize(1000, 400);
    QTRY_VERIFY(timeline.markerCenter(499).x() < from.x());
    QVERIFY(onX(timeline.markerCenter(499), timeline.xOf(500000)));
}

void TimelineAddAndDeleteHelper(ScenarioStore &store, TimelineWidget &timeline)
{
    const QByteArray before = store.text();
    const QPoint at(int(timeline.xOf(300000)), timeline.height() / 2);
    QTest::mouseDClick(&timeline, Qt::LeftButton, {}, at);
    QCOMPARE(timeline.eventCount(), 7);
    QCOMPARE(timeline.selectedEvent(), 6);
    QCOMPARE(timeline.eventTime(6), 300000);
    QCOMPARE(store.scenario()->events.back().type, sim::ScenarioEvent::Type::Scale);
    QCOMPARE(store.scenario()->events.back().deployment, u"coffee"_s);
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Delete);
    QCOMPARE(timeline.eventCount(), 6);
    QCOMPARE(store.undoStack()->count(), 2);
    // The other kinds of event, as the context menu adds them: each reads as the simulator expects.
    QVERIFY(timeline.addEvent(30000, u"failPod"_s));
    QCOMPARE(timeline.selectedEvent(), 0);
    QVERIFY(timeline.addEvent(40000, u"rollingUpdate"_s));
    QVERIFY2(store.scenario().has_value(), qPrintable(firstProblem(store)));
    QCOMPARE(store.scenario()->events.front().type, sim::ScenarioEvent::Type::FailPod);
    QCOMPARE(store.scenario()->events[1].type, sim::ScenarioEvent::Type::RollingUpdate);
    while (store.undoStack()->canUndo())
        store.undoStack()->undo();
    QCOMPARE(store.text(), before);
}

void TestScenarioEditor::timelineAddAndDelete()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    TimelineWidget timeline(&store);
    timeline.resize(800, 160);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    TimelineAddAndDeleteHelper(store, timeline);
}

void TestScenarioEditor::eventTypeChange()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    EventEditor editor(&store);
    editor.setEvent(0);
    QCOMPARE(editor.typeCombo()->currentData().toString(), u"scale"_s);
    QCOMPARE(editor.replicasSpin()->value(), 4);
    QCOMPARE(editor.atEdit()->text(), u"90s"_s);
    const QByteArray before = store.text();
    QVERIFY(editor.setType(u"failPod"_s));
    QCOMPARE(store.undoStack()->count(), 1);
    QCOMPARE(changedLines(before, store.text()),
             QStringList {u"  - {at: 90s, type: failPod, deployment: coffee, index: 0}"_s});
    QVERIFY(store.scenario().has_value());
    const auto &events = store.scenario()->events;
    QCOMPARE(events.front().type, sim::ScenarioEvent::Type::FailPod);
    QCOMPARE(events.front().index, 0);
    // The Pod picker lists the Deployment's Pods; choosing one replaces the index (one step).
    QVERIFY(editor.podCombo()->count() >= 3);
    const QString pod = editor.podCombo()->itemText(1);
    QVERIFY(pod.startsWith(u"coffee-"_s));
    editor.podCombo()->setCurrentIndex(1);
    Q_EMIT editor.podCombo()->activated(1);
    QCOMPARE(store.undoStack()->count(), 2);
    QCOMPARE(store.scenario()->events.front().pod, pod);
    QCOMPARE(store.scenario()->events.front().index, -1);
    store.undoStack()->undo();
    store.undoStack()->undo();
    QCOMPARE(store.text(), before);
}

void TestScenarioEditor::newScenarioIsSavedButNotExported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cafe.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::cafeText());
    }
    Design design;
    QVERIFY(design.openFile(path).ok);
    const QByteArray exported = design.exportText();
    ScenarioStore store(&design);
    QCOMPARE(store.current(), DocumentId(0));
    QSignalSpy changed(&store, &ScenarioStore::scenariosChanged);
    const DocumentId id = store.newScenario();
    QVERIFY(id != 0);
    QCOMPARE(store.current(), id);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(store.name(id), u"scenario-1"_s);
    QVERIFY2(store.scenario().has_value(),
             qPrintable(store.diagnostics().empty() ? QString() : store.diagnostics().front().toString()));
    // The template sends the design's routes.
    QStringList paths;
    for (const sim::RequestTemplate &r : store.scenario()->populations.front().routes)
        paths << r.path;
    QCOMPARE(paths, (QStringList {u"/coffee"_s, u"/tea"_s, u"/latte"_s}));
    QCOMPARE(design.exportText(), exported);
    QVERIFY(design.isModified());
    QString error;
    QVERIFY2(design.save(&error), qPrintable(error));
    QVERIFY(!design.isModified());
    QVERIFY(store.undoStack()->isClean());

    Design reopened;
    QVERIFY(reopened.openFile(path).ok);
    ScenarioStore again(&reopened);
    QCOMPARE(again.scenarios().size(), size_t(1));
    QCOMPARE(again.text(), store.text());
    QCOMPARE(reopened.exportText(), exported);

    // Undo removes the document again.
    store.undoStack()->undo();
    QCOMPARE(store.current(), DocumentId(0));
    QVERIFY(design.isModified());
    QCOMPARE(design.fileText(0), test::cafeText());
}

void TestScenarioEditor::foreignEditDropsHistoryButKeepsModified()
{
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    QVERIFY(store.setField(yaml::Path::of("spec.seed"), yaml::Value::raw("7"), u"Change Seed"_s));
    QCOMPARE(store.undoStack()->count(), 1);
    // The YAML tab replaces the whole document (a command on the design's stack).
    DesignEditor editor(&design);
    std::string text = store.text().toStdString();
    text.replace(text.find("seed: 7"), 7, "seed: 8");
    QVERIFY(editor.replaceDocumentText(store.current(), text));
    QCOMPARE(store.undoStack()->count(), 0);
    QCOMPARE(store.scenario()->seed, std::optional<quint64>(8));
    // Undoing the design's edit leaves the scenario edit in the text: still modified.
    design.undoStack()->undo();
    QVERIFY(store.text().contains("seed: 7"));
    QVERIFY(design.isModified());
}

void TestScenarioEditor::scenarioEditDropsDesignHistoryOfItsDocument()
{
    // The review's repro: the YAML tab edits scenario S (design stack A->B), the scenario editor
    // edits S (B->C), Design mode, Ctrl+Z: C must survive.
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    DesignEditor editor(&design);
    std::string text = store.text().toStdString();
    const std::string a = text;
    text.replace(text.find("seed: 1"), 7, "seed: 8");
    QVERIFY(editor.replaceDocumentText(store.current(), text));
    QCOMPARE(design.undoStack()->count(), 1);
    QVERIFY(store.setField(yaml::Path::of("spec.seed"), yaml::Value::raw("9"), u"Change Seed"_s));
    const QByteArray c = store.text();
    QVERIFY(c.contains("seed: 9"));
    // The design's step was made for text that is gone: dropped, and the design still unsaved.
    QCOMPARE(design.undoStack()->count(), 0);
    QVERIFY(!design.undoStack()->canUndo());
    QVERIFY(design.isModified());
    design.undoStack()->undo();
    QCOMPARE(store.text(), c);
    QCOMPARE(store.undoStack()->count(), 1);
    // The scenario's own step still undoes to the YAML tab's text.
    store.undoStack()->undo();
    QVERIFY(store.text().contains("seed: 8"));
    QVERIFY(store.text().toStdString() != a);
    QVERIFY(design.isModified());

    // Design steps on other documents stay.
    const Resource *service = design.find(Kind::Service, u"default"_s, u"coffee"_s);
    QVERIFY(service);
    QVERIFY(editor.setField(service->id, yaml::Path::of("spec.ports[0].port"), yaml::Value::raw("8080")));
    QCOMPARE(design.undoStack()->count(), 1);
    QVERIFY(store.setField(yaml::Path::of("spec.seed"), yaml::Value::raw("10"), u"Change Seed"_s));
    QCOMPARE(design.undoStack()->count(), 1);
}

void TestScenarioEditor::designUndoNeverOverwritesAnotherStacksText()
{
    // The safety net: whatever changed a document behind a design command's back, undo and redo
    // of that command leave the document alone and drop the command.
    Design design;
    loadAtScale(design);
    ScenarioStore store(&design);
    DesignEditor editor(&design);
    std::string text = store.text().toStdString();
    text.replace(text.find("seed: 1"), 7, "seed: 8");
    QVERIFY(editor.replaceDocumentText(store.current(), text));
    std::string other = text;
    other.replace(other.find("seed: 8"), 7, "seed: 99");
    store.applyText(store.current(), other); // bypasses both histories
    QCOMPARE(design.undoStack()->count(), 1);
    design.undoStack()->undo();
    QCOMPARE(store.text().toStdString(), other);
    QCOMPARE(design.undoStack()->count(), 0);
    // (Whatever made the change keeps the design modified: in the application that is always
    // the other stack's step, see scenarioEditDropsDesignHistoryOfItsDocument.)

    // Redo the same way: a step undone, then the text changed behind it, is dropped on redo.
    QVERIFY(editor.replaceDocumentText(store.current(), text));
    design.undoStack()->undo();
    QCOMPARE(store.text().toStdString(), other);
    std::string third = other;
    third.replace(third.find("seed: 99"), 8, "seed: 3");
    store.applyText(store.current(), third);
    design.undoStack()->redo();
    QCOMPARE(store.text().toStdString(), third);
    QVERIFY(!design.undoStack()->canRedo());
    QCOMPARE(design.undoStack()->count(), 0);
}

void TestScenarioEditor::newScenarioOnEmptyDesignUndoesItsFile()
{
    Design design;
    ScenarioStore store(&design);
    QCOMPARE(design.fileCount(), 0);
    const DocumentId id = store.newScenario();
    QVERIFY(id != 0);
    QCOMPARE(design.fileCount(), 1);
    QVERIFY(design.isModified());
    store.undoStack()->undo();
    QCOMPARE(design.fileCount(), 0); // no unnamed file left behind
    QVERIFY(design.documents().empty());
    QVERIFY(!design.isModified());
    QCOMPARE(store.current(), DocumentId(0));
    store.undoStack()->redo();
    QCOMPARE(design.fileCount(), 1);
    QVERIFY(design.document(id));
    QCOMPARE(store.current(), id);
    QCOMPARE(store.undoStack()->count(), 1);
}

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
