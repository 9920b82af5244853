// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxcheck.h"
#include "nginxtokenizer.h"

#include "core/design.h"
#include "ngf/fielderror.h"
#include "ngf/generator.h"

#include <QSet>
#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

namespace {

// A design with placeholders; one of them receives a Slot whose @V@ is the hostile value.
const char *const base = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gateway
spec:
  gatewayClassName: nginx
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    %LISTENER%
---
apiVersion: v1
kind: Service
metadata:
  name: coffee
spec:
  ports:
  - name: http
    port: 80
    targetPort: 8080
  selector:
    app: coffee
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: coffee-1
  labels:
    kubernetes.io/service-name: coffee
addressType: IPv4
ports:
- name: http
  port: 8080
endpoints:
- addresses: ["10.12.0.10"]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: coffee
spec:
  parentRefs:
  - name: gateway
  hostnames:
  - %HOSTNAME%
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /safe
    backendRefs:
    - name: coffee
      port: 80
  %RULE%
---
apiVersion: gateway.nginx.org/v1alpha1
kind: UpstreamSettingsPolicy
metadata:
  name: coffee
spec:
  targetRefs:
  - group: core
    kind: Service
    name: coffee
  %POLICY%
)";

struct Slot
{
    const char *name;
    const char *placeholder;
    const char *text; ///< @V@ is the hostile value
};

// Every field whose value can reach the generated text.
const Slot fieldSlots[] = {
    {"listener hostname", "%LISTENER%", "hostname: @V@"},
    {"route hostname", "%HOSTNAME%", "@V@"},
    {"exact path", "%RULE%",
     "- matches:\n    - path:\n        type: Exact\n        value: @V@\n    backendRefs:\n    - name: "
     "coffee\n      port: 80"},
    {"prefix path", "%RULE%",
     "- matches:\n    - path:\n        type: PathPrefix\n        value: @V@\n    backendRefs:\n    - name: "
     "coffee\n      port: 80"},
    {"regex path", "%RULE%",
     "- matches:\n    - path:\n        type: RegularExpression\n        value: @V@\n    backendRefs:\n    - "
     "name: coffee\n      port: 80"},
    {"header match name", "%RULE%",
     "- matches:\n    - path:\n        value: /h\n      headers:\n      - name: @V@\n        value: x\n    "
     "backendRefs:\n    - name: coffee\n      port: 80"},
    {"header match value", "%RULE%",
     "- matches:\n    - path:\n        value: /h\n      headers:\n      - name: X-H\n        value: @V@\n    "
     "backendRefs:\n    - name: coffee\n      port: 80"},
    {"query name", "%RULE%",
     "- matches:\n    - path:\n        value: /q\n      queryParams:\n      - name: @V@\n        value: x\n  "
     "  backendRefs:\n    - name: coffee\n      port: 80"},
    {"query value", "%RULE%",
     "- matches:\n    - path:\n        value: /q\n      queryParams:\n      - name: q\n        value: @V@\n  "
     "  backendRefs:\n    - name: coffee\n      port: 80"},
    {"method", "%RULE%",
     "- matches:\n    - path:\n        value: /m\n      method: @V@\n    backendRefs:\n    - name: coffee\n  "
     "    port: 80"},
    {"request header name", "%RULE%",
     "- matches:\n    - path:\n        value: /f\n    filters:\n    - type: RequestHeaderModifier\n      "
     "requestHeaderModifier:\n        set:\n        - name: @V@\n          value: x\n    backendRefs:\n    - "
     "name: coffee\n      port: 80"},
    {"request header value", "%RULE%",
     "- matches:\n    - path:\n        value: /f\n    filters:\n    - type: RequestHeaderModifier\n      "
     "requestHeaderModifier:\n        add:\n        - name: X-A\n          value: @V@\n    backendRefs:\n    "
     "- name: coffee\n      port: 80"},
    {"removed header", "%RULE%",
     "- matches:\n    - path:\n        value: /f\n    filters:\n    - type: RequestHeaderModifier\n      "
     "requestHeaderModifier:\n        remove: [@V@]\n    backendRefs:\n    - name: coffee\n      port: 80"},
    {"response header value", "%RULE%",
     "- matches:\n    - path:\n        value: /f\n    filters:\n    - type: ResponseHeaderModifier\n      "
     "responseHeaderModifier:\n        set:\n        - name: X-R\n          value: @V@\n    backendRefs:\n   "
     " - name: coffee\n      port: 80"},
    {"redirect hostname", "%RULE%",
     "- matches:\n    - path:\n        value: /r\n    filters:\n    - type: RequestRedirect\n      "
     "requestRedirect:\n        hostname: @V@"},
    {"redirect path", "%RULE%",
     "- matches:\n    - path:\n        value: /r\n    filters:\n    - type: RequestRedirect\n      "
     "requestRedirect:\n        path:\n          type: ReplaceFullPath\n          replaceFullPath: @V@"},
    {"redirect scheme", "%RULE%",
     "- matches:\n    - path:\n        value: /r\n    filters:\n    - type: RequestRedirect\n      "
     "requestRedirect:\n        scheme: @V@"},
    {"rewrite hostname", "%RULE%",
     "- matches:\n    - path:\n        value: /w\n    filters:\n    - type: URLRewrite\n      urlRewrite:\n  "
     "      hostname: @V@\n    backendRefs:\n    - name: coffee\n      port: 80"},
    {"rewrite prefix", "%RULE%",
     "- matches:\n    - path:\n        value: /w\n    filters:\n    - type: URLRewrite\n      urlRewrite:\n  "
     "      path:\n          type: ReplacePrefixMatch\n          replacePrefixMatch: @V@\n    backendRefs:\n "
     "   - name: coffee\n      port: 80"},
    {"session name", "%RULE%",
     "- matches:\n    - path:\n        value: /s\n    backendRefs:\n    - name: coffee\n      port: 80\n    "
     "sessionPersistence:\n      sessionName: @V@"},
    {"absolute timeout", "%RULE%",
     "- matches:\n    - path:\n        value: /s\n    backendRefs:\n    - name: coffee\n      port: 80\n    "
     "sessionPersistence:\n      absoluteTimeout: @V@"},
    {"backend name", "%RULE%",
     "- matches:\n    - path:\n        value: /b\n    backendRefs:\n    - name: @V@\n      port: 80"},
    {"zone size", "%POLICY%", "zoneSize: @V@"},
    {"keepalive time", "%POLICY%", "keepAlive:\n    time: @V@"},
    {"hash key", "%POLICY%", "loadBalancingMethod: hash\n  hashMethodKey: @V@"},
    {"balancing method", "%POLICY%", "loadBalancingMethod: @V@"},
};

const QString marker = QStringLiteral("INJECTED");

QStringList hostileValues()
{
    return {QStringLiteral("a\"; return 200 INJECTED; #"),
            QStringLiteral("/x; return 200 INJECTED;"),
            QStringLiteral("/x { return 200 INJECTED; }"),
            QStringLiteral("/x} server { listen 1; return 200 INJECTED; } #"),
            QStringLiteral("/x\n    return 200 INJECTED;\n"),
            QStringLiteral("$request_uri INJECTED"),
            QStringLiteral("x' ; return 200 INJECTED; '"),
            QStringLiteral("#INJECTED"),
            QStringLiteral("/x\\"),
            QStringLiteral("/x\\\"; return 200 INJECTED; \\\""),
            QStringLiteral("\"INJECTED\""),
            QStringLiteral("/") + QString(5000, u'a') + QStringLiteral(";INJECTED"),
            QString(5000, u'b') + QStringLiteral("INJECTED"),
            QStringLiteral("1h; INJECTED"),
            QStringLiteral("$INJECTED"),
            QStringLiteral("ip_hash; server 10.0.0.1:80 INJECTED"),
            QStringLiteral("\u00e9t\u00e9\u202e INJECTED")};
}

QString designText(const Slot &slot, const QString &value)
{
    QString text = QString::fromUtf8(base);
    QString filled = QString::fromUtf8(slot.text);
    filled.replace(QStringLiteral("@V@"), jsonQuote(value)); // a JSON string is a YAML double-quoted scalar
    text.replace(QString::fromUtf8(slot.placeholder), filled);
    text.replace(QStringLiteral("%LISTENER%"), QString());
    text.replace(QStringLiteral("%HOSTNAME%"), QStringLiteral("cafe.example.com"));
    text.replace(QStringLiteral("%RULE%"), QString());
    text.replace(QStringLiteral("%POLICY%"), QStringLiteral("zoneSize: 1m"));
    return text;
}

// Every directive name NGF's http configuration may contain.
const QSet<QString> &knownDirectives()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *d : {"http2",
                              "map",
                              "server",
                              "listen",
                              "location",
                              "access_log",
                              "return",
                              "server_tokens",
                              "js_preload_object",
                              "default_type",
                              "server_name",
                              "status_zone",
                              "proxy_http_version",
                              "proxy_set_header",
                              "proxy_pass",
                              "grpc_set_header",
                              "grpc_pass",
                              "set",
                              "js_content",
                              "internal",
                              "rewrite",
                              "add_header",
                              "proxy_hide_header",
                              "include",
                              "upstream",
                              "zone",
                              "random",
                              "ip_hash",
                              "least_conn",
                              "hash",
                              "least_time",
                              "sticky",
                              "state",
                              "keepalive",
                              "keepalive_requests",
                              "keepalive_time",
                              "keepalive_timeout",
                              "split_clients",
                              "ssl_certificate",
                              "ssl_certificate_key",
                              "ssl_reject_handshake",
                              "if",
                              "hostnames",
                              "default",
                              "~.*",
                              "''",
                              "\"~^(?P<path>[^?]*)(\\?.*)?$\""})
            s.insert(QString::fromLatin1(d));
        return s;
    }();
    return set;
}

} // namespace

/**
 * Hostile values (quotes, `;`, `{`, `}`, newlines, `$`, backslashes, very long strings) in every
 * field that reaches the configuration: the output must still parse as nginx parses it, contain
 * only directives NGF writes, carry the marker only inside quoted arguments or matches.json, and
 * (OSS) pass `nginx -t`.
 */
class tst_Injection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostile_data();
    void hostile();

private:
    std::unique_ptr<NginxCheck> m_check;
};

void tst_Injection::initTestCase()
{
    m_check = std::make_unique<NginxCheck>();
    QVERIFY2(!m_check->nginx().isEmpty(), "no nginx binary (install nginx-light, or set GW_NGINX)");
}

void tst_Injection::hostile_data()
{
    QTest::addColumn<int>("slot");
    QTest::addColumn<QString>("value");
    const QStringList values = hostileValues();
    for (int s = 0; s < int(std::size(fieldSlots)); ++s) {
        for (int v = 0; v < values.size(); ++v)
            QTest::addRow("%s #%d", fieldSlots[s].name, v) << s << values[v];
    }
}

void tst_Injection::hostile()
{
    QFETCH(int, slot);
    QFETCH(QString, value);
    for (const bool plus : {false, true}) {
        Design design;
        const auto loaded =
            design.addFile(designText(fieldSlots[slot], value).toUtf8(), QStringLiteral("hostile.yaml"));
        if (!loaded.ok)
            continue; // not even YAML a cluster would take: nothing to render (kubectl would refuse it too)
        Profile profile;
        profile.plus = plus;
        profile.experimental = true;
        const auto result = Generator::run(design, profile);
        QVERIFY2(result->gatewayIndex >= 0, qPrintable(result->gatewayError));
        for (const GeneratedFile &f : result->files) {
            if (f.path.endsWith(u".json"))
                continue; // JSON-encoded (checked by the njs module at runtime, not by nginx)
            NginxTokenizer tokens;
            QString error;
            QVERIFY2(tokens.parse(f.content, &error), qPrintable(f.path + u": " + error));
            if (!f.path.endsWith(u"/http.conf"))
                continue;
            for (const auto &d : tokens.directives()) {
                const bool inMap = !d.context.isEmpty() && d.context.last() == u"map";
                QVERIFY2(inMap || d.context.endsWith(QStringLiteral("split_clients")) ||
                             knownDirectives().contains(d.name),
                         qPrintable(QStringLiteral("unexpected directive %1").arg(d.name)));
                QVERIFY2(!d.name.contains(marker),
                         qPrintable(QStringLiteral("injected directive %1").arg(d.name)));
                for (const auto &a : d.args) {
                    if (a.text.contains(marker))
                        QVERIFY2(a.quoted,
                                 qPrintable(QStringLiteral("unquoted injected argument of %1: %2")
                                                .arg(d.name, a.text.left(80))));
                }
                if (d.name == u"return" && !d.args.empty())
                    QVERIFY2(d.args.front().text != u"200" || d.context.contains(QStringLiteral("location")),
                             "a return 200 outside a location");
            }
        }
        if (!plus) {
            QString output;
            QVERIFY2(m_check->test(result->files, &output), qPrintable(output));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Injection)
#include "tst_injection.moc"
