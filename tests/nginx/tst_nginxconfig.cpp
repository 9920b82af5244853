// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/config.h"
#include "nginx/fileset.h"
#include "nginx/tokenizer.h"

#include <QFile>
#include <QTest>

using namespace gw::nginx;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}

QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

QString firstError(const Config &c)
{
    for (const gw::Diagnostic &d : c.diagnostics()) {
        if (d.severity == gw::Diagnostic::Severity::Error)
            return d.toString();
    }
    return {};
}

// "name arg1 arg2" for each directive of a flat list, to compare trees compactly.
QStringList flatten(const std::vector<Directive> &directives, const QString &indent = {})
{
    QStringList out;
    for (const Directive &d : directives) {
        QStringList parts {d.nameText()};
        for (int i = 0; i < d.argCount(); ++i)
            parts << u'[' + d.arg(i) + u']';
        out << indent + parts.join(u' ') + (d.block ? QStringLiteral(" {") : QString());
        if (d.block) {
            out << flatten(d.children, indent + QStringLiteral("  "));
            out << indent + QStringLiteral("}");
        }
    }
    return out;
}

} // namespace

class tst_NginxConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void errors_data();
    void errors();
    void locations();
    void includes();
    void includeErrors();
    void glob_data();
    void glob();
    void listing();
    void listingRoundTrip();
    void ngfListing();
    void upstreams();
    void limits();
};

void tst_NginxConfig::tokens_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("simple") << QByteArray("a b c;") << sl({"a [b] [c]"});
    QTest::newRow("blanks and comments")
        << QByteArray("# head\n  a\tb # not a comment start? yes it is\n;\nc;") << sl({"a [b]", "c"});
    QTest::newRow("hash inside a word") << QByteArray("a b#c;") << sl({"a [b#c]"});
    QTest::newRow("double quotes") << QByteArray("a \"b c\" \"\";") << sl({"a [b c] []"});
    QTest::newRow("single quotes") << QByteArray("a 'b \"c\"';") << sl({"a [b \"c\"]"});
    QTest::newRow("escapes") << QByteArray("a \"x\\\"y\\\\z\\n\\t\\q\";")
                             << QStringList {QStringLiteral("a [x\"y\\z\n\t\\q]")};
    QTest::newRow("escaped blank in a word") << QByteArray("a b\\ c;") << sl({"a [b\\ c]"});
    QTest::newRow("quote in the middle of a word") << QByteArray("a b\"c\";") << sl({"a [b\"c\"]"});
    QTest::newRow("variable braces") << QByteArray("x ${http_x_env} $v { default ''; }")
                                     << sl({"x [${http_x_env}] [$v] {", "  default []", "}"});
    QTest::newRow("brace in a word") << QByteArray("x 200 x};") << sl({"x [200] [x}]"});
    QTest::newRow("if parentheses") << QByteArray("http { server { if ($a = \"b\") { return 1; } } }")
                                    << sl({"http {", "  server {", "    if [($a] [=] [b] [)] {",
                                           "      return [1]", "    }", "  }", "}"});
    QTest::newRow("block") << QByteArray("http { server { listen 80; } }")
                           << sl({"http {", "  server {", "    listen [80]", "  }", "}"});
    QTest::newRow("crlf") << QByteArray("a b;\r\nc;\r\n") << sl({"a [b]", "c"});
    QTest::newRow("semicolon right after quote") << QByteArray("a \"b\";") << sl({"a [b]"});
    QTest::newRow("empty") << QByteArray("") << QStringList {};
    QTest::newRow("utf8") << QByteArray("x 200 \"caf\xc3\xa9\";")
                          << QStringList {QStringLiteral("x [200] [café]")};
}

void tst_NginxConfig::tokens()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const Config c = Config::parseText(input, QStringLiteral("t.conf"));
    QCOMPARE(firstError(c), QString());
    QCOMPARE(flatten(c.directives()), expected);
}

void tst_NginxConfig::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing semicolon at eof")
        << QByteArray("a b")
        << QStringLiteral("t.conf:1:4: unexpected end of file, expecting \";\" or \"}\"");
    QTest::newRow("unterminated quote")
        << QByteArray("a \"b\n\n")
        << QStringLiteral("t.conf:3:1: unexpected end of file, expecting \";\" or \"}\"");
    QTest::newRow("unclosed block") << QByteArray("http {\n  a;\n")
                                    << QStringLiteral("t.conf:3:1: unexpected end of file, expecting \"}\"");
    QTest::newRow("stray close") << QByteArray("a;\n  }") << QStringLiteral("t.conf:2:3: unexpected \"}\"");
    QTest::newRow("close after words")
        << QByteArray("a b }") << QStringLiteral("t.conf:1:5: unexpected \"}\"");
    QTest::newRow("lone semicolon") << QByteArray("a;\n ;") << QStringLiteral("t.conf:2:2: unexpected \";\"");
    QTest::newRow("lone brace") << QByteArray("{ }") << QStringLiteral("t.conf:1:1: unexpected \"{\"");
    QTest::newRow("text after quote")
        << QByteArray("a \"b\"c;") << QStringLiteral("t.conf:1:6: unexpected \"c\"");
    QTest::newRow("block in map") << QByteArray("http { map $a $b { x { } } }")
                                  << QStringLiteral("t.conf:1:22: unexpected \"{\"");
    QTest::newRow("server without block")
        << QByteArray("http {\n server;\n}")
        << QStringLiteral("t.conf:2:2: directive \"server\" has no opening \"{\"");
    QTest::newRow("listen with block")
        << QByteArray("http { server { listen 80 { } } }")
        << QStringLiteral("t.conf:1:17: directive \"listen\" is not terminated by \";\"");
    QTest::newRow("location in http")
        << QByteArray("http {\n  location / { }\n}")
        << QStringLiteral("t.conf:2:3: \"location\" directive is not allowed here");
    QTest::newRow("location arguments")
        << QByteArray("http { server { location = /a /b { } } }")
        << QStringLiteral("t.conf:1:17: invalid number of arguments in \"location\" directive");
    QTest::newRow("too long word") << QByteArray("a ") + QByteArray(5000, 'x') +
            QByteArray(";") << QStringLiteral("t.conf:1:3: too long parameter \"xxxxxxxxxx...\" started");
    QTest::newRow("too long quoted") << QByteArray("a \"") + QByteArray(5000, 'x')
                                     << QStringLiteral("t.conf:1:3: too long parameter, probably missing "
                                                       "terminating \"\"\" character");
}

void tst_NginxConfig::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Config c = Config::parseText(input, QStringLiteral("t.conf"));
    QVERIFY(c.hasErrors());
    QCOMPARE(firstError(c), expected);
}

void tst_NginxConfig::locations()
{
    const QByteArray text = "http {\n"
                            "    server {\n"
                            "        listen 80;  # the port\n"
                            "        location /caf\xc3\xa9/ { return 200 \"x\"; }\n"
                            "    }\n"
                            "}\n";
    const Config c = Config::parseText(text, QStringLiteral("/etc/nginx/nginx.conf"));
    QVERIFY(!c.hasErrors());
    const Directive *http = c.http();
    QVERIFY(http);
    QCOMPARE(http->location.toString(), QStringLiteral("/etc/nginx/nginx.conf:1:1"));
    QCOMPARE(http->offset, 0);
    QCOMPARE(http->endOffset, text.size() - 1);
    const Directive &server = http->children.at(0);
    QCOMPARE(server.location.line, 2);
    QCOMPARE(server.location.column, 5);
    const Directive &listen = server.children.at(0);
    QCOMPARE(listen.argLocation(0).column, 16);
    QCOMPARE(text.mid(listen.offset, listen.endOffset - listen.offset), QByteArray("listen 80;"));
    const Directive &loc = server.children.at(1);
    QCOMPARE(loc.arg(0), QStringLiteral("/café/"));
    // Columns count characters, not bytes: "é" is one column.
    const Directive &ret = loc.children.at(0);
    QCOMPARE(ret.location.column, 27);
    QCOMPARE(ret.argLocation(1).column, 38);
    QCOMPARE(ret.toString(), QStringLiteral("return 200 x;"));
}

void tst_NginxConfig::includes()
{
    FileSet files;
    files.insert(QStringLiteral("/etc/nginx/nginx.conf"),
                 "http {\n    include mime.types;\n    include conf.d/*.conf;\n    server_tokens off;\n}\n");
    files.insert(QStringLiteral("/etc/nginx/mime.types"), "types { text/html html; }\n");
    files.insert(QStringLiteral("/etc/nginx/conf.d/b.conf"), "server { listen 81; }\n");
    files.insert(QStringLiteral("/etc/nginx/conf.d/a.conf"), "server { listen 80; }\n");
    files.insert(QStringLiteral("/etc/nginx/conf.d/.hidden.conf"), "server { listen 99; }\n");
    files.insert(QStringLiteral("/etc/nginx/conf.d/c.json"), "{}\n");
    const Config c = Config::parse(files);
    QCOMPARE(firstError(c), QString());
    QCOMPARE(c.mainFile(), QStringLiteral("/etc/nginx/nginx.conf"));
    QCOMPARE(c.prefix(), QStringLiteral("/etc/nginx/"));
    const QStringList expected =
        sl({"http {", "  types {", "    text/html [html]", "  }", "  server {", "    listen [80]", "  }",
            "  server {", "    listen [81]", "  }", "  server_tokens [off]", "}"});
    QCOMPARE(flatten(c.directives()), expected);
    // Included directives know their own file.
    const Directive &first = c.http()->children.at(1);
    QCOMPARE(first.location.toString(), QStringLiteral("/etc/nginx/conf.d/a.conf:1:1"));
    QCOMPARE(c.http()->children.at(3).location.toString(), QStringLiteral("/etc/nginx/nginx.conf:4:5"));

    // Root::Http: the main file is the content of an http block.
    FileSet one;
    one.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"), "server { listen 80; }\n");
    ParseOptions o;
    o.root = ParseOptions::Root::Http;
    const Config h = Config::parse(one, {}, o);
    QVERIFY(!h.hasErrors());
    QVERIFY(h.http());
    QCOMPARE(h.http()->children.size(), size_t(1));
}

void tst_NginxConfig::includeErrors()
{
    FileSet files;
    files.insert(QStringLiteral("/etc/nginx/nginx.conf"),
                 "http {\n    include /etc/nginx/missing.conf;\n}\n");
    Config c = Config::parse(files);
    QVERIFY(!c.hasErrors());
    QCOMPARE(c.diagnostics().size(), size_t(1));
    QCOMPARE(
        c.diagnostics().front().toString(),
        QStringLiteral("/etc/nginx/nginx.conf:2:5: open() \"/etc/nginx/missing.conf\" failed (2: No such "
                       "file or directory); the include is skipped"));
    ParseOptions strict;
    strict.missingIncludeIsError = true;
    c = Config::parse(files, {}, strict);
    QVERIFY(c.hasErrors());

    // A glob that matches nothing is fine, as in nginx.
    files.insert(QStringLiteral("/etc/nginx/nginx.conf"), "http { include /etc/nginx/none/*.conf; }");
    QVERIFY(Config::parse(files).diagnostics().empty());

    // An error in an included file names that file; a block cannot end in another file.
    files.insert(QStringLiteral("/etc/nginx/nginx.conf"), "http {\n  include /etc/nginx/x.conf;\n}\n");
    files.insert(QStringLiteral("/etc/nginx/x.conf"), "server {\n  listen 80;\n}\n}\n");
    c = Config::parse(files);
    QCOMPARE(firstError(c), QStringLiteral("/etc/nginx/x.conf:4:1: unexpected \"}\""));

    // An include of itself ends with a clear error instead of recursing forever.
    files.insert(QStringLiteral("/etc/nginx/x.conf"), "include /etc/nginx/x.conf;\n");
    c = Config::parse(files);
    QVERIFY(firstError(c).contains(QStringLiteral("includes are nested more than 32 deep")));
}

void tst_NginxConfig::glob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << QStringLiteral("*.conf") << QStringLiteral("http.conf") << true;
    QTest::newRow("star other ext") << QStringLiteral("*.conf") << QStringLiteral("matches.json") << false;
    QTest::newRow("hidden") << QStringLiteral("*.conf") << QStringLiteral(".x.conf") << false;
    QTest::newRow("hidden explicit") << QStringLiteral(".*.conf") << QStringLiteral(".x.conf") << true;
    QTest::newRow("question") << QStringLiteral("a?c") << QStringLiteral("abc") << true;
    QTest::newRow("bracket") << QStringLiteral("[a-c]x") << QStringLiteral("bx") << true;
    QTest::newRow("negated bracket") << QStringLiteral("[!a-c]x") << QStringLiteral("bx") << false;
    QTest::newRow("unclosed bracket literal") << QStringLiteral("[ab") << QStringLiteral("[ab") << true;
    QTest::newRow("escape") << QStringLiteral("a\\*") << QStringLiteral("a*") << true;
    QTest::newRow("many stars") << QStringLiteral("*a*b*c*") << QStringLiteral("xxaxxbxxcxx") << true;
    QTest::newRow("backtracking") << QStringLiteral("*aaaaab") << QString(200, u'a') << false;
}

void tst_NginxConfig::glob()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(FileSet::matchComponent(pattern, name), matches);
}

void tst_NginxConfig::listing()
{
    const QByteArray listing = "nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\r\n"
                               "# configuration file /etc/nginx/nginx.conf:\r\n"
                               "http {\r\n"
                               "    include /etc/nginx/conf.d/*.conf;\r\n"
                               "}\r\n"
                               "\r\n"
                               "# configuration file /etc/nginx/conf.d/http.conf:\r\n"
                               "server { listen 80; }\r\n"
                               "\r\n";
    gw::Diagnostics diags;
    const FileSet files = FileSet::fromListing(listing, &diags, QStringLiteral("nginx-T.txt"));
    QVERIFY(diags.empty());
    QCOMPARE(files.files().size(), size_t(2));
    QCOMPARE(files.files()[0].path, QStringLiteral("/etc/nginx/nginx.conf"));
    QCOMPARE(files.files()[0].content, QByteArray("http {\n    include /etc/nginx/conf.d/*.conf;\n}\n"));
    QCOMPARE(files.files()[0].listingLine, 3);
    QCOMPARE(files.files()[1].content, QByteArray("server { listen 80; }\n"));
    QCOMPARE(files.files()[1].listingLine, 8);
    const Config c = Config::parse(files);
    QVERIFY(!c.hasErrors());
    const Directive &server = c.http()->children.at(0);
    QCOMPARE(server.location.toString(), QStringLiteral("/etc/nginx/conf.d/http.conf:1:1"));
    QCOMPARE(files.listingLocation(server.location, QStringLiteral("nginx-T.txt")).toString(),
             QStringLiteral("nginx-T.txt:8:1"));

    gw::Diagnostics bad;
    QVERIFY(FileSet::fromListing("server { }\n", &bad, QStringLiteral("x.txt")).isEmpty());
    QCOMPARE(bad.size(), size_t(1));
    QVERIFY(
        bad.front().toString().startsWith(QStringLiteral("x.txt:1:1: no \"# configuration file PATH:\"")));
}

void tst_NginxConfig::listingRoundTrip()
{
    FileSet files;
    files.insert(QStringLiteral("/a.conf"), "a;\n");
    files.insert(QStringLiteral("/b.conf"), "b;");
    files.insert(QStringLiteral("/empty.conf"), "");
    const FileSet back = FileSet::fromListing(files.toListing());
    QCOMPARE(back.files().size(), size_t(3));
    QCOMPARE(back.files()[0].content, QByteArray("a;\n"));
    QCOMPARE(back.files()[1].content, QByteArray("b;\n")); // nginx -T adds the missing newline
    QCOMPARE(back.files()[2].content, QByteArray("\n"));
}

void tst_NginxConfig::ngfListing()
{
    gw::Diagnostics diags;
    const FileSet files = FileSet::fromListing(readData(QStringLiteral("ngf/example2-nginx-T.txt")), &diags);
    QVERIFY(diags.empty());
    QCOMPARE(files.files().size(), size_t(6));
    const Config c = Config::parse(files);
    QCOMPARE(firstError(c), QString());
    // mime.types is not part of NGF's output: one warning, nothing else.
    QCOMPARE(c.diagnostics().size(), size_t(1));
    QVERIFY(c.diagnostics().front().message.contains(QStringLiteral("/etc/nginx/mime.types")));
    int servers = 0;
    for (const Directive &d : c.http()->children)
        servers += d.name == "server" ? 1 : 0;
    QCOMPARE(servers, 6); // stub_status, readiness, default, cafe, 503 and 500 sockets
    QVERIFY(findDirective(c.directives(), "stream"));
    QCOMPARE(c.directives().front().toString(), QStringLiteral("load_module modules/ngx_http_js_module.so;"));
}

void tst_NginxConfig::upstreams()
{
    ParseOptions o;
    o.root = ParseOptions::Root::Http;
    FileSet files;
    files.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"),
                 readData(QStringLiteral("ngf/example1-http.conf")));
    const Config c = Config::parse(files, {}, o);
    QVERIFY(!c.hasErrors());
    const std::vector<UpstreamBlock> ups = c.upstreams();
    QCOMPARE(ups.size(), size_t(3));
    QCOMPARE(ups[0].name, QStringLiteral("default_coffee_80"));
    QCOMPARE(ups[0].location.line, 88);
    QStringList directives;
    for (const Directive &d : ups[0].directives)
        directives << d.toString();
    const QStringList expected = sl({"random two least_conn;", "zone default_coffee_80 512k;",
                                     "server 10.12.0.10:8080;", "server 10.12.0.11:8080;", "keepalive 16;"});
    QCOMPARE(directives, expected);
    QCOMPARE(ups[0].directives[2].argLocation(0).toString(),
             QStringLiteral("/etc/nginx/conf.d/http.conf:91:12"));
    const QStringList addresses = sl({"10.12.0.10:8080", "10.12.0.11:8080"});
    QCOMPARE(ups[0].serverAddresses(), addresses);
    QCOMPARE(ups[0].bodyLine, 88);
    QCOMPARE(ups[0].body,
             QStringLiteral("\n    random two least_conn;\n    zone default_coffee_80 512k;\n"
                            "    server 10.12.0.10:8080;\n    server 10.12.0.11:8080;\n    keepalive 16;\n"));
    QCOMPARE(ups[2].name, QStringLiteral("invalid-backend-ref"));
    const QStringList socket = sl({"unix:/var/run/nginx/nginx-500-server.sock"});
    QCOMPARE(ups[2].serverAddresses(), socket);
}

void tst_NginxConfig::limits()
{
    // Deep nesting is refused with a message, not a stack overflow.
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "a {";
    const Config c = Config::parseText(deep, QStringLiteral("t.conf"));
    QVERIFY(firstError(c).contains(QStringLiteral("nested more than 100 deep")));

    ParseOptions o;
    o.maxDirectives = 1000;
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "a;";
    QVERIFY(firstError(Config::parseText(many, QStringLiteral("t.conf"), o))
                .contains(QStringLiteral("more than 1000")));

    // A long line of blanks and words is read in linear time.
    QByteArray wide(4 << 20, ' ');
    for (int i = 0; i < wide.size(); i += 8)
        wide[i] = 'w';
    wide += ';';
    const Config w = Config::parseText(wide, QStringLiteral("t.conf"));
    QCOMPARE(firstError(w), QString());
}

QTEST_GUILESS_MAIN(tst_NginxConfig)
#include "tst_nginxconfig.moc"
