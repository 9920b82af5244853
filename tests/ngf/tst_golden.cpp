// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "ngf/generator.h"
#include "ngf/graphbuilder.h"
#include "ngf/statuswriter.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * Golden cases (tests/ngf/data/<case>/): the whole `render` output (expected.txt, or error.txt
 * when no Gateway can be rendered) and the whole `status` output (status.yaml, led by the exit
 * code) must equal the reviewed files byte for byte. fragments.conf holds excerpts of NGF's
 * expected output for worked examples and of the walk-through, compared after canonicalisation
 * (goldencase.h). notes.txt
 * holds the warnings `render` prints to standard error (what the preview leaves out or NGF ignores),
 * one per line, file names relative to the case; a case without notes has no such file.
 */
class tst_Golden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void status_data() { render_data(); }
    void status();
    void fragments_data();
    void fragments();
    void notes_data() { render_data(); }
    void notes();
    void casesAreMany();
};

void tst_Golden::render_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : GoldenCase::all())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Golden::render()
{
    QFETCH(QString, name);
    const GoldenCase c = GoldenCase::load(name);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const auto result = Generator::run(*c.design, c.profile);
    if (result->gatewayIndex < 0) {
        const QString diff = compareGolden(c, QStringLiteral("error.txt"), result->gatewayError + u'\n');
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        return;
    }
    const QString diff = compareGolden(c, QStringLiteral("expected.txt"), result->nginxT());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_Golden::status()
{
    QFETCH(QString, name);
    const GoldenCase c = GoldenCase::load(name);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    Profile profile = c.profile;
    profile.gateway.clear();
    const Graph graph = GraphBuilder::build(*c.design, profile);
    const auto entries = StatusWriter::write(graph);
    bool problem = false;
    for (const auto &e : entries)
        problem = problem || e.problem;
    const QString text = QStringLiteral("# gwstudio status exit code: %1\n").arg(problem ? 1 : 0) +
        StatusWriter::toYaml(entries);
    const QString diff = compareGolden(c, QStringLiteral("status.yaml"), text);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_Golden::fragments_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : GoldenCase::all()) {
        if (GoldenCase::load(name).exists(QStringLiteral("fragments.conf")))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void tst_Golden::fragments()
{
    QFETCH(QString, name);
    const GoldenCase c = GoldenCase::load(name);
    const auto result = Generator::run(*c.design, c.profile);
    QVERIFY2(result->gatewayIndex >= 0, qPrintable(result->gatewayError));
    QString text;
    for (const GeneratedFile &f : result->files)
        text += f.content;
    const QString problem = checkFragments(text, c.read(QStringLiteral("fragments.conf")));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Golden::notes()
{
    QFETCH(QString, name);
    const GoldenCase c = GoldenCase::load(name);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const auto result = Generator::run(*c.design, c.profile);
    QString text;
    for (const Diagnostic &d : result->graph.notes)
        text += d.toString() + u'\n';
    text.replace(c.dir.absolutePath() + u'/', QString()); // file names relative to the case
    if (text.isEmpty() && !c.exists(QStringLiteral("notes.txt")))
        return;
    const QString diff = compareGolden(c, QStringLiteral("notes.txt"), text);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_Golden::casesAreMany()
{
    QVERIFY2(GoldenCase::all().size() >= 40, "the issue asks for 40+ golden cases");
}

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
