// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/migrationreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gw::migrate {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::migrate::MigrationReport)
};

} // namespace

void MigrationReport::add(Status status, const QString &ingress, const QString &annotation,
                          const QString &value, const QString &message)
{
    m_lines.push_back({status, ingress, annotation, value, message, {}});
}

void MigrationReport::link(size_t first, const ResourceRef &resource, size_t last)
{
    last = std::min(last, m_lines.size());
    for (size_t i = first; i < last; ++i) {
        Line &l = m_lines[i];
        if (l.status != Status::NotConvertible &&
            std::find(l.resources.begin(), l.resources.end(), resource) == l.resources.end())
            l.resources.push_back(resource);
    }
}

void MigrationReport::link(const QString &ingress, const QString &annotation, const ResourceRef &resource)
{
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].ingress == ingress && m_lines[i].annotation == annotation)
            link(i, resource, i + 1);
    }
}

int MigrationReport::count(Status status) const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(),
                             [status](const Line &l) { return l.status == status; }));
}

int MigrationReport::exitCode() const
{
    return count(Status::Converted) == int(m_lines.size()) ? 0 : 1;
}

QString MigrationReport::statusName(Status status)
{
    switch (status) {
    case Status::Converted:
        return QStringLiteral("converted");
    case Status::Difference:
        return QStringLiteral("difference");
    case Status::NotConvertible:
        return QStringLiteral("not-convertible");
    }
    return {};
}

QString MigrationReport::statusText(Status status)
{
    switch (status) {
    case Status::Converted:
        return Tr::tr("converted");
    case Status::Difference:
        return Tr::tr("converted with a difference");
    case Status::NotConvertible:
        return Tr::tr("not convertible");
    }
    return {};
}

QString MigrationReport::toText() const
{
    QString text;
    for (const Line &l : m_lines) {
        text += l.ingress + QStringLiteral(": ") + l.annotation;
        if (!l.value.isEmpty())
            text += QStringLiteral(" \"") + l.value + u'"';
        text += QStringLiteral(": ") + statusText(l.status) + QStringLiteral(": ") + l.message + u'\n';
    }
    text += Tr::tr("%n item(s) converted, ", nullptr, count(Status::Converted)) +
        Tr::tr("%n converted with a difference, ", nullptr, count(Status::Difference)) +
        Tr::tr("%n not convertible", nullptr, count(Status::NotConvertible)) + u'\n';
    return text;
}

QByteArray MigrationReport::toJson() const
{
    QJsonArray lines;
    for (const Line &l : m_lines) {
        QJsonArray resources;
        for (const ResourceRef &r : l.resources) {
            QJsonObject o {{QStringLiteral("kind"), r.kind},
                           {QStringLiteral("namespace"), r.ns},
                           {QStringLiteral("name"), r.name}};
            if (!r.section.isEmpty())
                o.insert(QStringLiteral("sectionName"), r.section);
            resources.append(o);
        }
        lines.append(QJsonObject {{QStringLiteral("ingress"), l.ingress},
                                  {QStringLiteral("annotation"), l.annotation},
                                  {QStringLiteral("value"), l.value},
                                  {QStringLiteral("status"), statusName(l.status)},
                                  {QStringLiteral("message"), l.message},
                                  {QStringLiteral("resources"), resources}});
    }
    const QJsonObject summary {{QStringLiteral("converted"), count(Status::Converted)},
                               {QStringLiteral("difference"), count(Status::Difference)},
                               {QStringLiteral("notConvertible"), count(Status::NotConvertible)}};
    const QJsonObject root {{QStringLiteral("summary"), summary}, {QStringLiteral("lines"), lines}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gw::migrate
