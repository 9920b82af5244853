// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// auth_basic in the router against a real nginx (/usr/sbin/nginx or $GW_NGINX) on loopback: the same
// configuration and user files run in both, and every request (each location × each Authorization
// header) must agree on the status, the WWW-Authenticate header, a closed connection, and for proxied
// requests on reaching the backend.
#include "nginx/router.h"
#include "nginxinstance.h"
#include "routertesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

QByteArray rawRequest(const Request &r)
{
    QByteArray out = r.method.toUtf8() + ' ' + r.target.toUtf8() + ' ' + r.httpVersion.toUtf8() + "\r\n";
    out += "Host: " + r.host.toUtf8() + "\r\n";
    for (const Header &h : r.headers)
        out += h.name.toUtf8() + ": " + h.value.toUtf8() + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

const QByteArray authConf = R"(
upstream up { server 127.0.0.1:@B1@; }
auth_basic_user_file @DIR@/users;
server {
    listen 127.0.0.1:@P1@;
    server_name auth.test;
    auth_basic "Server";
    location / { proxy_pass http://up; }
    location /a/ {
        auth_basic "Area A";
        if ($arg_if) { set $x 1; }
        proxy_pass http://up;
    }
    location /open/ { auth_basic off; proxy_pass http://up; }
    location /realm/ {
        auth_basic "Realm only";
        proxy_pass http://up;
        location /realm/off/ { auth_basic off; proxy_pass http://up; }
    }
    location = /ret { return 500 "gone"; }
    location /old/ { rewrite ^/old/(.*) /a/$1 last; }
    location = /var { auth_basic "Zone $host"; proxy_pass http://up; }
    location = /missing { auth_basic "Missing"; auth_basic_user_file @DIR@/none; proxy_pass http://up; }
    location = /dir { auth_basic_user_file @DIR@/conf.d; proxy_pass http://up; }
    location = /relative { auth_basic_user_file users2; proxy_pass http://up; }
    location /slash/ { proxy_pass http://up; }
    location /static/ { root @DIR@/static; }
    location /coffee/ {
        auth_basic "Restricted coffee";
        auth_basic_user_file @DIR@/secrets/basic_auth_default_basic-auth-users;
        proxy_pass http://up;
    }
}
)";

const QByteArray users =
    "# users for the oracle\n"
    "\n"
    "plain:{PLAIN}secret\n"
    "apr:$apr1$saltsalt$LrttParrLPdxvgutaSXWJ0\n"
    "apr8:$apr1$ab$J/pyQu7p0O5KCJfor.v6Y/\n"
    "sha:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=\n"
    "ssha:{SSHA}74L53nwlLqeQf7yzYP9SroC99HZOYUNs\n"
    "sha256:$5$somesalt$BY2M0Tw/b.yijagFoMZoeHEQSuk9iqvGNX/dBDdRp8A\n"
    "sha512:$6$somesalt$JX0Uhce8rLRHbaqoSQDYsnTxsqcjCNNcrl79ieTwPGzEhxBEeJcsgDUWIOwc3sDvZN34ZJBWQep7."
    "lcAuSesy/\n"
    "md5:$1$xy$mkJt1Ht8AivD6sawHd.Cf1\n"
    "bcrypt:$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW\n"
    "commented:{PLAIN}pw:a comment after the hash\n"
    "\rhidden:{PLAIN}pw\n"
    " spaced:{PLAIN}pw\n"
    "crlf:{PLAIN}pw\r\n"
    "empty:\n"
    "garbage:not-a-hash\n"
    "last:{PLAIN}pw";

QString basic(const QByteArray &userPassword)
{
    return QStringLiteral("Basic ") + QString::fromLatin1(userPassword.toBase64());
}

} // namespace

class tst_AuthBasicOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agreement();
};

void tst_AuthBasicOracle::initTestCase()
{
    QVERIFY2(QFileInfo(NginxInstance::binary()).isExecutable(),
             qPrintable(QStringLiteral("no nginx at %1 (set GW_NGINX)").arg(NginxInstance::binary())));
}

void tst_AuthBasicOracle::agreement()
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
    files.insert(QStringLiteral("conf.d/auth.conf"), nginx.substitute(authConf));
    files.insert(QStringLiteral("users"), users);
    files.insert(QStringLiteral("users2"), "only:{PLAIN}two\n");
    files.insert(QStringLiteral("secrets/basic_auth_default_basic-auth-users"), "user:{PLAIN}password");
    const QDir dir(nginx.dir());
    dir.mkpath(QStringLiteral("conf.d"));
    dir.mkpath(QStringLiteral("secrets"));
    FileSet set;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        set.insert(nginx.dir() + u'/' + it.key(), it.value());
    RouterOptions options;
    options.nginxVersion = NginxInstance::version();
    const Router router(Config::parse(set, nginx.dir() + QStringLiteral("/nginx.conf")), options);
    QCOMPARE(errors(router), QString());
    QString error;
    QVERIFY2(nginx.start(files, {QStringLiteral("P1"), QStringLiteral("B1")}, &error), qPrintable(error));

    const QStringList targets = {
        QStringLiteral("/a/x"),     QStringLiteral("/a/x?if=1"), QStringLiteral("/other"),
        QStringLiteral("/open/x"),  QStringLiteral("/realm/x"),  QStringLiteral("/realm/off/x"),
        QStringLiteral("/ret"),     QStringLiteral("/old/x"),    QStringLiteral("/var"),
        QStringLiteral("/missing"), QStringLiteral("/dir"),      QStringLiteral("/relative"),
        QStringLiteral("/slash"),   QStringLiteral("/static/x"), QStringLiteral("/coffee/x"),
    };
    std::vector<QStringList> headers = {{}}; // each: the Authorization headers of one request
    for (const char *up : {"plain:secret",
                           "apr:secret",
                           "apr8:p\xc3\xa4sswörd",
                           "sha:secret",
                           "ssha:pw",
                           "sha256:secret",
                           "sha512:secret",
                           "md5:secret",
                           "bcrypt:U*U",
                           "commented:pw",
                           "hidden:pw",
                           "spaced:pw",
                           " spaced:pw",
                           "crlf:pw",
                           "empty:",
                           "garbage:not-a-hash",
                           "last:pw",
                           "only:two",
                           "user:password",
                           "plain:wrong",
                           "nobody:secret",
                           "sha:",
                           "plain:secret\n",
                           "#:x"})
        headers.push_back({basic(up)});
    headers.push_back({QStringLiteral("basic ") + basic("plain:secret").mid(6)});
    headers.push_back({QStringLiteral("Basic    ") + basic("plain:secret").mid(6)});
    headers.push_back({basic("plain:secret") + QStringLiteral("=junk")});
    headers.push_back({QStringLiteral("Basic")});
    headers.push_back({QStringLiteral("Basic !!!!")});
    headers.push_back({QStringLiteral("Bearer abc")});
    headers.push_back({QStringLiteral("Basic cGxhaW4")}); // "plain" without a colon
    headers.push_back({basic("plain:secret"), basic("plain:wrong")});
    headers.push_back({basic("plain:wrong"), basic("plain:secret")});

    QStringList mismatches;
    QMap<int, int> statuses;
    int count = 0;
    for (const QString &target : targets) {
        for (const QStringList &auth : headers) {
            Request r = get(QStringLiteral("auth.test"), target);
            r.port = port;
            r.serverAddress = QStringLiteral("127.0.0.1");
            for (const QString &h : auth)
                r.headers.append({QStringLiteral("Authorization"), h});
            ++count;
            const RouteResult p = router.route(r);
            const HttpResponse a = NginxInstance::exchange(QStringLiteral("127.0.0.1"), port, rawRequest(r));
            const QString what =
                QStringLiteral("%1 [%2]: predicted %3 %4, nginx %5 %6")
                    .arg(target, auth.join(QStringLiteral(" | ")), summary(p), p.action.wwwAuthenticate)
                    .arg(a.complete ? a.status : -1)
                    .arg(QString::fromUtf8(a.headers.value("www-authenticate")));
            if (p.action.kind == Action::Kind::Closed) {
                if (a.complete)
                    mismatches << what;
                continue;
            }
            const int status = p.status ? p.status : 200;
            ++statuses[status];
            if (!a.complete || a.status != status ||
                a.headers.value("www-authenticate") != p.action.wwwAuthenticate.toUtf8()) {
                mismatches << what;
                continue;
            }
            if (p.action.kind == Action::Kind::Proxy && !a.body.startsWith("backend="))
                mismatches << what + QStringLiteral(" (not the backend)");
            if (p.action.kind == Action::Kind::Return && !p.action.body.isEmpty() &&
                a.body != p.action.body.toUtf8())
                mismatches << what + QStringLiteral(" (body)");
        }
    }
    QStringList summaryLine;
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        summaryLine << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    qInfo("%d requests: %s", count, qPrintable(summaryLine.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < std::min<qsizetype>(mismatches.size(), 25); ++i)
        qWarning().noquote() << mismatches[i];
    QCOMPARE(mismatches.size(), 0);
    // Every outcome the module has was seen.
    for (int s : {200, 401, 403, 500, 301, 404})
        QVERIFY2(statuses.value(s) > 0, qPrintable(QString::number(s)));
}

QTEST_GUILESS_MAIN(tst_AuthBasicOracle)
#include "tst_authbasicoracle.moc"
