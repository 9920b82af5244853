// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Balancing decisions must not touch the heap. This test counts every malloc of the process
// (glibc: the executable's malloc interposes the C library's for Qt and libstdc++ as well).
#include "simtest.h"

#include <atomic>
#include <cstdlib>

#if defined(__GLIBC__)
namespace {
std::atomic<bool> counting {false};
std::atomic<long> allocations {0};
void count()
{
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void *__libc_memalign(size_t alignment, size_t size);

void *malloc(size_t size)
{
    count();
    return __libc_malloc(size);
}

void *calloc(size_t n, size_t size)
{
    count();
    return __libc_calloc(n, size);
}

void *realloc(void *pointer, size_t size)
{
    count();
    return __libc_realloc(pointer, size);
}

void *memalign(size_t alignment, size_t size)
{
    count();
    return __libc_memalign(alignment, size);
}
}
#endif

using namespace gw::sim;

class tst_HotPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterWorks();
    void noAllocations_data();
    void noAllocations();
};

void tst_HotPath::counterWorks()
{
#if !defined(__GLIBC__)
    QSKIP("counting allocations needs glibc");
#else
    // The counter sees Qt's allocations, so a zero below means something.
    allocations = 0;
    counting = true;
    QByteArray bytes(1000, 'x');
    auto *p = new int(1);
    counting = false;
    delete p;
    QVERIFY(allocations.load() >= 2);
    // An explained selection allocates (its vectors and strings): explanations are off the hot path.
    Balancer b(simtest::upstream(QStringLiteral("ip_hash; server 10.0.0.1; server 10.0.0.2;")));
    const Request r = simtest::request(QStringLiteral("10.0.0.7"));
    RequestState state;
    b.begin(state, r);
    Explanation why;
    allocations = 0;
    counting = true;
    b.select(state, 0, &why);
    counting = false;
    QVERIFY(allocations.load() > 0);
#endif
}

void tst_HotPath::noAllocations_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("peers");
    for (int peers : {3, 100, 2000}) {
        for (const char *m : {"", "least_conn", "ip_hash", "hash $arg_user", "hash $remote_addr consistent",
                              "random", "random two least_conn"})
            QTest::addRow("%s %d", *m ? m : "round robin", peers) << QString::fromLatin1(m) << peers;
    }
}

void tst_HotPath::noAllocations()
{
#if !defined(__GLIBC__)
    QSKIP("counting allocations needs glibc");
#else
    QFETCH(QString, method);
    QFETCH(int, peers);
    QString body = method.isEmpty() ? QString() : method + QStringLiteral(";\n");
    for (int i = 0; i < peers; ++i)
        body += QStringLiteral("server 10.0.%1.%2:8080%3;\n")
                    .arg(i / 250)
                    .arg(i % 250 + 1)
                    .arg(i % 7 == 3 ? QStringLiteral(" down") : QString());
    Balancer b(simtest::upstream(body), 1);
    QVERIFY(b.isValid());
    std::vector<Request> pool;
    for (int i = 0; i < 64; ++i)
        pool.push_back(simtest::request(QStringLiteral("10.1.%1.%2").arg(i % 8).arg(i + 1),
                                        "/tea?user=user" + QByteArray::number(i) + "&x=1"));
    RequestState state;
    qint64 now = 1'767'225'600'000;
    const auto decide = [&](int n, bool failSome) {
        for (int i = 0; i < n; ++i) {
            b.begin(state, pool[size_t(i) % pool.size()]);
            const Selection s = b.select(state, now);
            // Some failures and retries too: the failure accounting and the rehash paths.
            if (failSome && i % 5 == 0 && !s.isBusy()) {
                b.release(state, Outcome::Failure, now);
                b.select(state, now);
            }
            b.release(state, Outcome::Success, now);
            now += 7;
        }
    };
    decide(200, true); // warm up
    allocations = 0;
    counting = true;
    decide(20000, true);
    counting = false;
    QCOMPARE(allocations.load(), 0L);
#endif
}

QTEST_GUILESS_MAIN(tst_HotPath)
#include "tst_hotpath.moc"
