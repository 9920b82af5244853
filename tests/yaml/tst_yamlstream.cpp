// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/stream.h"

#include <QFile>
#include <QTest>

using namespace gw::yaml;

namespace {

std::string join(const Stream::Result &r)
{
    std::string s;
    for (const auto &d : r.documents)
        s += d.text;
    return s;
}

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

} // namespace

class tst_YamlStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void lineNumbers();
    void walkthroughPaste();
    void unterminatedHeredoc();
    void limits();
};

void tst_YamlStream::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("documents");
    QTest::newRow("single") << QByteArray("a: 1\n") << 1;
    QTest::newRow("two") << QByteArray("a: 1\n---\nb: 2\n") << 2;
    QTest::newRow("leading separator") << QByteArray("---\na: 1\n---\nb: 2") << 2;
    QTest::newRow("comments") << QByteArray("# head\n---\n# c\na: 1\n--- # x\nb: 2\n...\n") << 3;
    QTest::newRow("crlf") << QByteArray("a: 1\r\n---\r\nb: 2\r\n") << 2;
    QTest::newRow("empty") << QByteArray("") << 1;
    QTest::newRow("dashes in scalar") << QByteArray("a: |\n  ---\n  x\n") << 1;
    QTest::newRow("document end") << QByteArray("a: 1\n...\n---\nb: 2\n") << 2;
}

void tst_YamlStream::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(int, documents);
    const auto r = Stream::split(input.toStdString(), QStringLiteral("f.yaml"));
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(int(r.documents.size()), documents);
    QCOMPARE(QByteArray::fromStdString(join(r)), input);
    for (const auto &d : r.documents)
        QVERIFY2(Document::parse(d.text).document, d.text.c_str());
}

void tst_YamlStream::lineNumbers()
{
    const auto r = Stream::split("a: 1\nb: 2\n---\nc: [\n", QStringLiteral("f.yaml"));
    QCOMPARE(r.documents.size(), size_t(2));
    QCOMPARE(r.documents[1].origin.firstLine, 3);
    auto parsed = Document::parse(r.documents[1].text, r.documents[1].origin);
    QVERIFY(!parsed.document);
    QCOMPARE(parsed.diagnostics.front().location.file, QStringLiteral("f.yaml"));
    QVERIFY(parsed.diagnostics.front().location.line >= 4);
}

void tst_YamlStream::walkthroughPaste()
{
    // The guide's own text, shell blocks, prose and all, as a user would paste it.
    const QByteArray md = readData("walkthrough-paste.md");
    QVERIFY(Stream::looksLikeShell(md.toStdString()));
    const auto r = Stream::split(md.toStdString(), QStringLiteral("guide.md"));
    QVERIFY(r.diagnostics.empty());
    QVERIFY(r.extractedFromShell);
    QCOMPARE(int(r.documents.size()), 11); // 6 app docs, gateway, coffee, policy, tea, latte
    int kinds = 0;
    for (const auto &d : r.documents) {
        auto doc = Document::parse(d.text, d.origin);
        QVERIFY(doc.document);
        if (doc.document->root() && doc.document->root()->get("kind"))
            ++kinds;
        QVERIFY(d.text.find("kubectl") == std::string::npos);
        QVERIFY(d.text.find("EOF") == std::string::npos);
    }
    QCOMPARE(kinds, 11);
    // Line numbers point into the pasted text: the Gateway's "kind" line.
    const auto &gw = r.documents[6];
    auto doc = Document::parse(gw.text, gw.origin);
    const auto loc = doc.document->location(doc.document->find(Path::of("kind")));
    const QList<QByteArray> lines = md.split('\n');
    QCOMPARE(lines.value(loc.line - 1), QByteArray("kind: Gateway"));
}

void tst_YamlStream::unterminatedHeredoc()
{
    const auto r = Stream::split("kubectl apply -f - <<EOF\napiVersion: v1\n", QStringLiteral("p.sh"));
    QVERIFY(r.documents.empty());
    QCOMPARE(r.diagnostics.front().toString(),
             QStringLiteral("p.sh:1:1: the here-document started here is not closed by \"EOF\""));
}

void tst_YamlStream::limits()
{
    Limits limits;
    limits.maxFileBytes = 10;
    auto r = Stream::split("a: 1234567890\n", QStringLiteral("big.yaml"), limits);
    QVERIFY(r.documents.empty());
    QVERIFY(!r.diagnostics.empty());
    r = Stream::split(std::string("a: \0\n", 5), QStringLiteral("bin"));
    QVERIFY(r.documents.empty());
    QVERIFY(r.diagnostics.front().message.contains(QStringLiteral("NUL")));
}

QTEST_GUILESS_MAIN(tst_YamlStream)
#include "tst_yamlstream.moc"
