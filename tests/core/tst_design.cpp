// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "coretestdata.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using gw::test::cafe;
using gw::test::readFile;

namespace { } // namespace

class tst_Design : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadKeepsBytes();
    void loadFailsAtomically();
    void exportSeparatesFilesAndDropsToolDocuments();
    void pods();
    void podsFollowTemplateAndReplicas();
    void scenarioPinsTheDesignsPods();
    void saveIsAtomicAndClean();
    void duplicateWarns();
    void manifestsRoundTrip_data();
    void manifestsRoundTrip();
    void exportAddsWhatKubectlNeeds();
    void removalKeepsDocumentsApart();
    void clearAndSignals();
    void clearMarksEveryStackClean();
    void indexFollowsEdits();
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

void tst_Design::scenarioPinsTheDesignsPods()
{
    // One source of Pods: the current scenario's spec.pods are the design's Pods.
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const std::vector<Pod> planned = design.pods();
    QCOMPARE(design.currentScenario(), DocumentId(0));
    const QByteArray pinned =
        "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata: {name: guide}\nspec:\n"
        "  pods:\n  - {deployment: coffee, name: coffee-5b9c74f9d9-2zlqq, ip: 10.244.0.95}\n"
        "  - {deployment: coffee, name: coffee-5b9c74f9d9-7gfwn, ip: 10.244.0.94}\n"
        "  - {deployment: coffee, name: coffee-5b9c74f9d9-x8v2k, ip: 10.244.0.99}\n"
        "  populations: []\n---\n"
        "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata: {name: plain}\nspec:\n"
        "  populations: []\n";
    QSignalSpy podsChanged(&design, &Design::podsChanged);
    QVERIFY(design.addFile(pinned, QStringLiteral("scenarios.yaml")).ok);
    const DocumentId guide = design.file(1).documents[0];
    const DocumentId plain = design.file(1).documents[1];
    // The first scenario is current by default.
    QCOMPARE(design.currentScenario(), guide);
    QCOMPARE(design.podPins().size(), size_t(3));
    std::vector<Pod> pods = design.pods();
    QCOMPARE(pods.size(), size_t(7)); // three pinned coffee Pods (the pins say how many), 2 latte, 2 tea
    QCOMPARE(pods[0].name, QStringLiteral("coffee-5b9c74f9d9-2zlqq"));
    QCOMPARE(pods[1].ip, QStringLiteral("10.244.0.94"));
    QCOMPARE(pods[1].templateHash, QStringLiteral("5b9c74f9d9"));
    QCOMPARE(pods[1].labels.value(QStringLiteral("pod-template-hash")), QStringLiteral("5b9c74f9d9"));
    QCOMPARE(pods[1].labels.value(QStringLiteral("app")), QStringLiteral("coffee"));
    QCOMPARE(pods[1].ordinal, 1);
    // The other Deployments keep exactly their planned Pods.
    for (size_t i = 3; i < pods.size(); ++i) {
        QCOMPARE(pods[i].name, planned[i - 1].name);
        QCOMPARE(pods[i].ip, planned[i - 1].ip);
    }
    // Another scenario becomes current: its (no) pins, and listeners are told.
    design.setCurrentScenario(plain);
    QCOMPARE(podsChanged.count(), 1);
    QCOMPARE(design.pods().size(), planned.size());
    QCOMPARE(design.pods()[0].name, planned[0].name);
    design.setCurrentScenario(guide);
    QCOMPARE(podsChanged.count(), 2);
    QCOMPARE(design.pods()[0].name, QStringLiteral("coffee-5b9c74f9d9-2zlqq"));
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
    const QString path = gw::test::writeFile(dir, QStringLiteral("cafe.yaml"), cafe());
    QVERIFY(!path.isEmpty());
    QFile f(path);
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

void tst_Design::manifestsRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QDir manifests(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/manifests"));
    for (const QString &name : manifests.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << manifests.filePath(name);
    QTest::newRow("cafe.yaml") << QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml");
}

void tst_Design::manifestsRoundTrip()
{
    // What was not edited is saved and exported byte for byte.
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    Design design;
    const auto result = design.addFile(data, file);
    QVERIFY2(result.ok, result.diagnostics.empty() ? "" : qPrintable(result.diagnostics.front().toString()));
    QCOMPARE(design.fileText(0), data);
    if (!file.endsWith(u"markers.yaml"))
        QCOMPARE(design.exportText(), data);
    // And reads back to the same resources.
    Design again;
    QVERIFY(again.addFile(design.exportText(), file).ok);
    QCOMPARE(again.resources().size(), design.resources().size());
}

void tst_Design::exportAddsWhatKubectlNeeds()
{
    // A document after `...` without `---` is skipped by kubectl: export gives it its `---`; saving
    // keeps the file as it was.
    Design design;
    const QByteArray file = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n...\n"
                            "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n...\n# the end\n";
    const auto result = design.addFile(file, QStringLiteral("m.yaml"));
    QVERIFY(result.ok);
    QCOMPARE(result.diagnostics.size(), size_t(1));
    QCOMPARE(result.diagnostics.front().severity, Diagnostic::Severity::Warning);
    QCOMPARE(design.resources().size(), size_t(2));
    QCOMPARE(design.fileText(0), file);
    QCOMPARE(design.exportText(),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n...\n---\n"
                        "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n...\n# the end\n"));
    // Files without a final line break are separated properly in the export.
    Design two;
    QVERIFY(two.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}", QStringLiteral("a.yaml")).ok);
    QVERIFY(
        two.addFile("# b\napiVersion: v1\nkind: Service\nmetadata: {name: b}", QStringLiteral("b.yaml")).ok);
    QCOMPARE(two.exportText(),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n# b\n"
                        "apiVersion: v1\nkind: Service\nmetadata: {name: b}"));
}

void tst_Design::removalKeepsDocumentsApart()
{
    // Taking out the document that ended with `...` leaves the next one without a separator: the
    // saved file gets one, so that it reads back as the same documents.
    Design design;
    QVERIFY(design
                .addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
                         "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n...\n"
                         "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n",
                         QStringLiteral("m.yaml"))
                .ok);
    const Resource *b = design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("b"));
    design.removeDocument(b->document);
    QCOMPARE(design.fileText(0),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
                        "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n"));
    Design again;
    QVERIFY(again.addFile(design.fileText(0), QStringLiteral("m.yaml")).ok);
    QCOMPARE(again.resources().size(), size_t(2));
}

void tst_Design::clearAndSignals()
{
    Design design;
    QSignalSpy reset(&design, &Design::aboutToReset);
    QSignalSpy changed(&design, &Design::changed);
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<ChangeEvent>().type, ChangeEvent::Type::Reset);
    // A failed import changes nothing and says nothing.
    QVERIFY(!design.addFile("kind: [", QStringLiteral("bad.yaml")).ok);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    design.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(design.fileCount(), 0);
    QVERIFY(design.resources().empty());
    QVERIFY(!design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("coffee")));
}

void tst_Design::clearMarksEveryStackClean()
{
    // A stack marked as never clean (its history dropped with unsaved edits, or a recovered
    // design) must not survive New/Open: QUndoStack::clear() alone does nothing on an empty stack.
    Design design;
    QUndoStack attached;
    design.attachUndoStack(&attached);
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    QVERIFY(!design.isModified());
    attached.resetClean();
    QVERIFY(design.isModified());
    QSignalSpy modified(&design, &Design::modifiedChanged);
    design.clear();
    QVERIFY(attached.isClean());
    QVERIFY(!design.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.first().at(0).toBool(), false);

    design.undoStack()->resetClean(); // what AutoSaver::recover() leaves
    QVERIFY(design.isModified());
    design.clear();
    QVERIFY(!design.isModified());
}

void tst_Design::indexFollowsEdits()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const Resource *tea = design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("tea"));
    const DocumentId doc = tea->document;
    const int rank = design.rank(tea->id);
    std::string text = design.document(doc)->yaml->text();
    text.replace(text.find("name: tea"), 9, "name: chai");
    design.setDocumentText(doc, text);
    QVERIFY(!design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("tea")));
    const Resource *chai = design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("chai"));
    QVERIFY(chai);
    QCOMPARE(design.rank(chai->id), rank);
    QCOMPARE(design.find(QStringLiteral("Service"), QString(), QStringLiteral("chai")), chai);
    // Unknown kinds are found by the kind as written.
    QVERIFY(design
                .addFile("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: tools}\n",
                         QStringLiteral("w.yaml"))
                .ok);
    QVERIFY(design.find(QStringLiteral("Widget"), QStringLiteral("tools"), QStringLiteral("w")));
    QVERIFY(!design.find(QStringLiteral("Widget"), QString(), QStringLiteral("w")));
}

QTEST_GUILESS_MAIN(tst_Design)
#include "tst_design.moc"
