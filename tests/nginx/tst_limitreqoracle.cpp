// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// limit_req against a real nginx (/usr/sbin/nginx or $GW_NGINX) on loopback: the same configuration runs
// in both; timed requests go to nginx one after the other and each one's status is compared with the
// prediction of the router (the preaccess keys) and LimitReqZones (the buckets) at the time it was sent.
// The gaps (0 ms vs 300 ms and more at 10r/s and 1r/s) are far from the buckets' boundaries, so that
// loopback jitter of a few milliseconds cannot change an outcome. Delayed requests must also arrive about
// as late as predicted.
#include "nginx/limitreqzones.h"
#include "nginx/router.h"
#include "nginxinstance.h"
#include "routertesthelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

const QByteArray limitConf = R"(
upstream up { server 127.0.0.1:@B1@; }
limit_req_zone $binary_remote_addr zone=strict:1m rate=10r/s;
limit_req_zone $http_x_key zone=keyed:1m rate=10r/s;
limit_req_zone $http_x_key zone=slow:1m rate=1r/s;
limit_req_zone $http_x_key zone=perminute:1m rate=30r/m;
server {
    listen 127.0.0.1:@P1@;
    server_name limit.test;
    limit_req zone=strict;
    limit_req_status 429;
    location /strict/ { proxy_pass http://up; }
    location /burst/ { limit_req zone=keyed burst=2 nodelay; proxy_pass http://up; }
    location /delay/ { limit_req zone=keyed burst=2; proxy_pass http://up; }
    location /threshold/ { limit_req zone=keyed burst=3 delay=1; proxy_pass http://up; }
    location /dry/ { limit_req zone=keyed; limit_req_dry_run on; proxy_pass http://up; }
    location /two/ {
        limit_req zone=keyed burst=5 nodelay;
        limit_req zone=slow;
        proxy_pass http://up;
    }
    location /minute/ { limit_req zone=perminute; proxy_pass http://up; }
    location = /ret { return 200 "ok"; }
    location /if/ {
        if ($arg_x) { set $y 1; }
        proxy_pass http://up;
    }
}
server {
    listen 127.0.0.1:@P1@;
    server_name plain.test;
    location / { limit_req zone=keyed; proxy_pass http://up; }
}
)";

struct Step
{
    int sleepMs; ///< before sending
    const char *host;
    const char *target;
    const char *key; ///< X-Key; nullptr: none
};

// Each group uses its own key (or the strict zone's client address), so groups do not interfere.
const Step schedule[] = {
    // 10r/s on the client address, inherited from the server: back to back, then 300 ms later.
    {0, "limit.test", "/strict/a", nullptr},
    {0, "limit.test", "/strict/b", nullptr},
    {0, "limit.test", "/strict/c", nullptr},
    {300, "limit.test", "/strict/d", nullptr},
    {0, "limit.test", "/strict/e", nullptr},
    // An `if` block takes its location's (the server's) limit.
    {300, "limit.test", "/if/?x=1", nullptr},
    {0, "limit.test", "/if/?x=1", nullptr},
    // burst=2 nodelay: three pass at once, the fourth is rejected; 300 ms later the bucket has room.
    {300, "limit.test", "/burst/1", "b1"},
    {0, "limit.test", "/burst/2", "b1"},
    {0, "limit.test", "/burst/3", "b1"},
    {0, "limit.test", "/burst/4", "b1"},
    {300, "limit.test", "/burst/5", "b1"},
    // Without X-Key the location's only limit has an empty key: nothing limits (the server's limit is
    // replaced, not added).
    {0, "limit.test", "/burst/x", nullptr},
    {0, "limit.test", "/burst/x", nullptr},
    {0, "limit.test", "/burst/x", nullptr},
    // burst=2 without nodelay: the second waits about 100 ms.
    {0, "limit.test", "/delay/1", "d1"},
    {0, "limit.test", "/delay/2", "d1"},
    // delay=1 burst=3: the second passes at once, the third waits.
    {300, "limit.test", "/threshold/1", "t1"},
    {0, "limit.test", "/threshold/2", "t1"},
    {0, "limit.test", "/threshold/3", "t1"},
    // Dry run: counted, never rejected.
    {300, "limit.test", "/dry/1", "y1"},
    {0, "limit.test", "/dry/2", "y1"},
    {0, "limit.test", "/dry/3", "y1"},
    // Two limits: the 1r/s one rejects the second at once and 300 ms later; 1.3 s later both pass.
    {0, "limit.test", "/two/1", "w1"},
    {0, "limit.test", "/two/2", "w1"},
    {300, "limit.test", "/two/3", "w1"},
    {1000, "limit.test", "/two/4", "w1"},
    // 30r/m: one request every 2 s.
    {0, "limit.test", "/minute/1", "m1"},
    {300, "limit.test", "/minute/2", "m1"},
    // `return` comes before limit_req.
    {0, "limit.test", "/ret", nullptr},
    {0, "limit.test", "/ret", nullptr},
    // The default limit_req_status is 503.
    {0, "plain.test", "/p/1", "p1"},
    {0, "plain.test", "/p/2", "p1"},
};

QByteArray rawRequest(const Request &r)
{
    QByteArray out = r.method.toUtf8() + ' ' + r.target.toUtf8() + ' ' + r.httpVersion.toUtf8() + "\r\n";
    out += "Host: " + r.host.toUtf8() + "\r\n";
    for (const Header &h : r.headers)
        out += h.name.toUtf8() + ": " + h.value.toUtf8() + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

} // namespace

class tst_LimitReqOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreement();
};

void tst_LimitReqOracle::initTestCase()
{
    QVERIFY2(QFileInfo(NginxInstance::binary()).isExecutable(),
             qPrintable(QStringLiteral("no nginx at %1 (set GW_NGINX)").arg(NginxInstance::binary())));
}

void tst_LimitReqOracle::agreement()
{
    NginxInstance nginx;
    const quint16 port = nginx.port(QStringLiteral("P1"));
    for (const char *b : {"B1", "B2", "B3"})
        nginx.port(QString::fromLatin1(b));
    QMap<QString, QByteArray> files;
    QByteArray main = readData(QStringLiteral("oracle/main.conf"));
    main.replace("@LOAD_MODULE@", "");
    files.insert(QStringLiteral("nginx.conf"), nginx.substitute(main));
    files.insert(QStringLiteral("conf.d/00-backends.conf"),
                 nginx.substitute(readData(QStringLiteral("oracle/backends.conf"))));
    files.insert(QStringLiteral("conf.d/limit.conf"), nginx.substitute(limitConf));
    QDir(nginx.dir()).mkpath(QStringLiteral("conf.d"));
    FileSet set;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        set.insert(nginx.dir() + u'/' + it.key(), it.value());
    RouterOptions options;
    options.nginxVersion = NginxInstance::version();
    const Router router(Config::parse(set, nginx.dir() + QStringLiteral("/nginx.conf")), options);
    QCOMPARE(errors(router), QString());
    QString error;
    QVERIFY2(nginx.start(files, {QStringLiteral("P1"), QStringLiteral("B1")}, &error), qPrintable(error));

    LimitReqZones zones;
    QElapsedTimer clock;
    clock.start();
    QStringList mismatches;
    QMap<QString, int> verdicts;
    int count = 0;
    for (const Step &step : schedule) { // bounded: the schedule's length
        if (step.sleepMs > 0)
            QThread::msleep(ulong(step.sleepMs));
        Request r = get(QLatin1String(step.host), QLatin1String(step.target));
        r.port = port;
        r.serverAddress = QStringLiteral("127.0.0.1");
        if (step.key)
            r.headers.append({QStringLiteral("X-Key"), QLatin1String(step.key)});
        const RouteResult p = router.route(r);
        const qint64 sent = clock.elapsed();
        const HttpResponse a = NginxInstance::exchange(QStringLiteral("127.0.0.1"), port, rawRequest(r));
        const qint64 took = clock.elapsed() - sent;
        ++count;
        int status = p.status ? p.status : 200;
        QString verdict = QStringLiteral("none");
        qint64 delay = 0;
        if (p.limitReq) {
            const LimitReqZones::Outcome o = zones.apply(*p.limitReq, sent);
            verdict = o.variable();
            delay = o.delayMs;
            if (o.status)
                status = o.status;
        }
        ++verdicts[verdict];
        const QString what =
            QStringLiteral("%1 %2 [%3] at %4 ms: predicted %5 %6 (delay %7), nginx %8 after %9 ms")
                .arg(QLatin1String(step.host), QLatin1String(step.target),
                     QLatin1String(step.key ? step.key : ""))
                .arg(sent)
                .arg(status)
                .arg(verdict)
                .arg(delay)
                .arg(a.complete ? a.status : -1)
                .arg(took);
        if (!a.complete || a.status != status) {
            mismatches << what;
            continue;
        }
        // A delayed request arrives about as late as predicted; the others at once.
        if (delay > 0 ? took < delay - 30 || took > delay + 500 : took > 80)
            mismatches << what + QStringLiteral(" (timing)");
    }
    qInfo("%d requests, verdicts: %s", count, qPrintable([&] {
              QStringList l;
              for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it)
                  l << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
              return l.join(QStringLiteral(", "));
          }()));
    for (const QString &m : mismatches)
        qWarning().noquote() << m;
    QCOMPARE(mismatches.size(), 0);
    for (const char *v : {"PASSED", "DELAYED", "REJECTED", "REJECTED_DRY_RUN", "none"})
        QVERIFY2(verdicts.value(QLatin1String(v)) > 0, v);
    nginx.stop();
}

QTEST_GUILESS_MAIN(tst_LimitReqOracle)
#include "tst_limitreqoracle.moc"
