// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace gw::views {

class PopulationsModel;
class RouteMixModel;
class ScenarioFieldBinder;
class ScenarioStore;

/**
 * The scenario editor of the simulation workspace: which scenario of the design is edited (and
 * "New Scenario"), its general fields (name, duration, seed, Gateway replicas and connection,
 * chart bucket, profile), its client populations as a table, and the selected population's
 * fields: address plan (distinct, shared /24, NAT groups, IPv6; churn; a proxy), cookie jar,
 * sessions and think time, and its route mix with pickers of the design's hostnames and paths.
 * The problems the simulator finds in the scenario are listed at the top. Every edit is one undo
 * command on the store's stack.
 */
class ScenarioEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(ScenarioStore *store, QWidget *parent = nullptr);

    ScenarioStore *store() const { return m_store; }
    PopulationsModel *populationsModel() const { return m_populations; }
    RouteMixModel *routeMixModel() const { return m_routes; }
    QTableView *populationsView() const { return m_populationsView; }
    QTableView *routesView() const { return m_routesView; }
    QComboBox *scenarioCombo() const { return m_scenarioCombo; }

    /** The population whose fields are shown (-1: none). */
    int currentPopulation() const { return m_population; }
    void setCurrentPopulation(int row);

    /**
     * Changes the current population's address plan ("distinct", "shared24", "nat", "ipv6"),
     * removing the other plans' fields and giving a NAT plan its addresses, as one undo step.
     */
    bool setAddressPlan(const QString &plan);

    /** Looks a field's editor up by its YAML key (for tests): "duration", "addresses.plan", … */
    QWidget *fieldEditor(const QString &key) const;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    QWidget *createGeneral();
    QWidget *createPopulations();
    QWidget *createPopulation();
    void updateScenarios();
    void updateProblems();
    void updateEnabled();

    ScenarioStore *m_store;
    ScenarioFieldBinder *m_general;
    ScenarioFieldBinder *m_populationFields;
    PopulationsModel *m_populations;
    RouteMixModel *m_routes;
    QComboBox *m_scenarioCombo = nullptr;
    QLabel *m_problems = nullptr;
    QTableView *m_populationsView = nullptr;
    QTableView *m_routesView = nullptr;
    QWidget *m_body = nullptr;
    QGroupBox *m_populationBox = nullptr;
    int m_population = -1;
    QHash<QString, QWidget *> m_fieldEditors;
};

} // namespace gw::views
