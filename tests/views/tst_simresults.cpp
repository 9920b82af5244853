// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/comparisonwriter.h"
#include "sim/methodcomparison.h"
#include "sim/resultwriter.h"
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"
#include "views/common/theme.h"
#include "views/sim/results/assignmentstripview.h"
#include "views/sim/results/chartexport.h"
#include "views/sim/results/kpimodel.h"
#include "views/sim/results/methodcomparisonview.h"
#include "views/sim/results/podbarchart.h"
#include "views/sim/results/podloadchart.h"
#include "views/sim/results/podnames.h"
#include "views/sim/results/podpalette.h"
#include "views/sim/results/rejectedchart.h"
#include "views/sim/results/requestinspector.h"
#include "views/sim/results/requestrecordmodel.h"
#include "views/sim/results/simulationresultsview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <algorithm>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

QByteArray readSource(const QString &path)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR) + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

std::shared_ptr<const sim::Scenario> example(const char *name)
{
    Diagnostics d;
    auto s = sim::ScenarioParser::parse(
        readSource(QStringLiteral("/resources/examples/") + QLatin1String(name)), QLatin1String(name), d);
    if (!s)
        qFatal("example scenario does not read");
    return std::make_shared<const sim::Scenario>(*s);
}

sim::SimulationInput cafeInput(const sim::Scenario &s)
{
    sim::SimulationInput in;
    in.files.push_back(
        {QStringLiteral("cafe.yaml"), readSource(QStringLiteral("/resources/examples/cafe.yaml"))});
    in.profile = sim::ScenarioRunner::profile(s, {});
    return in;
}

/** Runs an example scenario on the cafe with the real ScenarioRunner. */
std::shared_ptr<const sim::SimulationResult> run(const sim::Scenario &s)
{
    Diagnostics d;
    auto r = sim::ScenarioRunner::run(cafeInput(s), s, {}, d);
    if (!r)
        qFatal("scenario run failed");
    return std::make_shared<const sim::SimulationResult>(std::move(*r));
}

/** The bar values of a PodBarChart: category name -> the value of the set at its own category. */
std::map<QString, qint64> bars(const PodBarChart &chart)
{
    std::map<QString, qint64> out;
    const QList<QBarSet *> sets = chart.series()->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        for (int j = 0; j < sets[i]->count(); ++j) {
            if (j != i && sets[i]->at(j) != 0)
                qFatal("bar set %d has a value at another category", i);
        }
        out[sets[i]->label()] = qint64(sets[i]->at(i));
    }
    return out;
}

} // namespace

/** The result views on real runs of the bundled examples: charts equal the result, strip, inspector, exports.
 */
class tst_SimResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectedOverTime();
    void barsEqualRouteStats();
    void rebuildDeletesOldAxes();
    void stripCellsEqualResult();
    void longStripIsSampled();
    void markersAtEventTimes();
    void kpisEqualRouteStats();
    void inspectorExplainsIpHash();
    void inspectorExplainsCookieAndRandomTwo();
    void inspectorFilterWaitsOnManyRows();
    void podColoursReadable();
    void resultsViewTabsAndExportTarget();
    void exports();
    void printToPdf();
    void comparisonView();
    void shortPodNames();
    void countAxesHaveWholeSteps();
    void comparisonReadsAtAGlance();

private:
    std::shared_ptr<const sim::Scenario> m_atScale;
    std::shared_ptr<const sim::Scenario> m_walkthrough;
    std::shared_ptr<const sim::SimulationResult> m_atScaleResult;
    std::shared_ptr<const sim::SimulationResult> m_walkthroughResult;
};

void tst_SimResults::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_atScale = example("cafe-at-scale.scenario.yaml");
    m_walkthrough = example("cafe-walkthrough.scenario.yaml");
    m_atScaleResult = run(*m_atScale);
    m_walkthroughResult = run(*m_walkthrough);
    QCOMPARE(m_atScaleResult->requests, 40000);
}

void tst_SimResults::barsEqualRouteStats()
{
    const sim::SimulationResult &r = *m_atScaleResult;
    PodBarChart chart;
    chart.setResult(m_atScaleResult);
    // The picker lists every proxied route group, after "All routes".
    QCOMPARE(chart.routePicker()->count(), 4);
    QCOMPARE(chart.routePicker()->itemData(0).toInt(), -1);
    for (int g = 0; g < int(r.groups.size()); ++g) {
        if (r.stats[size_t(g)].served == 0)
            continue;
        chart.routePicker()->setCurrentIndex(chart.routePicker()->findData(g));
        Q_EMIT chart.routePicker()->activated(chart.routePicker()->currentIndex());
        QCOMPARE(chart.group(), g);
        std::map<QString, qint64> expected;
        for (const auto &[pod, load] : r.stats[size_t(g)].podLoad)
            expected[r.pods[size_t(pod)].name] = load;
        QCOMPARE(bars(chart), expected);
        // Each bar in its Pod's colour; the categories are the Pods.
        const auto *axis =
            qobject_cast<QBarCategoryAxis *>(chart.chartView()->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->count(), int(expected.size()));
        // Under the bars the short, unique part of the names (the random suffix).
        QStringList names;
        for (const auto &entry : r.stats[size_t(g)].podLoad)
            names << r.pods[size_t(entry.first)].name;
        const QStringList labels = PodNames::shortNames(names);
        int i = 0;
        for (const auto &[pod, load] : r.stats[size_t(g)].podLoad) {
            QCOMPARE(axis->at(i), labels[i]);
            QVERIFY(r.pods[size_t(pod)].name.endsWith(u'-' + labels[i]));
            QCOMPARE(chart.series()->barSets()[i]->color(), PodPalette::color(pod, chart.palette()));
            ++i;
        }
        QVERIFY(chart.chartView()->chart()->title().contains(r.groups[size_t(g)].route));
    }
    // All routes: the sums.
    chart.setGroup(-1);
    qint64 total = 0;
    for (const auto &[name, value] : bars(chart))
        total += value;
    qint64 served = 0;
    for (const sim::RouteStats &s : r.stats)
        served += s.served;
    QCOMPARE(total, served);
}

void tst_SimResults::rebuildDeletesOldAxes()
{
    // removeAxis() gives the axis back to the caller: a rebuild must delete the old axes.
    const auto axes = [](QChartView *view) {
        QList<QPointer<QAbstractAxis>> out;
        for (QAbstractAxis *axis : view->chart()->axes())
            out << axis;
        return out;
    };
    const auto allDeleted = [](const QList<QPointer<QAbstractAxis>> &list) {
        return std::all_of(list.begin(), list.end(), [](const auto &axis) { return axis.isNull(); });
    };
    PodBarChart bars;
    bars.setResult(m_atScaleResult);
    const auto barAxes = axes(bars.chartView());
    QCOMPARE(barAxes.size(), 2);
    bars.setGroup(-1);
    QVERIFY(allDeleted(barAxes));
    QCOMPARE(bars.chartView()->chart()->axes().size(), 2);
    const auto groupAxes = axes(bars.chartView());
    bars.clear();
    QVERIFY(bars.chartView()->chart()->axes().isEmpty());
    QVERIFY(allDeleted(groupAxes));

    PodLoadChart load;
    load.setResult(m_atScaleResult);
    const auto loadAxes = axes(load.chartView());
    QCOMPARE(loadAxes.size(), 2);
    load.setResult(m_walkthroughResult);
    QVERIFY(allDeleted(loadAxes));
    QCOMPARE(load.chartView()->chart()->axes().size(), 2);
    load.clear();
    QVERIFY(load.chartView()->chart()->axes().isEmpty());
}

void tst_SimResults::stripCellsEqualResult()
{
    const sim::SimulationResult &r = *m_atScaleResult;
    AssignmentStripView strip;
    strip.setResult(m_atScaleResult);
    strip.resize(900, strip.sizeHint().height());
    // 60 sampled clients, a row per entry of their route mix (coffee, tea, latte).
    QCOMPARE(int(r.strip.rows.size()), 60 * 3);
    QVERIFY(strip.sizeHint().height() > 180 * strip.rowHeight());
    const QImage image = strip.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    int checked = 0;
    for (int row = 0; row < int(r.strip.rows.size()); row += 7) {
        for (int b = 0; b < r.strip.buckets; b += 5) {
            const QRectF cell = strip.cellRect(row, b);
            QCOMPARE(strip.cellAt(cell.center()), std::make_pair(row, b));
            if (cell.width() < 3)
                continue; // too thin to sample a pixel without its neighbours
            const qint32 c = r.strip.cell(row, b);
            const QColor expected = c == sim::AssignmentStrip::NoRequest
                ? PodPalette::noRequest(strip.palette())
                : c < 0 ? PodPalette::notServed(strip.palette())
                        : PodPalette::color(c, strip.palette());
            // Away from the event marker lines.
            bool nearMarker = false;
            for (const sim::EventMarker &m : r.markers)
                nearMarker = nearMarker || std::abs(strip.xOf(m.atMs) - cell.center().x()) < 4;
            if (nearMarker)
                continue;
            QCOMPARE(image.pixelColor((cell.center() * dpr).toPoint()).rgb(), expected.rgb());
            const QString tip = strip.cellText(row, b);
            QVERIFY(tip.startsWith(r.strip.rows[size_t(row)].label + QStringLiteral(", t = ")));
            if (c >= 0)
                QVERIFY(tip.endsWith(r.pods[size_t(c)].name));
            ++checked;
        }
    }
    QVERIFY(checked > 50);
    QCOMPARE(strip.cellAt(QPointF(-5, -5)), std::make_pair(-1, -1));
    // A row that changes Pod at the rolling update: its cells before and after differ.
    bool changed = false;
    const int before = int(r.markers[1].atMs / r.strip.bucketMs) - 1;
    for (int row = 0; row < int(r.strip.rows.size()) && !changed; ++row) {
        qint32 last = -1;
        for (int b = before; b >= 0 && last < 0; --b)
            last = r.strip.cell(row, b);
        qint32 next = -1;
        for (int b = before + 3; b < r.strip.buckets && next < 0; ++b)
            next = r.strip.cell(row, b);
        changed = last >= 0 && next >= 0 && last != next;
    }
    QVERIFY(changed);

    // Filtered to one route: only its rows, in order, with their own cells.
    const int coffee = r.groupOf(QStringLiteral("default/coffee"), 0);
    strip.setGroup(coffee);
    const int rows =
        int(std::count_if(r.strip.rows.begin(), r.strip.rows.end(),
                          [&](const sim::AssignmentStrip::Row &x) { return x.group == coffee; }));
    QVERIFY(rows > 0 && rows < int(r.strip.rows.size()));
    QCOMPARE(strip.rowCount(), rows);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(r.strip.rows[size_t(strip.stripRow(row))].group, coffee);
    QVERIFY(strip.cellText(0, 0).startsWith(r.strip.rows[size_t(strip.stripRow(0))].label));
    strip.setGroup(-1);
    QCOMPARE(strip.rowCount(), int(r.strip.rows.size()));
}

void tst_SimResults::longStripIsSampled()
{
    // 100,000 buckets: row 0 is Pod 0's for the first half and Pod 1's after; row 1 asks every
    // tenth bucket and Pod 1 answers. Plus 5,000 rows of 10 buckets.
    auto result = std::make_shared<sim::SimulationResult>();
    result->pods.resize(2);
    result->pods[0].name = QStringLiteral("coffee-0");
    result->pods[1].name = QStringLiteral("coffee-1");
    sim::AssignmentStrip &s = result->strip;
    s.bucketMs = 100;
    s.buckets = 100000;
    s.rows.resize(2);
    s.rows[0].label = QStringLiteral("a #0 /coffee");
    s.rows[1].label = QStringLiteral("b #0 /coffee");
    s.cells.assign(size_t(2 * s.buckets), sim::AssignmentStrip::NoRequest);
    for (int b = 0; b < s.buckets; ++b) {
        s.cells[size_t(b)] = b < s.buckets / 2 ? 0 : 1;
        if (b % 10 == 0)
            s.cells[size_t(s.buckets + b)] = 1;
    }
    AssignmentStripView strip;
    strip.setRowHeight(12);
    strip.setResult(result);
    strip.resize(1000, strip.sizeHint().height());
    QCOMPARE(strip.imageSize(), QSize(4096, 2));
    const QImage image = strip.grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const QColor pod0 = PodPalette::color(0, strip.palette());
    const QColor pod1 = PodPalette::color(1, strip.palette());
    for (int b = 500; b < s.buckets; b += 3331) {
        if (std::abs(b - s.buckets / 2) < 1000)
            continue; // the boundary column
        const QPointF at0 = strip.cellRect(0, b).center();
        const QPointF at1 = strip.cellRect(1, b).center();
        QCOMPARE(image.pixelColor((at0 * dpr).toPoint()).rgb(), (b < s.buckets / 2 ? pod0 : pod1).rgb());
        // Every column holds answered requests: the sparse row is Pod 1's throughout.
        QCOMPARE(image.pixelColor((at1 * dpr).toPoint()).rgb(), pod1.rgb());
    }
    // Hit testing and tooltips still address buckets.
    QVERIFY(strip.cellText(1, 5).endsWith(QStringLiteral("no request")));
    QVERIFY(strip.cellText(1, 70).endsWith(QStringLiteral("coffee-1")));
    QCOMPARE(strip.cellAt(strip.cellRect(0, 0).center()), std::make_pair(0, 0));

    auto tall = std::make_shared<sim::SimulationResult>();
    tall->pods = result->pods;
    tall->strip.buckets = 10;
    tall->strip.rows.resize(5000);
    tall->strip.cells.assign(size_t(5000 * 10), 0);
    strip.setResult(tall);
    QCOMPARE(strip.imageSize(), QSize(10, 4096));
    QCOMPARE(strip.rowCount(), 5000);
    strip.clear();
    QVERIFY(strip.imageSize().isEmpty());
}

void tst_SimResults::markersAtEventTimes()
{
    const sim::SimulationResult &r = *m_atScaleResult;
    QCOMPARE(r.markers.size(), size_t(2));
    PodLoadChart chart;
    chart.resize(800, 400);
    chart.setResult(m_atScaleResult);
    QCOMPARE(chart.markerSeries().size(), size_t(2));
    for (size_t i = 0; i < r.markers.size(); ++i) {
        const QLineSeries *s = chart.markerSeries()[i];
        QCOMPARE(s->count(), 2);
        QCOMPARE(s->at(0).x(), double(r.markers[i].atMs) / 1000.0);
        QCOMPARE(s->at(1).x(), double(r.markers[i].atMs) / 1000.0);
        QCOMPARE(s->name(), r.markers[i].label);
        QCOMPARE(s->pen().style(), Qt::DashLine);
    }
    QCOMPARE(r.markers[0].atMs, 90000);
    QCOMPARE(r.markers[1].atMs, 180000);
    // Every Pod that served has its line, equal to podLoadOverTime.
    for (int pod = 0; pod < int(r.pods.size()); ++pod) {
        const std::vector<qint64> &load = r.podLoadOverTime[size_t(pod)];
        const bool served = std::any_of(load.begin(), load.end(), [](qint64 v) { return v > 0; });
        QLineSeries *s = chart.podSeries(pod);
        QCOMPARE(s != nullptr, served);
        if (!s)
            continue;
        QCOMPARE(s->count(), int(load.size()));
        for (int b = 0; b < int(load.size()); b += 3) {
            QCOMPARE(s->at(b).y(), double(load[size_t(b)]));
            QCOMPARE(s->at(b).x(), double(b) * double(r.bucketMs) / 1000.0);
        }
        QCOMPARE(s->pen().color(), PodPalette::color(pod, chart.palette()));
    }
    // On the strip the markers sit at the same times.
    AssignmentStripView strip;
    strip.resize(1000, 600);
    strip.setResult(m_atScaleResult);
    const int bucket = int(r.markers[0].atMs / r.strip.bucketMs);
    QCOMPARE(strip.xOf(r.markers[0].atMs), strip.cellRect(0, bucket).left());
}

void tst_SimResults::kpisEqualRouteStats()
{
    const sim::SimulationResult &r = *m_atScaleResult;
    KpiModel model;
    model.setResult(m_atScaleResult);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(KpiModel::ColumnCount) + 2); // and a column per event marker
    QCOMPARE(model.headerData(KpiModel::ColumnCount, Qt::Horizontal).toString(),
             QStringLiteral("Moved at 90 s"));
    QCOMPARE(model.headerData(KpiModel::ColumnCount + 1, Qt::Horizontal).toString(),
             QStringLiteral("Moved at 180 s"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const int g = model.groupAt(row);
        const sim::RouteStats &s = r.stats[size_t(g)];
        const auto value = [&](int column) { return model.index(row, column).data(KpiModel::ValueRole); };
        QCOMPARE(value(KpiModel::RequestsColumn).toLongLong(), s.requests);
        QCOMPARE(value(KpiModel::ServedColumn).toLongLong(), s.served);
        QCOMPARE(value(KpiModel::StickinessColumn).toDouble(), s.stickiness());
        QCOMPARE(value(KpiModel::SessionBreaksColumn).toLongLong(), s.sessionBreaks);
        QCOMPARE(value(KpiModel::RemappedColumn).toLongLong(), s.remappedByEvents);
        const auto u = std::find_if(r.upstreams.begin(), r.upstreams.end(), [&](const sim::UpstreamStats &x) {
            return x.name == r.groups[size_t(g)].upstream;
        });
        QVERIFY(u != r.upstreams.end());
        QCOMPARE(value(KpiModel::MaxOverMeanColumn).toDouble(), u->maxOverMean());
        QCOMPARE(value(KpiModel::CvColumn).toDouble(), u->cv());
        QCOMPARE(model.index(row, KpiModel::RouteColumn).data().toString(),
                 QStringLiteral("%1 rule 0").arg(r.groups[size_t(g)].route));
        QCOMPARE(model.index(row, KpiModel::StickinessColumn).data().toString(),
                 QStringLiteral("%1%").arg(QLocale().toString(s.stickiness() * 100, 'f', 1)));
        // Both markers remapped clients of every route: a column each, and the tooltip lists them.
        for (int m = 0; m < 2; ++m) {
            const auto i =
                std::find_if(r.markers[size_t(m)].impact.begin(), r.markers[size_t(m)].impact.end(),
                             [g](const sim::EventImpact &x) { return x.group == g; });
            QVERIFY(i != r.markers[size_t(m)].impact.end());
            QCOMPARE(value(KpiModel::ColumnCount + m).toDouble(), i->share());
            QVERIFY(model.index(row, KpiModel::ColumnCount + m)
                        .data()
                        .toString()
                        .endsWith(QStringLiteral(" of %1)").arg(QLocale().toString(i->compared))));
        }
        QCOMPARE(model.remappedLines(g).size(), 2);
        QVERIFY(model.remappedLines(g)[1].contains(u"at 180 s: 100.0%"));
    }
}

void tst_SimResults::inspectorExplainsIpHash()
{
    const sim::SimulationResult &r = *m_walkthroughResult;
    RequestInspector inspector;
    inspector.setResult(m_walkthroughResult);
    QCOMPARE(inspector.model()->rowCount(), int(r.records.size()));
    QCOMPARE(inspector.currentRecord(), -1);
    // The first request is the guide's first coffee request: ip_hash of 127.0.0.1.
    QCOMPARE(r.records[0].route, QStringLiteral("default/coffee"));
    inspector.selectRecord(0);
    QCOMPARE(inspector.currentRecord(), 0);
    const QString text = inspector.detailsText();
    QVERIFY2(text.contains(u"ip_hash key bytes 127 0 0"), qPrintable(text));
    QVERIFY2(text.contains(u"hash "), qPrintable(text));
    QVERIFY(text.contains(u"default/coffee rule 0"));
    QVERIFY(text.contains(u"client 127.0.0.1"));
    QVERIFY(text.contains(r.records[0].pod));
    QVERIFY(text.contains(u"10.244.0.94"));
    for (const QString &line : r.records[0].balancerTrace)
        QVERIFY2(text.contains(line), qPrintable(line));
    // The filter narrows the table; selecting through the table shows that record.
    inspector.filter()->setText(QStringLiteral("/latte"));
    QVERIFY(inspector.table()->model()->rowCount() > 0);
    QVERIFY(inspector.table()->model()->rowCount() < int(r.records.size()));
    inspector.table()->setCurrentIndex(inspector.table()->model()->index(0, 0));
    QCOMPARE(r.records[size_t(inspector.currentRecord())].route, QStringLiteral("default/latte"));
}

void tst_SimResults::inspectorFilterWaitsOnManyRows()
{
    // Filtering reads every row: with many recorded requests it runs once the typing pauses (or on
    // Return), not per keystroke.
    auto result = std::make_shared<sim::SimulationResult>();
    const int rows = RequestInspector::ImmediateFilterRows + 1000;
    for (int i = 0; i < rows; ++i) {
        sim::RequestRecord record;
        record.index = i + 1;
        record.host = QStringLiteral("cafe.example.com");
        record.target = i % 2 ? QStringLiteral("/tea") : QStringLiteral("/coffee");
        result->records.push_back(record);
    }
    result->requests = rows;
    RequestInspector inspector;
    inspector.setResult(result);
    QCOMPARE(inspector.table()->model()->rowCount(), rows);
    inspector.filter()->setText(QStringLiteral("/te"));
    QCOMPARE(inspector.table()->model()->rowCount(), rows); // not yet
    QTRY_COMPARE(inspector.table()->model()->rowCount(), rows / 2);
    inspector.filter()->setText(QStringLiteral("/coffee"));
    QTest::keyClick(inspector.filter(), Qt::Key_Return);
    QCOMPARE(inspector.table()->model()->rowCount(), rows / 2);
    QCOMPARE(inspector.table()->model()->index(0, 0).isValid(), true);
}

void tst_SimResults::inspectorExplainsCookieAndRandomTwo()
{
    const sim::SimulationResult &r = *m_walkthroughResult;
    RequestInspector inspector;
    inspector.setResult(m_walkthroughResult);
    int tea = -1, latte = -1;
    for (int i = 0; i < int(r.records.size()); ++i) {
        if (r.records[size_t(i)].route == u"default/tea" && !r.records[size_t(i)].cookie.isEmpty() && tea < 0)
            tea = i;
        if (r.records[size_t(i)].route == u"default/latte" && latte < 0)
            latte = i;
    }
    QVERIFY(tea >= 0 && latte >= 0);
    inspector.selectRecord(tea);
    QString text = inspector.detailsText();
    QVERIFY2(text.contains(u"Cookie: cookie-tea="), qPrintable(text));
    QVERIFY2(text.contains(u"sticky"), qPrintable(text));
    inspector.selectRecord(latte);
    text = inspector.detailsText();
    QVERIFY2(text.contains(u"random two: "), qPrintable(text));
    QVERIFY2(text.contains(u" conns, weight "), qPrintable(text));
}

void tst_SimResults::podColoursReadable()
{
    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        const QColor base = palette.color(QPalette::Base);
        QSet<QRgb> seen;
        for (int pod = 0; pod < 30; ++pod) {
            const QColor c = PodPalette::color(pod, palette);
            QVERIFY2(!seen.contains(c.rgb()), qPrintable(QString::number(pod)));
            seen.insert(c.rgb());
            // Distinguishable from the background (a plain RGB distance).
            const int d = std::abs(c.red() - base.red()) + std::abs(c.green() - base.green()) +
                std::abs(c.blue() - base.blue());
            QVERIFY2(d > 120,
                     qPrintable(QStringLiteral("pod %1: %2 on %3").arg(pod).arg(c.name(), base.name())));
        }
        // Stable: the same Pod index, the same colour.
        QCOMPARE(PodPalette::color(3, palette), PodPalette::color(3, palette));
    }
    QVERIFY(PodPalette::color(0, Theme::lightPalette()) != PodPalette::color(0, Theme::darkPalette()));
}

void tst_SimResults::rejectedOverTime()
{
    // NGF's rate-limit example: one client asks for /tea every 50 ms at 10r/s: one rejection per
    // 100 ms bucket, a line for the tea route only.
    Diagnostics d;
    const auto s =
        sim::ScenarioParser::parse("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\n"
                                   "metadata:\n  name: t\nspec:\n"
                                   "  populations:\n  - name: one\n    thinkTime: 50ms\n"
                                   "    script:\n    - {host: cafe.example.com, path: /tea, repeat: 20}\n",
                                   QStringLiteral("t.yaml"), d);
    QVERIFY(s);
    sim::SimulationInput in;
    in.files.push_back(
        {QStringLiteral("input.yaml"), readSource(QStringLiteral("/tests/ngf/data/rlp-example/input.yaml"))});
    in.profile = sim::ScenarioRunner::profile(*s, {});
    auto r = sim::ScenarioRunner::run(in, *s, {}, d);
    QVERIFY(r);
    const auto result = std::make_shared<const sim::SimulationResult>(std::move(*r));
    SimulationResultsView view;
    view.resize(900, 700);
    view.setResult(result, std::make_shared<const sim::Scenario>(*s));
    view.setCurrentTab(SimulationResultsView::RejectedTab);
    QCOMPARE(view.currentChart(), view.rejectedChart()->chartView());
    QCOMPARE(view.currentChartName(), QStringLiteral("rejected"));
    const int g = result->groupOf(QStringLiteral("default/tea"), 0);
    QVERIFY(g >= 0);
    QLineSeries *series = view.rejectedChart()->groupSeries(g);
    QVERIFY(series);
    QCOMPARE(series->count(), 10);
    for (int i = 0; i < series->count(); ++i) {
        QCOMPARE(series->at(i).x(), i * 0.1);
        QCOMPARE(series->at(i).y(), 1.0);
    }
    QCOMPARE(view.rejectedChart()->chartView()->chart()->series().size(), 1);
    // The at-scale example has no limit_req: an empty chart that says so.
    view.setResult(m_atScaleResult, m_atScale);
    QVERIFY(view.rejectedChart()->chartView()->chart()->series().isEmpty());
    QVERIFY(view.rejectedChart()->chartView()->chart()->title().contains(u"no limit_req"));
}

void tst_SimResults::resultsViewTabsAndExportTarget()
{
    SimulationResultsView view;
    view.resize(1100, 800);
    QCOMPARE(view.currentChartName(), QStringLiteral("requests-per-pod"));
    QVERIFY(view.summary()->text().contains(u"No results"));
    QSignalSpy changed(&view, &SimulationResultsView::currentChartChanged);
    view.setResult(m_atScaleResult, m_atScale);
    QVERIFY(changed.count() >= 1);
    QVERIFY(view.summary()->text().contains(u"40,000 requests from 1,000 clients"));
    QCOMPARE(view.kpiModel()->rowCount(), 3);
    QCOMPARE(view.currentChart(), view.barChart()->chartView());
    view.setCurrentTab(SimulationResultsView::LoadTab);
    QCOMPARE(view.currentChart(), view.loadChart()->chartView());
    QCOMPARE(view.currentChartName(), QStringLiteral("pod-load"));
    view.setCurrentTab(SimulationResultsView::StripTab);
    QCOMPARE(view.currentChart(), view.strip());
    view.setCurrentTab(SimulationResultsView::RequestsTab);
    QVERIFY(!view.currentChart());
    QVERIFY(changed.count() >= 4);
    // Selecting a route in the KPI table shows its bars.
    view.kpiTable()->setCurrentIndex(view.kpiModel()->index(1, 0));
    QCOMPARE(view.barChart()->group(), view.kpiModel()->groupAt(1));
    // The strip's route filter lists the sampled routes.
    QCOMPARE(view.stripRoutePicker()->count(), 4);
    view.stripRoutePicker()->setCurrentIndex(2);
    Q_EMIT view.stripRoutePicker()->activated(2);
    QCOMPARE(view.strip()->group(), view.stripRoutePicker()->itemData(2).toInt());
    // The legend names every Pod.
    for (const sim::PodInfo &p : m_atScaleResult->pods)
        QVERIFY(view.legend()->text().contains(p.name));
    view.clear();
    QCOMPARE(view.kpiModel()->rowCount(), 0);
    QVERIFY(!view.result());
}

void tst_SimResults::exports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimulationResultsView view;
    view.resize(1000, 700);
    view.setResult(m_atScaleResult, m_atScale);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (const auto tab :
         {SimulationResultsView::BarsTab, SimulationResultsView::LoadTab, SimulationResultsView::StripTab}) {
        view.setCurrentTab(tab);
        QWidget *chart = view.currentChart();
        QVERIFY(chart);
        const QString png = dir.filePath(view.currentChartName() + QStringLiteral(".png"));
        QString error;
        QVERIFY2(ChartExport::savePng(chart, png, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), chart->size() * 2);
        // Not blank: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);

        const QString svg = dir.filePath(view.currentChartName() + QStringLiteral(".svg"));
        QVERIFY2(ChartExport::saveSvg(chart, svg, view.currentChartName(), &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
        int shapes = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                QStringList {QStringLiteral("path"), QStringLiteral("rect"), QStringLiteral("polyline"),
                             QStringLiteral("image")}
                    .contains(xml.name().toString()))
                ++shapes;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(shapes > 3);
    }

    const QString csv = dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(ChartExport::saveCsv(*m_atScaleResult, csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QCOMPARE(data, sim::ResultWriter::csv(*m_atScaleResult));
    QVERIFY(data.startsWith("table,route,upstream,pod,event,time_ms,metric,value\n"));

    QString error;
    QVERIFY(
        !ChartExport::saveCsv(*m_atScaleResult, dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
    QVERIFY(error.startsWith(u"cannot write "));
}

void tst_SimResults::printToPdf()
{
    QTemporaryDir dir;
    PodBarChart chart;
    chart.resize(600, 400);
    chart.setResult(m_atScaleResult);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    printer.setOutputFileName(pdf);
    QVERIFY(ChartExport::print(chart.chartView(), &printer));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.size() > 2000);
}

void tst_SimResults::comparisonView()
{
    Diagnostics d;
    auto c = sim::MethodComparer::run(cafeInput(*m_atScale), *m_atScale, {}, {}, d);
    QVERIFY(c);
    auto comparison = std::make_shared<const sim::MethodComparison>(std::move(*c));
    MethodComparisonView view;
    view.resize(1600, 900);
    QVERIFY(view.header()->text().contains(u"No comparison"));
    view.setComparison(comparison);
    QVERIFY(view.header()->text().contains(u"cafe-at-scale"));
    QCOMPARE(view.table()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        const sim::ComparedMethod &m = comparison->methods[size_t(row)];
        QCOMPARE(view.table()->item(row, MethodComparisonView::MethodColumn)->text(), m.label);
        QCOMPARE(view.table()->item(row, MethodComparisonView::StickinessColumn)->text(),
                 QStringLiteral("%1%").arg(QLocale().toString(m.details.figures.stickiness() * 100, 'f', 0)));
        // The verdict, prominent, on the method's card.
        QLabel *verdict = view.verdictLabel(m.id);
        QVERIFY(verdict);
        QCOMPARE(verdict->text(), m.verdict);
        QVERIFY(verdict->font().bold());
        // Its chart shows the method's own run.
        PodBarChart *chart = view.barChart(m.id);
        QVERIFY(chart);
        qint64 served = 0, shown = 0;
        for (const sim::RouteStats &s : m.result.stats)
            served += s.served;
        for (const auto &[pod, value] : chart->values())
            shown += value;
        QCOMPARE(shown, served);
    }
    // The consistent hash's runs explain the ketama point in the inspector.
    const sim::ComparedMethod *hash = comparison->find(QStringLiteral("hash"));
    RequestInspector inspector;
    inspector.setResult(std::shared_ptr<const sim::SimulationResult>(comparison, &hash->result));
    inspector.selectRecord(0);
    QVERIFY2(inspector.detailsText().contains(u"key \"198.51."), qPrintable(inspector.detailsText()));
    QVERIFY2(inspector.detailsText().contains(u"→ ring point #"), qPrintable(inspector.detailsText()));
    QVERIFY2(inspector.detailsText().contains(u": hash consistent"), qPrintable(inspector.detailsText()));

    // A column per event marker: the sticky cookie moved nobody at the scale-up, everybody at the rollout.
    QCOMPARE(view.table()->columnCount(), MethodComparisonView::FirstMarkerColumn + 2);
    QCOMPARE(view.table()->horizontalHeaderItem(MethodComparisonView::FirstMarkerColumn)->text(),
             QStringLiteral("Moved at 90 s"));
    QCOMPARE(view.table()->item(2, MethodComparisonView::FirstMarkerColumn)->text(), QStringLiteral("0%"));
    QCOMPARE(view.table()->item(2, MethodComparisonView::FirstMarkerColumn + 1)->text(),
             QStringLiteral("100%"));
    QVERIFY(view.verdictLabel(QStringLiteral("hash"))
                ->text()
                .startsWith(u"1,000 clients behind 10 NAT addresses put "));
    // Details asks for the full results.
    QSignalSpy activated(&view, &MethodComparisonView::methodActivated);
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("method-sticky")));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("details-sticky"));
    QVERIFY(button);
    button->click();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("sticky"));

    // A method that could not run shows why.
    auto partial = std::make_shared<sim::MethodComparison>(*comparison);
    partial->methods[0].available = false;
    partial->methods[0].unavailableReason = QStringLiteral("NGF 2.3 cannot select a load-balancing method");
    view.setComparison(partial);
    QVERIFY(!view.verdictLabel(QStringLiteral("ip_hash")));
    QVERIFY(!view.barChart(QStringLiteral("ip_hash")));
    QCOMPARE(view.table()->item(0, MethodComparisonView::StickinessColumn)->text(),
             partial->methods[0].unavailableReason);

    // Export of the cards (as shown: the workspace exports what is on screen) and the comparison CSV.
    view.setComparison(comparison);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("comparison.png"));
    QVERIFY(ChartExport::savePng(view.cardsWidget(), png));
    QImage image;
    QVERIFY(image.load(png));
    const QString csv = dir.filePath(QStringLiteral("comparison.csv"));
    QVERIFY(ChartExport::saveCsv(*comparison, csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QCOMPARE(data, sim::ComparisonWriter::csv(*comparison));
    QVERIFY(data.contains("hash,method,,,,,,verdict,\"1,000 clients behind 10 NAT addresses put "));
    QVERIFY(data.contains("round_robin,route,default/coffee rule 0,"));

    // Screenshots for docs/ (light and dark) when asked: GW_SCREENSHOT_DIR=docs/screenshots.
    const QString shots = qEnvironmentVariable("GW_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        for (const bool dark : {false, true}) {
            Theme::apply(dark ? Theme::Scheme::Dark : Theme::Scheme::Light);
            view.show();
            QTest::qWait(100);
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(ChartExport::savePng(
                &view,
                shots +
                    (dark ? QStringLiteral("/comparison-dark.png") : QStringLiteral("/comparison-light.png")),
                nullptr, 1.0));
        }
        // The results of one method, as the workspace shows them after "Details".
        SimulationResultsView results;
        results.resize(1400, 900);
        results.setResult(std::shared_ptr<const sim::SimulationResult>(
                              comparison, &comparison->find(QStringLiteral("ip_hash"))->result),
                          m_atScale);
        results.show();
        QVERIFY(QTest::qWaitForWindowExposed(&results));
        for (const auto tab : {SimulationResultsView::BarsTab, SimulationResultsView::LoadTab,
                               SimulationResultsView::StripTab, SimulationResultsView::RequestsTab}) {
            results.setCurrentTab(tab);
            if (tab == SimulationResultsView::RequestsTab)
                results.inspector()->selectRecord(0);
            QTest::qWait(50);
            QVERIFY(ChartExport::savePng(&results, shots + QStringLiteral("/results-%1.png").arg(int(tab)),
                                         nullptr, 1.0));
        }
        Theme::apply(Theme::Scheme::System);
    }
}

void tst_SimResults::shortPodNames()
{
    QCOMPARE(PodNames::shortNames({u"latte-d5f64f67f-9t2j5"_s, u"latte-d5f64f67f-drwc6"_s}),
             (QStringList {u"9t2j5"_s, u"drwc6"_s}));
    // Two suffixes that read the same: more of the names.
    QCOMPARE(PodNames::shortNames({u"a-1-x"_s, u"b-1-x"_s, u"c-2-y"_s}),
             (QStringList {u"a-1-x"_s, u"b-1-x"_s, u"y"_s}));
    QCOMPARE(PodNames::shortNames({u"a-1-x"_s, u"a-2-x"_s}), (QStringList {u"1-x"_s, u"2-x"_s}));
    QCOMPARE(PodNames::shortNames({u"pod"_s}), QStringList {u"pod"_s});
}

void tst_SimResults::countAxesHaveWholeSteps()
{
    // The walk-through sends five requests to a Pod: the axes count 0, 1, 2... never "0, 0, 1, 1".
    PodLoadChart load;
    load.setResult(m_walkthroughResult);
    PodBarChart bars;
    bars.setResult(m_walkthroughResult);
    for (QChartView *view : {load.chartView(), bars.chartView()}) {
        auto *y = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).first());
        QVERIFY(y);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
        QVERIFY(y->tickInterval() >= 1.0);
        QCOMPARE(y->tickInterval(), std::round(y->tickInterval()));
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(std::fmod(y->max(), y->tickInterval()), 0.0);
    }
}

void tst_SimResults::comparisonReadsAtAGlance()
{
    Diagnostics d;
    auto c = sim::MethodComparer::run(cafeInput(*m_walkthrough), *m_walkthrough, {}, {}, d);
    QVERIFY(c);
    auto comparison = std::make_shared<const sim::MethodComparison>(std::move(*c));
    MethodComparisonView view;
    view.resize(1366, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setComparison(comparison);
    // Busiest Pod: a figure for every method that ran, also for one client's curl loop.
    for (int row = 0; row < view.table()->rowCount(); ++row) {
        const sim::ComparedMethod &m = comparison->methods[size_t(row)];
        if (m.available)
            QVERIFY2(view.table()->item(row, MethodComparisonView::HotShareColumn)->text() != u"–"_s,
                     qPrintable(m.label));
    }
    // One legend names every Pod by its short label, with the full name on hover.
    const sim::ComparedMethod *first = &comparison->methods.front();
    for (const sim::PodInfo &p : first->result.pods) {
        const QString suffix = p.name.section(u'-', -1);
        QVERIFY2(view.legend()->text().contains(suffix), qPrintable(suffix));
        QVERIFY(view.legend()->toolTip().contains(p.name + u" ("_s + p.ip + u')'));
    }
    // The cards reflow: four side by side at 1366 pixels, one column when narrow, five when wide.
    QTRY_COMPARE(view.cardColumns(), 4);
    view.resize(600, 500);
    QTRY_COMPARE(view.cardColumns(), 2);
    view.resize(300, 500);
    QTRY_COMPARE(view.cardColumns(), 1);
    view.resize(1920, 500);
    QTRY_COMPARE(view.cardColumns(), 5);
    // The bars name their Pods by the short label.
    PodBarChart *chart = view.barChart(first->id);
    QVERIFY(chart);
    const auto *axis =
        qobject_cast<QBarCategoryAxis *>(chart->chartView()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis->labelsVisible());
    for (int i = 0; i < axis->count(); ++i)
        QVERIFY(axis->at(i).size() <= 6);
    // Twenty Pods on a card: no row of elided labels, the legend names them.
    PodBarChart card(nullptr, false);
    card.setResult(m_atScaleResult);
    const auto *many =
        qobject_cast<QBarCategoryAxis *>(card.chartView()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(many->count() > PodBarChart::CompactLabelledPods);
    QVERIFY(!many->labelsVisible());
}

QTEST_MAIN(tst_SimResults)
#include "tst_simresults.moc"
