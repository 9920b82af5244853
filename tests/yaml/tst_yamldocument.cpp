// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/document.h"

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

QTEST_GUILESS_MAIN(tst_YamlDocument)
#include "tst_yamldocument.moc"
