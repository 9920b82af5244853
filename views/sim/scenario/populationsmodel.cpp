// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/populationsmodel.h"

#include "core/design.h"
#include "views/sim/scenario/scenariostore.h"
#include "yaml/value.h"

#include <QLocale>
#include <QSet>
#include <QSpinBox>

#include <cmath>

namespace gw::views {

namespace {
const yaml::Path Populations = yaml::Path::of("spec.populations");
}

std::optional<PopulationsModel::Range> PopulationsModel::range(int column)
{
    // As ScenarioParser reads spec.populations[].clients, sessions and requestsPerSession.
    switch (column) {
    case Clients:
        return Range {1, 10000000};
    case Sessions:
        return Range {1, 100000};
    case Requests:
        return Range {1, 1000000};
    default:
        return std::nullopt;
    }
}

std::optional<int> PopulationsModel::wholeNumber(const QVariant &value, Range range)
{
    bool ok = false;
    qlonglong n = 0;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        n = QLocale().toLongLong(text, &ok);
        if (!ok)
            n = QLocale::c().toLongLong(text, &ok);
    } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double d = value.toDouble();
        ok = std::isfinite(d) && std::trunc(d) == d && std::abs(d) < 1e15;
        n = ok ? qlonglong(d) : 0;
    } else {
        n = value.toLongLong(&ok);
    }
    if (!ok || n < range.minimum || n > range.maximum)
        return std::nullopt;
    return int(n);
}

PopulationsModel::PopulationsModel(ScenarioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ScenarioStore::scenarioChanged, this, &PopulationsModel::reload);
    m_rows = m_store->count(Populations);
}

void PopulationsModel::reload()
{
    const int rows = m_store->count(Populations);
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int PopulationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PopulationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PopulationsModel::field(int row, const char *path) const
{
    return m_store->scalar(Populations[row] + yaml::Path::of(path));
}

QVariant PopulationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const int row = index.row();
    if (index.column() == CookieJar && role == Qt::CheckStateRole)
        return field(row, "cookieJar") == u"false" ? Qt::Unchecked : Qt::Checked;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return field(row, "name");
    case Clients: {
        const QString c = field(row, "clients");
        if (role == Qt::EditRole)
            return c.isEmpty() ? 1 : c.toInt();
        return c.isEmpty() ? QStringLiteral("1") : QLocale().toString(c.toLongLong());
    }
    case Addresses: {
        QString plan = field(row, "addresses.plan");
        if (plan.isEmpty())
            plan = QStringLiteral("distinct");
        if (plan == u"nat") {
            const QString groups = field(row, "addresses.groups");
            const QString size = field(row, "addresses.groupSize");
            if (groups == u"1")
                return tr("NAT, one address");
            if (!groups.isEmpty())
                return tr("NAT, %1 addresses").arg(groups);
            if (!size.isEmpty())
                return tr("NAT, %1 per address").arg(size);
            return tr("NAT");
        }
        if (plan == u"shared24")
            return tr("shared /24");
        if (plan == u"ipv6")
            return tr("IPv6");
        return tr("distinct");
    }
    case Sessions: {
        const QString s = field(row, "sessions");
        if (role == Qt::EditRole)
            return s.isEmpty() ? 1 : s.toInt();
        return s.isEmpty() ? QStringLiteral("1") : s;
    }
    case Requests: {
        if (m_store->count(Populations[row] / "script") > 0)
            return role == Qt::EditRole ? QVariant() : QVariant(tr("script"));
        const QString r = field(row, "requestsPerSession");
        if (role == Qt::EditRole)
            return r.isEmpty() ? 1 : r.toInt();
        return r.isEmpty() ? QStringLiteral("1") : r;
    }
    case CookieJar:
    case ColumnCount:
        break;
    }
    return {};
}

bool PopulationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows)
        return false;
    const yaml::Path base = Populations[index.row()];
    bool ok = false;
    switch (Column(index.column())) {
    case Name:
        if (value.toString().trimmed().isEmpty())
            return false;
        ok = m_store->setField(base / "name", yaml::Value(value.toString().trimmed()),
                               tr("Rename Population"));
        break;
    case Clients:
    case Sessions:
    case Requests: {
        const Range r = *range(index.column());
        const std::optional<int> n = wholeNumber(value, r);
        if (!n) {
            Q_EMIT editFailed(tr("%1: \"%2\" is not a whole number from %3 to %4")
                                  .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                       value.toString(), QLocale().toString(r.minimum),
                                       QLocale().toString(r.maximum)));
            return false;
        }
        if (index.column() == Clients)
            ok = m_store->setField(base / "clients", yaml::Value(*n), tr("Change Clients"));
        else if (index.column() == Sessions)
            ok = m_store->setField(base / "sessions", yaml::Value(*n), tr("Change Sessions"));
        else
            ok = m_store->setField(base / "requestsPerSession", yaml::Value(*n),
                                   tr("Change Requests per Session"));
        break;
    }
    case CookieJar:
        if (role != Qt::CheckStateRole)
            return false;
        ok = m_store->setField(base / "cookieJar", yaml::Value(value.toInt() == Qt::Checked),
                               tr("Change Cookie Jar"));
        break;
    case Addresses:
    case ColumnCount:
        return false;
    }
    if (!ok)
        Q_EMIT editFailed(m_store->lastError());
    return ok;
}

Qt::ItemFlags PopulationsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Name:
    case Clients:
    case Sessions:
        return f | Qt::ItemIsEditable;
    case Requests:
        return m_store->count(Populations[index.row()] / "script") > 0 ? f : f | Qt::ItemIsEditable;
    case CookieJar:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

QVariant PopulationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Population");
    case Clients:
        return tr("Clients");
    case Addresses:
        return tr("Addresses");
    case Sessions:
        return tr("Sessions");
    case Requests:
        return tr("Requests");
    case CookieJar:
        return tr("Cookies");
    case ColumnCount:
        break;
    }
    return {};
}

bool PopulationsModel::addPopulation()
{
    QSet<QString> names;
    for (int i = 0; i < m_rows; ++i)
        names.insert(field(i, "name"));
    QString name;
    for (int n = m_rows + 1; name.isEmpty() || names.contains(name); ++n)
        name = tr("clients-%1").arg(n);
    yaml::Value population;
    if (m_rows > 0) {
        population = *m_store->value(Populations[m_rows - 1]);
        population.removeKey("title");
    } else {
        const yaml::Value doc = ScenarioStore::scenarioTemplate(*m_store->design(), QString());
        population = *doc.at(Populations[0]);
    }
    population.set("name", name);
    if (!m_store->insertItem(Populations, m_rows, population, tr("Add Population %1").arg(name))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    return true;
}

bool PopulationsModel::removePopulation(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    if (!m_store->removeField(Populations[row], tr("Remove Population %1").arg(field(row, "name")))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    return true;
}

QWidget *PopulationsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    const std::optional<PopulationsModel::Range> range = PopulationsModel::range(index.column());
    if (!range)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *spin = new QSpinBox(parent);
    spin->setFrame(false);
    spin->setRange(range->minimum, range->maximum);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace gw::views
