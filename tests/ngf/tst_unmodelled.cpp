// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "ngf/graph.h"
#include "ngf/graphbuilder.h"
#include "ngf/unmodelled.h"

#include <QFile>
#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace Qt::StringLiterals;

/**
 * What the NGF model does not act on is said, never silent: a kind NGF watches that Gateway Studio
 * does not model yet, a kind NGF ignores, and a listener an unmodelled route attaches to, each a
 * note of the graph with its resource and field (which `gwstudio status`/`render` print and the
 * problems panel lists).
 */
class tst_Unmodelled : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsNgfWatches();
    void notesNameResourceAndField();
    void modelledDesignHasNoNotes();
};

namespace {

QByteArray cafe()
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void tst_Unmodelled::kindsNgfWatches()
{
    // NGF's own list (internal/controller/state/change_processor.go).
    QVERIFY(Unmodelled::ngfWatches(u"gateway.networking.k8s.io"_s, u"TLSRoute"_s));
    QVERIFY(Unmodelled::ngfWatches(u"gateway.networking.k8s.io"_s, u"ListenerSet"_s));
    QVERIFY(Unmodelled::ngfWatches(u"gateway.nginx.org"_s, u"ClientSettingsPolicy"_s));
    QVERIFY(Unmodelled::ngfWatches(QString(), u"ConfigMap"_s));
    // Only with NGF's inference extension, which the preview models as off (NGF's default).
    QVERIFY(!Unmodelled::ngfWatches(u"inference.networking.k8s.io"_s, u"InferencePool"_s));
    QVERIFY(!Unmodelled::ngfWatches(u"gateway.networking.k8s.io"_s, u"BackendLBPolicy"_s));
    QVERIFY(!Unmodelled::ngfWatches(u"cert-manager.io"_s, u"Certificate"_s));
    QVERIFY(!Unmodelled::ngfWatches(QString(), u"Pod"_s));
    for (Kind k : {Kind::Gateway, Kind::HTTPRoute, Kind::Service, Kind::Deployment, Kind::ToolDocument,
                   Kind::BackendTLSPolicy, Kind::ConfigMap, Kind::Namespace, Kind::TLSRoute, Kind::TCPRoute,
                   Kind::UDPRoute, Kind::ListenerSet, Kind::WAFPolicy})
        QVERIFY(Unmodelled::isModelled(k));
    QVERIFY(!Unmodelled::isModelled(Kind::Unknown));
}

void tst_Unmodelled::notesNameResourceAndField()
{
    Design design;
    QVERIFY(design
                .addFile(cafe() +
                             "---\napiVersion: example.com/v1\nkind: MeshRoute\n"
                             "metadata: {name: secure}\nspec:\n  parentRefs:\n  - name: gateway\n"
                             "    sectionName: http\n---\n"
                             "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: cafe}\n",
                         u"cafe.yaml"_s)
                .ok);
    const Graph graph = GraphBuilder::build(design, Profile());
    QStringList notes;
    for (const Diagnostic &d : graph.notes) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        notes << d.resource + u" | "_s + d.field + u" | "_s + d.message;
    }
    const QStringList expected {
        u"MeshRoute default/secure | kind | NGINX Gateway Fabric does not act on MeshRoute (example.com/v1): "
        u"it is kept and exported as written"_s,
        u"Gateway default/gateway | spec.listeners[0] | MeshRoute default/secure attaches to listener http, "
        u"but "
        "Gateway Studio does not model MeshRoute: the listener's status and routes leave it out"_s,
        u"Certificate default/cafe | kind | NGINX Gateway Fabric does not act on Certificate "
        u"(cert-manager.io/v1): it "
        "is kept and exported as written"_s,
    };
    QCOMPARE(notes, expected);
}

void tst_Unmodelled::modelledDesignHasNoNotes()
{
    Design design;
    QVERIFY(design.addFile(cafe(), u"cafe.yaml"_s).ok);
    QVERIFY(GraphBuilder::build(design, Profile()).notes.empty());
}

QTEST_GUILESS_MAIN(tst_Unmodelled)
#include "tst_unmodelled.moc"
