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
    void heredocs_data();
    void heredocs();
    void separators_data();
    void separators();
    void documentEndWarning();
    void byteOrderMark();
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

void tst_YamlStream::heredocs_data()
{
    // Pasted shell, and what kubectl would be fed: the here-document bodies, joined with `---`.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("yaml"); // the documents' texts, joined
    QTest::addColumn<int>("firstLine"); // line of the first YAML line in the input
    QTest::newRow("plain") << QByteArray("kubectl apply -f - <<EOF\na: 1\nEOF\n") << QByteArray("a: 1\n")
                           << 2;
    QTest::newRow("quoted terminator")
        << QByteArray("kubectl apply -f - <<'EOF'\na: $HOME\nEOF\n") << QByteArray("a: $HOME\n") << 2;
    QTest::newRow("double-quoted terminator")
        << QByteArray("kubectl apply -f - << \"END\"\na: 1\nEND\n") << QByteArray("a: 1\n") << 2;
    QTest::newRow("escaped terminator")
        << QByteArray("kubectl create -f - <<\\EOF\na: 1\nEOF\n") << QByteArray("a: 1\n") << 2;
    QTest::newRow("strip tabs") << QByteArray(
                                       "\tkubectl apply -f - <<-EOF\n\t\ta: 1\n\t\tb:\n\t\t  c: 2\n\tEOF\n")
                                << QByteArray("a: 1\nb:\n  c: 2\n") << 2;
    QTest::newRow("cat pipe") << QByteArray("cat <<EOF | kubectl apply -f -\na: 1\nEOF\n")
                              << QByteArray("a: 1\n") << 2;
    QTest::newRow("prompt and options")
        << QByteArray("$ kubectl -n shop apply --server-side -f - <<EOF\na: 1\nEOF\n") << QByteArray("a: 1\n")
        << 2;
    QTest::newRow("no space before heredoc")
        << QByteArray("kubectl apply -f -<<EOF\na: 1\nEOF\n") << QByteArray("a: 1\n") << 2;
    QTest::newRow("terminator with blanks")
        << QByteArray("kubectl apply -f - <<EOF\na: 1\nEOF  \n") << QByteArray("a: 1\n") << 2;
    QTest::newRow("indented terminator is text")
        << QByteArray("kubectl apply -f - <<EOF\na: |\n  EOF\nEOF\n") << QByteArray("a: |\n  EOF\n") << 2;
    QTest::newRow("crlf") << QByteArray("kubectl apply -f - <<EOF\r\na: 1\r\nEOF\r\n") << QByteArray("a: 1\n")
                          << 2;
    QTest::newRow("two with prose")
        << QByteArray("Create it:\n\n```yaml\nkubectl apply -f - <<EOF\na: 1\nEOF\n```\n\n"
                      "Then:\n\n```shell\nkubectl apply -f - <<EOF\n---\nb: 2\n---\nc: 3\nEOF\n```\n")
        << QByteArray("a: 1\n---\nb: 2\n---\nc: 3\n") << 5;
    QTest::newRow("fence in a list")
        << QByteArray("1. Apply:\n\n   ```\n   kubectl apply -f - <<EOF\n   a:\n     b: 1\n   EOF\n   ```\n")
        << QByteArray("a:\n  b: 1\n") << 5;
    QTest::newRow("other commands ignored")
        << QByteArray("kubectl exec -i pod -- sh <<EOF\necho hi\nEOF\ncat <<EOF > x.conf\nnope\nEOF\n"
                      "# kubectl apply -f - <<EOF\nkubectl apply -f - <<EOF\na: 1\nEOF\n")
        << QByteArray("a: 1\n") << 9;
    QTest::newRow("script in a ConfigMap is YAML")
        << QByteArray("data:\n  run.sh: |\n    kubectl apply -f - <<EOF\n    a: 1\n    EOF\n") << QByteArray()
        << 0;
}

void tst_YamlStream::heredocs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, yaml);
    QFETCH(int, firstLine);
    if (yaml.isEmpty()) {
        QVERIFY(!Stream::looksLikeShell(input.toStdString()));
        const auto r = Stream::split(input.toStdString(), QStringLiteral("f.yaml"));
        QVERIFY(!r.extractedFromShell);
        QCOMPARE(QByteArray::fromStdString(join(r)), input);
        return;
    }
    QVERIFY(Stream::looksLikeShell(input.toStdString()));
    const auto r = Stream::split(input.toStdString(), QStringLiteral("paste"));
    QVERIFY2(r.diagnostics.empty(),
             r.diagnostics.empty() ? "" : qPrintable(r.diagnostics.front().toString()));
    QVERIFY(r.extractedFromShell);
    QCOMPARE(QByteArray::fromStdString(join(r)), yaml);
    QCOMPARE(r.documents.front().origin.firstLine, firstLine);
    for (const auto &d : r.documents)
        QVERIFY(Document::parse(d.text, d.origin).document);
}

void tst_YamlStream::separators_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("documents"); // -1: an error
    QTest::addColumn<QString>("message");
    QTest::newRow("comment after ---") << QByteArray("a: 1\n--- # two\nb: 2\n") << 2 << QString();
    QTest::newRow("blanks after ---") << QByteArray("a: 1\n--- \t\nb: 2\n") << 2 << QString();
    QTest::newRow("top-level block scalar")
        << QByteArray("a: 1\n--- |\n  text\n") << -1
        << "f.yaml:2:4: invalid document separator: kubectl allows only a comment after \"---\"";
    QTest::newRow("content after ---")
        << QByteArray("--- {a: 1}\n") << -1
        << "f.yaml:1:4: invalid document separator: kubectl allows only a comment after \"---\"";
    QTest::newRow("four dashes")
        << QByteArray("a: 1\n----\n") << -1
        << "f.yaml:2:4: invalid document separator: kubectl allows only a comment after \"---\"";
    QTest::newRow("directive")
        << QByteArray("%YAML 1.1\n---\na: 1\n") << -1
        << "f.yaml:1:1: kubectl apply does not accept YAML directives (it cuts the file at \"---\" lines "
           "and reads the directive alone); remove this line";
    QTest::newRow("indented dashes are text") << QByteArray("a: |\n  ---\n  --- x\n") << 1 << QString();
    QTest::newRow("empty documents") << QByteArray("---\n---\na: 1\n---\n") << 3 << QString();
    QTest::newRow("no final newline") << QByteArray("a: 1\n---\nb: 2") << 2 << QString();
}

void tst_YamlStream::separators()
{
    QFETCH(QByteArray, input);
    QFETCH(int, documents);
    QFETCH(QString, message);
    const auto r = Stream::split(input.toStdString(), QStringLiteral("f.yaml"));
    if (documents < 0) {
        QVERIFY(r.documents.empty());
        QCOMPARE(r.diagnostics.size(), size_t(1));
        QCOMPARE(r.diagnostics.front().toString(), message);
        return;
    }
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(int(r.documents.size()), documents);
    QCOMPARE(QByteArray::fromStdString(join(r)), input);
}

void tst_YamlStream::documentEndWarning()
{
    // kubectl hands "a: 1\n...\nb: 2" to go-yaml as one piece and applies only the first document.
    const auto r =
        Stream::split("a: 1\n...\nb: 2\n...\n# only a comment\n---\nc: 3\n", QStringLiteral("f.yaml"));
    QCOMPARE(r.documents.size(), size_t(4));
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QCOMPARE(r.diagnostics.front().severity, gw::Diagnostic::Severity::Warning);
    QCOMPARE(
        r.diagnostics.front().toString(),
        QStringLiteral(
            "f.yaml:3:1: kubectl apply skips this document: it follows a \"...\" line without a \"---\" line "
            "(export adds the \"---\")"));
}

void tst_YamlStream::byteOrderMark()
{
    const std::string input = "\xEF\xBB\xBF"
                              "a: 1\n---\nb: 2\n";
    const auto r = Stream::split(input, QStringLiteral("f.yaml"));
    QCOMPARE(r.documents.size(), size_t(2));
    QCOMPARE(join(r), input);
    const auto first = Document::parse(r.documents[0].text, r.documents[0].origin);
    QVERIFY(first.document);
    QCOMPARE(first.document->find(Path::of("a"))->value, std::string("1"));
}

QTEST_GUILESS_MAIN(tst_YamlStream)
#include "tst_yamlstream.moc"
