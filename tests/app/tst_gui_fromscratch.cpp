// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The walk-through's design built from an empty window through the forms and the canvas only.
#include "../views/testutil.h"
#include "core/design.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/editactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/ngfpreviewprovider.h"
#include "i18n/languagemanager.h"
#include "ngf/generator.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/listmodel.h"
#include "views/forms/propertiesview.h"
#include "views/forms/resourceform.h"
#include "views/forms/routeform.h"
#include "views/forms/ruleeditor.h"
#include "views/forms/sequenceeditor.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetreemodel.h"
#include "views/tree/resourcetreeview.h"

#include <QAction>
#include <QGroupBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;
using yaml::Path;

namespace {

/** The http.conf NGF would write for \a design with the walk-through's profile (edge, Plus, experimental). */
QString httpConf(const Design &design)
{
    ngf::Profile profile =
        NgfPreviewProvider::profile({.ngfVersion = u"edge"_s, .plus = true, .experimental = true});
    const auto result = ngf::Generator::run(design, profile);
    for (const ngf::GeneratedFile &f : result->files) {
        if (f.path == u"/etc/nginx/conf.d/http.conf")
            return f.content;
    }
    return {};
}

} // namespace

/**
 * A new user builds the session persistence walk-through (coffee with ip_hash, tea with a session
 * cookie, latte with the default balancer) from an empty window, with the Add menu, the forms'
 * fields and lists (the + buttons of empty lists included), a rename in the tree and a drag on the
 * canvas — no YAML typed — and gets the configuration NGF generates for the guide's own manifests.
 */
class tst_GuiFromScratch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkthroughFromAnEmptyWindow();

private:
    /** Adds a resource of \a kind with the Add menu and returns its form. */
    ResourceForm *add(Kind kind);
    /** Renames the selected resource in the tree, as F2 and typing do (labels carried along). */
    void rename(const QString &name);
    /** Types \a text into the field bound to \a path of the form shown. */
    void type(const char *path, const QString &text);
    /** Sets a cell of the list at \a path of the form shown, as its editor does. */
    void setCell(const char *path, int row, int column, const QString &text);
    ResourceForm *form() const { return m_window->properties()->currentForm(); }

    LanguageManager m_languages;
    MainWindow *m_window = nullptr;
    test::FakePrompts m_prompts;
};

void tst_GuiFromScratch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages.install(QLocale(QLocale::English));
}

ResourceForm *tst_GuiFromScratch::add(Kind kind)
{
    QAction *action = m_window->edits()->resourceActions()->addAction(kind);
    if (!action)
        return nullptr;
    action->trigger();
    return form();
}

void tst_GuiFromScratch::rename(const QString &name)
{
    ResourceTreeModel *model = m_window->resourceTree()->resourceModel();
    const QModelIndex index = model->indexOf(m_window->selection()->resource());
    QVERIFY(index.isValid());
    QVERIFY(model->setData(index, name, Qt::EditRole));
}

void tst_GuiFromScratch::type(const char *path, const QString &text)
{
    FieldBinding *binding = form()->binding(Path::of(path));
    QVERIFY2(binding, path);
    QVERIFY2(binding->commit(text),
             qPrintable(QString::fromLatin1(path) + u": "_s + form()->context()->lastError()));
}

void tst_GuiFromScratch::setCell(const char *path, int row, int column, const QString &text)
{
    SequenceEditor *list = form()->list(Path::of(path));
    QVERIFY2(list, path);
    ListModel *model = list->model();
    QVERIFY2(model->setData(model->index(row, column), text, Qt::EditRole),
             qPrintable(QString::fromLatin1(path) + u": "_s + model->cellError(model->index(row, column))));
}

void tst_GuiFromScratch::walkthroughFromAnEmptyWindow()
{
    MainWindow window;
    m_window = &window;
    window.setPrompts(&m_prompts);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Design *design = window.design();
    QVERIFY(design->resources().empty());

    // The Gateway: one HTTP listener; its hostname in the listeners table.
    QVERIFY(add(Kind::Gateway));
    setCell("spec.listeners", 0, 3, u"*.example.com"_s);

    // Three Deployments, each with the Service made for it.
    for (const QString &app : {u"coffee"_s, u"tea"_s, u"latte"_s}) {
        QVERIFY(add(Kind::Deployment));
        rename(app); // offers to carry the app label along: yes
        QCOMPARE(m_prompts.carryAsked.isEmpty(), false);
        setCell("spec.template.spec.containers", 0, 0, app);
        QAction *partner = window.edits()->resourceActions()->partnerAction();
        QVERIFY(partner->isEnabled());
        QCOMPARE(partner->text(), u"Add &Service for Deployment "_s + app);
        partner->trigger();
        const Resource *svc = design->find(Kind::Service, u"default"_s, app);
        QVERIFY2(svc, qPrintable(app));
        QCOMPARE(svc->as<Service>()->selector.value(u"app"_s), app);
        QCOMPARE(svc->as<Service>()->ports.front().targetPort->intValue, 8080);
    }

    // The three routes.
    struct Route
    {
        QString name;
        QString type;
        QString path;
    };
    for (const Route &r :
         {Route {u"coffee"_s, u"PathPrefix"_s, u"/coffee"_s}, Route {u"tea"_s, u"Exact"_s, u"/tea"_s},
          Route {u"latte"_s, u"Exact"_s, u"/latte"_s}}) {
        ResourceForm *route = add(Kind::HTTPRoute);
        QVERIFY(route);
        type("metadata.name", r.name);
        setCell("spec.parentRefs", 0, 2, u"http"_s);
        // The + beside the empty Hostnames list adds the first hostname.
        SequenceEditor *hosts = form()->list(Path::of("spec.hostnames"));
        QVERIFY(hosts);
        QCOMPARE(hosts->model()->rowCount(), 0);
        QVERIFY(hosts->addButton()->isEnabled());
        hosts->addButton()->click();
        setCell("spec.hostnames", 0, 0, u"cafe.example.com"_s);
        // The first rule's match (shown under the rules list).
        auto *routeForm = qobject_cast<RouteForm *>(form());
        QVERIFY(routeForm);
        routeForm->rules()->setCurrentRow(0);
        setCell("spec.rules[0].matches", 0, 0, r.type);
        setCell("spec.rules[0].matches", 0, 1, r.path);
        if (r.name == u"tea") {
            QGroupBox *persistence = routeForm->ruleEditor()->sessionPersistence();
            persistence->setChecked(true); // as a click on its check box does
            type("spec.rules[0].sessionPersistence.sessionName", u"cookie-tea"_s);
            type("spec.rules[0].sessionPersistence.absoluteTimeout", u"24h"_s);
            type("spec.rules[0].sessionPersistence.cookieConfig.lifetimeType", u"Permanent"_s);
        }
    }
    // The new routes send to the first Service: tea and latte get theirs on the canvas, by a drag
    // from the rule to the Service, and lose coffee in their form's backends list.
    TopologyScene *scene = window.topology()->topologyScene();
    scene->flush();
    for (const char *name : {"tea", "latte"}) {
        // Ids, not pointers: an edit replaces the resources of its document.
        const ResourceId route = design->find(Kind::HTTPRoute, u"default"_s, QString::fromLatin1(name))->id;
        const ResourceId svc = design->find(Kind::Service, u"default"_s, QString::fromLatin1(name))->id;
        NodeItem *rule = scene->nodeItem(u"rule:"_s + QString::number(route) + u":0"_s);
        NodeItem *target = scene->nodeItem(u"service:"_s + QString::number(svc));
        QVERIFY(rule && target);
        QVERIFY(scene->connectNodes(rule, target));
        scene->flush();
        window.selection()->select(route);
        auto *routeForm = qobject_cast<RouteForm *>(form());
        QVERIFY(routeForm);
        routeForm->rules()->setCurrentRow(0);
        SequenceEditor *backends = routeForm->ruleEditor()->backends();
        QCOMPARE(backends->model()->rowCount(), 2);
        backends->setCurrentRow(0);
        backends->removeButton()->click();
        QCOMPARE(design->resource(route)->as<gw::Route>()->rules[0].backendRefs.front().ref.name,
                 QString::fromLatin1(name));
    }

    // ip_hash for coffee: the new policy targets the first Service with ip_hash already.
    QVERIFY(add(Kind::UpstreamSettingsPolicy));
    type("metadata.name", u"lb-method"_s);

    // Nothing typed as YAML, and the same configuration as the guide's manifests.
    Design guide;
    QVERIFY(test::loadCafe(guide));
    const QString expected = httpConf(guide);
    const QString built = httpConf(*design);
    QVERIFY(!expected.isEmpty());
    if (built != expected) {
        const QStringList a = built.split(u'\n'), b = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i)) {
                qWarning("line %lld: built \"%s\", the guide's \"%s\"", qlonglong(i + 1),
                         qPrintable(a.value(i)), qPrintable(b.value(i)));
                break;
            }
        }
    }
    QCOMPARE(built, expected);
    QVERIFY(built.contains(u"ip_hash;"_s));
    QVERIFY(built.contains(u"sticky cookie cookie-tea expires=24h path=/tea;"_s));
    // Every step was an undo command of the design.
    QVERIFY(design->undoStack()->count() > 20);
}

QTEST_MAIN(tst_GuiFromScratch)
#include "tst_gui_fromscratch.moc"
