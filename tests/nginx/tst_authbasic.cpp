// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// auth_basic in the router: the password formats of ngx_crypt (vectors from openssl passwd and by hand),
// the Authorization header as ngx_http_auth_basic_user reads it, the user file as the module's state
// machine reads it, and the access phase in the request's phases (inheritance, off, return first, missing
// user files). tst_authbasicoracle checks the same against a real nginx.
#include "nginx/authbasic.h"
#include "nginx/ngxcrypt.h"
#include "routertesthelpers.h"

#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

QString authorization(const QByteArray &userPassword)
{
    return QStringLiteral("Basic ") + QString::fromLatin1(userPassword.toBase64());
}

Request withAuth(const QString &target, const QByteArray &userPassword)
{
    Request r = get(QStringLiteral("example.com"), target);
    r.headers.append({QStringLiteral("Authorization"), authorization(userPassword)});
    return r;
}

Router authRouter(const QByteArray &http, const QMap<QString, QByteArray> &files)
{
    // nginx.conf in /etc/nginx: the conf prefix relative user files are read from.
    FileSet set;
    set.insert(QStringLiteral("/etc/nginx/nginx.conf"),
               "events {}\nhttp {\n    include /etc/nginx/conf.d/http.conf;\n}\n");
    set.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"), http);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        set.insert(it.key(), it.value());
    return Router(Config::parse(set));
}

const QByteArray users =
    "# comment line\n"
    "\n"
    "plain:{PLAIN}secret\n"
    "apr:$apr1$saltsalt$LrttParrLPdxvgutaSXWJ0\n"
    "sha:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=\n"
    "ssha:{SSHA}74L53nwlLqeQf7yzYP9SroC99HZOYUNs\n"
    "sha256:$5$somesalt$BY2M0Tw/b.yijagFoMZoeHEQSuk9iqvGNX/dBDdRp8A\n"
    "sha512:$6$somesalt$JX0Uhce8rLRHbaqoSQDYsnTxsqcjCNNcrl79ieTwPGzEhxBEeJcsgDUWIOwc3sDvZN34ZJBWQep7."
    "lcAuSesy/\n"
    "commented:{PLAIN}pw:a comment after the hash\r\n"
    "crlf:{PLAIN}pw\r\n";

} // namespace

class tst_AuthBasic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crypt_data();
    void crypt();
    void base64_data();
    void base64();
    void credentials_data();
    void credentials();
    void userFile_data();
    void userFile();
    void phases_data();
    void phases();
    void header();
    void compileErrors_data();
    void compileErrors();
};

void tst_AuthBasic::crypt_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<bool>("matches");
    // openssl passwd -apr1 -salt …
    QTest::newRow("apr1") << QByteArray("secret") << QByteArray("$apr1$saltsalt$LrttParrLPdxvgutaSXWJ0")
                          << true;
    QTest::newRow("apr1 wrong") << QByteArray("Secret") << QByteArray("$apr1$saltsalt$LrttParrLPdxvgutaSXWJ0")
                                << false;
    QTest::newRow("apr1 utf-8") << QByteArray("p\xc3\xa4sswörd")
                                << QByteArray("$apr1$ab$J/pyQu7p0O5KCJfor.v6Y/") << true;
    QTest::newRow("apr1 long key") << QByteArray("a-very-long-password-with-more-than-32-bytes")
                                   << QByteArray("$apr1$12345678$aEec4jKZj204l.S67bEJc/") << true;
    QTest::newRow("apr1 empty key") << QByteArray("") << QByteArray("$apr1$x$tMwYqBfQwi3FYAr0aJc8M/") << true;
    QTest::newRow("apr1 salt cut at 8")
        << QByteArray("pw") << QByteArray("$apr1$longersa$JS2Gy2akZisP5SYNxAMwT.") << true;
    // openssl passwd -5 / -6 / -1, through crypt_r
    QTest::newRow("sha256-crypt") << QByteArray("secret")
                                  << QByteArray("$5$somesalt$BY2M0Tw/b.yijagFoMZoeHEQSuk9iqvGNX/dBDdRp8A")
                                  << true;
    QTest::newRow("sha512-crypt")
        << QByteArray("secret")
        << QByteArray(
               "$6$somesalt$JX0Uhce8rLRHbaqoSQDYsnTxsqcjCNNcrl79ieTwPGzEhxBEeJcsgDUWIOwc3sDvZN34ZJBWQep7."
               "lcAuSesy/")
        << true;
    QTest::newRow("sha512-crypt wrong")
        << QByteArray("secreT")
        << QByteArray(
               "$6$somesalt$JX0Uhce8rLRHbaqoSQDYsnTxsqcjCNNcrl79ieTwPGzEhxBEeJcsgDUWIOwc3sDvZN34ZJBWQep7."
               "lcAuSesy/")
        << false;
    QTest::newRow("md5-crypt") << QByteArray("secret") << QByteArray("$1$xy$mkJt1Ht8AivD6sawHd.Cf1") << true;
    // OpenBSD's bcrypt test vector
    QTest::newRow("bcrypt") << QByteArray("U*U")
                            << QByteArray("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
                            << true;
    // printf secret | openssl dgst -sha1 -binary | base64
    QTest::newRow("sha") << QByteArray("secret") << QByteArray("{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=") << true;
    QTest::newRow("sha empty") << QByteArray("") << QByteArray("{SHA}2jmj7l5rSw0yVb/vlWAYkK/YBwk=") << true;
    // base64(SHA-1("pw" "NaCl") "NaCl")
    QTest::newRow("ssha") << QByteArray("pw") << QByteArray("{SSHA}74L53nwlLqeQf7yzYP9SroC99HZOYUNs") << true;
    QTest::newRow("ssha wrong") << QByteArray("px") << QByteArray("{SSHA}74L53nwlLqeQf7yzYP9SroC99HZOYUNs")
                                << false;
    QTest::newRow("plain") << QByteArray("secret") << QByteArray("{PLAIN}secret") << true;
    QTest::newRow("plain case") << QByteArray("Secret") << QByteArray("{PLAIN}secret") << false;
    QTest::newRow("plain nul ends the key")
        << QByteArray("secret\0tail", 11) << QByteArray("{PLAIN}secret") << true;
    QTest::newRow("plain lowercase prefix is crypt") << QByteArray("x") << QByteArray("{plain}x") << false;
    QTest::newRow("unknown scheme") << QByteArray("x") << QByteArray("$9$x") << false;
    QTest::newRow("empty stored") << QByteArray("") << QByteArray("") << false;
}

void tst_AuthBasic::crypt()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, stored);
    QFETCH(bool, matches);
    const std::optional<QByteArray> hash = NgxCrypt::crypt(password, stored);
    QVERIFY(hash.has_value());
    QCOMPARE(*hash == stored, matches);
}

void tst_AuthBasic::base64_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("padded") << QByteArray("dXNlcjpwdw==") << true << QByteArray("user:pw");
    QTest::newRow("unpadded") << QByteArray("dXNlcjpwdw") << true << QByteArray("user:pw");
    QTest::newRow("after '=' ignored") << QByteArray("dXNlcjpwdw=*garbage") << true << QByteArray("user:pw");
    QTest::newRow("4n+1") << QByteArray("dXNlc") << false << QByteArray();
    QTest::newRow("bad byte") << QByteArray("dXN*cjpw") << false << QByteArray();
    QTest::newRow("trailing space") << QByteArray("dXNlcjpwdw== ") << true << QByteArray("user:pw");
    QTest::newRow("inner space") << QByteArray("dXNl cjpw") << false << QByteArray();
    QTest::newRow("url alphabet") << QByteArray("-_8=") << false << QByteArray();
}

void tst_AuthBasic::base64()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const auto d = NgxCrypt::decodeBase64(encoded);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(*d, decoded);
}

void tst_AuthBasic::credentials_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwdw==") << true << QByteArray("user")
                           << QByteArray("pw");
    QTest::newRow("scheme case") << QByteArray("bAsIc dXNlcjpwdw==") << true << QByteArray("user")
                                 << QByteArray("pw");
    QTest::newRow("spaces") << QByteArray("Basic    dXNlcjpwdw==") << true << QByteArray("user")
                            << QByteArray("pw");
    QTest::newRow("tab") << QByteArray("Basic\tdXNlcjpwdw==") << false << QByteArray() << QByteArray();
    QTest::newRow("bearer") << QByteArray("Bearer dXNlcjpwdw==") << false << QByteArray() << QByteArray();
    QTest::newRow("no value") << QByteArray("Basic ") << false << QByteArray() << QByteArray();
    QTest::newRow("no colon") << QByteArray("Basic dXNlcg==") << false << QByteArray() << QByteArray();
    QTest::newRow("empty user") << QByteArray("Basic OnB3") << false << QByteArray() << QByteArray();
    QTest::newRow("empty password") << QByteArray("Basic dXNlcjo=") << true << QByteArray("user")
                                    << QByteArray();
    QTest::newRow("colon in password")
        << QByteArray("Basic dTphOmI=") << true << QByteArray("u") << QByteArray("a:b");
    QTest::newRow("not base64") << QByteArray("Basic ####") << false << QByteArray() << QByteArray();
}

void tst_AuthBasic::credentials()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    const auto c = AuthBasic::credentials(header);
    QCOMPARE(c.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(c->user, user);
    QCOMPARE(c->password, password);
}

void tst_AuthBasic::userFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("hash");
    QTest::newRow("first") << users << QByteArray("plain") << true << QByteArray("{PLAIN}secret");
    QTest::newRow("later") << users << QByteArray("sha") << true
                           << QByteArray("{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=");
    QTest::newRow("prefix of a user") << users << QByteArray("pla") << false << QByteArray();
    QTest::newRow("longer than a user") << users << QByteArray("plainx") << false << QByteArray();
    QTest::newRow("ends at ':'") << users << QByteArray("commented") << true << QByteArray("{PLAIN}pw");
    QTest::newRow("ends at CR") << users << QByteArray("crlf") << true << QByteArray("{PLAIN}pw");
    QTest::newRow("comment is not a user") << users << QByteArray("# comment line") << false << QByteArray();
    QTest::newRow("no newline at the end")
        << QByteArray("a:{PLAIN}x\nb:{PLAIN}y") << QByteArray("b") << true << QByteArray("{PLAIN}y");
    QTest::newRow("first of two lines wins")
        << QByteArray("a:{PLAIN}x\na:{PLAIN}y\n") << QByteArray("a") << true << QByteArray("{PLAIN}x");
    QTest::newRow("leading space is part of the name")
        << QByteArray(" a:{PLAIN}x\n") << QByteArray("a") << false << QByteArray();
    QTest::newRow("CR line is skipped")
        << QByteArray("\ra:{PLAIN}x\na:{PLAIN}y\n") << QByteArray("a") << true << QByteArray("{PLAIN}y");
    QTest::newRow("no password part") << QByteArray("a\n") << QByteArray("a") << false << QByteArray();
    QTest::newRow("empty hash") << QByteArray("a:\n") << QByteArray("a") << true << QByteArray();
    QTest::newRow("'#' inside a name")
        << QByteArray("a#b:{PLAIN}x\n") << QByteArray("a#b") << true << QByteArray("{PLAIN}x");
    QTest::newRow("hash cut at 2048 bytes") << QByteArray("a:" + QByteArray(3000, 'x') + "\n")
                                            << QByteArray("a") << true << QByteArray(2048, 'x');
}

void tst_AuthBasic::userFile()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, user);
    QFETCH(bool, found);
    QFETCH(QByteArray, hash);
    const AuthBasic::Lookup l = AuthBasic::findUser(file, user);
    QCOMPARE(l.found, found);
    QCOMPARE(l.hash, hash);
}

void tst_AuthBasic::phases_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("credentials"); // empty: no Authorization header
    QTest::addColumn<QString>("expected"); // summary()
    QTest::addColumn<QString>("realm"); // WWW-Authenticate realm, empty: no header
    QTest::newRow("no header") << "/a/x" << QByteArray() << "401"
                               << "Area A";
    QTest::newRow("wrong password") << "/a/x" << QByteArray("plain:nope") << "401"
                                    << "Area A";
    QTest::newRow("unknown user") << "/a/x" << QByteArray("nobody:secret") << "401"
                                  << "Area A";
    QTest::newRow("plain") << "/a/x" << QByteArray("plain:secret") << "proxy up /a/x" << QString();
    QTest::newRow("apr1") << "/a/x" << QByteArray("apr:secret") << "proxy up /a/x" << QString();
    QTest::newRow("sha") << "/a/x" << QByteArray("sha:secret") << "proxy up /a/x" << QString();
    QTest::newRow("ssha") << "/a/x" << QByteArray("ssha:pw") << "proxy up /a/x" << QString();
    QTest::newRow("sha512") << "/a/x" << QByteArray("sha512:secret") << "proxy up /a/x" << QString();
    QTest::newRow("server level inherited") << "/other" << QByteArray() << "401"
                                            << "Server";
    QTest::newRow("server level passes")
        << "/other" << QByteArray("plain:secret") << "proxy up /other" << QString();
    QTest::newRow("off") << "/open/x" << QByteArray() << "proxy up /open/x" << QString();
    QTest::newRow("realm only, file inherited") << "/realm/x" << QByteArray() << "401"
                                                << "Realm only";
    QTest::newRow("realm only passes")
        << "/realm/x" << QByteArray("sha:secret") << "proxy up /realm/x" << QString();
    QTest::newRow("nested off") << "/realm/off/x" << QByteArray() << "proxy up /realm/off/x" << QString();
    QTest::newRow("return before auth") << "/ret" << QByteArray() << "500 gone" << QString();
    QTest::newRow("rewrite into auth") << "/old/x" << QByteArray() << "401"
                                       << "Area A";
    QTest::newRow("if block inherits") << "/a/if" << QByteArray() << "401"
                                       << "Area A";
    QTest::newRow("variable realm") << "/var" << QByteArray() << "401"
                                    << "Zone example.com";
    QTest::newRow("missing file, no header") << "/missing" << QByteArray() << "401"
                                             << "Missing";
    QTest::newRow("missing file") << "/missing" << QByteArray("plain:secret") << "403" << QString();
    QTest::newRow("directory as file") << "/dir" << QByteArray("plain:secret") << "500" << QString();
    QTest::newRow("relative file") << "/relative" << QByteArray("plain:secret") << "proxy up /relative"
                                   << QString();
    QTest::newRow("trailing slash 301 first")
        << "/slash" << QByteArray() << "301 -> http://example.com/slash/" << QString();
    QTest::newRow("static files after auth")
        << "/static/x" << QByteArray("plain:secret") << "static 404" << QString();
}

void tst_AuthBasic::phases()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, credentials);
    QFETCH(QString, expected);
    QFETCH(QString, realm);
    const Router router = authRouter(R"(
upstream up { server 10.0.0.1; }
auth_basic_user_file /etc/nginx/users;
server {
    listen 80;
    server_name example.com;
    auth_basic "Server";
    location / { proxy_pass http://up; }
    location /a/ {
        auth_basic "Area A";
        if ($uri = /a/if) { set $x 1; }
        proxy_pass http://up;
    }
    location /open/ { auth_basic off; proxy_pass http://up; }
    location /realm/ {
        auth_basic "Realm only";
        proxy_pass http://up;
        location /realm/off/ { auth_basic off; proxy_pass http://up; }
    }
    location = /ret { return 500 gone; }
    location /old/ { rewrite ^/old/(.*) /a/$1 last; }
    location = /var { auth_basic "Zone $host"; proxy_pass http://up; }
    location = /missing { auth_basic "Missing"; auth_basic_user_file /etc/nginx/none; proxy_pass http://up; }
    location = /dir { auth_basic_user_file /etc/nginx; proxy_pass http://up; }
    location = /relative { auth_basic_user_file users; proxy_pass http://up; }
    location /slash/ { proxy_pass http://up; }
    location /static/ { }
}
)",
                                     {{QStringLiteral("/etc/nginx/users"), users}});
    QCOMPARE(errors(router), QString());
    const Request r =
        credentials.isEmpty() ? get(QStringLiteral("example.com"), target) : withAuth(target, credentials);
    const RouteResult res = router.route(r);
    QCOMPARE(summary(res), expected);
    QCOMPARE(res.action.wwwAuthenticate,
             realm.isEmpty() ? QString() : QStringLiteral("Basic realm=\"%1\"").arg(realm));
}

void tst_AuthBasic::header()
{
    const Router router = authRouter(R"(
server {
    listen 80;
    location / { auth_basic "R"; auth_basic_user_file /etc/nginx/users; proxy_pass http://10.0.0.1; }
}
)",
                                     {{QStringLiteral("/etc/nginx/users"), users}});
    // A second Authorization header is a 400 ("client sent duplicate header line"), also before 1.23.
    Request two = withAuth(QStringLiteral("/"), "plain:secret");
    two.headers.append({QStringLiteral("Authorization"), authorization("plain:wrong")});
    QCOMPARE(summary(router.route(two)), QStringLiteral("400"));
    const Router old = Router(router.config(), RouterOptions {1022001});
    QCOMPARE(summary(old.route(two)), QStringLiteral("400"));
    // The trace names the module's decision and the directive.
    const RouteResult denied = router.route(get(QStringLiteral("x"), QStringLiteral("/")));
    bool traced = false;
    for (const TraceStep &t : denied.trace) {
        if (t.kind == TraceStep::Kind::Access) {
            traced = true;
            QVERIFY2(t.message.contains(u"no user/password was provided"), qPrintable(t.message));
            QCOMPARE(t.location.line, 4);
        }
    }
    QVERIFY(traced);
    const RouteResult mismatch = router.route(withAuth(QStringLiteral("/"), "plain:wrong"));
    QCOMPARE(mismatch.error, QStringLiteral("user \"plain\": password mismatch"));
}

void tst_AuthBasic::compileErrors_data()
{
    QTest::addColumn<QByteArray>("http");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate realm") << QByteArray("server { location / { auth_basic a; auth_basic b; } }")
                                     << "\"auth_basic\" directive is duplicate";
    QTest::newRow("duplicate file") << QByteArray(
                                           "server { auth_basic_user_file a; auth_basic_user_file b; }")
                                    << "\"auth_basic_user_file\" directive is duplicate";
    QTest::newRow("in if") << QByteArray("server { location / { if ($uri) { auth_basic a; } } }")
                           << "\"auth_basic\" directive is not allowed here";
    QTest::newRow("arguments") << QByteArray("server { auth_basic a b; }")
                               << "invalid number of arguments in \"auth_basic\" directive";
    QTest::newRow("unknown variable")
        << QByteArray("server { auth_basic $nope; }") << "unknown \"nope\" variable";
}

void tst_AuthBasic::compileErrors()
{
    QFETCH(QByteArray, http);
    QFETCH(QString, error);
    const Router router = authRouter(http, {});
    QVERIFY2(errors(router).contains(error), qPrintable(errors(router)));
}

QTEST_GUILESS_MAIN(tst_AuthBasic)
#include "tst_authbasic.moc"
