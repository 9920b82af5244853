// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/document.h"
#include "yaml/emitter.h"
#include "yaml/scalar.h"
#include "yaml/value.h"

#include <QTest>

#include <cmath>

using namespace gw::yaml;

Q_DECLARE_METATYPE(gw::yaml::ScalarType)
Q_DECLARE_METATYPE(gw::yaml::Value)

/**
 * Scalar typing as kubectl's YAML reader (go-yaml v2) does it, and the Emitter's quoting: a string
 * is written plain only when no common reader could take it for anything else.
 */
class tst_YamlScalar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvePlain_data();
    void resolvePlain();
    void numbers();
    void resolveNode();
    void emitScalar_data();
    void emitScalar();
    void emittedStringsReadBack_data();
    void emittedStringsReadBack();
    void floats();
};

void tst_YamlScalar::resolvePlain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScalarType>("type");
    auto row = [](const char *text, ScalarType type) {
        QTest::newRow(text) << QString::fromUtf8(text) << type;
    };
    // go-yaml v2 resolve.go: the null, bool and special float words of YAML 1.1, exactly these spellings.
    for (const char *w : {"", "~", "null", "Null", "NULL"})
        row(w, ScalarType::Null);
    for (const char *w : {"y", "Y", "yes", "Yes", "YES", "on",  "On",  "ON",  "true",  "True",  "TRUE",
                          "n", "N", "no",  "No",  "NO",  "off", "Off", "OFF", "false", "False", "FALSE"})
        row(w, ScalarType::Bool);
    for (const char *w : {"nULL", "tRUE", "yEs", "nil", "None"})
        row(w, ScalarType::String);
    for (const char *w : {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "-.inf", "-.INF"})
        row(w, ScalarType::Float);
    // Integers: Go's ParseInt with base 0 after removing '_'.
    for (const char *w :
         {"0", "-1", "+1", "0777", "0o17", "0O17", "0x1F", "0X1f", "-0x1F", "0b101", "-0b101", "1_000", "1_",
          "9223372036854775807", "9223372036854775808", "18446744073709551615"})
        row(w, ScalarType::Int);
    // Floats: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$ when ParseInt fails.
    for (const char *w : {"08", "09.5", "1e3", "1E3", "1e+3", "1.5", ".5", "-.5", "+.5", "1.", "1_0.5",
                          "18446744073709551616", "-9223372036854775809", "1e-400"})
        row(w, ScalarType::Float);
    for (const char *w : {".",    "+",     "-",    "1e",     "1e400",      "1.2.3",
                          "0x",   "0b",    "0o",   "_1",     "2025-12-09", "2025-12-09T23:51:52Z",
                          "1:20", "<<",    "=",    "80/tcp", "10m",        "v1",
                          "0x1G", "1,000", "1 000"})
        row(w, ScalarType::String);
}

void tst_YamlScalar::resolvePlain()
{
    QFETCH(QString, text);
    QFETCH(ScalarType, type);
    QCOMPARE(gw::yaml::resolvePlain(text.toStdString()), type);
}

void tst_YamlScalar::numbers()
{
    QCOMPARE(parseInt("0777").value(), 511);
    QCOMPARE(parseInt("0o17").value(), 15);
    QCOMPARE(parseInt("0x1F").value(), 31);
    QCOMPARE(parseInt("-0b101").value(), -5);
    QCOMPARE(parseInt("1_000").value(), 1000);
    QCOMPARE(parseInt("-9223372036854775808").value(), INT64_MIN);
    QVERIFY(!parseInt("9223372036854775808")); // an integer for YAML, but not an int64
    QVERIFY(!parseInt("08"));
    QCOMPARE(parseFloat("08").value(), 8.0);
    QCOMPARE(parseFloat("1e3").value(), 1000.0);
    QCOMPARE(parseFloat("-.inf").value(), -HUGE_VAL);
    QVERIFY(std::isnan(parseFloat(".NaN").value()));
    QVERIFY(!parseFloat("1e400"));
    QCOMPARE(parseBool("Off").value(), false);
    QVERIFY(!parseBool("oFF"));
}

void tst_YamlScalar::resolveNode()
{
    const auto doc =
        Document::parse("a: 80\nb: \"80\"\nc: !!str 80\nd: !!int \"80\"\ne: |\n  80\nf: 'yes'\ng:\nh: ~\n");
    QVERIFY(doc.document);
    auto type = [&](const char *path) { return resolve(*doc.document->find(Path::of(path))); };
    QCOMPARE(type("a"), ScalarType::Int);
    QCOMPARE(type("b"), ScalarType::String);
    QCOMPARE(type("c"), ScalarType::String);
    QCOMPARE(type("d"), ScalarType::Int);
    QCOMPARE(type("e"), ScalarType::String);
    QCOMPARE(type("f"), ScalarType::String);
    QCOMPARE(type("g"), ScalarType::Null);
    QCOMPARE(type("h"), ScalarType::Null);
}

void tst_YamlScalar::emitScalar_data()
{
    QTest::addColumn<Value>("value");
    QTest::addColumn<bool>("flow");
    QTest::addColumn<QString>("text");
    auto row = [](const char *name, Value v, const char *text, bool flow = false) {
        QTest::newRow(name) << v << flow << QString::fromUtf8(text);
    };
    row("hostname", Value("cafe.example.com"), "cafe.example.com");
    row("url", Value("http://a:80/p?q#f"), "http://a:80/p?q#f");
    row("image", Value("nginxdemos/nginx-hello:plain-text"), "nginxdemos/nginx-hello:plain-text");
    row("number string", Value("80"), "\"80\"");
    row("octal string", Value("0777"), "\"0777\"");
    row("float string", Value("1e3"), "\"1e3\"");
    row("go-yaml float", Value("08"), "\"08\"");
    row("bool string", Value("yes"), "\"yes\"");
    row("y", Value("y"), "\"y\"");
    row("null string", Value("null"), "\"null\"");
    row("tilde", Value("~"), "\"~\"");
    row("empty", Value(""), "\"\"");
    row("date", Value("2025-12-09"), "\"2025-12-09\"");
    row("timestamp", Value("2025-12-09T23:51:52Z"), "\"2025-12-09T23:51:52Z\"");
    row("sexagesimal", Value("1:20"), "\"1:20\"");
    row("ip address", Value("10.96.85.116"), "10.96.85.116");
    row("version", Value("1.25.3"), "1.25.3");
    row("ipv6", Value("2001:db8::1"), "2001:db8::1");
    row("port range", Value("8000-9000"), "8000-9000");
    row("word with digits", Value("1a"), "1a");
    row("octal with underscore", Value("0_7"), "\"0_7\"");
    row("yaml 1.2 octal", Value("0o17"), "\"0o17\"");
    row("binary with underscore", Value("0b1_0"), "\"0b1_0\"");
    row("sexagesimal float", Value("1:20.5"), "\"1:20.5\"");
    row("merge key", Value("<<"), "\"<<\"");
    row("value key", Value("="), "\"=\"");
    row("duration", Value("10m"), "10m");
    row("version", Value("v1.2.3"), "v1.2.3");
    row("colon space", Value("a: b"), "\"a: b\"");
    row("trailing colon", Value("a:"), "\"a:\"");
    row("colon inside", Value("a:b"), "a:b");
    row("comment", Value("a #b"), "\"a #b\"");
    row("hash inside", Value("a#b"), "a#b");
    row("leading dash space", Value("- x"), "\"- x\"");
    row("leading dash", Value("-Xmx512m"), "-Xmx512m");
    row("dash alone", Value("-"), "\"-\"");
    row("negative looking", Value("-1"), "\"-1\"");
    row("question", Value("?x"), "\"?x\"");
    row("leading colon", Value(":x"), "\":x\"");
    row("star", Value("*a"), "\"*a\"");
    row("ampersand", Value("&a"), "\"&a\"");
    row("bang", Value("!t"), "\"!t\"");
    row("percent", Value("%x"), "\"%x\"");
    row("at", Value("@x"), "\"@x\"");
    row("backquote", Value("`x"), "\"`x\"");
    row("pipe", Value("|x"), "\"|x\"");
    row("bracket", Value("[a]"), "\"[a]\"");
    row("brace", Value("{a}"), "\"{a}\"");
    row("document marker", Value("---"), "\"---\"");
    row("document end", Value("... x"), "\"... x\"");
    row("quote inside", Value("say \"hi\""), "say \"hi\"");
    row("apostrophe", Value("it's"), "it's");
    row("leading quote", Value("\"q\""), "\"\\\"q\\\"\"");
    row("leading space", Value(" x"), "\" x\"");
    row("trailing space", Value("x "), "\"x \"");
    row("tab", Value("a\tb"), "\"a\\tb\"");
    row("newline", Value("a\nb"), "\"a\\nb\"");
    row("carriage return", Value("a\rb"), "\"a\\rb\"");
    row("backslash", Value("a\\b"), "a\\b");
    row("control",
        Value(std::string("a\x01"
                          "b")),
        "\"a\\x01b\"");
    row("delete", Value(std::string("a\x7f")), "\"a\\x7F\"");
    row("unicode", Value("café ☕ 日本"), "café ☕ 日本");
    row("NEL",
        Value("a\xc2\x85"
              "b"),
        "\"a\\x85b\"");
    row("C1", Value("a\xc2\x9b"), "\"a\\x9B\"");
    row("line separator",
        Value("a\xe2\x80\xa8"
              "b"),
        "\"a\\Lb\"");
    row("paragraph separator",
        Value("a\xe2\x80\xa9"
              "b"),
        "\"a\\Pb\"");
    row("byte order mark",
        Value("\xef\xbb\xbf"
              "a"),
        "\"\\uFEFFa\"");
    row("emoji", Value("\xf0\x9f\x8d\xb5"), "\xf0\x9f\x8d\xb5");
    row("long", Value(std::string(500, 'x')), std::string(500, 'x').c_str());
    row("comma in block", Value("a,b"), "a,b");
    row("comma in flow", Value("a,b"), "\"a,b\"", true);
    row("bracket in flow", Value("a]b"), "\"a]b\"", true);
    row("colon-brace in flow", Value("a:}"), "\"a:}\"", true);
    row("int", Value(80), "80");
    row("negative int", Value(-5), "-5");
    row("int64", Value(std::int64_t(-9007199254740993)), "-9007199254740993");
    row("true", Value(true), "true");
    row("false", Value(false), "false");
    row("null", Value(), "null");
    row("float", Value(1.5), "1.5");
    row("float 0.1", Value(0.1), "0.1");
    row("whole float", Value(100.0), "100.0");
    row("big float", Value(1e20), "1e+20");
    row("nan", Value(std::nan("")), ".nan");
    row("infinity", Value(-HUGE_VAL), "-.inf");
    row("raw number", Value::raw("0x1F"), "0x1F");
    row("raw string", Value::raw("plain text"), "plain text");
    row("raw needs quotes", Value::raw("a: b"), "\"a: b\"");
    row("raw empty", Value::raw(""), "null");
}

void tst_YamlScalar::emitScalar()
{
    QFETCH(Value, value);
    QFETCH(bool, flow);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(Emitter::scalar(value, flow)), text);
}

void tst_YamlScalar::emittedStringsReadBack_data()
{
    QTest::addColumn<QString>("text");
    const char *strings[] = {"80",
                             "yes",
                             "Off",
                             "~",
                             "",
                             " ",
                             "a: b",
                             "- x",
                             "? x",
                             ": x",
                             "# x",
                             "x #y",
                             "[x",
                             "x]",
                             "{x}",
                             "a, b",
                             "'",
                             "\"",
                             "\\",
                             "a\\nb",
                             "a\nb",
                             "a\n\nb\n",
                             "\n",
                             "\t",
                             "it's",
                             "é",
                             "1e3",
                             ".5",
                             "+1",
                             "0o7",
                             "2025-01-01",
                             "---",
                             "...",
                             "--- x",
                             "%YAML",
                             "@",
                             "`",
                             "|",
                             ">",
                             "!",
                             "&",
                             "*",
                             "<<",
                             "=",
                             "a\xe2\x80\xa8"
                             "b",
                             "\xc2\x85",
                             "a\x7f",
                             "tab\tinside",
                             "trailing\\"};
    for (const char *s : strings)
        QTest::addRow("%s", QByteArray(s).toPercentEncoding().constData()) << QString::fromUtf8(s);
}

void tst_YamlScalar::emittedStringsReadBack()
{
    // Written as a value, a key, a flow item and a whole document: always read back as the same string.
    QFETCH(QString, text);
    const std::string s = text.toStdString();
    const Value v(s);
    const std::string yaml = "value: " + Emitter::scalar(v) + "\n" + Emitter::scalar(v) + ": key\nflow: [" +
        Emitter::scalar(v, true) + ", x]\n";
    const auto parsed = Document::parse(yaml);
    QVERIFY2(parsed.document, qPrintable(QString::fromStdString(yaml)));
    const Document &d = *parsed.document;
    QCOMPARE(*Value::fromNode(d, d.find(Path().key("value"))), v);
    QCOMPARE(*Value::fromNode(d, d.find(Path().key(s))), Value("key"));
    QCOMPARE(*Value::fromNode(d, d.find(Path::of("flow[0]"))), v);
    QCOMPARE(resolve(*d.find(Path().key("value"))), ScalarType::String);
}

void tst_YamlScalar::floats()
{
    for (double d : {0.1, 1.0 / 3, 1e-7, 123456789.125, 1e300, -0.0, 5e-324}) {
        const std::string text = Value(d).scalarText();
        QCOMPARE(gw::yaml::resolvePlain(text), ScalarType::Float);
        QCOMPARE(parseFloat(text).value(), d);
    }
}

QTEST_GUILESS_MAIN(tst_YamlScalar)
#include "tst_yamlscalar.moc"
