// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// NGF's njs matcher (httpmatches.js) as HttpMatches replays it, case by case from the script's own
// semantics and its test suite, plus split_clients' MurmurHash2 arithmetic.
#include "nginx/httpmatches.h"
#include "nginx/splitclients.h"

#include <QTest>

using namespace gw::nginx;

namespace {

HttpMatches load(const QByteArray &json)
{
    HttpMatches m;
    QString error;
    if (!m.load(json, &error))
        qFatal("bad test JSON: %s", qPrintable(error));
    return m;
}

using Headers = std::vector<std::pair<QByteArray, QByteArray>>;

QString outcome(const HttpMatches &m, const QByteArray &key, const QByteArray &method, const Headers &headers,
                const QByteArray &args, int version = 1029000)
{
    HttpMatches::Input in;
    in.matchKey = key;
    in.method = method;
    in.headers = headers;
    in.args = args;
    in.nginxVersion = version;
    const HttpMatches::Outcome o = m.evaluate(in);
    switch (o.kind) {
    case HttpMatches::Outcome::Redirect:
        return QStringLiteral("-> ") + QString::fromUtf8(o.redirect);
    case HttpMatches::Outcome::NotFound:
        return QStringLiteral("404");
    case HttpMatches::Outcome::Error:
        break;
    }
    return QStringLiteral("500: ") + o.error;
}

} // namespace

class tst_HttpMatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void malformed_data();
    void malformed();
    void headerJoining();
    void args_data();
    void args();
    void murmurHash2_data();
    void murmurHash2();
    void splitClients();
    void percent_data();
    void percent();
};

void tst_HttpMatches::matches_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QString>("expected");

    const QByteArray example2 =
        R"j([{"redirectPath":"/r0","headers":["version:Exact:v2"]},{"redirectPath":"/r1","params":["TEST=Exact=v2"]},{"redirectPath":"/r2","any":true}])j";
    QTest::newRow("any") << QByteArray(R"j([{"any":true,"redirectPath":"/any"}])j") << QByteArray("GET")
                         << Headers {} << QByteArray() << QStringLiteral("-> /any");
    QTest::newRow("method") << QByteArray(R"j([{"method":"GET","redirectPath":"/m"}])j") << QByteArray("GET")
                            << Headers {} << QByteArray() << QStringLiteral("-> /m");
    QTest::newRow("method mismatch") << QByteArray(R"j([{"method":"POST","redirectPath":"/m"}])j")
                                     << QByteArray("GET") << Headers {} << QByteArray()
                                     << QStringLiteral("404");
    QTest::newRow("method is case-sensitive")
        << QByteArray(R"j([{"method":"get","redirectPath":"/m"}])j") << QByteArray("GET") << Headers {}
        << QByteArray() << QStringLiteral("404");
    QTest::newRow("header") << example2 << QByteArray("GET") << Headers {{"version", "v2"}} << QByteArray()
                            << QStringLiteral("-> /r0");
    QTest::newRow("header name case") << example2 << QByteArray("GET") << Headers {{"VeRsIoN", "v2"}}
                                      << QByteArray() << QStringLiteral("-> /r0");
    QTest::newRow("header value case") << example2 << QByteArray("GET") << Headers {{"version", "V2"}}
                                       << QByteArray() << QStringLiteral("-> /r2");
    QTest::newRow("first match wins") << example2 << QByteArray("GET") << Headers {{"version", "v2"}}
                                      << QByteArray("TEST=v2") << QStringLiteral("-> /r0?TEST=v2");
    QTest::newRow("query") << example2 << QByteArray("GET") << Headers {} << QByteArray("TEST=v2&a=b")
                           << QStringLiteral("-> /r1?TEST=v2&a=b");
    QTest::newRow("query name case") << example2 << QByteArray("GET") << Headers {} << QByteArray("test=v2")
                                     << QStringLiteral("-> /r2?test=v2");
    QTest::newRow("first of repeated params")
        << example2 << QByteArray("GET") << Headers {} << QByteArray("TEST=v2&TEST=v3")
        << QStringLiteral("-> /r1?TEST=v2&TEST=v3");
    QTest::newRow("first of repeated params fails")
        << example2 << QByteArray("GET") << Headers {} << QByteArray("TEST=v3&TEST=v2")
        << QStringLiteral("-> /r2?TEST=v3&TEST=v2");
    QTest::newRow("empty param is falsy") << example2 << QByteArray("GET") << Headers {}
                                          << QByteArray("TEST=") << QStringLiteral("-> /r2?TEST=");
    QTest::newRow("several values one matches")
        << QByteArray(R"j([{"headers":["multiValueHeader:Exact:val3"],"redirectPath":"/h"}])j")
        << QByteArray("GET") << Headers {{"multiValueHeader", "val1,val2,val3,val4,val5"}} << QByteArray()
        << QStringLiteral("-> /h");
    QTest::newRow("values are not trimmed")
        << QByteArray(R"j([{"headers":["h:Exact:b"],"redirectPath":"/h"}])j") << QByteArray("GET")
        << Headers {{"h", "a, b"}} << QByteArray() << QStringLiteral("404");
    QTest::newRow("colons in the value")
        << QByteArray(R"j([{"headers":["Referer:Exact:https://example.com/path"],"redirectPath":"/h"}])j")
        << QByteArray("GET") << Headers {{"Referer", "https://example.com/path"}} << QByteArray()
        << QStringLiteral("-> /h");
    QTest::newRow("regex with colons")
        << QByteArray(
               R"j([{"headers":["Referer:RegularExpression:^https://zoom\\.us(/|$)"],"redirectPath":"/h"}])j")
        << QByteArray("GET") << Headers {{"Referer", "https://zoom.us/meeting"}} << QByteArray()
        << QStringLiteral("-> /h");
    QTest::newRow("regex with colons fails")
        << QByteArray(
               R"j([{"headers":["Referer:RegularExpression:^https://zoom\\.us(/|$)"],"redirectPath":"/h"}])j")
        << QByteArray("GET") << Headers {{"Referer", "https://invalid.com"}} << QByteArray()
        << QStringLiteral("404");
    QTest::newRow("regex is unanchored")
        << QByteArray(R"j([{"headers":["h:RegularExpression:Header-[a-z]{1}"],"redirectPath":"/h"}])j")
        << QByteArray("GET") << Headers {{"h", "xHeader-a"}} << QByteArray() << QStringLiteral("-> /h");
    QTest::newRow("param regex")
        << QByteArray(
               R"j([{"params":["version=RegularExpression=^v[0-9]+\\.[0-9]+$"],"redirectPath":"/p"}])j")
        << QByteArray("GET") << Headers {} << QByteArray("version=v1.2")
        << QStringLiteral("-> /p?version=v1.2");
    QTest::newRow("param regex end anchor")
        << QByteArray(
               R"j([{"params":["version=RegularExpression=^v[0-9]+\\.[0-9]+$"],"redirectPath":"/p"}])j")
        << QByteArray("GET") << Headers {} << QByteArray("version=v1.2-beta") << QStringLiteral("404");
    QTest::newRow("params with = in the value")
        << QByteArray(
               R"j([{"params":["arg2=Exact=value2=SOME=other=value","arg3=Exact===value3&*1(*+"],"redirectPath":"/p"}])j")
        << QByteArray("GET") << Headers {}
        << QByteArray("arg2=value2%3DSOME%3Dother%3Dvalue&arg3=%3D%3Dvalue3%26*1(*%2B")
        << QStringLiteral("-> /p?arg2=value2%3DSOME%3Dother%3Dvalue&arg3=%3D%3Dvalue3%26*1(*%2B");
    QTest::newRow("all conditions")
        << QByteArray(
               R"j([{"method":"GET","headers":["header1:Exact:value1","header2:Exact:value2"],"params":["Arg1=Exact=value1","arg2=Exact=value2=SOME=other=value"],"redirectPath":"/a-match"},{"any":true,"redirectPath":"/any"}])j")
        << QByteArray("GET") << Headers {{"header1", "value1"}, {"header2", "value2"}}
        << QByteArray("Arg1=value1&arg2=value2%3DSOME%3Dother%3Dvalue")
        << QStringLiteral("-> /a-match?Arg1=value1&arg2=value2%3DSOME%3Dother%3Dvalue");
    QTest::newRow("args are decoded and encoded again")
        << QByteArray(R"j([{"any":true,"redirectPath":"/a"}])j") << QByteArray("GET") << Headers {}
        << QByteArray("b=1&2=x&a=3&1=y&b=2&c&d=&e=a+b%20c%7e&%41=z&x=%zz")
        << QStringLiteral("-> /a?b=1&b=2&2=x&a=3&1=y&c=&d=&e=a%20b%20c~&A=z&x=%25zz");
    QTest::newRow("no args no question mark")
        << QByteArray(R"j([{"any":true,"redirectPath":"/a"}])j") << QByteArray("GET") << Headers {}
        << QByteArray("&&") << QStringLiteral("-> /a");
    QTest::newRow("missing header fails before the type is checked")
        << QByteArray(
               R"j([{"headers":["h:Bogus:v"],"redirectPath":"/x"},{"any":true,"redirectPath":"/any"}])j")
        << QByteArray("GET") << Headers {} << QByteArray() << QStringLiteral("-> /any");
    QTest::newRow("empty header is falsy")
        << QByteArray(R"j([{"headers":["h:Exact:"],"redirectPath":"/x"}])j") << QByteArray("GET")
        << Headers {{"h", ""}} << QByteArray() << QStringLiteral("404");
    QTest::newRow("single-value header gives its first value")
        << QByteArray(R"j([{"headers":["User-Agent:Exact:b"],"redirectPath":"/x"}])j") << QByteArray("GET")
        << Headers {{"User-Agent", "a"}, {"User-Agent", "b"}} << QByteArray() << QStringLiteral("404");
    QTest::newRow("non-object entry without conditions fits")
        << QByteArray(R"j([5])j") << QByteArray("GET") << Headers {} << QByteArray()
        << QStringLiteral("500: cannot redirect the request; the match 5 does not have a redirectPath set");
    QTest::newRow("headers that are not a list are ignored")
        << QByteArray(R"j([{"headers":7,"redirectPath":"/x"}])j") << QByteArray("GET") << Headers {}
        << QByteArray() << QStringLiteral("-> /x");
    QTest::newRow("numeric redirectPath")
        << QByteArray(R"j([{"any":true,"redirectPath":5}])j") << QByteArray("GET") << Headers {}
        << QByteArray("a=1") << QStringLiteral("-> 5?a=1");
}

void tst_HttpMatches::matches()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, args);
    QFETCH(QString, expected);
    const HttpMatches m = load("{\"k\":" + list + "}");
    QCOMPARE(outcome(m, "k", method, headers, args), expected);
}

void tst_HttpMatches::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no match key") << QByteArray(R"j({"k":[{"any":true,"redirectPath":"/a"}]})j")
                                  << QByteArray() << QByteArray()
                                  << QStringLiteral(
                                         "500: cannot redirect the request; the match_key is not defined on "
                                         "the request object");
    QTest::newRow("unknown key") << QByteArray(R"j({"k":[]})j") << QByteArray("x") << QByteArray()
                                 << QStringLiteral(
                                        "500: cannot redirect the request; the key x is not defined on the "
                                        "matches object");
    QTest::newRow("not a list")
        << QByteArray(R"j({"k":{"a":1}})j") << QByteArray("k") << QByteArray()
        << QStringLiteral("500: cannot redirect the request; [object Object] matches list is not "
                          "valid: Error: cannot redirect the request; expected a list of "
                          "matches, got [object Object]");
    QTest::newRow("empty list") << QByteArray(R"j({"k":[]})j") << QByteArray("k") << QByteArray()
                                << QStringLiteral(
                                       "500: cannot redirect the request;  matches list is not valid: Error: "
                                       "cannot redirect the request; matches is an empty list");
    QTest::newRow("malformed header")
        << QByteArray(R"j({"k":[{"headers":["malformedheader"],"redirectPath":"/a"}]})j") << QByteArray("k")
        << QByteArray() << QStringLiteral("500: invalid header match: malformedheader");
    QTest::newRow("header type") << QByteArray(R"j({"k":[{"headers":["h:Bogus:v"],"redirectPath":"/a"}]})j")
                                 << QByteArray("k") << QByteArray() << QStringLiteral("404");
    QTest::newRow("param without key")
        << QByteArray(R"j({"k":[{"params":["=Exact=v"],"redirectPath":"/a"}]})j") << QByteArray("k")
        << QByteArray() << QStringLiteral("500: invalid query parameter: =Exact=v");
    QTest::newRow("param without value")
        << QByteArray(R"j({"k":[{"params":["k=Exact="],"redirectPath":"/a"}]})j") << QByteArray("k")
        << QByteArray("k=x") << QStringLiteral("500: invalid query parameter: k=Exact=");
    QTest::newRow("param type is checked first")
        << QByteArray(R"j({"k":[{"params":["k=Bogus=v"],"redirectPath":"/a"}]})j") << QByteArray("k")
        << QByteArray() << QStringLiteral("500: invalid header match type: Bogus");
    QTest::newRow("no redirectPath")
        << QByteArray(R"j({"k":[{"method":"GET"}]})j") << QByteArray("k") << QByteArray()
        << QStringLiteral("500: cannot redirect the request; the match [object Object] does "
                          "not have a redirectPath set");
    QTest::newRow("null entry") << QByteArray(R"j({"k":[null]})j") << QByteArray("k") << QByteArray()
                                << QStringLiteral("500: TypeError: cannot get property \"any\" of null");
    QTest::newRow("bad regex")
        << QByteArray(R"j({"k":[{"params":["k=RegularExpression=("],"redirectPath":"/a"}]})j")
        << QByteArray("k") << QByteArray("k=1")
        << QStringLiteral("500: SyntaxError: missing closing parenthesis at offset 1 in /(/");
}

void tst_HttpMatches::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, args);
    QFETCH(QString, expected);
    const HttpMatches m = load(json);
    QCOMPARE(outcome(m, key, "GET", {}, args), expected);

    HttpMatches bad;
    QString error;
    QVERIFY(!bad.load("{\"k\": [", &error));
    QVERIFY(error.startsWith(QStringLiteral("invalid JSON at offset 7")));
    QVERIFY(!bad.load("[1]", &error));
}

void tst_HttpMatches::headerJoining()
{
    // Repeated headers reach the script joined: ", " from nginx 1.23 on, "," before.
    const HttpMatches m = load(R"j({"k":[{"headers":["h:Exact:b"],"redirectPath":"/x"}]})j");
    const Headers twice {{"h", "a"}, {"H", "b"}};
    QCOMPARE(outcome(m, "k", "GET", twice, {}, 1029000), QStringLiteral("404"));
    QCOMPARE(outcome(m, "k", "GET", twice, {}, 1022001), QStringLiteral("-> /x"));
    HttpMatches::Input in;
    in.headers = {{"Cookie", "a=1"}, {"cookie", "b=2"}, {"User-Agent", "u1"}, {"User-Agent", "u2"}};
    bool found = false;
    in.nginxVersion = 1029000;
    QCOMPARE(HttpMatches::headerIn(in, "COOKIE", &found), QByteArray("a=1; b=2"));
    in.nginxVersion = 1022001;
    QCOMPARE(HttpMatches::headerIn(in, "cookie", &found), QByteArray("a=1;b=2"));
    QCOMPARE(HttpMatches::headerIn(in, "user-agent", &found), QByteArray("u1"));
    HttpMatches::headerIn(in, "missing", &found);
    QVERIFY(!found);
}

void tst_HttpMatches::args_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("restringified");
    QTest::newRow("plain") << QByteArray("a=1&b=2") << QByteArray("a=1&b=2");
    QTest::newRow("repeated keys grouped") << QByteArray("b=1&a=2&b=3") << QByteArray("b=1&b=3&a=2");
    QTest::newRow("no value") << QByteArray("flag&x=") << QByteArray("flag=&x=");
    QTest::newRow("plus is a space") << QByteArray("q=a+b") << QByteArray("q=a%20b");
    QTest::newRow("invalid escape kept") << QByteArray("q=%zz%4") << QByteArray("q=%25zz%254");
    QTest::newRow("unreserved") << QByteArray("q=%2A%27%28%29%7E!") << QByteArray("q=*'()~!");
    QTest::newRow("reserved") << QByteArray("q=%2F%3F%26%3D%40") << QByteArray("q=%2F%3F%26%3D%40");
    QTest::newRow("invalid utf8") << QByteArray("q=%E9") << QByteArray("q=%EF%BF%BD");
    QTest::newRow("utf8") << QByteArray("q=%C3%A9") << QByteArray("q=%C3%A9");
    QTest::newRow("empty parts") << QByteArray("&&a=1&&") << QByteArray("a=1");
    QTest::newRow("equals in value") << QByteArray("a=b=c") << QByteArray("a=b%3Dc");
}

void tst_HttpMatches::args()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, restringified);
    QCOMPARE(HttpMatches::stringifyArgs(HttpMatches::parseArgs(query)), restringified);
    // At most 1000 parts are read.
    QByteArray many;
    for (int i = 0; i < 1500; ++i)
        many += "k" + QByteArray::number(i) + "=1&";
    QCOMPARE(HttpMatches::parseArgs(many).size(), size_t(1000));
}

void tst_HttpMatches::murmurHash2_data()
{
    // Computed with ngx_murmur_hash2's algorithm; tst_nginxoracle::splitClients checks each key's bucket
    // (hash / 429496, 10000 parts of 0.01%) against a real nginx.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<uint>("hash");
    QTest::newRow("empty") << QByteArray("") << 0u; // seed and mix of 0 are 0
    QTest::newRow("a") << QByteArray("a") << 2456313694u;
    QTest::newRow("ab") << QByteArray("ab") << 446775395u;
    QTest::newRow("abc") << QByteArray("abc") << 324500635u;
    QTest::newRow("abcd") << QByteArray("abcd") << 646393889u;
    QTest::newRow("escaped") << QByteArray("hello%20world") << 996432104u;
    QTest::newRow("0") << QByteArray("0") << 1111412596u;
    QTest::newRow("request id") << QByteArray("0123456789abcdef0123456789abcdef") << 1932669937u;
    QTest::newRow("host") << QByteArray("cafe.example.com") << 3451095050u;
}

void tst_HttpMatches::murmurHash2()
{
    QFETCH(QByteArray, key);
    QFETCH(uint, hash);
    QCOMPARE(gw::nginx::murmurHash2(key), uint32_t(hash));
}

void tst_HttpMatches::splitClients()
{
    SplitClients s;
    QString error;
    QVERIFY(s.addPart("33.33%", "a", {}, &error));
    QVERIFY(s.addPart("33.33%", "b", {}, &error));
    QVERIFY(s.addPart("33.34%", "c", {}, &error));
    QVERIFY(s.finish(&error));
    // Bounds: last += percent * 0xffffffff / 10000 in 32 bits, per part.
    QCOMPARE(s.parts()[0].bound, 1431512599u);
    QCOMPARE(s.parts()[1].bound, 2863025198u);
    QCOMPARE(s.parts()[2].bound, 4294967294u);
    QCOMPARE(s.choose("").value, QByteArray("a")); // hash 0
    QCOMPARE(s.choose("a").value, QByteArray("b")); // 2456313694
    QCOMPARE(s.choose("cafe.example.com").value, QByteArray("c")); // 3451095050

    // 100% in one part still leaves the top hash value 0xffffffff without a part, as in nginx.
    SplitClients all;
    QVERIFY(all.addPart("100%", "x", {}, &error));
    QVERIFY(all.finish(&error));
    QCOMPARE(all.parts()[0].bound, 0xffffffffu);

    // Less than 100% without "*": the rest gets the empty value.
    SplitClients half;
    QVERIFY(half.addPart("50%", "x", {}, &error));
    QVERIFY(half.finish(&error));
    QCOMPARE(half.choose("a").part, -1);
    QCOMPARE(half.choose("a").value, QByteArray());
    QCOMPARE(half.choose("ab").value, QByteArray("x"));

    SplitClients star;
    QVERIFY(star.addPart("10%", "x", {}, &error));
    QVERIFY(star.addPart("*", "rest", {}, &error));
    QVERIFY(star.finish(&error));
    QCOMPARE(star.choose("a").value, QByteArray("rest"));

    SplitClients over;
    QVERIFY(over.addPart("60%", "x", {}, &error));
    QVERIFY(over.addPart("50%", "y", {}, &error));
    QVERIFY(!over.finish(&error));
    QCOMPARE(error, QStringLiteral("percent total is greater than 100%"));
}

void tst_HttpMatches::percent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("integer") << QByteArray("50") << qint64(5000);
    QTest::newRow("two decimals") << QByteArray("33.33") << qint64(3333);
    QTest::newRow("one decimal") << QByteArray("20.5") << qint64(2050);
    QTest::newRow("extra decimals ignored") << QByteArray("33.339") << qint64(3333);
    QTest::newRow("leading dot") << QByteArray(".5") << qint64(50);
    QTest::newRow("two dots") << QByteArray("1.2.3") << qint64(-1);
    QTest::newRow("letters") << QByteArray("1a") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void tst_HttpMatches::percent()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, value);
    QCOMPARE(SplitClients::parsePercent(text), value);
    SplitClients s;
    QString error;
    QCOMPARE(s.addPart(text + '%', "v", {}, &error), value > 0);
    QVERIFY(!s.addPart("0.00%", "v", {}, &error)); // NGF comments such lines out for this reason
    QCOMPARE(error, QStringLiteral("invalid percent value \"0.00%\""));
}

QTEST_GUILESS_MAIN(tst_HttpMatches)
#include "tst_httpmatches.moc"
