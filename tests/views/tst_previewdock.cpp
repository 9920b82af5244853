// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"
#include "fakepreviewprovider.h"
#include "testutil.h"
#include "views/common/designselection.h"
#include "views/common/linediff.h"
#include "views/preview/codeview.h"
#include "views/preview/findbar.h"
#include "views/preview/markscrollbar.h"
#include "views/preview/previewsession.h"
#include "views/preview/previewwidget.h"
#include "views/preview/profilebar.h"
#include "views/preview/yamlview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <cstring>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

int lineOf(const PreviewSession &session, const QString &text)
{
    const QStringList lines = session.listing().split(u'\n');
    return int(lines.indexOf(text));
}

/** Clicks on a line of a code view, as a user would. */
void clickLine(CodeView *view, int line)
{
    const QTextBlock block = view->document()->findBlockByNumber(line);
    QTextCursor c(block);
    const QRect r = view->cursorRect(c);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center() + QPoint(20, 0));
}

} // namespace

class tst_PreviewDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineDiff_data();
    void lineDiff();
    void listingAsNginxPrintsIt();
    void debouncesAndMarksChangedLines();
    void profileReachesTheProvider();
    void clickLineSelectsOrigin();
    void selectionMarksLines();
    void selectionBeforePreviewScrollsWhenReady();
    void withoutProviderSaysSo();
    void yamlTabShowsAndEditsDocument();
    void yamlTabRefusesInvalidText();
    void yamlTabWaitsForAHalfTypedKey();
    void yamlTabAutoIndent_data();
    void yamlTabAutoIndent();
    void findBar();
    void nextAndPreviousChange();
    void scrollsToTheFirstChangeAndMarksTheScrollBar();
};

void tst_PreviewDock::lineDiff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QList<int>>("changed");
    QTest::addColumn<QList<int>>("removed");
    const QStringList abc = {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("same") << abc << abc << QList<int>() << QList<int>();
    QTest::newRow("modified") << abc << QStringList {u"a"_s, u"B"_s, u"c"_s} << QList<int> {1}
                              << QList<int>();
    QTest::newRow("inserted") << abc << QStringList {u"a"_s, u"x"_s, u"y"_s, u"b"_s, u"c"_s}
                              << QList<int> {1, 2} << QList<int>();
    QTest::newRow("removed") << abc << QStringList {u"a"_s, u"c"_s} << QList<int>() << QList<int> {1};
    QTest::newRow("appended") << abc << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s} << QList<int> {3}
                              << QList<int>();
    QTest::newRow("moved") << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                           << QStringList {u"b"_s, u"c"_s, u"d"_s, u"a"_s} << QList<int> {3}
                           << QList<int> {0};
    QTest::newRow("from empty") << QStringList() << abc << QList<int> {0, 1, 2} << QList<int>();
}

void tst_PreviewDock::lineDiff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QList<int>, changed);
    QFETCH(QList<int>, removed);
    const LineDiff::Result r = LineDiff::compare(before, after);
    QCOMPARE(QList<int>(r.changed.begin(), r.changed.end()), changed);
    QCOMPARE(QList<int>(r.removedBefore.begin(), r.removedBefore.end()), removed);
}

void tst_PreviewDock::listingAsNginxPrintsIt()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    const QStringList lines = session.listing().split(u'\n');
    QCOMPARE(lines.value(0), u"# configuration file /etc/nginx/nginx.conf:"_s);
    QCOMPARE(lines.value(1), u"events {}"_s);
    QCOMPARE(lines.value(2), u"http {}"_s);
    QCOMPARE(lines.value(3), QString()); // the line feed nginx -T adds after each file
    QCOMPARE(lines.value(4), u"# configuration file /etc/nginx/conf.d/http.conf:"_s);
    QCOMPARE(session.fileStarts(), (std::vector<int> {0, 4}));
    QCOMPARE(session.lineCount(), int(lines.size()));
    // Origins line up with the text.
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");
    const int location = lineOf(session, u"    location /tea {"_s);
    QVERIFY(location > 4);
    QCOMPARE(session.lineOrigin(location).resource, tea->id);
    QCOMPARE(session.lineOrigin(location).field, yaml::Path::of("spec.rules[0].matches[0]"));
    QCOMPARE(session.lineOrigin(0).resource, ResourceId(0));
    const std::vector<int> teaLines = session.linesOf(tea->id);
    QVERIFY(std::find(teaLines.begin(), teaLines.end(), location) != teaLines.end());
    QVERIFY(session.changedLines().empty()); // the first preview has nothing to compare with
}

void tst_PreviewDock::debouncesAndMarksChangedLines()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    auto provider = std::make_unique<test::FakePreviewProvider>();
    auto *fake = provider.get();
    session.setProvider(std::move(provider));
    session.setDelay(30);
    QCOMPARE(fake->calls, 1);
    QSignalSpy updated(&session, &PreviewSession::updated);

    // Typing: three edits in a row regenerate once, after the pause.
    DesignEditor editor(&design);
    const ResourceId tea = test::find(design, Kind::HTTPRoute, "tea")->id;
    const yaml::Path value = yaml::Path::of("spec.rules[0].matches[0].path.value");
    QVERIFY(editor.setField(tea, value, yaml::Value("/t")));
    QVERIFY(editor.setField(tea, value, yaml::Value("/te")));
    QVERIFY(editor.setField(tea, value, yaml::Value("/tee")));
    QCOMPARE(fake->calls, 1);
    QVERIFY(session.isPending());
    QVERIFY(updated.wait(2000));
    QCOMPARE(fake->calls, 2);
    QCOMPARE(design.undoStack()->count(), 1); // and the three keystrokes are one undo step

    const int line = lineOf(session, u"    location /tee {"_s);
    QVERIFY(line > 0);
    QCOMPARE(session.changedLines(), std::vector<int> {line});

    PreviewWidget widget(&session, new DesignSelection(&design, &session));
    QCOMPARE(widget.codeView()->changedLines(), std::vector<int> {line});
    QVERIFY(widget.statusLabel()->text().contains(u"1 line"_s));
}

void tst_PreviewDock::profileReachesTheProvider()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    auto provider = std::make_unique<test::FakePreviewProvider>();
    auto *fake = provider.get();
    session.setProvider(std::move(provider));
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    ProfileBar *bar = widget.profileBar();
    QCOMPARE(bar->versionBox()->count(), 2);
    QCOMPARE(bar->versionBox()->itemData(1).toString(), u"edge"_s);
    QVERIFY(lineOf(session, u"        # sticky"_s) < 0);

    bar->editionBox()->setCurrentIndex(1); // NGINX Plus
    QVERIFY(fake->lastProfile.plus);
    QVERIFY(lineOf(session, u"        # sticky"_s) > 0);
    QCOMPARE(session.changedLines().size(), size_t(1));
    bar->experimentalBox()->setChecked(true);
    QVERIFY(fake->lastProfile.experimental);
    bar->versionBox()->setCurrentIndex(1);
    QCOMPARE(fake->lastProfile.ngfVersion, u"edge"_s);
    QVERIFY(!bar->gatewayBox()->isVisibleTo(&widget)); // one Gateway: nothing to choose
}

void tst_PreviewDock::clickLineSelectsOrigin()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    widget.resize(700, 900);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    const int proxyPass = lineOf(session, u"        proxy_pass http://default_coffee_80;"_s);
    QVERIFY(proxyPass > 0);
    clickLine(widget.codeView(), proxyPass);
    QCOMPARE(selection.resource(), coffee->id);
    QCOMPARE(selection.field(), yaml::Path::of("spec.rules[0].backendRefs[0]"));

    // A line of an upstream server selects the Deployment that runs the Pod.
    const Resource *deployment = test::find(design, Kind::Deployment, "latte");
    QString podIp;
    for (const Pod &pod : design.pods()) {
        if (pod.owner == deployment->id)
            podIp = pod.ip;
    }
    const int server = lineOf(session, u"    server %1:8080;"_s.arg(podIp));
    QVERIFY(server > 0);
    clickLine(widget.codeView(), server);
    QCOMPARE(selection.resource(), deployment->id);

    // Header lines have no origin: the selection stays.
    clickLine(widget.codeView(), 0);
    QCOMPARE(selection.resource(), deployment->id);
}

void tst_PreviewDock::selectionMarksLines()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    widget.resize(700, 200); // small: the marked lines must be scrolled to
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    const Resource *latte = test::find(design, Kind::Service, "latte");
    selection.select(latte->id);
    const std::vector<int> expected = session.linesOf(latte->id);
    // "upstream ... {" and "}", and the proxy_pass line that sends to it (its second source).
    QCOMPARE(expected.size(), size_t(3));
    QCOMPARE(expected.front(), lineOf(session, u"        proxy_pass http://default_latte_80;"_s));
    QCOMPARE(widget.codeView()->markedLines(), expected);
    const int first = widget.codeView()->firstVisibleLine();
    QVERIFY2(first <= expected.front() && expected.front() < first + 12,
             qPrintable(u"first visible %1, marked %2"_s.arg(first).arg(expected.front())));
    selection.clear();
    QVERIFY(widget.codeView()->markedLines().empty());
}

void tst_PreviewDock::selectionBeforePreviewScrollsWhenReady()
{
    // At start-up the selection is made before the first preview exists.
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    widget.resize(700, 200);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const Resource *latte = test::find(design, Kind::Service, "latte");
    selection.select(latte->id);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    const std::vector<int> lines = session.linesOf(latte->id);
    QVERIFY(!lines.empty());
    QCOMPARE(widget.codeView()->markedLines(), lines);
    const int first = widget.codeView()->firstVisibleLine();
    QVERIFY(first <= lines.front() && lines.front() < first + 12);
    // Later regenerations leave the scroll position alone.
    widget.codeView()->goToLine(0);
    session.regenerate();
    QCOMPARE(widget.codeView()->firstVisibleLine(), 0);
}

void tst_PreviewDock::withoutProviderSaysSo()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    QVERIFY(session.listing().isEmpty());
    QVERIFY(widget.statusLabel()->text().contains(u"no NGF engine"_s));
    QVERIFY(!widget.profileBar()->versionBox()->isEnabled());
}

void tst_PreviewDock::yamlTabShowsAndEditsDocument()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignSelection selection(&design);
    YamlView view(&selection);
    const Resource *tea = test::find(design, Kind::Service, "tea");
    const ResourceId teaId = tea->id;
    selection.select(teaId);
    const std::string text = design.document(tea->document)->yaml->text();
    QCOMPARE(view.codeView()->toPlainText(), QString::fromStdString(text));

    QString edited = QString::fromStdString(text);
    edited.replace(u"port: 80"_s, u"port: 8081"_s);
    view.codeView()->setPlainText(edited);
    QVERIFY(view.isDirty());
    QVERIFY(view.apply());
    QCOMPARE(design.resource(teaId)->as<Service>()->ports.front().port, 8081);
    QCOMPARE(design.undoStack()->undoText(), u"Edit YAML"_s);
    // Undo from elsewhere shows the old text again.
    design.undoStack()->undo();
    QCOMPARE(view.codeView()->toPlainText(), QString::fromStdString(text));
}

void tst_PreviewDock::yamlTabRefusesInvalidText()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    const QByteArray before = design.fileText(0);
    DesignSelection selection(&design);
    YamlView view(&selection);
    const Resource *tea = test::find(design, Kind::Service, "tea");
    selection.select(tea->id);
    QString edited = view.codeView()->toPlainText();
    edited.replace(u"port: 80"_s, u"port: [80"_s);
    view.codeView()->setPlainText(edited);
    QVERIFY(!view.apply());
    QVERIFY(view.isDirty());
    QCOMPARE(design.fileText(0), before);
    QVERIFY(!view.codeView()->errors().empty());
    QVERIFY(view.messageLabel()->text().startsWith(u"Not applied"_s));
    // The user's text stays while they fix it, even when the design changes elsewhere.
    DesignEditor editor(&design);
    QVERIFY(editor.renameResource(test::find(design, Kind::Service, "coffee")->id, u"mocha"_s));
    QCOMPARE(view.codeView()->toPlainText(), edited);
}

void tst_PreviewDock::yamlTabWaitsForAHalfTypedKey()
{
    // "name: gateway" and then a new key begun on the next line reads as the value "gateway s":
    // valid YAML, and a route detached from its Gateway. Such text is not applied.
    Design design;
    QVERIFY(test::loadCafe(design));
    const QByteArray before = design.fileText(0);
    DesignSelection selection(&design);
    YamlView view(&selection);
    selection.select(test::find(design, Kind::HTTPRoute, "tea")->id);
    QString text = view.codeView()->toPlainText();
    const qsizetype at = text.indexOf(u"  - name: gateway\n"_s);
    QVERIFY(at > 0);
    // Indented under the value, the new key's first letter continues it.
    text.insert(at + qsizetype(std::strlen("  - name: gateway\n")), u"      s\n"_s);
    view.codeView()->setPlainText(text);
    QVERIFY(!view.apply());
    QCOMPARE(design.fileText(0), before);
    QCOMPARE(view.codeView()->errors().size(), size_t(1));
    const int line = int(text.left(at).count(u'\n')) + 1;
    QCOMPARE(view.codeView()->errors().front().line, line);
    QVERIFY2(view.messageLabel()->text().startsWith(
                 u"Not applied: \"s\" continues the value above, which would read \"gateway s\""_s),
             qPrintable(view.messageLabel()->text()));
    // Finished as a key, it is applied.
    text.replace(u"      s\n"_s, u"    port: 80\n"_s);
    view.codeView()->setPlainText(text);
    QVERIFY(view.apply());
    QVERIFY(view.codeView()->errors().empty());
}

void tst_PreviewDock::yamlTabAutoIndent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("indent");
    QTest::newRow("same level") << u"  name: tea"_s << u"  "_s;
    QTest::newRow("opens a block") << u"spec:"_s << u"  "_s;
    QTest::newRow("nested block") << u"  rules:"_s << u"    "_s;
    QTest::newRow("list item") << u"  - name: gateway"_s << u"    "_s;
    QTest::newRow("list item opens a block") << u"  - matches:"_s << u"      "_s;
    QTest::newRow("comment after a key") << u"  rules: # the routes"_s << u"    "_s;
    QTest::newRow("block scalar") << u"  description: |"_s << u"    "_s;
}

void tst_PreviewDock::yamlTabAutoIndent()
{
    QFETCH(QString, line);
    QFETCH(QString, indent);
    QCOMPARE(YamlView::indentAfter(line), indent);
}

void tst_PreviewDock::findBar()
{
    CodeView view;
    view.setReadOnly(true);
    view.setPlainText(u"upstream a {\n    server 10.0.0.1;\n}\nupstream b {\n    server 10.0.0.2;\n}\n"_s);
    FindBar bar(&view);
    bar.activate();
    QVERIFY(!bar.isHidden());
    QTest::keyClicks(bar.lineEdit(), u"server"_s);
    QCOMPARE(view.matchCount(), 2);
    QCOMPARE(bar.countLabel()->text(), u"1 of 2"_s);
    QCOMPARE(view.textCursor().blockNumber(), 1);
    QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
    QCOMPARE(view.textCursor().blockNumber(), 4);
    QCOMPARE(bar.countLabel()->text(), u"2 of 2"_s);
    QTest::keyClick(bar.lineEdit(), Qt::Key_Return); // wraps around
    QCOMPARE(view.textCursor().blockNumber(), 1);
    QTest::keyClick(bar.lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view.textCursor().blockNumber(), 4);
    // Every match is highlighted and marked on the scroll bar.
    QCOMPARE(view.markScrollBar()->marks().size(), size_t(2));
    bar.lineEdit()->setText(u"nothing"_s);
    QCOMPARE(bar.countLabel()->text(), u"No matches"_s);
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
    QVERIFY(bar.isHidden());
    QCOMPARE(view.matchCount(), 0);
}

void tst_PreviewDock::nextAndPreviousChange()
{
    CodeView view;
    view.setReadOnly(true);
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines << QString::number(i);
    view.setPlainText(lines.join(u'\n'));
    // Two blocks of changes (3-5, 20) and a removal before 30.
    view.setChangedLines({3, 4, 5, 20}, {30});
    QCOMPARE(view.changeStarts(), (std::vector<int> {3, 20, 30}));
    view.goToLine(0);
    QCOMPARE(view.nextChange(), 3);
    QCOMPARE(view.nextChange(), 20);
    QCOMPARE(view.nextChange(), 30);
    QCOMPARE(view.nextChange(), 3); // around again
    QCOMPARE(view.nextChange(true), 30);
    QCOMPARE(view.nextChange(true), 20);
    view.setChangedLines({});
    QCOMPARE(view.nextChange(), -1);
}

void tst_PreviewDock::scrollsToTheFirstChangeAndMarksTheScrollBar()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    widget.resize(500, 90); // a few lines in view
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    CodeView *view = widget.codeView();
    view->goToLine(0);
    view->verticalScrollBar()->setValue(0);
    QCOMPARE(view->firstVisibleLine(), 0);
    // An edit far down the listing: the view goes to it.
    DesignEditor editor(&design);
    QVERIFY(editor.setField(test::find(design, Kind::HTTPRoute, "latte")->id,
                            yaml::Path::of("spec.rules[0].matches[0].path.value"), yaml::Value("/mocha")));
    session.regenerate();
    const int line = lineOf(session, u"    location /mocha {"_s);
    QVERIFY(line > 3);
    QCOMPARE(view->changeStarts(), std::vector<int> {line});
    QVERIFY2(view->firstVisibleLine() <= line && view->firstVisibleLine() > 0,
             qPrintable(QString::number(view->firstVisibleLine())));
    // The scroll bar marks the change where it is in the whole text.
    const auto &marks = view->markScrollBar()->marks();
    QVERIFY(std::any_of(marks.begin(), marks.end(),
                        [line](const MarkScrollBar::Mark &m) { return m.line == line; }));
    QVERIFY(view->markScrollBar()->markY(line) > view->markScrollBar()->markY(0));
}

QTEST_MAIN(tst_PreviewDock)
#include "tst_previewdock.moc"
