// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/editor.h"
#include "yaml/stream.h"
#include "yaml/value.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gw::yaml;

namespace {

/** The first message, for QVERIFY2 (which builds its message before it checks). */
QByteArray firstMessage(const gw::Diagnostics &diagnostics)
{
    return diagnostics.empty() ? QByteArray() : diagnostics.front().toString().toUtf8();
}

} // namespace

/**
 * Every manifest the tests know (the hand-written ones full of comments, odd quoting, anchors,
 * flow and block styles, CRLF, a byte order mark, block scalars, `...` markers and `kind: List`,
 * the cafe example and the walk-through's pasted blocks) reads and writes back byte for byte, and
 * its values survive being written again in canonical form.
 */
class tst_YamlRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void tst_YamlRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QDir manifests(QStringLiteral(GW_TEST_DATA_DIR "/manifests"));
    const QStringList names = manifests.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << manifests.filePath(name);
    QTest::newRow("cafe.yaml") << QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml");
    QTest::newRow("walkthrough-paste.md") << QStringLiteral(GW_TEST_DATA_DIR "/walkthrough-paste.md");
    QVERIFY(names.size() >= 10);
}

void tst_YamlRoundTrip::roundTrip()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const std::string input = f.readAll().toStdString();
    const auto split = Stream::split(input, file);
    QVERIFY2(!gw::hasErrors(split.diagnostics), firstMessage(split.diagnostics).constData());
    std::string joined;
    for (const DocumentText &d : split.documents) {
        joined += d.text;
        const auto parsed = Document::parse(d.text, d.origin);
        QVERIFY2(parsed.document, firstMessage(parsed.diagnostics).constData());
        if (!parsed.document->root() || parsed.document->root()->isNull())
            continue;
        // The values, written again in canonical form, read back the same.
        QString error;
        const auto value = Value::fromNode(*parsed.document, parsed.document->root(), 100000, &error);
        QVERIFY2(value, qPrintable(error));
        const std::string canonical = Editor::emitDocument(*value);
        const auto again = Document::parse(canonical);
        QVERIFY2(again.document, canonical.c_str());
        QCOMPARE(*Value::fromNode(*again.document, again.document->root()), *value);
    }
    if (split.extractedFromShell)
        QVERIFY(joined.find("kubectl") == std::string::npos);
    else
        QCOMPARE(QByteArray::fromStdString(joined), QByteArray::fromStdString(input));
}

QTEST_GUILESS_MAIN(tst_YamlRoundTrip)
#include "tst_yamlroundtrip.moc"
