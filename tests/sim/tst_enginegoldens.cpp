// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The scenario engine's goldens (issue 14): what the engine produces today for one scenario with a
// scale-up, failed Pods and a rolling update, under every session persistence method, kept request
// for request in tests/sim/data/engine-goldens. A faster engine must reproduce them exactly.
#include "pipelinetest.h"

#include "sim/methodcomparison.h"
#include "sim/methodvariant.h"
#include "sim/resultwriter.h"
#include "sim/scenariorunner.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString Cafe = QStringLiteral("/resources/examples/cafe.yaml");
const QString Dir = QStringLiteral("engine-goldens/");

/** A run of the goldens: the cafe as written, or every upstream under one method (Compare Methods). */
struct Case
{
    const char *name;
    std::optional<ComparedMethodKind> method;
    bool plus = true;
};

/** Splits CSV text (RFC 4180 quotes, LF rows) into rows of fields. */
std::vector<QList<QByteArray>> csvRows(const QByteArray &text)
{
    std::vector<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                field += text[++i];
            else if (c == '"')
                quoted = false;
            else
                field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
        } else if (c == '\n') {
            row.append(field);
            rows.push_back(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.push_back(row);
    }
    return rows;
}

/**
 * \a actual reduced to the golden's columns (by name, in the golden's order), so that columns added
 * later (docs/simulator.md lists the requests CSV's columns) do not invalidate the goldens. Rows are
 * compared one by one; the first difference is reported with its row.
 */
void compareByColumns(const QByteArray &actual, const QByteArray &golden, const QString &what)
{
    const auto want = csvRows(golden);
    const auto got = csvRows(actual);
    QVERIFY2(!want.empty() && !got.empty(), qPrintable(what));
    std::vector<qsizetype> columns;
    for (const QByteArray &name : want[0]) {
        const qsizetype c = got[0].indexOf(name);
        QVERIFY2(c >= 0,
                 qPrintable(QStringLiteral("%1: column %2 is gone").arg(what, QString::fromUtf8(name))));
        columns.push_back(c);
    }
    QCOMPARE(got.size(), want.size());
    for (size_t r = 1; r < want.size(); ++r) {
        QList<QByteArray> reduced;
        for (qsizetype c : columns)
            reduced.append(c < got[r].size() ? got[r][c] : QByteArray());
        if (reduced != want[r]) {
            QFAIL(qPrintable(
                QStringLiteral("%1, row %2: got\n  %3\nexpected\n  %4")
                    .arg(what)
                    .arg(r + 1)
                    .arg(QString::fromUtf8(reduced.join(',')), QString::fromUtf8(want[r].join(',')))));
        }
    }
}

/** The figures CSV's rows whose (table, metric) the golden has: metrics added later are left aside. */
QByteArray figuresLike(const QByteArray &actual, const QByteArray &golden)
{
    QSet<QByteArray> kinds;
    const auto want = csvRows(golden);
    for (const QList<QByteArray> &row : want) {
        if (row.size() >= 7)
            kinds.insert(row[0] + ',' + row[6]);
    }
    QByteArray out;
    const auto got = csvRows(actual);
    for (size_t r = 0; r < got.size(); ++r) {
        if (r == 0 || (got[r].size() >= 7 && kinds.contains(got[r][0] + ',' + got[r][6]))) {
            QByteArrayList fields;
            for (const QByteArray &f : got[r])
                fields.append(TraceRunner::csvField(QString::fromUtf8(f)));
            out += fields.join(',') + '\n';
        }
    }
    return out;
}

} // namespace

/**
 * The scenario engine's results request for request (endpoint, Pod, status, Set-Cookie of every
 * request in the order simulated, as `gwstudio simulate --scenario --format requests` writes them)
 * and every figure (`--format csv`), compared with goldens written by today's engine. Regenerate with
 * GW_UPDATE_GOLDEN=1 only when a change of results is intended, and review the diff.
 */
class tst_EngineGoldens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
    void goldensCoverTheEvents();
};

void tst_EngineGoldens::goldens_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("plus");
    QTest::newRow("as-written") << -1 << true; // coffee ip_hash, tea sticky cookie, latte random two
    QTest::newRow("ip-hash") << int(ComparedMethodKind::IpHash) << true;
    QTest::newRow("hash-consistent") << int(ComparedMethodKind::HashConsistent) << true;
    QTest::newRow("sticky-cookie") << int(ComparedMethodKind::StickyCookie) << true;
    QTest::newRow("random-two-least-conn") << int(ComparedMethodKind::Default) << true;
    QTest::newRow("round-robin") << int(ComparedMethodKind::RoundRobin) << true;
    // NGINX OSS: every change of endpoints is a reload, and the balancers start afresh.
    QTest::newRow("round-robin-oss") << int(ComparedMethodKind::RoundRobin) << false;
}

void tst_EngineGoldens::goldens()
{
    QFETCH(int, method);
    QFETCH(bool, plus);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const Scenario s = [] {
        Diagnostics d;
        auto parsed = ScenarioParser::parse(readFile(Dir + QStringLiteral("cafe-events.scenario.yaml")),
                                            QStringLiteral("cafe-events.scenario.yaml"), d);
        if (!parsed) {
            for (const Diagnostic &x : d)
                qWarning("%s", qPrintable(x.toString()));
            qFatal("the goldens' scenario does not read");
        }
        return *parsed;
    }();
    ngf::Profile profile = ScenarioRunner::profile(s, {});
    profile.plus = plus;
    SimulationInput in = input(Cafe, profile);
    if (method >= 0) {
        QString error;
        auto variant =
            MethodVariant::make(in, ComparedMethodKind(method), MethodComparer::defaultHashKey(s), &error);
        QVERIFY2(variant, qPrintable(error));
        in = *variant;
    }

    QByteArray requests = TraceRunner::csvHeader();
    RunOptions options;
    options.onRequest = [&](const RequestRecord &r) { requests += TraceRunner::csvRow(r); };
    Diagnostics d;
    const auto result = ScenarioRunner::run(in, s, options, d);
    QVERIFY2(result, d.empty() ? "no result" : qPrintable(d.front().toString()));
    const QByteArray figures = ResultWriter::csv(*result);

    const QString requestsFile = Dir + name + QStringLiteral(".requests.csv");
    const QString figuresFile = Dir + name + QStringLiteral(".figures.csv");
    if (qEnvironmentVariableIsSet("GW_UPDATE_GOLDEN")) {
        for (const auto &[file, data] :
             {std::pair {requestsFile, requests}, std::pair {figuresFile, figures}}) {
            QFile out(QStringLiteral(GW_TEST_DATA_DIR "/") + file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
        }
    }
    compareByColumns(requests, readFile(requestsFile), requestsFile);
    const QByteArray goldenFigures = readFile(figuresFile);
    compareByColumns(figuresLike(figures, goldenFigures), goldenFigures, figuresFile);
}

void tst_EngineGoldens::goldensCoverTheEvents()
{
    // The goldens are worth keeping only if they hold what they claim: every request of the plan,
    // moves at the scale-up and the rollout, 502-free failover, and the methods' differences.
    const auto rows = [](const char *name) {
        return csvRows(readFile(Dir + QLatin1String(name) + QStringLiteral(".requests.csv")));
    };
    const auto ip = rows("ip-hash");
    const auto cookie = rows("sticky-cookie");
    const auto rr = rows("round-robin");
    QVERIFY(ip.size() > 500);
    QCOMPARE(ip.size(), cookie.size());
    QCOMPARE(ip[0],
             (QList<QByteArray> {"request", "client", "host", "path", "route", "rule", "upstream", "endpoint",
                                 "pod", "status", "set_cookie"}));
    const auto pods = [](const std::vector<QList<QByteArray>> &r, const QByteArray &prefix) {
        QSet<QByteArray> out;
        for (size_t i = 1; i < r.size(); ++i) {
            if (r[i][8].startsWith(prefix))
                out.insert(r[i][8]);
        }
        return out;
    };
    // coffee scaled to 4, tea 3 then rolled over to 3 new Pods.
    QCOMPARE(pods(rr, "coffee-").size(), 4);
    QCOMPARE(pods(rr, "tea-").size(), 6);
    int cookies = 0;
    for (size_t i = 1; i < cookie.size(); ++i)
        cookies += cookie[i][10].startsWith("cookie-") ? 1 : 0;
    QVERIFY(cookies > 10);
    QVERIFY(rows("as-written") != ip && rows("hash-consistent") != ip && rows("round-robin-oss") != rr);
}

QTEST_GUILESS_MAIN(tst_EngineGoldens)
#include "tst_enginegoldens.moc"
