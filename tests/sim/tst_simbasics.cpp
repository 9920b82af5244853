// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/crc32.h"
#include "sim/keyexpression.h"
#include "sim/units.h"
#include "simtest.h"

using namespace gw::sim;

/** The building blocks: addresses, CRC32, nginx's time/size syntax, variables. */
class tst_SimBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void socketAddress_data();
    void socketAddress();
    void clientText_data();
    void clientText();
    void crc32_data();
    void crc32();
    void crc32Incremental();
    void nginxTime_data();
    void nginxTime();
    void nginxSize();
    void cookieTime();
    void variables_data();
    void variables();
    void binaryRemoteAddr();
    void expressionErrors_data();
    void expressionErrors();
    void upstreamVariables();
};

void tst_SimBasics::socketAddress_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("printed"); // empty: invalid

    QTest::newRow("ipv4 default port") << "10.0.0.1"
                                       << "10.0.0.1:80";
    QTest::newRow("ipv4 port") << "10.0.0.1:8080"
                               << "10.0.0.1:8080";
    QTest::newRow("ipv6 loopback") << "[::1]:8080"
                                   << "[::1]:8080";
    QTest::newRow("ipv6 default port") << "[2001:db8::1]"
                                       << "[2001:db8::1]:80";
    QTest::newRow("ipv6 long form") << "[2001:0DB8:0000:0000:0000:0000:0000:0001]:80"
                                    << "[2001:db8::1]:80";
    QTest::newRow("ipv6 first of equal runs") << "[1:0:0:2:0:0:3:4]"
                                              << "[1::2:0:0:3:4]:80";
    QTest::newRow("ipv6 longest run") << "[1:0:0:2:0:0:0:3]"
                                      << "[1:0:0:2::3]:80";
    QTest::newRow("ipv6 one zero group stays") << "[1:2:3:4:5:6:7:0]"
                                               << "[1:2:3:4:5:6:7:0]:80";
    QTest::newRow("ipv6 trailing run") << "[1::]"
                                       << "[1::]:80";
    QTest::newRow("ipv4-mapped") << "[::ffff:10.0.0.1]:80"
                                 << "[::ffff:10.0.0.1]:80";
    QTest::newRow("ipv4-compatible") << "[::1.2.3.4]:80"
                                     << "[::1.2.3.4]:80";
    QTest::newRow("unspecified") << "[::]:80"
                                 << "[::]:80";
    QTest::newRow("unix") << "unix:/var/run/nginx/nginx-503-server.sock"
                          << "unix:/var/run/nginx/nginx-503-server.sock";
    QTest::newRow("octet too big") << "10.0.0.256"
                                   << "";
    QTest::newRow("host name") << "backend.example.com:80"
                               << "";
    QTest::newRow("port zero") << "10.0.0.1:0"
                               << "";
    QTest::newRow("port too big") << "10.0.0.1:70000"
                                  << "";
    QTest::newRow("unclosed bracket") << "[::1:80"
                                      << "";
    QTest::newRow("two gaps") << "[1::2::3]"
                              << "";
    QTest::newRow("too many groups") << "[1:2:3:4:5:6:7:8:9]"
                                     << "";
}

void tst_SimBasics::socketAddress()
{
    QFETCH(QString, written);
    QFETCH(QString, printed);
    const auto a = SocketAddress::parse(written);
    QCOMPARE(a.has_value(), !printed.isEmpty());
    if (a)
        QCOMPARE(a->toString(), printed);
}

void tst_SimBasics::clientText_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("remoteAddr");
    QTest::newRow("ipv4") << "10.0.1.7"
                          << "10.0.1.7";
    QTest::newRow("ipv6") << "2001:db8:0:0:1:0:0:1"
                          << "2001:db8::1:0:0:1";
    QTest::newRow("mapped") << "::ffff:192.168.1.10"
                            << "::ffff:192.168.1.10";
    QTest::newRow("loopback") << "::1"
                              << "::1";
}

void tst_SimBasics::clientText()
{
    QFETCH(QString, client);
    QFETCH(QString, remoteAddr);
    const auto a = SocketAddress::parseIp(client);
    QVERIFY(a);
    QCOMPARE(a->hostText(), remoteAddr);
    char buffer[SocketAddress::MaxTextLength];
    QCOMPARE(QString::fromLatin1(buffer, a->write(buffer, false)), remoteAddr);
}

void tst_SimBasics::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<uint>("crc");
    QTest::newRow("empty") << QByteArray() << 0u;
    QTest::newRow("check value") << QByteArray("123456789") << 0xcbf43926u;
    // Hand-computed CRC32 vectors of nginx's hash method (ngx_http_upstream_hash_module.c).
    QTest::newRow("10.0.1.7") << QByteArray("10.0.1.7") << 0xce5f0e91u;
    QTest::newRow("1 + 10.0.1.7") << QByteArray("110.0.1.7") << 0x743e11c7u;
    QTest::newRow("2 + 10.0.1.7") << QByteArray("210.0.1.7") << 0x4db32d02u;
    QTest::newRow("user42") << QByteArray("user42") << 0x7c2fbeb6u;
    QTest::newRow("alice") << QByteArray("alice") << 663665735u;
}

void tst_SimBasics::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(uint, crc);
    QCOMPARE(Crc32::of(data), crc);
}

void tst_SimBasics::crc32Incremental()
{
    // Every split of a text gives the same CRC (the ring and the rehash build values from pieces).
    const QByteArray text = "127.0.0.1\0"
                            "8081 and some more bytes to cross the 4-byte steps";
    for (qsizetype cut = 0; cut <= text.size(); ++cut)
        QCOMPARE(Crc32().update(text.first(cut)).update(text.sliced(cut)).value(), Crc32::of(text));
}

void tst_SimBasics::nginxTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inSeconds");
    QTest::addColumn<qint64>("value"); // -1: invalid
    QTest::newRow("bare") << "10" << true << 10LL;
    QTest::newRow("seconds") << "30s" << true << 30LL;
    QTest::newRow("hour") << "1h" << true << 3600LL;
    QTest::newRow("combined") << "1h30m" << true << 5400LL;
    QTest::newRow("with spaces") << "1d 2h" << true << 93600LL;
    QTest::newRow("year") << "1y" << true << 31536000LL;
    QTest::newRow("ms in seconds") << "500ms" << true << -1LL;
    QTest::newRow("ms") << "500ms" << false << 500LL;
    QTest::newRow("minutes as ms") << "10m" << false << 600000LL;
    QTest::newRow("bare as ms") << "2" << false << 2000LL;
    QTest::newRow("year as ms") << "1y" << false << -1LL;
    QTest::newRow("wrong order") << "1s1h" << true << -1LL;
    QTest::newRow("unit twice") << "1h1h" << true << -1LL;
    QTest::newRow("unknown unit") << "1x" << true << -1LL;
    QTest::newRow("empty") << "" << true << -1LL;
    QTest::newRow("unit only") << "h" << true << -1LL;
}

void tst_SimBasics::nginxTime()
{
    QFETCH(QString, text);
    QFETCH(bool, inSeconds);
    QFETCH(qint64, value);
    const auto parsed = parseNginxTime(text, inSeconds);
    QCOMPARE(parsed.value_or(-1), value);
}

void tst_SimBasics::nginxSize()
{
    QCOMPARE(parseNginxSize(u"512k").value_or(-1), 512 * 1024);
    QCOMPARE(parseNginxSize(u"1M").value_or(-1), 1024 * 1024);
    QCOMPARE(parseNginxSize(u"1g").value_or(-1), 1024LL * 1024 * 1024);
    QCOMPARE(parseNginxSize(u"4096").value_or(-1), 4096);
    QVERIFY(!parseNginxSize(u"k"));
    QVERIFY(!parseNginxSize(u"1t"));
    QVERIFY(!parseNginxSize(u""));
}

void tst_SimBasics::cookieTime()
{
    QCOMPARE(nginxCookieTime(1767268800), QByteArray("Thu, 01-Jan-26 12:00:00 GMT"));
    QCOMPARE(nginxCookieTime(StickyConfig::MaxExpires), QByteArray("Thu, 31-Dec-37 23:55:55 GMT"));
    QCOMPARE(nginxCookieTime(2240611200), QByteArray("Tue, 01-Jan-2041 00:00:00 GMT"));
}

void tst_SimBasics::variables_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("remote_addr") << "$remote_addr" << QByteArray("/") << QByteArray("10.0.1.7");
    QTest::newRow("request_uri") << "$request_uri" << QByteArray("/tea?user=42")
                                 << QByteArray("/tea?user=42");
    QTest::newRow("uri") << "$uri" << QByteArray("/tea?user=42") << QByteArray("/tea");
    QTest::newRow("uri normalized") << "$uri" << QByteArray("/a/./b/../c//d%41?x") << QByteArray("/a/c/dA");
    QTest::newRow("uri above root") << "$uri" << QByteArray("/../x/..") << QByteArray("/");
    QTest::newRow("args") << "$args" << QByteArray("/t?user=42&x=1") << QByteArray("user=42&x=1");
    QTest::newRow("query_string") << "$query_string" << QByteArray("/t?a=b") << QByteArray("a=b");
    QTest::newRow("arg raw") << "$arg_user" << QByteArray("/t?user=a%20b") << QByteArray("a%20b");
    QTest::newRow("arg first") << "$arg_user" << QByteArray("/t?user=1&user=2") << QByteArray("1");
    QTest::newRow("arg not a suffix") << "$arg_user" << QByteArray("/t?xuser=5&user=7") << QByteArray("7");
    QTest::newRow("arg any case") << "$arg_user" << QByteArray("/t?USER=9") << QByteArray("9");
    QTest::newRow("arg name case") << "$ARG_User" << QByteArray("/t?user=9") << QByteArray("9");
    QTest::newRow("arg empty") << "$arg_user" << QByteArray("/t?user=&x=1") << QByteArray("");
    QTest::newRow("arg without value") << "$arg_user" << QByteArray("/t?user") << QByteArray("");
    QTest::newRow("arg missing") << "$arg_user" << QByteArray("/t") << QByteArray("");
    QTest::newRow("cookie") << "$cookie_session" << QByteArray("/") << QByteArray("abc");
    QTest::newRow("cookie any case") << "$cookie_SESSION" << QByteArray("/") << QByteArray("abc");
    QTest::newRow("cookie second header") << "$cookie_late" << QByteArray("/") << QByteArray("z");
    QTest::newRow("http header") << "$http_x_user" << QByteArray("/") << QByteArray("bob");
    QTest::newRow("http host") << "$http_host" << QByteArray("/") << QByteArray("Cafe.Example.COM:8080");
    QTest::newRow("host") << "$host" << QByteArray("/") << QByteArray("cafe.example.com");
    QTest::newRow("method") << "$request_method" << QByteArray("/") << QByteArray("GET");
    QTest::newRow("text and braces") << "u-$arg_id-${remote_addr}x" << QByteArray("/?id=7")
                                     << QByteArray("u-7-10.0.1.7x");
    QTest::newRow("text only") << "constant" << QByteArray("/") << QByteArray("constant");
}

void tst_SimBasics::variables()
{
    QFETCH(QString, expression);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    Request r =
        simtest::request(QStringLiteral("10.0.1.7"), target,
                         {{"Cookie", "a=1; session=abc;b=2"}, {"X-User", "bob"}, {"cookie", "late=z"}});
    r.headers[0].second = "Cafe.Example.COM:8080";
    QString error;
    const auto e = KeyExpression::parse(expression, &error);
    QVERIFY2(e, qPrintable(error));
    QCOMPARE(e->value(r), expected);
}

void tst_SimBasics::binaryRemoteAddr()
{
    const auto e = KeyExpression::parse(u"$binary_remote_addr");
    QVERIFY(e);
    QCOMPARE(e->value(simtest::request(QStringLiteral("10.0.1.7"))), QByteArray("\x0a\x00\x01\x07", 4));
    QCOMPARE(e->value(simtest::request(QStringLiteral("::1"))), QByteArray(15, '\0') + '\x01');
}

void tst_SimBasics::expressionErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("lone dollar") << "$"
                                 << "invalid variable name in \"$\"";
    QTest::newRow("unclosed brace") << "${host"
                                    << "invalid variable name in \"${host\"";
    QTest::newRow("unknown") << "$server_addr"
                             << "unknown \"server_addr\" variable";
    QTest::newRow("bare prefix") << "$arg_"
                                 << "unknown \"arg_\" variable";
}

void tst_SimBasics::expressionErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!KeyExpression::parse(expression, &error));
    QCOMPARE(error, message);
}

void tst_SimBasics::upstreamVariables()
{
    Response response;
    response.headers = {{"Set-Cookie", "other=1; path=/"},
                        {"Set-Cookie", "EXAMPLECOOKIE=s42; HttpOnly"},
                        {"X-Session", "h7"}};
    const auto cookie = KeyExpression::parse(u"$upstream_cookie_examplecookie");
    const auto header = KeyExpression::parse(u"$upstream_http_x_session");
    QVERIFY(cookie && header);
    QVERIFY(cookie->needsResponse());
    const Request r = simtest::request(QStringLiteral("10.0.0.1"));
    QCOMPARE(cookie->value(r, &response), QByteArray("s42"));
    QCOMPARE(header->value(r, &response), QByteArray("h7"));
    QCOMPARE(cookie->value(r), QByteArray());
}

QTEST_GUILESS_MAIN(tst_SimBasics)
#include "tst_simbasics.moc"
