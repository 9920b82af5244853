// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/comparisonwriter.h"

#include "sim/resultwriter.h"
#include "sim/tracerunner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gw::sim {

namespace {

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString stickinessName(VerdictText::Stickiness s)
{
    switch (s) {
    case VerdictText::Stickiness::None:
        return QStringLiteral("none");
    case VerdictText::Stickiness::Partial:
        return QStringLiteral("partial");
    case VerdictText::Stickiness::Sticky:
        return QStringLiteral("sticky");
    case VerdictText::Stickiness::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString balanceName(VerdictText::Balance b)
{
    switch (b) {
    case VerdictText::Balance::Even:
        return QStringLiteral("even");
    case VerdictText::Balance::Uneven:
        return QStringLiteral("uneven");
    case VerdictText::Balance::Hot:
        return QStringLiteral("hot");
    case VerdictText::Balance::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QByteArray ComparisonWriter::text(const MethodComparison &c)
{
    QString out =
        QStringLiteral("Scenario %1: the same clients and events under each method\n").arg(c.scenario);
    if (c.cancelled)
        out += QStringLiteral("(cancelled: the figures cover what ran)\n");
    for (const ComparedMethod &m : c.methods) {
        out += u'\n' + m.label + u'\n' + QString(m.label.size(), u'-') + u'\n';
        if (!m.available) {
            out += QStringLiteral("not run: ") + m.unavailableReason + u'\n';
            continue;
        }
        out += m.verdict + u'\n';
        for (const QString &p : m.details.points)
            out += QStringLiteral("  - ") + p + u'\n';
    }
    return out.toUtf8();
}

QByteArray ComparisonWriter::csv(const MethodComparison &c)
{
    QByteArray out = "method,table,route,upstream,pod,event,time_ms,metric,value\n";
    for (const ComparedMethod &m : c.methods) {
        const QByteArray id = TraceRunner::csvField(m.id);
        const auto methodRow = [&](const char *metric, const QString &value) {
            out += id + ",method,,,,,," + metric + ',' + TraceRunner::csvField(value) + '\n';
        };
        methodRow("label", m.label);
        methodRow("available", m.available ? QStringLiteral("1") : QStringLiteral("0"));
        if (!m.available) {
            methodRow("unavailable_reason", m.unavailableReason);
            continue;
        }
        methodRow("verdict", m.verdict);
        const QByteArray rows = ResultWriter::csv(m.result);
        qsizetype start = rows.indexOf('\n') + 1; // past the header
        while (start > 0 && start < rows.size()) {
            const qsizetype end = rows.indexOf('\n', start);
            const qsizetype stop = end < 0 ? rows.size() : end;
            out += id + ',' + rows.mid(start, stop - start) + '\n';
            start = end < 0 ? -1 : end + 1;
        }
    }
    return out;
}

QJsonObject ComparisonWriter::json(const MethodComparison &c)
{
    QJsonArray methods;
    for (const ComparedMethod &m : c.methods) {
        QJsonObject o {{QStringLiteral("id"), m.id},
                       {QStringLiteral("label"), m.label},
                       {QStringLiteral("available"), m.available}};
        if (!m.available) {
            o.insert(QStringLiteral("unavailableReason"), m.unavailableReason);
            methods.append(o);
            continue;
        }
        const VerdictFigures &f = m.details.figures;
        o.insert(QStringLiteral("verdict"), m.verdict);
        o.insert(QStringLiteral("points"), QJsonArray::fromStringList(m.details.points));
        o.insert(QStringLiteral("stickinessClass"), stickinessName(m.details.stickiness));
        o.insert(QStringLiteral("balanceClass"), balanceName(m.details.balance));
        o.insert(QStringLiteral("figures"),
                 QJsonObject {{QStringLiteral("served"), f.served},
                              {QStringLiteral("stickiness"), number(f.stickiness())},
                              {QStringLiteral("sessions"), f.sessions},
                              {QStringLiteral("brokenSessions"), f.brokenSessions},
                              {QStringLiteral("sessionBreaks"), f.sessionBreaks},
                              {QStringLiteral("compared"), f.compared},
                              {QStringLiteral("remapped"), f.remapped},
                              {QStringLiteral("hotShare"), number(f.hotShare)},
                              {QStringLiteral("hotGroupPods"), f.hotGroupPods},
                              {QStringLiteral("maxOverMean"), number(f.maxOverMean)},
                              {QStringLiteral("cv"), number(f.cv)},
                              {QStringLiteral("requests"), f.requests},
                              {QStringLiteral("rejected"), f.rejected}});
        o.insert(QStringLiteral("result"), ResultWriter::json(m.result));
        methods.append(o);
    }
    return {{QStringLiteral("scenario"), c.scenario},
            {QStringLiteral("hashKey"), c.hashKey},
            {QStringLiteral("cancelled"), c.cancelled},
            {QStringLiteral("methods"), methods}};
}

QByteArray ComparisonWriter::jsonText(const MethodComparison &c)
{
    return QJsonDocument(json(c)).toJson(QJsonDocument::Indented);
}

} // namespace gw::sim
