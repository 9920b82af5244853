// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;

namespace {

QByteArray cafe()
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cafe.yaml missing");
    return f.readAll();
}

} // namespace

class tst_Design : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadKeepsBytes();
    void loadFailsAtomically();
    void exportSeparatesFilesAndDropsToolDocuments();
    void pods();
    void podsFollowTemplateAndReplicas();
    void saveIsAtomicAndClean();
    void duplicateWarns();
};

void tst_Design::loadKeepsBytes()
{
    Design design;
    QSignalSpy changed(&design, &Design::changed);
    const auto result = design.addFile(cafe(), QStringLiteral("cafe.yaml"));
    QVERIFY(result.ok);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(design.fileCount(), 1);
    QCOMPARE(design.resources().size(), size_t(11));
    QCOMPARE(design.fileText(0), cafe());
    QCOMPARE(design.exportText(), cafe());
    QVERIFY(!design.isModified());
    const Resource *tea = design.find(Kind::HTTPRoute, QStringLiteral("default"), QStringLiteral("tea"));
    QVERIFY(tea);
    QVERIFY(
        design.rank(tea->id) >
        design.rank(design.find(Kind::HTTPRoute, QStringLiteral("default"), QStringLiteral("coffee"))->id));
}

void tst_Design::loadFailsAtomically()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const auto result = design.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: ok}\n---\nkind: [\n",
                                       QStringLiteral("bad.yaml"));
    QVERIFY(!result.ok);
    QVERIFY(!result.diagnostics.empty());
    QVERIFY(result.diagnostics.front().toString().startsWith(QStringLiteral("bad.yaml:")));
    QCOMPARE(design.fileCount(), 1);
    QCOMPARE(design.resources().size(), size_t(11));
}

void tst_Design::exportSeparatesFilesAndDropsToolDocuments()
{
    Design design;
    QVERIFY(
        design.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}", QStringLiteral("a.yaml")).ok);
    QVERIFY(design
                .addFile("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata: {name: s}\n"
                         "---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n",
                         QStringLiteral("b.yaml"))
                .ok);
    QCOMPARE(design.exportText(),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n"
                        "---\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n"));
    QCOMPARE(design.resources(Kind::ToolDocument).size(), size_t(1));
}

void tst_Design::pods()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const auto &pods = design.pods();
    QCOMPARE(pods.size(), size_t(6));
    QSet<QString> ips, names;
    for (const Pod &p : pods) {
        QVERIFY2(QRegularExpression(QStringLiteral("^(coffee|tea|latte)-[bcdfghjklmnpqrstvwxz2456789]{9,10}-"
                                                   "[bcdfghjklmnpqrstvwxz2456789]{5}$"))
                     .match(p.name)
                     .hasMatch(),
                 qPrintable(p.name));
        QVERIFY(p.ip.startsWith(QStringLiteral("10.244.")));
        QCOMPARE(p.labels.value(QStringLiteral("app")), p.deployment);
        QCOMPARE(p.ports.at(0).containerPort, 8080);
        ips.insert(p.ip);
        names.insert(p.name);
    }
    QCOMPARE(ips.size(), 6);
    QCOMPARE(names.size(), 6);
    // Stable: a second design from the same text has the same Pods.
    Design again;
    QVERIFY(again.addFile(cafe(), QStringLiteral("other-name.yaml")).ok);
    for (size_t i = 0; i < pods.size(); ++i) {
        QCOMPARE(again.pods()[i].name, pods[i].name);
        QCOMPARE(again.pods()[i].ip, pods[i].ip);
    }
}

void tst_Design::podsFollowTemplateAndReplicas()
{
    QByteArray text = cafe();
    Design before;
    QVERIFY(before.addFile(text, QStringLiteral("cafe.yaml")).ok);
    // Scale coffee to 3: the first two coffee Pods stay, one is added; the others are untouched.
    QByteArray scaled = text;
    scaled.replace("replicas: 2\n  selector:\n    matchLabels:\n      app: coffee",
                   "replicas: 3\n  selector:\n    matchLabels:\n      app: coffee");
    Design after;
    QVERIFY(after.addFile(scaled, QStringLiteral("cafe.yaml")).ok);
    QCOMPARE(after.pods().size(), size_t(7));
    QSet<QString> beforeNames;
    for (const Pod &p : before.pods())
        beforeNames.insert(p.name + u' ' + p.ip);
    int kept = 0;
    for (const Pod &p : after.pods())
        kept += beforeNames.contains(p.name + u' ' + p.ip);
    QCOMPARE(kept, 6);
    // A new image (a rollout) changes the template hash, the names and the IPs of coffee's Pods.
    QByteArray rolled = text;
    rolled.replace("      - name: coffee\n        image: nginxdemos/nginx-hello:plain-text",
                   "      - name: coffee\n        image: nginxdemos/nginx-hello:latest");
    Design rollout;
    QVERIFY(rollout.addFile(rolled, QStringLiteral("cafe.yaml")).ok);
    for (const Pod &p : rollout.pods()) {
        if (p.deployment == u"coffee")
            QVERIFY(!beforeNames.contains(p.name + u' ' + p.ip));
    }
}

void tst_Design::saveIsAtomicAndClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cafe.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cafe());
    f.close();
    Design design;
    QVERIFY(design.openFile(path).ok);
    QString error;
    QVERIFY2(design.save(&error), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), cafe());
    Design pasted;
    QVERIFY(pasted.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n", QString()).ok);
    QVERIFY(!pasted.save(&error));
    QVERIFY(error.contains(QStringLiteral("Save As")));
}

void tst_Design::duplicateWarns()
{
    Design design;
    const auto result = design.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
                                       "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n",
                                       QStringLiteral("d.yaml"));
    QVERIFY(result.ok);
    QCOMPARE(result.diagnostics.size(), size_t(1));
    QCOMPARE(result.diagnostics[0].severity, Diagnostic::Severity::Warning);
}

QTEST_GUILESS_MAIN(tst_Design)
#include "tst_design.moc"
