// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/scenarioeditor.h"

#include "views/common/icons.h"
#include "views/sim/scenario/populationsmodel.h"
#include "views/sim/scenario/routemixmodel.h"
#include "views/sim/scenario/scenariofieldbinder.h"
#include "views/sim/scenario/scenariostore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw::views {

namespace {

QToolButton *toolButton(const QString &icon, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setIcon(Icons::icon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::SelectedClicked);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

ScenarioEditor::ScenarioEditor(ScenarioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_general(new ScenarioFieldBinder(store, this))
    , m_populationFields(new ScenarioFieldBinder(store, this))
    , m_populations(new PopulationsModel(store, this))
    , m_routes(new RouteMixModel(store, this))
{
    setObjectName(QStringLiteral("scenarioEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 6, 6, 0);
    m_scenarioCombo = new QComboBox(this);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setAccessibleName(tr("Scenario"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Scenario:"), this);
    label->setBuddy(m_scenarioCombo);
    QToolButton *add = toolButton(QStringLiteral("list-add"), tr("New scenario"), this);
    header->addWidget(label);
    header->addWidget(m_scenarioCombo, 1);
    header->addWidget(add);
    layout->addLayout(header);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("scenarioProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setContentsMargins(6, 2, 6, 2);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    layout->addWidget(m_problems);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    auto *body = new QVBoxLayout(m_body);
    body->addWidget(createGeneral());
    body->addWidget(createPopulations());
    body->addWidget(createPopulation());
    body->addStretch(1);
    scroll->setWidget(m_body);
    // The form scrolls vertically only, so it must never be narrower than its widest row (long
    // labels in German): the splitter stops there instead of cutting the fields off.
    scroll->setMinimumWidth(m_body->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(scroll, 1);

    connect(add, &QToolButton::clicked, this, [this] {
        if (!m_store->newScenario())
            Q_EMIT editFailed(m_store->lastError());
    });
    connect(m_scenarioCombo, &QComboBox::activated, this,
            [this](int index) { m_store->setCurrent(m_scenarioCombo->itemData(index).value<DocumentId>()); });
    connect(store, &ScenarioStore::scenariosChanged, this, &ScenarioEditor::updateScenarios);
    connect(store, &ScenarioStore::currentChanged, this, [this] {
        updateScenarios();
        setCurrentPopulation(m_store->count(yaml::Path::of("spec.populations")) > 0 ? 0 : -1);
    });
    connect(store, &ScenarioStore::scenarioChanged, this, [this] {
        m_general->refresh();
        const int populations = m_store->count(yaml::Path::of("spec.populations"));
        if (m_population >= populations)
            setCurrentPopulation(populations - 1);
        else if (m_population < 0 && populations > 0)
            setCurrentPopulation(0);
        else
            m_populationFields->refresh();
        updateProblems();
        updateEnabled();
    });
    for (ScenarioFieldBinder *b : {m_general, m_populationFields})
        connect(b, &ScenarioFieldBinder::editFailed, this, &ScenarioEditor::editFailed);
    connect(m_populations, &PopulationsModel::editFailed, this, &ScenarioEditor::editFailed);
    connect(m_routes, &RouteMixModel::editFailed, this, &ScenarioEditor::editFailed);

    updateScenarios();
    m_general->refresh();
    setCurrentPopulation(m_store->count(yaml::Path::of("spec.populations")) > 0 ? 0 : -1);
    updateProblems();
    updateEnabled();
}

QWidget *ScenarioEditor::createGeneral()
{
    auto *box = new QGroupBox(tr("Scenario"), m_body);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *name = new QLineEdit(box);
    auto *description = new QLineEdit(box);
    auto *duration = new QLineEdit(box);
    duration->setPlaceholderText(tr("until every client is done"));
    auto *seed = new QLineEdit(box);
    seed->setPlaceholderText(QStringLiteral("0"));
    auto *replicas = new QSpinBox(box);
    replicas->setRange(1, 64);
    auto *connection = new QComboBox(box);
    connection->addItem(tr("a replica per request (curl)"), QStringLiteral("request"));
    connection->addItem(tr("a replica per session (browser keep-alive)"), QStringLiteral("session"));
    auto *bucket = new QLineEdit(box);
    bucket->setPlaceholderText(tr("about 200 buckets"));
    auto *record = new QSpinBox(box);
    record->setRange(-1, 1000000);
    record->setSpecialValueText(tr("all"));
    // The ranges ScenarioParser accepts (spec.record, spec.stripClients).
    record->setGroupSeparatorShown(true);
    auto *strip = new QSpinBox(box);
    strip->setRange(0, 100000);
    strip->setGroupSeparatorShown(true);
    auto *version = new QComboBox(box);
    version->setEditable(true);
    version->addItems({QString(), QStringLiteral("edge"), QStringLiteral("2.2.0"), QStringLiteral("2.1.0"),
                       QStringLiteral("2.0.0")});
    version->lineEdit()->setPlaceholderText(tr("the preview's"));
    auto *plus = new QCheckBox(tr("NGINX &Plus"), box);
    auto *experimental = new QCheckBox(tr("E&xperimental features"), box);
    auto *features = new QHBoxLayout;
    features->addWidget(plus);
    features->addWidget(experimental);
    features->addStretch(1);

    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("D&uration:"), duration);
    form->addRow(tr("S&eed:"), seed);
    form->addRow(tr("Gateway &replicas:"), replicas);
    form->addRow(tr("&Connections:"), connection);
    form->addRow(tr("Chart &bucket:"), bucket);
    form->addRow(tr("Recorded re&quests:"), record);
    form->addRow(tr("Clients in the s&trip:"), strip);
    form->addRow(tr("NGF &version:"), version);
    form->addRow(QString(), features);

    m_general->bindText(name, yaml::Path::of("metadata.name"), tr("Rename Scenario"));
    m_general->bindText(description, yaml::Path::of("spec.description"), tr("Change Description"));
    m_general->bindDuration(duration, yaml::Path::of("spec.duration"), tr("Change Duration"));
    m_general->bindNumber(seed, yaml::Path::of("spec.seed"), tr("Change Seed"));
    m_general->bindInt(replicas, yaml::Path::of("spec.gateway.replicas"), 1, tr("Change Gateway Replicas"));
    m_general->bindChoice(connection, yaml::Path::of("spec.gateway.connection"), tr("Change Connections"));
    m_general->bindDuration(bucket, yaml::Path::of("spec.bucket"), tr("Change Chart Bucket"));
    m_general->bindInt(record, yaml::Path::of("spec.record"), 200, tr("Change Recorded Requests"));
    m_general->bindInt(strip, yaml::Path::of("spec.stripClients"), 100, tr("Change Strip Clients"));
    m_general->bindPicker(version, yaml::Path::of("spec.profile.ngfVersion"), tr("Change NGF Version"));
    m_general->bindBool(plus, yaml::Path::of("spec.profile.plus"), false, tr("Change NGINX Plus"));
    m_general->bindBool(experimental, yaml::Path::of("spec.profile.experimental"), false,
                        tr("Change Experimental Features"));
    m_fieldEditors.insert(QStringLiteral("name"), name);
    m_fieldEditors.insert(QStringLiteral("duration"), duration);
    m_fieldEditors.insert(QStringLiteral("seed"), seed);
    m_fieldEditors.insert(QStringLiteral("gateway.replicas"), replicas);
    m_fieldEditors.insert(QStringLiteral("gateway.connection"), connection);
    m_fieldEditors.insert(QStringLiteral("profile.plus"), plus);
    m_fieldEditors.insert(QStringLiteral("record"), record);
    m_fieldEditors.insert(QStringLiteral("stripClients"), strip);
    return box;
}

QWidget *ScenarioEditor::createPopulations()
{
    auto *box = new QGroupBox(tr("Client populations"), m_body);
    auto *layout = new QVBoxLayout(box);
    m_populationsView = makeTable(m_populations, box);
    m_populationsView->setObjectName(QStringLiteral("populationsView"));
    m_populationsView->setItemDelegate(new PopulationsDelegate(m_populationsView));
    m_populationsView->setMinimumHeight(90);
    m_populationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_populationsView->horizontalHeader()->setSectionResizeMode(PopulationsModel::Addresses,
                                                                QHeaderView::Stretch);
    m_populationsView->horizontalHeader()->setStretchLastSection(false);
    m_populationsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_populationsView);
    auto *buttons = new QHBoxLayout;
    QToolButton *add = toolButton(QStringLiteral("list-add"), tr("Add a population"), box);
    QToolButton *remove = toolButton(QStringLiteral("list-remove"), tr("Remove the population"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, [this] {
        if (m_populations->addPopulation())
            setCurrentPopulation(m_populations->rowCount() - 1);
    });
    connect(remove, &QToolButton::clicked, this, [this] { m_populations->removePopulation(m_population); });
    connect(m_populationsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_population)
                    setCurrentPopulation(current.row());
            });
    connect(m_populations, &QAbstractItemModel::modelReset, this, [this] {
        if (m_population >= 0 && m_population < m_populations->rowCount())
            m_populationsView->selectRow(m_population);
    });
    return box;
}

QWidget *ScenarioEditor::createPopulation()
{
    m_populationBox = new QGroupBox(tr("Population"), m_body);
    auto *form = new QFormLayout(m_populationBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ScenarioFieldBinder *b = m_populationFields;
    auto line = [this](const QString &placeholder = {}) {
        auto *e = new QLineEdit(m_populationBox);
        e->setPlaceholderText(placeholder);
        return e;
    };
    auto spin = [this](int min, int max) {
        auto *s = new QSpinBox(m_populationBox);
        s->setRange(min, max);
        s->setGroupSeparatorShown(true);
        return s;
    };
    auto *plan = new QComboBox(m_populationBox);
    plan->addItem(tr("Distinct (a /24 each)"), QStringLiteral("distinct"));
    plan->addItem(tr("Shared /24 subnets"), QStringLiteral("shared24"));
    plan->addItem(tr("Behind NATs"), QStringLiteral("nat"));
    plan->addItem(tr("IPv6"), QStringLiteral("ipv6"));
    QLineEdit *base = line(tr("10.<n>.0.1"));
    QSpinBox *perSubnet = spin(1, 254);
    QSpinBox *groups = spin(0, 10000000);
    groups->setSpecialValueText(tr("from the group size"));
    QSpinBox *groupSize = spin(0, 10000000);
    groupSize->setSpecialValueText(tr("from the groups"));
    QLineEdit *churnEvery = line(tr("never"));
    auto *churnFraction = new QDoubleSpinBox(m_populationBox);
    churnFraction->setRange(0, 1);
    churnFraction->setSingleStep(0.05);
    QLineEdit *proxy = line(tr("none"));
    auto *cookieJar = new QCheckBox(tr("Keeps &cookies"), m_populationBox);
    QLineEdit *start = line(QStringLiteral("0s"));
    QLineEdit *rampUp = line(QStringLiteral("0s"));
    const auto columnSpin = [&spin](int column) {
        const PopulationsModel::Range r = *PopulationsModel::range(column);
        return spin(r.minimum, r.maximum);
    };
    QSpinBox *sessions = columnSpin(PopulationsModel::Sessions);
    QSpinBox *requests = columnSpin(PopulationsModel::Requests);
    QLineEdit *think = line(QStringLiteral("1s"));
    auto *jitter = new QDoubleSpinBox(m_populationBox);
    jitter->setRange(0, 1);
    jitter->setSingleStep(0.05);
    QLineEdit *gap = line(QStringLiteral("60s"));
    auto *choice = new QComboBox(m_populationBox);
    choice->addItem(tr("one route per session"), QStringLiteral("session"));
    choice->addItem(tr("a route per request"), QStringLiteral("request"));

    form->addRow(tr("&Addresses:"), plan);
    form->addRow(tr("First address:"), base);
    form->addRow(tr("Clients per /24:"), perSubnet);
    form->addRow(tr("NAT addresses:"), groups);
    form->addRow(tr("Clients per NAT:"), groupSize);
    form->addRow(tr("Address churn every:"), churnEvery);
    form->addRow(tr("Churn share:"), churnFraction);
    form->addRow(tr("Proxy in front:"), proxy);
    form->addRow(QString(), cookieJar);
    form->addRow(tr("Start:"), start);
    form->addRow(tr("Ramp-up:"), rampUp);
    form->addRow(tr("Sessions per client:"), sessions);
    form->addRow(tr("Requests per session:"), requests);
    form->addRow(tr("Think time:"), think);
    form->addRow(tr("Jitter:"), jitter);
    form->addRow(tr("Session gap:"), gap);
    form->addRow(tr("Route choice:"), choice);

    // A plan change takes away the fields of the other plans (the simulator refuses them) and gives
    // a NAT plan its number of addresses, in one undo step.
    b->bindChoice(plan, yaml::Path::of("addresses.plan"), QString());
    disconnect(plan, &QComboBox::activated, b, nullptr);
    connect(plan, &QComboBox::activated, this,
            [this, plan](int index) { setAddressPlan(plan->itemData(index).toString()); });
    b->bindText(base, yaml::Path::of("addresses.base"), tr("Change First Address"));
    b->bindInt(perSubnet, yaml::Path::of("addresses.perSubnet"), 254, tr("Change Clients per Subnet"));
    b->bindInt(groups, yaml::Path::of("addresses.groups"), 0, tr("Change NAT Addresses"), true,
               {yaml::Path::of("addresses.groupSize")});
    b->bindInt(groupSize, yaml::Path::of("addresses.groupSize"), 0, tr("Change Clients per NAT"), true,
               {yaml::Path::of("addresses.groups")});
    b->bindDuration(churnEvery, yaml::Path::of("addresses.churn.every"), tr("Change Address Churn"));
    b->bindDouble(churnFraction, yaml::Path::of("addresses.churn.fraction"), 0, tr("Change Churn Share"));
    b->bindText(proxy, yaml::Path::of("addresses.proxy"), tr("Change Proxy"));
    b->bindBool(cookieJar, yaml::Path::of("cookieJar"), true, tr("Change Cookie Jar"));
    b->bindDuration(start, yaml::Path::of("start"), tr("Change Start"));
    b->bindDuration(rampUp, yaml::Path::of("rampUp"), tr("Change Ramp-up"));
    b->bindInt(sessions, yaml::Path::of("sessions"), 1, tr("Change Sessions"));
    b->bindInt(requests, yaml::Path::of("requestsPerSession"), 1, tr("Change Requests per Session"));
    b->bindDuration(think, yaml::Path::of("thinkTime"), tr("Change Think Time"));
    b->bindDouble(jitter, yaml::Path::of("jitter"), 0, tr("Change Jitter"));
    b->bindDuration(gap, yaml::Path::of("sessionGap"), tr("Change Session Gap"));
    b->bindChoice(choice, yaml::Path::of("routeChoice"), tr("Change Route Choice"));
    m_fieldEditors.insert(QStringLiteral("addresses.plan"), plan);
    m_fieldEditors.insert(QStringLiteral("addresses.groups"), groups);
    m_fieldEditors.insert(QStringLiteral("addresses.groupSize"), groupSize);
    m_fieldEditors.insert(QStringLiteral("cookieJar"), cookieJar);
    m_fieldEditors.insert(QStringLiteral("thinkTime"), think);
    m_fieldEditors.insert(QStringLiteral("sessions"), sessions);
    m_fieldEditors.insert(QStringLiteral("requestsPerSession"), requests);
    m_fieldEditors.insert(QStringLiteral("addresses.perSubnet"), perSubnet);

    // The plan's own fields only.
    auto showPlan = [form, plan, perSubnet, groups, groupSize] {
        const QString p = plan->currentData().toString();
        form->setRowVisible(perSubnet, p == u"shared24");
        form->setRowVisible(groups, p == u"nat");
        form->setRowVisible(groupSize, p == u"nat");
    };
    connect(m_store, &ScenarioStore::scenarioChanged, plan, showPlan);
    connect(plan, &QComboBox::currentIndexChanged, plan, showPlan);
    showPlan();

    m_routesView = makeTable(m_routes, m_populationBox);
    m_routesView->setObjectName(QStringLiteral("routeMixView"));
    m_routesView->setItemDelegate(new RoutePickerDelegate(m_routes, m_routesView));
    m_routesView->setMinimumHeight(100);
    m_routesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_routesView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_routesView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    form->addRow(new QLabel(tr("Requests:"), m_populationBox));
    form->addRow(m_routesView);
    auto *buttons = new QHBoxLayout;
    QToolButton *add = toolButton(QStringLiteral("list-add"), tr("Add a request"), m_populationBox);
    QToolButton *remove =
        toolButton(QStringLiteral("list-remove"), tr("Remove the request"), m_populationBox);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(buttons);
    connect(add, &QToolButton::clicked, m_routes, [this] { m_routes->addRequest(); });
    connect(remove, &QToolButton::clicked, m_routes,
            [this] { m_routes->removeRequest(m_routesView->currentIndex().row()); });
    return m_populationBox;
}

void ScenarioEditor::setCurrentPopulation(int row)
{
    if (row >= m_populations->rowCount())
        row = m_populations->rowCount() - 1;
    m_population = row;
    m_populationFields->setBase(yaml::Path::of("spec.populations")[std::max(0, row)]);
    m_routes->setPopulation(row);
    if (row >= 0) {
        const QSignalBlocker block(m_populationsView->selectionModel());
        m_populationsView->selectRow(row);
        m_populationBox->setTitle(
            tr("Population %1").arg(m_store->scalar(yaml::Path::of("spec.populations")[row] / "name")));
    } else {
        m_populationBox->setTitle(tr("Population"));
    }
    m_populationBox->setEnabled(row >= 0);
}

bool ScenarioEditor::setAddressPlan(const QString &plan)
{
    if (m_population < 0)
        return false;
    const yaml::Path addresses = yaml::Path::of("spec.populations")[m_population] / "addresses";
    if (m_store->scalar(addresses / "plan") == plan)
        return true;
    QUndoStack *stack = m_store->undoStack();
    stack->beginMacro(tr("Change Address Plan to %1").arg(plan));
    bool ok = m_store->setField(addresses / "plan", yaml::Value(plan), QString());
    if (plan != u"nat") {
        ok = ok && m_store->removeField(addresses / "groups", QString());
        ok = ok && m_store->removeField(addresses / "groupSize", QString());
    } else if (!m_store->value(addresses / "groups") && !m_store->value(addresses / "groupSize")) {
        const qint64 n =
            m_store->scalar(yaml::Path::of("spec.populations")[m_population] / "clients").toLongLong();
        ok = ok &&
            m_store->setField(addresses / "groups", yaml::Value(std::int64_t(std::max<qint64>(1, n / 100))),
                              QString());
    }
    if (plan != u"shared24")
        ok = ok && m_store->removeField(addresses / "perSubnet", QString());
    stack->endMacro();
    if (!ok) {
        Q_EMIT editFailed(m_store->lastError());
        m_populationFields->refresh();
    }
    return ok;
}

QWidget *ScenarioEditor::fieldEditor(const QString &key) const
{
    return m_fieldEditors.value(key);
}

void ScenarioEditor::updateScenarios()
{
    const QSignalBlocker block(m_scenarioCombo);
    m_scenarioCombo->clear();
    for (DocumentId id : m_store->scenarios()) {
        const QString name = m_store->name(id);
        m_scenarioCombo->addItem(name.isEmpty() ? tr("(unnamed)") : name, QVariant::fromValue(id));
    }
    m_scenarioCombo->setCurrentIndex(m_scenarioCombo->findData(QVariant::fromValue(m_store->current())));
    updateEnabled();
}

void ScenarioEditor::updateProblems()
{
    QStringList lines;
    for (const Diagnostic &d : m_store->diagnostics()) {
        if (lines.size() == 4) {
            lines << tr("…");
            break;
        }
        lines << d.toString();
    }
    if (m_store->current() == 0)
        lines << tr("The design has no simulation scenario yet. Add one with New Scenario.");
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

void ScenarioEditor::updateEnabled()
{
    m_body->setEnabled(m_store->current() != 0);
}

} // namespace gw::views
