// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/aliasexpansion.h"
#include "yaml/document.h"
#include "yaml/value.h"

#include <QTest>

using namespace gw::yaml;

class tst_YamlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarRanges_data();
    void scalarRanges();
    void implicitNull();
    void paths();
    void syntaxErrorHasLocation();
    void duplicateKeyIsAnError();
    void deepNestingIsBounded();
    void rejectsWhatKubectlRejects_data();
    void rejectsWhatKubectlRejects();
    void acceptsWhatKubectlAccepts_data();
    void acceptsWhatKubectlAccepts();
    void byteOrderMark();
    void blockScalarRanges();
    void unusualNodes();
    void aliasExpansionIsBounded();
    void aliasExpansionCounts();
};

void tst_YamlDocument::scalarRanges_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("value");

    QTest::newRow("plain") << "a: 1\nb: two words # c\n"
                           << "b"
                           << "two words"
                           << "two words";
    QTest::newRow("double") << "a: \"x \\\" y\"  # c\n"
                            << "a"
                            << "\"x \\\" y\""
                            << "x \" y";
    QTest::newRow("single") << "a: 'it''s'\n"
                            << "a"
                            << "'it''s'"
                            << "it's";
    QTest::newRow("literal") << "a: |\n  one\n\n  two\n\nb: 1\n"
                             << "a"
                             << "|\n  one\n\n  two"
                             << "one\n\ntwo\n";
    QTest::newRow("folded") << "a: >-\n  one\n  two\nb: 1\n"
                            << "a"
                            << ">-\n  one\n  two"
                            << "one two";
    QTest::newRow("multiline plain") << "a: one\n  two\nb: 1\n"
                                     << "a"
                                     << "one\n  two"
                                     << "one two";
    QTest::newRow("flow item") << "a: [x, \"y\", z]\n"
                               << "a[1]"
                               << "\"y\""
                               << "y";
    QTest::newRow("anchored") << "a: &k v\nb: *k\n"
                              << "a"
                              << "&k v"
                              << "v";
    QTest::newRow("tagged") << "a: !!str 5\n"
                            << "a"
                            << "!!str 5"
                            << "5";
    QTest::newRow("sequence item") << "l:\n- name: a\n  port: 80\n- name: b\n"
                                   << "l[1].name"
                                   << "b"
                                   << "b";
    QTest::newRow("url") << "u: http://x:80/p\n"
                         << "u"
                         << "http://x:80/p"
                         << "http://x:80/p";
    QTest::newRow("crlf") << "a: 1\r\nb: two\r\n"
                          << "b"
                          << "two"
                          << "two";
}

void tst_YamlDocument::scalarRanges()
{
    QFETCH(QString, yaml);
    QFETCH(QString, path);
    QFETCH(QString, source);
    QFETCH(QString, value);
    auto result = Document::parse(yaml.toStdString());
    QVERIFY2(result.document,
             qPrintable(result.diagnostics.empty() ? QString() : result.diagnostics[0].toString()));
    const Node *n = result.document->find(Path::of(path.toStdString()));
    QVERIFY(n);
    QCOMPARE(QString::fromStdString(std::string(result.document->sourceOf(n))), source);
    QCOMPARE(QString::fromStdString(n->value), value);
}

void tst_YamlDocument::implicitNull()
{
    auto result = Document::parse("a:\nb: 1\n");
    QVERIFY(result.document);
    const Node *n = result.document->find(Path::of("a"));
    QVERIFY(n && n->isNull() && n->implicitNull);
    QCOMPARE(n->begin, 2); // right after "a:"
    QCOMPARE(n->begin, n->end);
}

void tst_YamlDocument::paths()
{
    const Path p = Path::of("metadata.labels[\"app.kubernetes.io/name\"]");
    QCOMPARE(p.size(), 3);
    QCOMPARE(QString::fromStdString(p.at(2).key), QStringLiteral("app.kubernetes.io/name"));
    QCOMPARE(QString::fromStdString(p.toString()),
             QStringLiteral("metadata.labels[\"app.kubernetes.io/name\"]"));
    QCOMPARE(QString::fromStdString(Path::of("spec.rules[0].matches[12].path").toString()),
             QStringLiteral("spec.rules[0].matches[12].path"));
    QVERIFY(!Path::parse("spec..rules"));
    QVERIFY(!Path::parse("spec.rules[x]"));
    QVERIFY(!Path::parse("spec."));

    auto result = Document::parse("spec:\n  rules:\n  - matches:\n    - path: {value: /a}\n");
    QVERIFY(result.document);
    const Node *n = result.document->find(Path::of("spec.rules[0].matches[0].path.value"));
    QVERIFY(n);
    QCOMPARE(result.document->pathOf(n), Path::of("spec.rules[0].matches[0].path.value"));
}

void tst_YamlDocument::syntaxErrorHasLocation()
{
    TextOrigin origin {QStringLiteral("cafe.yaml"), 10, {}};
    auto result = Document::parse("a: 1\nb: [1, 2\nc: 3\n", origin);
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.size(), size_t(1));
    const auto &d = result.diagnostics.front();
    QCOMPARE(d.location.file, QStringLiteral("cafe.yaml"));
    QVERIFY2(d.location.line >= 11, qPrintable(d.toString()));
    QVERIFY(d.toString().startsWith(QStringLiteral("cafe.yaml:1")));
}

void tst_YamlDocument::duplicateKeyIsAnError()
{
    auto result = Document::parse("metadata:\n  name: a\n  name: b\n", {QStringLiteral("f.yaml"), 1, {}});
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.front().toString(),
             QStringLiteral("f.yaml:3:3: duplicate key \"name\" (first defined on line 2)"));
}

void tst_YamlDocument::deepNestingIsBounded()
{
    std::string deep(100000, '[');
    auto result = Document::parse(deep);
    QVERIFY(!result.document);
    QVERIFY(!result.diagnostics.empty());
    std::string nested;
    for (int i = 0; i < 200; ++i)
        nested += std::string(size_t(i) * 2, ' ') + "k:\n";
    result = Document::parse(nested);
    QVERIFY(!result.document);
    QVERIFY2(result.diagnostics.front().message.contains(QStringLiteral("nesting deeper than")),
             qPrintable(result.diagnostics.front().toString()));
}

void tst_YamlDocument::rejectsWhatKubectlRejects_data()
{
    // yaml-cpp accepts (or reads differently) what libyaml, and so kubectl, rejects; or the text is
    // not what YAML allows at all. Each is an error at file:line:column.
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote")
        << QByteArray("a: \"x\n") << "f.yaml:1:4: the quoted text starting here is not closed";
    QTest::newRow("key without colon")
        << QByteArray("a: 1\nb") << "f.yaml:2:1: could not find the ':' after this key";
    QTest::newRow("empty key") << QByteArray(": 3") << "f.yaml:1:1: a key is missing before this ':'";
    QTest::newRow("anchor name")
        << QByteArray("a: &x|y b")
        << "f.yaml:1:4: anchor and alias names may only hold letters, digits, '-' and '_'";
    QTest::newRow("undefined tag handle")
        << QByteArray("x: !e!foo 1") << "f.yaml:1:4: this tag uses a handle that no %TAG directive defines";
    QTest::newRow("tag with non-ASCII")
        << QByteArray("x: !t\xc3\xa9 1") << "f.yaml:1:4: this is not a valid tag";
    QTest::newRow("tab after dash")
        << QByteArray("-\tx")
        << "f.yaml:1:2: a tab after '-': YAML separates block indicators with spaces only";
    QTest::newRow("tab at line start")
        << QByteArray("a: 1\n\t\nb: 2")
        << "f.yaml:2:1: YAML syntax error: a tab in the indentation: YAML indents with spaces only";
    QTest::newRow("tab before a root scalar")
        << QByteArray("\tq") << "f.yaml:1:1: a tab at the start of a line: YAML indents with spaces only";
    QTest::newRow("tab in indentation")
        << QByteArray("a:\n  b: 1\n  \tc: 2")
        << "f.yaml:3:3: YAML syntax error: a tab in the indentation: YAML indents with spaces only";
    QTest::newRow("tab in root indentation")
        << QByteArray(" \tq\n")
        << "f.yaml:1:1: a tab in the indentation of a line: YAML indents with spaces only";
    QTest::newRow("directive inside")
        << QByteArray("a: 1\n%x\n")
        << "f.yaml:2:1: unexpected text: the YAML reader skips it, kubectl would reject it";
    QTest::newRow("comment glued") << QByteArray("a: \"b\"#c")
                                   << "f.yaml:1:7: a comment needs a blank before its '#'";
    QTest::newRow("control character")
        << QByteArray("a: \x01") << "f.yaml:1:4: control character U+0001 is not allowed in YAML";
    QTest::newRow("C1 control") << QByteArray("a: \xc2\x80")
                                << "f.yaml:1:4: control character U+0080 is not allowed in YAML";
    QTest::newRow("invalid UTF-8") << QByteArray("a: \xff") << "f.yaml:1:4: the text is not valid UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("a: \xc0\xaf") << "f.yaml:1:4: the text is not valid UTF-8";
    QTest::newRow("UTF-16") << QByteArray("\xff\xfe"
                                          "a\x00",
                                          4)
                            << "f.yaml:1:1: the text is not valid UTF-8";
    QTest::newRow("NUL") << QByteArray("a: 1\n\x00", 7)
                         << "f.yaml:2:1: control character U+0000 is not allowed in YAML";
    QTest::newRow("lone CR")
        << QByteArray("a: 1\rb: 2")
        << "f.yaml:1:5: a carriage return without a line feed (old Mac line ends are not supported)";
    QTest::newRow("line separator")
        << QByteArray("a: \xe2\x80\xa8")
        << "f.yaml:1:4: the line separator U+2028 is read differently by kubectl (YAML 1.1); write it "
           "as an escape in a double-quoted string";
    QTest::newRow("BOM inside") << QByteArray("a: 1\n\xef\xbb\xbf"
                                              "b: 2")
                                << "f.yaml:2:1: a byte order mark is only allowed at the start of the file";
    QTest::newRow("value not indented")
        << QByteArray("a:\n\"v\"\n") << "f.yaml:2:1: this value must be indented more than its key";
    QTest::newRow("empty flow entry")
        << QByteArray("a: [1,,2]\n") << "f.yaml:1:7: an empty entry in this flow sequence";
    QTest::newRow("flow not closed") << QByteArray("a: [1, 2\nb: 3")
                                     << "f.yaml:2:2: YAML syntax error: a '[' without its closing ']'";
    QTest::newRow("bad indentation")
        << QByteArray("a: 1\n  b: 2")
        << "f.yaml:2:4: YAML syntax error: a ':' where no value can start: check the indentation of this "
           "line, or quote a value that holds ': '";
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n")
                                   << "f.yaml:3:1: more than one document in one document chunk";
}

void tst_YamlDocument::rejectsWhatKubectlRejects()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    const auto result = Document::parse(yaml.toStdString(), {QStringLiteral("f.yaml"), 1, {}});
    QVERIFY(!result.document);
    QCOMPARE(result.diagnostics.size(), size_t(1));
    QCOMPARE(result.diagnostics.front().toString(), message);
}

void tst_YamlDocument::acceptsWhatKubectlAccepts_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("tab after colon") << QByteArray("a:\t\tb\n") << "a"
                                     << "b";
    QTest::newRow("tab before comment") << QByteArray("a: 1 \t# c\n") << "a"
                                        << "1";
    QTest::newRow("tab in quoted") << QByteArray("a: \"x\n\ty\"\n") << "a"
                                   << "x y";
    QTest::newRow("tab in flow") << QByteArray("a: [1,\n\t2]\n") << "a[1]"
                                 << "2";
    QTest::newRow("space-tab blank line") << QByteArray("a:\n  b: 1\n \t\n  c: 2\n") << "a.c"
                                          << "2";
    QTest::newRow("tab in block scalar") << QByteArray("a: |\n  x\n  \ty\nb: 2\n") << "a"
                                         << "x\n\ty\n";
    QTest::newRow("explicit key") << QByteArray("? a\n: b\n") << "a"
                                  << "b";
    QTest::newRow("explicit key without value") << QByteArray("? a\n") << "a"
                                                << "";
    QTest::newRow("dash in plain") << QByteArray("a: -x\n") << "a"
                                   << "-x";
    QTest::newRow("single pair in flow") << QByteArray("a: [b: 1]\n") << "a[0].b"
                                         << "1";
    QTest::newRow("verbatim tag") << QByteArray("x: !<tag:yaml.org,2002:str> 1\n") << "x"
                                  << "1";
    QTest::newRow("continuation") << QByteArray("- a\n  - b\n") << "[0]"
                                  << "a - b";
    QTest::newRow("escapes") << QByteArray("a: \"\\N\\_\\L\\x41\"\n") << "a"
                             << QString::fromUtf8("\u0085\u00a0\u2028A");
}

void tst_YamlDocument::acceptsWhatKubectlAccepts()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(QString, value);
    const auto result = Document::parse(yaml.toStdString());
    QVERIFY2(result.document,
             result.diagnostics.empty() ? "" : qPrintable(result.diagnostics.front().toString()));
    const Node *n = result.document->find(Path::of(path.toStdString()));
    QVERIFY(n);
    QCOMPARE(QString::fromStdString(n->value), value);
}

void tst_YamlDocument::byteOrderMark()
{
    // yaml-cpp counts positions after the mark; the tree counts bytes of the text, columns count
    // characters after it.
    const std::string text = "\xEF\xBB\xBF"
                             "a: 1\nb: [x]\n";
    const auto result = Document::parse(text, {QStringLiteral("bom.yaml"), 1, {}});
    QVERIFY(result.document);
    const Node *a = result.document->find(Path::of("a"));
    QCOMPARE(a->begin, 6);
    QCOMPARE(std::string(result.document->sourceOf(a)), std::string("1"));
    QCOMPARE(result.document->root()->begin, 3);
    QCOMPARE(result.document->root()->column, 0);
    QCOMPARE(result.document->location(a).toString(), QStringLiteral("bom.yaml:1:4"));
    const auto error = Document::parse("\xEF\xBB\xBF"
                                       "a: 1\nb: [\n",
                                       {QStringLiteral("bom.yaml"), 1, {}});
    QVERIFY(!error.document);
    QCOMPARE(error.diagnostics.front().location.line, 3);
}

void tst_YamlDocument::blockScalarRanges()
{
    const std::string text = "a: |+\n  x\n\n\nb: >-  # folded\nc: |2\n    two more\nd: 1\n";
    const auto result = Document::parse(text);
    QVERIFY(result.document);
    const Document &doc = *result.document;
    // Keep chomping owns the blank lines after its content.
    QCOMPARE(std::string(doc.sourceOf(doc.find(Path::of("a")))), std::string("|+\n  x\n\n"));
    QCOMPARE(doc.find(Path::of("a"))->value, std::string("x\n\n\n"));
    // An empty block scalar ends after its header and its comment.
    QCOMPARE(std::string(doc.sourceOf(doc.find(Path::of("b")))), std::string(">-  # folded"));
    QCOMPARE(doc.find(Path::of("c"))->value, std::string("  two more\n"));
    QCOMPARE(std::string(doc.sourceOf(doc.find(Path::of("c")))), std::string("|2\n    two more"));
}

void tst_YamlDocument::unusualNodes()
{
    // Properties of a mapping's first key are the key's, not the mapping's.
    auto result = Document::parse("&k a: 1\nb: 2\n");
    QVERIFY(result.document);
    QCOMPARE(result.document->root()->begin, 0);
    QCOMPARE(result.document->root()->anchor, std::string());
    QCOMPARE(result.document->root()->keyAt(0)->anchor, std::string("k"));
    // A tagged empty value occupies no text after its tag.
    result = Document::parse("a: !!str\nb: 1\n");
    QVERIFY(result.document);
    const Node *a = result.document->find(Path::of("a"));
    QCOMPARE(a->value, std::string());
    QCOMPARE(a->begin, a->end);
    QCOMPARE(a->begin, 8);
    // A null word is a value only where a value ends: "~ x" starts a key.
    result = Document::parse("a:\n~ x: 1\n");
    QVERIFY(result.document);
    QVERIFY(result.document->find(Path::of("a"))->implicitNull);
    QCOMPARE(result.document->find(Path::of("[\"~ x\"]"))->value, std::string("1"));
    // A single-pair mapping in a flow sequence has no braces.
    result = Document::parse("a: [b: 1, c]\n");
    QVERIFY(result.document);
    const Node *pair = result.document->find(Path::of("a[0]"));
    QVERIFY(pair->isMapping() && pair->flowPair);
    QCOMPARE(std::string(result.document->sourceOf(pair)), std::string("b: 1"));
}

void tst_YamlDocument::aliasExpansionIsBounded()
{
    // A "billion laughs": ten levels of ten aliases. Reading it is cheap (aliases stay aliases),
    // expanding it stops at the budget with a message.
    std::string bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 10; ++i) {
        bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k)
            bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
        bomb += "]\n";
    }
    const auto result = Document::parse(bomb);
    QVERIFY(result.document);
    QString error;
    QVERIFY(!Value::fromNode(*result.document, result.document->root(), 100000, &error));
    QCOMPARE(error, QStringLiteral("too many alias expansions (more than 100000)"));
    QVERIFY(Value::fromNode(*result.document, result.document->find(Path::of("a2")), 100000));

    // aliasExpansion counts the same without building anything, and stops just above the cap.
    QCOMPARE(aliasExpansion(*result.document, 100000), std::size_t(100001));
    QCOMPARE(aliasExpansion(*result.document, 1u << 30), std::size_t(1u << 30) + 1); // 1.1e11 > 2^30
    QVERIFY(aliasExpansion(*result.document, std::size_t(1) << 40) > std::size_t(100) * 1000 * 1000 * 1000);
    QCOMPARE(std::string(firstAlias(*result.document)->alias), std::string("a0"));
}

void tst_YamlDocument::aliasExpansionCounts()
{
    const auto count = [](const std::string &text) {
        const auto r = Document::parse(text);
        return r.document ? aliasExpansion(*r.document, 1000) : std::size_t(-1);
    };
    QCOMPARE(count("a: 1\nb: [1, 2]\n"), std::size_t(0));
    // [1, 2] is three nodes (the sequence and its items); each alias stands for all three.
    QCOMPARE(count("a: &x [1, 2]\nb: *x\nc: *x\n"), std::size_t(6));
    // A mapping's keys are nodes too: {k: v} is three.
    QCOMPARE(count("a: &x {k: v}\nb: [*x, *x]\n"), std::size_t(6));
    // Aliases inside an aliased node are resolved as well: y stands for [x-copy] = 1 + 3.
    QCOMPARE(count("a: &x [1, 2]\nb: &y [*x]\nc: *y\n"), std::size_t(3 + 4));
    // A scalar alias is one node.
    QCOMPARE(count("a: &s hello\nb: *s\n"), std::size_t(1));
    QCOMPARE(firstAlias(*Document::parse("a: 1\n").document), nullptr);
}

QTEST_GUILESS_MAIN(tst_YamlDocument)
#include "tst_yamldocument.moc"
