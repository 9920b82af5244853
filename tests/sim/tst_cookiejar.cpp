// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/cookiejar.h"

#include <QDateTime>
#include <QTest>

using namespace gw::sim;

namespace {

qint64 epochMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

/** The clients' cookie jar: RFC 6265 storage and matching, curl's order of cookies. */
class tst_CookieJar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data();
    void dates();
    void paths();
    void domains();
    void walkthroughCookie();
    void replaceAndDelete();
    void maxAgeWinsOverExpires();
    void hugeMaxAgeSaturates();
    void defaultPath();
    void domainCookies();
    void curlOrder();
    void secureAndRejected();
    void sharedStrings();
};

void tst_CookieJar::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("iso"); // empty: invalid
    QTest::newRow("nginx") << QByteArray("Thu, 11-Dec-25 01:39:55 GMT") << "2025-12-11T01:39:55Z";
    QTest::newRow("rfc1123") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << "1994-11-06T08:49:37Z";
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << "1994-11-06T08:49:37Z";
    QTest::newRow("max") << QByteArray("Thu, 31-Dec-37 23:55:55 GMT") << "2037-12-31T23:55:55Z";
    QTest::newRow("two-digit 70") << QByteArray("Thu, 01-Jan-70 00:00:01 GMT") << "1970-01-01T00:00:01Z";
    QTest::newRow("four-digit after 2037")
        << QByteArray("Fri, 01-Jan-2038 00:00:00 GMT") << "2038-01-01T00:00:00Z";
    QTest::newRow("no time") << QByteArray("Thu, 11-Dec-25") << "";
    QTest::newRow("bad hour") << QByteArray("Thu, 11-Dec-25 24:00:00 GMT") << "";
    QTest::newRow("before 1601") << QByteArray("Thu, 11-Dec-1600 01:00:00 GMT") << "";
}

void tst_CookieJar::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, iso);
    const auto t = CookieJar::parseDate(text);
    if (iso.isEmpty()) {
        QVERIFY(!t);
        return;
    }
    QVERIFY(t);
    QCOMPARE(*t * 1000, QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch());
}

void tst_CookieJar::paths()
{
    QVERIFY(CookieJar::pathMatches("/tea", "/tea"));
    QVERIFY(CookieJar::pathMatches("/tea/cup", "/tea"));
    QVERIFY(CookieJar::pathMatches("/tea/cup", "/tea/"));
    QVERIFY(!CookieJar::pathMatches("/teapot", "/tea"));
    QVERIFY(!CookieJar::pathMatches("/", "/tea"));
    QVERIFY(CookieJar::pathMatches("/anything", "/"));
    QCOMPARE(CookieJar::defaultPath("/tea"), QByteArray("/"));
    QCOMPARE(CookieJar::defaultPath("/tea/cup"), QByteArray("/tea"));
    QCOMPARE(CookieJar::defaultPath("/a/b/"), QByteArray("/a/b"));
    QCOMPARE(CookieJar::defaultPath("relative"), QByteArray("/"));
}

void tst_CookieJar::domains()
{
    QVERIFY(CookieJar::domainMatches("cafe.example.com", "example.com"));
    QVERIFY(CookieJar::domainMatches("cafe.example.com", "cafe.example.com"));
    QVERIFY(!CookieJar::domainMatches("badexample.com", "example.com"));
    QVERIFY(!CookieJar::domainMatches("example.com", "cafe.example.com"));
    // Host names compare without case (RFC 6265 5.1.3), also the suffix of a subdomain.
    QVERIFY(CookieJar::domainMatches("Cafe.EXAMPLE.com", "example.com"));
    QVERIFY(CookieJar::domainMatches("CAFE.example.com", "cafe.example.com"));
    QVERIFY(!CookieJar::domainMatches("BADEXAMPLE.com", "example.com"));
}

void tst_CookieJar::walkthroughCookie()
{
    // The guide: `curl -c` stores the cookie for cafe.example.com, path /tea; `curl -b` sends it to /tea.
    CookiePool pool;
    CookieJar jar;
    const qint64 now = epochMs("2025-12-10T01:39:55Z");
    QVERIFY(jar.store(pool,
                      "cookie-tea=2878e97a4c7a8406b791aa0bd0b2f145; expires=Thu, 11-Dec-25 01:39:55 GMT; "
                      "max-age=86400; path=/tea",
                      "cafe.example.com", "/tea", now));
    QCOMPARE(jar.size(), 1);
    QCOMPARE(jar.cookie(0).expiresMs, now + 86400000);
    QVERIFY(jar.cookie(0).hostOnly);
    QCOMPARE(jar.header(pool, "cafe.example.com", "/tea", false, now + 1000),
             QByteArray("cookie-tea=2878e97a4c7a8406b791aa0bd0b2f145"));
    QCOMPARE(jar.header(pool, "cafe.example.com", "/coffee", false, now), QByteArray());
    QCOMPARE(jar.header(pool, "tea.example.com", "/tea", false, now), QByteArray()); // host-only
    QCOMPARE(jar.header(pool, "cafe.example.com", "/tea", false, now + 86400000), QByteArray()); // expired
}

void tst_CookieJar::replaceAndDelete()
{
    CookiePool pool;
    CookieJar jar;
    jar.store(pool, "a=1; path=/", "h", "/", 0);
    jar.store(pool, "b=1; path=/", "h", "/", 0);
    jar.store(pool, "a=2; path=/", "h", "/", 1000);
    QCOMPARE(jar.size(), 2);
    QCOMPARE(jar.header(pool, "h", "/", false, 2000), QByteArray("b=1; a=2")); // a kept its creation order
    jar.store(pool, "a=3; path=/x", "h", "/", 0); // another path: another cookie
    QCOMPARE(jar.size(), 3);
    jar.store(pool, "a=; max-age=0; path=/", "h", "/", 3000); // deletes
    QCOMPARE(jar.size(), 2);
    QCOMPARE(jar.header(pool, "h", "/", false, 3000), QByteArray("b=1"));
    jar.store(pool, "c=1; expires=Thu, 01-Jan-70 00:00:01 GMT", "h", "/",
              5000); // already expired: not stored
    QCOMPARE(jar.size(), 2);
}

void tst_CookieJar::maxAgeWinsOverExpires()
{
    CookiePool pool;
    CookieJar jar;
    jar.store(pool, "a=1; max-age=10; expires=Fri, 01-Jan-2100 00:00:00 GMT", "h", "/", 1000);
    QCOMPARE(jar.cookie(0).expiresMs, 11000);
    jar.store(pool, "b=1; expires=Thu, 01-Jan-70 00:01:00 GMT", "h", "/", 1000);
    QCOMPARE(jar.cookie(1).expiresMs, 60000);
    jar.store(pool, "c=1", "h", "/", 1000);
    QCOMPARE(jar.cookie(2).expiresMs, -1); // a session cookie
}

void tst_CookieJar::hugeMaxAgeSaturates()
{
    CookiePool pool;
    CookieJar jar;
    // Larger than qint64 seconds, and large enough that "* 1000" would overflow: both outlive any
    // simulation instead of wrapping into the past.
    QVERIFY(jar.store(pool, "a=1; max-age=99999999999999999999999", "h", "/", 1000));
    QVERIFY(jar.store(pool, "b=1; max-age=9223372036854775", "h", "/", 1000));
    QVERIFY(jar.store(pool, "c=1; expires=Fri, 01-Jan-2100 00:00:00 GMT; max-age=9223372036854775807", "h",
                      "/", 1000));
    QCOMPARE(jar.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(jar.cookie(i).expiresMs > qint64(1) << 60, qPrintable(QString::number(i)));
    QCOMPARE(jar.header(pool, "h", "/", false, qint64(1) << 50),
             QByteArray("c=1; b=1; a=1")); // newest first, as curl sorts
    // A negative or zero Max-Age removes the cookie, however long the number.
    QVERIFY(jar.store(pool, "a=1; max-age=-99999999999999999999999", "h", "/", 2000));
    QVERIFY(jar.store(pool, "b=1; max-age=0", "h", "/", 2000));
    QCOMPARE(jar.size(), 1);
    // Not a number: the attribute is ignored (a session cookie).
    QVERIFY(jar.store(pool, "d=1; max-age=12abc", "h", "/", 2000));
    QCOMPARE(jar.cookie(1).expiresMs, -1);
}

void tst_CookieJar::defaultPath()
{
    CookiePool pool;
    CookieJar jar;
    jar.store(pool, "a=1", "h", "/shop/cart", 0);
    QCOMPARE(pool.text(jar.cookie(0).path), QByteArray("/shop"));
    QCOMPARE(jar.header(pool, "h", "/shop/other", false, 0), QByteArray("a=1"));
    QCOMPARE(jar.header(pool, "h", "/", false, 0), QByteArray());
}

void tst_CookieJar::domainCookies()
{
    CookiePool pool;
    CookieJar jar;
    QVERIFY(jar.store(pool, "a=1; domain=.Example.com", "cafe.example.com", "/", 0));
    QVERIFY(!jar.cookie(0).hostOnly);
    QCOMPARE(pool.text(jar.cookie(0).domain), QByteArray("example.com"));
    QCOMPARE(jar.header(pool, "tea.example.com", "/", false, 0), QByteArray("a=1"));
    QCOMPARE(jar.header(pool, "example.org", "/", false, 0), QByteArray());
    // The request's host in capitals still gets the cookie; a host-only cookie too.
    QCOMPARE(jar.header(pool, "TEA.Example.COM", "/", false, 0), QByteArray("a=1"));
    QVERIFY(jar.store(pool, "h=2", "Cafe.Example.com", "/", 0));
    QCOMPARE(jar.header(pool, "CAFE.EXAMPLE.COM", "/", false, 0),
             QByteArray("h=2; a=1")); // longer domain first
}

void tst_CookieJar::curlOrder()
{
    // Longest path first, then longest domain, longest name, newest first (curl's cookie_sort).
    CookiePool pool;
    CookieJar jar;
    jar.store(pool, "root=1; path=/", "h.example.com", "/", 0);
    jar.store(pool, "deep=1; path=/a/b", "h.example.com", "/", 0);
    jar.store(pool, "mid=1; path=/a", "h.example.com", "/", 0);
    jar.store(pool, "x=1; path=/; domain=example.com", "h.example.com", "/", 0);
    jar.store(pool, "y=1; path=/", "h.example.com", "/", 0);
    jar.store(pool, "z=1; path=/", "h.example.com", "/", 0);
    QCOMPARE(jar.header(pool, "h.example.com", "/a/b/c", false, 0),
             QByteArray("deep=1; mid=1; root=1; z=1; y=1; x=1"));
}

void tst_CookieJar::secureAndRejected()
{
    CookiePool pool;
    CookieJar jar;
    QVERIFY(jar.store(pool, "s=1; Secure; HttpOnly", "h", "/", 0));
    QVERIFY(jar.cookie(0).secure && jar.cookie(0).httpOnly);
    QCOMPARE(jar.header(pool, "h", "/", false, 0), QByteArray());
    QCOMPARE(jar.header(pool, "h", "/", true, 0), QByteArray("s=1"));
    QVERIFY(!jar.store(pool, "no-equals-sign", "h", "/", 0));
    QVERIFY(!jar.store(pool, "=value", "h", "/", 0));
    QVERIFY(!jar.store(pool, "a=1; domain=other.com", "h.example.com", "/", 0));
    QCOMPARE(jar.size(), 1);
}

void tst_CookieJar::sharedStrings()
{
    // A million jars holding the same cookie share its strings.
    CookiePool pool;
    std::vector<CookieJar> jars(100);
    for (CookieJar &jar : jars)
        jar.store(pool, "cookie-tea=2878e97a4c7a8406b791aa0bd0b2f145; path=/tea", "cafe.example.com", "/tea",
                  0);
    QCOMPARE(pool.size(), 4); // name, value, domain, path
}

QTEST_GUILESS_MAIN(tst_CookieJar)
#include "tst_cookiejar.moc"
