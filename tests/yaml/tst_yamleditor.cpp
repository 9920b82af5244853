// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldenfile.h"
#include "yaml/editor.h"
#include "yaml/emitter.h"
#include "yaml/stream.h"

#include <QFile>
#include <QTest>

using namespace gw::yaml;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

/** A Value written in YAML flow syntax in the test table ("80" is an integer, "\"80\"" a string). */
Value value(const QString &flow)
{
    const auto doc = Document::parse(flow.toStdString());
    if (!doc.document)
        qFatal("bad value in test table: %s", qPrintable(flow));
    return Value::fromNode(*doc.document, doc.document->root()).value_or(Value());
}

struct Edit
{
    QString op; ///< set, insert, remove, move
    QString path;
    QString value; ///< flow YAML
    int index = 0; ///< insert: position; move: from
    int to = 0; ///< move: to
};

Editor::Result apply(const Document &doc, const Edit &edit)
{
    const Path path = Path::of(edit.path.toStdString());
    if (edit.op == u"set")
        return Editor::set(doc, path, value(edit.value));
    if (edit.op == u"insert")
        return Editor::insert(doc, path, edit.index, value(edit.value));
    if (edit.op == u"remove")
        return Editor::remove(doc, path);
    if (edit.op == u"move")
        return Editor::move(doc, path, edit.index, edit.to);
    qFatal("unknown operation");
}

/** The first message of \a diagnostics, for QVERIFY2 (which builds its message before it checks). */
QByteArray firstMessage(const gw::Diagnostics &diagnostics)
{
    return diagnostics.empty() ? QByteArray() : diagnostics.front().toString().toUtf8();
}

} // namespace

Q_DECLARE_METATYPE(Edit)

/**
 * Edits of real-looking manifests, each compared with a golden file of the whole stream: the edited
 * document changes only where the edit is, every other document stays byte-identical.
 */
class tst_YamlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void scalarEditKeepsEverythingElse_data();
    void scalarEditKeepsEverythingElse();
    void errors_data();
    void errors();
    void emptyCollectionsRoundTrip();
    void editsReadBack_data();
    void editsReadBack();
    void selfCheckRefusesWhatItCannotDo();
    void emitDocument();
};

void tst_YamlEditor::golden_data()
{
    QTest::addColumn<QString>("input"); // under data/
    QTest::addColumn<int>("document"); // which document of the stream to edit
    QTest::addColumn<Edit>("edit");

    auto row = [](const char *name, const char *input, int document, Edit edit) {
        QTest::newRow(name) << QString::fromLatin1(input) << document << edit;
    };
    const char *comments = "manifests/comments.yaml";
    row("plain-with-comment", comments, 1, {u"set"_s, u"spec.listeners[0].port"_s, u"8080"_s});
    row("double-quoted-stays", comments, 1,
        {u"set"_s, u"spec.listeners[0].hostname"_s, u"\"*.cafe.test\""_s});
    row("insert-after-commented-list", comments, 1,
        {u"insert"_s, u"spec.listeners"_s, u"{name: https, port: 443, protocol: HTTPS}"_s, 1});
    row("remove-key-keeps-comment-above", comments, 1, {u"remove"_s, u"metadata.labels"_s});
    row("new-nested-key", comments, 1, {u"set"_s, u"metadata.annotations.owner"_s, u"cafe-team"_s});
    row("insert-first", comments, 2,
        {u"insert"_s, u"spec.rules[0].backendRefs"_s, u"{name: coffee-v2, port: 80}"_s, 0});
    row("remove-only-item", comments, 2, {u"remove"_s, u"spec.hostnames[0]"_s});
    row("remove-first-key-of-item", comments, 2, {u"remove"_s, u"spec.parentRefs[0].name"_s});
    row("remove-last-line", comments, 4, {u"remove"_s, u"spec.ports[0].name"_s});

    const char *quoting = "manifests/quoting.yaml";
    row("single-quoted-stays", quoting, 0, {u"set"_s, u"metadata.annotations.single"_s, u"\"it's new\""_s});
    row("number-string-stays-string", quoting, 0,
        {u"set"_s, u"metadata.annotations.looks-like-number"_s, u"\"81\""_s});
    row("plain-becomes-quoted-bool", quoting, 0,
        {u"set"_s, u"metadata.annotations.plain-url"_s, u"\"yes\""_s});
    row("string-becomes-integer", quoting, 0, {u"set"_s, u"data.number"_s, u"2"_s});
    row("multi-line-plain", quoting, 0, {u"set"_s, u"metadata.annotations.multi-line-plain"_s, u"short"_s});
    row("multi-line-double", quoting, 0,
        {u"set"_s, u"metadata.annotations.multi-line-double"_s, u"\"one line\""_s});
    row("quoted-key", quoting, 0, {u"set"_s, u"metadata.annotations[\"quoted key\"]"_s, u"v2"_s});
    row("explicit-key", quoting, 0, {u"set"_s, u"metadata.annotations[\"explicit key\"]"_s, u"v2"_s});
    row("unicode", quoting, 0, {u"set"_s, u"metadata.annotations.unicode"_s, u"\"thé 🍵\""_s});
    row("needs-escapes", quoting, 0,
        {u"set"_s, u"metadata.annotations.empty-double"_s, u"\"tab\\there\\u2028line sep\""_s});
    row("leading-indicator", quoting, 0, {u"set"_s, u"data.dashes"_s, u"\"- still a string\""_s});

    const char *flow = "manifests/flow.yaml";
    row("flow-in-block", flow, 0, {u"set"_s, u"spec.rules[0].backendRefs[1].weight"_s, u"20"_s});
    row("flow-insert-middle", flow, 0, {u"insert"_s, u"spec.hostnames"_s, u"new.example.com"_s, 1});
    row("flow-remove-first", flow, 0, {u"remove"_s, u"spec.rules[0].matches[0]"_s});
    row("flow-add-key", flow, 0, {u"set"_s, u"metadata.labels.tier"_s, u"web"_s});
    row("empty-flow-becomes-block", flow, 0,
        {u"insert"_s, u"spec.rules[1].matches[0].queryParams"_s, u"{name: q, value: \"1\"}"_s, 0});
    row("flow-remove-only-item", flow, 0, {u"remove"_s, u"spec.rules[1].backendRefs[0]"_s});
    row("move-block-items", flow, 0, {u"move"_s, u"spec.rules[0].backendRefs"_s, {}, 1, 0});
    row("move-flow-items", flow, 0, {u"move"_s, u"spec.hostnames"_s, {}, 0, 1});

    const char *crlf = "manifests/crlf.yaml";
    row("crlf-scalar", crlf, 0, {u"set"_s, u"spec.ports[0].port"_s, u"8080"_s});
    row("crlf-insert", crlf, 0, {u"insert"_s, u"spec.ports"_s, u"{port: 443, name: https}"_s, 1});
    row("crlf-new-key", crlf, 1, {u"set"_s, u"spec.type"_s, u"NodePort"_s});

    const char *bom = "manifests/bom.yaml";
    row("bom-scalar", bom, 0, {u"set"_s, u"metadata.name"_s, u"bom-2"_s});
    row("bom-root-key", bom, 0, {u"set"_s, u"metadata.labels.app"_s, u"bom"_s});

    const char *blocks = "manifests/blockscalars.yaml";
    row("literal-stays-literal", blocks, 0, {u"set"_s, u"data.literal"_s, u"\"new\\ntext\\n\""_s});
    row("literal-strip", blocks, 0, {u"set"_s, u"data.literal-strip"_s, u"\"two\\nlines\""_s});
    row("literal-keep", blocks, 0, {u"set"_s, u"data.literal-keep"_s, u"\"kept\\n\\n\\n\""_s});
    row("literal-leading-spaces", blocks, 0,
        {u"set"_s, u"data[\"nginx.conf\"]"_s, u"\"  indented\\nfirst\\n\""_s});
    row("folded-to-plain", blocks, 0, {u"set"_s, u"data.folded"_s, u"\"one line\""_s});
    row("after-keep-chomping", blocks, 0, {u"set"_s, u"data.after"_s, u"\"changed\""_s});
    row("new-key-after-block", blocks, 0, {u"set"_s, u"data.extra"_s, u"\"a\\nb\""_s});

    const char *anchors = "manifests/anchors.yaml";
    row("anchored-mapping", anchors, 0, {u"set"_s, u"metadata.labels.tier"_s, u"api"_s});
    row("merge-key-item", anchors, 0,
        {u"set"_s, u"spec.template.spec.containers[1].image"_s, u"busybox:1.36"_s});
    row("anchored-item", anchors, 0,
        {u"set"_s, u"spec.template.spec.containers[0].image"_s, u"nginx:1.27"_s});

    const char *indented = "manifests/indented.yaml";
    row("indented-insert-item", indented, 0,
        {u"insert"_s, u"spec.template.spec.containers"_s, u"{name: third, image: alpine}"_s, 2});
    row("indented-nested-scalar", indented, 0,
        {u"set"_s, u"spec.template.spec.containers[0].ports[1].containerPort"_s, u"8443"_s});
    row("indented-new-mapping", indented, 0, {u"set"_s, u"spec.strategy.type"_s, u"Recreate"_s});
    row("indented-remove-middle", indented, 0, {u"remove"_s, u"spec.template.spec.containers[0]"_s});
    row("indented-move", indented, 0, {u"move"_s, u"spec.template.spec.containers[0].ports"_s, {}, 0, 1});

    const char *list = "manifests/list.yaml";
    row("list-item-scalar", list, 0, {u"set"_s, u"items[1].spec.ports[0].name"_s, u"https"_s});
    row("list-remove-item", list, 0, {u"remove"_s, u"items[0]"_s});
    row("list-append-item", list, 0,
        {u"insert"_s, u"items"_s, u"{apiVersion: v1, kind: Service, metadata: {name: list-c}}"_s, 2});

    const char *markers = "manifests/markers.yaml";
    row("no-final-newline", markers, 3, {u"set"_s, u"metadata.namespace"_s, u"tools"_s});
    row("before-document-end", markers, 0, {u"set"_s, u"metadata.labels"_s, u"{app: first}"_s});

    const char *unknown = "manifests/unknown.yaml";
    row("implicit-null", unknown, 0, {u"set"_s, u"spec.nulls.implicit"_s, u"now set"_s});
    row("tilde", unknown, 0, {u"set"_s, u"spec.nulls.tilde"_s, u"{a: 1}"_s});
    row("empty-map-becomes-block", unknown, 0, {u"set"_s, u"spec.empty-map.key"_s, u"1"_s});
    row("empty-list-becomes-block", unknown, 0, {u"insert"_s, u"spec.empty-list"_s, u"x"_s, 0});
    row("block-map-to-scalar", unknown, 0, {u"set"_s, u"spec.nested"_s, u"flat"_s});
    row("flow-seq-replaced", unknown, 0, {u"set"_s, u"spec.anything"_s, u"[1, 2]"_s});
    row("remove-last-key", unknown, 0, {u"remove"_s, u"status"_s});
    row("scalar-to-block-map", unknown, 1, {u"set"_s, u"spec.body.maxSize"_s, u"{value: 10, unit: m}"_s});

    const char *cafe = "../../../resources/examples/cafe.yaml";
    row("cafe-path", cafe, 7, {u"set"_s, u"spec.rules[0].matches[0].path.value"_s, u"/coffee-v2"_s});
    row("cafe-session-persistence", cafe, 9,
        {u"set"_s, u"spec.rules[0].sessionPersistence"_s,
         u"{sessionName: cookie-tea, type: Cookie, cookieConfig: {lifetimeType: Permanent}}"_s});
}

void tst_YamlEditor::golden()
{
    QFETCH(QString, input);
    QFETCH(int, document);
    QFETCH(Edit, edit);
    const QByteArray data = readData(input);
    const auto split = Stream::split(data.toStdString(), input);
    QVERIFY2(!hasErrors(split.diagnostics), firstMessage(split.diagnostics).constData());
    QVERIFY(document < int(split.documents.size()));
    const auto parsed =
        Document::parse(split.documents[size_t(document)].text, split.documents[size_t(document)].origin);
    QVERIFY2(parsed.document, firstMessage(parsed.diagnostics).constData());
    const auto result = apply(*parsed.document, edit);
    QVERIFY2(result.ok(), qPrintable(result.error));
    std::string out;
    for (size_t i = 0; i < split.documents.size(); ++i)
        out += i == size_t(document) ? result.text : split.documents[i].text;
    GW_COMPARE_GOLDEN(QByteArray::fromStdString(out),
                      QStringLiteral(GW_TEST_DATA_DIR "/edits/%1/expected.yaml")
                          .arg(QString::fromLatin1(QTest::currentDataTag())));
}

void tst_YamlEditor::scalarEditKeepsEverythingElse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    // Every scalar of these documents, each set to a few values: the new text equals the old one
    // with only the scalar's own bytes replaced.
    for (const char *file : {"comments.yaml", "quoting.yaml", "flow.yaml", "crlf.yaml", "bom.yaml",
                             "blockscalars.yaml", "indented.yaml", "list.yaml", "unknown.yaml"}) {
        const QByteArray data = readData(QStringLiteral("manifests/") + QLatin1String(file));
        const auto split = Stream::split(data.toStdString(), QString::fromLatin1(file));
        for (const auto &d : split.documents) {
            const auto parsed = Document::parse(d.text);
            if (!parsed.document || !parsed.document->root())
                continue;
            std::vector<const Node *> stack = {parsed.document->root()};
            while (!stack.empty()) {
                const Node *n = stack.back();
                stack.pop_back();
                for (const Node *c : n->children)
                    stack.push_back(c);
                const Node *p = n->parent;
                const bool isKey = p && p->isMapping() &&
                    (std::find(p->children.begin(), p->children.end(), n) - p->children.begin()) % 2 == 0;
                if (!n->isScalar() || isKey || n->implicitNull)
                    continue;
                const QString path = parsed.document->pathOf(n).toQString();
                for (const char *v : {"changed", "\"8080\"", "42", "\"a: b # c\""})
                    QTest::addRow("%s %s = %s", file, qPrintable(path), v)
                        << QString::fromStdString(d.text) << path << QString::fromLatin1(v);
            }
        }
    }
}

void tst_YamlEditor::scalarEditKeepsEverythingElse()
{
    QFETCH(QString, input);
    QFETCH(QString, path);
    QFETCH(QString, value);
    const auto parsed = Document::parse(input.toStdString());
    QVERIFY(parsed.document);
    const Document &doc = *parsed.document;
    const Node *n = doc.find(Path::of(path.toStdString()));
    QVERIFY(n);
    const auto result = Editor::set(doc, Path::of(path.toStdString()), ::value(value));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const std::string &in = doc.text();
    const std::string &out = result.text;
    // The bytes before the scalar (its properties included) and after it are the same.
    QCOMPARE(QByteArray::fromStdString(out.substr(0, size_t(n->begin))),
             QByteArray::fromStdString(in.substr(0, size_t(n->begin))));
    const size_t tail = in.size() - size_t(n->end);
    QVERIFY(out.size() >= tail);
    QCOMPARE(QByteArray::fromStdString(out.substr(out.size() - tail)),
             QByteArray::fromStdString(in.substr(size_t(n->end))));
    // And so every line outside the edited one is identical.
    const auto before = QByteArray::fromStdString(in).split('\n');
    const auto after = QByteArray::fromStdString(out).split('\n');
    const int line = doc.lineColumn(n->begin).first;
    const int lastLine = doc.lineColumn(n->end).first;
    QCOMPARE(after.size() - (after.size() - before.size()), before.size());
    for (int i = 0; i < line; ++i)
        QCOMPARE(after[i], before[i]);
    for (qsizetype i = 1; i < before.size() - lastLine; ++i)
        QCOMPARE(after[after.size() - i], before[before.size() - i]);
    const auto reparsed = Document::parse(out);
    QVERIFY(reparsed.document);
    QCOMPARE(*Value::fromNode(*reparsed.document, reparsed.document->find(Path::of(path.toStdString()))),
             ::value(value));
}

void tst_YamlEditor::errors_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("error");
    QTest::newRow("alias") << "a: &x {b: 1}\nc: *x\n"
                           << Edit {u"set"_s, u"c.b"_s, u"2"_s}
                           << "c is an alias; edit the anchored value instead";
    QTest::newRow("anchor in use") << "a: &x {b: 1}\nc: *x\n"
                                   << Edit {u"remove"_s, u"a"_s}
                                   << "a defines the anchor &x that c refers to";
    QTest::newRow("anchor inside") << "a:\n  b: &x 1\nc: *x\n"
                                   << Edit {u"set"_s, u"a"_s, u"{}"_s}
                                   << "a defines the anchor &x that c refers to";
    QTest::newRow("no item") << "a: [1]\n" << Edit {u"set"_s, u"a[3]"_s, u"2"_s} << "a: there is no item 3";
    QTest::newRow("not a list") << "a: 1\n" << Edit {u"insert"_s, u"a"_s, u"2"_s, 0} << "a is not a list";
    QTest::newRow("insert out of range")
        << "a: [1]\n"
        << Edit {u"insert"_s, u"a"_s, u"2"_s, 5} << "a: cannot insert at 5 (the list has 1 items)";
    QTest::newRow("not a mapping") << "a: 1\n" << Edit {u"set"_s, u"a.b"_s, u"2"_s} << "a is not a mapping";
    QTest::newRow("missing") << "a: 1\n" << Edit {u"remove"_s, u"b"_s} << "b does not exist";
    QTest::newRow("whole document") << "a: 1\n"
                                    << Edit {u"remove"_s, QString()}
                                    << "cannot remove the whole document this way";
    QTest::newRow("move out of range")
        << "a: [1, 2]\n"
        << Edit {u"move"_s, u"a"_s, {}, 0, 2} << "a: cannot move item 0 to 2 (the list has 2 items)";
    QTest::newRow("explicit key without colon")
        << "? a\n"
        << Edit {u"set"_s, u"a"_s, u"1"_s} << "a has no ':' yet; edit the YAML text instead";
}

void tst_YamlEditor::errors()
{
    QFETCH(QString, yaml);
    QFETCH(Edit, edit);
    QFETCH(QString, error);
    const auto parsed = Document::parse(yaml.toStdString());
    QVERIFY(parsed.document);
    const auto result = apply(*parsed.document, edit);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.text.empty());
}

void tst_YamlEditor::emptyCollectionsRoundTrip()
{
    // Removing the only item leaves `[]`; adding one back gives the block list it was before.
    const std::string original = "spec:\n  ports:\n  - port: 80\n    name: http\n  selector: {}\n";
    auto doc = Document::parse(original);
    auto removed = Editor::remove(*doc.document, Path::of("spec.ports[0]"));
    QVERIFY(removed.ok());
    QCOMPARE(QByteArray::fromStdString(removed.text), QByteArray("spec:\n  ports: []\n  selector: {}\n"));
    doc = Document::parse(removed.text);
    auto inserted = Editor::insert(*doc.document, Path::of("spec.ports"), 0,
                                   Value::mapping().set("port", Value(80)).set("name", Value("http")));
    QVERIFY(inserted.ok());
    QCOMPARE(QByteArray::fromStdString(inserted.text), QByteArray::fromStdString(original));
    // The same for mappings: removing the only key leaves `{}`, setting one writes a block again.
    doc = Document::parse(original);
    auto map = Editor::set(*doc.document, Path::of("spec.selector.app"), Value("coffee"));
    QCOMPARE(QByteArray::fromStdString(map.text),
             QByteArray("spec:\n  ports:\n  - port: 80\n    name: http\n  selector:\n    app: coffee\n"));
    doc = Document::parse(map.text);
    auto back = Editor::remove(*doc.document, Path::of("spec.selector.app"));
    QCOMPARE(QByteArray::fromStdString(back.text), QByteArray::fromStdString(original));
    // The root keeps `{}` too.
    doc = Document::parse("a: 1\n");
    QCOMPARE(QByteArray::fromStdString(Editor::remove(*doc.document, Path::of("a")).text),
             QByteArray("{}\n"));
}

void tst_YamlEditor::editsReadBack_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comment after block key") << "a: # note\n  b: 1\nc: 2\n"
                                             << Edit {u"set"_s, u"a"_s, u"5"_s} << "a: 5 # note\nc: 2\n";
    QTest::newRow("value on next line") << "a:\n  long value\nb: 1\n"
                                        << Edit {u"set"_s, u"a"_s, u"short"_s} << "a:\n  short\nb: 1\n";
    QTest::newRow("anchor kept") << "a: &x 1\nb: *x\n"
                                 << Edit {u"set"_s, u"a"_s, u"2"_s} << "a: &x 2\nb: *x\n";
    QTest::newRow("standard tag dropped") << "a: !!str 80\n" << Edit {u"set"_s, u"a"_s, u"81"_s} << "a: 81\n";
    QTest::newRow("custom tag kept") << "a: !mine x\n" << Edit {u"set"_s, u"a"_s, u"y"_s} << "a: !mine y\n";
    QTest::newRow("anchored block to scalar") << "a: &x\n  b: 1\n"
                                              << Edit {u"set"_s, u"a"_s, u"2"_s} << "a: &x 2\n";
    QTest::newRow("scalar to block keeps anchor")
        << "a: &x 1\n"
        << Edit {u"set"_s, u"a"_s, u"{b: 1}"_s} << "a: &x\n  b: 1\n";
    QTest::newRow("flow pair needs colon") << "a: {b, c: 1}\n"
                                           << Edit {u"set"_s, u"a.b"_s, u"2"_s} << "a: {b: 2, c: 1}\n";
    QTest::newRow("no final newline") << "a: 1" << Edit {u"set"_s, u"b"_s, u"2"_s} << "a: 1\nb: 2";
    QTest::newRow("literal at end without newline")
        << "a: |\n  x" << Edit {u"set"_s, u"b"_s, u"2"_s} << "a: |-\n  x\nb: 2";
    QTest::newRow("comment-only document")
        << "# just a comment\n"
        << Edit {u"set"_s, u"a.b"_s, u"1"_s} << "# just a comment\na:\n  b: 1\n";
    QTest::newRow("before document end") << "# c\n...\n"
                                         << Edit {u"set"_s, u"a"_s, u"1"_s} << "# c\na: 1\n...\n";
    QTest::newRow("root on marker line") << "--- text\n"
                                         << Edit {u"set"_s, QString(), u"{a: 1}"_s} << "---\na: 1\n";
    QTest::newRow("nested sequence") << "- - a\n  - b\n"
                                     << Edit {u"insert"_s, u"[0]"_s, u"c"_s, 0} << "- - c\n  - a\n  - b\n";
    QTest::newRow("item on next line")
        << "-\n  name: a\n"
        << Edit {u"set"_s, u"[0].port"_s, u"80"_s} << "-\n  name: a\n  port: 80\n";
    QTest::newRow("seq indented under key") << "a:\n  - x\nb:\n"
                                            << Edit {u"set"_s, u"b"_s, u"[y]"_s} << "a:\n  - x\nb:\n  - y\n";
    QTest::newRow("key that needs quotes") << "a: 1\n"
                                           << Edit {u"set"_s, u"[\"80\"]"_s, u"x"_s} << "a: 1\n\"80\": x\n";
    QTest::newRow("move middle to end") << "l:\n- a # one\n- b\n- c\n"
                                        << Edit {u"move"_s, u"l"_s, {}, 0, 2} << "l:\n- b\n- c\n- a # one\n";
    QTest::newRow("mapping set keeps unchanged entries")
        << "sp:\n  name: \"tea\" # the cookie\n  timeout: 1h\n  config:\n    type: Session\n    extra: 1\n"
        << Edit {u"set"_s, u"sp"_s, u"{config: {type: Permanent, extra: 1}, name: tea, new: x}"_s}
        << "sp:\n  name: \"tea\" # the cookie\n  config:\n    type: Permanent\n    extra: 1\n  new: x\n";
    QTest::newRow("move without line break at end")
        << "l:\n- a\n- b" << Edit {u"move"_s, u"l"_s, {}, 0, 1} << "l:\n- b\n- a";
}

void tst_YamlEditor::editsReadBack()
{
    QFETCH(QString, yaml);
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    const auto parsed = Document::parse(yaml.toStdString());
    QVERIFY2(parsed.document, firstMessage(parsed.diagnostics).constData());
    const auto result = apply(*parsed.document, edit);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(QString::fromStdString(result.text), expected);
}

void tst_YamlEditor::selfCheckRefusesWhatItCannotDo()
{
    // A single-pair mapping without braces cannot take a second key in place.
    const auto parsed = Document::parse("a: [b: 1]\n");
    QVERIFY(parsed.document);
    const auto result = Editor::set(*parsed.document, Path::of("a[0].c"), Value(2));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"edit the YAML text instead"), qPrintable(result.error));
}

void tst_YamlEditor::emitDocument()
{
    Value route = Value::mapping();
    route.set("apiVersion", Value("gateway.networking.k8s.io/v1"));
    route.set("kind", Value("HTTPRoute"));
    route.set("metadata", Value::mapping().set("name", Value("coffee")).set("labels", Value::mapping()));
    Value rule = Value::mapping();
    rule.set("matches",
             Value::sequence().append(Value::mapping().set(
                 "path", Value::mapping().set("type", Value("PathPrefix")).set("value", Value("/coffee")))));
    rule.set("backendRefs",
             Value::sequence().append(Value::mapping().set("name", Value("coffee")).set("port", Value(80))));
    route.set("spec",
              Value::mapping()
                  .set("parentRefs", Value::sequence().append(Value::mapping().set("name", Value("gateway"))))
                  .set("hostnames", Value::sequence().append(Value("cafe.example.com")).append(Value("80")))
                  .set("rules", Value::sequence().append(rule)));
    QCOMPARE(QByteArray::fromStdString(Editor::emitDocument(route)), QByteArray(R"(---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: coffee
  labels: {}
spec:
  parentRefs:
  - name: gateway
  hostnames:
  - cafe.example.com
  - "80"
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /coffee
    backendRefs:
    - name: coffee
      port: 80
)"));
    QCOMPARE(QByteArray::fromStdString(Editor::emitDocument(Value::mapping().set("a", Value(1)), false)),
             QByteArray("a: 1\n"));
}

QTEST_GUILESS_MAIN(tst_YamlEditor)
#include "tst_yamleditor.moc"
