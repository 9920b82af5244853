// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/randomsource.h"
#include "sim/timequeue.h"

#include <QTest>

#include <queue>

using namespace gw::sim;

/** The scenario runner's timer wheel pops exactly what a (time, client) min-heap would. */
class tst_TimeQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameOrderAsAHeap_data();
    void sameOrderAsAHeap();
    void pushIntoTheCurrentMillisecond();
    void farFuture();
};

void tst_TimeQueue::sameOrderAsAHeap_data()
{
    QTest::addColumn<qint64>("spread"); // the largest step ahead of the current time
    QTest::newRow("within the window") << qint64(5000);
    QTest::newRow("beyond the window") << qint64(500000);
    QTest::newRow("same millisecond") << qint64(0);
}

void tst_TimeQueue::sameOrderAsAHeap()
{
    QFETCH(qint64, spread);
    TimeQueue queue;
    std::priority_queue<TimeQueue::Entry, std::vector<TimeQueue::Entry>, std::greater<>> heap;
    RandomSource random(42);
    for (quint32 c = 0; c < 2000; ++c) {
        const qint64 at = spread ? qint64(random.next() % quint32(spread)) : 0;
        queue.push(at, c);
        heap.push({at, c});
    }
    // Pop, and push each client again a little later (as a client's next request).
    for (int i = 0; !heap.empty(); ++i) {
        QVERIFY(!queue.isEmpty());
        const TimeQueue::Entry a = queue.pop();
        const TimeQueue::Entry b = heap.top();
        heap.pop();
        QCOMPARE(a.at, b.at);
        QCOMPARE(a.client, b.client);
        if (i < 15000) {
            const qint64 next = a.at + (spread ? qint64(random.next() % quint32(spread)) : 0);
            queue.push(next, a.client);
            heap.push({next, a.client});
        }
    }
    QVERIFY(queue.isEmpty());
}

void tst_TimeQueue::pushIntoTheCurrentMillisecond()
{
    TimeQueue q;
    q.push(10, 5);
    q.push(10, 1);
    q.push(10, 9);
    QCOMPARE(q.pop().client, 1u);
    q.push(10, 3); // while 10 ms is being popped: still in client order
    q.push(10, 0); // a lower index than one already popped comes next (as a heap would give it)
    QCOMPARE(q.pop().client, 0u);
    QCOMPARE(q.pop().client, 3u);
    QCOMPARE(q.pop().client, 5u);
    QCOMPARE(q.pop().client, 9u);
    QVERIFY(q.isEmpty());
}

void tst_TimeQueue::farFuture()
{
    TimeQueue q;
    q.push(10'000'000'000, 2);
    q.push(5, 1);
    QCOMPARE(q.pop().at, 5);
    const TimeQueue::Entry e = q.pop();
    QCOMPARE(e.at, qint64(10'000'000'000));
    QCOMPARE(e.client, 2u);
}

QTEST_GUILESS_MAIN(tst_TimeQueue)
#include "tst_timequeue.moc"
