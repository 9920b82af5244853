// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The session persistence walk-through, driven through the main window: paste the guide's
// manifests, read the upstreams it shows in the preview, switch to NGINX Plus with experimental
// features, follow lines to their resources, edit in a form, undo, save.
#include "../views/testutil.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/editactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/ngfpreviewprovider.h"
#include "i18n/languagemanager.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/forms/fieldbinding.h"
#include "views/forms/propertiesview.h"
#include "views/forms/resourceform.h"
#include "views/preview/codeview.h"
#include "views/preview/previewsession.h"
#include "views/preview/previewwidget.h"
#include "views/preview/profilebar.h"
#include "views/problems/problemsmodel.h"
#include "views/problems/problemsview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

QStringList lines(const PreviewSession &session)
{
    return session.listing().split(u'\n');
}

/** The lines of the upstream block \a name, without its braces. */
QStringList upstream(const PreviewSession &session, const QString &name)
{
    const QStringList all = lines(session);
    const qsizetype start = all.indexOf(u"upstream "_s + name + u" {"_s);
    QStringList body;
    if (start < 0)
        return body;
    for (qsizetype i = start + 1; i < all.size() && all[i].trimmed() != u"}"; ++i)
        body << all[i].trimmed();
    return body;
}

int lineOf(const PreviewSession &session, const QString &trimmed)
{
    const QStringList all = lines(session);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].trimmed() == trimmed)
            return int(i);
    }
    return -1;
}

const Resource *find(const Design &d, Kind kind, const char *name)
{
    return d.find(kind, u"default"_s, QString::fromLatin1(name));
}

} // namespace

class tst_GuiWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkthrough();

private:
    LanguageManager m_languages;
};

void tst_GuiWalkthrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the preview profile is remembered: start from the default
    m_languages.install(QLocale(QLocale::English));
}

void tst_GuiWalkthrough::walkthrough()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.setPreviewProvider(std::make_unique<NgfPreviewProvider>());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Design *design = window.design();
    PreviewSession *preview = window.previewSession();

    // 1. Paste the guide as it is: Markdown with `kubectl apply -f - <<EOF` blocks.
    QFile guide(QStringLiteral(GW_SOURCE_DIR "/tests/yaml/data/walkthrough-paste.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(guide.readAll()));
    QVERIFY(window.edits()->paste());
    QCOMPARE(design->undoStack()->count(), 1);
    QVERIFY(design->undoStack()->undoText().startsWith(u"Import "_s));
    for (const char *name : {"coffee", "tea", "latte"}) {
        QVERIFY2(find(*design, Kind::Deployment, name), name);
        QVERIFY2(find(*design, Kind::Service, name), name);
        QVERIFY2(find(*design, Kind::HTTPRoute, name), name);
    }
    QVERIFY(find(*design, Kind::Gateway, "gateway"));
    QVERIFY(find(*design, Kind::UpstreamSettingsPolicy, "lb-method"));
    preview->regenerate();

    // 2. On NGINX OSS (the default): ip_hash on coffee, NGF's default balancer on latte; tea's
    //    sessionPersistence is ignored, and the problems list says so.
    QCOMPARE(upstream(*preview, u"default_coffee_80"_s).value(0), u"ip_hash;"_s);
    QCOMPARE(upstream(*preview, u"default_latte_80"_s).value(0), u"random two least_conn;"_s);
    QVERIFY(lineOf(*preview, u"sticky cookie cookie-tea expires=24h path=/tea;"_s) < 0);
    ProblemsModel *problems = window.problems()->problemsModel();
    QCOMPARE(problems->warningCount(), 1);
    QCOMPARE(problems->problem(0).resource, find(*design, Kind::HTTPRoute, "tea")->id);

    // 3. The profile the guide uses: NGINX Plus with experimental features.
    ProfileBar *bar = window.previewWidget()->profileBar();
    bar->experimentalBox()->setChecked(true);
    bar->editionBox()->setCurrentIndex(1);
    QVERIFY(preview->profile().plus && preview->profile().experimental);
    const QStringList tea = upstream(*preview, u"default_tea_80_tea_default_0"_s);
    QCOMPARE(tea.value(0), u"random two least_conn;"_s);
    QCOMPARE(tea.value(1), u"zone default_tea_80_tea_default_0 1m;"_s);
    QCOMPARE(tea.value(2), u"sticky cookie cookie-tea expires=24h path=/tea;"_s);
    QCOMPARE(tea.value(3), u"state /var/lib/nginx/state/default_tea_80.conf;"_s);
    const QStringList coffee = upstream(*preview, u"default_coffee_80"_s);
    QCOMPARE(coffee.value(0), u"ip_hash;"_s);
    QCOMPARE(coffee.value(1), u"zone default_coffee_80 1m;"_s);
    QCOMPARE(coffee.value(2), u"state /var/lib/nginx/state/default_coffee_80.conf;"_s);
    QCOMPARE(problems->warningCount(), 0);
    QCOMPARE(problems->errorCount(), 0);
    // Switching to Plus changed the tea upstream: its sticky line is marked as changed.
    const int sticky = lineOf(*preview, u"sticky cookie cookie-tea expires=24h path=/tea;"_s);
    QVERIFY(std::find(preview->changedLines().begin(), preview->changedLines().end(), sticky) !=
            preview->changedLines().end());

    // 4. From the preview to the design: the sticky line leads to tea's sessionPersistence, and
    //    the form shows that rule.
    CodeView *code = window.previewWidget()->codeView();
    code->goToLine(sticky);
    QTest::mouseClick(code->viewport(), Qt::LeftButton, {}, code->cursorRect().center() + QPoint(30, 0));
    const Resource *teaRoute = find(*design, Kind::HTTPRoute, "tea");
    QCOMPARE(window.selection()->resource(), teaRoute->id);
    QVERIFY(window.selection()->field().startsWith(yaml::Path::of("spec.rules[0].sessionPersistence")));
    QVERIFY(window.properties()->currentForm()->binding(
        yaml::Path::of("spec.rules[0].sessionPersistence.sessionName")));
    // ... and from the design to the preview: the policy's lines are marked.
    window.selection()->select(find(*design, Kind::UpstreamSettingsPolicy, "lb-method")->id);
    const int ipHash = lineOf(*preview, u"ip_hash;"_s);
    QVERIFY(std::find(code->markedLines().begin(), code->markedLines().end(), ipHash) !=
            code->markedLines().end());

    // 5. The canvas shows each persistence mode on its edge.
    window.topology()->topologyScene()->flush();
    QStringList labels;
    for (const auto &e : window.topology()->topologyScene()->graph().edges())
        labels << e.label;
    QVERIFY(labels.contains(u"weight 1 · ip_hash"_s));
    QVERIFY(labels.contains(u"weight 1 · cookie cookie-tea"_s));
    QVERIFY(labels.contains(u"weight 1 · default"_s));

    // 6. Back on NGINX OSS (whose upstreams list the Pods), scale latte to three replicas in its
    //    form: three servers in its upstream; undo: two, and the text as pasted.
    bar->editionBox()->setCurrentIndex(0);
    const QByteArray pasted = design->exportText();
    auto servers = [&] {
        int n = 0;
        for (const QString &line : upstream(*preview, u"default_latte_80"_s))
            n += line.startsWith(u"server 10.244."_s) ? 1 : 0;
        return n;
    };
    QCOMPARE(servers(), 2);
    window.selection()->select(find(*design, Kind::Deployment, "latte")->id);
    QVERIFY(window.properties()->currentForm()->binding(yaml::Path::of("spec.replicas"))->commit(u"3"_s));
    preview->regenerate();
    QCOMPARE(servers(), 3);
    window.edits()->undoAction()->trigger();
    preview->regenerate();
    QCOMPARE(servers(), 2);
    QCOMPARE(design->exportText(), pasted);

    // 7. Save: the file is what kubectl would get.
    QTemporaryDir dir;
    prompts.saveAnswer = dir.filePath(u"cafe.yaml"_s);
    QVERIFY(window.documents()->save());
    QFile saved(prompts.saveAnswer);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), design->fileText(0));
    QVERIFY(!design->isModified());
}

QTEST_MAIN(tst_GuiWalkthrough)
#include "tst_gui_walkthrough.moc"
