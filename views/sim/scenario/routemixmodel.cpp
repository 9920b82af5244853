// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/routemixmodel.h"

#include "core/design.h"
#include "core/route.h"
#include "views/sim/scenario/scenariostore.h"
#include "yaml/value.h"

#include <QComboBox>

namespace gw::views {

RouteMixModel::RouteMixModel(ScenarioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ScenarioStore::scenarioChanged, this, &RouteMixModel::reload);
}

void RouteMixModel::setPopulation(int population)
{
    beginResetModel();
    m_population = population;
    m_rows = population < 0 ? 0 : m_store->count(sequence());
    endResetModel();
}

bool RouteMixModel::scripted() const
{
    return m_population >= 0 &&
        m_store->count(yaml::Path::of("spec.populations")[m_population] / "script") > 0;
}

yaml::Path RouteMixModel::sequence() const
{
    return yaml::Path::of("spec.populations")[m_population] / (scripted() ? "script" : "routes");
}

void RouteMixModel::reload()
{
    if (m_population >= m_store->count(yaml::Path::of("spec.populations")))
        m_population = -1;
    const int rows = m_population < 0 ? 0 : m_store->count(sequence());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, Share, Share);
    }
}

int RouteMixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RouteMixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RouteMixModel::field(int row, const char *key) const
{
    return m_store->scalar(sequence()[row] / key);
}

QVariant RouteMixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    switch (Column(index.column())) {
    case Host:
        return field(index.row(), "host");
    case Path:
        return field(index.row(), "path");
    case Share: {
        const QString v = field(index.row(), scripted() ? "repeat" : "weight");
        if (role == Qt::EditRole)
            return v.isEmpty() ? 1.0 : v.toDouble();
        return v.isEmpty() ? QStringLiteral("1") : v;
    }
    case ColumnCount:
        break;
    }
    return {};
}

bool RouteMixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows || role != Qt::EditRole)
        return false;
    const yaml::Path item = sequence()[index.row()];
    bool ok = false;
    switch (Column(index.column())) {
    case Host:
        ok = m_store->setField(item / "host", yaml::Value(value.toString().trimmed()), tr("Change Host"));
        break;
    case Path: {
        QString path = value.toString().trimmed();
        if (!path.startsWith(u'/'))
            path.prepend(u'/');
        ok = m_store->setField(item / "path", yaml::Value(path), tr("Change Path"));
        break;
    }
    case Share:
        if (scripted())
            ok = m_store->setField(item / "repeat", yaml::Value(std::max(1, value.toInt())),
                                   tr("Change Repeat"));
        else
            ok = m_store->setField(item / "weight",
                                   yaml::Value::raw(QString::number(value.toDouble()).toStdString()),
                                   tr("Change Weight"));
        break;
    case ColumnCount:
        return false;
    }
    if (!ok)
        Q_EMIT editFailed(m_store->lastError());
    return ok;
}

Qt::ItemFlags RouteMixModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant RouteMixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Host:
        return tr("Host");
    case Path:
        return tr("Path");
    case Share:
        return scripted() ? tr("Repeat") : tr("Weight");
    case ColumnCount:
        break;
    }
    return {};
}

bool RouteMixModel::addRequest(const QString &host, const QString &path)
{
    if (m_population < 0)
        return false;
    yaml::Value item = yaml::Value::mapping();
    QString h = host, p = path;
    if (h.isEmpty())
        h = m_rows > 0 ? field(m_rows - 1, "host") : hostChoices().value(0, QStringLiteral("example.com"));
    if (p.isEmpty())
        p = pathChoices().value(0, QStringLiteral("/"));
    item.set("host", h).set("path", p).set(scripted() ? "repeat" : "weight", 1);
    if (!m_store->insertItem(sequence(), m_rows, item, tr("Add Request %1%2").arg(h, p))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    return true;
}

bool RouteMixModel::removeRequest(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    if (!m_store->removeField(sequence()[row],
                              tr("Remove Request %1%2").arg(field(row, "host"), field(row, "path")))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    return true;
}

QStringList RouteMixModel::hostChoices() const
{
    QStringList out;
    for (const Resource *r : m_store->design()->resources(Kind::HTTPRoute)) {
        if (const Route *route = r->as<Route>()) {
            for (const QString &h : route->hostnames) {
                if (!out.contains(h))
                    out << h;
            }
        }
    }
    return out;
}

QStringList RouteMixModel::pathChoices() const
{
    QStringList out;
    for (const Resource *r : m_store->design()->resources(Kind::HTTPRoute)) {
        if (const Route *route = r->as<Route>()) {
            for (const RouteRule &rule : route->rules) {
                for (const HTTPRouteMatch &m : rule.matches) {
                    const QString p = m.path ? m.path->value : QStringLiteral("/");
                    if (!p.isEmpty() && !out.contains(p))
                        out << p;
                }
            }
        }
    }
    return out;
}

RoutePickerDelegate::RoutePickerDelegate(RouteMixModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *RoutePickerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() != RouteMixModel::Host && index.column() != RouteMixModel::Path)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(index.column() == RouteMixModel::Host ? m_model->hostChoices() : m_model->pathChoices());
    return combo;
}

void RoutePickerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RoutePickerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace gw::views
