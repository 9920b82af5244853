// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/requestscsv.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;

/** The requests CSV of `gwstudio simulate --requests`: RFC 4180 fields, columns, errors with line:column. */
class tst_RequestsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimal();
    void allColumns();
    void quoting();
    void lineEndsAndBom();
    void arrivalTimes();
    void errors_data();
    void errors();
    void rowsWithProblemsAreLeftOut();

private:
    static std::vector<TraceRequest> parse(const QByteArray &csv, Diagnostics &d)
    {
        return RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    }
};

void tst_RequestsCsv::minimal()
{
    Diagnostics d;
    const auto r =
        parse("client,host,path\n10.0.0.1,cafe.example.com,/coffee\n::1,cafe.example.com,/tea?x=1\n", d);
    QVERIFY(d.empty());
    QCOMPARE(r.size(), size_t(2));
    QCOMPARE(r[0].clientText, QStringLiteral("10.0.0.1"));
    QCOMPARE(r[0].client.hostText(), QStringLiteral("10.0.0.1"));
    QCOMPARE(r[0].host, QStringLiteral("cafe.example.com"));
    QCOMPARE(r[0].target, QStringLiteral("/coffee"));
    QCOMPARE(r[0].method, QStringLiteral("GET"));
    QCOMPARE(r[0].line, 2);
    QVERIFY(!r[0].atMs);
    QCOMPARE(r[0].durationMs, 0);
    QCOMPARE(r[1].client.family(), SocketAddress::Family::IPv6);
    QCOMPARE(r[1].target, QStringLiteral("/tea?x=1"));
    QCOMPARE(r[1].line, 3);
}

void tst_RequestsCsv::allColumns()
{
    Diagnostics d;
    const auto r = parse("Path,HOST,client,method,cookie,header:X-Env,header:Version,at_ms,duration_ms\n"
                         "/a,h.example,10.0.0.1,POST,sid=1; b=2,prod,,250,40\n",
                         d);
    QVERIFY2(d.empty(), d.empty() ? "" : qPrintable(d.front().toString()));
    QCOMPARE(r.size(), size_t(1));
    QCOMPARE(r[0].method, QStringLiteral("POST"));
    QCOMPARE(r[0].cookie, QStringLiteral("sid=1; b=2"));
    // An empty header cell sends no header.
    QCOMPARE(r[0].headers.size(), size_t(1));
    QCOMPARE(r[0].headers[0].first, QStringLiteral("X-Env"));
    QCOMPARE(r[0].headers[0].second, QStringLiteral("prod"));
    QCOMPARE(*r[0].atMs, 250);
    QCOMPARE(r[0].durationMs, 40);
}

void tst_RequestsCsv::quoting()
{
    Diagnostics d;
    const auto r = parse("client,host,path,cookie\n10.0.0.1,h,\"/a,b\",\"x=\"\"1\"\"; y=2\"\n"
                         "10.0.0.2,h,/c,\"multi\nline\"\n",
                         d);
    QVERIFY(d.empty());
    QCOMPARE(r.size(), size_t(2));
    QCOMPARE(r[0].target, QStringLiteral("/a,b"));
    QCOMPARE(r[0].cookie, QStringLiteral("x=\"1\"; y=2"));
    QCOMPARE(r[1].cookie, QStringLiteral("multi\nline"));
    QCOMPARE(r[1].line, 3);
}

void tst_RequestsCsv::lineEndsAndBom()
{
    Diagnostics d;
    const auto r = parse("\xef\xbb\xbf"
                         "client,host,path\r\n10.0.0.1,h,/a\r\n\r\n10.0.0.2,h,/b",
                         d);
    QVERIFY(d.empty());
    QCOMPARE(r.size(), size_t(2));
    QCOMPARE(r[1].target, QStringLiteral("/b"));
    QCOMPARE(r[1].line, 4);
}

void tst_RequestsCsv::arrivalTimes()
{
    Diagnostics d;
    // One after the other: a request starts when the previous one ends.
    const auto r =
        parse("client,host,path,at_ms,duration_ms\n1.1.1.1,h,/,,100\n1.1.1.1,h,/,,\n1.1.1.1,h,/,50,30\n"
              "1.1.1.1,h,/,,\n",
              d);
    QVERIFY(d.empty());
    QCOMPARE(RequestsCsv::arrivalTimes(r), (std::vector<qint64> {0, 100, 50, 80}));
}

void tst_RequestsCsv::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty")
        << QByteArray() << "requests.csv:1:1: the file is empty: a header row naming the columns is required";
    QTest::newRow("unknown column")
        << QByteArray("client,host,path,weight\n")
        << "requests.csv:1:18: unknown column \"weight\" (expected client, host, path, scheme, sni, "
           "port, method, cookie, header:<Name>, at_ms, duration_ms)";
    QTest::newRow("missing column")
        << QByteArray("client,path\n")
        << "requests.csv:1:1: the header row has no \"host\" column (required: client, host, path)";
    QTest::newRow("twice") << QByteArray("client,host,path,Host\n")
                           << "requests.csv:1:18: column \"Host\" appears twice";
    QTest::newRow("bad header name") << QByteArray("client,host,path,header:X Y\n")
                                     << "requests.csv:1:18: \"X Y\" is not a valid header name";
    QTest::newRow("bad client") << QByteArray("client,host,path\nclient1,h,/\n")
                                << "requests.csv:2:1: client \"client1\" is not an IPv4 or IPv6 address";
    QTest::newRow("bad path") << QByteArray("client,host,path\n10.0.0.1,h,coffee\n")
                              << "requests.csv:2:12: path \"coffee\" must start with \"/\"";
    QTest::newRow("field count") << QByteArray("client,host,path\n10.0.0.1,h,/,x\n")
                                 << "requests.csv:2:14: 4 fields where the header has 3";
    QTest::newRow("unterminated quote") << QByteArray("client,host,path\n10.0.0.1,h,\"/a\n")
                                        << "requests.csv:2:12: the quoted field does not end";
    QTest::newRow("text after quote") << QByteArray("client,host,path\n10.0.0.1,\"h\"x,/\n")
                                      << "requests.csv:2:13: unexpected text after a quoted field";
    QTest::newRow("negative at_ms")
        << QByteArray("client,host,path,at_ms\n10.0.0.1,h,/,-5\n")
        << "requests.csv:2:14: \"-5\" is not a whole number of milliseconds (0 or more)";
    QTest::newRow("bad method") << QByteArray("client,host,path,method\n10.0.0.1,h,/,G T\n")
                                << "requests.csv:2:14: method \"G T\" is not an HTTP method token";
}

void tst_RequestsCsv::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    Diagnostics d;
    parse(csv, d);
    QVERIFY(hasErrors(d));
    QCOMPARE(d.front().toString(), message);
}

void tst_RequestsCsv::rowsWithProblemsAreLeftOut()
{
    Diagnostics d;
    const auto r = parse("client,host,path\n10.0.0.1,h,/a\nnope,h,/b\n10.0.0.3,h,/c\n", d);
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(r.size(), size_t(2));
    QCOMPARE(r[1].target, QStringLiteral("/c"));
}

QTEST_GUILESS_MAIN(tst_RequestsCsv)
#include "tst_requestscsv.moc"
