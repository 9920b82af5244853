// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "core/designeditor.h"
#include "ngf/preview.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::ngf;

/** The editor's live preview: updates after edits, undo and profile changes, and marks changed lines. */
class tst_Preview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEditsAndUndo();
    void profileChanges();
    void changedLinesDiff();
};

static const char design[] = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gateway
spec:
  gatewayClassName: nginx
  listeners:
  - name: http
    port: 80
    protocol: HTTP
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
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: coffee
spec:
  parentRefs:
  - name: gateway
  hostnames: [cafe.example.com]
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /coffee
    backendRefs:
    - name: coffee
      port: 80
)";

static QStringList httpLines(const Preview &p, const QSet<int> &lines)
{
    const GeneratedFile *f = p.result()->file(QStringLiteral("/etc/nginx/conf.d/http.conf"));
    QStringList out;
    for (int l = 0; l < f->lineCount(); ++l) {
        if (lines.contains(l))
            out << f->line(l).trimmed();
    }
    return out;
}

void tst_Preview::followsEditsAndUndo()
{
    Design d;
    QVERIFY(d.addFile(QByteArray(design), QStringLiteral("cafe.yaml")).ok);
    Preview preview(&d);
    QSignalSpy spy(&preview, &Preview::resultChanged);
    QVERIFY(preview.result()->nginxT().contains(QStringLiteral("location /coffee/ {")));

    DesignEditor editor(&d);
    const Resource *route = d.find(Kind::HTTPRoute, QStringLiteral("default"), QStringLiteral("coffee"));
    QVERIFY(editor.setField(route->id, yaml::Path::of("spec.rules[0].matches[0].path.value"),
                            yaml::Value("/espresso")));
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
    const QString text = preview.result()->nginxT();
    QVERIFY(text.contains(QStringLiteral("location /espresso/ {")));
    QVERIFY(!text.contains(QStringLiteral("location /coffee/ {")));
    const QStringList changed =
        httpLines(preview, preview.changedLines(QStringLiteral("/etc/nginx/conf.d/http.conf")));
    QCOMPARE(
        changed,
        QStringList({QStringLiteral("location /espresso/ {"), QStringLiteral("location = /espresso {")}));

    d.undoStack()->undo();
    QVERIFY(spy.wait(1000));
    QVERIFY(preview.result()->nginxT().contains(QStringLiteral("location /coffee/ {")));
}

void tst_Preview::profileChanges()
{
    Design d;
    QVERIFY(d.addFile(QByteArray(design), QStringLiteral("cafe.yaml")).ok);
    Preview preview(&d);
    QSignalSpy spy(&preview, &Preview::resultChanged);
    Profile p;
    preview.setProfile(p); // unchanged: nothing happens
    QVERIFY(!spy.wait(100));
    p.version = NgfVersion::edge();
    p.plus = true;
    preview.setProfile(p);
    preview.setProfile(p);
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1); // coalesced
    QVERIFY(preview.result()->nginxT().contains(QStringLiteral("zone default_coffee_80 1m;")));
    QVERIFY(!preview.result()->nginxT().contains(QStringLiteral("proxy_http_version")));
}

void tst_Preview::changedLinesDiff()
{
    const auto split = [](const char *s) { return QString::fromLatin1(s).split(u' '); };
    QCOMPARE(Preview::changedLines(split("a b c d"), split("a b c d")), QSet<int>());
    QCOMPARE(Preview::changedLines(split("a b c d"), split("a x c d")), QSet<int>({1}));
    QCOMPARE(Preview::changedLines(split("a b c d"), split("a b y z c d")), QSet<int>({2, 3}));
    QCOMPARE(Preview::changedLines(split("a b c d"), split("a d")), QSet<int>());
    QCOMPARE(Preview::changedLines(split("x y"), split("y x")), QSet<int>({1}));
}

QTEST_GUILESS_MAIN(tst_Preview)
#include "tst_preview.moc"
