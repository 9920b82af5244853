// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "core/designeditor.h"
#include "core/fielddescription.h"
#include "core/labelcarrier.h"
#include "coretestdata.h"
#include "yaml/emitter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using gw::test::cafe;
using gw::test::readFile;
using yaml::Path;
using yaml::Value;
using namespace Qt::StringLiterals;

namespace {

/** Every file's bytes, as saving would write them. */
QByteArray state(const Design &design)
{
    QByteArray all;
    for (int i = 0; i < design.fileCount(); ++i)
        all += "<<file " + design.file(i).path.toUtf8() + ">>\n" + design.fileText(i);
    return all;
}

const Resource *find(const Design &design, Kind kind, const char *name)
{
    return design.find(kind, QStringLiteral("default"), QString::fromLatin1(name));
}

Value service(const QString &name)
{
    Value v = Value::mapping();
    v.set("apiVersion", Value("v1")).set("kind", Value("Service"));
    v.set("metadata", Value::mapping().set("name", Value(name)));
    v.set("spec",
          Value::mapping()
              .set("selector", Value::mapping().set("app", Value(name)))
              .set("ports", Value::sequence().append(Value::mapping().set("port", Value(80)))));
    return v;
}

} // namespace

/**
 * Every DesignEditor call: its command's do, undo and redo, the signals a view gets, merging of
 * typing into one undo step, and a long random sequence of edits that undoes back to the original
 * bytes and redoes to the same bytes again.
 */
class tst_DesignEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setFieldUndoRedo();
    void typingMergesIntoOneStep();
    void typingBackToTheOriginalLeavesNoStep();
    void mergeStopsAtSave();
    void listItemsDoNotMerge();
    void insertRemoveMove();
    void addResource();
    void importText();
    void importShellPaste();
    void removeResource();
    void duplicateResource();
    void renameResource();
    void replaceDocumentText();
    void refusedEditsPushNothing();
    void randomEditsUndoToTheOriginal_data();
    void randomEditsUndoToTheOriginal();
    void undoTextsInWords_data();
    void undoTextsInWords();
    void labelsCarriedAlongARename();
};

void tst_DesignEditor::setFieldUndoRedo()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    QSignalSpy changed(&design, &Design::changed);
    QSignalSpy modified(&design, &Design::modifiedChanged);
    QSignalSpy clean(design.undoStack(), &QUndoStack::cleanChanged);
    const QByteArray before = design.fileText(0);
    const Resource *svc = find(design, Kind::Service, "coffee");
    const ResourceId id = svc->id;

    QVERIFY(editor.setField(id, Path::of("spec.ports[0].port"), Value(8080)));
    QCOMPARE(design.undoStack()->count(), 1);
    // In words: the port of the Service's port named http.
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Change port of coffee, port http"));
    QCOMPARE(design.resource(id)->as<Service>()->ports[0].port, 8080);
    QCOMPARE(changed.count(), 1);
    const auto event = changed.takeFirst().at(0).value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Type::DocumentChanged);
    QCOMPARE(event.document, documentOf(id));
    QCOMPARE(event.field, Path::of("spec.ports[0].port"));
    QCOMPARE(event.resourcesBefore, std::vector<ResourceId> {id});
    QCOMPARE(event.resourcesAfter, std::vector<ResourceId> {id});
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), true);
    QCOMPARE(clean.count(), 1);
    QVERIFY(design.isModified());
    // Only that one line changed.
    QByteArray expected = before;
    expected.replace("  ports:\n  - port: 80\n    targetPort: 8080\n    protocol: TCP\n    name: http\n  "
                     "selector:\n    app: coffee",
                     "  ports:\n  - port: 8080\n    targetPort: 8080\n    protocol: TCP\n    name: http\n  "
                     "selector:\n    app: coffee");
    QCOMPARE(design.fileText(0), expected);

    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
    QCOMPARE(design.resource(id)->as<Service>()->ports[0].port, 80);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<ChangeEvent>().type, ChangeEvent::Type::DocumentChanged);
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.takeFirst().at(0).toBool(), false);
    QVERIFY(!design.isModified());

    design.undoStack()->redo();
    QCOMPARE(design.fileText(0), expected);
    QCOMPARE(design.resource(id),
             design.find(Kind::Service, QStringLiteral("default"), QStringLiteral("coffee")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(modified.count(), 1);
}

void tst_DesignEditor::typingMergesIntoOneStep()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    const QByteArray before = design.fileText(0);
    const ResourceId id = find(design, Kind::HTTPRoute, "coffee")->id;
    const Path field = Path::of("spec.rules[0].matches[0].path.value");
    for (const char *typed : {"/c", "/co", "/cof", "/coff", "/coffee-v2"})
        QVERIFY(editor.setField(id, field, Value(typed)));
    QCOMPARE(design.undoStack()->count(), 1);
    QCOMPARE(design.resource(id)->as<Route>()->rules[0].matches[0].path->value, QStringLiteral("/coffee-v2"));
    // Another field is another step.
    QVERIFY(editor.setField(id, Path::of("spec.rules[0].backendRefs[0].port"), Value(8080)));
    QCOMPARE(design.undoStack()->count(), 2);
    design.undoStack()->undo();
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
}

void tst_DesignEditor::typingBackToTheOriginalLeavesNoStep()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    QSignalSpy modified(&design, &Design::modifiedChanged);
    const QByteArray before = design.fileText(0);
    const ResourceId id = find(design, Kind::Deployment, "tea")->id;
    QVERIFY(editor.setField(id, Path::of("spec.replicas"), Value(3)));
    QVERIFY(editor.setField(id, Path::of("spec.replicas"), Value(2)));
    // The merged command changes nothing any more: it is dropped.
    QCOMPARE(design.undoStack()->count(), 0);
    QVERIFY(!design.undoStack()->canUndo());
    QCOMPARE(design.fileText(0), before);
    QVERIFY(!design.isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.at(1).at(0).toBool(), false);
    // Setting a field to what it is pushes nothing at all.
    QVERIFY(editor.setField(id, Path::of("spec.replicas"), Value(2)));
    QCOMPARE(design.undoStack()->count(), 0);
}

void tst_DesignEditor::mergeStopsAtSave()
{
    QTemporaryDir dir;
    const QString path = gw::test::writeFile(dir, QStringLiteral("cafe.yaml"), cafe());
    QVERIFY(!path.isEmpty());
    QFile f(path);
    Design design;
    QVERIFY(design.openFile(path).ok);
    DesignEditor editor(&design);
    QSignalSpy clean(design.undoStack(), &QUndoStack::cleanChanged);
    const ResourceId id = find(design, Kind::Deployment, "coffee")->id;
    QVERIFY(editor.setField(id, Path::of("spec.replicas"), Value(3)));
    QVERIFY(design.save());
    QVERIFY(!design.isModified());
    QCOMPARE(clean.count(), 2);
    QVERIFY(editor.setField(id, Path::of("spec.replicas"), Value(4)));
    // Typing on after a save does not fold into the saved step: undo goes back to what is on disk.
    QCOMPARE(design.undoStack()->count(), 2);
    QVERIFY(design.isModified());
    design.undoStack()->undo();
    QVERIFY(!design.isModified());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(design.fileText(0), f.readAll());
}

void tst_DesignEditor::listItemsDoNotMerge()
{
    Design design;
    QVERIFY(design
                .addFile(readFile(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/manifests/list.yaml")),
                         QStringLiteral("list.yaml"))
                .ok);
    DesignEditor editor(&design);
    const Resource *a = find(design, Kind::Service, "list-a");
    const Resource *b = find(design, Kind::Service, "list-b");
    QVERIFY(a && b);
    QCOMPARE(a->document, b->document);
    const ResourceId ida = a->id, idb = b->id;
    QVERIFY(editor.setField(ida, Path::of("spec.ports[0].port"), Value(8080)));
    QVERIFY(editor.setField(idb, Path::of("spec.ports[0].port"), Value(8081)));
    QCOMPARE(design.undoStack()->count(), 2);
    QCOMPARE(design.resource(ida)->as<Service>()->ports[0].port, 8080);
    QCOMPARE(design.resource(idb)->as<Service>()->ports[0].port, 8081);
    design.undoStack()->undo();
    QCOMPARE(design.resource(ida)->as<Service>()->ports[0].port, 8080);
    QCOMPARE(design.resource(idb)->as<Service>()->ports[0].port, 81);
}

void tst_DesignEditor::insertRemoveMove()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    const QByteArray before = design.fileText(0);
    const ResourceId gw = find(design, Kind::Gateway, "gateway")->id;
    const Value https = Value::mapping()
                            .set("name", Value("https"))
                            .set("port", Value(443))
                            .set("protocol", Value("HTTPS"))
                            .set("hostname", Value("*.example.com"));
    QVERIFY(editor.insertItem(gw, Path::of("spec.listeners"), 1, https));
    QCOMPARE(design.resource(gw)->as<Gateway>()->listeners.size(), size_t(2));
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Add listener to gateway"));
    QVERIFY(editor.moveItem(gw, Path::of("spec.listeners"), 1, 0));
    QCOMPARE(design.resource(gw)->as<Gateway>()->listeners[0].name, QStringLiteral("https"));
    QVERIFY(editor.removeField(gw, Path::of("spec.listeners[1].hostname")));
    QVERIFY(!design.resource(gw)->as<Gateway>()->listeners[1].hostname);
    QCOMPARE(design.undoStack()->count(), 3);
    const QByteArray edited = design.fileText(0);
    for (int i = 0; i < 3; ++i)
        design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
    for (int i = 0; i < 3; ++i)
        design.undoStack()->redo();
    QCOMPARE(design.fileText(0), edited);
}

void tst_DesignEditor::addResource()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    QSignalSpy aboutToInsert(&design, &Design::documentAboutToBeInserted);
    QSignalSpy inserted(&design, &Design::documentInserted);
    QSignalSpy aboutToRemove(&design, &Design::documentAboutToBeRemoved);
    QSignalSpy removed(&design, &Design::documentRemoved);
    QSignalSpy changed(&design, &Design::changed);
    const QByteArray before = design.fileText(0);
    const int documents = int(design.documents().size());

    QVERIFY(editor.addResource(service(QStringLiteral("mocha"))));
    QCOMPARE(editor.lastAdded().size(), size_t(1));
    const ResourceId id = editor.lastAdded().front();
    QCOMPARE(design.resource(id)->displayName(), QStringLiteral("Service default/mocha"));
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(aboutToInsert.at(0).at(0).toInt(), documents);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toInt(), documents);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().type, ChangeEvent::Type::DocumentInserted);
    QCOMPARE(changed.at(0).at(0).value<ChangeEvent>().resourcesAfter, std::vector<ResourceId> {id});
    // Appended in canonical form, after the untouched bytes.
    const QByteArray canonical =
        "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: mocha\nspec:\n  selector:\n"
        "    app: mocha\n  ports:\n  - port: 80\n";
    QCOMPARE(design.fileText(0), before + canonical);
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Add Service default/mocha"));

    design.undoStack()->undo();
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toInt(), documents);
    QCOMPARE(design.fileText(0), before);
    QVERIFY(!design.resource(id));
    design.undoStack()->redo();
    QCOMPARE(design.resource(id)->displayName(),
             QStringLiteral("Service default/mocha")); // the same id again
    QCOMPARE(design.fileText(0), before + canonical);
    // The name is taken now.
    QVERIFY(!editor.addResource(service(QStringLiteral("mocha"))));
    QCOMPARE(editor.lastError(), QStringLiteral("Service default/mocha already exists"));
    QCOMPARE(design.undoStack()->count(), 1);
}

void tst_DesignEditor::importText()
{
    Design design;
    QVERIFY(
        design.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}", QStringLiteral("a.yaml")).ok);
    DesignEditor editor(&design);
    QSignalSpy inserted(&design, &Design::documentInserted);
    const QByteArray paste = "# pasted\napiVersion: v1\nkind: Service\nmetadata: {name: b}\n---\n"
                             "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n";
    QVERIFY2(editor.importText(paste), qPrintable(editor.lastError()));
    QCOMPARE(editor.lastAdded().size(), size_t(2));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(design.undoStack()->count(), 1);
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Import 2 resource(s)"));
    // The file did not end with a line break and the paste has no `---` of its own: both are added.
    QCOMPARE(design.fileText(0),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n") + paste);
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: a}"));
    QCOMPARE(design.resources().size(), size_t(1));
    design.undoStack()->redo();
    QCOMPARE(design.resources().size(), size_t(3));
    // A bad document anywhere: nothing is added, the error names where.
    QVERIFY(!editor.importText("apiVersion: v1\nkind: Service\nmetadata: {name: d}\n---\nkind: [\n"));
    QVERIFY2(editor.lastError().contains(QStringLiteral("YAML syntax error")),
             qPrintable(editor.lastError()));
    QVERIFY(!editor.lastDiagnostics().empty());
    QCOMPARE(editor.lastDiagnostics().front().location.line, 6); // yaml-cpp finds the end of the text there
    QCOMPARE(design.resources().size(), size_t(3));
    QCOMPARE(design.undoStack()->count(), 1);
    // Existing resources are replaced as kubectl apply would, with a warning.
    QVERIFY(editor.importText("apiVersion: v1\nkind: Service\nmetadata: {name: b}\n"));
    QCOMPARE(editor.lastDiagnostics().size(), size_t(1));
    QCOMPARE(editor.lastDiagnostics().front().severity, Diagnostic::Severity::Warning);
    QVERIFY(!editor.importText("# nothing\n"));
    QCOMPARE(editor.lastError(), QStringLiteral("the text holds no manifests"));
}

void tst_DesignEditor::importShellPaste()
{
    // The walk-through's blocks, pasted with their prose: 11 resources, one undo step.
    Design design;
    DesignEditor editor(&design);
    QVERIFY(
        editor.importText(readFile(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/walkthrough-paste.md"))));
    QCOMPARE(editor.lastAdded().size(), size_t(11));
    QCOMPARE(design.resources().size(), size_t(11));
    QVERIFY(find(design, Kind::UpstreamSettingsPolicy, "lb-method"));
    QVERIFY(!design.exportText().contains("kubectl"));
    design.undoStack()->undo();
    QCOMPARE(design.resources().size(), size_t(0));
}

void tst_DesignEditor::removeResource()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    QSignalSpy aboutToRemove(&design, &Design::documentAboutToBeRemoved);
    QSignalSpy removed(&design, &Design::documentRemoved);
    QSignalSpy inserted(&design, &Design::documentInserted);
    const QByteArray before = design.fileText(0);
    const Resource *tea = find(design, Kind::Deployment, "tea");
    const ResourceId id = tea->id;
    const int index = int(std::find(design.documents().begin(), design.documents().end(), tea->document) -
                          design.documents().begin());
    QVERIFY(editor.removeResource(id));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(aboutToRemove.at(0).at(0).toInt(), index);
    QCOMPARE(removed.at(0).at(0).toInt(), index);
    QVERIFY(!design.resource(id));
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Delete Deployment default/tea"));
    design.undoStack()->undo();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toInt(), index);
    QCOMPARE(design.fileText(0), before);
    QCOMPARE(design.resource(id)->displayName(), QStringLiteral("Deployment default/tea"));
    // An item of a List goes out of its List.
    Design list;
    QVERIFY(
        list.addFile(readFile(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/manifests/list.yaml")), {}).ok);
    DesignEditor listEditor(&list);
    QVERIFY(listEditor.removeResource(find(list, Kind::Service, "list-a")->id));
    QCOMPARE(list.resources().size(), size_t(1));
    QCOMPARE(list.documents().size(), size_t(1));
}

void tst_DesignEditor::duplicateResource()
{
    Design design;
    QVERIFY(design
                .addFile("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  uid: 1234\n"
                         "  creationTimestamp: \"2025-01-01T00:00:00Z\"\n  labels: {app: a}\n"
                         "spec:\n  ports: [{port: 80}]\nstatus: {loadBalancer: {}}\n---\n"
                         "apiVersion: v1\nkind: Service\nmetadata: {name: z}\n",
                         QStringLiteral("d.yaml"))
                .ok);
    DesignEditor editor(&design);
    const QByteArray before = design.fileText(0);
    QVERIFY(editor.duplicateResource(find(design, Kind::Service, "a")->id, QStringLiteral("b")));
    const Resource *b = find(design, Kind::Service, "b");
    QVERIFY(b);
    QCOMPARE(editor.lastAdded(), std::vector<ResourceId> {b->id});
    // Right after the original, in canonical form, without what the API server fills in.
    QCOMPARE(design.fileText(0),
             QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  uid: 1234\n"
                        "  creationTimestamp: \"2025-01-01T00:00:00Z\"\n  labels: {app: a}\n"
                        "spec:\n  ports: [{port: 80}]\nstatus: {loadBalancer: {}}\n"
                        "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n  labels:\n    app: a\n"
                        "spec:\n  ports:\n  - port: 80\n"
                        "---\napiVersion: v1\nkind: Service\nmetadata: {name: z}\n"));
    QVERIFY(!editor.duplicateResource(find(design, Kind::Service, "a")->id, QStringLiteral("z")));
    QCOMPARE(editor.lastError(), QStringLiteral("Service default/z already exists"));
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
}

void tst_DesignEditor::renameResource()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    const ResourceId id = find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(editor.renameResource(id, QStringLiteral("latte-v2")));
    QCOMPARE(design.resource(id)->meta.name, QStringLiteral("latte-v2"));
    QVERIFY(find(design, Kind::HTTPRoute, "latte-v2"));
    QVERIFY(!find(design, Kind::HTTPRoute, "latte"));
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Rename HTTPRoute default/latte to latte-v2"));
    QVERIFY(!editor.renameResource(id, QStringLiteral("tea")));
    QCOMPARE(editor.lastError(), QStringLiteral("HTTPRoute default/tea already exists"));
    QVERIFY(!editor.renameResource(id, QStringLiteral("Latte")));
    QVERIFY2(editor.lastError().contains(QStringLiteral("RFC 1123")), qPrintable(editor.lastError()));
    design.undoStack()->undo();
    QVERIFY(find(design, Kind::HTTPRoute, "latte"));
}

void tst_DesignEditor::replaceDocumentText()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    const Resource *tea = find(design, Kind::Service, "tea");
    const DocumentId doc = tea->document;
    const std::string text = "---\n# rewritten\napiVersion: v1\nkind: Service\nmetadata:\n  name: "
                             "tea\nspec:\n  ports: [{port: 81}]\n";
    QVERIFY(editor.replaceDocumentText(doc, text));
    QCOMPARE(design.document(doc)->yaml->text(), text);
    QCOMPARE(design.undoStack()->undoText(), QStringLiteral("Edit YAML"));
    QVERIFY(!editor.replaceDocumentText(
        doc, "apiVersion: v1\nkind: Service\nmetadata: {name: tea}\nspec: {ports: [{port: x}]}\n"));
    QVERIFY2(editor.lastError().startsWith(QStringLiteral("spec.ports[0].port: expected an integer")),
             qPrintable(editor.lastError()));
    // Located in the file: the document's fourth line.
    QCOMPARE(editor.lastDiagnostics().front().location.toString(),
             QStringLiteral("cafe.yaml:%1:23").arg(design.document(doc)->yaml->origin().firstLine + 3));
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), cafe());
}

void tst_DesignEditor::refusedEditsPushNothing()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    DesignEditor editor(&design);
    const ResourceId id = find(design, Kind::Service, "coffee")->id;
    QVERIFY(!editor.setField(id, Path::of("spec.ports[0].port"), Value("http")));
    QCOMPARE(editor.lastError(),
             QStringLiteral("spec.ports[0].port: expected an integer, got the string \"http\""));
    QVERIFY(!editor.removeField(id, Path::of("metadata.name")));
    QCOMPARE(editor.lastError(), QStringLiteral("metadata.name: required: every object needs a name"));
    QVERIFY(!editor.insertItem(id, Path::of("spec.ports"), 7, Value::mapping()));
    QVERIFY(!editor.setField(makeResourceId(9999, 0), Path::of("a"), Value(1)));
    QCOMPARE(editor.lastError(), QStringLiteral("the resource no longer exists"));
    QCOMPARE(design.undoStack()->count(), 0);
    QCOMPARE(design.fileText(0), cafe());
}

void tst_DesignEditor::randomEditsUndoToTheOriginal_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("cafe") << QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml") << 1u;
    QTest::newRow("cafe, another seed")
        << QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml") << 2u;
    const QDir manifests(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/manifests"));
    for (const QString &name : manifests.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << manifests.filePath(name) << 3u;
}

void tst_DesignEditor::randomEditsUndoToTheOriginal()
{
    QFETCH(QString, file);
    QFETCH(quint32, seed);
    Design design;
    const auto loaded = design.addFile(readFile(file), QFileInfo(file).fileName());
    QVERIFY(loaded.ok);
    DesignEditor editor(&design);
    QRandomGenerator random(seed);
    const QByteArray original = state(design);
    // The state after each step of the undo stack: undo must give each back exactly.
    std::vector<QByteArray> states = {original};
    int names = 0;
    int done = 0;
    int attempts = 0;
    auto pick = [&](const auto &list) { return list[size_t(random.bounded(int(list.size())))]; };

    while (done < 300 && attempts < 3000) {
        ++attempts;
        const auto resources = design.resources();
        const int op = random.bounded(10);
        bool ok = false;
        if (resources.empty() || op == 0) {
            ok = editor.addResource(service(QStringLiteral("svc-%1").arg(++names)));
        } else {
            const Resource *r = pick(resources);
            const DesignDocument *doc = design.document(r->document);
            const auto value = Value::fromNode(*doc->yaml, doc->yaml->find(r->basePath), 10000);
            if (!value)
                continue;
            // Everything in the resource, with a path.
            std::vector<std::pair<Path, const Value *>> all;
            std::vector<std::pair<Path, const Value *>> stack = {{Path(), &*value}};
            while (!stack.empty()) {
                auto [path, v] = stack.back();
                stack.pop_back();
                all.emplace_back(path, v);
                if (v->isMapping()) {
                    for (const auto &[k, child] : v->entries())
                        stack.emplace_back(path.key(k), &child);
                } else if (v->isSequence()) {
                    for (int i = 0; i < v->size(); ++i)
                        stack.emplace_back(path.index(i), &v->items()[size_t(i)]);
                }
            }
            const auto [path, v] = pick(all);
            switch (op) {
            case 1:
            case 2:
            case 3: // change a scalar, keeping its type (several times: some merge)
                if (v->type() == Value::Type::Int)
                    ok = editor.setField(r->id, path, Value(int(random.bounded(1, 65535))));
                else if (v->type() == Value::Type::String && !path.isEmpty() && path.last().key != "name" &&
                         path.last().key != "kind" && path.last().key != "apiVersion")
                    ok = editor.setField(r->id, path,
                                         Value(v->toString() + "-" + std::to_string(random.bounded(9))));
                else if (v->type() == Value::Type::Bool)
                    ok = editor.setField(r->id, path, Value(!v->toBool()));
                break;
            case 4: // insert a copy of an item
                if (v->isSequence() && v->size() > 0)
                    ok = editor.insertItem(r->id, path, random.bounded(v->size() + 1),
                                           v->items()[size_t(random.bounded(v->size()))]);
                break;
            case 5: // remove a field or an item
                if (!path.isEmpty())
                    ok = editor.removeField(r->id, path);
                break;
            case 6:
                if (v->isSequence() && v->size() > 1)
                    ok = editor.moveItem(r->id, path, random.bounded(v->size()), random.bounded(v->size()));
                break;
            case 7:
                ok = random.bounded(3) == 0
                    ? editor.removeResource(r->id)
                    : editor.duplicateResource(r->id, QStringLiteral("copy-%1").arg(++names));
                break;
            case 8:
                ok = editor.renameResource(r->id, QStringLiteral("renamed-%1").arg(++names));
                break;
            case 9:
                ok = editor.importText(
                    QStringLiteral("kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\n"
                                   "metadata:\n  name: pasted-%1\nEOF\n")
                        .arg(++names)
                        .toUtf8());
                break;
            }
        }
        if (!ok)
            continue;
        ++done;
        // Every document still reads without errors.
        for (DocumentId id : design.documents())
            QVERIFY(design.document(id)->yaml);
        const int index = design.undoStack()->index();
        states.resize(size_t(index) + 1);
        states[size_t(index)] = state(design);
    }
    QVERIFY2(done >= 300,
             qPrintable(QStringLiteral("only %1 of %2 edits were accepted").arg(done).arg(attempts)));
    const QByteArray end = state(design);
    const int steps = design.undoStack()->index();
    QVERIFY(steps > 100);
    for (int i = steps; i > 0; --i) {
        design.undoStack()->undo();
        QCOMPARE(state(design), states[size_t(i - 1)]);
    }
    QCOMPARE(state(design), original);
    QVERIFY(!design.isModified());
    for (int i = 0; i < steps; ++i)
        design.undoStack()->redo();
    QCOMPARE(state(design), end);
}

void tst_DesignEditor::undoTextsInWords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::newRow("cookie name") << u"HTTPRoute"_s << u"tea"_s
                                 << u"spec.rules[0].sessionPersistence.sessionName"_s
                                 << u"Change cookie name of tea, rule 1"_s << u"tea-cookie"_s;
    QTest::newRow("path of a match") << u"HTTPRoute"_s << u"coffee"_s
                                     << u"spec.rules[0].matches[0].path.value"_s
                                     << u"Change path of coffee, rule 1, match 1"_s << u"/mocha"_s;
    QTest::newRow("a backend's port")
        << u"HTTPRoute"_s << u"latte"_s << u"spec.rules[0].backendRefs[0].port"_s
        << u"Change port of latte, rule 1, backend latte"_s << u"8080"_s;
    QTest::newRow("a listener by name")
        << u"Gateway"_s << u"gateway"_s << u"spec.listeners[0].hostname"_s
        << u"Change hostname of gateway, listener http"_s << u"'*.example.org'"_s;
    QTest::newRow("a hostname") << u"HTTPRoute"_s << u"tea"_s << u"spec.hostnames[0]"_s
                                << u"Change hostname 1 of tea"_s << u"tea.example.com"_s;
    QTest::newRow("the name") << u"Service"_s << u"tea"_s << u"metadata.name"_s << u"Change name of tea"_s
                              << u"chai"_s;
    QTest::newRow("a label") << u"Deployment"_s << u"tea"_s << u"metadata.labels.app"_s
                             << u"Change label app of tea"_s << u"chai"_s;
    QTest::newRow("the method") << u"UpstreamSettingsPolicy"_s << u"lb-method"_s
                                << u"spec.loadBalancingMethod"_s
                                << u"Change load-balancing method of lb-method"_s << u"random"_s;
    QTest::newRow("spelled out") << u"Deployment"_s << u"tea"_s << u"spec.progressDeadlineSeconds"_s
                                 << u"Change progress deadline seconds of tea"_s << u"600"_s;
}

void tst_DesignEditor::undoTextsInWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, value);
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const Resource *r = design.find(kind, u"default"_s, name);
    QVERIFY(r);
    const Path path = Path::of(field.toStdString());
    QCOMPARE(FieldDescription::change(design, *r, path), text);
    // And the editor's own text, when the caller gives none.
    DesignEditor editor(&design);
    QVERIFY2(editor.setField(r->id, path, Value::raw(value.toStdString())), qPrintable(editor.lastError()));
    QCOMPARE(design.undoStack()->undoText(), text);
}

void tst_DesignEditor::labelsCarriedAlongARename()
{
    Design design;
    QVERIFY(design.addFile(cafe(), QStringLiteral("cafe.yaml")).ok);
    const QByteArray before = design.fileText(0);
    DesignEditor editor(&design);
    const ResourceId tea = find(design, Kind::Deployment, "tea")->id;
    QVERIFY(editor.renameResource(tea, u"chai"_s));
    const std::vector<LabelCarrier::Edit> edits = LabelCarrier::find(design, *design.resource(tea), u"tea"_s);
    QCOMPARE(edits.size(), size_t(3)); // the selector, the Pod template, the Service's selector
    QCOMPARE(LabelCarrier::describe(design, edits, u"tea"_s),
             u"app=tea in Deployment default/chai, Service default/tea"_s);
    QVERIFY(LabelCarrier::apply(&design, edits, u"tea"_s, u"chai"_s));
    QCOMPARE(find(design, Kind::Service, "tea")->as<Service>()->selector.value(u"app"_s), u"chai"_s);
    // The Service still selects the Pods: the same Pods, now labelled chai.
    int selected = 0;
    for (const Pod &p : design.pods()) {
        if (p.labels.value(u"app"_s) == u"chai")
            ++selected;
    }
    QCOMPARE(selected, 2);
    // One step, undone as one.
    design.undoStack()->undo();
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
    // Nothing to carry: a Service whose selector does not name it.
    QVERIFY(LabelCarrier::find(design, *find(design, Kind::HTTPRoute, "tea"), u"x"_s).empty());
}

QTEST_GUILESS_MAIN(tst_DesignEditor)
#include "tst_designeditor.moc"
